/* test-setup.c: the organiser's Setup view, driven through its actions
 *
 * The view sits in a plain window with a toast overlay, on a workspace
 * filled with the example awards. Each test types into the editors as a
 * user would and activates the same actions the buttons do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-setup"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "pj-demo.h"
#include "pj-setup-view-private.h"
#include "pj-store.h"
#include "pj-store-nomination.h"
#include "gui-test-utils.h"

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  GtkWidget   *window;
  GtkWidget   *overlay;
  PjSetupView *view;
  PjEdition   *edition;   /* Förnyelsepriset 2026 */
} Fixture;

/* Helpers {{{ */

static guint
n_rows (Fixture    *f,
        const char *section)
{
  return g_list_model_get_n_items (G_LIST_MODEL (pj_setup_view_get_section_model (f->view,
                                                                                  section)));
}

static gboolean
section_has (Fixture    *f,
             const char *section,
             const char *name)
{
  GListModel *model = G_LIST_MODEL (pj_setup_view_get_section_model (f->view, section));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_name = NULL;

      g_object_get (item, "name", &item_name, NULL);
      if (g_strcmp0 (item_name, name) == 0)
        return TRUE;
    }
  return FALSE;
}

static gint64
row_id (Fixture    *f,
        const char *section,
        const char *name)
{
  GListModel *model = G_LIST_MODEL (pj_setup_view_get_section_model (f->view, section));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_name = NULL;
      gint64 id;

      g_object_get (item, "name", &item_name, "id", &id, NULL);
      if (g_strcmp0 (item_name, name) == 0)
        return id;
    }
  return PJ_NO_ID;
}

static PjSetupEditor *
open_editor (Fixture    *f,
             const char *action)
{
  PjSetupEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), action, NULL));
  pj_test_iterate ();
  editor = pj_setup_view_get_open_editor (f->view);
  g_assert_nonnull (editor);
  return editor;
}

static void
type_text (PjSetupEditor *editor,
           const char    *key,
           const char    *text)
{
  GtkWidget *w = pj_setup_editor_get_field (editor, key);

  g_assert_nonnull (w);
  if (GTK_IS_TEXT_VIEW (w))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (w)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (w), text);
}

static void
set_number (PjSetupEditor *editor,
            const char    *key,
            double         value)
{
  GtkWidget *w = pj_setup_editor_get_field (editor, key);

  g_assert_true (GTK_IS_SPIN_BUTTON (w));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (w), value);
}

static void
choose (PjSetupEditor *editor,
        const char    *key,
        const char    *label)
{
  GtkWidget *w = pj_setup_editor_get_field (editor, key);
  GListModel *model;

  g_assert_true (ADW_IS_COMBO_ROW (w));
  model = adw_combo_row_get_model (ADW_COMBO_ROW (w));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) s = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (s), label) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (w), i);
          return;
        }
    }
  g_error ("No “%s” in %s", label, key);
}

static void
save (PjSetupEditor *editor)
{
  g_assert_null (pj_setup_editor_get_problem (editor));
  g_assert_true (gtk_widget_get_sensitive (pj_setup_editor_get_save_button (editor)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  pj_test_iterate ();
}

/* Save is unavailable, the form says why and marks the field. */
static void
assert_cannot_save (Fixture       *f,
                    PjSetupEditor *editor,
                    const char    *key,
                    const char    *reason_part)
{
  GtkWidget *field = pj_setup_editor_get_field (editor, key);
  GtkWidget *row = ADW_IS_PREFERENCES_ROW (field)
                   ? field : gtk_widget_get_ancestor (field, ADW_TYPE_PREFERENCES_ROW);
  const char *problem = pj_setup_editor_get_problem (editor);

  g_assert_nonnull (problem);
  if (reason_part != NULL && strstr (problem, reason_part) == NULL)
    g_error ("“%s” does not mention “%s”", problem, reason_part);
  g_assert_false (gtk_widget_get_sensitive (pj_setup_editor_get_save_button (editor)));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* Activating Save anyway does nothing: the editor stays open. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  pj_test_iterate ();
  g_assert_true (pj_setup_view_get_open_editor (f->view) == editor);
}

/* Lets the toast finish showing before it is dismissed, as a user would:
 * libadwaita 1.2 does not like a toast dismissed while it animates in. */
static void
dismiss_toast (AdwToast *toast)
{
  pj_test_wait_ms (500);
  adw_toast_dismiss (toast);
  pj_test_wait_ms (500);
  pj_test_iterate ();
}

/* }}} */

/* Fixture {{{ */

static void
fixture_setup_with (Fixture  *f,
                    gboolean  demo,
                    int       width,
                    int       height)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pj-test-setup-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, "Test Organiser");

  if (demo)
    {
      pj_demo_load_examples (f->ws, &error);
      g_assert_no_error (error);
      f->edition = pj_test_find_edition (f->ws, "Förnyelsepriset", 2026);
      g_assert_nonnull (f->edition);
    }

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  f->overlay = adw_toast_overlay_new ();
  f->view = PJ_SETUP_VIEW (pj_setup_view_new ());
  g_object_set (f->view, "workspace", f->ws, "edition", f->edition, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (f->overlay), GTK_WIDGET (f->view));
  gtk_window_set_child (GTK_WINDOW (f->window), f->overlay);
  gtk_window_present (GTK_WINDOW (f->window));
  pj_test_wait_ms (100);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  fixture_setup_with (f, TRUE, 1100, 760);
}

static void
fixture_setup_empty (Fixture       *f,
                     gconstpointer  data)
{
  fixture_setup_with (f, FALSE, 1100, 760);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  PjSetupEditor *editor = f->view != NULL ? pj_setup_view_get_open_editor (f->view) : NULL;
  AdwMessageDialog *dialog = f->view != NULL ? pj_setup_view_get_open_dialog (f->view) : NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  if (editor != NULL)
    gtk_window_destroy (GTK_WINDOW (editor));
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  pj_test_iterate ();

  g_clear_object (&f->edition);
  g_assert_finalize_object (f->ws);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* }}} */

/* Tests {{{ */

static void
test_sections_filled (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const sections[] = {
    "awards", "editions", "categories", "criteria", "units", "jurors", "history"
  };
  g_autoptr(GListModel) units = pj_store_list_units (f->ws, NULL);
  g_autoptr(GListModel) jurors = pj_store_list_jurors (f->ws, pj_edition_get_id (f->edition),
                                                       NULL);

  g_assert_cmpuint (n_rows (f, "awards"), ==, 2);
  g_assert_true (section_has (f, "awards", "Förnyelsepriset"));
  g_assert_true (section_has (f, "awards", "Kvalitetsutmärkelsen"));
  g_assert_cmpuint (n_rows (f, "editions"), ==, 4);
  g_assert_cmpuint (n_rows (f, "categories"), ==, 4);
  g_assert_true (section_has (f, "categories", "Skola"));
  g_assert_true (section_has (f, "categories", "Äldreomsorg"));
  g_assert_cmpuint (n_rows (f, "criteria"), ==, 6);
  g_assert_true (section_has (f, "criteria", "Nyhetsgrad"));
  g_assert_true (section_has (f, "criteria", "Samverkan"));
  g_assert_cmpuint (n_rows (f, "units"), ==, g_list_model_get_n_items (units));
  g_assert_cmpuint (n_rows (f, "units"), >=, 30);
  g_assert_true (section_has (f, "units", "Stockholmshem"));
  g_assert_cmpuint (n_rows (f, "jurors"), ==, g_list_model_get_n_items (jurors));
  g_assert_cmpuint (n_rows (f, "jurors"), >, 0);

  /* Each section can be shown from outside. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.show-section",
                                                 "s", sections[i]));
      g_assert_cmpstr (pj_setup_view_get_visible_section (f->view), ==, sections[i]);
    }

  /* Without an edition, the edition's sections are empty and say why. */
  {
    guint changes = n_rows (f, "history");

    g_assert_cmpuint (changes, >, 0);
    pj_setup_view_set_edition (f->view, NULL);
    g_assert_cmpuint (n_rows (f, "categories"), ==, 0);
    g_assert_cmpuint (n_rows (f, "awards"), ==, 2);
    /* The change log is the workspace's, not the edition's. */
    g_assert_cmpuint (n_rows (f, "history"), ==, changes);
  }

  /* Another edition shows its own rows. */
  {
    g_autoptr(PjEdition) kvalitet = pj_test_find_edition (f->ws, "Kvalitetsutmärkelsen", 2026);

    pj_setup_view_set_edition (f->view, kvalitet);
    g_assert_cmpuint (n_rows (f, "categories"), ==, 5);
    g_assert_true (section_has (f, "categories", "Förskola"));
  }
}

static void
test_create_through_editors (Fixture       *f,
                             gconstpointer  data)
{
  PjSetupEditor *editor;
  g_autoptr(PjEdition) edition = NULL;
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(PjCriterion) criterion = NULL;
  gint64 award_id;

  /* An award */
  editor = open_editor (f, "setup.add-award");
  type_text (editor, "name", "  Stadsmiljöpriset ");
  type_text (editor, "description", "För en stad som är grönare\noch tryggare.");
  save (editor);
  g_assert_null (pj_setup_view_get_open_editor (f->view));
  g_assert_true (pj_store_name_exists (f->ws, "award", PJ_NO_ID, "Stadsmiljöpriset", PJ_NO_ID));
  g_assert_true (section_has (f, "awards", "Stadsmiljöpriset"));
  award_id = row_id (f, "awards", "Stadsmiljöpriset");

  /* An edition of it */
  editor = open_editor (f, "setup.add-edition");
  choose (editor, "award", "Stadsmiljöpriset");
  set_number (editor, "year", 2027);
  choose (editor, "phase", pj_phase_to_label (PJ_PHASE_SCORING));
  type_text (editor, "nominations-close", "2027-02-15");
  type_text (editor, "scoring-close", "2027-03-31");
  set_number (editor, "min-jurors", 4);
  save (editor);
  g_assert_null (pj_setup_view_get_open_editor (f->view));
  edition = pj_test_find_edition (f->ws, "Stadsmiljöpriset", 2027);
  g_assert_nonnull (edition);
  g_assert_cmpint (pj_edition_get_award_id (edition), ==, award_id);
  g_assert_cmpint (pj_edition_get_phase (edition), ==, PJ_PHASE_SCORING);
  g_assert_cmpstr (pj_edition_get_scoring_close (edition), ==, "2027-03-31");
  g_assert_cmpint (pj_edition_get_min_jurors (edition), ==, 4);
  g_assert_cmpuint (n_rows (f, "editions"), ==, 5);

  /* A category and a criterion in it */
  pj_setup_view_set_edition (f->view, edition);
  g_assert_cmpuint (n_rows (f, "categories"), ==, 0);

  editor = open_editor (f, "setup.add-category");
  type_text (editor, "name", "Gröna gårdar");
  choose (editor, "award-mode", pj_award_mode_to_label (PJ_AWARD_MODE_TOP_N));
  set_number (editor, "winners", 1);
  set_number (editor, "honourable-mentions", 2);
  type_text (editor, "prize", "Diplom och 50 000 kr");
  save (editor);
  categories = pj_store_list_categories (f->ws, pj_edition_get_id (edition), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 1);
  {
    g_autoptr(PjCategory) c = g_list_model_get_item (categories, 0);

    g_assert_cmpstr (pj_category_get_name (c), ==, "Gröna gårdar");
    g_assert_cmpint (pj_category_get_honourable_mentions (c), ==, 2);
    g_assert_cmpstr (pj_category_get_prize (c), ==, "Diplom och 50 000 kr");
  }
  g_assert_true (section_has (f, "categories", "Gröna gårdar"));

  editor = open_editor (f, "setup.add-criterion");
  type_text (editor, "name", "Originalitet");
  set_number (editor, "weight", 2);
  set_number (editor, "scale-min", 1);
  set_number (editor, "scale-max", 4);
  /* The rubric follows the scale: one label per step. */
  g_assert_nonnull (pj_setup_editor_get_field (editor, "label-4"));
  g_assert_null (pj_setup_editor_get_field (editor, "label-5"));
  type_text (editor, "label-1", "Känt sedan länge");
  type_text (editor, "label-4", "Helt nytt");
  save (editor);
  criteria = pj_store_list_criteria (f->ws, pj_edition_get_id (edition), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 1);
  criterion = g_list_model_get_item (criteria, 0);
  g_assert_cmpstr (pj_criterion_get_name (criterion), ==, "Originalitet");
  g_assert_cmpfloat (pj_criterion_get_weight (criterion), ==, 2);
  g_assert_cmpint (pj_criterion_get_scale_min (criterion), ==, 1);
  g_assert_cmpint (pj_criterion_get_scale_max (criterion), ==, 4);
  g_assert_cmpstr (pj_criterion_get_label (criterion, 1), ==, "Känt sedan länge");
  g_assert_cmpstr (pj_criterion_get_label (criterion, 4), ==, "Helt nytt");
  g_assert_true (section_has (f, "criteria", "Originalitet"));
}

static void
test_edit_and_copy (Fixture       *f,
                    gconstpointer  data)
{
  PjSetupEditor *editor;
  g_autoptr(PjEdition) copy = NULL;
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(PjCategory) skola = NULL;
  gint64 id = row_id (f, "categories", "Skola");

  /* Editing a row shows what is stored and saves the change. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.edit-item", "(sx)",
                                             "categories", id));
  pj_test_iterate ();
  editor = pj_setup_view_get_open_editor (f->view);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pj_setup_editor_get_field (editor,
                                                                                  "name"))),
                   ==, "Skola");
  type_text (editor, "prize", "Diplom och studieresa");
  save (editor);
  skola = pj_store_get_category (f->ws, id, NULL);
  g_assert_cmpstr (pj_category_get_prize (skola), ==, "Diplom och studieresa");

  /* New edition from… */
  editor = open_editor (f, "setup.copy-edition");
  g_assert_cmpint (pj_setup_editor_get_kind (editor), ==, PJ_SETUP_EDITOR_COPY_EDITION);
  set_number (editor, "year", 2026);
  assert_cannot_save (f, editor, "year", "2026");
  set_number (editor, "year", 2027);
  save (editor);
  copy = pj_test_find_edition (f->ws, "Förnyelsepriset", 2027);
  g_assert_nonnull (copy);
  categories = pj_store_list_categories (f->ws, pj_edition_get_id (copy), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 4);
  /* The view moves to the new edition. */
  g_assert_cmpint (pj_edition_get_id (pj_setup_view_get_edition (f->view)), ==,
                   pj_edition_get_id (copy));
  g_assert_cmpuint (n_rows (f, "criteria"), ==, 6);
}

static void
test_changed_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  gint64 id = row_id (f, "awards", "Kvalitetsutmärkelsen");
  g_autoptr(PjAward) other = pj_store_get_award (f->ws, id, NULL);
  g_autoptr(GError) error = NULL;
  PjSetupEditor *editor;
  GtkWidget *name;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.edit-item", "(sx)", "awards", id);
  pj_test_iterate ();
  editor = pj_setup_view_get_open_editor (f->view);
  g_assert_nonnull (editor);

  /* Someone else saves first. */
  pj_award_set_description (other, "Ändrad någon annanstans.");
  pj_store_update_award (f->ws, other, &error);
  g_assert_no_error (error);

  type_text (editor, "description", "Min ändring.");
  save (editor);
  g_assert_true (pj_setup_view_get_open_editor (f->view) == editor);
  g_assert_nonnull (pj_setup_editor_get_error (editor));

  /* Reload shows what is stored now, and saving works again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.reload", NULL));
  g_assert_null (pj_setup_editor_get_error (editor));
  name = pj_setup_editor_get_field (editor, "description");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (name));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Ändrad någon annanstans.");
  }
  type_text (editor, "description", "Min ändring.");
  save (editor);
  g_assert_null (pj_setup_view_get_open_editor (f->view));
  g_clear_object (&other);
  other = pj_store_get_award (f->ws, id, NULL);
  g_assert_cmpstr (pj_award_get_description (other), ==, "Min ändring.");
}

/* A label under @root whose text holds @part, as the user would read it. */
static gboolean
shows_text (GtkWidget  *root,
            const char *part)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), part) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, part))
      return TRUE;
  return FALSE;
}

static gboolean
shows_widget_type (GtkWidget *root,
                   GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_widget_type (child, type))
      return TRUE;
  return FALSE;
}

static double
rule_value (GArray     *rules,
            PjRuleKind  kind)
{
  for (guint i = 0; i < rules->len; i++)
    if (g_array_index (rules, PjEligibilityRule, i).kind == kind)
      return g_array_index (rules, PjEligibilityRule, i).value;
  return -1;
}

static void
switch_rule (PjSetupEditor *editor,
             const char    *key,
             gboolean       on)
{
  GtkWidget *w = pj_setup_editor_get_field (editor, key);

  g_assert_true (GTK_IS_SWITCH (w));
  gtk_switch_set_active (GTK_SWITCH (w), on);
}

static void
test_eligibility_rules (Fixture       *f,
                        gconstpointer  data)
{
  gint64 quality = row_id (f, "awards", "Kvalitetsutmärkelsen");
  gint64 renewal = row_id (f, "awards", "Förnyelsepriset");
  g_autoptr(GArray) rules = NULL;
  g_autoptr(GError) error = NULL;
  PjSetupEditor *editor;
  GtkWidget *spin;

  /* The example quality award carries the city's example rules, and the
   * editor shows them. */
  rules = pj_store_list_eligibility_rules (f->ws, quality, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, ==, 4);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_WINNER_QUARANTINE), ==, 3);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_RESIDENT_SHARE), ==, 50);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_BUDGET_BALANCE), ==, 0);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_MIN_STAFF), >, 0);
  g_clear_pointer (&rules, g_array_unref);
  g_assert_true (shows_text (GTK_WIDGET (f->view), "4 eligibility rules"));

  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.edit-item", "(sx)", "awards",
                              quality);
  pj_test_iterate ();
  editor = pj_setup_view_get_open_editor (f->view);
  g_assert_nonnull (editor);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (pj_setup_editor_get_field (
    editor, "rule-winner-quarantine"))));
  spin = pj_setup_editor_get_field (editor, "rule-winner-quarantine-value");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "3");
  g_assert_true (gtk_widget_get_sensitive (spin));
  gtk_window_destroy (GTK_WINDOW (editor));
  pj_test_iterate ();

  /* Förnyelsepriset has none: set them, typing as a user. */
  rules = pj_store_list_eligibility_rules (f->ws, renewal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, ==, 0);
  g_clear_pointer (&rules, g_array_unref);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.edit-item", "(sx)", "awards",
                              renewal);
  pj_test_iterate ();
  editor = pj_setup_view_get_open_editor (f->view);
  g_assert_nonnull (editor);
  for (guint k = 0; k < PJ_N_RULE_KINDS; k++)
    {
      g_autofree char *key = g_strdup_printf ("rule-%s", pj_rule_kind_to_string (k));

      g_assert_false (gtk_switch_get_active (GTK_SWITCH (pj_setup_editor_get_field (editor,
                                                                                     key))));
    }
  /* A rule switched off takes no number. */
  g_assert_false (gtk_widget_get_sensitive (pj_setup_editor_get_field (editor,
                                                                       "rule-min-staff-value")));
  g_assert_null (pj_setup_editor_get_problem (editor));

  switch_rule (editor, "rule-min-staff", TRUE);
  g_assert_true (gtk_widget_get_sensitive (pj_setup_editor_get_field (editor,
                                                                      "rule-min-staff-value")));
  type_text (editor, "rule-min-staff-value", "25");
  switch_rule (editor, "rule-winner-quarantine", TRUE);
  type_text (editor, "rule-winner-quarantine-value", "0");
  assert_cannot_save (f, editor, "rule-winner-quarantine-value", "at least one year");
  type_text (editor, "rule-winner-quarantine-value", "");
  assert_cannot_save (f, editor, "rule-winner-quarantine-value", "whole number");
  type_text (editor, "rule-winner-quarantine-value", "2");
  g_assert_null (pj_setup_editor_get_problem (editor));
  switch_rule (editor, "rule-resident-share", TRUE);
  type_text (editor, "rule-resident-share-value", "150");
  assert_cannot_save (f, editor, "rule-resident-share-value", "between 0 and 100");
  /* Switching the rule off again clears the problem. */
  switch_rule (editor, "rule-resident-share", FALSE);
  g_assert_null (pj_setup_editor_get_problem (editor));
  switch_rule (editor, "rule-resident-share", TRUE);
  assert_cannot_save (f, editor, "rule-resident-share-value", "between 0 and 100");
  type_text (editor, "rule-resident-share-value", "40");
  switch_rule (editor, "rule-budget-balance", TRUE);
  /* Nothing was written while the form was invalid. */
  rules = pj_store_list_eligibility_rules (f->ws, renewal, NULL);
  g_assert_cmpuint (rules->len, ==, 0);
  g_clear_pointer (&rules, g_array_unref);
  save (editor);
  g_assert_null (pj_setup_view_get_open_editor (f->view));

  rules = pj_store_list_eligibility_rules (f->ws, renewal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, ==, 4);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_MIN_STAFF), ==, 25);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_BUDGET_BALANCE), ==, 0);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_WINNER_QUARANTINE), ==, 2);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_RESIDENT_SHARE), ==, 40);
  g_clear_pointer (&rules, g_array_unref);

  /* Edit again: one rule off, one number changed through the spin button. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.edit-item", "(sx)", "awards",
                              renewal);
  pj_test_iterate ();
  editor = pj_setup_view_get_open_editor (f->view);
  g_assert_nonnull (editor);
  switch_rule (editor, "rule-budget-balance", FALSE);
  set_number (editor, "rule-min-staff-value", 8);
  save (editor);
  g_assert_null (pj_setup_view_get_open_editor (f->view));

  rules = pj_store_list_eligibility_rules (f->ws, renewal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, ==, 3);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_MIN_STAFF), ==, 8);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_BUDGET_BALANCE), ==, -1);
  pj_test_wait_ms (100);
  g_assert_true (shows_text (GTK_WIDGET (f->view), "3 eligibility rules"));

  /* A new award saves its rules with it. */
  editor = open_editor (f, "setup.add-award");
  type_text (editor, "name", "Stadsmiljöpriset");
  switch_rule (editor, "rule-winner-quarantine", TRUE);
  save (editor);
  g_assert_null (pj_setup_view_get_open_editor (f->view));
  g_clear_pointer (&rules, g_array_unref);
  rules = pj_store_list_eligibility_rules (f->ws, row_id (f, "awards", "Stadsmiljöpriset"),
                                           &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, ==, 1);
  g_assert_cmpfloat (rule_value (rules, PJ_RULE_WINNER_QUARANTINE), ==, 3);
}

static void
test_invalid_forms (Fixture       *f,
                    gconstpointer  data)
{
  PjSetupEditor *editor;
  g_autoptr(GListModel) before = pj_store_list_awards (f->ws, NULL);
  g_autoptr(GListModel) after = NULL;

  /* Empty name */
  editor = open_editor (f, "setup.add-award");
  g_assert_nonnull (pj_setup_editor_get_problem (editor));
  g_assert_false (gtk_widget_get_sensitive (pj_setup_editor_get_save_button (editor)));
  type_text (editor, "name", "Något");
  g_assert_null (pj_setup_editor_get_problem (editor));
  type_text (editor, "name", "   ");
  assert_cannot_save (f, editor, "name", NULL);

  /* Duplicate name, compared without case */
  type_text (editor, "name", "förnyelsepriset");
  assert_cannot_save (f, editor, "name", "förnyelsepriset");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  pj_test_iterate ();
  g_assert_null (pj_setup_view_get_open_editor (f->view));
  after = pj_store_list_awards (f->ws, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));

  /* A duplicate category in the same edition */
  editor = open_editor (f, "setup.add-category");
  type_text (editor, "name", "Skola");
  assert_cannot_save (f, editor, "name", "Skola");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  pj_test_iterate ();

  /* min >= max */
  editor = open_editor (f, "setup.add-criterion");
  type_text (editor, "name", "Mod");
  set_number (editor, "scale-min", 5);
  set_number (editor, "scale-max", 3);
  assert_cannot_save (f, editor, "scale-max", NULL);
  set_number (editor, "scale-max", 7);
  g_assert_null (pj_setup_editor_get_problem (editor));
  /* A criterion limited to no category */
  gtk_switch_set_active (GTK_SWITCH (pj_setup_editor_get_field (editor, "all-categories")),
                         FALSE);
  g_assert_nonnull (pj_setup_editor_get_problem (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  pj_test_iterate ();

  /* A bad email */
  editor = open_editor (f, "setup.add-juror");
  type_text (editor, "name", "Sofia Berg");
  type_text (editor, "email", "sofia.berg stockholm.se");
  assert_cannot_save (f, editor, "email", NULL);
  type_text (editor, "email", "sofia.berg@stockholm.se");
  g_assert_null (pj_setup_editor_get_problem (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  pj_test_iterate ();

  /* A bad date */
  editor = open_editor (f, "setup.add-edition");
  type_text (editor, "scoring-close", "2027-02-30");
  assert_cannot_save (f, editor, "scoring-close", NULL);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL);
  pj_test_iterate ();
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PjCategory) kept = NULL;
  g_autoptr(PjCategory) gone = NULL;
  g_autoptr(PjCategory) fresh = pj_category_new ();
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  gint64 id;

  /* The example categories have nominations; a new one has none. */
  pj_category_set_edition_id (fresh, pj_edition_get_id (f->edition));
  pj_category_set_name (fresh, "Socialt hållbar stad");
  pj_category_set_winners (fresh, 1);
  pj_store_create_category (f->ws, fresh, &error);
  g_assert_no_error (error);
  id = row_id (f, "categories", "Socialt hållbar stad");
  g_assert_cmpint (id, ==, pj_category_get_id (fresh));
  g_assert_cmpuint (n_rows (f, "categories"), ==, 5);

  /* Delete, then Undo: the row comes back and stays in the store. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.delete-item", "(sx)",
                                             "categories", id));
  g_assert_cmpuint (n_rows (f, "categories"), ==, 4);
  g_assert_false (section_has (f, "categories", "Socialt hållbar stad"));
  toast = pj_setup_view_get_last_toast (f->view);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "Socialt hållbar stad"));
  g_signal_emit_by_name (toast, "button-clicked");
  dismiss_toast (toast);
  g_assert_cmpuint (n_rows (f, "categories"), ==, 5);
  g_assert_true (section_has (f, "categories", "Socialt hållbar stad"));
  kept = pj_store_get_category (f->ws, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);

  /* Delete without Undo: gone from the store when the toast goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.delete-item", "(sx)",
                                             "categories", id));
  toast = pj_setup_view_get_last_toast (f->view);
  g_assert_nonnull (toast);
  dismiss_toast (toast);
  g_assert_cmpuint (n_rows (f, "categories"), ==, 4);
  gone = pj_store_get_category (f->ws, id, &error);
  g_assert_null (gone);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);

  /* A delete the store refuses brings the row back and says why. */
  id = row_id (f, "categories", "Socialtjänst");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.delete-item", "(sx)",
                              "categories", id);
  g_assert_false (section_has (f, "categories", "Socialtjänst"));
  dismiss_toast (pj_setup_view_get_last_toast (f->view));
  g_assert_true (section_has (f, "categories", "Socialtjänst"));
  toast = pj_setup_view_get_last_toast (f->view);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "nomination"));
}

static void
test_pending_delete_on_dispose (Fixture       *f,
                                gconstpointer  data)
{
  gint64 id = row_id (f, "units", "Stokab");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.delete-item", "(sx)",
                                             "units", id));
  g_assert_false (section_has (f, "units", "Stokab"));
  g_assert_true (pj_store_name_exists (f->ws, "unit", PJ_NO_ID, "Stokab", PJ_NO_ID));

  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  f->view = NULL;
  pj_test_iterate ();
  g_assert_false (pj_store_name_exists (f->ws, "unit", PJ_NO_ID, "Stokab", PJ_NO_ID));
}

static void
test_delete_award_refused (Fixture       *f,
                           gconstpointer  data)
{
  AdwMessageDialog *dialog;
  gint64 id = row_id (f, "awards", "Förnyelsepriset");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.delete-item", "(sx)",
                                             "awards", id));
  pj_test_iterate ();
  dialog = pj_setup_view_get_open_dialog (f->view);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "nomination"));
  g_assert_false (adw_message_dialog_has_response (dialog, "delete"));
  adw_message_dialog_response (dialog, "close");
  pj_test_iterate ();
  g_assert_true (section_has (f, "awards", "Förnyelsepriset"));
  g_assert_true (pj_store_name_exists (f->ws, "award", PJ_NO_ID, "Förnyelsepriset", PJ_NO_ID));
}

static void
test_delete_award_confirmed (Fixture       *f,
                             gconstpointer  data)
{
  PjSetupEditor *editor;
  AdwMessageDialog *dialog;
  AdwToast *toast;
  gint64 id;

  editor = open_editor (f, "setup.add-award");
  type_text (editor, "name", "Tillfälligt pris");
  save (editor);
  id = row_id (f, "awards", "Tillfälligt pris");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.delete-item", "(sx)",
                                             "awards", id));
  dialog = pj_setup_view_get_open_dialog (f->view);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "delete"));
  adw_message_dialog_response (dialog, "delete");
  pj_test_iterate ();
  g_assert_false (section_has (f, "awards", "Tillfälligt pris"));
  toast = pj_setup_view_get_last_toast (f->view);
  g_assert_nonnull (toast);
  dismiss_toast (toast);
  g_assert_false (pj_store_name_exists (f->ws, "award", PJ_NO_ID, "Tillfälligt pris",
                                        PJ_NO_ID));
}

static char *
category_order (PjWorkspace *ws,
                gint64       edition)
{
  g_autoptr(GListModel) categories = pj_store_list_categories (ws, edition, NULL);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(PjCategory) c = g_list_model_get_item (categories, i);

      g_assert_cmpint (pj_category_get_position (c), ==, (int) i);
      if (i > 0)
        g_string_append (s, ",");
      g_string_append (s, pj_category_get_name (c));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_keyboard_reorder (Fixture       *f,
                       gconstpointer  data)
{
  GtkSelectionModel *model = pj_setup_view_get_section_model (f->view, "categories");
  gint64 edition = pj_edition_get_id (f->edition);
  g_autofree char *start = category_order (f->ws, edition);
  g_autofree char *moved = NULL;
  g_autofree char *back = NULL;
  g_autofree char *menu = NULL;
  g_auto(GStrv) names = g_strsplit (start, ",", -1);
  g_autofree char *expected = g_strdup_printf ("%s,%s,%s,%s",
                                               names[1], names[0], names[2], names[3]);

  g_assert_true (GTK_IS_SINGLE_SELECTION (model));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.show-section", "s", "categories");

  /* Alt+Down on the first row */
  gtk_selection_model_select_item (model, 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view),
                                             "setup.move-selected-category", "i", 1));
  moved = category_order (f->ws, edition);
  g_assert_cmpstr (moved, ==, expected);
  /* The moved row stays selected, so Alt+Up brings it back. */
  g_assert_true (gtk_selection_model_is_selected (model, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view),
                                             "setup.move-selected-category", "i", -1));
  back = category_order (f->ws, edition);
  g_assert_cmpstr (back, ==, start);

  /* Nothing moves beyond the ends. */
  gtk_selection_model_select_item (model, 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.move-selected-category", "i", -1);
  g_free (back);
  back = category_order (f->ws, edition);
  g_assert_cmpstr (back, ==, start);

  /* The row menu's Move Down does the same. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.move-category", "(xi)",
                              row_id (f, "categories", names[0]), 1);
  menu = category_order (f->ws, edition);
  g_assert_cmpstr (menu, ==, expected);
}

static void
test_empty_workspace (Fixture       *f,
                      gconstpointer  data)
{
  PjSetupEditor *editor;

  g_assert_cmpuint (n_rows (f, "awards"), ==, 0);
  gui_test_save_widget_shot (f->overlay, "setup-empty-awards", NULL, 250);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.show-section", "s", "criteria");
  gui_test_save_widget_shot (f->overlay, "setup-empty-no-edition", NULL, 250);
  /* No award yet: no edition can be added; categories need an edition. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.add-category", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.add-edition", NULL);
  pj_test_iterate ();
  g_assert_null (pj_setup_view_get_open_editor (f->view));
  editor = open_editor (f, "setup.add-award");
  type_text (editor, "name", "Förnyelsepriset");
  save (editor);
  g_assert_cmpuint (n_rows (f, "awards"), ==, 1);

  editor = open_editor (f, "setup.add-edition");
  save (editor);
  g_assert_cmpuint (n_rows (f, "editions"), ==, 1);
  /* The first edition becomes the one the view works on. */
  g_assert_nonnull (pj_setup_view_get_edition (f->view));
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = NULL;
  g_autoptr(PjAuditEntry) newest = NULL;
  GListModel *model;
  guint before, all;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.show-section", "s", "history");
  pj_test_iterate ();
  g_assert_cmpstr (pj_setup_view_get_visible_section (f->view), ==, "history");
  before = n_rows (f, "history");
  g_assert_cmpuint (before, >, 0);

  /* An award renamed through the store shows at the top at once */
  award = pj_store_get_award (f->ws, row_id (f, "awards", "Förnyelsepriset"), &error);
  g_assert_no_error (error);
  pj_award_set_name (award, "Förnyelsepriset Stockholm");
  g_assert_true (pj_store_update_award (f->ws, award, &error));
  g_assert_no_error (error);
  pj_test_wait_ms (100);

  model = G_LIST_MODEL (pj_setup_view_get_section_model (f->view, "history"));
  all = g_list_model_get_n_items (model);
  g_assert_cmpuint (all, ==, before + 1);
  newest = g_list_model_get_item (model, 0);
  g_assert_cmpstr (pj_audit_entry_get_who (newest), ==, pj_workspace_get_user (f->ws));
  g_assert_cmpstr (pj_audit_entry_get_entity (newest), ==, "award");
  g_assert_cmpstr (pj_audit_entry_get_field (newest), ==, "name");
  g_assert_cmpstr (pj_audit_entry_get_old_value (newest), ==, "Förnyelsepriset");
  g_assert_cmpstr (pj_audit_entry_get_new_value (newest), ==, "Förnyelsepriset Stockholm");
  g_assert_true (shows_text (GTK_WIDGET (f->view), "Updated award"));
  g_assert_true (shows_text (GTK_WIDGET (f->view),
                            "Förnyelsepriset → Förnyelsepriset Stockholm"));
  g_assert_true (shows_text (GTK_WIDGET (f->view), "Test Organiser"));
  /* Read only: the page has no Add button and no row menu */
  {
    GtkWidget *page = GTK_WIDGET (pj_setup_view_get_history_search (f->view));

    while (!GTK_IS_STACK (gtk_widget_get_parent (page)))
      page = gtk_widget_get_parent (page);
    g_assert_false (shows_text (page, "Add"));
    g_assert_false (shows_widget_type (page, GTK_TYPE_MENU_BUTTON));
  }

  /* The search narrows the rows, on values and on the phrase */
  gtk_editable_set_text (pj_setup_view_get_history_search (f->view), "stockholm");
  pj_test_wait_ms (300);
  g_assert_cmpuint (n_rows (f, "history"), ==, 1);
  gtk_editable_set_text (pj_setup_view_get_history_search (f->view), "updated award");
  pj_test_wait_ms (300);
  g_assert_cmpuint (n_rows (f, "history"), >=, 1);
  g_assert_cmpuint (n_rows (f, "history"), <, all);
  gtk_editable_set_text (pj_setup_view_get_history_search (f->view), "no such change anywhere");
  pj_test_wait_ms (300);
  g_assert_cmpuint (n_rows (f, "history"), ==, 0);
  gtk_editable_set_text (pj_setup_view_get_history_search (f->view), "");
  pj_test_wait_ms (300);
  g_assert_cmpuint (n_rows (f, "history"), ==, all);
}

static void
take_screenshots (Fixture    *f,
                  const char *lang)
{
  static const char * const sections[] = {
    "awards", "editions", "categories", "criteria", "units", "jurors", "history"
  };
  PjSetupEditor *editor;
  g_autofree char *name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *shot = g_strdup_printf ("setup-%s-%s", sections[i], lang);

      gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.show-section", "s", sections[i]);
      gui_test_save_widget_shot (f->overlay, shot, NULL, 250);
    }

  /* Editors: a criterion as stored, and an award form that cannot be saved */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.edit-item", "(sx)", "criteria",
                              row_id (f, "criteria", "Nyhetsgrad"));
  pj_test_iterate ();
  editor = pj_setup_view_get_open_editor (f->view);
  g_assert_nonnull (editor);
  gtk_window_set_default_size (GTK_WINDOW (editor), 560, 900);
  name = g_strdup_printf ("setup-editor-criterion-%s", lang);
  gui_test_save_widget_shot (adw_window_get_content (ADW_WINDOW (editor)), name, NULL, 250);
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = open_editor (f, "setup.add-award");
  type_text (editor, "name", "Förnyelsepriset");
  g_free (name);
  name = g_strdup_printf ("setup-editor-award-invalid-%s", lang);
  gui_test_save_widget_shot (adw_window_get_content (ADW_WINDOW (editor)), name, NULL, 250);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* The quality award with its eligibility rules */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.edit-item", "(sx)", "awards",
                              row_id (f, "awards", "Kvalitetsutmärkelsen"));
  pj_test_iterate ();
  editor = pj_setup_view_get_open_editor (f->view);
  g_assert_nonnull (editor);
  gtk_window_set_default_size (GTK_WINDOW (editor), 640, 820);
  g_free (name);
  name = g_strdup_printf ("setup-editor-award-rules-%s", lang);
  gui_test_save_widget_shot (adw_window_get_content (ADW_WINDOW (editor)), name, NULL, 250);
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = open_editor (f, "setup.add-edition");
  g_free (name);
  name = g_strdup_printf ("setup-editor-edition-%s", lang);
  gtk_window_set_default_size (GTK_WINDOW (editor), 560, 860);
  gui_test_save_widget_shot (adw_window_get_content (ADW_WINDOW (editor)), name, NULL, 250);
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = open_editor (f, "setup.add-juror");
  g_free (name);
  name = g_strdup_printf ("setup-editor-juror-%s", lang);
  gui_test_save_widget_shot (adw_window_get_content (ADW_WINDOW (editor)), name, NULL, 250);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* A delete waiting for Undo */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.show-section", "s", "categories");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "setup.delete-item", "(sx)", "categories",
                              row_id (f, "categories", "Skola"));
  g_free (name);
  name = g_strdup_printf ("setup-delete-undo-%s", lang);
  gui_test_save_widget_shot (f->overlay, name, NULL, 250);

  /* Narrow: the leaflet folds, with a back button */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 420, 760);
  pj_test_wait_ms (200);
  g_free (name);
  name = g_strdup_printf ("setup-narrow-%s", lang);
  gui_test_save_widget_shot (f->overlay, name, NULL, 250);
}

static void
test_screenshots_en (Fixture       *f,
                     gconstpointer  data)
{
  take_screenshots (f, "en");
}

static void
switch_to_swedish (void)
{
  if (setlocale (LC_ALL, "sv_SE.UTF-8") == NULL)
    return;
  g_setenv ("LANGUAGE", "sv", TRUE);
  setlocale (LC_ALL, "sv_SE.UTF-8");
}

static void
test_screenshots_sv (Fixture       *f,
                     gconstpointer  data)
{
  take_screenshots (f, "sv");
}

static void
fixture_setup_swedish (Fixture       *f,
                       gconstpointer  data)
{
  switch_to_swedish ();
  fixture_setup (f, data);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  pj_test_bind_textdomain (PJ_TEST_LOCALEDIR);

  g_test_add ("/setup/sections-filled", Fixture, NULL,
              fixture_setup, test_sections_filled, fixture_teardown);
  g_test_add ("/setup/create-through-editors", Fixture, NULL,
              fixture_setup, test_create_through_editors, fixture_teardown);
  g_test_add ("/setup/edit-and-copy", Fixture, NULL,
              fixture_setup, test_edit_and_copy, fixture_teardown);
  g_test_add ("/setup/changed-elsewhere", Fixture, NULL,
              fixture_setup, test_changed_elsewhere, fixture_teardown);
  g_test_add ("/setup/eligibility-rules", Fixture, NULL,
              fixture_setup, test_eligibility_rules, fixture_teardown);
  g_test_add ("/setup/invalid-forms", Fixture, NULL,
              fixture_setup, test_invalid_forms, fixture_teardown);
  g_test_add ("/setup/delete-and-undo", Fixture, NULL,
              fixture_setup, test_delete_and_undo, fixture_teardown);
  g_test_add ("/setup/pending-delete-on-dispose", Fixture, NULL,
              fixture_setup, test_pending_delete_on_dispose, fixture_teardown);
  g_test_add ("/setup/delete-award-refused", Fixture, NULL,
              fixture_setup, test_delete_award_refused, fixture_teardown);
  g_test_add ("/setup/delete-award-confirmed", Fixture, NULL,
              fixture_setup, test_delete_award_confirmed, fixture_teardown);
  g_test_add ("/setup/keyboard-reorder", Fixture, NULL,
              fixture_setup, test_keyboard_reorder, fixture_teardown);
  g_test_add ("/setup/history", Fixture, NULL,
              fixture_setup, test_history, fixture_teardown);
  g_test_add ("/setup/empty-workspace", Fixture, NULL,
              fixture_setup_empty, test_empty_workspace, fixture_teardown);
  g_test_add ("/setup/screenshots-en", Fixture, NULL,
              fixture_setup, test_screenshots_en, fixture_teardown);
  /* Last: it switches the process to Swedish. */
  g_test_add ("/setup/screenshots-sv", Fixture, NULL,
              fixture_setup_swedish, test_screenshots_sv, fixture_teardown);

  return g_test_run ();
}
