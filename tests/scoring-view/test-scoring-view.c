/* test-scoring-view.c: the Scoring view, driven through its actions and keys
 *
 * The view sits in a plain window with a toast overlay, on the example
 * awards (Förnyelsepriset 2026 is in the scoring phase with assignments,
 * conflicts and sheets). Each test does what a juror or an organiser does
 * and reads the store back. Run in English and in Swedish.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-scoring-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gui-test-utils.h"
#include "pj-demo.h"
#include "pj-scoring-format.h"
#include "pj-scoring-view-private.h"
#include "pj-store-assignment.h"
#include "pj-store-scoring.h"
#include "pj-store.h"

static PjApplication *app;

typedef struct
{
  char          *dir;
  PjWorkspace   *workspace;
  GtkWindow     *window;
  PjScoringView *view;
  PjEdition     *edition;     /* Förnyelsepriset 2026 */
  GListModel    *criteria;
} Fixture;

/* Helpers {{{ */

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits (at most 5 s) for the view's draft to be saved. */
static void
wait_for_saved (Fixture *f)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add (5000, timeout_cb, &timed_out);

  while (pj_scoring_view_get_save_state (f->view) != PJ_SCORING_SAVE_SAVED && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (source);
  g_assert_cmpint (pj_scoring_view_get_save_state (f->view), ==, PJ_SCORING_SAVE_SAVED);
}

static gint64
juror_id_by_name (Fixture    *f,
                  const char *name)
{
  g_autoptr(GListModel) jurors = pj_store_list_jurors (f->workspace,
                                                       pj_edition_get_id (f->edition), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (jurors); i++)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, i);

      if (g_strcmp0 (pj_juror_get_name (juror), name) == 0)
        return pj_juror_get_id (juror);
    }
  g_assert_not_reached ();
  return PJ_NO_ID;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;

  f->dir = gui_test_make_dir ();
  path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->workspace = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_application_apply_user (app, f->workspace);
  g_assert_true (pj_demo_load_examples (f->workspace, &error));
  g_assert_no_error (error);
  f->edition = pj_test_find_edition (f->workspace, "Förnyelsepriset", 0);
  g_assert_nonnull (f->edition);
  g_assert_cmpint (pj_edition_get_phase (f->edition), ==, PJ_PHASE_SCORING);
  f->criteria = pj_store_list_criteria (f->workspace, pj_edition_get_id (f->edition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (f->criteria), >=, 3);

  f->window = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  gtk_window_set_application (f->window, GTK_APPLICATION (app));
  /* Wide enough for the three panes, unless the test asks for a phone. */
  gtk_window_set_default_size (f->window, data != NULL ? GPOINTER_TO_INT (data) : 1360, 860);
  overlay = adw_toast_overlay_new ();
  f->view = PJ_SCORING_VIEW (pj_scoring_view_new (f->workspace));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->view));
  gtk_window_set_child (f->window, overlay);
  gtk_window_present (f->window);
  pj_scoring_view_set_edition (f->view, f->edition);
  pj_scoring_view_set_juror_id (f->view, juror_id_by_name (f, "Karin Lindqvist"));
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  AdwMessageDialog *dialog = pj_scoring_view_get_last_dialog (f->view);

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (f->window);
  gui_test_drain ();
  g_assert_finalize_object (f->window);
  g_clear_object (&f->criteria);
  g_clear_object (&f->edition);
  g_assert_finalize_object (f->workspace);
  gui_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
juror (Fixture *f)
{
  return pj_scoring_view_get_juror_id (f->view);
}

static PjCriterion *
criterion_at (Fixture *f,
              guint    i)
{
  PjCriterion *c = g_list_model_get_item (f->criteria, i);

  g_object_unref (c);   /* the list keeps it */
  return c;
}

static gint64
criterion_id (Fixture *f,
              guint    i)
{
  return pj_criterion_get_id (criterion_at (f, i));
}

static PjScoreSheet *
stored_sheet (Fixture *f,
              gint64   nomination_id)
{
  g_autoptr(GError) error = NULL;
  PjScoreSheet *sheet = pj_store_get_sheet (f->workspace, juror (f), nomination_id, &error);

  g_assert_no_error (error);
  return sheet;
}

/* The first nomination of the juror's queue the juror has not started. */
static gint64
find_unstarted (Fixture *f,
                guint    skip)
{
  GListModel *queue = pj_scoring_view_get_queue (f->view);

  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);

      if (pj_queue_item_get_sheet_id (item) == PJ_NO_ID && skip-- == 0)
        return pj_queue_item_get_nomination_id (item);
    }
  g_assert_not_reached ();
  return PJ_NO_ID;
}

/* The skip-th nomination of the juror's queue that is not submitted or
 * abstained. */
static gint64
find_unfinished (Fixture *f,
                 guint    skip)
{
  GListModel *queue = pj_scoring_view_get_queue (f->view);

  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);

      if (!pj_queue_item_is_done (item) && skip-- == 0)
        return pj_queue_item_get_nomination_id (item);
    }
  g_assert_not_reached ();
  return PJ_NO_ID;
}

static void
select_nomination (Fixture *f,
                   gint64   id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.select-nomination",
                                             "x", id));
  g_assert_cmpint (pj_scoring_view_get_nomination_id (f->view), ==, id);
}

static void
set_score (Fixture *f,
           guint    criterion,
           int      value)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.set-score", "(xi)",
                                             criterion_id (f, criterion), value));
}

/* Clears every score of the sheet shown, as a juror starting over would. */
static void
clear_all (Fixture *f)
{
  for (guint i = 0; i < g_list_model_get_n_items (f->criteria); i++)
    set_score (f, i, -1);
  g_assert_cmpuint (pj_score_sheet_count_values (pj_scoring_view_get_sheet (f->view)), ==, 0);
}

static gboolean
press_key (Fixture        *f,
           guint           keyval,
           GdkModifierType state)
{
  GtkEventController *controller = pj_scoring_view_get_key_controller (f->view);
  gboolean handled = FALSE;

  g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
  return handled;
}

static PjQueueItem *
queue_item (Fixture *f,
            gint64   nomination_id)
{
  GListModel *queue = pj_scoring_view_get_queue (f->view);

  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);

      if (pj_queue_item_get_nomination_id (item) == nomination_id)
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* Answers a dialog as its button does: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  gui_test_drain ();
}

static void
set_blind_policy (Fixture       *f,
                  PjBlindPolicy  policy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjEdition) edition = pj_store_get_edition (f->workspace,
                                                       pj_edition_get_id (f->edition), &error);

  g_assert_no_error (error);
  pj_edition_set_blind_policy (edition, policy);
  g_assert_true (pj_store_update_edition (f->workspace, edition, &error));
  g_assert_no_error (error);
}

/* }}} */

/* Tests {{{ */

static void
test_format (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *one = NULL;
  g_autofree char *three = NULL;

  g_assert_cmpint (pj_scoring_digit_value (-1, 4, 1, 5), ==, 4);
  g_assert_cmpint (pj_scoring_digit_value (-1, 7, 1, 5), ==, PJ_SCORE_UNSET);
  g_assert_cmpint (pj_scoring_digit_value (-1, 0, 1, 5), ==, PJ_SCORE_UNSET);
  g_assert_cmpint (pj_scoring_digit_value (1, 0, 0, 10), ==, 10);
  g_assert_cmpint (pj_scoring_digit_value (3, 4, 1, 5), ==, 4);
  g_assert_cmpint (pj_scoring_digit_value (1, 2, 0, 20), ==, 12);

  g_assert_null (pj_scoring_format_missing (names));
  g_ptr_array_add (names, "Nyhetsgrad");
  one = pj_scoring_format_missing (names);
  g_assert_nonnull (strstr (one, "Nyhetsgrad"));
  g_ptr_array_add (names, "Språng");
  g_ptr_array_add (names, "Samverkan");
  three = pj_scoring_format_missing (names);
  g_assert_nonnull (strstr (three, "Nyhetsgrad"));
  g_assert_nonnull (strstr (three, "Språng"));
  g_assert_nonnull (strstr (three, "Samverkan"));

  g_assert_null (pj_scoring_format_time ("not a time"));
  g_assert_nonnull (pj_scoring_format_time ("2026-04-12T12:03:00Z"));
}

static void
test_queue (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  GListModel *queue = pj_scoring_view_get_queue (f->view);
  guint submitted, total;

  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "juror"), ==, "Karin Lindqvist");
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "empty-title"), ==, "");

  stored = pj_store_list_juror_queue (f->workspace, juror (f), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (queue), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, g_list_model_get_n_items (stored));
  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(PjQueueItem) a = g_list_model_get_item (queue, i);
      g_autoptr(PjQueueItem) b = g_list_model_get_item (stored, i);

      g_assert_cmpint (pj_queue_item_get_nomination_id (a), ==,
                       pj_queue_item_get_nomination_id (b));
      /* A conflicted nomination is never in the queue. */
      g_assert_false (pj_store_is_conflicted (f->workspace, juror (f),
                                              pj_queue_item_get_nomination_id (a)));
    }

  g_assert_true (pj_store_juror_progress (f->workspace, juror (f), &submitted, &total));
  g_assert_cmpuint (total, ==, g_list_model_get_n_items (queue));
  g_assert_cmpuint (submitted, <, total);
  expected = pj_scoring_format_progress (submitted, total);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "progress"), ==, expected);
  if (g_str_equal (gui_test_language (), "en"))
    {
      g_autofree char *words = g_strdup_printf ("%u of %u submitted", submitted, total);

      g_assert_cmpstr (pj_scoring_view_get_text (f->view, "progress"), ==, words);
    }

  /* On a wide window the first unfinished nomination is open. */
  g_assert_cmpint (pj_scoring_view_get_nomination_id (f->view), !=, PJ_NO_ID);
  g_assert_false (pj_queue_item_is_done (queue_item (f,
                    pj_scoring_view_get_nomination_id (f->view))));

  /* Another juror, another queue. */
  pj_scoring_view_set_juror_id (f->view, juror_id_by_name (f, "Johan Ekström"));
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "juror"), ==, "Johan Ekström");
  g_clear_object (&stored);
  stored = pj_store_list_juror_queue (f->workspace, juror (f), &error);
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, g_list_model_get_n_items (stored));
}

static void
test_actions_autosave (Fixture       *f,
                       gconstpointer  data)
{
  gint64 id = find_unstarted (f, 0);
  gint64 other = find_unfinished (f, 0) != id ? find_unfinished (f, 0)
                                               : find_unfinished (f, 1);
  int before;
  g_autoptr(PjScoreSheet) sheet = NULL;
  g_autofree char *chosen = NULL;
  GtkWidget *entry;
  g_autofree char *key = NULL;

  select_nomination (f, id);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "total"), ==,
                   _("No score yet"));

  set_score (f, 0, 4);
  g_assert_cmpint (pj_scoring_view_get_save_state (f->view), ==, PJ_SCORING_SAVE_PENDING);
  /* The running total counts what is scored: 4 on 1–5 is 75 points. */
  chosen = pj_scoring_format_points (75.0);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "total"), ==, chosen);
  key = g_strdup_printf ("chosen-%" G_GINT64_FORMAT, criterion_id (f, 0));
  g_assert_nonnull (strstr (pj_scoring_view_get_text (f->view, key),
                            pj_criterion_get_label (criterion_at (f, 0), 4)));

  entry = pj_scoring_view_get_comment_entry (f->view, criterion_id (f, 0));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Nytt för hela staden");
  gtk_text_buffer_set_text (pj_scoring_view_get_overall_buffer (f->view),
                            "Ett genomtänkt bidrag.", -1);

  /* Nothing is written before the pause… */
  sheet = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_id (sheet), ==, PJ_NO_ID);
  g_clear_object (&sheet);

  /* …and everything after it. */
  wait_for_saved (f);
  sheet = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_id (sheet), !=, PJ_NO_ID);
  g_assert_cmpint (pj_score_sheet_get_value (sheet, criterion_id (f, 0)), ==, 4);
  g_assert_cmpstr (pj_score_sheet_get_comment (sheet, criterion_id (f, 0)), ==,
                   "Nytt för hela staden");
  g_assert_cmpstr (pj_score_sheet_get_overall_comment (sheet), ==, "Ett genomtänkt bidrag.");
  g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_DRAFT);
  g_clear_object (&sheet);

  /* The queue shows the draft with its total. */
  {
    g_autoptr(PjQueueItem) item = queue_item (f, id);

    g_assert_cmpint (pj_queue_item_get_sheet_id (item), !=, PJ_NO_ID);
    g_assert_cmpfloat_with_epsilon (pj_queue_item_get_total (item), 75.0, 0.01);
  }

  /* Switching nomination saves at once, without waiting. */
  set_score (f, 1, 2);
  select_nomination (f, other);
  sheet = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_value (sheet, criterion_id (f, 1)), ==, 2);
  g_clear_object (&sheet);

  /* A value outside the scale is refused and changes nothing. */
  before = pj_score_sheet_get_value (pj_scoring_view_get_sheet (f->view), criterion_id (f, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.set-score", "(xi)",
                                             criterion_id (f, 0), 9));
  g_assert_cmpint (pj_score_sheet_get_value (pj_scoring_view_get_sheet (f->view),
                                             criterion_id (f, 0)), ==, before);
}

static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  gint64 id = find_unfinished (f, 0);
  PjScoreSheet *sheet;
  GtkWidget *button;
  GtkWidget *focus;
  g_autoptr(PjScoreSheet) stored = NULL;

  select_nomination (f, id);
  clear_all (f);
  sheet = pj_scoring_view_get_sheet (f->view);

  button = pj_scoring_view_get_score_widget (f->view, criterion_id (f, 0));
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (press_key (f, GDK_KEY_3, 0));
  g_assert_cmpint (pj_score_sheet_get_value (sheet, criterion_id (f, 0)), ==, 3);

  /* Down: the next criterion takes the digits. */
  g_assert_true (press_key (f, GDK_KEY_Down, 0));
  g_assert_cmpint (pj_scoring_view_get_current_criterion (f->view), ==, criterion_id (f, 1));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, gtk_widget_get_parent (
                   pj_scoring_view_get_score_widget (f->view, criterion_id (f, 1)))) ||
                 focus == pj_scoring_view_get_score_widget (f->view, criterion_id (f, 1)));
  g_assert_true (press_key (f, GDK_KEY_KP_5, 0));
  g_assert_cmpint (pj_score_sheet_get_value (sheet, criterion_id (f, 1)), ==, 5);
  g_assert_cmpint (pj_score_sheet_get_value (sheet, criterion_id (f, 0)), ==, 3);

  /* Outside the scale: nothing changes. */
  g_assert_true (press_key (f, GDK_KEY_9, 0));
  g_assert_cmpint (pj_score_sheet_get_value (sheet, criterion_id (f, 1)), ==, 5);

  /* Up goes back; Delete clears. */
  g_assert_true (press_key (f, GDK_KEY_Up, 0));
  g_assert_cmpint (pj_scoring_view_get_current_criterion (f->view), ==, criterion_id (f, 0));
  g_assert_true (press_key (f, GDK_KEY_Delete, 0));
  g_assert_cmpint (pj_score_sheet_get_value (sheet, criterion_id (f, 0)), ==, PJ_SCORE_UNSET);
  g_assert_true (press_key (f, GDK_KEY_2, 0));

  /* In a comment a digit is text, and Down still moves on. */
  gtk_widget_grab_focus (pj_scoring_view_get_comment_entry (f->view, criterion_id (f, 1)));
  g_assert_false (press_key (f, GDK_KEY_4, 0));
  g_assert_cmpint (pj_score_sheet_get_value (sheet, criterion_id (f, 1)), ==, 5);
  g_assert_true (press_key (f, GDK_KEY_Down, 0));
  g_assert_cmpint (pj_scoring_view_get_current_criterion (f->view), ==, criterion_id (f, 2));

  /* Ctrl+Enter submits: refused while required criteria are missing. */
  g_assert_true (press_key (f, GDK_KEY_Return, GDK_CONTROL_MASK));
  g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_DRAFT);
  g_assert_nonnull (strstr (pj_scoring_view_get_text (f->view, "missing"),
                            pj_criterion_get_name (criterion_at (f, 2))));
  /* …and focus went to the first missing criterion. */
  g_assert_cmpint (pj_scoring_view_get_current_criterion (f->view), ==, criterion_id (f, 2));

  /* Score the rest by keys alone, then Ctrl+Enter. */
  for (guint i = 2; i < g_list_model_get_n_items (f->criteria); i++)
    {
      g_assert_true (press_key (f, GDK_KEY_4, 0));
      g_assert_true (press_key (f, GDK_KEY_Down, 0));
    }
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "missing"), ==, "");
  g_assert_true (press_key (f, GDK_KEY_KP_Enter, GDK_CONTROL_MASK));

  stored = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_status (stored), ==, PJ_SHEET_SUBMITTED);
  g_assert_cmpint (pj_score_sheet_get_value (stored, criterion_id (f, 0)), ==, 2);
  g_assert_cmpint (pj_score_sheet_get_value (stored, criterion_id (f, 1)), ==, 5);
  g_assert_cmpint (pj_score_sheet_get_value (stored, criterion_id (f, 2)), ==, 4);
}

static void
test_submit_lock_reopen (Fixture       *f,
                         gconstpointer  data)
{
  gint64 id = find_unfinished (f, 0);
  guint n = g_list_model_get_n_items (f->criteria);
  g_autoptr(PjScoreSheet) stored = NULL;
  g_autoptr(GListModel) audit = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  const char *missing;
  gboolean found_reason = FALSE;
  guint before_submitted, after_submitted, total;

  pj_store_juror_progress (f->workspace, juror (f), &before_submitted, &total);
  select_nomination (f, id);
  clear_all (f);
  set_score (f, 0, 3);
  set_score (f, 1, 4);

  /* Refused, naming what is missing; the button waits too. */
  g_assert_false (gtk_widget_get_sensitive (pj_scoring_view_get_submit_button (f->view)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.submit", NULL));
  stored = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_status (stored), !=, PJ_SHEET_SUBMITTED);
  g_clear_object (&stored);
  missing = pj_scoring_view_get_text (f->view, "missing");
  for (guint i = 2; i < n; i++)
    g_assert_nonnull (strstr (missing, pj_criterion_get_name (criterion_at (f, i))));
  g_assert_null (strstr (missing, pj_criterion_get_name (criterion_at (f, 0))));

  for (guint i = 2; i < n; i++)
    set_score (f, i, 5);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "missing"), ==, "");
  g_assert_true (gtk_widget_get_sensitive (pj_scoring_view_get_submit_button (f->view)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.submit", NULL));

  stored = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_status (stored), ==, PJ_SHEET_SUBMITTED);
  g_assert_cmpint (pj_score_sheet_get_value (stored, criterion_id (f, n - 1)), ==, 5);
  g_clear_object (&stored);
  pj_store_juror_progress (f->workspace, juror (f), &after_submitted, &total);
  g_assert_cmpuint (after_submitted, ==, before_submitted + 1);
  {
    g_autofree char *progress = pj_scoring_format_progress (after_submitted, total);

    g_assert_cmpstr (pj_scoring_view_get_text (f->view, "progress"), ==, progress);
  }

  /* Locked: the controls are insensitive and the form says since when. */
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "sheet-status"), !=, "");
  g_assert_false (gtk_widget_is_sensitive (pj_scoring_view_get_score_widget (
                    f->view, criterion_id (f, 0))));
  g_assert_false (gtk_widget_get_visible (pj_scoring_view_get_submit_button (f->view)));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.set-score", "(xi)",
                              criterion_id (f, 0), 1);
  g_assert_cmpint (pj_score_sheet_get_value (pj_scoring_view_get_sheet (f->view),
                                             criterion_id (f, 0)), ==, 3);

  /* An organiser reopens with a reason; the dialog wants one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.reopen", NULL));
  dialog = pj_scoring_view_get_last_dialog (f->view);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reopen"));
  entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Fel kriterium bedömdes");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reopen"));
  respond (dialog, "reopen");

  stored = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_status (stored), ==, PJ_SHEET_DRAFT);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "sheet-status"), ==, "");
  g_assert_true (gtk_widget_is_sensitive (pj_scoring_view_get_score_widget (
                   f->view, criterion_id (f, 0))));
  audit = pj_store_list_audit (f->workspace, "score_sheet", pj_score_sheet_get_id (stored), 0,
                               NULL);
  for (guint i = 0; i < g_list_model_get_n_items (audit); i++)
    {
      g_autoptr(PjAuditEntry) entry_i = g_list_model_get_item (audit, i);

      found_reason = found_reason ||
                     g_strcmp0 (pj_audit_entry_get_new_value (entry_i),
                                "Fel kriterium bedömdes") == 0;
    }
  g_assert_true (found_reason);

  /* The ballot mode has no organiser actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.submit", NULL));
  pj_scoring_view_set_juror_only (f->view, TRUE);
  g_assert_null (pj_scoring_view_get_last_dialog (f->view));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.reopen", NULL);
  g_assert_null (pj_scoring_view_get_last_dialog (f->view));
  g_clear_object (&stored);
  stored = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_status (stored), ==, PJ_SHEET_SUBMITTED);
}

static void
test_submit_and_next (Fixture       *f,
                      gconstpointer  data)
{
  gint64 id = find_unfinished (f, 0);
  gint64 expected, opened;
  g_autoptr(PjCoverage) coverage = NULL;
  GListModel *queue = pj_scoring_view_get_queue (f->view);
  guint fewest = G_MAXUINT, chosen_submitted = G_MAXUINT;

  select_nomination (f, id);
  for (guint i = 0; i < g_list_model_get_n_items (f->criteria); i++)
    set_score (f, i, 4);
  expected = pj_store_next_nomination_for_juror (f->workspace, juror (f), id);
  g_assert_cmpint (expected, !=, PJ_NO_ID);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.submit-and-next",
                                             NULL));
  opened = pj_scoring_view_get_nomination_id (f->view);
  g_assert_cmpint (opened, ==, expected);
  g_assert_cmpint (opened, !=, id);
  /* The form is ready for the keyboard on the first criterion to score. */
  g_assert_cmpint (pj_scoring_view_get_current_criterion (f->view), !=, PJ_NO_ID);

  /* It is the unfinished one with the fewest submitted sheets. */
  coverage = pj_store_coverage (f->workspace, pj_edition_get_id (f->edition), NULL);
  g_assert_nonnull (coverage);
  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);
      gint64 nid = pj_queue_item_get_nomination_id (item);

      if (pj_queue_item_is_done (item) || nid == id)
        continue;
      for (guint j = 0; j < coverage->nominations->len; j++)
        {
          PjNominationCoverage *c = &g_array_index (coverage->nominations,
                                                    PjNominationCoverage, j);

          if (c->nomination_id != nid)
            continue;
          fewest = MIN (fewest, c->submitted);
          if (nid == opened)
            chosen_submitted = c->submitted;
        }
    }
  g_assert_cmpuint (chosen_submitted, ==, fewest);
}

static void
test_abstain (Fixture       *f,
              gconstpointer  data)
{
  gint64 id = find_unfinished (f, 0);
  g_autoptr(PjScoreSheet) stored = NULL;
  g_autoptr(PjQueueItem) item = NULL;
  AdwMessageDialog *dialog;

  select_nomination (f, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.abstain", NULL));
  dialog = pj_scoring_view_get_last_dialog (f->view);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), "entry")),
                         "Jag har arbetat med sökanden");
  respond (dialog, "abstain");

  stored = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_status (stored), ==, PJ_SHEET_ABSTAINED);
  g_assert_cmpstr (pj_score_sheet_get_overall_comment (stored), ==,
                   "Jag har arbetat med sökanden");
  item = queue_item (f, id);
  g_assert_cmpint (pj_queue_item_get_status (item), ==, PJ_SHEET_ABSTAINED);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "total"), ==, _("Abstained"));
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "sheet-status"), !=, "");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.submit", NULL);
  g_clear_object (&stored);
  stored = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_status (stored), ==, PJ_SHEET_ABSTAINED);
}

/* A nomination of the juror's queue, not finished by them, that another
 * juror has submitted. */
static gint64
find_scored_by_others (Fixture *f)
{
  GListModel *queue = pj_scoring_view_get_queue (f->view);

  set_blind_policy (f, PJ_BLIND_ALWAYS);
  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);
      g_autoptr(GListModel) others = NULL;

      if (pj_queue_item_is_done (item))
        continue;
      others = pj_store_list_other_sheets (f->workspace, juror (f),
                                           pj_queue_item_get_nomination_id (item), NULL);
      if (others != NULL && g_list_model_get_n_items (others) > 0)
        return pj_queue_item_get_nomination_id (item);
    }
  g_assert_not_reached ();
  return PJ_NO_ID;
}

static void
test_blind_policies (Fixture       *f,
                     gconstpointer  data)
{
  gint64 id = find_scored_by_others (f);
  GListModel *others;

  select_nomination (f, id);

  /* Always: shown before one's own sheet is in. */
  others = pj_scoring_view_get_other_sheets (f->view);
  g_assert_nonnull (others);
  g_assert_cmpuint (g_list_model_get_n_items (others), >, 0);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "others"), ==, "");

  /* Never: hidden, and the form says so. */
  set_blind_policy (f, PJ_BLIND_NEVER);
  g_assert_cmpint (pj_scoring_view_get_nomination_id (f->view), ==, id);
  g_assert_null (pj_scoring_view_get_other_sheets (f->view));
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "others"), ==,
                   _("Scores of others are not shown in this edition."));

  /* After submit: hidden until the juror has submitted. */
  set_blind_policy (f, PJ_BLIND_AFTER_SUBMIT);
  g_assert_null (pj_scoring_view_get_other_sheets (f->view));
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "others"), ==,
                   _("Shown after you submit your own scores."));
  for (guint i = 0; i < g_list_model_get_n_items (f->criteria); i++)
    set_score (f, i, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.submit", NULL));
  others = pj_scoring_view_get_other_sheets (f->view);
  g_assert_nonnull (others);
  g_assert_cmpuint (g_list_model_get_n_items (others), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (others); i++)
    {
      g_autoptr(PjScoreSheet) other = g_list_model_get_item (others, i);

      g_assert_cmpint (pj_score_sheet_get_juror_id (other), !=, juror (f));
    }
}

static void
test_declare_conflict (Fixture       *f,
                       gconstpointer  data)
{
  gint64 id = find_unfinished (f, 0);
  guint n_before = g_list_model_get_n_items (pj_scoring_view_get_queue (f->view));
  g_autoptr(GListModel) conflicts = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  gboolean found = FALSE;

  select_nomination (f, id);
  set_score (f, 0, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.declare-conflict",
                                             NULL));
  dialog = pj_scoring_view_get_last_dialog (f->view);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "declare"));

  /* "Other" needs a text. */
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (dialog), "reason-3"), TRUE);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "declare"));
  entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_assert_true (gtk_widget_get_sensitive (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Min bror leder projektet");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "declare"));
  respond (dialog, "declare");

  g_assert_true (pj_store_is_conflicted (f->workspace, juror (f), id));
  conflicts = pj_store_list_juror_conflicts (f->workspace, juror (f), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(PjConflict) c = g_list_model_get_item (conflicts, i);

      if (pj_conflict_get_nomination_id (c) != id)
        continue;
      found = TRUE;
      g_assert_cmpint (pj_conflict_get_source (c), ==, PJ_CONFLICT_DECLARED);
      g_assert_cmpint (pj_conflict_get_reason (c), ==, PJ_CONFLICT_REASON_OTHER);
      g_assert_cmpstr (pj_conflict_get_reason_text (c), ==, "Min bror leder projektet");
    }
  g_assert_true (found);

  g_assert_null (queue_item (f, id));
  g_assert_cmpuint (g_list_model_get_n_items (pj_scoring_view_get_queue (f->view)), ==,
                    n_before - 1);
  g_assert_cmpint (pj_scoring_view_get_nomination_id (f->view), !=, id);
  g_assert_nonnull (pj_scoring_view_get_last_toast (f->view));
}

static void
test_changed_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  gint64 id = find_unfinished (f, 0);
  g_autoptr(PjScoreSheet) elsewhere = NULL;
  g_autoptr(GError) error = NULL;

  select_nomination (f, id);
  clear_all (f);
  set_score (f, 0, 2);
  g_assert_true (pj_scoring_view_save_now (f->view));

  /* Another window saves first while this one has an edit waiting. */
  set_score (f, 1, 3);
  elsewhere = stored_sheet (f, id);
  pj_score_sheet_set_value (elsewhere, criterion_id (f, 0), 5);
  g_assert_true (pj_store_save_sheet_draft (f->workspace, elsewhere, &error));
  g_assert_no_error (error);

  g_assert_false (pj_scoring_view_save_now (f->view));
  g_assert_cmpint (pj_scoring_view_get_save_state (f->view), ==, PJ_SCORING_SAVE_CONFLICT);
  /* Nothing is overwritten, and Reload shows the stored scores. */
  g_clear_object (&elsewhere);
  elsewhere = stored_sheet (f, id);
  g_assert_cmpint (pj_score_sheet_get_value (elsewhere, criterion_id (f, 0)), ==, 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.reload", NULL));
  g_assert_cmpint (pj_scoring_view_get_save_state (f->view), ==, PJ_SCORING_SAVE_SAVED);
  g_assert_cmpint (pj_score_sheet_get_value (pj_scoring_view_get_sheet (f->view),
                                             criterion_id (f, 0)), ==, 5);

  /* Without edits waiting, a change elsewhere simply shows. */
  pj_score_sheet_set_value (elsewhere, criterion_id (f, 2), 1);
  g_assert_true (pj_store_save_sheet_draft (f->workspace, elsewhere, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_value (pj_scoring_view_get_sheet (f->view),
                                             criterion_id (f, 2)), ==, 1);
}

static void
test_empty_states (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PjEdition) quality = pj_test_find_edition (f->workspace, "Kvalitetsutmärkelsen", 0);
  g_autoptr(PjJuror) idle = pj_juror_new ();
  g_autoptr(PjEdition) next_year = pj_edition_new ();
  g_autoptr(GError) error = NULL;

  pj_scoring_view_set_edition (f->view, NULL);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "empty-title"), ==,
                   _("No Edition Chosen"));

  /* The quality award is still taking nominations. */
  pj_scoring_view_set_edition (f->view, quality);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "empty-title"), ==,
                   _("Not in the Scoring Phase"));

  /* A new edition without jurors. */
  pj_edition_set_award_id (next_year, pj_edition_get_award_id (f->edition));
  pj_edition_set_year (next_year, 2031);
  g_assert_true (pj_store_create_edition (f->workspace, next_year, &error));
  g_assert_no_error (error);
  pj_scoring_view_set_edition (f->view, next_year);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "empty-title"), ==, _("No Jurors Yet"));

  /* A juror with nothing assigned. */
  pj_juror_set_edition_id (idle, pj_edition_get_id (f->edition));
  pj_juror_set_name (idle, "Vera Ny");
  pj_juror_set_email (idle, "vera.ny@stockholm.se");
  g_assert_true (pj_store_create_juror (f->workspace, idle, &error));
  g_assert_no_error (error);
  pj_scoring_view_set_edition (f->view, f->edition);
  pj_scoring_view_set_juror_id (f->view, pj_juror_get_id (idle));
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "empty-title"), ==, _("Nothing to Score"));

  /* And back to work. */
  pj_scoring_view_set_juror_id (f->view, juror_id_by_name (f, "Karin Lindqvist"));
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "empty-title"), ==, "");
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  AdwLeaflet *leaflet = pj_scoring_view_get_leaflet (f->view);
  gint64 id = find_unfinished (f, 0);

  /* One pane at a time, starting from the queue. */
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "queue");

  select_nomination (f, id);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "form");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.show-texts", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "texts");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.show-form", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "scoring.show-queue", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "queue");

  /* The ballot mode names the juror instead of offering a switch. */
  pj_scoring_view_set_juror_only (f->view, TRUE);
  g_assert_cmpstr (pj_scoring_view_get_text (f->view, "juror"), ==, "Karin Lindqvist");
}

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *queue = pj_scoring_view_get_queue (f->view);
  g_autofree char *path = NULL;
  gint64 draft = PJ_NO_ID;

  /* A draft in progress, the way a juror finds it again. */
  for (guint i = 0; i < g_list_model_get_n_items (queue) && draft == PJ_NO_ID; i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);

      if (pj_queue_item_get_sheet_id (item) != PJ_NO_ID &&
          pj_queue_item_get_status (item) == PJ_SHEET_DRAFT)
        draft = pj_queue_item_get_nomination_id (item);
    }
  if (draft == PJ_NO_ID)
    draft = find_unstarted (f, 0);
  select_nomination (f, draft);
  if (pj_score_sheet_get_value (pj_scoring_view_get_sheet (f->view), criterion_id (f, 0)) < 0)
    set_score (f, 0, 4);
  gtk_widget_grab_focus (pj_scoring_view_get_score_widget (f->view, criterion_id (f, 1)));
  wait_for_saved (f);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));

  path = gui_test_save_screenshot (GTK_WIDGET (f->window), "scoring");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  app = gui_test_init (&argc, &argv);

  g_test_add_func ("/scoring-view/format", test_format);
#define ADD(path, func) \
  g_test_add ("/scoring-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("queue", test_queue);
  ADD ("actions-autosave", test_actions_autosave);
  ADD ("keys", test_keys);
  ADD ("submit-lock-reopen", test_submit_lock_reopen);
  ADD ("submit-and-next", test_submit_and_next);
  ADD ("abstain", test_abstain);
  ADD ("blind-policies", test_blind_policies);
  ADD ("declare-conflict", test_declare_conflict);
  ADD ("changed-elsewhere", test_changed_elsewhere);
  ADD ("empty-states", test_empty_states);
  ADD ("screenshot", test_screenshot);
  g_test_add ("/scoring-view/narrow", Fixture, GINT_TO_POINTER (560), fixture_setup, test_narrow,
              fixture_teardown);
#undef ADD

  return g_test_run ();
}
