/* test-ballot-gui.c: offline ballot files in the app — the juror's ballot
 * window and the organiser's import dialog
 *
 * On the example awards (Förnyelsepriset 2026 is in the scoring phase): a
 * juror's ballot is exported, opened the way a double-click opens it (the
 * application's "open"), scored through the Scoring view's actions, signed
 * through the window's action and imported through the import dialog's
 * action; the workspace then holds the offline scores. Importing again
 * changes nothing, a sheet changed in the workspace after the export is a
 * conflict that is never overwritten, and hostile files give an error
 * dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ballot-gui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gui-test-utils.h"
#include "pj-ballot-import-dialog.h"
#include "pj-ballot-window-private.h"
#include "pj-demo.h"
#include "pj-scoring-view-private.h"
#include "pj-store-scoring.h"
#include "pj-store.h"

static PjApplication *app;

typedef struct
{
  char        *dir;
  PjWorkspace *workspace;
  gint64       edition_id;
  gint64       juror_id;     /* the juror whose ballot it is */
  char        *juror_name;
  GFile       *ballot;
  GHashTable  *unfinished;   /* nomination ids not finished at export */
} Fixture;

/* Helpers {{{ */

static GList *
app_windows (void)
{
  return gtk_application_get_windows (GTK_APPLICATION (app));
}

static PjBallotWindow *
find_ballot_window (void)
{
  for (GList *l = app_windows (); l; l = l->next)
    if (PJ_IS_BALLOT_WINDOW (l->data))
      return l->data;
  return NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  for (GList *l = app_windows (); l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return l->data;
  return NULL;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *ballot_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) editions = NULL;
  g_autoptr(GListModel) jurors = NULL;
  g_autofree char *file_name = NULL;

  f->dir = gui_test_make_dir ();
  path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->workspace = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_application_apply_user (app, f->workspace);
  g_assert_true (pj_demo_load_examples (f->workspace, &error));
  g_assert_no_error (error);

  f->edition_id = PJ_NO_ID;
  editions = pj_store_list_editions (f->workspace, PJ_NO_ID, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);

      if (g_strcmp0 (pj_edition_get_award_name (e), "Förnyelsepriset") == 0
          && pj_edition_get_phase (e) == PJ_PHASE_SCORING)
        f->edition_id = pj_edition_get_id (e);
    }
  g_assert_cmpint (f->edition_id, !=, PJ_NO_ID);

  /* The juror with the fewest unfinished nominations, two at least. */
  f->juror_id = PJ_NO_ID;
  jurors = pj_store_list_jurors (f->workspace, f->edition_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (jurors); i++)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, i);
      g_autoptr(GHashTable) open = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);
      g_autoptr(GListModel) queue = pj_store_list_juror_queue (f->workspace,
                                                               pj_juror_get_id (juror), &error);

      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (queue); j++)
        {
          g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, j);

          if (!pj_queue_item_is_done (item))
            g_hash_table_add (open,
                              g_memdup2 (&(gint64) { pj_queue_item_get_nomination_id (item) },
                                         sizeof (gint64)));
        }
      if (g_hash_table_size (open) >= 2
          && (f->unfinished == NULL
              || g_hash_table_size (open) < g_hash_table_size (f->unfinished)))
        {
          g_clear_pointer (&f->unfinished, g_hash_table_unref);
          f->unfinished = g_steal_pointer (&open);
          f->juror_id = pj_juror_get_id (juror);
          g_free (f->juror_name);
          f->juror_name = g_strdup (pj_juror_get_name (juror));
        }
    }
  g_assert_cmpint (f->juror_id, !=, PJ_NO_ID);
  g_test_message ("Juror %s, %u to score", f->juror_name, g_hash_table_size (f->unfinished));
  file_name = pj_ballot_file_name_for_juror (f->juror_name, f->juror_id);

  ballot_path = g_build_filename (f->dir, file_name, NULL);
  f->ballot = g_file_new_for_path (ballot_path);
  g_assert_true (pj_ballot_export (f->workspace, f->edition_id, f->juror_id, f->ballot,
                                   &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GList) windows = g_list_copy (app_windows ());

  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));
  gui_test_drain ();
  g_clear_object (&f->ballot);
  g_clear_pointer (&f->unfinished, g_hash_table_unref);
  g_free (f->juror_name);
  g_assert_finalize_object (f->workspace);
  gui_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Opens the ballot the way the desktop does: the application's "open". */
static PjBallotWindow *
open_ballot (Fixture *f)
{
  PjBallotWindow *window;

  g_application_open (G_APPLICATION (app), &f->ballot, 1, "");
  window = find_ballot_window ();
  g_assert_nonnull (window);
  g_assert_null (find_message_dialog ());
  gui_test_wait_for_draw (GTK_WIDGET (window));
  return window;
}

/* TRUE when the window's "ballot.sign" asked to sign. */
static gboolean
sign_offered (PjBallotWindow *window)
{
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "ballot.sign", NULL);
  dialog = pj_ballot_window_get_open_dialog (window);
  if (dialog == NULL)
    return FALSE;
  gtk_window_destroy (GTK_WINDOW (dialog));
  return TRUE;
}

static PjScoringView *
view_of (PjBallotWindow *window)
{
  return PJ_SCORING_VIEW (pj_ballot_window_get_scoring_view (window));
}

static PjWorkspace *
session_ws (PjBallotWindow *window)
{
  return pj_ballot_session_get_workspace (pj_ballot_window_get_session (window));
}

static int
value_for (PjCriterion *c,
           gint64       nomination_id,
           int          offset)
{
  int min = pj_criterion_get_scale_min (c);
  int max = pj_criterion_get_scale_max (c);

  return min + (int) ((nomination_id + pj_criterion_get_id (c) + offset) % (max - min + 1));
}

/* Scores and submits every unfinished nomination of the ballot through the
 * Scoring view's actions, as the juror does. */
static void
score_all (Fixture        *f,
           PjBallotWindow *window,
           int             offset)
{
  PjScoringView *view = view_of (window);
  PjWorkspace *tmp = session_ws (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) criteria = pj_store_list_criteria (tmp, f->edition_id, &error);
  g_autoptr(GListModel) queue = pj_store_list_juror_queue (tmp, f->juror_id, &error);
  guint n_scored = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);
      gint64 nomination_id = pj_queue_item_get_nomination_id (item);
      g_autoptr(PjScoreSheet) sheet = NULL;

      if (pj_queue_item_is_done (item))
        continue;
      gtk_widget_activate_action (GTK_WIDGET (view), "scoring.select-nomination", "x",
                                  nomination_id);
      g_assert_cmpint (pj_scoring_view_get_nomination_id (view), ==, nomination_id);
      for (guint j = 0; j < g_list_model_get_n_items (criteria); j++)
        {
          g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, j);

          if (!pj_criterion_applies_to (c, pj_queue_item_get_category_id (item)))
            continue;
          gtk_widget_activate_action (GTK_WIDGET (view), "scoring.set-score", "(xi)",
                                      pj_criterion_get_id (c),
                                      value_for (c, nomination_id, offset));
        }
      gtk_widget_activate_action (GTK_WIDGET (view), "scoring.submit", NULL);
      gui_test_drain ();

      sheet = pj_store_get_sheet (tmp, f->juror_id, nomination_id, &error);
      g_assert_no_error (error);
      g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_SUBMITTED);
      n_scored++;
    }
  g_assert_cmpuint (n_scored, ==, g_hash_table_size (f->unfinished));
}

static void
sign (PjBallotWindow *window)
{
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "ballot.sign", NULL);
  dialog = pj_ballot_window_get_open_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "sign");
  gui_test_drain ();
  dialog = pj_ballot_window_get_open_dialog (window);
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (pj_ballot_session_is_signed (pj_ballot_window_get_session (window)));
}

/* The sheets of the unfinished nominations, as @ws holds them. */
static GPtrArray *
sheets_of (Fixture     *f,
           PjWorkspace *ws)
{
  GPtrArray *sheets = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gint64 *id;

  g_hash_table_iter_init (&iter, f->unfinished);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      g_autoptr(GError) error = NULL;
      PjScoreSheet *sheet = pj_store_get_sheet (ws, f->juror_id, *id, &error);

      g_assert_no_error (error);
      g_assert_nonnull (sheet);
      g_ptr_array_add (sheets, sheet);
    }
  return sheets;
}

static PjScoreSheet *
find_sheet (GPtrArray *sheets,
            gint64     nomination_id)
{
  for (guint i = 0; i < sheets->len; i++)
    if (pj_score_sheet_get_nomination_id (g_ptr_array_index (sheets, i)) == nomination_id)
      return g_ptr_array_index (sheets, i);
  g_assert_not_reached ();
  return NULL;
}

static void
assert_same_scores (Fixture      *f,
                    PjScoreSheet *a,
                    PjScoreSheet *b)
{
  g_autoptr(GListModel) criteria = pj_store_list_criteria (f->workspace, f->edition_id, NULL);

  g_assert_cmpint (pj_score_sheet_get_status (a), ==, pj_score_sheet_get_status (b));
  g_assert_cmpuint (pj_score_sheet_count_values (a), >, 0);
  g_assert_cmpuint (pj_score_sheet_count_values (a), ==, pj_score_sheet_count_values (b));
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, i);

      g_assert_cmpint (pj_score_sheet_get_value (a, pj_criterion_get_id (c)), ==,
                       pj_score_sheet_get_value (b, pj_criterion_get_id (c)));
    }
}

static PjBallotImportDialog *
import_dialog_new (Fixture *f)
{
  GtkWidget *dialog = pj_ballot_import_dialog_new (NULL, f->workspace, &f->ballot, 1);

  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (dialog));
  gui_test_wait_for_draw (dialog);
  return PJ_BALLOT_IMPORT_DIALOG (dialog);
}

static void
finished_cb (PjBallotImportDialog *dialog,
             const char           *summary,
             char                **out)
{
  g_free (*out);
  *out = g_strdup (summary);
}

/* Applies through the dialog's action; returns the summary it reported. */
static char *
import_apply (PjBallotImportDialog *dialog)
{
  char *summary = NULL;

  g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &summary);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  gui_test_drain ();
  g_assert_nonnull (summary);
  return summary;
}

/* }}} */

/* Tests {{{ */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  PjBallotWindow *window = open_ballot (f);
  PjScoringView *view = view_of (window);
  g_autoptr(GPtrArray) offline = NULL;
  g_autoptr(GPtrArray) imported = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected_save = NULL;
  g_autofree char *base = g_file_get_basename (f->ballot);
  PjBallotImportDialog *dialog;
  const char *title;

  /* The juror-only mode, named after the juror and the edition. */
  g_assert_true (pj_scoring_view_get_juror_only (view));
  g_assert_cmpint (pj_scoring_view_get_juror_id (view), ==, f->juror_id);
  title = pj_ballot_window_get_text (window, "title");
  g_assert_nonnull (strstr (title, f->juror_name));
  g_assert_nonnull (strstr (title, "Förnyelsepriset 2026"));
  g_assert_cmpstr (pj_ballot_window_get_text (window, "subtitle"), ==, base);
  g_assert_cmpstr (pj_ballot_window_get_text (window, "signed"), ==, "");
  /* Nothing to sign before every nomination is finished. */
  g_assert_false (sign_offered (window));

  score_all (f, window, 0);
  /* Every save went into the file. */
  expected_save = g_strdup_printf (_("Saved to %s"), base);
  g_assert_cmpstr (pj_ballot_window_get_text (window, "save"), ==, expected_save);
  offline = sheets_of (f, session_ws (window));

  sign (window);
  g_assert_cmpstr (pj_ballot_window_get_text (window, "signed"), !=, "");
  g_assert_false (sign_offered (window));
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_drain ();
  g_assert_null (find_ballot_window ());

  /* The signed ballot reopens read-only, with its note. */
  window = open_ballot (f);
  g_assert_cmpstr (pj_ballot_window_get_text (window, "signed"), !=, "");
  g_assert_false (sign_offered (window));
  shot = gui_test_save_screenshot (GTK_WIDGET (window), "ballot-window");
  g_test_message ("Screenshot: %s", shot);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_drain ();

  /* The organiser imports it: the workspace holds the offline scores. */
  dialog = import_dialog_new (f);
  g_assert_cmpuint (pj_ballot_import_dialog_get_n_rejected (dialog), ==, 0);
  g_assert_cmpuint (pj_ballot_import_dialog_get_n_plans (dialog), ==, 1);
  g_assert_cmpuint (pj_ballot_import_plan_count (pj_ballot_import_dialog_get_plan (dialog, 0),
                                                 PJ_BALLOT_SHEET_CONFLICT), ==, 0);
  g_assert_cmpuint (pj_ballot_import_plan_count (pj_ballot_import_dialog_get_plan (dialog, 0),
                                                 PJ_BALLOT_SHEET_NEW)
                    + pj_ballot_import_plan_count (pj_ballot_import_dialog_get_plan (dialog, 0),
                                                   PJ_BALLOT_SHEET_CHANGED),
                    ==, g_hash_table_size (f->unfinished));
  summary = import_apply (dialog);
  g_test_message ("Import: %s", summary);
  gui_test_drain ();

  imported = sheets_of (f, f->workspace);
  for (guint i = 0; i < offline->len; i++)
    {
      PjScoreSheet *a = g_ptr_array_index (offline, i);

      assert_same_scores (f, a, find_sheet (imported, pj_score_sheet_get_nomination_id (a)));
    }

  /* Importing again changes nothing. */
  dialog = import_dialog_new (f);
  g_assert_cmpuint (pj_ballot_import_dialog_get_n_plans (dialog), ==, 1);
  {
    PjBallotImportPlan *plan = pj_ballot_import_dialog_get_plan (dialog, 0);

    g_assert_cmpuint (pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_NEW), ==, 0);
    g_assert_cmpuint (pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CHANGED), ==, 0);
    g_assert_cmpuint (pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CONFLICT), ==, 0);
    g_assert_cmpuint (pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_UNCHANGED), ==,
                      pj_ballot_import_plan_get_n_sheets (plan));
  }
  g_clear_pointer (&summary, g_free);
  summary = import_apply (dialog);
  g_clear_pointer (&imported, g_ptr_array_unref);
  imported = sheets_of (f, f->workspace);
  for (guint i = 0; i < offline->len; i++)
    {
      PjScoreSheet *a = g_ptr_array_index (offline, i);

      assert_same_scores (f, a, find_sheet (imported, pj_score_sheet_get_nomination_id (a)));
    }
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  PjBallotWindow *window = open_ballot (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) changed = NULL;
  g_autoptr(PjScoreSheet) after = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GPtrArray) offline = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *shot = NULL;
  PjBallotImportDialog *dialog;
  PjBallotImportPlan *plan;
  GHashTableIter iter;
  gint64 *first;
  gint64 criterion_id;
  int organiser_value;

  score_all (f, window, 1);
  offline = sheets_of (f, session_ws (window));
  sign (window);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_drain ();

  /* Meanwhile the same sheet is changed in the workspace. */
  g_hash_table_iter_init (&iter, f->unfinished);
  g_assert_true (g_hash_table_iter_next (&iter, (gpointer *) &first, NULL));
  changed = pj_store_get_sheet (f->workspace, f->juror_id, *first, &error);
  g_assert_no_error (error);
  if (changed == NULL)
    changed = pj_score_sheet_new (f->juror_id, *first);
  criteria = pj_store_list_criteria (f->workspace, f->edition_id, &error);
  g_assert_no_error (error);
  {
    g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, 0);
    int offline_value = pj_score_sheet_get_value (find_sheet (offline, *first),
                                                  pj_criterion_get_id (c));

    criterion_id = pj_criterion_get_id (c);
    organiser_value = offline_value == pj_criterion_get_scale_min (c)
                      ? pj_criterion_get_scale_max (c) : pj_criterion_get_scale_min (c);
  }
  pj_score_sheet_set_value (changed, criterion_id, organiser_value);
  g_assert_true (pj_store_save_sheet_draft (f->workspace, changed, &error));
  g_assert_no_error (error);

  /* Shown as a conflict; without skipping, the ballot is not imported. */
  dialog = import_dialog_new (f);
  g_assert_cmpuint (pj_ballot_import_dialog_get_n_plans (dialog), ==, 1);
  plan = pj_ballot_import_dialog_get_plan (dialog, 0);
  g_assert_cmpuint (pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CONFLICT), ==, 1);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 720, 900);
  gui_test_wait_for_draw (GTK_WIDGET (dialog));
  shot = gui_test_save_screenshot (GTK_WIDGET (dialog), "ballot-import");
  g_test_message ("Screenshot: %s", shot);
  summary = import_apply (dialog);
  g_test_message ("Import without skipping: %s", summary);
  after = pj_store_get_sheet (f->workspace, f->juror_id, *first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_value (after, criterion_id), ==, organiser_value);
  g_assert_cmpint (pj_score_sheet_get_status (after), ==, PJ_SHEET_DRAFT);

  /* Skipping conflicts: the rest comes in, the conflicting sheet stays. */
  dialog = import_dialog_new (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.skip-conflicts",
                                             NULL));
  g_clear_pointer (&summary, g_free);
  summary = import_apply (dialog);
  g_test_message ("Import skipping conflicts: %s", summary);
  g_clear_object (&after);
  after = pj_store_get_sheet (f->workspace, f->juror_id, *first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_value (after, criterion_id), ==, organiser_value);
  g_assert_cmpint (pj_score_sheet_get_status (after), ==, PJ_SHEET_DRAFT);
  g_hash_table_iter_init (&iter, f->unfinished);
  while (g_hash_table_iter_next (&iter, (gpointer *) &first, NULL))
    {
      g_autoptr(PjScoreSheet) sheet = NULL;

      if (pj_score_sheet_get_nomination_id (changed) == *first)
        continue;
      sheet = pj_store_get_sheet (f->workspace, f->juror_id, *first, &error);
      g_assert_no_error (error);
      assert_same_scores (f, find_sheet (offline, *first), sheet);
    }
}

static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "ballot",
                                                     NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n = 0;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      AdwMessageDialog *dialog;

      if (!g_str_has_suffix (name, PJ_BALLOT_SUFFIX))
        continue;
      g_application_open (G_APPLICATION (app), &file, 1, "");
      gui_test_drain ();
      g_assert_null (find_ballot_window ());
      dialog = find_message_dialog ();
      g_assert_nonnull (dialog);
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Could Not Open Ballot"));
      /* The core's message names the file. */
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), name));
      gtk_window_destroy (GTK_WINDOW (dialog));
      gui_test_drain ();
      n++;
    }
  g_assert_cmpuint (n, >=, 10);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  app = gui_test_init (&argc, &argv);

  g_test_add ("/ballot-gui/round-trip", Fixture, NULL, fixture_setup, test_round_trip,
              fixture_teardown);
  g_test_add ("/ballot-gui/conflict", Fixture, NULL, fixture_setup, test_conflict,
              fixture_teardown);
  g_test_add ("/ballot-gui/hostile", Fixture, NULL, fixture_setup, test_hostile,
              fixture_teardown);

  return g_test_run ();
}
