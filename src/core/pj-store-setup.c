/* pj-store-setup.c: the organiser's setup in the workspace
 *
 * Awards, editions, categories, criteria, units and jurors. Every public
 * write is one transaction that also writes the audit log; every statement
 * is a static string, prepared through the workspace's cache and bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-store"

#include "config.h"

#include "pj-store.h"
#include "pj-store-assignment.h"
#include "pj-store-nomination-private.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/random.h>

#include <glib/gi18n-lib.h>

#include "pj-entity-private.h"
#include "pj-validate.h"
#include "pj-store-private.h"
#include "pj-workspace-private.h"

#define BALLOT_KEY_SIZE 32
#define COUNT_LIMIT     100

/* One changed field of an update, for the audit log. */
typedef struct
{
  const char *field;
  char       *old_value;
  char       *new_value;
} Change;

/* Helpers: statements */

static const char *
col_text (sqlite3_stmt *stmt,
          int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* A query with one integer parameter and one integer result; 0 without a row. */
static gboolean
query_int64 (PjWorkspace  *ws,
             const char   *sql,
             gint64        param,
             gint64       *out,
             GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);
  gboolean row;

  *out = 0;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, param);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;

  if (row)
    *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* A query with one integer parameter and one text result; NULL without a row. */
static gboolean
query_text (PjWorkspace  *ws,
            const char   *sql,
            gint64        param,
            char        **out,
            GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);
  gboolean row;

  *out = NULL;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, param);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;

  if (row)
    *out = pj_stmt_dup_text (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* The ids a query with one integer parameter returns, in its order. */
static gboolean
query_ids (PjWorkspace  *ws,
           const char   *sql,
           gint64        param,
           GArray      **out,
           GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, param);
  for (;;)
    {
      gint64 id;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;
      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  *out = g_steal_pointer (&ids);
  return TRUE;
}

/* The names a query with one integer parameter returns, joined by ", ";
 * NULL when there are none (for the audit log). */
static gboolean
query_names_joined (PjWorkspace  *ws,
                    const char   *sql,
                    gint64        param,
                    char        **out,
                    GError      **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);
  gboolean row;

  *out = NULL;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, param);
  for (;;)
    {
      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, col_text (stmt, 0));
    }

  if (text->len > 0)
    *out = g_strdup (text->str);
  return TRUE;
}

/* The row of @sql (one id parameter) through @func; *out NULL when missing. */
static gboolean
load_one (PjWorkspace     *ws,
          const char      *sql,
          gint64           id,
          PjStoreRowFunc   func,
          gpointer        *out,
          GError         **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);

  *out = NULL;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rows = pj_store_read_rows (ws, stmt, func, error);
  if (rows == NULL)
    return FALSE;

  if (rows->len > 0)
    *out = g_object_ref (g_ptr_array_index (rows, 0));
  return TRUE;
}

/* Runs an optimistic UPDATE (… WHERE id = ? AND version = ?): refused when
 * no row matched. */
static gboolean
step_versioned_update (PjWorkspace   *ws,
                       sqlite3_stmt  *stmt,
                       const char    *name,
                       const char    *what,
                       GError       **error)
{
  if (!pj_workspace_step_done (ws, stmt, what, error))
    return FALSE;

  if (sqlite3_changes (pj_workspace_get_db (ws)) == 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                   _("“%s” was changed elsewhere since you opened it. Reload to see the changes."),
                   name);
      return FALSE;
    }

  return TRUE;
}

/* Helpers: transactions and errors */

/* Takes a message of pj-validate: NULL is fine, otherwise PJ_ERROR_INVALID. */
static gboolean
check_rule (char    *message,
            GError **error)
{
  if (message == NULL)
    return TRUE;

  g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID, message);
  g_free (message);
  return FALSE;
}

/* The row read inside the transaction: missing or at another version than
 * the one the object was read at means someone else got there first. */
static gboolean
check_version (gpointer     stored,
               gint64       stored_version,
               gint64       version,
               const char  *name,
               GError     **error)
{
  if (stored == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("“%s” was deleted elsewhere."), name);
      return FALSE;
    }

  if (stored_version != version)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                   _("“%s” was changed elsewhere since you opened it. Reload to see the changes."),
                   name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
not_found (GError    **error,
           const char *message)
{
  g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND, message);
  return FALSE;
}

static gboolean
duplicate_error (GError    **error,
                 const char *kind,
                 const char *name)
{
  if (g_str_equal (kind, "award"))
    g_set_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE,
                 _("An award named “%s” already exists."), name);
  else if (g_str_equal (kind, "category"))
    g_set_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE,
                 _("This edition already has a category named “%s”."), name);
  else if (g_str_equal (kind, "criterion"))
    g_set_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE,
                 _("This edition already has a criterion named “%s”."), name);
  else if (g_str_equal (kind, "unit"))
    g_set_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE,
                 _("A unit named “%s” already exists."), name);
  else
    g_set_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE,
                 _("This edition already has a juror named “%s”."), name);
  return FALSE;
}

/* Helpers: the audit log */

static void
change_clear (gpointer data)
{
  Change *change = data;

  g_clear_pointer (&change->old_value, g_free);
  g_clear_pointer (&change->new_value, g_free);
}

static GArray *
changes_new (void)
{
  GArray *changes = g_array_new (FALSE, TRUE, sizeof (Change));

  g_array_set_clear_func (changes, change_clear);
  return changes;
}

static void
changes_add (GArray     *changes,
             const char *field,
             const char *old_value,
             const char *new_value)
{
  Change change;

  if (g_strcmp0 (old_value, new_value) == 0)
    return;

  change.field = field;
  change.old_value = g_strdup (old_value);
  change.new_value = g_strdup (new_value);
  g_array_append_val (changes, change);
}

static void
changes_add_int (GArray     *changes,
                 const char *field,
                 gint64      old_value,
                 gint64      new_value)
{
  char old_text[32], new_text[32];

  if (old_value == new_value)
    return;

  g_snprintf (old_text, sizeof old_text, "%" G_GINT64_FORMAT, old_value);
  g_snprintf (new_text, sizeof new_text, "%" G_GINT64_FORMAT, new_value);
  changes_add (changes, field, old_text, new_text);
}

static void
changes_add_double (GArray     *changes,
                    const char *field,
                    double      old_value,
                    double      new_value)
{
  char old_text[G_ASCII_DTOSTR_BUF_SIZE], new_text[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (old_text, sizeof old_text, "%.15g", old_value);
  g_ascii_formatd (new_text, sizeof new_text, "%.15g", new_value);
  changes_add (changes, field, old_text, new_text);
}

static gboolean
changes_audit (PjWorkspace  *ws,
               GArray       *changes,
               const char   *entity,
               gint64        id,
               GError      **error)
{
  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = &g_array_index (changes, Change, i);

      if (!pj_workspace_audit (ws, "update", entity, id, change->field,
                               change->old_value, change->new_value, error))
        return FALSE;
    }

  return TRUE;
}

/* Helpers: names */

/* What two names are compared as: normalised, case folded, composed. */
static char *
fold_name (const char *name)
{
  g_autofree char *normalized = pj_normalize_name (name);
  g_autofree char *folded = g_utf8_casefold (normalized, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_DEFAULT_COMPOSE);
}

/* SQLite's lower() folds ASCII only, so names are compared here. Scopes
 * are small (the awards, the units, one edition's rows). */
static gboolean
name_taken (PjWorkspace  *ws,
            const char   *kind,
            gint64        scope_id,
            const char   *name,
            gint64        except_id,
            gboolean     *taken,
            GError      **error)
{
  g_autofree char *wanted = NULL;
  sqlite3_stmt *stmt;
  const char *sql;
  gboolean scoped = TRUE;
  gboolean row;

  *taken = FALSE;

  if (g_str_equal (kind, "award"))
    {
      sql = "SELECT id, name FROM award";
      scoped = FALSE;
    }
  else if (g_str_equal (kind, "unit"))
    {
      sql = "SELECT id, name FROM unit";
      scoped = FALSE;
    }
  else if (g_str_equal (kind, "category"))
    sql = "SELECT id, name FROM category WHERE edition_id = ?";
  else if (g_str_equal (kind, "criterion"))
    sql = "SELECT id, name FROM criterion WHERE edition_id = ?";
  else if (g_str_equal (kind, "juror"))
    sql = "SELECT id, name FROM juror WHERE edition_id = ?";
  else
    g_return_val_if_reached (FALSE);

  stmt = pj_workspace_prepare (ws, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (scoped)
    sqlite3_bind_int64 (stmt, 1, scope_id);

  wanted = fold_name (name);
  for (;;)
    {
      g_autofree char *folded = NULL;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;
      if (sqlite3_column_int64 (stmt, 0) == except_id)
        continue;

      folded = fold_name (col_text (stmt, 1));
      if (g_str_equal (folded, wanted))
        {
          *taken = TRUE;
          sqlite3_reset (stmt);
          break;
        }
    }

  return TRUE;
}

static gboolean
check_name_free (PjWorkspace  *ws,
                 const char   *kind,
                 gint64        scope_id,
                 const char   *name,
                 gint64        except_id,
                 GError      **error)
{
  gboolean taken;

  if (!name_taken (ws, kind, scope_id, name, except_id, &taken, error))
    return FALSE;
  if (taken)
    return duplicate_error (error, kind, name);

  return TRUE;
}

static gboolean
year_taken (PjWorkspace  *ws,
            gint64        award_id,
            int           year,
            gint64        except_id,
            gboolean     *taken,
            GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean row;

  *taken = FALSE;
  stmt = pj_workspace_prepare (ws,
                               "SELECT 1 FROM edition WHERE award_id = ? AND year = ? AND id <> ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, award_id);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int64 (stmt, 3, except_id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;

  *taken = row;
  sqlite3_reset (stmt);
  return TRUE;
}

/* Helpers: sorting by the locale's collation */

typedef struct
{
  char     *key;
  int       secondary;
  guint     index;
  gpointer  object;
} SortItem;

typedef const char *(*NameFunc) (gpointer object);
typedef int (*SecondaryFunc) (gpointer object);

static int
compare_sort_items (gconstpointer a,
                    gconstpointer b)
{
  const SortItem *x = a;
  const SortItem *y = b;
  int cmp = strcmp (x->key, y->key);

  if (cmp != 0)
    return cmp;
  if (x->secondary != y->secondary)
    return x->secondary < y->secondary ? -1 : 1;
  return x->index < y->index ? -1 : (x->index > y->index ? 1 : 0);
}

static GListModel *
store_from_rows (GType      type,
                 GPtrArray *rows)
{
  GListStore *store = g_list_store_new (type);

  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

/* A store of @rows sorted by name (case-insensitively, in the locale's
 * collation), then by @secondary ascending, then as read. */
static GListModel *
store_sorted_by_name (GType          type,
                      GPtrArray     *rows,
                      NameFunc       name_of,
                      SecondaryFunc  secondary)
{
  g_autofree SortItem *items = g_new0 (SortItem, MAX (rows->len, 1));
  g_autofree gpointer *sorted = g_new0 (gpointer, MAX (rows->len, 1));
  GListStore *store = g_list_store_new (type);

  for (guint i = 0; i < rows->len; i++)
    {
      gpointer object = g_ptr_array_index (rows, i);
      g_autofree char *folded = g_utf8_casefold (name_of (object), -1);

      items[i].key = g_utf8_collate_key (folded, -1);
      items[i].secondary = secondary != NULL ? secondary (object) : 0;
      items[i].index = i;
      items[i].object = object;
    }

  qsort (items, rows->len, sizeof (SortItem), compare_sort_items);

  for (guint i = 0; i < rows->len; i++)
    {
      sorted[i] = items[i].object;
      g_free (items[i].key);
    }

  g_list_store_splice (store, 0, 0, sorted, rows->len);
  return G_LIST_MODEL (store);
}

/* Awards */

#define AWARD_SELECT "SELECT id, version, name, description FROM award"

static gpointer
award_from_row (sqlite3_stmt *stmt)
{
  PjAward *award = pj_award_new ();

  pj_award_set_name (award, col_text (stmt, 2));
  pj_award_set_description (award, col_text (stmt, 3));
  pj_award_set_stored (award, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
  return award;
}

static const char *
award_name_of (gpointer object)
{
  return pj_award_get_name (object);
}

GListModel *
pj_store_list_awards (PjWorkspace  *ws,
                      GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = pj_workspace_prepare (ws, AWARD_SELECT " ORDER BY id", error);
  if (stmt == NULL)
    return NULL;

  rows = pj_store_read_rows (ws, stmt, award_from_row, error);
  if (rows == NULL)
    return NULL;

  return store_sorted_by_name (PJ_TYPE_AWARD, rows, award_name_of, NULL);
}

static gboolean
load_award (PjWorkspace  *ws,
            gint64        id,
            PjAward     **out,
            GError      **error)
{
  return load_one (ws, AWARD_SELECT " WHERE id = ?", id, award_from_row, (gpointer *) out, error);
}

PjAward *
pj_store_get_award (PjWorkspace  *ws,
                    gint64        id,
                    GError      **error)
{
  PjAward *award;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_award (ws, id, &award, error))
    return NULL;
  if (award == NULL)
    not_found (error, _("The award no longer exists."));

  return award;
}

static gboolean
create_award_txn (PjWorkspace  *ws,
                  PjAward      *award,
                  const char   *name,
                  gint64       *id,
                  GError      **error)
{
  sqlite3_stmt *stmt;

  if (!check_name_free (ws, "award", PJ_NO_ID, name, PJ_NO_ID, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws, "INSERT INTO award (name, description) VALUES (?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  pj_stmt_bind_text (stmt, 1, name);
  pj_stmt_bind_text (stmt, 2, pj_award_get_description (award));
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the award"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
  return pj_workspace_audit (ws, "create", "award", *id, NULL, NULL, name, error);
}

gboolean
pj_store_create_award (PjWorkspace  *ws,
                       PjAward      *award,
                       GError      **error)
{
  g_autofree char *name = NULL;
  gint64 id = PJ_NO_ID;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_AWARD (award), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_award_get_name (award));
  if (!check_rule (pj_validate_name (name), error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = create_award_txn (ws, award, name, &id, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_award_set_name (award, name);
  pj_award_set_stored (award, id, 1);
  pj_workspace_emit_changed (ws, "award");
  return TRUE;
}

static gboolean
update_award_txn (PjWorkspace  *ws,
                  PjAward      *award,
                  const char   *name,
                  gboolean     *changed,
                  GError      **error)
{
  g_autoptr(PjAward) stored = NULL;
  g_autoptr(GArray) changes = changes_new ();
  gint64 id = pj_award_get_id (award);
  sqlite3_stmt *stmt;

  if (!load_award (ws, id, &stored, error))
    return FALSE;
  if (!check_version (stored, stored ? pj_award_get_version (stored) : 0,
                      pj_award_get_version (award),
                      stored ? pj_award_get_name (stored) : name, error))
    return FALSE;
  if (!check_name_free (ws, "award", PJ_NO_ID, name, id, error))
    return FALSE;

  changes_add (changes, "name", pj_award_get_name (stored), name);
  changes_add (changes, "description", pj_award_get_description (stored),
               pj_award_get_description (award));
  *changed = changes->len > 0;
  if (!*changed)
    return TRUE;

  stmt = pj_workspace_prepare (ws,
                               "UPDATE award SET name = ?, description = ?, version = version + 1"
                               " WHERE id = ? AND version = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  pj_stmt_bind_text (stmt, 1, name);
  pj_stmt_bind_text (stmt, 2, pj_award_get_description (award));
  sqlite3_bind_int64 (stmt, 3, id);
  sqlite3_bind_int64 (stmt, 4, pj_award_get_version (award));
  if (!step_versioned_update (ws, stmt, pj_award_get_name (stored),
                              _("Could not save the award"), error))
    return FALSE;

  return changes_audit (ws, changes, "award", id, error);
}

gboolean
pj_store_update_award (PjWorkspace  *ws,
                       PjAward      *award,
                       GError      **error)
{
  g_autofree char *name = NULL;
  gboolean changed = FALSE;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_AWARD (award), FALSE);
  g_return_val_if_fail (pj_award_get_id (award) != PJ_NO_ID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_award_get_name (award));
  if (!check_rule (pj_validate_name (name), error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = update_award_txn (ws, award, name, &changed, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_award_set_name (award, name);
  if (changed)
    {
      pj_award_set_stored (award, pj_award_get_id (award), pj_award_get_version (award) + 1);
      pj_workspace_emit_changed (ws, "award");
    }
  return TRUE;
}

gboolean
pj_store_save_award (PjWorkspace             *ws,
                     PjAward                 *award,
                     const PjEligibilityRule *rules,
                     guint                    n_rules,
                     GError                 **error)
{
  g_autofree char *name = NULL;
  gboolean creating, changed = FALSE, rules_changed = FALSE;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_AWARD (award), FALSE);
  g_return_val_if_fail (rules != NULL || n_rules == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_award_get_name (award));
  if (!check_rule (pj_validate_name (name), error))
    return FALSE;

  creating = pj_award_get_id (award) == PJ_NO_ID;
  id = pj_award_get_id (award);
  if (!pj_workspace_begin (ws, error))
    return FALSE;
  if (creating)
    ok = create_award_txn (ws, award, name, &id, error);
  else
    ok = update_award_txn (ws, award, name, &changed, error);
  ok = ok && pj_store_write_eligibility_rules_txn (ws, id, rules, n_rules, &rules_changed,
                                                   error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_award_set_name (award, name);
  if (creating)
    pj_award_set_stored (award, id, 1);
  else if (changed)
    pj_award_set_stored (award, id, pj_award_get_version (award) + 1);
  if (creating || changed)
    pj_workspace_emit_changed (ws, "award");
  if (rules_changed)
    pj_workspace_emit_changed (ws, "eligibility");
  return TRUE;
}

static gboolean
count_award_nominations (PjWorkspace  *ws,
                         gint64        award_id,
                         gint64       *count,
                         GError      **error)
{
  return query_int64 (ws,
                      "SELECT count(*) FROM nomination n JOIN edition e ON e.id = n.edition_id"
                      " WHERE e.award_id = ?",
                      award_id, count, error);
}

static gboolean
in_use_error (GError     **error,
              const char  *name,
              gint64       count)
{
  g_set_error (error, PJ_ERROR, PJ_ERROR_IN_USE,
               g_dngettext (GETTEXT_PACKAGE,
                            "“%s” has %u nomination and cannot be deleted while it has any.",
                            "“%s” has %u nominations and cannot be deleted while it has any.",
                            (gulong) count),
               name, (guint) count);
  return FALSE;
}

static gboolean
delete_award_txn (PjWorkspace  *ws,
                  gint64        id,
                  GError      **error)
{
  g_autoptr(PjAward) stored = NULL;
  sqlite3_stmt *stmt;
  gint64 count;

  if (!load_award (ws, id, &stored, error))
    return FALSE;
  if (stored == NULL)
    return not_found (error, _("The award was already deleted elsewhere."));

  if (!count_award_nominations (ws, id, &count, error))
    return FALSE;
  if (count > 0)
    return in_use_error (error, pj_award_get_name (stored), count);

  stmt = pj_workspace_prepare (ws, "DELETE FROM award WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the award"), error))
    return FALSE;

  return pj_workspace_audit (ws, "delete", "award", id, NULL,
                             pj_award_get_name (stored), NULL, error);
}

gboolean
pj_store_delete_award (PjWorkspace  *ws,
                       gint64        id,
                       GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = delete_award_txn (ws, id, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_workspace_emit_changed (ws, "award");
  pj_workspace_emit_changed (ws, "edition");
  return TRUE;
}

guint
pj_store_count_award_nominations (PjWorkspace *ws,
                                  gint64       award_id)
{
  g_autoptr(GError) error = NULL;
  gint64 count;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), 0);

  if (!count_award_nominations (ws, award_id, &count, &error))
    {
      g_warning ("Could not count nominations: %s", error->message);
      return 0;
    }

  return (guint) count;
}

/* Editions */

#define EDITION_SELECT \
  "SELECT e.id, e.version, e.award_id, a.name, e.year, e.phase, e.nominations_close," \
  " e.scoring_close, e.decision_date, e.blind_policy, e.aggregation," \
  " e.disagreement_threshold, e.min_jurors FROM edition e JOIN award a ON a.id = e.award_id"

static gpointer
edition_from_row (sqlite3_stmt *stmt)
{
  PjEdition *edition = pj_edition_new ();
  PjPhase phase = PJ_PHASE_SETUP;
  PjBlindPolicy policy = PJ_BLIND_AFTER_SUBMIT;
  PjAggregation aggregation = PJ_AGGREGATION_MEAN;

  pj_edition_set_award_id (edition, sqlite3_column_int64 (stmt, 2));
  pj_edition_set_award_name (edition, col_text (stmt, 3));
  pj_edition_set_year (edition, sqlite3_column_int (stmt, 4));
  pj_phase_from_string (col_text (stmt, 5), &phase);
  pj_edition_set_phase (edition, phase);
  pj_edition_set_nominations_close (edition, col_text (stmt, 6));
  pj_edition_set_scoring_close (edition, col_text (stmt, 7));
  pj_edition_set_decision_date (edition, col_text (stmt, 8));
  pj_blind_policy_from_string (col_text (stmt, 9), &policy);
  pj_edition_set_blind_policy (edition, policy);
  pj_aggregation_from_string (col_text (stmt, 10), &aggregation);
  pj_edition_set_aggregation (edition, aggregation);
  pj_edition_set_disagreement_threshold (edition, sqlite3_column_double (stmt, 11));
  pj_edition_set_min_jurors (edition, sqlite3_column_int (stmt, 12));
  pj_edition_set_stored (edition, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
  return edition;
}

static const char *
edition_award_name_of (gpointer object)
{
  return pj_edition_get_award_name (object);
}

static int
edition_year_descending (gpointer object)
{
  return -pj_edition_get_year (object);
}

GListModel *
pj_store_list_editions (PjWorkspace  *ws,
                        gint64        award_id,
                        GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (award_id == PJ_NO_ID)
    stmt = pj_workspace_prepare (ws, EDITION_SELECT " ORDER BY e.award_id, e.year DESC", error);
  else
    stmt = pj_workspace_prepare (ws, EDITION_SELECT " WHERE e.award_id = ? ORDER BY e.year DESC",
                                 error);
  if (stmt == NULL)
    return NULL;
  if (award_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 1, award_id);

  rows = pj_store_read_rows (ws, stmt, edition_from_row, error);
  if (rows == NULL)
    return NULL;

  return store_sorted_by_name (PJ_TYPE_EDITION, rows, edition_award_name_of,
                               edition_year_descending);
}

static gboolean
load_edition (PjWorkspace  *ws,
              gint64        id,
              PjEdition   **out,
              GError      **error)
{
  return load_one (ws, EDITION_SELECT " WHERE e.id = ?", id, edition_from_row,
                   (gpointer *) out, error);
}

PjEdition *
pj_store_get_edition (PjWorkspace  *ws,
                      gint64        id,
                      GError      **error)
{
  PjEdition *edition;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_edition (ws, id, &edition, error))
    return NULL;
  if (edition == NULL)
    not_found (error, _("The edition no longer exists."));

  return edition;
}

static gboolean
validate_edition (PjEdition  *edition,
                  GError    **error)
{
  double threshold = pj_edition_get_disagreement_threshold (edition);
  int min_jurors = pj_edition_get_min_jurors (edition);

  if (!check_rule (pj_validate_year (pj_edition_get_year (edition)), error)
      || !check_rule (pj_validate_iso_date (pj_edition_get_nominations_close (edition)), error)
      || !check_rule (pj_validate_iso_date (pj_edition_get_scoring_close (edition)), error)
      || !check_rule (pj_validate_iso_date (pj_edition_get_decision_date (edition)), error))
    return FALSE;

  if (!isfinite (threshold) || threshold < 0.0 || threshold > 100.0)
    return pj_store_invalid (error,
                             _("The disagreement threshold must be between 0 and 100 points."));

  if (min_jurors < 1 || min_jurors > COUNT_LIMIT)
    return pj_store_invalid (error, _("The minimum number of jurors per nomination must be "
                                      "between 1 and 100."));

  return TRUE;
}

static const char *
date_or_null (const char *date)
{
  return date != NULL && *date != '\0' ? date : NULL;
}

static gboolean
year_error (GError    **error,
            const char *award_name,
            int         year)
{
  g_set_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE,
               _("“%s” already has an edition for %d."), award_name, year);
  return FALSE;
}

/* Inserts the edition's row for @award_id (checked to exist) without
 * auditing; the caller audits as "create" or "copy". */
static gboolean
insert_edition (PjWorkspace  *ws,
                PjEdition    *edition,
                gint64        award_id,
                char        **award_name,
                gint64       *id,
                GError      **error)
{
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gboolean taken;
  int year = pj_edition_get_year (edition);

  if (award_id == PJ_NO_ID)
    return pj_store_invalid (error, _("Choose the award this edition belongs to."));
  if (!query_text (ws, "SELECT name FROM award WHERE id = ?", award_id, &name, error))
    return FALSE;
  if (name == NULL)
    return not_found (error, _("The award of this edition was deleted elsewhere."));

  if (!year_taken (ws, award_id, year, PJ_NO_ID, &taken, error))
    return FALSE;
  if (taken)
    return year_error (error, name, year);

  stmt = pj_workspace_prepare (ws,
                               "INSERT INTO edition (award_id, year, phase, nominations_close,"
                               " scoring_close, decision_date, blind_policy, aggregation,"
                               " disagreement_threshold, min_jurors)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, award_id);
  sqlite3_bind_int (stmt, 2, year);
  pj_stmt_bind_text (stmt, 3, pj_phase_to_string (pj_edition_get_phase (edition)));
  pj_stmt_bind_text (stmt, 4, date_or_null (pj_edition_get_nominations_close (edition)));
  pj_stmt_bind_text (stmt, 5, date_or_null (pj_edition_get_scoring_close (edition)));
  pj_stmt_bind_text (stmt, 6, date_or_null (pj_edition_get_decision_date (edition)));
  pj_stmt_bind_text (stmt, 7, pj_blind_policy_to_string (pj_edition_get_blind_policy (edition)));
  pj_stmt_bind_text (stmt, 8, pj_aggregation_to_string (pj_edition_get_aggregation (edition)));
  sqlite3_bind_double (stmt, 9, pj_edition_get_disagreement_threshold (edition));
  sqlite3_bind_int (stmt, 10, pj_edition_get_min_jurors (edition));
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the edition"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
  *award_name = g_steal_pointer (&name);
  return TRUE;
}

gboolean
pj_store_create_edition (PjWorkspace  *ws,
                         PjEdition    *edition,
                         GError      **error)
{
  g_autofree char *award_name = NULL;
  g_autofree char *title = NULL;
  gint64 id = PJ_NO_ID;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_EDITION (edition), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_edition (edition, error))
    return FALSE;
  if (pj_edition_get_phase (edition) == PJ_PHASE_DECIDED
      || pj_edition_get_phase (edition) == PJ_PHASE_PUBLISHED)
    return pj_store_invalid (error, _("A new edition cannot start decided: its decisions are "
                                      "made and locked in Results."));

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = insert_edition (ws, edition, pj_edition_get_award_id (edition), &award_name, &id, error);
  if (ok)
    {
      title = g_strdup_printf ("%s %d", award_name, pj_edition_get_year (edition));
      ok = pj_workspace_audit (ws, "create", "edition", id, NULL, NULL, title, error);
    }
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_edition_set_award_name (edition, award_name);
  pj_edition_set_stored (edition, id, 1);
  pj_workspace_emit_changed (ws, "edition");
  return TRUE;
}

static gboolean
update_edition_txn (PjWorkspace  *ws,
                    PjEdition    *edition,
                    gboolean     *changed,
                    GError      **error)
{
  g_autoptr(PjEdition) stored = NULL;
  g_autoptr(GArray) changes = changes_new ();
  g_autofree char *title = NULL;
  gint64 id = pj_edition_get_id (edition);
  int year = pj_edition_get_year (edition);
  sqlite3_stmt *stmt;
  gboolean taken;

  if (!load_edition (ws, id, &stored, error))
    return FALSE;
  title = stored != NULL ? pj_edition_dup_title (stored) : pj_edition_dup_title (edition);
  if (!check_version (stored, stored ? pj_edition_get_version (stored) : 0,
                      pj_edition_get_version (edition), title, error))
    return FALSE;

  /* The decision is locked and reopened in the Results view, with its
   * checks and a reason; Setup only moves between decided and published. */
  {
    PjPhase from = pj_edition_get_phase (stored);
    PjPhase to = pj_edition_get_phase (edition);
    gboolean from_done = from == PJ_PHASE_DECIDED || from == PJ_PHASE_PUBLISHED;
    gboolean to_done = to == PJ_PHASE_DECIDED || to == PJ_PHASE_PUBLISHED;

    if (from != to && from_done != to_done)
      {
        g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                     from_done
                     ? _("“%s” is decided. Reopen its decisions in Results, with a reason, "
                         "to change its phase.")
                     : _("Mark “%s” decided in Results, where the decisions are checked "
                         "and locked."),
                     title);
        return FALSE;
      }
  }

  /* An edition stays with its award: the award id of @edition is ignored. */
  if (!year_taken (ws, pj_edition_get_award_id (stored), year, id, &taken, error))
    return FALSE;
  if (taken)
    return year_error (error, pj_edition_get_award_name (stored), year);

  changes_add_int (changes, "year", pj_edition_get_year (stored), year);
  changes_add (changes, "phase",
               pj_phase_to_string (pj_edition_get_phase (stored)),
               pj_phase_to_string (pj_edition_get_phase (edition)));
  changes_add (changes, "nominations_close",
               date_or_null (pj_edition_get_nominations_close (stored)),
               date_or_null (pj_edition_get_nominations_close (edition)));
  changes_add (changes, "scoring_close",
               date_or_null (pj_edition_get_scoring_close (stored)),
               date_or_null (pj_edition_get_scoring_close (edition)));
  changes_add (changes, "decision_date",
               date_or_null (pj_edition_get_decision_date (stored)),
               date_or_null (pj_edition_get_decision_date (edition)));
  changes_add (changes, "blind_policy",
               pj_blind_policy_to_string (pj_edition_get_blind_policy (stored)),
               pj_blind_policy_to_string (pj_edition_get_blind_policy (edition)));
  changes_add (changes, "aggregation",
               pj_aggregation_to_string (pj_edition_get_aggregation (stored)),
               pj_aggregation_to_string (pj_edition_get_aggregation (edition)));
  changes_add_double (changes, "disagreement_threshold",
                      pj_edition_get_disagreement_threshold (stored),
                      pj_edition_get_disagreement_threshold (edition));
  changes_add_int (changes, "min_jurors",
                   pj_edition_get_min_jurors (stored), pj_edition_get_min_jurors (edition));
  *changed = changes->len > 0;
  if (!*changed)
    return TRUE;

  stmt = pj_workspace_prepare (ws,
                               "UPDATE edition SET year = ?, phase = ?, nominations_close = ?,"
                               " scoring_close = ?, decision_date = ?, blind_policy = ?,"
                               " aggregation = ?, disagreement_threshold = ?, min_jurors = ?,"
                               " version = version + 1 WHERE id = ? AND version = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  pj_stmt_bind_text (stmt, 2, pj_phase_to_string (pj_edition_get_phase (edition)));
  pj_stmt_bind_text (stmt, 3, date_or_null (pj_edition_get_nominations_close (edition)));
  pj_stmt_bind_text (stmt, 4, date_or_null (pj_edition_get_scoring_close (edition)));
  pj_stmt_bind_text (stmt, 5, date_or_null (pj_edition_get_decision_date (edition)));
  pj_stmt_bind_text (stmt, 6, pj_blind_policy_to_string (pj_edition_get_blind_policy (edition)));
  pj_stmt_bind_text (stmt, 7, pj_aggregation_to_string (pj_edition_get_aggregation (edition)));
  sqlite3_bind_double (stmt, 8, pj_edition_get_disagreement_threshold (edition));
  sqlite3_bind_int (stmt, 9, pj_edition_get_min_jurors (edition));
  sqlite3_bind_int64 (stmt, 10, id);
  sqlite3_bind_int64 (stmt, 11, pj_edition_get_version (edition));
  if (!step_versioned_update (ws, stmt, title, _("Could not save the edition"), error))
    return FALSE;

  if (!changes_audit (ws, changes, "edition", id, error))
    return FALSE;

  pj_edition_set_award_name (edition, pj_edition_get_award_name (stored));
  return TRUE;
}

gboolean
pj_store_update_edition (PjWorkspace  *ws,
                         PjEdition    *edition,
                         GError      **error)
{
  gboolean changed = FALSE;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_EDITION (edition), FALSE);
  g_return_val_if_fail (pj_edition_get_id (edition) != PJ_NO_ID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_edition (edition, error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = update_edition_txn (ws, edition, &changed, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  if (changed)
    {
      pj_edition_set_stored (edition, pj_edition_get_id (edition),
                             pj_edition_get_version (edition) + 1);
      pj_workspace_emit_changed (ws, "edition");
    }
  return TRUE;
}

static gboolean
delete_edition_txn (PjWorkspace  *ws,
                    gint64        id,
                    GError      **error)
{
  g_autoptr(PjEdition) stored = NULL;
  g_autofree char *title = NULL;
  sqlite3_stmt *stmt;
  gint64 count;

  if (!load_edition (ws, id, &stored, error))
    return FALSE;
  if (stored == NULL)
    return not_found (error, _("The edition was already deleted elsewhere."));

  title = pj_edition_dup_title (stored);
  if (!query_int64 (ws, "SELECT count(*) FROM nomination WHERE edition_id = ?", id, &count, error))
    return FALSE;
  if (count > 0)
    return in_use_error (error, title, count);

  stmt = pj_workspace_prepare (ws, "DELETE FROM edition WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the edition"), error))
    return FALSE;

  return pj_workspace_audit (ws, "delete", "edition", id, NULL, title, NULL, error);
}

gboolean
pj_store_delete_edition (PjWorkspace  *ws,
                         gint64        id,
                         GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = delete_edition_txn (ws, id, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_workspace_emit_changed (ws, "edition");
  return TRUE;
}

/* Categories */

#define CATEGORY_SELECT \
  "SELECT id, version, edition_id, name, description, award_mode, winners," \
  " honourable_mentions, threshold, prize, position FROM category"

static gpointer
category_from_row (sqlite3_stmt *stmt)
{
  PjCategory *category = pj_category_new ();
  PjAwardMode mode = PJ_AWARD_MODE_TOP_N;

  pj_category_set_edition_id (category, sqlite3_column_int64 (stmt, 2));
  pj_category_set_name (category, col_text (stmt, 3));
  pj_category_set_description (category, col_text (stmt, 4));
  pj_award_mode_from_string (col_text (stmt, 5), &mode);
  pj_category_set_award_mode (category, mode);
  pj_category_set_winners (category, sqlite3_column_int (stmt, 6));
  pj_category_set_honourable_mentions (category, sqlite3_column_int (stmt, 7));
  pj_category_set_threshold (category, sqlite3_column_double (stmt, 8));
  pj_category_set_prize (category, col_text (stmt, 9));
  pj_category_set_position (category, sqlite3_column_int (stmt, 10));
  pj_category_set_stored (category, sqlite3_column_int64 (stmt, 0),
                          sqlite3_column_int64 (stmt, 1));
  return category;
}

static GPtrArray *
read_categories (PjWorkspace  *ws,
                 gint64        edition_id,
                 GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = pj_workspace_prepare (ws, CATEGORY_SELECT " WHERE edition_id = ? ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, edition_id);

  return pj_store_read_rows (ws, stmt, category_from_row, error);
}

GListModel *
pj_store_list_categories (PjWorkspace  *ws,
                          gint64        edition_id,
                          GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rows = read_categories (ws, edition_id, error);
  if (rows == NULL)
    return NULL;

  return store_from_rows (PJ_TYPE_CATEGORY, rows);
}

static gboolean
load_category (PjWorkspace  *ws,
               gint64        id,
               PjCategory  **out,
               GError      **error)
{
  return load_one (ws, CATEGORY_SELECT " WHERE id = ?", id, category_from_row,
                   (gpointer *) out, error);
}

PjCategory *
pj_store_get_category (PjWorkspace  *ws,
                       gint64        id,
                       GError      **error)
{
  PjCategory *category;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_category (ws, id, &category, error))
    return NULL;
  if (category == NULL)
    not_found (error, _("The category no longer exists."));

  return category;
}

static gboolean
validate_category (PjCategory  *category,
                   const char  *name,
                   GError     **error)
{
  int winners = pj_category_get_winners (category);
  int mentions = pj_category_get_honourable_mentions (category);
  double threshold = pj_category_get_threshold (category);

  if (!check_rule (pj_validate_name (name), error))
    return FALSE;
  if (winners < 1 || winners > COUNT_LIMIT)
    return pj_store_invalid (error, _("The number of winners must be between 1 and 100."));
  if (mentions < 0 || mentions > COUNT_LIMIT)
    return pj_store_invalid (error,
                             _("The number of honourable mentions must be between 0 and 100."));
  if (!isfinite (threshold) || threshold < 0.0 || threshold > 100.0)
    return pj_store_invalid (error, _("The threshold must be between 0 and 100 points."));

  return TRUE;
}

static gboolean
check_edition_exists (PjWorkspace  *ws,
                      gint64        edition_id,
                      GError      **error)
{
  gint64 found;

  if (edition_id == PJ_NO_ID)
    return pj_store_invalid (error, _("Choose the edition this belongs to."));
  if (!query_int64 (ws, "SELECT count(*) FROM edition WHERE id = ?", edition_id, &found, error))
    return FALSE;
  if (found == 0)
    return not_found (error, _("The edition was deleted elsewhere."));

  return TRUE;
}

/* Inserts a category at the end of @edition_id's order, without auditing. */
static gboolean
insert_category (PjWorkspace  *ws,
                 PjCategory   *category,
                 gint64        edition_id,
                 const char   *name,
                 gint64       *id,
                 int          *position,
                 GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 next;

  if (!check_name_free (ws, "category", edition_id, name, PJ_NO_ID, error))
    return FALSE;
  if (!query_int64 (ws,
                    "SELECT coalesce(max(position) + 1, 0) FROM category WHERE edition_id = ?",
                    edition_id, &next, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws,
                               "INSERT INTO category (edition_id, name, description, award_mode,"
                               " winners, honourable_mentions, threshold, prize, position)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, edition_id);
  pj_stmt_bind_text (stmt, 2, name);
  pj_stmt_bind_text (stmt, 3, pj_category_get_description (category));
  pj_stmt_bind_text (stmt, 4, pj_award_mode_to_string (pj_category_get_award_mode (category)));
  sqlite3_bind_int (stmt, 5, pj_category_get_winners (category));
  sqlite3_bind_int (stmt, 6, pj_category_get_honourable_mentions (category));
  sqlite3_bind_double (stmt, 7, pj_category_get_threshold (category));
  pj_stmt_bind_text (stmt, 8, pj_category_get_prize (category));
  sqlite3_bind_int64 (stmt, 9, next);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the category"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
  *position = (int) next;
  return TRUE;
}

gboolean
pj_store_create_category (PjWorkspace  *ws,
                          PjCategory   *category,
                          GError      **error)
{
  g_autofree char *name = NULL;
  gint64 edition_id, id = PJ_NO_ID;
  int position = 0;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_CATEGORY (category), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_category_get_name (category));
  if (!validate_category (category, name, error))
    return FALSE;

  edition_id = pj_category_get_edition_id (category);
  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = check_edition_exists (ws, edition_id, error)
       && insert_category (ws, category, edition_id, name, &id, &position, error)
       && pj_workspace_audit (ws, "create", "category", id, NULL, NULL, name, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_category_set_name (category, name);
  pj_category_set_position (category, position);
  pj_category_set_stored (category, id, 1);
  pj_workspace_emit_changed (ws, "category");
  return TRUE;
}

static gboolean
update_category_txn (PjWorkspace  *ws,
                     PjCategory   *category,
                     const char   *name,
                     gboolean     *changed,
                     GError      **error)
{
  g_autoptr(PjCategory) stored = NULL;
  g_autoptr(GArray) changes = changes_new ();
  gint64 id = pj_category_get_id (category);
  sqlite3_stmt *stmt;

  if (!load_category (ws, id, &stored, error))
    return FALSE;
  if (!check_version (stored, stored ? pj_category_get_version (stored) : 0,
                      pj_category_get_version (category),
                      stored ? pj_category_get_name (stored) : name, error))
    return FALSE;
  if (!check_name_free (ws, "category", pj_category_get_edition_id (stored), name, id, error))
    return FALSE;

  changes_add (changes, "name", pj_category_get_name (stored), name);
  changes_add (changes, "description", pj_category_get_description (stored),
               pj_category_get_description (category));
  changes_add (changes, "award_mode",
               pj_award_mode_to_string (pj_category_get_award_mode (stored)),
               pj_award_mode_to_string (pj_category_get_award_mode (category)));
  changes_add_int (changes, "winners", pj_category_get_winners (stored),
                   pj_category_get_winners (category));
  changes_add_int (changes, "honourable_mentions", pj_category_get_honourable_mentions (stored),
                   pj_category_get_honourable_mentions (category));
  changes_add_double (changes, "threshold", pj_category_get_threshold (stored),
                      pj_category_get_threshold (category));
  changes_add (changes, "prize", pj_category_get_prize (stored), pj_category_get_prize (category));
  *changed = changes->len > 0;
  if (!*changed)
    return TRUE;

  stmt = pj_workspace_prepare (ws,
                               "UPDATE category SET name = ?, description = ?, award_mode = ?,"
                               " winners = ?, honourable_mentions = ?, threshold = ?, prize = ?,"
                               " version = version + 1 WHERE id = ? AND version = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  pj_stmt_bind_text (stmt, 1, name);
  pj_stmt_bind_text (stmt, 2, pj_category_get_description (category));
  pj_stmt_bind_text (stmt, 3, pj_award_mode_to_string (pj_category_get_award_mode (category)));
  sqlite3_bind_int (stmt, 4, pj_category_get_winners (category));
  sqlite3_bind_int (stmt, 5, pj_category_get_honourable_mentions (category));
  sqlite3_bind_double (stmt, 6, pj_category_get_threshold (category));
  pj_stmt_bind_text (stmt, 7, pj_category_get_prize (category));
  sqlite3_bind_int64 (stmt, 8, id);
  sqlite3_bind_int64 (stmt, 9, pj_category_get_version (category));
  if (!step_versioned_update (ws, stmt, pj_category_get_name (stored),
                              _("Could not save the category"), error))
    return FALSE;

  return changes_audit (ws, changes, "category", id, error);
}

gboolean
pj_store_update_category (PjWorkspace  *ws,
                          PjCategory   *category,
                          GError      **error)
{
  g_autofree char *name = NULL;
  gboolean changed = FALSE;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_CATEGORY (category), FALSE);
  g_return_val_if_fail (pj_category_get_id (category) != PJ_NO_ID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_category_get_name (category));
  if (!validate_category (category, name, error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = update_category_txn (ws, category, name, &changed, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_category_set_name (category, name);
  if (changed)
    {
      pj_category_set_stored (category, pj_category_get_id (category),
                              pj_category_get_version (category) + 1);
      pj_workspace_emit_changed (ws, "category");
    }
  return TRUE;
}

static gboolean
delete_category_txn (PjWorkspace  *ws,
                     gint64        id,
                     GError      **error)
{
  g_autoptr(PjCategory) stored = NULL;
  sqlite3_stmt *stmt;
  gint64 count;

  if (!load_category (ws, id, &stored, error))
    return FALSE;
  if (stored == NULL)
    return not_found (error, _("The category was already deleted elsewhere."));

  if (!query_int64 (ws, "SELECT count(*) FROM nomination WHERE category_id = ?", id, &count,
                    error))
    return FALSE;
  if (count > 0)
    return in_use_error (error, pj_category_get_name (stored), count);

  /* A criterion limited to this category alone would, without it, apply to
   * the whole edition: the organiser decides that, not a delete. */
  {
    g_autofree char *criterion = NULL;

    if (!query_text (ws,
                     "SELECT c.name FROM criterion_category cc JOIN criterion c"
                     " ON c.id = cc.criterion_id WHERE cc.category_id = ?1"
                     " AND NOT EXISTS (SELECT 1 FROM criterion_category o"
                     "  WHERE o.criterion_id = cc.criterion_id AND o.category_id <> ?1)"
                     " ORDER BY c.position LIMIT 1",
                     id, &criterion, error))
      return FALSE;
    if (criterion != NULL)
      {
        g_set_error (error, PJ_ERROR, PJ_ERROR_IN_USE,
                     _("The criterion “%s” applies only to “%s”. Limit it to other categories "
                       "or delete it first."),
                     criterion, pj_category_get_name (stored));
        return FALSE;
      }
  }

  stmt = pj_workspace_prepare (ws, "DELETE FROM category WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the category"), error))
    return FALSE;

  /* Close the gap in the order. */
  stmt = pj_workspace_prepare (ws,
                               "UPDATE category SET position = position - 1"
                               " WHERE edition_id = ? AND position > ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pj_category_get_edition_id (stored));
  sqlite3_bind_int (stmt, 2, pj_category_get_position (stored));
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the category"), error))
    return FALSE;

  return pj_workspace_audit (ws, "delete", "category", id, NULL,
                             pj_category_get_name (stored), NULL, error);
}

gboolean
pj_store_delete_category (PjWorkspace  *ws,
                          gint64        id,
                          GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = delete_category_txn (ws, id, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_workspace_emit_changed (ws, "category");
  return TRUE;
}

static gboolean
move_category_txn (PjWorkspace  *ws,
                   gint64        id,
                   guint         position,
                   gboolean     *moved,
                   GError      **error)
{
  g_autoptr(PjCategory) stored = NULL;
  char old_text[16], new_text[16];
  sqlite3_stmt *stmt;
  gint64 count;
  int from, to;

  *moved = FALSE;
  if (!load_category (ws, id, &stored, error))
    return FALSE;
  if (stored == NULL)
    return not_found (error, _("The category was deleted elsewhere."));

  if (!query_int64 (ws, "SELECT count(*) FROM category WHERE edition_id = ?",
                    pj_category_get_edition_id (stored), &count, error))
    return FALSE;

  from = pj_category_get_position (stored);
  to = (int) MIN ((gint64) position, count - 1);
  if (from == to)
    return TRUE;

  if (to < from)
    stmt = pj_workspace_prepare (ws,
                                 "UPDATE category SET position = position + 1"
                                 " WHERE edition_id = ? AND position >= ? AND position < ?",
                                 error);
  else
    stmt = pj_workspace_prepare (ws,
                                 "UPDATE category SET position = position - 1"
                                 " WHERE edition_id = ? AND position > ? AND position <= ?",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pj_category_get_edition_id (stored));
  sqlite3_bind_int (stmt, 2, to < from ? to : from);
  sqlite3_bind_int (stmt, 3, to < from ? from : to);
  if (!pj_workspace_step_done (ws, stmt, _("Could not move the category"), error))
    return FALSE;

  stmt = pj_workspace_prepare (ws, "UPDATE category SET position = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, to);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not move the category"), error))
    return FALSE;

  g_snprintf (old_text, sizeof old_text, "%d", from);
  g_snprintf (new_text, sizeof new_text, "%d", to);
  *moved = TRUE;
  return pj_workspace_audit (ws, "move", "category", id, "position", old_text, new_text, error);
}

gboolean
pj_store_move_category (PjWorkspace  *ws,
                        gint64        id,
                        guint         position,
                        GError      **error)
{
  gboolean moved = FALSE;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = move_category_txn (ws, id, position, &moved, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  if (moved)
    pj_workspace_emit_changed (ws, "category");
  return TRUE;
}

/* Criteria */

#define CRITERION_SELECT \
  "SELECT id, version, edition_id, name, description, weight, scale_min, scale_max," \
  " required, position FROM criterion"

static gpointer
criterion_from_row (sqlite3_stmt *stmt)
{
  PjCriterion *criterion = pj_criterion_new ();
  int min = sqlite3_column_int (stmt, 6);
  int max = sqlite3_column_int (stmt, 7);

  pj_criterion_set_edition_id (criterion, sqlite3_column_int64 (stmt, 2));
  pj_criterion_set_name (criterion, col_text (stmt, 3));
  pj_criterion_set_description (criterion, col_text (stmt, 4));
  pj_criterion_set_weight (criterion, sqlite3_column_double (stmt, 5));
  /* The schema's CHECKs keep the scale valid. */
  if (min >= 0 && min < max && max <= 100)
    pj_criterion_set_scale (criterion, min, max);
  pj_criterion_set_required (criterion, sqlite3_column_int (stmt, 8) != 0);
  pj_criterion_set_position (criterion, sqlite3_column_int (stmt, 9));
  pj_criterion_set_stored (criterion, sqlite3_column_int64 (stmt, 0),
                           sqlite3_column_int64 (stmt, 1));
  return criterion;
}

/* Labels and category ids, read after the criterion's row. */
static gboolean
fill_criterion (PjWorkspace  *ws,
                PjCriterion  *criterion,
                GError      **error)
{
  g_autoptr(GArray) ids = NULL;
  gint64 id = pj_criterion_get_id (criterion);
  int min = pj_criterion_get_scale_min (criterion);
  int max = pj_criterion_get_scale_max (criterion);
  sqlite3_stmt *stmt;
  gboolean row;

  stmt = pj_workspace_prepare (ws,
                               "SELECT value, label FROM criterion_label WHERE criterion_id = ?"
                               " ORDER BY value",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  for (;;)
    {
      int value;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;

      value = sqlite3_column_int (stmt, 0);
      if (value >= min && value <= max)
        pj_criterion_set_label (criterion, value, col_text (stmt, 1));
    }

  if (!query_ids (ws,
                  "SELECT category_id FROM criterion_category WHERE criterion_id = ?"
                  " ORDER BY category_id",
                  id, &ids, error))
    return FALSE;
  pj_criterion_set_category_ids (criterion, (const gint64 *) (gpointer) ids->data, ids->len);

  return TRUE;
}

static GPtrArray *
read_criteria (PjWorkspace  *ws,
               gint64        edition_id,
               GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  stmt = pj_workspace_prepare (ws, CRITERION_SELECT " WHERE edition_id = ? ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, edition_id);

  rows = pj_store_read_rows (ws, stmt, criterion_from_row, error);
  if (rows == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    if (!fill_criterion (ws, g_ptr_array_index (rows, i), error))
      return NULL;

  return g_steal_pointer (&rows);
}

GListModel *
pj_store_list_criteria (PjWorkspace  *ws,
                        gint64        edition_id,
                        GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rows = read_criteria (ws, edition_id, error);
  if (rows == NULL)
    return NULL;

  return store_from_rows (PJ_TYPE_CRITERION, rows);
}

static gboolean
load_criterion (PjWorkspace   *ws,
                gint64         id,
                PjCriterion  **out,
                GError       **error)
{
  if (!load_one (ws, CRITERION_SELECT " WHERE id = ?", id, criterion_from_row,
                 (gpointer *) out, error))
    return FALSE;
  if (*out != NULL && !fill_criterion (ws, *out, error))
    {
      g_clear_object (out);
      return FALSE;
    }

  return TRUE;
}

PjCriterion *
pj_store_get_criterion (PjWorkspace  *ws,
                        gint64        id,
                        GError      **error)
{
  PjCriterion *criterion;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_criterion (ws, id, &criterion, error))
    return NULL;
  if (criterion == NULL)
    not_found (error, _("The criterion no longer exists."));

  return criterion;
}

static gboolean
validate_criterion (PjCriterion  *criterion,
                    const char   *name,
                    GError      **error)
{
  return check_rule (pj_validate_name (name), error)
         && check_rule (pj_validate_scale (pj_criterion_get_scale_min (criterion),
                                           pj_criterion_get_scale_max (criterion)), error)
         && check_rule (pj_validate_weight (pj_criterion_get_weight (criterion)), error);
}

/* The rubric as one text for the audit log: "1: Låg\n5: Hög"; NULL if empty. */
static char *
labels_text (PjCriterion *criterion)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int min = pj_criterion_get_scale_min (criterion);
  int max = pj_criterion_get_scale_max (criterion);

  for (int value = min; value <= max; value++)
    {
      g_autofree char *label = g_strstrip (g_strdup (pj_criterion_get_label (criterion, value)));

      if (*label == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%d: %s", value, label);
    }

  return text->len > 0 ? g_strdup (text->str) : NULL;
}

/* Rewrites the rubric: one row per non-empty label inside the scale. */
static gboolean
write_labels (PjWorkspace  *ws,
              gint64        criterion_id,
              PjCriterion  *criterion,
              GError      **error)
{
  int min = pj_criterion_get_scale_min (criterion);
  int max = pj_criterion_get_scale_max (criterion);
  sqlite3_stmt *stmt;

  stmt = pj_workspace_prepare (ws, "DELETE FROM criterion_label WHERE criterion_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, criterion_id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the rubric"), error))
    return FALSE;

  for (int value = min; value <= max; value++)
    {
      g_autofree char *label = g_strstrip (g_strdup (pj_criterion_get_label (criterion, value)));

      if (*label == '\0')
        continue;

      stmt = pj_workspace_prepare (ws,
                                   "INSERT INTO criterion_label (criterion_id, value, label)"
                                   " VALUES (?, ?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, criterion_id);
      sqlite3_bind_int (stmt, 2, value);
      pj_stmt_bind_text (stmt, 3, label);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the rubric"), error))
        return FALSE;
    }

  return TRUE;
}

/* Each of @ids must be a category of @edition_id. */
static gboolean
check_categories (PjWorkspace   *ws,
                  gint64         edition_id,
                  const gint64  *ids,
                  guint          n_ids,
                  GError       **error)
{
  for (guint i = 0; i < n_ids; i++)
    {
      gint64 category_edition;

      if (!query_int64 (ws, "SELECT edition_id FROM category WHERE id = ?", ids[i],
                        &category_edition, error))
        return FALSE;
      if (category_edition != edition_id)
        return pj_store_invalid (error, _("A chosen category is not a category of this edition."));
    }

  return TRUE;
}

static gboolean
write_criterion_categories (PjWorkspace   *ws,
                            gint64         criterion_id,
                            const gint64  *ids,
                            guint          n_ids,
                            GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = pj_workspace_prepare (ws, "DELETE FROM criterion_category WHERE criterion_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, criterion_id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the criterion"), error))
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      stmt = pj_workspace_prepare (ws,
                                   "INSERT OR IGNORE INTO criterion_category"
                                   " (criterion_id, category_id) VALUES (?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, criterion_id);
      sqlite3_bind_int64 (stmt, 2, ids[i]);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the criterion"), error))
        return FALSE;
    }

  return TRUE;
}

#define CRITERION_CATEGORY_NAMES \
  "SELECT c.name FROM criterion_category cc JOIN category c ON c.id = cc.category_id" \
  " WHERE cc.criterion_id = ? ORDER BY c.position, c.id"

/* Inserts a criterion at the end of @edition_id's order, with its rubric and
 * the categories @ids, without auditing. */
static gboolean
insert_criterion (PjWorkspace   *ws,
                  PjCriterion   *criterion,
                  gint64         edition_id,
                  const char    *name,
                  const gint64  *ids,
                  guint          n_ids,
                  gint64        *id,
                  int           *position,
                  GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 next;

  if (!check_name_free (ws, "criterion", edition_id, name, PJ_NO_ID, error))
    return FALSE;
  if (!check_categories (ws, edition_id, ids, n_ids, error))
    return FALSE;
  if (!query_int64 (ws,
                    "SELECT coalesce(max(position) + 1, 0) FROM criterion WHERE edition_id = ?",
                    edition_id, &next, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws,
                               "INSERT INTO criterion (edition_id, name, description, weight,"
                               " scale_min, scale_max, required, position)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, edition_id);
  pj_stmt_bind_text (stmt, 2, name);
  pj_stmt_bind_text (stmt, 3, pj_criterion_get_description (criterion));
  sqlite3_bind_double (stmt, 4, pj_criterion_get_weight (criterion));
  sqlite3_bind_int (stmt, 5, pj_criterion_get_scale_min (criterion));
  sqlite3_bind_int (stmt, 6, pj_criterion_get_scale_max (criterion));
  sqlite3_bind_int (stmt, 7, pj_criterion_get_required (criterion) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 8, next);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the criterion"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
  *position = (int) next;
  return write_labels (ws, *id, criterion, error)
         && write_criterion_categories (ws, *id, ids, n_ids, error);
}

gboolean
pj_store_create_criterion (PjWorkspace  *ws,
                           PjCriterion  *criterion,
                           GError      **error)
{
  g_autofree char *name = NULL;
  const gint64 *ids;
  guint n_ids;
  gint64 edition_id, id = PJ_NO_ID;
  int position = 0;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_CRITERION (criterion), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_criterion_get_name (criterion));
  if (!validate_criterion (criterion, name, error))
    return FALSE;

  edition_id = pj_criterion_get_edition_id (criterion);
  ids = pj_criterion_get_category_ids (criterion, &n_ids);
  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = check_edition_exists (ws, edition_id, error)
       && insert_criterion (ws, criterion, edition_id, name, ids, n_ids, &id, &position, error)
       && pj_workspace_audit (ws, "create", "criterion", id, NULL, NULL, name, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_criterion_set_name (criterion, name);
  pj_criterion_set_position (criterion, position);
  pj_criterion_set_stored (criterion, id, 1);
  pj_workspace_emit_changed (ws, "criterion");
  return TRUE;
}

static gboolean
same_ids (const gint64 *a,
          guint         n_a,
          const gint64 *b,
          guint         n_b)
{
  return n_a == n_b && (n_a == 0 || memcmp (a, b, n_a * sizeof (gint64)) == 0);
}

static gboolean
update_criterion_txn (PjWorkspace  *ws,
                      PjCriterion  *criterion,
                      const char   *name,
                      gboolean     *changed,
                      GError      **error)
{
  g_autoptr(PjCriterion) stored = NULL;
  g_autoptr(GArray) changes = changes_new ();
  g_autofree char *old_labels = NULL;
  g_autofree char *new_labels = NULL;
  g_autofree char *old_categories = NULL;
  g_autofree char *new_categories = NULL;
  gint64 id = pj_criterion_get_id (criterion);
  const gint64 *old_ids, *ids;
  guint n_old_ids, n_ids;
  gboolean categories_changed;
  gint64 edition_id;
  sqlite3_stmt *stmt;

  if (!load_criterion (ws, id, &stored, error))
    return FALSE;
  if (!check_version (stored, stored ? pj_criterion_get_version (stored) : 0,
                      pj_criterion_get_version (criterion),
                      stored ? pj_criterion_get_name (stored) : name, error))
    return FALSE;

  edition_id = pj_criterion_get_edition_id (stored);
  ids = pj_criterion_get_category_ids (criterion, &n_ids);
  old_ids = pj_criterion_get_category_ids (stored, &n_old_ids);
  if (!check_name_free (ws, "criterion", edition_id, name, id, error)
      || !check_categories (ws, edition_id, ids, n_ids, error))
    return FALSE;

  changes_add (changes, "name", pj_criterion_get_name (stored), name);
  changes_add (changes, "description", pj_criterion_get_description (stored),
               pj_criterion_get_description (criterion));
  changes_add_double (changes, "weight", pj_criterion_get_weight (stored),
                      pj_criterion_get_weight (criterion));
  changes_add_int (changes, "scale_min", pj_criterion_get_scale_min (stored),
                   pj_criterion_get_scale_min (criterion));
  changes_add_int (changes, "scale_max", pj_criterion_get_scale_max (stored),
                   pj_criterion_get_scale_max (criterion));
  changes_add (changes, "required",
               pj_criterion_get_required (stored) ? "yes" : "no",
               pj_criterion_get_required (criterion) ? "yes" : "no");
  old_labels = labels_text (stored);
  new_labels = labels_text (criterion);
  changes_add (changes, "labels", old_labels, new_labels);
  categories_changed = !same_ids (old_ids, n_old_ids, ids, n_ids);

  *changed = changes->len > 0 || categories_changed;
  if (!*changed)
    return TRUE;

  if (categories_changed
      && !query_names_joined (ws, CRITERION_CATEGORY_NAMES, id, &old_categories, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws,
                               "UPDATE criterion SET name = ?, description = ?, weight = ?,"
                               " scale_min = ?, scale_max = ?, required = ?,"
                               " version = version + 1 WHERE id = ? AND version = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  pj_stmt_bind_text (stmt, 1, name);
  pj_stmt_bind_text (stmt, 2, pj_criterion_get_description (criterion));
  sqlite3_bind_double (stmt, 3, pj_criterion_get_weight (criterion));
  sqlite3_bind_int (stmt, 4, pj_criterion_get_scale_min (criterion));
  sqlite3_bind_int (stmt, 5, pj_criterion_get_scale_max (criterion));
  sqlite3_bind_int (stmt, 6, pj_criterion_get_required (criterion) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 7, id);
  sqlite3_bind_int64 (stmt, 8, pj_criterion_get_version (criterion));
  if (!step_versioned_update (ws, stmt, pj_criterion_get_name (stored),
                              _("Could not save the criterion"), error))
    return FALSE;

  /* After the scale changed, so every label fits the new scale. */
  if (!write_labels (ws, id, criterion, error))
    return FALSE;

  if (categories_changed)
    {
      if (!write_criterion_categories (ws, id, ids, n_ids, error)
          || !query_names_joined (ws, CRITERION_CATEGORY_NAMES, id, &new_categories, error))
        return FALSE;
      changes_add (changes, "categories", old_categories, new_categories);
    }

  return changes_audit (ws, changes, "criterion", id, error);
}

gboolean
pj_store_update_criterion (PjWorkspace  *ws,
                           PjCriterion  *criterion,
                           GError      **error)
{
  g_autofree char *name = NULL;
  gboolean changed = FALSE;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_CRITERION (criterion), FALSE);
  g_return_val_if_fail (pj_criterion_get_id (criterion) != PJ_NO_ID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_criterion_get_name (criterion));
  if (!validate_criterion (criterion, name, error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = update_criterion_txn (ws, criterion, name, &changed, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_criterion_set_name (criterion, name);
  if (changed)
    {
      pj_criterion_set_stored (criterion, pj_criterion_get_id (criterion),
                               pj_criterion_get_version (criterion) + 1);
      pj_workspace_emit_changed (ws, "criterion");
    }
  return TRUE;
}

static gboolean
delete_criterion_txn (PjWorkspace  *ws,
                      gint64        id,
                      GError      **error)
{
  g_autoptr(PjCriterion) stored = NULL;
  sqlite3_stmt *stmt;
  gint64 count;

  if (!load_criterion (ws, id, &stored, error))
    return FALSE;
  if (stored == NULL)
    return not_found (error, _("The criterion was already deleted elsewhere."));

  if (!query_int64 (ws, "SELECT count(*) FROM score WHERE criterion_id = ?", id, &count, error))
    return FALSE;
  if (count > 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” has %u score and cannot be deleted while it has any.",
                                "“%s” has %u scores and cannot be deleted while it has any.",
                                (gulong) count),
                   pj_criterion_get_name (stored), (guint) count);
      return FALSE;
    }

  stmt = pj_workspace_prepare (ws, "DELETE FROM criterion WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the criterion"), error))
    return FALSE;

  stmt = pj_workspace_prepare (ws,
                               "UPDATE criterion SET position = position - 1"
                               " WHERE edition_id = ? AND position > ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pj_criterion_get_edition_id (stored));
  sqlite3_bind_int (stmt, 2, pj_criterion_get_position (stored));
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the criterion"), error))
    return FALSE;

  return pj_workspace_audit (ws, "delete", "criterion", id, NULL,
                             pj_criterion_get_name (stored), NULL, error);
}

gboolean
pj_store_delete_criterion (PjWorkspace  *ws,
                           gint64        id,
                           GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = delete_criterion_txn (ws, id, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_workspace_emit_changed (ws, "criterion");
  return TRUE;
}

/* Units */

#define UNIT_SELECT "SELECT id, version, name, type, parent_id FROM unit"

static gpointer
unit_from_row (sqlite3_stmt *stmt)
{
  PjUnit *unit = pj_unit_new ();
  PjUnitType type = PJ_UNIT_FORVALTNING;

  pj_unit_set_name (unit, col_text (stmt, 2));
  pj_unit_type_from_string (col_text (stmt, 3), &type);
  pj_unit_set_unit_type (unit, type);
  pj_unit_set_parent_id (unit, sqlite3_column_int64 (stmt, 4));
  pj_unit_set_stored (unit, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
  return unit;
}

static const char *
unit_name_of (gpointer object)
{
  return pj_unit_get_name (object);
}

GListModel *
pj_store_list_units (PjWorkspace  *ws,
                     GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = pj_workspace_prepare (ws, UNIT_SELECT " ORDER BY id", error);
  if (stmt == NULL)
    return NULL;

  rows = pj_store_read_rows (ws, stmt, unit_from_row, error);
  if (rows == NULL)
    return NULL;

  return store_sorted_by_name (PJ_TYPE_UNIT, rows, unit_name_of, NULL);
}

static gboolean
load_unit (PjWorkspace  *ws,
           gint64        id,
           PjUnit      **out,
           GError      **error)
{
  return load_one (ws, UNIT_SELECT " WHERE id = ?", id, unit_from_row, (gpointer *) out, error);
}

PjUnit *
pj_store_get_unit (PjWorkspace  *ws,
                   gint64        id,
                   GError      **error)
{
  PjUnit *unit;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_unit (ws, id, &unit, error))
    return NULL;
  if (unit == NULL)
    not_found (error, _("The unit no longer exists."));

  return unit;
}

/* The name of unit @id for the audit log; NULL for none. */
static gboolean
unit_name (PjWorkspace  *ws,
           gint64        id,
           char        **name,
           GError      **error)
{
  *name = NULL;
  if (id == PJ_NO_ID)
    return TRUE;

  if (!query_text (ws, "SELECT name FROM unit WHERE id = ?", id, name, error))
    return FALSE;
  if (*name == NULL)
    return pj_store_invalid (error, _("The chosen unit no longer exists."));

  return TRUE;
}

static gboolean
insert_unit_txn (PjWorkspace  *ws,
                 PjUnit       *unit,
                 const char   *name,
                 gint64       *id,
                 GError      **error)
{
  g_autofree char *parent_name = NULL;
  gint64 parent_id = pj_unit_get_parent_id (unit);
  sqlite3_stmt *stmt;

  if (!check_name_free (ws, "unit", PJ_NO_ID, name, PJ_NO_ID, error)
      || !unit_name (ws, parent_id, &parent_name, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws, "INSERT INTO unit (name, type, parent_id) VALUES (?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;

  pj_stmt_bind_text (stmt, 1, name);
  pj_stmt_bind_text (stmt, 2, pj_unit_type_to_string (pj_unit_get_unit_type (unit)));
  if (parent_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 3, parent_id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the unit"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
  return pj_workspace_audit (ws, "create", "unit", *id, NULL, NULL, name, error);
}

gboolean
pj_store_create_unit (PjWorkspace  *ws,
                      PjUnit       *unit,
                      GError      **error)
{
  g_autofree char *name = NULL;
  gint64 id = PJ_NO_ID;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_unit_get_name (unit));
  if (!check_rule (pj_validate_name (name), error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = insert_unit_txn (ws, unit, name, &id, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_unit_set_name (unit, name);
  pj_unit_set_stored (unit, id, 1);
  pj_workspace_emit_changed (ws, "unit");
  return TRUE;
}

/* Would placing unit @id under @parent_id make a loop? */
static gboolean
check_no_cycle (PjWorkspace  *ws,
                gint64        id,
                gint64        parent_id,
                GError      **error)
{
  gint64 current = parent_id;
  gint64 count;

  if (!query_int64 (ws, "SELECT count(*) FROM unit WHERE id <> ?", id, &count, error))
    return FALSE;

  /* At most every other unit lies above this one. */
  for (gint64 steps = 0; current != PJ_NO_ID && steps <= count; steps++)
    {
      if (current == id)
        return pj_store_invalid (error, _("A unit cannot be placed under itself or under one "
                                          "of its own units."));
      if (!query_int64 (ws, "SELECT parent_id FROM unit WHERE id = ?", current, &current, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
update_unit_txn (PjWorkspace  *ws,
                 PjUnit       *unit,
                 const char   *name,
                 gboolean     *changed,
                 GError      **error)
{
  g_autoptr(PjUnit) stored = NULL;
  g_autoptr(GArray) changes = changes_new ();
  g_autofree char *old_parent = NULL;
  g_autofree char *new_parent = NULL;
  gint64 id = pj_unit_get_id (unit);
  gint64 parent_id = pj_unit_get_parent_id (unit);
  sqlite3_stmt *stmt;

  if (!load_unit (ws, id, &stored, error))
    return FALSE;
  if (!check_version (stored, stored ? pj_unit_get_version (stored) : 0,
                      pj_unit_get_version (unit),
                      stored ? pj_unit_get_name (stored) : name, error))
    return FALSE;
  if (!check_name_free (ws, "unit", PJ_NO_ID, name, id, error))
    return FALSE;

  if (parent_id != pj_unit_get_parent_id (stored))
    {
      if (!check_no_cycle (ws, id, parent_id, error)
          || !unit_name (ws, pj_unit_get_parent_id (stored), &old_parent, error)
          || !unit_name (ws, parent_id, &new_parent, error))
        return FALSE;
    }

  changes_add (changes, "name", pj_unit_get_name (stored), name);
  changes_add (changes, "type",
               pj_unit_type_to_string (pj_unit_get_unit_type (stored)),
               pj_unit_type_to_string (pj_unit_get_unit_type (unit)));
  changes_add (changes, "parent", old_parent, new_parent);
  *changed = changes->len > 0;
  if (!*changed)
    return TRUE;

  stmt = pj_workspace_prepare (ws,
                               "UPDATE unit SET name = ?, type = ?, parent_id = ?,"
                               " version = version + 1 WHERE id = ? AND version = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  pj_stmt_bind_text (stmt, 1, name);
  pj_stmt_bind_text (stmt, 2, pj_unit_type_to_string (pj_unit_get_unit_type (unit)));
  if (parent_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 3, parent_id);
  sqlite3_bind_int64 (stmt, 4, id);
  sqlite3_bind_int64 (stmt, 5, pj_unit_get_version (unit));
  if (!step_versioned_update (ws, stmt, pj_unit_get_name (stored),
                              _("Could not save the unit"), error))
    return FALSE;

  /* A new parent can make or end a conflict of interest anywhere. */
  if (parent_id != pj_unit_get_parent_id (stored)
      && !pj_store_refresh_automatic_conflicts (ws, PJ_NO_ID, error))
    return FALSE;

  return changes_audit (ws, changes, "unit", id, error);
}

gboolean
pj_store_update_unit (PjWorkspace  *ws,
                      PjUnit       *unit,
                      GError      **error)
{
  g_autofree char *name = NULL;
  gboolean changed = FALSE;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_UNIT (unit), FALSE);
  g_return_val_if_fail (pj_unit_get_id (unit) != PJ_NO_ID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_unit_get_name (unit));
  if (!check_rule (pj_validate_name (name), error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = update_unit_txn (ws, unit, name, &changed, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_unit_set_name (unit, name);
  if (changed)
    {
      pj_unit_set_stored (unit, pj_unit_get_id (unit), pj_unit_get_version (unit) + 1);
      pj_workspace_emit_changed (ws, "unit");
      pj_workspace_emit_changed (ws, "conflict");
    }
  return TRUE;
}

static gboolean
delete_unit_txn (PjWorkspace  *ws,
                 gint64        id,
                 GError      **error)
{
  g_autoptr(PjUnit) stored = NULL;
  sqlite3_stmt *stmt;
  gint64 count;

  if (!load_unit (ws, id, &stored, error))
    return FALSE;
  if (stored == NULL)
    return not_found (error, _("The unit was already deleted elsewhere."));

  if (!query_int64 (ws, "SELECT count(*) FROM nomination_unit WHERE unit_id = ?", id, &count,
                    error))
    return FALSE;
  if (count > 0)
    return in_use_error (error, pj_unit_get_name (stored), count);

  /* What the foreign keys would do anyway, but with new row versions, so
   * that a form still open on one of them cannot write the old unit back. */
  stmt = pj_workspace_prepare (ws,
                               "UPDATE unit SET parent_id = NULL, version = version + 1"
                               " WHERE parent_id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the unit"), error))
    return FALSE;

  stmt = pj_workspace_prepare (ws,
                               "UPDATE juror SET unit_id = NULL, version = version + 1"
                               " WHERE unit_id = ?",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the unit"), error))
    return FALSE;

  stmt = pj_workspace_prepare (ws, "DELETE FROM unit WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the unit"), error))
    return FALSE;

  /* Jurors of the unit lost it: their conflicts through it end. */
  if (!pj_store_refresh_automatic_conflicts (ws, PJ_NO_ID, error))
    return FALSE;

  return pj_workspace_audit (ws, "delete", "unit", id, NULL, pj_unit_get_name (stored), NULL,
                             error);
}

gboolean
pj_store_delete_unit (PjWorkspace  *ws,
                      gint64        id,
                      GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = delete_unit_txn (ws, id, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_workspace_emit_changed (ws, "unit");
  pj_workspace_emit_changed (ws, "conflict");
  return TRUE;
}

/* Jurors */

#define JUROR_SELECT "SELECT id, version, edition_id, name, email, unit_id, role FROM juror"

static gpointer
juror_from_row (sqlite3_stmt *stmt)
{
  PjJuror *juror = pj_juror_new ();
  PjJurorRole role = PJ_ROLE_MEMBER;

  pj_juror_set_edition_id (juror, sqlite3_column_int64 (stmt, 2));
  pj_juror_set_name (juror, col_text (stmt, 3));
  pj_juror_set_email (juror, col_text (stmt, 4));
  pj_juror_set_unit_id (juror, sqlite3_column_int64 (stmt, 5));
  pj_juror_role_from_string (col_text (stmt, 6), &role);
  pj_juror_set_role (juror, role);
  pj_juror_set_stored (juror, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
  return juror;
}

static gboolean
fill_juror (PjWorkspace  *ws,
            PjJuror      *juror,
            GError      **error)
{
  g_autoptr(GArray) ids = NULL;

  if (!query_ids (ws,
                  "SELECT category_id FROM juror_category WHERE juror_id = ? ORDER BY category_id",
                  pj_juror_get_id (juror), &ids, error))
    return FALSE;

  pj_juror_set_category_ids (juror, (const gint64 *) (gpointer) ids->data, ids->len);
  return TRUE;
}

static const char *
juror_name_of (gpointer object)
{
  return pj_juror_get_name (object);
}

static GPtrArray *
read_jurors (PjWorkspace  *ws,
             gint64        edition_id,
             GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  stmt = pj_workspace_prepare (ws, JUROR_SELECT " WHERE edition_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, edition_id);

  rows = pj_store_read_rows (ws, stmt, juror_from_row, error);
  if (rows == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    if (!fill_juror (ws, g_ptr_array_index (rows, i), error))
      return NULL;

  return g_steal_pointer (&rows);
}

GListModel *
pj_store_list_jurors (PjWorkspace  *ws,
                      gint64        edition_id,
                      GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rows = read_jurors (ws, edition_id, error);
  if (rows == NULL)
    return NULL;

  return store_sorted_by_name (PJ_TYPE_JUROR, rows, juror_name_of, NULL);
}

static gboolean
load_juror (PjWorkspace  *ws,
            gint64        id,
            PjJuror     **out,
            GError      **error)
{
  if (!load_one (ws, JUROR_SELECT " WHERE id = ?", id, juror_from_row, (gpointer *) out, error))
    return FALSE;
  if (*out != NULL && !fill_juror (ws, *out, error))
    {
      g_clear_object (out);
      return FALSE;
    }

  return TRUE;
}

PjJuror *
pj_store_get_juror (PjWorkspace  *ws,
                    gint64        id,
                    GError      **error)
{
  PjJuror *juror;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_juror (ws, id, &juror, error))
    return NULL;
  if (juror == NULL)
    not_found (error, _("The juror no longer exists."));

  return juror;
}

/* 32 bytes from the kernel's random source, never from a PRNG. */
static gboolean
make_ballot_key (guint8   key[BALLOT_KEY_SIZE],
                 GError **error)
{
  gsize filled = 0;

  while (filled < BALLOT_KEY_SIZE)
    {
      ssize_t n = getrandom (key + filled, BALLOT_KEY_SIZE - filled, 0);

      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          g_set_error (error, PJ_ERROR, PJ_ERROR_FAILED,
                       _("Could not create the juror’s ballot key: %s"),
                       g_strerror (saved_errno));
          return FALSE;
        }
      filled += (gsize) n;
    }

  return TRUE;
}

static gboolean
write_juror_categories (PjWorkspace   *ws,
                        gint64         juror_id,
                        const gint64  *ids,
                        guint          n_ids,
                        GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = pj_workspace_prepare (ws, "DELETE FROM juror_category WHERE juror_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, juror_id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the juror"), error))
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      stmt = pj_workspace_prepare (ws,
                                   "INSERT OR IGNORE INTO juror_category (juror_id, category_id)"
                                   " VALUES (?, ?)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, juror_id);
      sqlite3_bind_int64 (stmt, 2, ids[i]);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the juror"), error))
        return FALSE;
    }

  return TRUE;
}

#define JUROR_CATEGORY_NAMES \
  "SELECT c.name FROM juror_category jc JOIN category c ON c.id = jc.category_id" \
  " WHERE jc.juror_id = ? ORDER BY c.position, c.id"

static gboolean
validate_juror (PjJuror     *juror,
                const char  *name,
                const char  *email,
                GError     **error)
{
  return check_rule (pj_validate_name (name), error)
         && check_rule (pj_validate_email (email), error);
}

static char *
normalize_email (const char *email)
{
  return g_strstrip (g_strdup (email != NULL ? email : ""));
}

/* Inserts a juror of @edition_id with a new ballot key and the categories
 * @ids, without auditing. */
static gboolean
insert_juror (PjWorkspace   *ws,
              PjJuror       *juror,
              gint64         edition_id,
              const char    *name,
              const char    *email,
              const gint64  *ids,
              guint          n_ids,
              gint64        *id,
              GError       **error)
{
  g_autofree char *unit = NULL;
  guint8 key[BALLOT_KEY_SIZE];
  gint64 unit_id = pj_juror_get_unit_id (juror);
  sqlite3_stmt *stmt;

  if (!check_name_free (ws, "juror", edition_id, name, PJ_NO_ID, error)
      || !unit_name (ws, unit_id, &unit, error)
      || !check_categories (ws, edition_id, ids, n_ids, error)
      || !make_ballot_key (key, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws,
                               "INSERT INTO juror (edition_id, name, email, unit_id, role,"
                               " ballot_key) VALUES (?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, edition_id);
  pj_stmt_bind_text (stmt, 2, name);
  pj_stmt_bind_text (stmt, 3, email);
  if (unit_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 4, unit_id);
  pj_stmt_bind_text (stmt, 5, pj_juror_role_to_string (pj_juror_get_role (juror)));
  sqlite3_bind_blob (stmt, 6, key, BALLOT_KEY_SIZE, SQLITE_TRANSIENT);
  memset (key, 0, sizeof key);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the juror"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
  return write_juror_categories (ws, *id, ids, n_ids, error);
}

gboolean
pj_store_create_juror (PjWorkspace  *ws,
                       PjJuror      *juror,
                       GError      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  const gint64 *ids;
  guint n_ids;
  gint64 edition_id, id = PJ_NO_ID;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_JUROR (juror), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_juror_get_name (juror));
  email = normalize_email (pj_juror_get_email (juror));
  if (!validate_juror (juror, name, email, error))
    return FALSE;

  edition_id = pj_juror_get_edition_id (juror);
  ids = pj_juror_get_category_ids (juror, &n_ids);
  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = check_edition_exists (ws, edition_id, error)
       && insert_juror (ws, juror, edition_id, name, email, ids, n_ids, &id, error)
       && pj_store_refresh_automatic_conflicts (ws, edition_id, error)
       && pj_workspace_audit (ws, "create", "juror", id, NULL, NULL, name, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_juror_set_name (juror, name);
  pj_juror_set_email (juror, email);
  pj_juror_set_stored (juror, id, 1);
  pj_workspace_emit_changed (ws, "juror");
  pj_workspace_emit_changed (ws, "conflict");
  return TRUE;
}

static gboolean
update_juror_txn (PjWorkspace  *ws,
                  PjJuror      *juror,
                  const char   *name,
                  const char   *email,
                  gboolean     *changed,
                  GError      **error)
{
  g_autoptr(PjJuror) stored = NULL;
  g_autoptr(GArray) changes = changes_new ();
  g_autofree char *old_unit = NULL;
  g_autofree char *new_unit = NULL;
  g_autofree char *old_categories = NULL;
  g_autofree char *new_categories = NULL;
  gint64 id = pj_juror_get_id (juror);
  gint64 unit_id = pj_juror_get_unit_id (juror);
  const gint64 *old_ids, *ids;
  guint n_old_ids, n_ids;
  gboolean categories_changed;
  gint64 edition_id;
  sqlite3_stmt *stmt;

  if (!load_juror (ws, id, &stored, error))
    return FALSE;
  if (!check_version (stored, stored ? pj_juror_get_version (stored) : 0,
                      pj_juror_get_version (juror),
                      stored ? pj_juror_get_name (stored) : name, error))
    return FALSE;

  edition_id = pj_juror_get_edition_id (stored);
  ids = pj_juror_get_category_ids (juror, &n_ids);
  old_ids = pj_juror_get_category_ids (stored, &n_old_ids);
  if (!check_name_free (ws, "juror", edition_id, name, id, error)
      || !check_categories (ws, edition_id, ids, n_ids, error))
    return FALSE;

  if (unit_id != pj_juror_get_unit_id (stored)
      && (!unit_name (ws, pj_juror_get_unit_id (stored), &old_unit, error)
          || !unit_name (ws, unit_id, &new_unit, error)))
    return FALSE;

  changes_add (changes, "name", pj_juror_get_name (stored), name);
  changes_add (changes, "email", pj_juror_get_email (stored), email);
  changes_add (changes, "unit", old_unit, new_unit);
  changes_add (changes, "role",
               pj_juror_role_to_string (pj_juror_get_role (stored)),
               pj_juror_role_to_string (pj_juror_get_role (juror)));
  categories_changed = !same_ids (old_ids, n_old_ids, ids, n_ids);
  *changed = changes->len > 0 || categories_changed;
  if (!*changed)
    return TRUE;

  if (categories_changed
      && !query_names_joined (ws, JUROR_CATEGORY_NAMES, id, &old_categories, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws,
                               "UPDATE juror SET name = ?, email = ?, unit_id = ?, role = ?,"
                               " version = version + 1 WHERE id = ? AND version = ?",
                               error);
  if (stmt == NULL)
    return FALSE;

  pj_stmt_bind_text (stmt, 1, name);
  pj_stmt_bind_text (stmt, 2, email);
  if (unit_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 3, unit_id);
  pj_stmt_bind_text (stmt, 4, pj_juror_role_to_string (pj_juror_get_role (juror)));
  sqlite3_bind_int64 (stmt, 5, id);
  sqlite3_bind_int64 (stmt, 6, pj_juror_get_version (juror));
  if (!step_versioned_update (ws, stmt, pj_juror_get_name (stored),
                              _("Could not save the juror"), error))
    return FALSE;

  if (categories_changed)
    {
      if (!write_juror_categories (ws, id, ids, n_ids, error)
          || !query_names_joined (ws, JUROR_CATEGORY_NAMES, id, &new_categories, error))
        return FALSE;
      changes_add (changes, "categories", old_categories, new_categories);
    }

  /* A new unit or new categories can make or end a conflict of interest. */
  if ((unit_id != pj_juror_get_unit_id (stored) || categories_changed)
      && !pj_store_refresh_automatic_conflicts (ws, edition_id, error))
    return FALSE;

  return changes_audit (ws, changes, "juror", id, error);
}

gboolean
pj_store_update_juror (PjWorkspace  *ws,
                       PjJuror      *juror,
                       GError      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  gboolean changed = FALSE;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_JUROR (juror), FALSE);
  g_return_val_if_fail (pj_juror_get_id (juror) != PJ_NO_ID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = pj_normalize_name (pj_juror_get_name (juror));
  email = normalize_email (pj_juror_get_email (juror));
  if (!validate_juror (juror, name, email, error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = update_juror_txn (ws, juror, name, email, &changed, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_juror_set_name (juror, name);
  pj_juror_set_email (juror, email);
  if (changed)
    {
      pj_juror_set_stored (juror, pj_juror_get_id (juror), pj_juror_get_version (juror) + 1);
      pj_workspace_emit_changed (ws, "juror");
      pj_workspace_emit_changed (ws, "conflict");
    }
  return TRUE;
}

static gboolean
delete_juror_txn (PjWorkspace  *ws,
                  gint64        id,
                  GError      **error)
{
  g_autoptr(PjJuror) stored = NULL;
  sqlite3_stmt *stmt;
  gint64 count;

  if (!load_juror (ws, id, &stored, error))
    return FALSE;
  if (stored == NULL)
    return not_found (error, _("The juror was already deleted elsewhere."));

  /* Submitted scores are part of the record; drafts go with the juror. */
  if (!query_int64 (ws,
                    "SELECT count(*) FROM score_sheet WHERE juror_id = ? AND status = 'submitted'",
                    id, &count, error))
    return FALSE;
  if (count > 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” has submitted %u score sheet and cannot be deleted.",
                                "“%s” has submitted %u score sheets and cannot be deleted.",
                                (gulong) count),
                   pj_juror_get_name (stored), (guint) count);
      return FALSE;
    }

  stmt = pj_workspace_prepare (ws, "DELETE FROM juror WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the juror"), error))
    return FALSE;

  return pj_workspace_audit (ws, "delete", "juror", id, NULL, pj_juror_get_name (stored), NULL,
                             error);
}

gboolean
pj_store_delete_juror (PjWorkspace  *ws,
                       gint64        id,
                       GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = delete_juror_txn (ws, id, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_workspace_emit_changed (ws, "juror");
  return TRUE;
}

/* Names and years */

gboolean
pj_store_name_exists (PjWorkspace *ws,
                      const char  *kind,
                      gint64       scope_id,
                      const char  *name,
                      gint64       except_id)
{
  g_autoptr(GError) error = NULL;
  gboolean taken = FALSE;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  if (!name_taken (ws, kind, scope_id, name, except_id, &taken, &error))
    {
      g_warning ("Could not look up a name: %s", error->message);
      return FALSE;
    }

  return taken;
}

gboolean
pj_store_edition_year_exists (PjWorkspace *ws,
                              gint64       award_id,
                              int          year,
                              gint64       except_id)
{
  g_autoptr(GError) error = NULL;
  gboolean taken = FALSE;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);

  if (!year_taken (ws, award_id, year, except_id, &taken, &error))
    {
      g_warning ("Could not look up an edition year: %s", error->message);
      return FALSE;
    }

  return taken;
}

/* Copying an edition */

/* The same day @years later (29 February becomes 28 February). */
static char *
shift_date (const char *iso,
            int         years)
{
  GDate date;
  int year, month, day;

  if (iso == NULL || *iso == '\0' || pj_validate_iso_date (iso) != NULL)
    return NULL;

  year = (int) g_ascii_strtoll (iso, NULL, 10);
  month = (int) g_ascii_strtoll (iso + 5, NULL, 10);
  day = (int) g_ascii_strtoll (iso + 8, NULL, 10);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  if (years > 0)
    g_date_add_years (&date, (guint) years);
  else if (years < 0)
    g_date_subtract_years (&date, (guint) -years);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/* Maps category ids of the source edition to the copies; ids without a
 * copy are dropped. */
static GArray *
map_ids (const gint64 *ids,
         guint         n_ids,
         GArray       *from,
         GArray       *to)
{
  GArray *mapped = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n_ids; i++)
    for (guint j = 0; j < from->len; j++)
      if (g_array_index (from, gint64, j) == ids[i])
        {
          g_array_append_val (mapped, g_array_index (to, gint64, j));
          break;
        }

  return mapped;
}

static gboolean
copy_edition_txn (PjWorkspace  *ws,
                  gint64        source_id,
                  int           year,
                  gint64       *new_id,
                  GError      **error)
{
  g_autoptr(PjEdition) source = NULL;
  g_autoptr(PjEdition) copy = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(GPtrArray) jurors = NULL;
  g_autoptr(GArray) old_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) new_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *award_name = NULL;
  g_autofree char *source_title = NULL;
  g_autofree char *title = NULL;
  g_autofree char *nominations_close = NULL;
  g_autofree char *scoring_close = NULL;
  g_autofree char *decision_date = NULL;
  int shift;

  if (!load_edition (ws, source_id, &source, error))
    return FALSE;
  if (source == NULL)
    return not_found (error, _("The edition to copy was deleted elsewhere."));

  /* The settings carry over; the dates move with the year. */
  shift = year - pj_edition_get_year (source);
  nominations_close = shift_date (pj_edition_get_nominations_close (source), shift);
  scoring_close = shift_date (pj_edition_get_scoring_close (source), shift);
  decision_date = shift_date (pj_edition_get_decision_date (source), shift);

  copy = pj_edition_new ();
  pj_edition_set_award_id (copy, pj_edition_get_award_id (source));
  pj_edition_set_year (copy, year);
  pj_edition_set_phase (copy, PJ_PHASE_SETUP);
  pj_edition_set_nominations_close (copy, nominations_close);
  pj_edition_set_scoring_close (copy, scoring_close);
  pj_edition_set_decision_date (copy, decision_date);
  pj_edition_set_blind_policy (copy, pj_edition_get_blind_policy (source));
  pj_edition_set_aggregation (copy, pj_edition_get_aggregation (source));
  pj_edition_set_disagreement_threshold (copy, pj_edition_get_disagreement_threshold (source));
  pj_edition_set_min_jurors (copy, pj_edition_get_min_jurors (source));

  if (!insert_edition (ws, copy, pj_edition_get_award_id (source), &award_name, new_id, error))
    return FALSE;

  /* Everything of the source is read before anything is written. */
  categories = read_categories (ws, source_id, error);
  if (categories == NULL)
    return FALSE;
  criteria = read_criteria (ws, source_id, error);
  if (criteria == NULL)
    return FALSE;
  jurors = read_jurors (ws, source_id, error);
  if (jurors == NULL)
    return FALSE;

  for (guint i = 0; i < categories->len; i++)
    {
      PjCategory *category = g_ptr_array_index (categories, i);
      gint64 old_id = pj_category_get_id (category);
      gint64 id;
      int position;

      if (!insert_category (ws, category, *new_id, pj_category_get_name (category),
                            &id, &position, error))
        return FALSE;
      g_array_append_val (old_ids, old_id);
      g_array_append_val (new_ids, id);
    }

  for (guint i = 0; i < criteria->len; i++)
    {
      PjCriterion *criterion = g_ptr_array_index (criteria, i);
      g_autoptr(GArray) mapped = NULL;
      const gint64 *ids;
      guint n_ids;
      gint64 id;
      int position;

      ids = pj_criterion_get_category_ids (criterion, &n_ids);
      mapped = map_ids (ids, n_ids, old_ids, new_ids);
      if (!insert_criterion (ws, criterion, *new_id, pj_criterion_get_name (criterion),
                             (const gint64 *) (gpointer) mapped->data, mapped->len,
                             &id, &position, error))
        return FALSE;
    }

  for (guint i = 0; i < jurors->len; i++)
    {
      PjJuror *juror = g_ptr_array_index (jurors, i);
      g_autoptr(GArray) mapped = NULL;
      const gint64 *ids;
      guint n_ids;
      gint64 id;

      ids = pj_juror_get_category_ids (juror, &n_ids);
      mapped = map_ids (ids, n_ids, old_ids, new_ids);
      if (!insert_juror (ws, juror, *new_id, pj_juror_get_name (juror),
                         pj_juror_get_email (juror),
                         (const gint64 *) (gpointer) mapped->data, mapped->len, &id, error))
        return FALSE;
    }

  source_title = pj_edition_dup_title (source);
  title = g_strdup_printf ("%s %d", award_name, year);
  return pj_workspace_audit (ws, "copy", "edition", *new_id, NULL, source_title, title, error);
}

gint64
pj_store_copy_edition (PjWorkspace  *ws,
                       gint64        source_id,
                       int           year,
                       GError      **error)
{
  gint64 new_id = PJ_NO_ID;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), PJ_NO_ID);
  g_return_val_if_fail (error == NULL || *error == NULL, PJ_NO_ID);

  if (!check_rule (pj_validate_year (year), error))
    return PJ_NO_ID;

  if (!pj_workspace_begin (ws, error))
    return PJ_NO_ID;
  ok = copy_edition_txn (ws, source_id, year, &new_id, error);
  if (!pj_store_finish (ws, ok, error))
    return PJ_NO_ID;

  pj_workspace_emit_changed (ws, "edition");
  return new_id;
}

/* Counts */

guint
pj_store_count_nominations (PjWorkspace *ws,
                            gint64       edition_id)
{
  g_autoptr(GError) error = NULL;
  gint64 count;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), 0);

  if (edition_id == PJ_NO_ID)
    ok = query_int64 (ws, "SELECT count(*) FROM nomination WHERE ? = 0", edition_id, &count,
                      &error);
  else
    ok = query_int64 (ws, "SELECT count(*) FROM nomination WHERE edition_id = ?", edition_id,
                      &count, &error);
  if (!ok)
    {
      g_warning ("Could not count nominations: %s", error->message);
      return 0;
    }

  return (guint) count;
}
