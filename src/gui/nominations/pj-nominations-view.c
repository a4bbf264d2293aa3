/* pj-nominations-view.c: the nominations of an edition, listed and edited
 *
 * The store's list goes through a GtkSortListModel (the column view's
 * sorter: strings by g_utf8_collate_key () under the current locale, so Å Ä
 * Ö sort after Z in Swedish) and then a GtkFilterListModel, so a new search
 * does not sort again. Each row's search text is casefolded once and kept
 * by id and version across reloads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-nominations-view"

#include "config.h"

#include "pj-nominations-view.h"
#include "pj-nominations-view-private.h"
#include "pj-gui-util.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pj-export-csv.h"
#include "pj-import-dialog.h"
#include "pj-nomination-editor.h"
#include "pj-nomination-filter.h"
#include "pj-store-nomination.h"

typedef struct
{
  gint64  version;
  char   *key;
} SearchKey;

struct _PjNominationsView
{
  GtkWidget            parent_instance;

  PjWorkspace         *workspace;
  PjEdition           *edition;

  GtkSortListModel    *sorted;
  GtkFilterListModel  *filtered;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;
  PjNominationFilter   criteria;
  GHashTable          *keys;              /* id → SearchKey */
  GArray              *category_filter;   /* dropdown position → category id */
  guint                reloading;
  guint                updating_filters;
  gint64               selected_id;
  gint64               last_filter_time;
  char                *count_text;
  AdwToast            *last_toast;        /* weak */
  AdwMessageDialog    *last_dialog;       /* weak */
  GtkFileChooserNative *export_chooser;
  GtkColumnViewColumn *columns[6];

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkWidget           *list_pane;
  GtkSearchEntry      *search_entry;
  GtkWidget           *filter_button;
  GtkLabel            *filter_count_label;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkLabel            *count_label;
  GtkStack            *editor_stack;
  PjNominationEditor  *editor;
  GtkDropDown         *category_dropdown;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *class_dropdown;
  GtkDropDown         *substrategy_dropdown;
};

G_DEFINE_FINAL_TYPE (PjNominationsView, pj_nominations_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_EDITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  COLUMN_TITLE,
  COLUMN_CATEGORY,
  COLUMN_UNITS,
  COLUMN_STATUS,
  COLUMN_CLASS,
  COLUMN_RECEIVED,
} ColumnKind;

/* Helpers {{{ */

static void
search_key_free (gpointer data)
{
  SearchKey *key = data;

  g_free (key->key);
  g_free (key);
}

static gint64
edition_id (PjNominationsView *self)
{
  return self->edition != NULL ? pj_edition_get_id (self->edition) : PJ_NO_ID;
}

static void
add_toast (PjNominationsView *self,
           AdwToast          *toast)
{
  g_set_weak_pointer (&self->last_toast, pj_gui_add_toast (GTK_WIDGET (self), toast));
}

static void
toast_message (PjNominationsView *self,
               const char        *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  add_toast (self, toast);
}

static PjNomination *
selected_nomination (PjNominationsView *self)
{
  g_autoptr(GError) error = NULL;
  PjNomination *nomination;

  if (self->selected_id == PJ_NO_ID || self->workspace == NULL)
    return NULL;

  nomination = pj_store_get_nomination (self->workspace, self->selected_id, &error);
  if (nomination == NULL)
    toast_message (self, error->message);
  return nomination;
}

static guint
find_position (GListModel *model,
               gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjNomination) nomination = g_list_model_get_item (model, i);

      if (pj_nomination_get_id (nomination) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
update_actions (PjNominationsView *self)
{
  gboolean has_edition = self->workspace != NULL && self->edition != NULL;
  gboolean has_selection = has_edition && self->selected_id != PJ_NO_ID;
  PjNomination *shown = pj_nomination_editor_get_nomination (self->editor);
  gboolean withdrawn = shown != NULL &&
                       pj_nomination_get_status (shown) == PJ_NOMINATION_WITHDRAWN;
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nominations.add", has_edition);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nominations.import", has_edition);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nominations.export",
                                 has_edition && total > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nominations.withdraw",
                                 has_selection && !withdrawn);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nominations.delete", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nominations.clear-filters",
                                 pj_nomination_filter_is_active (&self->criteria));
}

static void
update_count (PjNominationsView *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint choices = pj_nomination_filter_count_choices (&self->criteria);
  const char *state;

  g_free (self->count_text);
  if (pj_nomination_filter_is_active (&self->criteria))
    /* Translators: "34 of 212 nominations", shown under a filtered list */
    self->count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%u of %u nomination",
                                                     "%u of %u nominations", total),
                                        shown, total);
  else
    self->count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%u nomination", "%u nominations",
                                                     total),
                                        total);
  gtk_label_set_text (self->count_label, self->count_text);

  if (total == 0)
    state = "empty";
  else if (shown == 0)
    state = "no-results";
  else
    state = "list";
  gtk_stack_set_visible_child_name (self->list_stack, state);

  if (choices > 0)
    {
      g_autofree char *text = g_strdup_printf ("%u", choices);

      gtk_label_set_text (self->filter_count_label, text);
      gtk_widget_add_css_class (self->filter_button, "pj-pill-accent");
    }
  else
    gtk_widget_remove_css_class (self->filter_button, "pj-pill-accent");
  gtk_widget_set_visible (GTK_WIDGET (self->filter_count_label), choices > 0);

  update_actions (self);
}

static void
refilter (PjNominationsView *self,
          GtkFilterChange    change)
{
  gint64 start = g_get_monotonic_time ();

  gtk_filter_changed (GTK_FILTER (self->filter), change);
  self->last_filter_time = g_get_monotonic_time () - start;
  g_debug ("Filtered %u nominations to %u in %" G_GINT64_FORMAT " µs",
           g_list_model_get_n_items (G_LIST_MODEL (self->sorted)),
           g_list_model_get_n_items (G_LIST_MODEL (self->filtered)),
           self->last_filter_time);
  update_count (self);
}

static void
select_position (PjNominationsView *self,
                 guint              position)
{
  self->reloading++;
  gtk_single_selection_set_selected (self->selection, position);
  self->reloading--;
}

/* }}} */

/* Cells {{{ */

/* The ISO date, as Swedish offices write dates anyway: short and sortable. */
static char *
format_received (PjNomination *nomination)
{
  const char *received = pj_nomination_get_received (nomination);

  return g_strdup (received != NULL ? received : "");
}

static const char *
status_class (PjNominationStatus status)
{
  switch (status)
    {
    case PJ_NOMINATION_DRAFT:
      return "pj-status-draft";
    case PJ_NOMINATION_SUBMITTED:
      return "pj-status-submitted";
    case PJ_NOMINATION_ELIGIBLE:
      return "pj-status-eligible";
    case PJ_NOMINATION_INELIGIBLE:
      return "pj-status-ineligible";
    case PJ_NOMINATION_WITHDRAWN:
    default:
      return "pj-status-withdrawn";
    }
}

static const char *
class_class (PjInnovationClass klass)
{
  switch (klass)
    {
    case PJ_CLASS_INNOVATION:
      return "pj-class-innovation";
    case PJ_CLASS_FORBATTRING:
      return "pj-class-forbattring";
    case PJ_CLASS_GOTT_EXEMPEL:
      return "pj-class-gott-exempel";
    case PJ_CLASS_NONE:
    default:
      return "pj-class-none";
    }
}

/* Tooltips are looked up when asked for: setting one on every bind costs a
 * round trip to the display server per cell. */
static gboolean
cell_query_tooltip_cb (GtkWidget  *label,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    data)
{
  const char *text = g_object_get_data (G_OBJECT (label), "pj-tooltip");

  if (text == NULL || text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  ColumnKind kind = GPOINTER_TO_INT (data);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "pj-nom-cell");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
  switch (kind)
    {
    case COLUMN_TITLE:
      gtk_widget_add_css_class (label, "pj-nom-title");
      gtk_widget_set_hexpand (label, TRUE);
      break;
    case COLUMN_STATUS:
    case COLUMN_CLASS:
      gtk_widget_add_css_class (label, "pj-pill");
      gtk_widget_set_halign (label, GTK_ALIGN_START);
      break;
    case COLUMN_RECEIVED:
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      break;
    case COLUMN_CATEGORY:
    case COLUMN_UNITS:
    default:
      gtk_widget_set_hexpand (label, TRUE);
      break;
    }
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
set_pill_class (GtkWidget  *label,
                const char *prefix,
                const char *klass)
{
  g_auto(GStrv) classes = gtk_widget_get_css_classes (label);

  for (guint i = 0; classes[i] != NULL; i++)
    if (g_str_has_prefix (classes[i], prefix))
      gtk_widget_remove_css_class (label, classes[i]);
  if (klass != NULL)
    gtk_widget_add_css_class (label, klass);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  data)
{
  ColumnKind kind = GPOINTER_TO_INT (data);
  PjNomination *nomination = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  switch (kind)
    {
    case COLUMN_TITLE:
      text = g_strdup (pj_nomination_get_title (nomination));
      tooltip = g_strdup (text);
      break;
    case COLUMN_CATEGORY:
      text = g_strdup (pj_nomination_get_category_name (nomination));
      break;
    case COLUMN_UNITS:
      text = g_strdup (pj_nomination_get_unit_names (nomination));
      tooltip = g_strdup (text);
      break;
    case COLUMN_STATUS:
      {
        PjNominationStatus status = pj_nomination_get_status (nomination);

        text = g_strdup (pj_nomination_status_to_label (status));
        set_pill_class (label, "pj-status-", status_class (status));
        if (status == PJ_NOMINATION_INELIGIBLE)
          tooltip = g_strdup (pj_nomination_get_ineligible_reason (nomination));
      }
      break;
    case COLUMN_CLASS:
      {
        PjInnovationClass shown = pj_nomination_filter_shown_class (nomination);
        gboolean assessed = pj_nomination_get_class_assessed (nomination) != PJ_CLASS_NONE;

        if (shown == PJ_CLASS_FORBATTRING)
          /* Translators: short for "Continuous improvement" (förbättring), in a
           * narrow list column */
          text = g_strdup (C_("innovation class", "Improvement"));
        else
          text = g_strdup (pj_innovation_class_to_label (shown));
        set_pill_class (label, "pj-class-", class_class (shown));
        if (!assessed && shown != PJ_CLASS_NONE)
          {
            gtk_widget_add_css_class (label, "pj-class-claimed");
            /* Translators: a tooltip, "Continuous improvement, as claimed; …" */
            tooltip = g_strdup_printf (_("%s, as claimed; not assessed by the jury yet"),
                                       pj_innovation_class_to_label (shown));
          }
        else if (assessed)
          /* Translators: a tooltip, "Innovation, as assessed by the jury" */
          tooltip = g_strdup_printf (_("%s, as assessed by the jury"),
                                     pj_innovation_class_to_label (shown));
      }
      break;
    case COLUMN_RECEIVED:
    default:
      text = format_received (nomination);
      break;
    }

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  g_object_set_data_full (G_OBJECT (label), "pj-tooltip", g_steal_pointer (&tooltip), g_free);
}

static char *
received_key_cb (PjNomination *nomination)
{
  const char *received = pj_nomination_get_received (nomination);

  return g_strdup (received != NULL ? received : "");
}

static int
status_key_cb (PjNomination *nomination)
{
  return pj_nomination_get_status (nomination);
}

static int
class_key_cb (PjNomination *nomination)
{
  return pj_nomination_filter_shown_class (nomination);
}

static GtkColumnViewColumn *
add_column (PjNominationsView *self,
            ColumnKind         kind,
            const char        *title,
            int                fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;
  GtkExpression *expression;

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (kind));
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (kind));
  column = gtk_column_view_column_new (title, factory);

  switch (kind)
    {
    case COLUMN_TITLE:
      expression = gtk_property_expression_new (PJ_TYPE_NOMINATION, NULL, "title");
      break;
    case COLUMN_CATEGORY:
      expression = gtk_property_expression_new (PJ_TYPE_NOMINATION, NULL, "category-name");
      break;
    case COLUMN_UNITS:
      expression = gtk_property_expression_new (PJ_TYPE_NOMINATION, NULL, "unit-names");
      break;
    case COLUMN_STATUS:
      expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                                G_CALLBACK (status_key_cb), NULL, NULL);
      break;
    case COLUMN_CLASS:
      expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL,
                                                G_CALLBACK (class_key_cb), NULL, NULL);
      break;
    case COLUMN_RECEIVED:
    default:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (received_key_cb), NULL, NULL);
      break;
    }

  /* GtkStringSorter compares g_utf8_collate_key ()s: the locale's order. */
  if (kind == COLUMN_STATUS || kind == COLUMN_CLASS)
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_column_set_expand (column, kind == COLUMN_TITLE);
  gtk_column_view_append_column (self->column_view, column);
  self->columns[kind] = g_object_ref (column);

  return column;
}

/* }}} */

/* Filtering {{{ */

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  PjNominationsView *self = user_data;
  PjNomination *nomination = item;
  gint64 id = pj_nomination_get_id (nomination);
  SearchKey *key = g_hash_table_lookup (self->keys, &id);

  return pj_nomination_filter_match (&self->criteria, nomination,
                                     key != NULL ? key->key : NULL);
}

static void
apply_search (PjNominationsView *self,
              const char        *text)
{
  char **old_terms = g_steal_pointer (&self->criteria.terms);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  pj_nomination_filter_set_text (&self->criteria, text);
  if (old_terms != NULL && self->criteria.terms != NULL &&
      g_strv_length (old_terms) == g_strv_length (self->criteria.terms))
    {
      gboolean more = TRUE, less = TRUE;

      for (guint i = 0; old_terms[i] != NULL; i++)
        {
          more &= strstr (self->criteria.terms[i], old_terms[i]) != NULL;
          less &= strstr (old_terms[i], self->criteria.terms[i]) != NULL;
        }
      if (more && !less)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (less && !more)
        change = GTK_FILTER_CHANGE_LESS_STRICT;
    }
  else if (old_terms == NULL && self->criteria.terms != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old_terms != NULL && self->criteria.terms == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_strfreev (old_terms);

  refilter (self, change);
}

static void
search_changed_cb (PjNominationsView *self)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (PjNominationsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  apply_search (self, NULL);
}

static void
filter_dropdown_cb (PjNominationsView *self)
{
  guint category = gtk_drop_down_get_selected (self->category_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint klass = gtk_drop_down_get_selected (self->class_dropdown);
  guint substrategy = gtk_drop_down_get_selected (self->substrategy_dropdown);

  if (self->updating_filters > 0)
    return;

  self->criteria.category_id =
    category != GTK_INVALID_LIST_POSITION && category < self->category_filter->len
    ? g_array_index (self->category_filter, gint64, category) : PJ_FILTER_ANY;
  /* Position 0 of each list is "All …". */
  self->criteria.status = status > 0 && status != GTK_INVALID_LIST_POSITION
                          ? (int) status - 1 : PJ_FILTER_ANY;
  self->criteria.klass = klass > 0 && klass != GTK_INVALID_LIST_POSITION
                         ? (int) klass - 1 : PJ_FILTER_ANY;
  self->criteria.substrategy = substrategy > 0 && substrategy != GTK_INVALID_LIST_POSITION
                               ? (int) substrategy - 1 : PJ_FILTER_ANY;
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
fill_filter_dropdowns (PjNominationsView *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) classes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) substrategies = gtk_string_list_new (NULL);
  g_autoptr(GListModel) list = NULL;
  gint64 any = PJ_FILTER_ANY;

  g_array_set_size (self->category_filter, 0);
  gtk_string_list_append (categories, _("All categories"));
  g_array_append_val (self->category_filter, any);
  if (self->workspace != NULL && self->edition != NULL)
    list = pj_store_list_categories (self->workspace, edition_id (self), NULL);
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PjCategory) category = g_list_model_get_item (list, i);
      gint64 id = pj_category_get_id (category);

      gtk_string_list_append (categories, pj_category_get_name (category));
      g_array_append_val (self->category_filter, id);
    }

  gtk_string_list_append (statuses, _("All statuses"));
  for (guint i = 0; i < PJ_N_NOMINATION_STATUSES; i++)
    gtk_string_list_append (statuses, pj_nomination_status_to_label ((PjNominationStatus) i));
  gtk_string_list_append (classes, _("All classes"));
  for (guint i = 0; i < PJ_N_INNOVATION_CLASSES; i++)
    gtk_string_list_append (classes, pj_innovation_class_to_label ((PjInnovationClass) i));
  gtk_string_list_append (substrategies, _("All sub-strategies"));
  for (guint i = 0; i < PJ_N_SUBSTRATEGIES; i++)
    gtk_string_list_append (substrategies, pj_substrategy_to_label ((PjSubstrategy) i));

  self->updating_filters++;
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->class_dropdown, G_LIST_MODEL (classes));
  gtk_drop_down_set_model (self->substrategy_dropdown, G_LIST_MODEL (substrategies));
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->class_dropdown, 0);
  gtk_drop_down_set_selected (self->substrategy_dropdown, 0);
  self->updating_filters--;

  self->criteria.category_id = PJ_FILTER_ANY;
  self->criteria.status = PJ_FILTER_ANY;
  self->criteria.klass = PJ_FILTER_ANY;
  self->criteria.substrategy = PJ_FILTER_ANY;
}

static void
clear_filters (PjNominationsView *self)
{
  self->updating_filters++;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->class_dropdown, 0);
  gtk_drop_down_set_selected (self->substrategy_dropdown, 0);
  self->updating_filters--;

  g_clear_pointer (&self->criteria.terms, g_strfreev);
  self->criteria.category_id = PJ_FILTER_ANY;
  self->criteria.status = PJ_FILTER_ANY;
  self->criteria.klass = PJ_FILTER_ANY;
  self->criteria.substrategy = PJ_FILTER_ANY;
  refilter (self, GTK_FILTER_CHANGE_LESS_STRICT);
}

/* }}} */

/* Loading {{{ */

static void
reload (PjNominationsView *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *keys;
  guint n;
  guint position;

  if (self->workspace != NULL && self->edition != NULL)
    {
      list = pj_store_list_nominations (self->workspace, edition_id (self), &error);
      if (list == NULL)
        {
          g_warning ("Could not list the nominations: %s", error->message);
          toast_message (self, error->message);
        }
    }
  if (list == NULL)
    list = G_LIST_MODEL (g_list_store_new (PJ_TYPE_NOMINATION));

  /* Search texts: kept when the row's version is the same. */
  n = g_list_model_get_n_items (list);
  keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, search_key_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjNomination) nomination = g_list_model_get_item (list, i);
      gint64 id = pj_nomination_get_id (nomination);
      gint64 version = pj_nomination_get_version (nomination);
      gpointer old_id = NULL;
      SearchKey *key = NULL;

      if (g_hash_table_steal_extended (self->keys, &id, &old_id, (gpointer *) &key))
        {
          g_free (old_id);
          if (key->version != version)
            g_clear_pointer (&key, search_key_free);
        }
      if (key == NULL)
        {
          key = g_new0 (SearchKey, 1);
          key->version = version;
          key->key = pj_nomination_filter_search_key (nomination);
        }
      g_hash_table_insert (keys, g_memdup2 (&id, sizeof id), key);
    }
  g_hash_table_unref (self->keys);
  self->keys = keys;

  self->reloading++;
  gtk_sort_list_model_set_model (self->sorted, list);
  position = self->selected_id != PJ_NO_ID
             ? find_position (G_LIST_MODEL (self->filtered), self->selected_id)
             : GTK_INVALID_LIST_POSITION;
  gtk_single_selection_set_selected (self->selection, position);
  self->reloading--;

  update_count (self);
}

static void
workspace_changed_cb (PjWorkspace       *workspace,
                      const char        *what,
                      PjNominationsView *self)
{
  if (g_strcmp0 (what, "category") == 0 || g_strcmp0 (what, "all") == 0)
    {
      fill_filter_dropdowns (self);
      reload (self);
      refilter (self, GTK_FILTER_CHANGE_LESS_STRICT);
      return;
    }

  if (g_strcmp0 (what, "nomination") == 0 || g_strcmp0 (what, "unit") == 0)
    reload (self);
}

/* }}} */

/* Selection and navigation {{{ */

static void
selection_changed_cb (PjNominationsView *self)
{
  PjNomination *nomination = gtk_single_selection_get_selected_item (self->selection);

  if (self->reloading > 0 || nomination == NULL || self->editor == NULL)
    return;

  self->selected_id = pj_nomination_get_id (nomination);
  pj_nomination_editor_set_nomination_id (self->editor, self->selected_id);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  update_actions (self);
}

static void
editor_nomination_cb (PjNominationsView *self)
{
  gint64 id = pj_nomination_editor_get_nomination_id (self->editor);

  gtk_stack_set_visible_child_name (self->editor_stack, id != PJ_NO_ID ? "editor" : "none");
  if (id == PJ_NO_ID && self->selected_id != PJ_NO_ID)
    {
      self->selected_id = PJ_NO_ID;
      select_position (self, GTK_INVALID_LIST_POSITION);
    }
  update_actions (self);
}

static void
folded_changed_cb (PjNominationsView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  if (self->editor == NULL || self->columns[COLUMN_TITLE] == NULL)
    return;
  pj_nomination_editor_set_show_back (self->editor, folded);
  /* One pane at a time: a phone-wide list keeps the title and the status. */
  /* (Removed rather than hidden: GTK 4.8 allocates hidden columns' cells.) */
  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    {
      gboolean shown = gtk_column_view_column_get_column_view (self->columns[i]) != NULL;
      gboolean wanted = !folded || i == COLUMN_TITLE || i == COLUMN_STATUS;

      if (shown && !wanted)
        gtk_column_view_remove_column (self->column_view, self->columns[i]);
    }
  for (guint i = 0, position = 0; i < G_N_ELEMENTS (self->columns); i++)
    {
      gboolean shown = gtk_column_view_column_get_column_view (self->columns[i]) != NULL;
      gboolean wanted = !folded || i == COLUMN_TITLE || i == COLUMN_STATUS;

      if (wanted && !shown)
        gtk_column_view_insert_column (self->column_view, position, self->columns[i]);
      position += wanted;
    }
}

/* }}} */

/* Actions {{{ */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (widget);
  g_autoptr(PjNomination) nomination = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *title;

  if (self->workspace == NULL || self->edition == NULL)
    return;

  pj_nomination_editor_save_now (self->editor);

  nomination = pj_nomination_new ();
  pj_nomination_set_edition_id (nomination, edition_id (self));
  /* Translators: the title a nomination starts with, until the user writes one */
  pj_nomination_set_title (nomination, _("New nomination"));
  pj_nomination_set_status (nomination, PJ_NOMINATION_DRAFT);
  if (self->criteria.category_id > 0)
    pj_nomination_set_category_id (nomination, self->criteria.category_id);

  if (!pj_store_create_nomination (self->workspace, nomination, &error))
    {
      toast_message (self, error->message);
      return;
    }

  clear_filters (self);
  pj_nominations_view_select (self, pj_nomination_get_id (nomination));

  title = pj_nomination_editor_get_field (self->editor, "title");
  gtk_widget_grab_focus (title);
  gtk_editable_select_region (GTK_EDITABLE (title), 0, -1);
}

typedef struct
{
  PjNominationsView  *view;   /* weak */
  gint64              id;
  PjNominationStatus  status;
  char               *reason;
} Withdrawal;

static void
withdrawal_free (gpointer data)
{
  Withdrawal *w = data;

  g_clear_weak_pointer (&w->view);
  g_free (w->reason);
  g_free (w);
}

static void
withdraw_undo_cb (AdwToast   *toast,
                  Withdrawal *w)
{
  g_autoptr(PjNomination) nomination = NULL;
  g_autoptr(GError) error = NULL;
  PjWorkspace *workspace;

  if (w->view == NULL || w->view->workspace == NULL)
    return;

  workspace = w->view->workspace;
  nomination = pj_store_get_nomination (workspace, w->id, &error);
  if (nomination == NULL ||
      !pj_store_set_nomination_status (workspace, nomination, w->status, w->reason, &error))
    toast_message (w->view, error->message);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (widget);
  g_autoptr(PjNomination) nomination = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Withdrawal *w;
  AdwToast *toast;

  pj_nomination_editor_save_now (self->editor);
  nomination = selected_nomination (self);
  if (nomination == NULL || pj_nomination_get_status (nomination) == PJ_NOMINATION_WITHDRAWN)
    return;

  w = g_new0 (Withdrawal, 1);
  g_set_weak_pointer (&w->view, self);
  w->id = pj_nomination_get_id (nomination);
  w->status = pj_nomination_get_status (nomination);
  w->reason = g_strdup (pj_nomination_get_ineligible_reason (nomination));

  if (!pj_store_set_nomination_status (self->workspace, nomination, PJ_NOMINATION_WITHDRAWN,
                                       NULL, &error))
    {
      withdrawal_free (w);
      toast_message (self, error->message);
      return;
    }

  /* Translators: a toast, "“Läxhjälp i chatt” withdrawn" */
  title = g_strdup_printf (_("“%s” withdrawn"), pj_nomination_get_title (nomination));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (withdraw_undo_cb), w,
                         (GClosureNotify) (void (*) (void)) withdrawal_free, 0);
  add_toast (self, toast);
}

static void
delete_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    PjNominationsView *self)
{
  gint64 *stored = g_object_get_data (G_OBJECT (dialog), "pj-nomination-id");
  gint64 id = stored != NULL ? *stored : PJ_NO_ID;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || id == PJ_NO_ID || self->workspace == NULL)
    return;

  if (pj_nomination_editor_get_nomination_id (self->editor) == id)
    pj_nomination_editor_set_nomination_id (self->editor, PJ_NO_ID);
  if (!pj_store_delete_nomination (self->workspace, id, &error))
    toast_message (self, error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (widget);
  g_autoptr(PjNomination) nomination = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  pj_nomination_editor_save_now (self->editor);
  nomination = selected_nomination (self);
  if (nomination == NULL)
    return;

  /* Translators: a dialog's heading, "Delete “Läxhjälp i chatt”?" */
  heading = g_strdup_printf (_("Delete “%s”?"), pj_nomination_get_title (nomination));
  dialog = adw_message_dialog_new (pj_gui_parent_window (GTK_WIDGET (self)), heading,
                                   _("Its texts, team, units and attachments are deleted "
                                     "with it. To keep it out of scoring, withdraw it "
                                     "instead."));
  pj_gui_message_dialog_add_confirm (ADW_MESSAGE_DIALOG (dialog), "delete", _("_Delete"),
                                     ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "pj-nomination-id",
                          g_memdup2 (&self->selected_id, sizeof (gint64)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  g_set_weak_pointer (&self->last_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (widget);
  GtkWindow *dialog;

  if (self->workspace == NULL || self->edition == NULL)
    return;

  pj_nomination_editor_save_now (self->editor);
  dialog = pj_import_dialog_new (pj_gui_parent_window (GTK_WIDGET (self)), self->workspace,
                                 edition_id (self));
  if (dialog != NULL)
    gtk_window_present (dialog);
}

static void
export_response_cb (GtkNativeDialog   *chooser,
                    int                response,
                    PjNominationsView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (response == GTK_RESPONSE_ACCEPT && self->workspace != NULL && self->edition != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!pj_export_nominations_csv (self->workspace, edition_id (self), file, &n, NULL,
                                      &error))
        toast_message (self, error->message);
      else
        {
          /* Translators: a toast after an export, "212 nominations exported" */
          g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u nomination exported",
                                                                   "%u nominations exported",
                                                                   n),
                                                      n);

          toast_message (self, message);
        }
    }

  g_clear_object (&self->export_chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (self->workspace == NULL || self->edition == NULL || self->export_chooser != NULL)
    return;

  pj_nomination_editor_save_now (self->editor);
  self->export_chooser = gtk_file_chooser_native_new (_("Export Nominations"),
                                                      pj_gui_parent_window (GTK_WIDGET (self)),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  title = pj_edition_dup_title (self->edition);
  /* Translators: a file name, "Förnyelsepriset 2026 – nominations.csv" */
  name = g_strdup_printf (_("%s – nominations.csv"), title);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), name);
  gtk_file_filter_set_name (filter, _("CSV for spreadsheets"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);
  g_signal_connect (self->export_chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  clear_filters (PJ_NOMINATIONS_VIEW (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (widget);

  pj_nomination_editor_save_now (self->editor);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* }}} */

/* GObject {{{ */

static void
pj_nominations_view_dispose (GObject *object)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (object);

  if (self->editor != NULL)
    pj_nomination_editor_save_now (self->editor);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);

  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);

  for (guint i = 0; i < G_N_ELEMENTS (self->columns); i++)
    g_clear_object (&self->columns[i]);
  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_NOMINATIONS_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->workspace);
  g_clear_object (&self->edition);
  g_clear_weak_pointer (&self->last_toast);
  g_clear_weak_pointer (&self->last_dialog);

  G_OBJECT_CLASS (pj_nominations_view_parent_class)->dispose (object);
}

static void
pj_nominations_view_finalize (GObject *object)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (object);

  pj_nomination_filter_clear (&self->criteria);
  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_pointer (&self->category_filter, g_array_unref);
  g_clear_pointer (&self->count_text, g_free);

  G_OBJECT_CLASS (pj_nominations_view_parent_class)->finalize (object);
}

static void
pj_nominations_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_EDITION:
      g_value_set_object (value, self->edition);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_nominations_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PjNominationsView *self = PJ_NOMINATIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      pj_nominations_view_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_EDITION:
      pj_nominations_view_set_edition (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
load_css (void)
{
  static gboolean icons_added;
  GdkDisplay *display = gdk_display_get_default ();

  pj_gui_load_css_resource ("/io/github/prisjury/Prisjury/nominations/nominations.css");
  if (icons_added || display == NULL)
    return;
  icons_added = TRUE;
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    "/io/github/prisjury/Prisjury/nominations/icons");
}

static void
pj_nominations_view_class_init (PjNominationsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_nominations_view_dispose;
  object_class->finalize = pj_nominations_view_finalize;
  object_class->get_property = pj_nominations_view_get_property;
  object_class->set_property = pj_nominations_view_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, PJ_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITION] =
    g_param_spec_object ("edition", NULL, NULL, PJ_TYPE_EDITION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pjnominationsview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  g_type_ensure (PJ_TYPE_NOMINATION_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prisjury/Prisjury/nominations/"
                                               "pj-nominations-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, filter_count_label);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, editor);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView, class_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PjNominationsView,
                                        substrategy_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_dropdown_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_nomination_cb);

  gtk_widget_class_install_action (widget_class, "nominations.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "nominations.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "nominations.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "nominations.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "nominations.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "nominations.focus-search", NULL,
                                   focus_search_action);
  gtk_widget_class_install_action (widget_class, "nominations.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_install_action (widget_class, "nominations.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "nominations.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "nominations.add", NULL);
}

static void
pj_nominations_view_init (PjNominationsView *self)
{
  GtkColumnViewColumn *title_column;

  load_css ();
  gtk_widget_init_template (GTK_WIDGET (self));

  pj_nomination_filter_init (&self->criteria);
  self->keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, search_key_free);
  self->category_filter = g_array_new (FALSE, FALSE, sizeof (gint64));

  title_column = add_column (self, COLUMN_TITLE, _("Title"), 200);
  add_column (self, COLUMN_CATEGORY, _("Category"), 112);
  add_column (self, COLUMN_UNITS, _("Units"), 140);
  add_column (self, COLUMN_STATUS, _("Status"), 110);
  add_column (self, COLUMN_CLASS, _("Class"), 140);
  add_column (self, COLUMN_RECEIVED, _("Received"), 100);

  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_list_store_new (PJ_TYPE_NOMINATION)),
                                          g_object_ref (gtk_column_view_get_sorter (
                                                          self->column_view)));
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  gtk_filter_list_model_set_incremental (self->filtered, FALSE);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_sort_by_column (self->column_view, title_column, GTK_SORT_ASCENDING);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  fill_filter_dropdowns (self);
  update_count (self);
  folded_changed_cb (self);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
pj_nominations_view_new (PjWorkspace *workspace)
{
  g_return_val_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace), NULL);

  return g_object_new (PJ_TYPE_NOMINATIONS_VIEW, "workspace", workspace, NULL);
}

PjWorkspace *
pj_nominations_view_get_workspace (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return self->workspace;
}

void
pj_nominations_view_set_workspace (PjNominationsView *self,
                                   PjWorkspace       *workspace)
{
  g_return_if_fail (PJ_IS_NOMINATIONS_VIEW (self));
  g_return_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->edition);
  if (workspace != NULL)
    g_signal_connect (workspace, "changed", G_CALLBACK (workspace_changed_cb), self);
  pj_nomination_editor_set_workspace (self->editor, workspace);
  self->selected_id = PJ_NO_ID;
  fill_filter_dropdowns (self);
  reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

PjEdition *
pj_nominations_view_get_edition (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return self->edition;
}

void
pj_nominations_view_set_edition (PjNominationsView *self,
                                 PjEdition         *edition)
{
  gboolean same_id;

  g_return_if_fail (PJ_IS_NOMINATIONS_VIEW (self));
  g_return_if_fail (edition == NULL || PJ_IS_EDITION (edition));

  if (self->edition == edition)
    return;

  same_id = self->edition != NULL && edition != NULL &&
            pj_edition_get_id (self->edition) == pj_edition_get_id (edition);
  g_set_object (&self->edition, edition);

  if (!same_id)
    {
      pj_nomination_editor_set_nomination_id (self->editor, PJ_NO_ID);
      self->selected_id = PJ_NO_ID;
      fill_filter_dropdowns (self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      g_clear_pointer (&self->criteria.terms, g_strfreev);
      reload (self);
      refilter (self, GTK_FILTER_CHANGE_LESS_STRICT);
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child_name (self->leaflet, "list");
    }
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION]);
}

gint64
pj_nominations_view_get_selected_id (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), PJ_NO_ID);

  return self->selected_id;
}

gboolean
pj_nominations_view_select (PjNominationsView *self,
                            gint64             nomination_id)
{
  guint position;

  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), FALSE);

  position = find_position (G_LIST_MODEL (self->filtered), nomination_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  /* Selecting what is already selected notifies nothing. */
  if (self->selected_id != nomination_id)
    {
      self->selected_id = nomination_id;
      pj_nomination_editor_set_nomination_id (self->editor, nomination_id);
    }
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  /* The column view's own list view knows how to bring a row into view. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
  update_actions (self);
  return TRUE;
}

/* }}} */

/* Private API, for the tests {{{ */

GtkWidget *
pj_nominations_view_get_editor (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return GTK_WIDGET (self->editor);
}

GtkColumnView *
pj_nominations_view_get_column_view (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return self->column_view;
}

GListModel *
pj_nominations_view_get_shown_model (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

GtkWidget *
pj_nominations_view_get_search_entry (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return GTK_WIDGET (self->search_entry);
}

void
pj_nominations_view_set_search_text (PjNominationsView *self,
                                     const char        *text)
{
  g_return_if_fail (PJ_IS_NOMINATIONS_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  apply_search (self, text);
}

GtkDropDown *
pj_nominations_view_get_filter (PjNominationsView *self,
                                const char        *name)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  if (g_strcmp0 (name, "category") == 0)
    return self->category_dropdown;
  if (g_strcmp0 (name, "status") == 0)
    return self->status_dropdown;
  if (g_strcmp0 (name, "class") == 0)
    return self->class_dropdown;
  if (g_strcmp0 (name, "substrategy") == 0)
    return self->substrategy_dropdown;
  return NULL;
}

const char *
pj_nominations_view_get_count_text (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return self->count_text;
}

const char *
pj_nominations_view_get_list_state (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->list_stack);
}

gint64
pj_nominations_view_get_last_filter_time (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), 0);

  return self->last_filter_time;
}

AdwToast *
pj_nominations_view_get_last_toast (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return self->last_toast;
}

AdwMessageDialog *
pj_nominations_view_get_last_dialog (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return self->last_dialog;
}

AdwLeaflet *
pj_nominations_view_get_leaflet (PjNominationsView *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATIONS_VIEW (self), NULL);

  return self->leaflet;
}

/* }}} */
