/* test-nomination-view.c: the Nominations view, driven through its actions
 *
 * The window shows the example awards; each test looks at the list, types
 * into the editor's widgets as a user would, waits for the autosave and
 * reads the store back. Run in English and in Swedish (sorting, labels,
 * screenshots).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-nomination-view"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "gui-test-utils.h"
#include "pj-demo.h"
#include "pj-nomination-filter.h"
#include "pj-nominations-view-private.h"
#include "pj-store-nomination.h"
#include "pj-store.h"
#include "pj-window.h"

static PjApplication *app;

typedef struct
{
  char              *dir;
  PjWorkspace       *workspace;
  PjWindow          *window;
  PjNominationsView *view;
  PjNominationEditor *editor;
  PjEdition         *edition;   /* Förnyelsepriset 2026 */
} Fixture;

/* Helpers {{{ */

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits (at most 5 s) for the editor to reach @state. */
static void
wait_for_state (Fixture     *f,
                PjSaveState  state)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add (5000, timeout_cb, &timed_out);

  while (pj_nomination_editor_get_save_state (f->editor) != state && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (source);
  g_assert_cmpint (pj_nomination_editor_get_save_state (f->editor), ==, state);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = gui_test_make_dir ();
  path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->workspace = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_application_apply_user (app, f->workspace);
  g_assert_true (pj_demo_load_examples (f->workspace, &error));
  g_assert_no_error (error);
  f->edition = pj_test_find_edition (f->workspace, "Förnyelsepriset", 0);
  g_assert_nonnull (f->edition);

  f->window = g_object_ref (pj_window_new (app, f->workspace));
  /* Wide enough for the list and the editor side by side. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1360, 860);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (pj_window_set_edition_id (f->window, pj_edition_get_id (f->edition)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "nominations"));
  f->view = PJ_NOMINATIONS_VIEW (pj_window_get_nominations_view (f->window));
  f->editor = PJ_NOMINATION_EDITOR (pj_nominations_view_get_editor (f->view));
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_drain ();
  g_assert_finalize_object (f->window);
  g_clear_object (&f->edition);
  g_assert_finalize_object (f->workspace);
  gui_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
edition_id (Fixture *f)
{
  return pj_edition_get_id (f->edition);
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (pj_nominations_view_get_shown_model (f->view));
}

static GListModel *
store_list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = pj_store_list_nominations (f->workspace, edition_id (f), &error);

  g_assert_no_error (error);
  return list;
}

static char *
expected_count (guint shown,
                guint total,
                gboolean filtered)
{
  if (filtered)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u nomination",
                                         "%u of %u nominations", total), shown, total);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u nomination", "%u nominations",
                                       total), total);
}

static PjNomination *
shown_item (Fixture *f,
            guint    position)
{
  return g_list_model_get_item (pj_nominations_view_get_shown_model (f->view), position);
}

/* The first nomination the list shows, selected for editing. */
static gint64
select_first (Fixture *f)
{
  g_autoptr(PjNomination) first = shown_item (f, 0);
  gint64 id;

  g_assert_nonnull (first);
  id = pj_nomination_get_id (first);
  g_assert_true (pj_nominations_view_select (f->view, id));
  g_assert_cmpint (pj_nomination_editor_get_nomination_id (f->editor), ==, id);
  g_assert_cmpint (pj_nomination_editor_get_save_state (f->editor), ==, PJ_SAVE_STATE_SAVED);
  return id;
}

static PjNomination *
stored (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  PjNomination *n = pj_store_get_nomination (f->workspace, id, &error);

  g_assert_no_error (error);
  return n;
}

static void
set_text_view (GtkWidget  *view,
               const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

/* }}} */

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  guint total = pj_store_count_nominations (f->workspace, edition_id (f));
  g_autofree char *count = expected_count (total, total, FALSE);
  GtkColumnView *columns = pj_nominations_view_get_column_view (f->view);

  g_assert_cmpuint (total, >, 3);
  g_assert_cmpuint (n_shown (f), ==, total);
  g_assert_cmpstr (pj_nominations_view_get_count_text (f->view), ==, count);
  g_assert_cmpstr (pj_nominations_view_get_list_state (f->view), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (columns)), ==, 6);
  /* Nothing is selected yet: the editor says so. */
  g_assert_cmpint (pj_nominations_view_get_selected_id (f->view), ==, PJ_NO_ID);
  g_assert_cmpint (pj_nomination_editor_get_save_state (f->editor), ==, PJ_SAVE_STATE_NONE);

  /* Another edition shows its own. */
  {
    g_autoptr(PjEdition) other = pj_test_find_edition (f->workspace, "Kvalitetsutmärkelsen", 0);
    guint other_total = pj_store_count_nominations (f->workspace, pj_edition_get_id (other));

    g_assert_true (pj_window_set_edition_id (f->window, pj_edition_get_id (other)));
    g_assert_cmpuint (n_shown (f), ==, other_total);
  }
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GListModel) all = store_list (f);
  guint total = g_list_model_get_n_items (all);
  g_autoptr(PjNomination) first = g_list_model_get_item (all, 0);
  g_autofree char *word = NULL;
  const char *queries[3];
  g_auto(GStrv) title_words = g_strsplit (pj_nomination_get_title (first), " ", -1);
  g_auto(GStrv) unit_words = NULL;

  /* A word of a title, in upper case; a unit's name; a word of a text. */
  word = g_utf8_strup (title_words[0], -1);
  queries[0] = word;
  unit_words = g_strsplit (pj_nomination_get_unit_names (first), ",", -1);
  queries[1] = unit_words[0];
  queries[2] = "kvällstid";

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      PjNominationFilter filter;
      guint expected = 0;
      g_autofree char *count = NULL;

      pj_nomination_filter_init (&filter);
      pj_nomination_filter_set_text (&filter, queries[q]);
      for (guint i = 0; i < total; i++)
        {
          g_autoptr(PjNomination) n = g_list_model_get_item (all, i);
          g_autofree char *title = g_utf8_casefold (pj_nomination_get_title (n), -1);
          g_autofree char *units = g_utf8_casefold (pj_nomination_get_unit_names (n), -1);
          g_autofree char *summary = g_utf8_casefold (pj_nomination_get_summary (n), -1);
          g_autofree char *needle = g_utf8_casefold (queries[q], -1);
          gboolean match = pj_nomination_filter_match (&filter, n, NULL);

          /* Titles, units and the summary are searched. */
          if (strstr (title, needle) || strstr (units, needle) || strstr (summary, needle))
            g_assert_true (match);
          expected += match;
        }
      pj_nomination_filter_clear (&filter);

      pj_nominations_view_set_search_text (f->view, queries[q]);
      g_test_message ("“%s”: %u of %u", queries[q], n_shown (f), total);
      g_assert_cmpuint (n_shown (f), ==, expected);
      g_assert_cmpuint (expected, >, 0);
      g_assert_cmpuint (expected, <, total);
      count = expected_count (expected, total, TRUE);
      g_assert_cmpstr (pj_nominations_view_get_count_text (f->view), ==, count);
    }

  /* Nothing matches: the list says so; clearing brings every row back. */
  pj_nominations_view_set_search_text (f->view, "zzxxyyqq");
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_cmpstr (pj_nominations_view_get_list_state (f->view), ==, "no-results");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view),
                                             "nominations.clear-filters", NULL));
  g_assert_cmpuint (n_shown (f), ==, total);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
                     pj_nominations_view_get_search_entry (f->view))), ==, "");
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GListModel) all = store_list (f);
  guint total = g_list_model_get_n_items (all);
  g_autoptr(GListModel) categories = pj_store_list_categories (f->workspace, edition_id (f),
                                                               NULL);
  const char *names[] = { "category", "status", "class", "substrategy" };
  guint narrowed = 0;

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      GtkDropDown *dropdown = pj_nominations_view_get_filter (f->view, names[k]);
      guint n_choices = g_list_model_get_n_items (gtk_drop_down_get_model (dropdown));

      /* "All …" first, then one entry per value. */
      if (k == 0)
        g_assert_cmpuint (n_choices, ==, 1 + g_list_model_get_n_items (categories));
      else if (k == 1)
        g_assert_cmpuint (n_choices, ==, 1 + PJ_N_NOMINATION_STATUSES);
      else if (k == 2)
        g_assert_cmpuint (n_choices, ==, 1 + PJ_N_INNOVATION_CLASSES);
      else
        g_assert_cmpuint (n_choices, ==, 1 + PJ_N_SUBSTRATEGIES);

      for (guint choice = 1; choice < n_choices; choice++)
        {
          guint expected = 0;

          for (guint i = 0; i < total; i++)
            {
              g_autoptr(PjNomination) n = g_list_model_get_item (all, i);
              gboolean match;

              if (k == 0)
                {
                  g_autoptr(PjCategory) c = g_list_model_get_item (categories, choice - 1);

                  match = pj_nomination_get_category_id (n) == pj_category_get_id (c);
                }
              else if (k == 1)
                match = pj_nomination_get_status (n) == choice - 1;
              else if (k == 2)
                match = pj_nomination_filter_shown_class (n) == choice - 1;
              else
                match = pj_nomination_has_substrategy (n, choice - 1);
              expected += match;
            }

          gtk_drop_down_set_selected (dropdown, choice);
          g_assert_cmpuint (n_shown (f), ==, expected);
          for (guint i = 0; i < n_shown (f); i++)
            {
              g_autoptr(PjNomination) n = shown_item (f, i);

              if (k == 1)
                g_assert_cmpint (pj_nomination_get_status (n), ==, choice - 1);
            }
          if (expected < total)
            {
              g_autofree char *count = expected_count (expected, total, TRUE);

              g_assert_cmpstr (pj_nominations_view_get_count_text (f->view), ==, count);
              narrowed++;
            }
        }
      gtk_drop_down_set_selected (dropdown, 0);
      g_assert_cmpuint (n_shown (f), ==, total);
    }
  g_assert_cmpuint (narrowed, >, 4);

  /* Two filters together, and the count of filters in use. */
  {
    GtkDropDown *status = pj_nominations_view_get_filter (f->view, "status");
    GtkDropDown *category = pj_nominations_view_get_filter (f->view, "category");
    g_autoptr(PjCategory) c = g_list_model_get_item (categories, 0);
    guint expected = pj_store_count_nominations_filtered (f->workspace, edition_id (f),
                                                          pj_category_get_id (c),
                                                          PJ_NOMINATION_SUBMITTED);

    gtk_drop_down_set_selected (category, 1);
    gtk_drop_down_set_selected (status, 1 + PJ_NOMINATION_SUBMITTED);
    g_assert_cmpuint (n_shown (f), ==, expected);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view),
                                               "nominations.clear-filters", NULL));
    g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, 0);
    g_assert_cmpuint (n_shown (f), ==, total);
  }
}

static gboolean
locale_is_swedish (void)
{
  const char *collate = setlocale (LC_COLLATE, NULL);

  return collate != NULL && g_str_has_prefix (collate, "sv_SE");
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  const char *titles[] = { "Zebrarandig skolgård", "Örtagård på taket", "Ängsmark vid skolan",
                           "Ålderskramp", "Aaa-projektet", "Öppna data" };
  /* Swedish order: Z, then Å, Ä, Ö. */
  const char *swedish[] = { "Aaa-projektet", "Zebrarandig skolgård", "Ålderskramp",
                            "Ängsmark vid skolan", "Öppna data", "Örtagård på taket" };
  GtkColumnView *columns = pj_nominations_view_get_column_view (f->view);
  g_autoptr(GtkColumnViewColumn) title_column = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(PjNomination) n_new = pj_nomination_new ();
      g_autoptr(GError) error = NULL;

      pj_nomination_set_edition_id (n_new, edition_id (f));
      pj_nomination_set_title (n_new, titles[i]);
      g_assert_true (pj_store_create_nomination (f->workspace, n_new, &error));
      g_assert_no_error (error);
    }

  /* Only the ones made here, to read their order. */
  title_column = g_list_model_get_item (gtk_column_view_get_columns (columns), 0);
  gtk_column_view_sort_by_column (columns, title_column, GTK_SORT_ASCENDING);
  n = n_shown (f);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjNomination) item = shown_item (f, i);

      for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
        if (g_str_equal (pj_nomination_get_title (item), titles[t]))
          g_ptr_array_add (order, g_strdup (titles[t]));
    }
  g_assert_cmpuint (order->len, ==, G_N_ELEMENTS (titles));

  /* In every locale the order is the locale's collation. */
  for (guint i = 1; i < order->len; i++)
    g_assert_cmpint (g_utf8_collate (g_ptr_array_index (order, i - 1),
                                     g_ptr_array_index (order, i)), <=, 0);

  if (locale_is_swedish ())
    {
      for (guint i = 0; i < order->len; i++)
        g_assert_cmpstr (g_ptr_array_index (order, i), ==, swedish[i]);
      g_test_message ("Swedish collation: Å Ä Ö after Z");
    }
  else
    g_test_message ("Locale %s: the Swedish order is checked in the sv_SE run",
                    setlocale (LC_COLLATE, NULL));

  /* Descending reverses it; every column sorts. */
  gtk_column_view_sort_by_column (columns, title_column, GTK_SORT_DESCENDING);
  {
    g_autoptr(PjNomination) first = shown_item (f, 0);
    g_autoptr(PjNomination) last = shown_item (f, n - 1);

    g_assert_cmpint (g_utf8_collate (pj_nomination_get_title (first),
                                     pj_nomination_get_title (last)), >=, 0);
    if (locale_is_swedish ())
      g_assert_cmpstr (pj_nomination_get_title (first), ==, "Örtagård på taket");
  }

  for (guint c = 1; c < 6; c++)
    {
      g_autoptr(GtkColumnViewColumn) column =
        g_list_model_get_item (gtk_column_view_get_columns (columns), c);

      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
      gtk_column_view_sort_by_column (columns, column, GTK_SORT_ASCENDING);
      g_assert_cmpuint (n_shown (f), ==, n);
      if (c == 3)
        {
          /* Status: in the order of the workflow, draft first. */
          g_autoptr(PjNomination) first = shown_item (f, 0);
          g_autoptr(PjNomination) last = shown_item (f, n - 1);

          g_assert_cmpint (pj_nomination_get_status (first), <=,
                           pj_nomination_get_status (last));
        }
    }
}

static void
test_edit_title (Fixture       *f,
                 gconstpointer  data)
{
  gint64 id = select_first (f);
  GtkWidget *title = pj_nomination_editor_get_field (f->editor, "title");
  g_autoptr(PjNomination) after = NULL;

  gtk_editable_set_text (GTK_EDITABLE (title), "Läxhjälp på distans");
  g_assert_cmpint (pj_nomination_editor_get_save_state (f->editor), ==, PJ_SAVE_STATE_SAVING);
  g_assert_cmpstr (pj_nomination_editor_get_save_message (f->editor), ==, _("Saving…"));
  wait_for_state (f, PJ_SAVE_STATE_SAVED);
  g_assert_cmpstr (pj_nomination_editor_get_save_message (f->editor), ==, _("Saved"));

  after = stored (f, id);
  g_assert_cmpstr (pj_nomination_get_title (after), ==, "Läxhjälp på distans");
  /* The list shows it, still selected. */
  g_assert_cmpint (pj_nominations_view_get_selected_id (f->view), ==, id);
  pj_nominations_view_set_search_text (f->view, "på distans");
  g_assert_cmpuint (n_shown (f), ==, 1);

  /* An email that is not one is not saved, and the editor says why. */
  gtk_editable_set_text (GTK_EDITABLE (pj_nomination_editor_get_field (f->editor,
                                                                       "contact-email")),
                         "maja.holm at stockholm");
  wait_for_state (f, PJ_SAVE_STATE_FAILED);
  {
    g_autofree char *prefix = g_strdup_printf (_("Not saved: %s"), "");

    g_assert_true (g_str_has_prefix (pj_nomination_editor_get_save_message (f->editor),
                                     prefix));
  }
  gtk_editable_set_text (GTK_EDITABLE (pj_nomination_editor_get_field (f->editor,
                                                                       "contact-email")),
                         "maja.holm@stockholm.se");
  wait_for_state (f, PJ_SAVE_STATE_SAVED);
  g_clear_object (&after);
  after = stored (f, id);
  g_assert_cmpstr (pj_nomination_get_contact_email (after), ==, "maja.holm@stockholm.se");
}

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  gint64 id = select_first (f);
  GtkWidget *summary = pj_nomination_editor_get_field (f->editor, "summary");
  GtkWidget *counter = pj_nomination_editor_get_field (f->editor, "summary-counter");
  g_autoptr(PjNomination) before = stored (f, id);
  g_autoptr(PjNomination) after = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *expected = NULL;

  /* 412 characters, with Å Ä Ö counted as one each. */
  for (guint i = 0; i < 103; i++)
    g_string_append (text, "åäöa");
  set_text_view (summary, text->str);
  expected = g_strdup_printf (_("%ld / %d"), 412L, 600);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==, expected);
  g_assert_false (gtk_widget_has_css_class (counter, "error"));
  wait_for_state (f, PJ_SAVE_STATE_SAVED);
  after = stored (f, id);
  g_assert_cmpstr (pj_nomination_get_summary (after), ==, text->str);
  g_clear_object (&after);

  /* 612: the counter turns red, nothing is saved, and the editor says why. */
  g_string_append (text, "123456789012");
  set_text_view (summary, text->str);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf (_("%ld / %d"), 424L, 600);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==, expected);
  for (guint i = 0; i < 47; i++)
    g_string_append (text, "ÅÄÖÅ");
  set_text_view (summary, text->str);
  g_assert_cmpint (g_utf8_strlen (text->str, -1), ==, 612);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf (_("%ld / %d"), 612L, 600);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (counter)), ==, expected);
  g_assert_true (gtk_widget_has_css_class (counter, "error"));
  wait_for_state (f, PJ_SAVE_STATE_FAILED);
  g_test_message ("%s", pj_nomination_editor_get_save_message (f->editor));
  after = stored (f, id);
  g_assert_cmpint (g_utf8_strlen (pj_nomination_get_summary (after), -1), ==, 412);
  g_clear_object (&after);

  /* Back to 600: saved. */
  g_string_truncate (text, 0);
  for (guint i = 0; i < 150; i++)
    g_string_append (text, "Ååäö");
  set_text_view (summary, text->str);
  g_assert_false (gtk_widget_has_css_class (counter, "error"));
  wait_for_state (f, PJ_SAVE_STATE_SAVED);
  after = stored (f, id);
  g_assert_cmpint (g_utf8_strlen (pj_nomination_get_summary (after), -1), ==, 600);
  g_assert_cmpstr (pj_nomination_get_title (after), ==, pj_nomination_get_title (before));
}

static void
test_ineligible_needs_reason (Fixture       *f,
                              gconstpointer  data)
{
  gint64 id = select_first (f);
  GtkWidget *status = pj_nomination_editor_get_field (f->editor, "status");
  GtkWidget *reason = pj_nomination_editor_get_field (f->editor, "ineligible-reason");
  g_autoptr(PjNomination) before = stored (f, id);
  g_autoptr(PjNomination) after = NULL;

  g_assert_false (gtk_widget_get_visible (reason));
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), PJ_NOMINATION_INELIGIBLE);
  g_assert_true (gtk_widget_get_visible (reason));
  g_assert_true (gtk_widget_has_css_class (reason, "error"));
  wait_for_state (f, PJ_SAVE_STATE_FAILED);
  after = stored (f, id);
  g_assert_cmpint (pj_nomination_get_status (after), ==, pj_nomination_get_status (before));
  g_clear_object (&after);

  gtk_editable_set_text (GTK_EDITABLE (reason), "Budgeten är inte i balans.");
  g_assert_false (gtk_widget_has_css_class (reason, "error"));
  wait_for_state (f, PJ_SAVE_STATE_SAVED);
  after = stored (f, id);
  g_assert_cmpint (pj_nomination_get_status (after), ==, PJ_NOMINATION_INELIGIBLE);
  g_assert_cmpstr (pj_nomination_get_ineligible_reason (after), ==,
                   "Budgeten är inte i balans.");
}

static void
test_withdraw_undo (Fixture       *f,
                    gconstpointer  data)
{
  gint64 id = select_first (f);
  g_autoptr(PjNomination) n = stored (f, id);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  /* An ineligible one: Undo must bring back the reason too. */
  g_assert_true (pj_store_set_nomination_status (f->workspace, n, PJ_NOMINATION_INELIGIBLE,
                                                 "För få anställda.", &error));
  g_assert_no_error (error);
  g_clear_object (&n);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "nominations.withdraw",
                                             NULL));
  n = stored (f, id);
  g_assert_cmpint (pj_nomination_get_status (n), ==, PJ_NOMINATION_WITHDRAWN);
  g_clear_object (&n);
  /* The editor follows. */
  g_assert_cmpint (adw_combo_row_get_selected (ADW_COMBO_ROW (
                     pj_nomination_editor_get_field (f->editor, "status"))), ==,
                   PJ_NOMINATION_WITHDRAWN);

  toast = pj_nominations_view_get_last_toast (f->view);
  g_assert_nonnull (toast);
  g_assert_nonnull (adw_toast_get_button_label (toast));
  g_signal_emit_by_name (toast, "button-clicked");
  n = stored (f, id);
  g_assert_cmpint (pj_nomination_get_status (n), ==, PJ_NOMINATION_INELIGIBLE);
  g_assert_cmpstr (pj_nomination_get_ineligible_reason (n), ==, "För få anställda.");
  g_assert_cmpint (adw_combo_row_get_selected (ADW_COMBO_ROW (
                     pj_nomination_editor_get_field (f->editor, "status"))), ==,
                   PJ_NOMINATION_INELIGIBLE);
}

static void
test_editor_undo (Fixture       *f,
                  gconstpointer  data)
{
  gint64 id = select_first (f);
  g_autoptr(PjNomination) before = stored (f, id);
  g_autoptr(PjNomination) after = NULL;
  g_autofree char *original = g_strdup (pj_nomination_get_title (before));
  GtkWidget *title = pj_nomination_editor_get_field (f->editor, "title");
  GtkWidget *check = pj_nomination_editor_get_field (f->editor, "substrategy-5");
  gboolean had_procurement = pj_nomination_has_substrategy (before, PJ_SUBSTRATEGY_PROCUREMENT);

  g_assert_false (pj_nomination_editor_can_undo (f->editor));
  gtk_editable_set_text (GTK_EDITABLE (title), "En helt ny titel");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !had_procurement);
  wait_for_state (f, PJ_SAVE_STATE_SAVED);
  after = stored (f, id);
  g_assert_cmpstr (pj_nomination_get_title (after), ==, "En helt ny titel");
  g_assert_true (pj_nomination_editor_can_undo (f->editor));
  g_clear_object (&after);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.undo", NULL));
  g_assert_cmpint (pj_nomination_editor_get_save_state (f->editor), ==, PJ_SAVE_STATE_SAVED);
  after = stored (f, id);
  g_assert_cmpstr (pj_nomination_get_title (after), ==, original);
  g_assert_cmpint (pj_nomination_has_substrategy (after, PJ_SUBSTRATEGY_PROCUREMENT), ==,
                   had_procurement);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, original);
  g_assert_false (pj_nomination_editor_can_undo (f->editor));
}

static void
test_units_and_team (Fixture       *f,
                     gconstpointer  data)
{
  gint64 id = select_first (f);
  g_autoptr(GListModel) units = pj_store_list_units (f->workspace, NULL);
  g_autoptr(PjNomination) before = stored (f, id);
  g_autoptr(PjNomination) after = NULL;
  guint n_units = pj_nomination_get_n_units (before);
  guint n_team = g_list_model_get_n_items (pj_nomination_get_team (before));
  gint64 added = PJ_NO_ID;

  for (guint i = 0; i < g_list_model_get_n_items (units) && added == PJ_NO_ID; i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);

      if (pj_nomination_editor_add_unit (f->editor, pj_unit_get_id (unit)))
        added = pj_unit_get_id (unit);
    }
  g_assert_cmpint (added, !=, PJ_NO_ID);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-member",
                                             NULL));
  {
    GtkWidget *team = pj_nomination_editor_get_field (f->editor, "team");
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (team), n_team);
    GtkWidget *name = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
    GtkWidget *role = gtk_widget_get_next_sibling (name);

    gtk_editable_set_text (GTK_EDITABLE (name), "Sara Lind");
    gtk_editable_set_text (GTK_EDITABLE (role), "Projektledare");
  }
  wait_for_state (f, PJ_SAVE_STATE_SAVED);
  after = stored (f, id);
  g_assert_cmpuint (pj_nomination_get_n_units (after), ==, n_units + 1);
  g_assert_true (pj_nomination_is_collaboration (after));
  g_assert_cmpuint (g_list_model_get_n_items (pj_nomination_get_team (after)), ==, n_team + 1);
  g_clear_object (&after);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.remove-unit",
                                             "x", added));
  wait_for_state (f, PJ_SAVE_STATE_SAVED);
  after = stored (f, id);
  g_assert_cmpuint (pj_nomination_get_n_units (after), ==, n_units);
}

static void
test_eligibility (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PjEdition) quality = pj_test_find_edition (f->workspace, "Kvalitetsutmärkelsen", 0);
  g_autoptr(GArray) rules = pj_store_list_eligibility_rules (f->workspace,
                                                            pj_edition_get_award_id (quality),
                                                            NULL);
  GtkWidget *list = pj_nomination_editor_get_field (f->editor, "eligibility");
  GtkWidget *staff = pj_nomination_editor_get_field (f->editor, "staff-count");
  GtkListBoxRow *row;
  guint n_rows = 0;

  g_assert_true (pj_window_set_edition_id (f->window, pj_edition_get_id (quality)));
  select_first (f);
  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n_rows) != NULL)
    n_rows++;
  g_assert_nonnull (rules);
  g_assert_cmpuint (n_rows, ==, rules->len);

  /* A staff count too small fails the minimum staff rule, if there is one. */
  for (guint i = 0; i < rules->len; i++)
    {
      PjEligibilityRule *rule = &g_array_index (rules, PjEligibilityRule, i);

      if (rule->kind != PJ_RULE_MIN_STAFF)
        continue;
      gtk_editable_set_text (GTK_EDITABLE (staff), "0");
      row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);
      g_assert_cmpint (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "pj-outcome")), ==,
                       PJ_ELIGIBILITY_FAILED);
      gtk_editable_set_text (GTK_EDITABLE (staff), "500");
      row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);
      g_assert_cmpint (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "pj-outcome")), ==,
                       PJ_ELIGIBILITY_PASSED);
      gtk_editable_set_text (GTK_EDITABLE (staff), "");
      row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);
      g_assert_cmpint (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "pj-outcome")), ==,
                       PJ_ELIGIBILITY_UNKNOWN);
    }

  /* Not a number: not saved, with a reason. */
  gtk_editable_set_text (GTK_EDITABLE (staff), "tolv");
  wait_for_state (f, PJ_SAVE_STATE_FAILED);
  gtk_editable_set_text (GTK_EDITABLE (staff), "12");
  wait_for_state (f, PJ_SAVE_STATE_SAVED);
}

static void
test_add_and_delete (Fixture       *f,
                     gconstpointer  data)
{
  guint total = pj_store_count_nominations (f->workspace, edition_id (f));
  gint64 id;
  g_autoptr(PjNomination) created = NULL;
  AdwMessageDialog *dialog;
  g_autoptr(GError) error = NULL;

  pj_nominations_view_set_search_text (f->view, "something else");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "nominations.add", NULL));
  g_assert_cmpuint (pj_store_count_nominations (f->workspace, edition_id (f)), ==, total + 1);
  id = pj_nominations_view_get_selected_id (f->view);
  g_assert_cmpint (id, !=, PJ_NO_ID);
  g_assert_cmpint (pj_nomination_editor_get_nomination_id (f->editor), ==, id);
  /* The search is cleared so that the new row shows. */
  g_assert_cmpuint (n_shown (f), ==, total + 1);
  created = stored (f, id);
  g_assert_cmpstr (pj_nomination_get_title (created), ==, _("New nomination"));
  g_assert_cmpint (pj_nomination_get_status (created), ==, PJ_NOMINATION_DRAFT);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "nominations.delete", NULL));
  dialog = pj_nominations_view_get_last_dialog (f->view);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");
  gui_test_drain ();
  g_assert_null (pj_store_get_nomination (f->workspace, id, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_shown (f), ==, total);
  g_assert_cmpint (pj_nomination_editor_get_nomination_id (f->editor), ==, PJ_NO_ID);
}

/* A phone-wide window: one pane at a time. (The view alone: the main
 * window's switcher bar is not what is looked at here.) */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  PjNominationsView *view = PJ_NOMINATIONS_VIEW (pj_nominations_view_new (f->workspace));
  AdwLeaflet *leaflet = pj_nominations_view_get_leaflet (view);
  g_autofree char *path = NULL;
  g_autoptr(PjNomination) first = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 760);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (view));
  adw_window_set_content (ADW_WINDOW (window), overlay);
  pj_nominations_view_set_edition (view, f->edition);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_for_draw (window);

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");
  /* Narrow, the list keeps the title and the status. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (
                      pj_nominations_view_get_column_view (view))), ==, 2);
  path = gui_test_save_screenshot (window, "nominations-narrow-list");

  first = g_list_model_get_item (pj_nominations_view_get_shown_model (view), 0);
  g_assert_true (pj_nominations_view_select (view, pj_nomination_get_id (first)));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "editor");
  gui_test_wait_for_draw (window);
  g_free (path);
  path = gui_test_save_screenshot (window, "nominations-narrow-editor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "nominations.back", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_drain ();
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *empty = NULL;

  select_first (f);
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_false (adw_leaflet_get_folded (pj_nominations_view_get_leaflet (f->view)));
  path = gui_test_save_screenshot (GTK_WIDGET (f->window), "nominations");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* The editor further down: texts, class, status, eligibility. */
  {
    GtkWidget *summary = pj_nomination_editor_get_field (f->editor, "summary");
    GtkWidget *rules = pj_nomination_editor_get_field (f->editor, "eligibility");
    GtkScrolledWindow *scrolled =
      GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (summary, GTK_TYPE_SCROLLED_WINDOW));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
    graphene_point_t point;
    g_autofree char *middle = NULL;
    g_autofree char *end = NULL;

    g_assert_true (gtk_widget_compute_point (summary, gtk_scrolled_window_get_child (scrolled),
                                             &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, point.y - 60);
    gui_test_wait_for_draw (GTK_WIDGET (f->window));
    middle = gui_test_save_screenshot (GTK_WIDGET (f->window), "nominations-editor-texts");
    g_assert_true (gtk_widget_compute_point (rules, gtk_scrolled_window_get_child (scrolled),
                                             &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, point.y - 420);
    gui_test_wait_for_draw (GTK_WIDGET (f->window));
    end = gui_test_save_screenshot (GTK_WIDGET (f->window), "nominations-editor-status");
    g_free (end);
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    gui_test_wait_for_draw (GTK_WIDGET (f->window));
    end = gui_test_save_screenshot (GTK_WIDGET (f->window), "nominations-editor-end");
  }

  /* Filtered, with a status filter, for the count and the pills. */
  gtk_drop_down_set_selected (pj_nominations_view_get_filter (f->view, "status"),
                              1 + PJ_NOMINATION_SUBMITTED);
  pj_nominations_view_set_search_text (f->view, "skola");
  gui_test_wait_for_draw (GTK_WIDGET (f->window));
  empty = gui_test_save_screenshot (GTK_WIDGET (f->window), "nominations-filtered");
  g_assert_true (g_file_test (empty, G_FILE_TEST_IS_REGULAR));
}

/* 10 000 nominations: the list filters them correctly, within a frame. */
static void
test_scale (void)
{
  g_autofree char *dir = gui_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "scale.prisjury", NULL);
  g_autoptr(GError) error = NULL;
  PjWorkspace *ws;
  PjNominationsView *view;
  GtkWidget *window;
  g_autoptr(PjEdition) edition = NULL;
  g_autoptr(GListModel) all = NULL;
  const char *queries[] = { "k", "ki", "kista", "mobila team" };
  gint64 start;
  guint total;

  ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (pj_demo_generate (ws, 10000, 20, 42, &error));
  g_assert_no_error (error);
  g_test_message ("Generated 10 000 nominations in %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  edition = pj_test_find_edition (ws, "Syntetiskt pris", 0);
  g_assert_nonnull (edition);
  all = pj_store_list_nominations (ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  total = g_list_model_get_n_items (all);
  g_assert_cmpuint (total, ==, 10000);

  window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  view = PJ_NOMINATIONS_VIEW (pj_nominations_view_new (ws));
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  start = g_get_monotonic_time ();
  pj_nominations_view_set_edition (view, edition);
  g_test_message ("Listed, keyed and sorted 10 000 nominations in %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_wait_for_draw (window);
  g_assert_cmpuint (g_list_model_get_n_items (pj_nominations_view_get_shown_model (view)), ==,
                    total);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      PjNominationFilter filter;
      guint expected = 0;
      double ms;

      pj_nomination_filter_init (&filter);
      pj_nomination_filter_set_text (&filter, queries[q]);
      for (guint i = 0; i < total; i++)
        {
          g_autoptr(PjNomination) n = g_list_model_get_item (all, i);

          expected += pj_nomination_filter_match (&filter, n, NULL);
        }
      pj_nomination_filter_clear (&filter);

      pj_nominations_view_set_search_text (view, queries[q]);
      ms = pj_nominations_view_get_last_filter_time (view) / 1000.0;
      /* The time includes the column view rebinding the rows on screen. */
      g_test_message ("Search “%s” on 10 000 rows: %u shown, filtered and shown in %.1f ms",
                      queries[q], expected, ms);
      g_assert_cmpuint (g_list_model_get_n_items (pj_nominations_view_get_shown_model (view)),
                        ==, expected);
      /* A few frames at most, with room for a loaded machine. */
      g_assert_cmpfloat (ms, <, 250.0);
    }

  /* A status filter over the search. */
  gtk_drop_down_set_selected (pj_nominations_view_get_filter (view, "status"),
                              1 + PJ_NOMINATION_SUBMITTED);
  g_test_message ("Status filter on 10 000 rows: %.1f ms",
                  pj_nominations_view_get_last_filter_time (view) / 1000.0);
  pj_nominations_view_set_search_text (view, "");
  g_assert_cmpuint (g_list_model_get_n_items (pj_nominations_view_get_shown_model (view)), ==,
                    pj_store_count_nominations_filtered (ws, pj_edition_get_id (edition),
                                                         PJ_NO_ID, PJ_NOMINATION_SUBMITTED));

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_drain ();
  g_assert_finalize_object (ws);
  gui_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");
  int ret;

  app = gui_test_init (&argc, &argv);

  if (language != NULL && g_str_has_prefix (language, "sv"))
    {
      g_assert_cmpstr (gui_test_language (), ==, "sv");
      g_assert_true (locale_is_swedish ());
    }

#define ADD(path, func) \
  g_test_add ("/nomination-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("list", test_list);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
  ADD ("sort", test_sort);
  ADD ("edit-title", test_edit_title);
  ADD ("summary", test_summary);
  ADD ("ineligible-needs-reason", test_ineligible_needs_reason);
  ADD ("withdraw-undo", test_withdraw_undo);
  ADD ("editor-undo", test_editor_undo);
  ADD ("units-and-team", test_units_and_team);
  ADD ("eligibility", test_eligibility);
  ADD ("add-and-delete", test_add_and_delete);
  ADD ("narrow", test_narrow);
  ADD ("screenshots", test_screenshots);
#undef ADD
  g_test_add_func ("/nomination-view/scale", test_scale);

  ret = g_test_run ();
  g_object_unref (app);

  return ret;
}
