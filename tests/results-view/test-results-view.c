/* test-results-view.c: the Results view, driven through its actions
 *
 * The view sits in a plain window with a toast overlay, on a workspace
 * filled with the example awards (Förnyelsepriset 2026 is being scored).
 * The tests compare the ranked table with pj_results_compute (), switch the
 * method, and take the edition through deliberation to a decision, the
 * winners export (validated with xmllint against the schema) and a reopen.
 * Run with LANGUAGE=sv it takes the Swedish screenshot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-results-view"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "pj-demo.h"
#include "pj-results.h"
#include "pj-results-view-private.h"
#include "pj-store.h"
#include "pj-store-decision.h"
#include "gui-test-utils.h"

typedef struct
{
  char          *dir;
  char          *path;
  PjWorkspace   *ws;
  GtkWidget     *window;
  GtkWidget     *overlay;
  PjResultsView *view;
  PjEdition     *edition;   /* Förnyelsepriset 2026 */
} Fixture;

static const char *lang = "en";

/* Helpers {{{ */

static void
activate (Fixture    *f,
          const char *action,
          GVariant   *param)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->view), action, param));
  pj_test_iterate ();
}

static PjResults *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PjResults *results = pj_store_load_results (f->ws, pj_edition_get_id (f->edition), &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  return results;
}

static PjPhase
phase (Fixture *f)
{
  g_autoptr(PjResults) results = load (f);

  return pj_results_get_phase (results);
}

static void
assert_cell (Fixture    *f,
             guint       position,
             const char *column,
             const char *expected)
{
  g_autofree char *text = pj_results_view_dup_cell_text (f->view, position, column);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_cell_points (Fixture    *f,
                    guint       position,
                    const char *column,
                    double      points)
{
  g_autofree char *expected = pj_results_chart_format_points (points);

  assert_cell (f, position, column, expected);
}

/* The category of the example with the most ranked nominations. */
static const PjResultsCategory *
busy_category (PjResults *results,
               GArray    *computed)
{
  const PjResultsCategory *best = NULL;
  guint best_n = 0;

  for (guint i = 0; i < pj_results_get_n_categories (results); i++)
    {
      const PjResultsCategory *c = pj_results_get_category (results, i);
      guint first, n = pj_results_category_span (computed, c->id, &first), ranked = 0;

      for (guint j = first; j < first + n; j++)
        if (g_array_index (computed, PjNominationResult, j).rank > 0)
          ranked++;
      if (c->mode == PJ_AWARD_MODE_TOP_N && ranked > best_n)
        {
          best = c;
          best_n = ranked;
        }
    }
  g_assert_nonnull (best);
  g_assert_cmpuint (best_n, >=, 3);
  return best;
}

/* }}} */

/* Fixture {{{ */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pj-test-results-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, "Test Organiser");
  pj_demo_load_examples (f->ws, &error);
  g_assert_no_error (error);
  f->edition = pj_test_find_edition (f->ws, "Förnyelsepriset", 2026);
  g_assert_nonnull (f->edition);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1240, 860);
  f->overlay = adw_toast_overlay_new ();
  f->view = PJ_RESULTS_VIEW (pj_results_view_new (f->ws));
  pj_results_view_set_edition (f->view, f->edition);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (f->overlay), GTK_WIDGET (f->view));
  gtk_window_set_child (GTK_WINDOW (f->window), f->overlay);
  gtk_window_present (GTK_WINDOW (f->window));
  pj_test_wait_ms (100);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  AdwMessageDialog *dialog = pj_results_view_get_open_dialog (f->view);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (f->window));
  pj_test_iterate ();
  g_clear_object (&f->edition);
  g_assert_finalize_object (f->ws);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* }}} */

/* Tests {{{ */

static void
test_table_matches_compute (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PjResults) results = load (f);
  g_autoptr(GArray) computed = pj_results_compute (results, pj_results_get_method (results));

  g_assert_cmpuint (pj_results_get_n_categories (results), >, 1);
  for (guint c = 0; c < pj_results_get_n_categories (results); c++)
    {
      const PjResultsCategory *category = pj_results_get_category (results, c);
      PjResultsChart *chart = pj_results_view_get_chart (f->view);
      guint first, n = pj_results_category_span (computed, category->id, &first);

      activate (f, "results.select-category", g_variant_new_int64 (category->id));
      g_assert_cmpint (pj_results_view_get_category_id (f->view), ==, category->id);
      g_assert_cmpuint (pj_results_view_get_n_rows (f->view), ==, n);
      g_assert_cmpuint (pj_results_chart_get_n_rows (chart), ==, n);

      for (guint i = 0; i < n; i++)
        {
          const PjNominationResult *r = &g_array_index (computed, PjNominationResult,
                                                        first + i);
          const PjResultsNomination *nom = pj_results_find_nomination (results,
                                                                       r->nomination_id);
          g_autofree char *rank = g_strdup_printf ("%u", r->rank);
          g_autofree char *sheets = g_strdup_printf (_("%u of %u"), r->n_totals,
                                                     r->n_needed);

          g_assert_cmpint (pj_results_view_get_row_nomination (f->view, i), ==,
                           r->nomination_id);
          g_assert_cmpint (pj_results_chart_get_row_nomination (chart, i), ==,
                           r->nomination_id);
          assert_cell (f, i, "nomination", nom->title);
          assert_cell (f, i, "units", nom->unit_names);
          assert_cell (f, i, "sheets", sheets);
          assert_cell (f, i, "disagreement", r->disagreement ? "yes" : "");
          if (!r->has_result)
            {
              assert_cell (f, i, "rank", "–");
              assert_cell (f, i, "result", "–");
              continue;
            }
          assert_cell (f, i, "rank", rank);
          assert_cell_points (f, i, "result", r->result);
          assert_cell_points (f, i, "mean", r->mean);
          assert_cell_points (f, i, "median", r->median);
          assert_cell_points (f, i, "sd", r->sd);
          assert_cell_points (f, i, "range", r->range);
        }
    }
}

static void
test_method_switch (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PjResults) results = load (f);
  g_autoptr(GArray) by_median = pj_results_compute (results, PJ_AGGREGATION_MEDIAN);
  const PjResultsCategory *category = busy_category (results, by_median);
  guint first, n = pj_results_category_span (by_median, category->id, &first);
  gboolean differs = FALSE;

  g_assert_cmpint (pj_results_get_method (results), ==, PJ_AGGREGATION_MEAN);
  activate (f, "results.select-category", g_variant_new_int64 (category->id));
  g_assert_cmpint (pj_results_view_get_method (f->view), ==, PJ_AGGREGATION_MEAN);

  activate (f, "results.set-method", g_variant_new_string ("median"));
  g_assert_cmpint (pj_results_view_get_method (f->view), ==, PJ_AGGREGATION_MEDIAN);
  for (guint i = 0; i < n; i++)
    {
      const PjNominationResult *r = &g_array_index (by_median, PjNominationResult, first + i);

      g_assert_cmpint (pj_results_view_get_row_nomination (f->view, i), ==, r->nomination_id);
      if (!r->has_result)
        continue;
      /* The result is the median now; the raw mean stays beside it. */
      assert_cell_points (f, i, "result", r->median);
      assert_cell_points (f, i, "mean", r->mean);
      if (!pj_scoring_same (r->median, r->mean))
        differs = TRUE;
    }
  g_assert_true (differs);

  /* Comparing never changes the edition's method. */
  g_clear_pointer (&results, pj_results_unref);
  results = load (f);
  g_assert_cmpint (pj_results_get_method (results), ==, PJ_AGGREGATION_MEAN);

  activate (f, "results.set-method", g_variant_new_string ("mean"));
  for (guint i = 0; i < pj_results_view_get_n_rows (f->view); i++)
    {
      g_autofree char *result = pj_results_view_dup_cell_text (f->view, i, "result");
      g_autofree char *mean = pj_results_view_dup_cell_text (f->view, i, "mean");

      g_assert_cmpstr (result, ==, mean);
    }
}

static void
test_decide_and_export (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PjResults) results = load (f);
  g_autoptr(GArray) computed = pj_results_compute (results, pj_results_get_method (results));
  const PjResultsCategory *category = busy_category (results, computed);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *xml_path = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  const char *second_kind;
  const PjResultsNomination *first_nom, *third_nom;
  AdwMessageDialog *dialog;
  gint64 first_id, third_id;
  guint first, n;
  int status = -1;

  n = pj_results_category_span (computed, category->id, &first);
  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpuint (category->winners, >=, 1);
  first_id = g_array_index (computed, PjNominationResult, first).nomination_id;
  third_id = g_array_index (computed, PjNominationResult, first + 2).nomination_id;
  g_assert_cmpuint (g_array_index (computed, PjNominationResult, first).rank, <,
                    g_array_index (computed, PjNominationResult, first + 1).rank);
  g_assert_cmpuint (g_array_index (computed, PjNominationResult, first + 1).rank, <,
                    g_array_index (computed, PjNominationResult, first + 2).rank);
  second_kind = category->honourable_mentions > 0 ? "honourable-mention" : "winner";
  g_assert_true (category->honourable_mentions > 0 || category->winners >= 2);
  first_nom = pj_results_find_nomination (results, first_id);
  third_nom = pj_results_find_nomination (results, third_id);

  /* Scoring → deliberation */
  g_assert_cmpint (phase (f), ==, PJ_PHASE_SCORING);
  activate (f, "results.start-deliberation", NULL);
  g_assert_cmpint (phase (f), ==, PJ_PHASE_DELIBERATION);

  activate (f, "results.select-category", g_variant_new_int64 (category->id));
  activate (f, "results.show-page", g_variant_new_string ("decision"));

  /* The first in the ranking wins, with a citation. */
  activate (f, "results.place", g_variant_new ("(xs)", first_id, "winner"));
  activate (f, "results.set-citation",
            g_variant_new ("(xs)", first_id, "Modigt, enkelt och till nytta för många."));
  g_assert_false (pj_results_view_reason_is_visible (f->view, first_id));

  /* The third, passing over the second, is out of ranking order. */
  activate (f, "results.place", g_variant_new ("(xs)", third_id, second_kind));
  activate (f, "results.set-citation",
            g_variant_new ("(xs)", third_id, "Ett arbetssätt som fler kan ta efter."));
  g_assert_true (pj_results_view_reason_is_visible (f->view, third_id));
  activate (f, "results.save-decision", NULL);
  g_assert_cmpstr (pj_results_view_get_message (f->view), !=, "");
  g_assert_nonnull (strstr (pj_results_view_get_message (f->view), third_nom->title));
  stored = pj_store_get_category_decisions (f->ws, category->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 0);
  g_clear_pointer (&stored, g_ptr_array_unref);

  activate (f, "results.set-reason",
            g_variant_new ("(xs)", third_id, "Juryn vill lyfta spridningen till fler skolor."));
  activate (f, "results.save-decision", NULL);
  g_assert_cmpstr (pj_results_view_get_message (f->view), ==, "");
  stored = pj_store_get_category_decisions (f->ws, category->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  for (guint i = 0; i < stored->len; i++)
    {
      PjDecision *d = g_ptr_array_index (stored, i);

      if (pj_decision_get_nomination_id (d) == third_id)
        g_assert_cmpstr (pj_decision_get_reason (d), ==,
                         "Juryn vill lyfta spridningen till fler skolor.");
      else
        {
          g_assert_cmpint (pj_decision_get_nomination_id (d), ==, first_id);
          g_assert_cmpint (pj_decision_get_placement (d), ==, PJ_PLACEMENT_WINNER);
        }
    }
  /* The table shows the decision. */
  assert_cell (f, 0, "placement", pj_placement_to_label (PJ_PLACEMENT_WINNER));
  pj_results_view_focus_card (f->view, third_id);
  if (g_strcmp0 (lang, "en") == 0)
    gui_test_save_widget_shot (GTK_WIDGET (f->view), "results-decision", lang, 300);

  /* Export is for decided editions only. */
  xml_path = g_build_filename (f->dir, "winners.xml", NULL);
  file = g_file_new_for_path (xml_path);
  g_assert_false (pj_results_view_export_winners_to (f->view, file, PJ_WINNERS_FORMAT_XML,
                                                     &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  /* Mark decided, after confirming */
  activate (f, "results.mark-decided", NULL);
  dialog = pj_results_view_get_open_dialog (f->view);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "decide");
  pj_test_iterate ();
  g_assert_cmpint (phase (f), ==, PJ_PHASE_DECIDED);

  /* Export the winners; the file validates and names the winner. */
  g_assert_true (pj_results_view_export_winners_to (f->view, file, PJ_WINNERS_FORMAT_XML,
                                                    &error));
  g_assert_no_error (error);
  g_assert_nonnull (xmllint);
  {
    const char *argv[] = { xmllint, "--noout", "--schema", PJ_WINNERS_XSD, xml_path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                  NULL, &out, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_file_get_contents (xml_path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, first_nom->title));
  g_assert_nonnull (strstr (contents, "Modigt, enkelt och till nytta för många."));

  /* Reopen, with a reason */
  activate (f, "results.reopen", NULL);
  dialog = pj_results_view_get_open_dialog (f->view);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "reopen"));
  gtk_editable_set_text (pj_results_view_get_dialog_entry (f->view),
                         "Ett jävsförhållande upptäcktes i efterhand.");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "reopen"));
  adw_message_dialog_response (dialog, "reopen");
  pj_test_iterate ();
  g_assert_cmpint (phase (f), ==, PJ_PHASE_DELIBERATION);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PjResults) results = load (f);
  g_autoptr(GArray) computed = pj_results_compute (results, pj_results_get_method (results));
  const PjResultsCategory *category = busy_category (results, computed);

  activate (f, "results.select-category", g_variant_new_int64 (category->id));
  activate (f, "results.show-page", g_variant_new_string ("chart"));
  gui_test_save_widget_shot (f->overlay, "results", lang, 300);
  if (g_strcmp0 (lang, "en") == 0)
    {
      gui_test_save_widget_shot (GTK_WIDGET (pj_results_view_get_chart (f->view)),
                                 "results-chart", lang, 300);
      activate (f, "results.show-page", g_variant_new_string ("jurors"));
      gui_test_save_widget_shot (GTK_WIDGET (f->view), "results-jurors", lang, 300);
    }
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  /* LANGUAGE=sv runs the same tests in Swedish, for the Swedish screenshots. */
  lang = gui_test_choose_language ();
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init () leaves the locale alone. */
  setlocale (LC_ALL, "");
  adw_init ();
  pj_test_bind_textdomain (PJ_TEST_LOCALEDIR);

  g_test_add ("/results-view/table-matches-compute", Fixture, NULL,
              fixture_setup, test_table_matches_compute, fixture_teardown);
  g_test_add ("/results-view/method-switch", Fixture, NULL,
              fixture_setup, test_method_switch, fixture_teardown);
  g_test_add ("/results-view/decide-and-export", Fixture, NULL,
              fixture_setup, test_decide_and_export, fixture_teardown);
  g_test_add ("/results-view/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, fixture_teardown);

  return g_test_run ();
}
