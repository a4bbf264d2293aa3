/* test-indicators-view.c: the entrants indicator view on the example awards
 *
 * The view sits in a plain window on a workspace with the example awards.
 * The bars it draws are compared with the core's counts, "All editions"
 * shows 2025 and 2026 side by side, the CSV export writes what is shown,
 * and the minutes are saved as PDF from the app's side. Run with
 * LANGUAGE=sv it takes the Swedish screenshot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-indicators-view"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "pj-demo.h"
#include "pj-indicators-view-private.h"
#include "pj-minutes-print.h"
#include "pj-store.h"
#include "gui-test-utils.h"

typedef struct
{
  char             *dir;
  char             *path;
  PjWorkspace      *ws;
  GtkWidget        *window;
  PjIndicatorsView *view;
  PjEdition        *edition;   /* Förnyelsepriset 2025 */
} Fixture;

static const char *lang = "en";

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pj-test-indicators-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, "Test Organiser");
  g_assert_true (pj_demo_load_examples (f->ws, &error));
  g_assert_no_error (error);
  f->edition = pj_test_find_edition (f->ws, "Förnyelsepriset", 2025);
  g_assert_nonnull (f->edition);

  f->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 820, 1240);
  f->view = PJ_INDICATORS_VIEW (pj_indicators_view_new (f->ws));
  adw_window_set_content (ADW_WINDOW (f->window), GTK_WIDGET (f->view));
  pj_indicators_view_set_edition (f->view, f->edition);
  gtk_window_present (GTK_WINDOW (f->window));
  pj_test_wait_ms (200);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->edition);
  g_clear_object (&f->ws);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Every bar of every chart shows the core's count, longer for more. */
static void
assert_bars_match (Fixture      *f,
                   PjIndicators *expected)
{
  guint n_editions = pj_indicators_get_n_editions (expected);

  for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
    {
      g_autoptr(GArray) bars = pj_indicators_view_dup_bars (f->view, d);
      guint n_rows = pj_indicators_get_n_rows (expected, d);
      double widest = 0;
      guint max = 0;

      g_assert_cmpuint (bars->len, ==, n_rows * n_editions);
      g_assert_cmpuint (n_rows, >, 0);
      for (guint i = 0; i < bars->len; i++)
        {
          const PjIndicatorsBar *bar = &g_array_index (bars, PjIndicatorsBar, i);

          g_assert_cmpuint (bar->row, ==, i / n_editions);
          g_assert_cmpuint (bar->edition, ==, i % n_editions);
          g_assert_cmpint (bar->year, ==, pj_indicators_get_year (expected, bar->edition));
          g_assert_cmpuint (bar->count, ==,
                            pj_indicators_get_count (expected, d, bar->row, bar->edition));
          if (bar->count == 0)
            g_assert_cmpfloat (bar->width, ==, 0);
          widest = MAX (widest, bar->width);
          max = MAX (max, bar->count);
        }
      g_assert_cmpuint (max, >, 0);
      g_assert_cmpfloat (widest, >, 100);
      for (guint i = 0; i < bars->len; i++)
        {
          const PjIndicatorsBar *bar = &g_array_index (bars, PjIndicatorsBar, i);

          g_assert_cmpfloat_with_epsilon (bar->width, widest * bar->count / max, 0.01);
        }
    }
}

static void
test_one_edition (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjIndicators) expected =
    pj_store_indicators_for_edition (f->ws, pj_edition_get_id (f->edition), &error);
  GtkWidget *summary = pj_indicators_view_get_part (f->view, "summary");

  g_assert_no_error (error);
  g_assert_false (pj_indicators_view_get_across_editions (f->view));
  g_assert_cmpuint (pj_indicators_get_n_editions (pj_indicators_view_get_indicators (f->view)),
                    ==, 1);
  assert_bars_match (f, expected);
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, "2025: 10 nominations");
  g_assert_true (gtk_widget_get_sensitive (pj_indicators_view_get_part (f->view, "export")));

  /* No edition: nothing to show or export */
  pj_indicators_view_set_edition (f->view, NULL);
  g_assert_null (pj_indicators_view_get_indicators (f->view));
  g_assert_false (gtk_widget_get_sensitive (pj_indicators_view_get_part (f->view, "export")));
}

static void
test_across_editions (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjIndicators) expected =
    pj_store_indicators_for_award (f->ws, pj_edition_get_award_id (f->edition), &error);
  GtkWidget *across = pj_indicators_view_get_part (f->view, "across");
  GtkWidget *summary = pj_indicators_view_get_part (f->view, "summary");
  PjIndicators *shown;

  g_assert_no_error (error);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (across), TRUE);
  pj_test_wait_ms (100);
  g_assert_true (pj_indicators_view_get_across_editions (f->view));
  shown = pj_indicators_view_get_indicators (f->view);
  g_assert_cmpuint (pj_indicators_get_n_editions (shown), ==, 2);
  g_assert_cmpint (pj_indicators_get_year (shown, 0), ==, 2025);
  g_assert_cmpint (pj_indicators_get_year (shown, 1), ==, 2026);
  assert_bars_match (f, expected);
  if (g_str_equal (lang, "en"))
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==,
                     "2025: 10 nominations · 2026: 12 nominations");
  gui_test_save_widget_shot (GTK_WIDGET (f->view), "indicators", lang, 300);

  /* A new nomination in 2026 shows at once */
  {
    g_autoptr(PjIndicators) before = pj_indicators_ref (shown);

    pj_workspace_emit_changed (f->ws, "nomination");
    g_assert_true (pj_indicators_view_get_indicators (f->view) != before);
  }

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (across), FALSE);
  g_assert_cmpuint (pj_indicators_get_n_editions (pj_indicators_view_get_indicators (f->view)),
                    ==, 1);
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "entrants.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (pj_indicators_view_get_part (f->view,
                                                                                "across")),
                                TRUE);
  g_assert_true (pj_indicators_view_export_to (f->view, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  g_assert_nonnull (strstr (text, ";2025;2026\r\n"));
  g_assert_nonnull (strstr (text, ";10;12\r\n"));
  g_assert_nonnull (strstr (text, ";Skola;3;3\r\n"));

  /* The button goes through the action */
  g_assert_cmpstr (gtk_actionable_get_action_name (
                     GTK_ACTIONABLE (pj_indicators_view_get_part (f->view, "export"))),
                   ==, "indicators.export-csv");
}

static void
test_minutes_pdf (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "minutes.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  g_assert_true (pj_minutes_save_pdf (f->ws, pj_edition_get_id (f->edition), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

int
main (int   argc,
      char *argv[])
{
  lang = gui_test_choose_language ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  pj_test_bind_textdomain (PJ_TEST_LOCALEDIR);

  g_test_add ("/indicators-view/one-edition", Fixture, NULL,
              fixture_setup, test_one_edition, fixture_teardown);
  g_test_add ("/indicators-view/across-editions", Fixture, NULL,
              fixture_setup, test_across_editions, fixture_teardown);
  g_test_add ("/indicators-view/export-csv", Fixture, NULL,
              fixture_setup, test_export_csv, fixture_teardown);
  g_test_add ("/indicators-view/minutes-pdf", Fixture, NULL,
              fixture_setup, test_minutes_pdf, fixture_teardown);
  return g_test_run ();
}
