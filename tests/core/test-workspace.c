/* test-workspace.c: creating, opening, migrating and refusing workspaces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pj-workspace-private.h"
#include "pj-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pj-test-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pj_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
query_int (PjWorkspace *ws,
           const char  *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static char *
query_text (PjWorkspace *ws,
            const char  *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, &error);
  char *value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = pj_stmt_dup_text (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* Runs one statement in its own transaction, as the store does. */
static gboolean
exec_in_transaction (PjWorkspace  *ws,
                     const char   *sql,
                     GError      **error)
{
  if (!pj_workspace_begin (ws, error))
    return FALSE;
  if (!pj_workspace_exec (ws, sql, error))
    {
      pj_workspace_rollback (ws);
      return FALSE;
    }
  return pj_workspace_commit (ws, error);
}

static void
test_create_and_open (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) ws = NULL;
  g_autofree char *journal = NULL;

  /* Opening a missing file without CREATE is refused and creates nothing. */
  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_assert_null (ws);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ws);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (pj_workspace_get_schema_version (ws), ==, PJ_WORKSPACE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (ws, "PRAGMA user_version"), ==, PJ_WORKSPACE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (ws, "PRAGMA application_id"), ==, PJ_WORKSPACE_APPLICATION_ID);
  g_assert_true (pj_workspace_is_empty (ws));
  /* A new file needs no backup. */
  g_assert_null (pj_workspace_get_backup_path (ws));

  /* The connection is hardened. */
  journal = query_text (ws, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (query_int (ws, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (ws, "PRAGMA synchronous"), ==, 2); /* FULL */
  g_assert_cmpint (query_int (ws, "PRAGMA trusted_schema"), ==, 0);

  /* Double-quoted strings are identifiers, never literals. */
  g_assert_null (pj_workspace_prepare (ws, "SELECT \"no such column\"", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Defensive mode: the schema cannot be written to directly. */
  g_assert_false (pj_workspace_exec (ws, "PRAGMA writable_schema = ON; "
                                         "UPDATE sqlite_schema SET sql = '' WHERE name = 'award'",
                                     &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_clear_object (&ws);

  /* Opened again: same version, no backup, nothing migrated. */
  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_workspace_get_schema_version (ws), ==, PJ_WORKSPACE_SCHEMA_VERSION);
  g_assert_null (pj_workspace_get_backup_path (ws));

  {
    g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "prisjury",
                                                  "workspace.prisjury", NULL);
    g_autofree char *path = pj_workspace_default_path ();
    g_assert_cmpstr (path, ==, expected);
  }
}

static void
test_migration_steps (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(PjWorkspace) backup = NULL;
  g_autofree char *backup_path = NULL;
  g_autofree char *name = NULL;

  /* Step 1 alone: the setup tables exist, the nomination tables do not. */
  ws = pj_workspace_open_at_version (f->path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_workspace_get_schema_version (ws), ==, 1);
  g_assert_cmpint (query_int (ws, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM sqlite_schema WHERE name = 'award'"), ==, 1);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM sqlite_schema WHERE name = 'nomination'"),
                   ==, 0);
  g_assert_true (exec_in_transaction (ws, "INSERT INTO award (name) VALUES ('Förnyelsepriset')",
                                      &error));
  g_assert_no_error (error);
  g_clear_object (&ws);

  /* Opening with this Prisjury runs step 2, after a backup of version 1. */
  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_workspace_get_schema_version (ws), ==, 2);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM sqlite_schema WHERE name = 'nomination'"),
                   ==, 1);
  name = query_text (ws, "SELECT name FROM award");
  g_assert_cmpstr (name, ==, "Förnyelsepriset");

  backup_path = g_strdup (pj_workspace_get_backup_path (ws));
  g_assert_nonnull (backup_path);
  g_assert_true (g_str_has_suffix (backup_path, ".backup-v1"));
  g_assert_true (g_file_test (backup_path, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&ws);

  /* The backup is a complete version-1 workspace holding the data. A
   * migration-free open keeps it at 1 only if we do not migrate it: open it
   * at version 1 to read it as it was. */
  backup = pj_workspace_open_at_version (backup_path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 1);
  g_clear_pointer (&name, g_free);
  name = query_text (backup, "SELECT name FROM award");
  g_assert_cmpstr (name, ==, "Förnyelsepriset");
}

static void
test_failed_step_rolls_back (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) ws = NULL;

  /* A version-1 file that already holds a table step 2 wants to create:
   * step 2 fails, and the file stays at version 1, untouched. */
  ws = pj_workspace_open_at_version (f->path, 1, &error);
  g_assert_no_error (error);
  g_assert_true (exec_in_transaction (ws, "CREATE TABLE ballot_import (x)", &error));
  g_clear_object (&ws);

  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_null (ws);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "version 2"));
  g_clear_error (&error);

  ws = pj_workspace_open_at_version (f->path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (ws, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM sqlite_schema WHERE name = 'nomination'"),
                   ==, 0);
}

static void
test_refuses_newer (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) ws = NULL;
  g_autofree char *too_new = g_strdup_printf ("PRAGMA user_version = %d",
                                              PJ_WORKSPACE_SCHEMA_VERSION + 1);
  sqlite3 *db = NULL;

  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&ws);

  /* A newer Prisjury wrote this file. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, too_new, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_TOO_NEW);
  g_assert_null (ws);
  g_assert_nonnull (strstr (error->message, "newer version of Prisjury"));
}

static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) ws = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len = 0, after_len = 0;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_null (ws);
  g_assert_error (error, PJ_ERROR, code);
  g_assert_nonnull (strstr (error->message, "not a Prisjury workspace"));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_refuses_foreign_files (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *random = g_build_filename (f->dir, "random.bin", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "other.sqlite", NULL);
  g_autofree char *fake_header = g_build_filename (f->dir, "fake.prisjury", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[8192];
  sqlite3 *db = NULL;

  g_assert_true (g_file_set_contents (text, "Nomineringar 2026\nSkola;Äldreomsorg\n", -1, NULL));
  assert_refused_unchanged (text, PJ_ERROR_NOT_A_WORKSPACE);

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (random, (const char *) bytes, sizeof bytes, NULL));
  assert_refused_unchanged (random, PJ_ERROR_NOT_A_WORKSPACE);

  /* An SQLite header followed by garbage. */
  memcpy (bytes, "SQLite format 3", 16);
  g_assert_true (g_file_set_contents (fake_header, (const char *) bytes, sizeof bytes, NULL));
  assert_refused_unchanged (fake_header, PJ_ERROR_NOT_A_WORKSPACE);

  /* Somebody else's database is left exactly as it was. */
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused_unchanged (foreign, PJ_ERROR_NOT_A_WORKSPACE);
}

static void
assert_rejected (PjWorkspace *ws,
                 const char  *sql,
                 int          code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (exec_in_transaction (ws, sql, &error));
  g_assert_error (error, PJ_ERROR, code);
  g_test_message ("refused as expected: %s", error->message);
}

static void
test_constraints (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) ws = NULL;
  static const char setup[] =
    "INSERT INTO award (id, name) VALUES (1, 'Förnyelsepriset');"
    "INSERT INTO edition (id, award_id, year) VALUES (1, 1, 2026);"
    "INSERT INTO category (id, edition_id, name, position) VALUES (1, 1, 'Skola', 0);"
    "INSERT INTO criterion (id, edition_id, name, scale_min, scale_max, position)"
    "  VALUES (1, 1, 'Nyhetsgrad', 1, 5, 0);"
    "INSERT INTO unit (id, name) VALUES (1, 'Utbildningsförvaltningen');"
    "INSERT INTO juror (id, edition_id, name, ballot_key) VALUES (1, 1, 'Anna', zeroblob(32));"
    "INSERT INTO juror (id, edition_id, name, ballot_key) VALUES (2, 1, 'Bo', zeroblob(32));"
    "INSERT INTO nomination (id, edition_id, category_id, title) VALUES (1, 1, 1, 'Läsfixarna');"
    "INSERT INTO score_sheet (id, juror_id, nomination_id) VALUES (1, 1, 1);"
    "INSERT INTO score (sheet_id, criterion_id, value) VALUES (1, 1, 4);"
    "INSERT INTO conflict (juror_id, nomination_id, source, created)"
    "  VALUES (2, 1, 'automatic', '2026-11-29T10:00:00Z');";

  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (exec_in_transaction (ws, setup, &error));
  g_assert_no_error (error);

  /* A score within its criterion's scale. */
  assert_rejected (ws, "INSERT INTO score (sheet_id, criterion_id, value) VALUES (1, 1, 6)",
                   PJ_ERROR_INVALID);
  assert_rejected (ws, "UPDATE score SET value = 0", PJ_ERROR_INVALID);
  /* A scale cannot shrink under given scores. */
  assert_rejected (ws, "UPDATE criterion SET scale_max = 3", PJ_ERROR_INVALID);
  /* weight >= 0; min < max; at most 0..100. */
  assert_rejected (ws, "UPDATE criterion SET weight = -1", PJ_ERROR_INVALID);
  assert_rejected (ws, "INSERT INTO criterion (edition_id, name, scale_min, scale_max, position)"
                       " VALUES (1, 'Språng', 5, 5, 1)", PJ_ERROR_INVALID);
  assert_rejected (ws, "INSERT INTO criterion (edition_id, name, scale_min, scale_max, position)"
                       " VALUES (1, 'Språng', 0, 101, 1)", PJ_ERROR_INVALID);
  /* Rubric labels stay on the scale. */
  assert_rejected (ws, "INSERT INTO criterion_label VALUES (1, 9, 'Utmärkt')", PJ_ERROR_INVALID);
  /* Names: not empty, unique in their scope, case-insensitively. */
  assert_rejected (ws, "INSERT INTO award (name) VALUES ('  ')", PJ_ERROR_INVALID);
  /* SQLite's lower() folds ASCII only; the store folds all of Unicode
   * before it writes, this index is the last line of defence. */
  assert_rejected (ws, "INSERT INTO award (name) VALUES ('FöRNYELSEPRISET')", PJ_ERROR_DUPLICATE);
  assert_rejected (ws, "INSERT INTO category (edition_id, name, position) VALUES (1, 'skola', 1)",
                   PJ_ERROR_DUPLICATE);
  assert_rejected (ws, "INSERT INTO edition (award_id, year) VALUES (1, 2026)", PJ_ERROR_DUPLICATE);
  /* Enumerations and dates. */
  assert_rejected (ws, "UPDATE edition SET phase = 'done'", PJ_ERROR_INVALID);
  assert_rejected (ws, "UPDATE edition SET nominations_close = '2026-02-30'", PJ_ERROR_INVALID);
  assert_rejected (ws, "UPDATE unit SET type = 'kommun'", PJ_ERROR_INVALID);
  /* Foreign keys. */
  assert_rejected (ws, "INSERT INTO category (edition_id, name, position) VALUES (99, 'X', 0)",
                   PJ_ERROR_IN_USE);
  assert_rejected (ws, "DELETE FROM unit WHERE id = 1; "
                       "INSERT INTO nomination_unit VALUES (1, 1, 0); DELETE FROM unit",
                   PJ_ERROR_IN_USE);
  /* Ineligible needs a reason; the summary is at most 600 characters. */
  assert_rejected (ws, "UPDATE nomination SET status = 'ineligible'", PJ_ERROR_INVALID);
  assert_rejected (ws, "UPDATE nomination SET summary = printf('%.601c', 'x')", PJ_ERROR_INVALID);
  /* A conflicted juror cannot hold a score sheet. */
  assert_rejected (ws, "INSERT INTO score_sheet (juror_id, nomination_id) VALUES (2, 1)",
                   PJ_ERROR_INVALID);
  /* The audit log is append-only. */
  g_assert_true (pj_workspace_begin (ws, &error));
  g_assert_true (pj_workspace_audit (ws, "create", "award", 1, NULL, NULL, "Förnyelsepriset",
                                     &error));
  g_assert_true (pj_workspace_commit (ws, &error));
  g_assert_no_error (error);
  assert_rejected (ws, "UPDATE audit SET who = 'someone else'", PJ_ERROR_INVALID);
  assert_rejected (ws, "DELETE FROM audit", PJ_ERROR_INVALID);

  /* Nothing refused left a trace. */
  g_assert_cmpint (query_int (ws, "SELECT value FROM score"), ==, 4);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM award"), ==, 1);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM criterion"), ==, 1);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM score_sheet"), ==, 1);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM audit"), ==, 1);
  g_assert_true (pj_workspace_check (ws, NULL, &error));
  g_assert_no_error (error);
}

static void
test_audit_and_user (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) ws = NULL;
  g_autofree char *who = NULL;
  g_autofree char *at = NULL;

  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  /* The default is the account's name, never empty. */
  g_assert_nonnull (pj_workspace_get_user (ws));
  g_assert_cmpstr (pj_workspace_get_user (ws), !=, "");

  pj_workspace_set_user (ws, "  Karin Lind  ");
  g_assert_cmpstr (pj_workspace_get_user (ws), ==, "Karin Lind");

  g_assert_true (pj_workspace_begin (ws, &error));
  g_assert_true (pj_workspace_audit (ws, "update", "award", 7, "name", "Gammalt", "Nytt", &error));
  g_assert_true (pj_workspace_commit (ws, &error));
  g_assert_no_error (error);

  who = query_text (ws, "SELECT who FROM audit");
  g_assert_cmpstr (who, ==, "Karin Lind");
  at = query_text (ws, "SELECT at FROM audit");
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", at, 0, 0));

  /* An empty name falls back to the account's name again. */
  pj_workspace_set_user (ws, "");
  g_assert_cmpstr (pj_workspace_get_user (ws), !=, "");
  g_assert_cmpstr (pj_workspace_get_user (ws), !=, "Karin Lind");
}

static void
on_changed_cb (PjWorkspace *ws,
               const char  *what,
               gpointer     user_data)
{
  g_ptr_array_add (user_data, g_strdup (what));
}

static void
test_outside_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) one = NULL;
  g_autoptr(PjWorkspace) two = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  one = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  two = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  g_assert_false (pj_workspace_poll_outside_changes (one));

  /* One's own commits are not "outside". */
  g_assert_true (exec_in_transaction (one, "INSERT INTO award (name) VALUES ('A')", &error));
  g_assert_false (pj_workspace_poll_outside_changes (one));

  /* Two sees one's commit once. */
  g_assert_true (pj_workspace_poll_outside_changes (two));
  g_assert_false (pj_workspace_poll_outside_changes (two));
  g_assert_false (pj_workspace_is_empty (two));

  /* While one holds the write lock, two is refused with BUSY after the
   * timeout rather than waiting forever or writing anyway. */
  g_assert_true (pj_workspace_begin (one, &error));
  {
    sqlite3 *db = pj_workspace_get_db (two);
    sqlite3_busy_timeout (db, 50);
    g_assert_false (pj_workspace_begin (two, &error));
    g_assert_error (error, PJ_ERROR, PJ_ERROR_BUSY);
    g_clear_error (&error);
  }
  pj_workspace_rollback (one);

  g_signal_connect (one, "changed::award", G_CALLBACK (on_changed_cb), seen);
  pj_workspace_emit_changed (one, "award");
  pj_workspace_emit_changed (one, "unit");
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "award");
}

static void
test_check_reports_problems (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (pj_workspace_check (ws, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A dangling reference written with foreign keys off is found. */
  g_assert_true (pj_workspace_exec (ws, "PRAGMA foreign_keys = OFF", &error));
  g_assert_true (exec_in_transaction (ws, "INSERT INTO edition (award_id, year) VALUES (42, 2026)",
                                      &error));
  g_assert_true (pj_workspace_exec (ws, "PRAGMA foreign_keys = ON", &error));
  g_assert_false (pj_workspace_check (ws, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "edition"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/workspace/create-and-open", test_create_and_open);
  ADD ("/workspace/migration-steps", test_migration_steps);
  ADD ("/workspace/failed-step-rolls-back", test_failed_step_rolls_back);
  ADD ("/workspace/refuses-newer", test_refuses_newer);
  ADD ("/workspace/refuses-foreign-files", test_refuses_foreign_files);
  ADD ("/workspace/constraints", test_constraints);
  ADD ("/workspace/audit-and-user", test_audit_and_user);
  ADD ("/workspace/outside-changes", test_outside_changes);
  ADD ("/workspace/check", test_check_reports_problems);
#undef ADD

  return g_test_run ();
}
