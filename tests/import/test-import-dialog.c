/* test-import-dialog.c: Import Nominations…, driven as a user would
 *
 * The dialog opens over a window on a workspace holding the example
 * awards, reads a city's web form export, shows its preview; a column is
 * mapped, units are created, and the import is applied through the
 * dialog's action.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-import-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "gui-test-utils.h"
#include "pj-demo.h"
#include "pj-import-dialog-private.h"
#include "pj-store.h"
#include "pj-store-nomination.h"

static void
changed_cb (PjWorkspace *ws,
            const char  *what,
            guint       *n_nomination)
{
  if (g_str_equal (what, "nomination"))
    (*n_nomination)++;
}

static PjNomination *
find_nomination (PjWorkspace *ws,
                 const char  *title)
{
  g_autoptr(GListModel) list = pj_store_list_nominations (ws, 1, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PjNomination) n = g_list_model_get_item (list, i);

      if (g_strcmp0 (pj_nomination_get_title (n), title) == 0)
        return g_steal_pointer (&n);
    }
  return NULL;
}

static void
test_import_dialog (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = gui_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "workspace.prisjury", NULL);
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "import", "data",
                                                "webform-2026.csv", NULL);
  g_autofree char *shot = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(PjNomination) signering = NULL;
  g_autoptr(PjNomination) matsal = NULL;
  GtkWidget *parent;
  GtkWindow *dialog;
  PjImportDialog *self;
  AdwComboRow *row;
  guint before;
  guint n_changed = 0;
  gint64 deadline;

  ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_demo_load_examples (ws, &error);
  g_assert_no_error (error);
  before = pj_store_count_nominations (ws, 1);
  g_signal_connect (ws, "changed", G_CALLBACK (changed_cb), &n_changed);

  parent = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (parent), 1000, 720);
  gtk_window_present (GTK_WINDOW (parent));

  dialog = pj_import_dialog_new (GTK_WINDOW (parent), ws, 1);
  self = PJ_IMPORT_DIALOG (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (dialog);
  gui_test_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpstr (pj_import_dialog_get_page (self), ==, "choose");
  /* Nothing to import before a file is chosen */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL) &&
                  pj_store_count_nominations (ws, 1) != before);

  /* The preview of the web form's export */
  pj_import_dialog_load_file (self, file);
  gui_test_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpstr (pj_import_dialog_get_page (self), ==, "preview");
  g_assert_cmpstr (pj_import_dialog_get_counts_text (self), ==,
                   "2 will be imported, 4 errors, 2 duplicates");
  g_assert_cmpuint (g_list_model_get_n_items (
                      pj_import_plan_get_rows (pj_import_dialog_get_plan (self))), ==, 8);
  g_assert_cmpuint (pj_store_count_nominations (ws, 1), ==, before);

  /* Map the column the form calls "Övrigt" to the partners */
  row = pj_import_dialog_get_mapping_row (self, "Övrigt");
  g_assert_nonnull (row);
  g_assert_null (pj_import_dialog_get_mapping_row (self, "Kategori"));
  adw_combo_row_set_selected (row, 1 + PJ_IMPORT_FIELD_PARTNERS);
  g_assert_cmpint (pj_import_plan_get_column_field (pj_import_dialog_get_plan (self), 13), ==,
                   PJ_IMPORT_FIELD_PARTNERS);

  /* Create the unit the file names that the workspace lacks */
  gtk_switch_set_active (pj_import_dialog_get_create_units_switch (self), TRUE);
  g_assert_cmpuint (pj_import_plan_count (pj_import_dialog_get_plan (self),
                                          PJ_IMPORT_ROW_WILL_IMPORT), ==, 3);
  gui_test_wait_for_draw (GTK_WIDGET (dialog));
  shot = gui_test_save_screenshot (GTK_WIDGET (dialog), "import-preview");
  g_test_message ("Screenshot: %s", shot);
  g_assert_cmpuint (pj_store_count_nominations (ws, 1), ==, before);

  /* Import */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_strcmp0 (pj_import_dialog_get_page (self), "done") != 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (pj_import_dialog_get_page (self), ==, "done");
  /* The progress bar followed the writing to the end, then went away. */
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (pj_import_dialog_get_progress_bar (self)),
                     ==, 1.0);
  g_assert_cmpstr (gtk_progress_bar_get_text (pj_import_dialog_get_progress_bar (self)), ==,
                   "Imported 3 of 3 rows");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pj_import_dialog_get_progress_bar (self))));
  gui_test_wait_for_draw (GTK_WIDGET (dialog));
  g_free (shot);
  shot = gui_test_save_screenshot (GTK_WIDGET (dialog), "import-done");

  g_assert_cmpuint (pj_store_count_nominations (ws, 1), ==, before + 3);
  g_assert_cmpuint (n_changed, ==, 1);
  signering = find_nomination (ws, "Digital signering av vårdplaner");
  g_assert_nonnull (signering);
  g_assert_cmpstr (pj_nomination_get_partners (signering), ==, "Ring efter 15");
  matsal = find_nomination (ws, "Gemensam matsal för äldre och förskolebarn");
  g_assert_nonnull (matsal);
  g_assert_cmpstr (pj_nomination_get_unit_names (matsal), ==,
                   "Skärholmens hemtjänst, Vårbergs förskola");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  gui_test_drain ();
  g_assert_null (dialog);
  gtk_window_destroy (GTK_WINDOW (parent));
  gui_test_drain ();

  g_signal_handlers_disconnect_by_func (ws, changed_cb, &n_changed);
  g_clear_object (&ws);
  gui_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PjApplication) app = gui_test_init (&argc, &argv);

  g_test_add_func ("/import-dialog/preview-map-apply", test_import_dialog);
  return g_test_run ();
}
