/* test-scale.c: the window on a 10 000-nomination workspace
 *
 * Generates the synthetic workspace, checks it and opens a window on it,
 * timing each step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-scale"

#include "config.h"

#include "gui-test-utils.h"
#include "pj-application.h"
#include "pj-demo.h"
#include "pj-store.h"
#include "pj-window.h"

#define N_NOMINATIONS 10000
#define N_JURORS      200

static PjApplication *app;

static void
test_scale_window (void)
{
  g_autofree char *dir = gui_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "scale.prisjury", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) editions = NULL;
  PjWorkspace *ws;
  PjWindow *window;
  guint n_nominations = 0;
  double seconds;

  ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);

  g_test_timer_start ();
  g_assert_true (pj_demo_generate (ws, N_NOMINATIONS, N_JURORS, 1, &error));
  g_assert_no_error (error);
  seconds = g_test_timer_elapsed ();
  g_test_message ("Generated %d nominations and %d jurors in %.2f s",
                  N_NOMINATIONS, N_JURORS, seconds);

  editions = pj_store_list_editions (ws, PJ_NO_ID, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) edition = g_list_model_get_item (editions, i);

      n_nominations += pj_store_count_nominations (ws, pj_edition_get_id (edition));
    }
  g_assert_cmpuint (n_nominations, ==, N_NOMINATIONS);
  g_clear_object (&editions);

  g_test_timer_start ();
  pj_workspace_check (ws, &problems, &error);
  g_assert_no_error (error);
  if (problems != NULL)
    for (guint i = 0; i < problems->len; i++)
      g_test_message ("Problem: %s", (const char *) g_ptr_array_index (problems, i));
  g_assert_true (problems == NULL || problems->len == 0);
  seconds = g_test_timer_elapsed ();
  g_test_message ("Checked the workspace in %.2f s", seconds);
  g_assert_finalize_object (ws);

  /* Open it as a user would: a fresh connection and a new window. */
  g_test_timer_start ();
  ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_test_message ("Opened the workspace in %.2f s", g_test_timer_elapsed ());
  window = g_object_ref (pj_window_new (app, ws));
  g_test_message ("Opened the workspace and built the window in %.2f s",
                  g_test_timer_elapsed ());
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_for_draw (GTK_WIDGET (window));
  seconds = g_test_timer_elapsed ();
  g_test_message ("Opened the window and drew its first frame in %.2f s", seconds);

  g_assert_cmpstr (pj_window_get_visible_page_name (window), ==, "setup");
  g_assert_cmpint (pj_window_get_edition_id (window), !=, PJ_NO_ID);

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_drain ();
  g_assert_finalize_object (window);
  g_assert_finalize_object (ws);
  gui_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = gui_test_init (&argc, &argv);
  g_test_add_func ("/gui/scale/window", test_scale_window);
  ret = g_test_run ();
  g_object_unref (app);

  return ret;
}
