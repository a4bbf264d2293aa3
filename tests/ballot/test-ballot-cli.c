/* test-ballot-cli.c: prisjury-cli export-ballots and import-ballot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CLI runs as a separate process (its path is the first argument). A
 * juror's offline work is done through the core's session API, as the
 * app's juror-only mode does it.
 */
#define G_LOG_DOMAIN "test-ballot-cli"

#include "config.h"

#include <locale.h>
#include <sys/stat.h>

#include "ballot-test-util.h"
#include "pj-test-util.h"

static const char *cli_path;
static const char *cli_locale = "C.UTF-8";

/* Runs prisjury-cli with @args (NULL-terminated) on the fixture's
 * workspace; the exit status in r->status. */
static void
run_cli (Fixture    *f,
         PjTestRun  *r,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *lc_all = g_strconcat ("LC_ALL=", cli_locale, NULL);
  g_autofree char *lang = g_strconcat ("LANG=", cli_locale, NULL);
  const char *env[] = { lc_all, lang, NULL };
  va_list args;

  g_ptr_array_add (argv, (char *) cli_path);
  g_ptr_array_add (argv, (char *) "--workspace");
  g_ptr_array_add (argv, f->path);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  pj_test_run (r, (const char * const *) argv->pdata, env);
  g_assert_true (r->exited);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", r->status, r->out, r->err);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  fixture_set_up (f);
  /* The CLI opens the file on its own. */
  g_clear_object (&f->ws);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  fixture_tear_down (f);
}

static char *
edition_arg (Fixture *f)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, f->edition_id);
}

/* Scores the first nomination of the ballot offline and submits. */
static void
score_and_submit (Fixture    *f,
                  const char *path,
                  gint64      juror_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PjBallotSession) session = pj_ballot_session_open (file, &error);
  g_autoptr(GListModel) items = NULL;
  PjWorkspace *tmp;

  g_assert_no_error (error);
  tmp = pj_ballot_session_get_workspace (session);
  items = pj_store_list_juror_queue (tmp, juror_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (items, i);

      if (pj_queue_item_is_done (item))
        continue;
      score_in_session (tmp, f->edition_id, juror_id, pj_queue_item_get_nomination_id (item),
                        pj_queue_item_get_category_id (item), 3, FALSE);
      break;
    }
  pj_ballot_session_submit (session, &error);
  g_assert_no_error (error);
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_auto(PjTestRun) r = { 0, };
  g_autofree char *edition = edition_arg (f);

  run_cli (f, &r, "export-ballots", "--dir", f->dir, NULL);
  g_assert_cmpint (r.status, ==, 2);
  pj_test_run_clear (&r);
  run_cli (f, &r, "export-ballots", "--edition", edition, NULL);
  g_assert_cmpint (r.status, ==, 2);
  pj_test_run_clear (&r);
  run_cli (f, &r, "import-ballot", NULL);
  g_assert_cmpint (r.status, ==, 2);
  pj_test_run_clear (&r);
  run_cli (f, &r, "import-ballot", "--no-such-option", "x", NULL);
  g_assert_cmpint (r.status, ==, 2);
  pj_test_run_clear (&r);
  run_cli (f, &r, "export-ballots", "--edition", "999", "--dir", f->dir, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "999"));
  pj_test_run_clear (&r);
  run_cli (f, &r, "export-ballots", "--edition", edition, "--juror", "999999",
           "--dir", f->dir, NULL);
  g_assert_cmpint (r.status, ==, 1);
  pj_test_run_clear (&r);
  run_cli (f, &r, "--help", NULL);
  g_assert_nonnull (strstr (r.out, "export-ballots"));
  g_assert_nonnull (strstr (r.out, "import-ballot"));
}

static void
test_export_import (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(PjTestRun) r = { 0, };
  g_autofree char *edition = edition_arg (f);
  g_autofree char *dir = g_build_filename (f->dir, "ballots", NULL);
  g_autofree char *one_dir = g_build_filename (f->dir, "one", NULL);
  g_autofree char *juror = g_strdup_printf ("%" G_GINT64_FORMAT, f->juror_id);
  g_autofree char *ballot = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "missing.prisjury-ballot", NULL);
  g_autofree char *unsigned_copy = g_build_filename (f->dir, "unsigned.prisjury-ballot", NULL);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GDir) d = NULL;
  guint n_files = 0;
  struct stat st;

  /* Every juror into a folder. */
  run_cli (f, &r, "export-ballots", "--edition", edition, "--dir", dir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Exported"));
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  for (const char *n = g_dir_read_name (d); n != NULL; n = g_dir_read_name (d))
    {
      g_autofree char *p = g_build_filename (dir, n, NULL);

      g_assert_true (g_str_has_suffix (n, PJ_BALLOT_SUFFIX));
      g_assert_cmpint (g_stat (p, &st), ==, 0);
      g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
      n_files++;
    }
  g_assert_cmpuint (n_files, >, 1);
  pj_test_run_clear (&r);

  /* One juror. */
  run_cli (f, &r, "export-ballots", "--edition", edition, "--dir", one_dir, "--juror", juror,
           NULL);
  g_assert_cmpint (r.status, ==, 0);
  {
    g_autoptr(GDir) od = g_dir_open (one_dir, 0, NULL);

    name = g_strdup (g_dir_read_name (od));
    g_assert_nonnull (name);
    g_assert_null (g_dir_read_name (od));
  }
  ballot = g_build_filename (one_dir, name, NULL);
  pj_test_run_clear (&r);

  /* Unsigned: rejected, naming the file. */
  g_file_get_contents (ballot, &text, NULL, NULL);
  g_file_set_contents (unsigned_copy, text, -1, NULL);
  run_cli (f, &r, "import-ballot", unsigned_copy, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "unsigned.prisjury-ballot"));
  g_assert_nonnull (strstr (r.err, "rejected"));
  pj_test_run_clear (&r);

  score_and_submit (f, ballot, f->juror_id);

  /* Dry run: nothing written. */
  run_cli (f, &r, "import-ballot", "--dry-run", ballot, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "would import"));
  pj_test_run_clear (&r);

  run_cli (f, &r, "import-ballot", ballot, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, name));
  g_assert_nonnull (strstr (r.out, "imported: "));
  g_assert_null (strstr (r.out, "imported: 0 new, 0 changed"));
  pj_test_run_clear (&r);

  /* Again: nothing new. */
  run_cli (f, &r, "import-ballot", ballot, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "imported: 0 new, 0 changed"));
  pj_test_run_clear (&r);

  /* One good and one missing: a line each, exit 1. */
  run_cli (f, &r, "import-ballot", ballot, missing, unsigned_copy, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.out, name));
  g_assert_nonnull (strstr (r.err, "missing.prisjury-ballot"));
  g_assert_nonnull (strstr (r.err, "unsigned.prisjury-ballot"));
}

/* A sheet changed in the workspace after export: exit 1, side by side. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_auto(PjTestRun) r = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *edition = edition_arg (f);
  g_autofree char *dir = g_build_filename (f->dir, "c", NULL);
  g_autofree char *juror = g_strdup_printf ("%" G_GINT64_FORMAT, f->juror_id);
  g_autofree char *ballot = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  run_cli (f, &r, "export-ballots", "--edition", edition, "--dir", dir, "--juror", juror,
           NULL);
  g_assert_cmpint (r.status, ==, 0);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);

    ballot = g_build_filename (dir, g_dir_read_name (d), NULL);
  }
  score_and_submit (f, ballot, f->juror_id);

  /* The organiser changes the same sheet meanwhile. */
  {
    g_autoptr(PjWorkspace) ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
    g_autoptr(GListModel) items = NULL;

    g_assert_no_error (error);
    items = pj_store_list_juror_queue (ws, f->juror_id, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(PjQueueItem) item = g_list_model_get_item (items, i);

        if (pj_queue_item_is_done (item))
          continue;
        score_in_session (ws, f->edition_id, f->juror_id,
                          pj_queue_item_get_nomination_id (item),
                          pj_queue_item_get_category_id (item), 1, FALSE);
        break;
      }
  }

  before = dump_workspace (f->path);
  pj_test_run_clear (&r);
  run_cli (f, &r, "import-ballot", ballot, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "rejected"));
  g_assert_nonnull (strstr (r.out, "Conflict"));
  g_assert_nonnull (strstr (r.out, "Workspace"));
  g_assert_nonnull (strstr (r.out, "Ballot"));
  after = dump_workspace (f->path);
  g_assert_cmpstr (before, ==, after);
}

/* Decimals in a ballot are "4.5" under a Swedish locale too. */
static void
test_swedish_locale (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(PjTestRun) r = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *edition = edition_arg (f);
  g_autofree char *dir = g_build_filename (f->dir, "sv", NULL);
  g_autofree char *juror = g_strdup_printf ("%" G_GINT64_FORMAT, f->juror_id);
  g_autofree char *text = NULL;

  {
    g_autoptr(PjWorkspace) ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
    g_autoptr(GListModel) criteria = NULL;
    g_autoptr(PjCriterion) first = NULL;

    g_assert_no_error (error);
    criteria = pj_store_list_criteria (ws, f->edition_id, &error);
    g_assert_no_error (error);
    first = g_list_model_get_item (criteria, 0);
    pj_criterion_set_weight (first, 4.5);
    pj_store_update_criterion (ws, first, &error);
    g_assert_no_error (error);
  }

  cli_locale = "sv_SE.UTF-8";
  run_cli (f, &r, "export-ballots", "--edition", edition, "--dir", dir, "--juror", juror,
           NULL);
  cli_locale = "C.UTF-8";
  g_assert_cmpint (r.status, ==, 0);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    g_autofree char *path = g_build_filename (dir, g_dir_read_name (d), NULL);

    g_file_get_contents (path, &text, NULL, &error);
    g_assert_no_error (error);
  }
  g_assert_nonnull (strstr (text, "weight=\"4.5\""));
  g_assert_null (strstr (text, "4,5"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    {
      g_printerr ("usage: %s PATH-TO-PRISJURY-CLI\n", argv[0]);
      return 2;
    }
  cli_path = argv[1];

  g_test_add ("/ballot-cli/usage", Fixture, NULL, set_up, test_usage, tear_down);
  g_test_add ("/ballot-cli/export-import", Fixture, NULL, set_up, test_export_import,
              tear_down);
  g_test_add ("/ballot-cli/conflict", Fixture, NULL, set_up, test_conflict, tear_down);
  g_test_add ("/ballot-cli/swedish-locale", Fixture, NULL, set_up, test_swedish_locale,
              tear_down);

  return g_test_run ();
}
