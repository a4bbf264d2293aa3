/* test-window.c: the main window, driven through its actions
 *
 * An empty workspace shows the welcome page; loading the example awards
 * fills the edition switcher and shows Setup; each view is rendered to a
 * PNG in $PJ_TEST_SHOTS, named after the language of the locale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <locale.h>

#include "gui-test-utils.h"
#include "pj-application.h"
#include "pj-demo.h"
#include "pj-setup-editor.h"
#include "pj-setup-view.h"
#include "pj-store.h"
#include "pj-window.h"

static PjApplication *app;

typedef struct
{
  char        *dir;
  PjWorkspace *workspace;
  PjWindow    *window;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = gui_test_make_dir ();
  path = g_build_filename (fixture->dir, "test.prisjury", NULL);
  fixture->workspace = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_application_apply_user (app, fixture->workspace);

  fixture->window = g_object_ref (pj_window_new (app, fixture->workspace));
  gtk_window_present (GTK_WINDOW (fixture->window));
  gui_test_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  gui_test_drain ();
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->workspace);
  gui_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static gboolean
editions_contain (GListModel *editions,
                  const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) edition = g_list_model_get_item (editions, i);
      g_autofree char *edition_title = pj_edition_dup_title (edition);

      if (g_strcmp0 (edition_title, title) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
load_examples (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.load-examples", NULL));
  gui_test_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
show_page (Fixture    *fixture,
           const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.show-page", "s", name));
  g_assert_cmpstr (pj_window_get_visible_page_name (fixture->window), ==, name);
  gui_test_wait_for_draw (GTK_WIDGET (fixture->window));
  /* A second frame, for views that load their rows after the first. */
  gui_test_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
test_welcome_on_empty (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkDropDown *switcher = pj_window_get_edition_switcher (fixture->window);
  g_autofree char *basename = NULL;

  g_assert_true (pj_workspace_is_empty (fixture->workspace));
  g_assert_cmpstr (pj_window_get_visible_page_name (fixture->window), ==, "welcome");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (switcher)));
  g_assert_cmpint (pj_window_get_edition_id (fixture->window), ==, PJ_NO_ID);

  /* The title names the workspace's file. */
  basename = g_path_get_basename (pj_workspace_get_path (fixture->workspace));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, basename);
}

static void
test_create_award (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GListModel) toplevels = NULL;
  PjSetupEditor *editor = NULL;

  /* "Create an Award" on the welcome page goes to Setup and opens the
   * award form there. */
  g_assert_cmpstr (pj_window_get_visible_page_name (fixture->window), ==, "welcome");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.create-award", NULL));
  g_assert_cmpstr (pj_window_get_visible_page_name (fixture->window), ==, "setup");

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (PJ_IS_SETUP_EDITOR (toplevel))
        editor = PJ_SETUP_EDITOR (toplevel);
    }
  g_assert_nonnull (editor);
  g_assert_cmpint (pj_setup_editor_get_kind (editor), ==, PJ_SETUP_EDITOR_AWARD);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Setup stays while the user works there, though nothing is saved yet. */
  gui_test_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (pj_window_get_visible_page_name (fixture->window), ==, "setup");
}

static void
test_load_examples (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkDropDown *switcher = pj_window_get_edition_switcher (fixture->window);
  GtkWidget *setup_view = pj_window_get_setup_view (fixture->window);
  GListModel *editions;
  PjEdition *selected;
  g_autoptr(PjEdition) shown = NULL;
  gint64 other_id = PJ_NO_ID;

  load_examples (fixture);

  g_assert_false (pj_workspace_is_empty (fixture->workspace));
  g_assert_cmpstr (pj_window_get_visible_page_name (fixture->window), ==, "setup");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (switcher)));

  editions = gtk_drop_down_get_model (switcher);
  g_assert_nonnull (editions);
  g_assert_cmpuint (g_list_model_get_n_items (editions), >=, 2);
  g_assert_true (editions_contain (editions, "Förnyelsepriset 2026"));
  g_assert_true (editions_contain (editions, "Kvalitetsutmärkelsen 2026"));

  /* An edition is chosen, and Setup shows it. */
  selected = gtk_drop_down_get_selected_item (switcher);
  g_assert_nonnull (selected);
  g_assert_cmpint (pj_window_get_edition_id (fixture->window), ==, pj_edition_get_id (selected));
  g_object_get (setup_view, "edition", &shown, NULL);
  g_assert_nonnull (shown);
  g_assert_cmpint (pj_edition_get_id (shown), ==, pj_edition_get_id (selected));
  g_clear_object (&shown);

  /* Switching the edition switches Setup. */
  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) edition = g_list_model_get_item (editions, i);

      if (pj_edition_get_id (edition) != pj_edition_get_id (selected))
        other_id = pj_edition_get_id (edition);
    }
  g_assert_cmpint (other_id, !=, PJ_NO_ID);
  g_assert_true (pj_window_set_edition_id (fixture->window, other_id));
  g_assert_cmpint (pj_window_get_edition_id (fixture->window), ==, other_id);
  g_object_get (setup_view, "edition", &shown, NULL);
  g_assert_cmpint (pj_edition_get_id (shown), ==, other_id);

  /* Setup choosing an edition itself (after creating one) moves the
   * switcher with it. */
  pj_setup_view_set_edition (PJ_SETUP_VIEW (setup_view), selected);
  g_assert_cmpint (pj_window_get_edition_id (fixture->window), ==, pj_edition_get_id (selected));
  g_assert_true (gtk_drop_down_get_selected_item (switcher) == selected);

  /* A second load is refused with a message, and changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.load-examples", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (switcher)), ==,
                    g_list_model_get_n_items (editions));
  g_assert_cmpint (pj_window_get_edition_id (fixture->window), ==,
                   pj_edition_get_id (selected));
}

static void
test_outside_change (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PjWorkspace) other = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *editions;

  /* Another connection (a second Prisjury, the command line) fills the
   * workspace; the window picks it up when told the workspace changed. */
  other = pj_workspace_open (pj_workspace_get_path (fixture->workspace),
                             PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (pj_demo_load_examples (other, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (pj_window_get_visible_page_name (fixture->window), ==, "welcome");
  g_assert_true (pj_workspace_poll_outside_changes (fixture->workspace));
  pj_workspace_emit_changed (fixture->workspace, "all");
  gui_test_wait_for_draw (GTK_WIDGET (fixture->window));

  g_assert_cmpstr (pj_window_get_visible_page_name (fixture->window), ==, "setup");
  editions = gtk_drop_down_get_model (pj_window_get_edition_switcher (fixture->window));
  g_assert_true (editions_contain (editions, "Förnyelsepriset 2026"));
}

static void
test_user_name (Fixture       *fixture,
                gconstpointer  data)
{
  GSettings *settings = pj_application_get_settings (app);

  /* The name from the preferences goes to the open workspace's audit log;
   * an empty one means the account's name. */
  g_settings_set_string (settings, "user-name", "Anna Lindqvist");
  g_assert_cmpstr (pj_workspace_get_user (fixture->workspace), ==, "Anna Lindqvist");
  g_settings_set_string (settings, "user-name", "");
  g_assert_cmpstr (pj_workspace_get_user (fixture->workspace), ==,
                   pj_application_get_default_user_name ());
}

static void
test_window_size (Fixture       *fixture,
                  gconstpointer  data)
{
  GSettings *settings = pj_application_get_settings (app);
  int width, height;

  /* The size the window had when it closed is where the next one starts. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 640);
  gui_test_wait_for_draw (GTK_WIDGET (fixture->window));
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  /* The X server may round the size by a pixel. */
  g_assert_cmpint (ABS (width - 900), <=, 2);
  g_assert_cmpint (ABS (height - 640), <=, 2);
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, width);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, height);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *prefs = NULL;
  g_autofree char *path = NULL;

  /* Preferences opens over the window it was asked from. */
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, ADW_TYPE_PREFERENCES_WINDOW))
      prefs = l->data;
  g_assert_nonnull (prefs);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (prefs)) ==
                 GTK_WINDOW (fixture->window));
  gui_test_wait_for_draw (prefs);
  gui_test_wait_for_draw (prefs);
  path = gui_test_save_screenshot (prefs, "preferences");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

static void
test_about_and_shortcuts (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWindow *about = NULL;
  GtkWindow *shortcuts;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (ADW_IS_ABOUT_WINDOW (l->data))
      about = l->data;
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_true (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)) ==
                 GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (about);

  /* GTK finds the shortcuts window in the resources and adds its action. */
  shortcuts = GTK_WINDOW (gtk_application_window_get_help_overlay (
                            GTK_APPLICATION_WINDOW (fixture->window)));
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.show-help-overlay", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_widget_set_visible (GTK_WIDGET (shortcuts), FALSE);
}

static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const pages[] = { "setup", "nominations", "jury", "scoring", "results" };
  g_autofree char *welcome = NULL;
  g_autoptr(GError) error = NULL;

  gui_test_wait_for_draw (GTK_WIDGET (fixture->window));
  welcome = gui_test_save_screenshot (GTK_WIDGET (fixture->window), "welcome");
  g_assert_true (g_file_test (welcome, G_FILE_TEST_IS_REGULAR));

  /* Loaded directly, so that no toast covers the pictures. */
  g_assert_true (pj_demo_load_examples (fixture->workspace, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *path = NULL;

      show_page (fixture, pages[i]);
      path = gui_test_save_screenshot (GTK_WIDGET (fixture->window), pages[i]);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");
  int ret;

  app = gui_test_init (&argc, &argv);

  /* The Swedish run is only worth its screenshots in a Swedish locale. */
  if (language != NULL && g_str_has_prefix (language, "sv"))
    g_assert_cmpstr (gui_test_language (), ==, "sv");

  g_test_add ("/gui/window/welcome-on-empty", Fixture, NULL,
              fixture_setup, test_welcome_on_empty, fixture_teardown);
  g_test_add ("/gui/window/create-award", Fixture, NULL,
              fixture_setup, test_create_award, fixture_teardown);
  g_test_add ("/gui/window/load-examples", Fixture, NULL,
              fixture_setup, test_load_examples, fixture_teardown);
  g_test_add ("/gui/window/outside-change", Fixture, NULL,
              fixture_setup, test_outside_change, fixture_teardown);
  g_test_add ("/gui/window/user-name", Fixture, NULL,
              fixture_setup, test_user_name, fixture_teardown);
  g_test_add ("/gui/window/window-size", Fixture, NULL,
              fixture_setup, test_window_size, fixture_teardown);
  g_test_add ("/gui/window/preferences", Fixture, NULL,
              fixture_setup, test_preferences, fixture_teardown);
  g_test_add ("/gui/window/about-and-shortcuts", Fixture, NULL,
              fixture_setup, test_about_and_shortcuts, fixture_teardown);
  g_test_add ("/gui/window/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, fixture_teardown);

  ret = g_test_run ();
  g_object_unref (app);

  return ret;
}
