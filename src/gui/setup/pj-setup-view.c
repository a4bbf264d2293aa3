/* pj-setup-view.c: the organiser's Setup: awards, editions, categories,
 * criteria, units and jurors, and the change log
 *
 * A sidebar of sections and a page per section in an AdwLeaflet. Each page
 * lists the store's rows through a filter (deleted rows hide at once and
 * come back on Undo) in a GtkListView or, for units and jurors, a sortable
 * GtkColumnView. Rows open a PjSetupEditor; deletes wait for the toast.
 * The change log is read only: the newest audit entries in a GtkColumnView
 * with a search entry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-setup-view"

#include "config.h"

#include "pj-setup-view.h"
#include "pj-setup-view-private.h"
#include "pj-gui-util.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pj-setup-editor.h"
#include "pj-setup-format.h"
#include "pj-store-nomination.h"

typedef enum
{
  SECTION_AWARDS,
  SECTION_EDITIONS,
  SECTION_CATEGORIES,
  SECTION_CRITERIA,
  SECTION_UNITS,
  SECTION_JURORS,
  SECTION_HISTORY,
  N_SECTIONS
} SectionId;

typedef struct
{
  const char        *name;
  const char        *title;
  const char        *icon;
  gboolean           edition_scoped;
  const char        *add_label;
  const char        *add_action;
  const char        *empty_title;
  const char        *empty_description;
  PjSetupEditorKind  kind;
} SectionInfo;

static const SectionInfo section_info[N_SECTIONS] = {
  { "awards", N_("Awards"), "starred-symbolic", FALSE,
    N_("Add Award"), "setup.add-award",
    N_("No Awards Yet"),
    N_("An award is what the city hands out every year, such as Förnyelsepriset."),
    PJ_SETUP_EDITOR_AWARD },
  { "editions", N_("Editions"), "x-office-calendar-symbolic", FALSE,
    N_("Add Edition"), "setup.add-edition",
    N_("No Editions Yet"),
    N_("An edition is one year of an award, with its own dates, categories and jury."),
    PJ_SETUP_EDITOR_EDITION },
  { "categories", N_("Categories"), "view-grid-symbolic", TRUE,
    N_("Add Category"), "setup.add-category",
    N_("No Categories Yet"),
    N_("Categories are the classes nominations compete in, such as Skola or Äldreomsorg."),
    PJ_SETUP_EDITOR_CATEGORY },
  { "criteria", N_("Criteria"), "view-list-bullet-symbolic", TRUE,
    N_("Add Criterion"), "setup.add-criterion",
    N_("No Criteria Yet"),
    N_("Criteria are what jurors score each nomination on, each with a weight and a scale."),
    PJ_SETUP_EDITOR_CRITERION },
  { "units", N_("Units"), "network-workgroup-symbolic", FALSE,
    N_("Add Unit"), "setup.add-unit",
    N_("No Units Yet"),
    N_("Units are the city’s administrations, district administrations, companies and "
       "contracted providers that nominate and are nominated."),
    PJ_SETUP_EDITOR_UNIT },
  { "jurors", N_("Jurors"), "system-users-symbolic", TRUE,
    N_("Add Juror"), "setup.add-juror",
    N_("No Jurors Yet"),
    N_("Jurors score the nominations of the categories they are given."),
    PJ_SETUP_EDITOR_JUROR },
  { "history", N_("Change Log"), "document-open-recent-symbolic", FALSE,
    NULL, NULL,
    N_("No Changes Yet"),
    N_("Every change to the awards, their editions and nominations is listed here, with who "
       "made it and when."),
    PJ_SETUP_EDITOR_AWARD },
};

/* The change log shows at most this many of the newest entries. */
#define HISTORY_LIMIT 5000

typedef struct _Section Section;

struct _PjSetupView
{
  GtkWidget           parent_instance;

  /* Which of update_actions ()'s actions are enabled, bit by bit, and
   * whether that is known yet. */
  guint32             actions_enabled;
  gboolean            actions_known;

  PjWorkspace        *workspace;
  PjEdition          *edition;

  GtkWidget          *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *content;
  GtkWidget          *back_bar;
  GtkWidget          *back_title;
  GtkWidget          *stack;

  Section            *sections[N_SECTIONS];

  GHashTable         *hidden;          /* "section:id" of rows waiting to be deleted */
  GPtrArray          *pending;         /* PendingDelete */
  GHashTable         *unit_names;      /* gint64* -> char* */
  GHashTable         *category_names;  /* gint64* -> char* */
  GHashTable         *award_editions;  /* gint64* award -> GUINT_TO_POINTER (count) */
  double              weight_sum;

  PjSetupEditor      *editor;          /* weak */
  AdwMessageDialog   *dialog;          /* weak */
  AdwToast           *last_toast;      /* weak */
  gboolean            disposing;
};

struct _Section
{
  PjSetupView        *view;
  SectionId           id;
  const SectionInfo  *info;

  GtkWidget          *sidebar_row;
  GtkWidget          *count_label;
  GtkWidget          *page;
  GtkWidget          *subtitle_label;
  GtkWidget          *summary_label;
  GtkWidget          *state_stack;
  GtkWidget          *buttons;
  GtkWidget          *empty_page;
  GtkWidget          *list;
  GtkWidget          *search_entry;    /* change log only */
  GtkWidget          *caption;         /* change log only */

  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkSelectionModel  *selection;
};

typedef struct
{
  PjSetupView *view;
  SectionId    section;
  gint64       id;
  AdwToast    *toast;
  guint        idle_id;
  gboolean     done;
} PendingDelete;

G_DEFINE_FINAL_TYPE (PjSetupView, pj_setup_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_EDITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (PjSetupView *self, const char *what);
static void update_actions (PjSetupView *self);

/* Helpers {{{ */

static gint64 *
int64_dup (gint64 value)
{
  return g_memdup2 (&value, sizeof value);
}

static GHashTable *
id_table_new (GDestroyNotify value_free)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, value_free);
}

static gint64
item_id (gpointer item)
{
  gint64 id = PJ_NO_ID;

  g_object_get (item, "id", &id, NULL);
  return id;
}

static char *
item_name (SectionId  section,
           gpointer   item)
{
  if (section == SECTION_EDITIONS)
    return pj_edition_dup_title (PJ_EDITION (item));

  {
    char *name = NULL;
    g_object_get (item, "name", &name, NULL);
    return name;
  }
}

static char *
hidden_key (SectionId section,
            gint64    id)
{
  return g_strdup_printf ("%d:%" G_GINT64_FORMAT, (int) section, id);
}

static gint64
edition_id (PjSetupView *self)
{
  return self->edition != NULL ? pj_edition_get_id (self->edition) : PJ_NO_ID;
}

static SectionId
section_from_name (const char *name)
{
  for (guint i = 0; i < N_SECTIONS; i++)
    if (g_strcmp0 (section_info[i].name, name) == 0)
      return (SectionId) i;
  return N_SECTIONS;
}

static void
add_toast (PjSetupView *self,
           AdwToast    *toast)
{
  AdwToast *shown = pj_gui_add_toast (GTK_WIDGET (self), toast);

  if (shown != NULL)
    g_set_weak_pointer (&self->last_toast, shown);
}

static void
toast_error (PjSetupView  *self,
             const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  add_toast (self, toast);
}

/* }}} */

/* Rows {{{ */

static gboolean
filter_hidden_cb (gpointer item,
                  gpointer user_data)
{
  Section *section = user_data;
  g_autofree char *key = hidden_key (section->id, item_id (item));

  return !g_hash_table_contains (section->view->hidden, key);
}

static GMenuModel *
row_menu (Section *section,
          gint64   id)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) last = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;

  item = g_menu_item_new (_("_Edit…"), NULL);
  g_menu_item_set_action_and_target (item, "setup.edit-item", "(sx)",
                                     section->info->name, id);
  g_menu_append_item (first, item);
  g_clear_object (&item);

  if (section->id == SECTION_EDITIONS)
    {
      item = g_menu_item_new (_("New Edition From This…"), NULL);
      g_menu_item_set_action_and_target (item, "setup.copy-edition-from", "x", id);
      g_menu_append_item (first, item);
      g_clear_object (&item);
    }
  else if (section->id == SECTION_CATEGORIES)
    {
      item = g_menu_item_new (_("Move _Up"), NULL);
      g_menu_item_set_action_and_target (item, "setup.move-category", "(xi)", id, -1);
      g_menu_item_set_attribute (item, "accel", "s", "<Alt>Up");
      g_menu_append_item (first, item);
      g_clear_object (&item);
      item = g_menu_item_new (_("Move _Down"), NULL);
      g_menu_item_set_action_and_target (item, "setup.move-category", "(xi)", id, 1);
      g_menu_item_set_attribute (item, "accel", "s", "<Alt>Down");
      g_menu_append_item (first, item);
      g_clear_object (&item);
    }

  item = g_menu_item_new (_("_Delete"), NULL);
  g_menu_item_set_action_and_target (item, "setup.delete-item", "(sx)",
                                     section->info->name, id);
  g_menu_append_item (last, item);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (first));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (last));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static GtkWidget *
menu_button_new (void)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("More"));
  return button;
}

/* Drag and drop of categories {{{ */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (row), "pj-list-item");
  gpointer item = gtk_list_item_get_item (list_item);

  if (item == NULL)
    return NULL;
  return gdk_content_provider_new_typed (G_TYPE_INT64, item_id (item));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (row), "pj-list-item");
  Section *section = g_object_get_data (G_OBJECT (row), "pj-section");
  g_autoptr(GError) error = NULL;
  gint64 dragged = g_value_get_int64 (value);
  guint position = gtk_list_item_get_position (list_item);

  if (position == GTK_INVALID_LIST_POSITION || gtk_list_item_get_item (list_item) == NULL)
    return FALSE;
  if (item_id (gtk_list_item_get_item (list_item)) == dragged)
    return FALSE;

  if (!pj_store_move_category (section->view->workspace, dragged, position, &error))
    {
      toast_error (section->view, error);
      return FALSE;
    }
  return TRUE;
}

/* }}} */

static void
list_row_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   Section                  *section)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_add_css_class (row, "pj-setup-row");
  g_object_set_data (G_OBJECT (row), "pj-list-item", list_item);
  g_object_set_data (G_OBJECT (row), "pj-section", section);

  if (section->id == SECTION_CATEGORIES)
    {
      GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
      GtkDragSource *source = gtk_drag_source_new ();
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

      gtk_widget_add_css_class (handle, "dim-label");
      gtk_widget_set_tooltip_text (handle, _("Drag to reorder, or press Alt+Up and Alt+Down"));
      gtk_box_append (GTK_BOX (row), handle);

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
      g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
      g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
    }

  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "pj-row-title");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "pj-row-subtitle");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (row), labels);

  gtk_widget_add_css_class (badge, "pj-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (badge, FALSE);
  gtk_box_append (GTK_BOX (row), badge);

  gtk_box_append (GTK_BOX (row), menu_button_new ());

  g_object_set_data (G_OBJECT (row), "pj-title", title);
  g_object_set_data (G_OBJECT (row), "pj-subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "pj-badge", badge);
  gtk_list_item_set_child (list_item, row);
}

static char *
award_subtitle (PjSetupView *self,
                PjAward     *award)
{
  gint64 id = pj_award_get_id (award);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->award_editions, &id));
  const char *description = pj_award_get_description (award);
  g_autofree char *count = NULL;

  g_autoptr(GArray) rules = pj_store_list_eligibility_rules (self->workspace, id, NULL);

  if (n == 0)
    count = g_strdup (_("No editions yet"));
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u edition", "%u editions", n), n);

  if (rules != NULL && rules->len > 0)
    {
      g_autofree char *with_rules = NULL;

      with_rules = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u eligibility rule",
                                                 "%s · %u eligibility rules", rules->len),
                                    count, rules->len);
      g_free (count);
      count = g_steal_pointer (&with_rules);
    }

  if (description != NULL && *description != '\0')
    {
      g_autofree char *line = g_strndup (description, strcspn (description, "\n"));
      return g_strdup_printf ("%s · %s", count, line);
    }
  return g_steal_pointer (&count);
}

static char *
edition_subtitle (PjSetupView *self,
                  PjEdition   *edition)
{
  g_autofree char *base = pj_setup_format_edition_subtitle (edition);
  g_autofree char *count = NULL;
  guint n = pj_store_count_nominations (self->workspace, pj_edition_get_id (edition));

  if (n == 0)
    return g_steal_pointer (&base);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u nomination", "%u nominations", n),
                           n);
  return g_strdup_printf ("%s · %s", base, count);
}

static void
list_row_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  Section                  *section)
{
  PjSetupView *self = section->view;
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "pj-title");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (row), "pj-subtitle");
  GtkWidget *badge = g_object_get_data (G_OBJECT (row), "pj-badge");
  GtkWidget *menu_button = gtk_widget_get_last_child (row);
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *name = item_name (section->id, item);
  g_autofree char *sub = NULL;
  g_autoptr(GMenuModel) menu = NULL;

  gtk_widget_set_visible (badge, FALSE);

  switch (section->id)
    {
    case SECTION_AWARDS:
      sub = award_subtitle (self, item);
      break;
    case SECTION_EDITIONS:
      sub = edition_subtitle (self, item);
      if (pj_edition_get_id (item) == edition_id (self))
        {
          gtk_label_set_text (GTK_LABEL (badge), _("Current"));
          gtk_widget_set_visible (badge, TRUE);
        }
      break;
    case SECTION_CATEGORIES:
      sub = pj_setup_format_category_subtitle (item);
      break;
    case SECTION_CRITERIA:
      sub = pj_setup_format_criterion_subtitle (item, self->weight_sum, self->category_names);
      if (pj_criterion_get_weight (item) <= 0)
        {
          gtk_label_set_text (GTK_LABEL (badge), _("Not counted"));
          gtk_widget_set_visible (badge, TRUE);
        }
      break;
    case SECTION_UNITS:
    case SECTION_JURORS:
    case SECTION_HISTORY:
    case N_SECTIONS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (GTK_LABEL (title), name);
  gtk_label_set_text (GTK_LABEL (subtitle), sub);
  gtk_widget_set_visible (subtitle, sub != NULL && *sub != '\0');
  gtk_widget_set_tooltip_text (subtitle, sub);

  menu = row_menu (section, item_id (item));
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More"), -1);
}

/* Column view cells {{{ */

typedef char *(*CellText) (PjSetupView *self, gpointer item);

static char *
unit_name_text (PjSetupView *self,
                gpointer     item)
{
  return g_strdup (pj_unit_get_name (item));
}

static char *
unit_type_text (PjSetupView *self,
                gpointer     item)
{
  return g_strdup (pj_unit_type_to_label (pj_unit_get_unit_type (item)));
}

static char *
unit_parent_text (PjSetupView *self,
                  gpointer     item)
{
  gint64 parent = pj_unit_get_parent_id (item);

  return g_strdup (parent != PJ_NO_ID ? g_hash_table_lookup (self->unit_names, &parent) : "");
}

static char *
juror_name_text (PjSetupView *self,
                 gpointer     item)
{
  return g_strdup (pj_juror_get_name (item));
}

static char *
juror_subtitle_text (PjSetupView *self,
                     gpointer     item)
{
  return pj_setup_format_juror_subtitle (item, self->category_names);
}

static char *
juror_unit_text (PjSetupView *self,
                 gpointer     item)
{
  gint64 unit = pj_juror_get_unit_id (item);

  return g_strdup (unit != PJ_NO_ID ? g_hash_table_lookup (self->unit_names, &unit) : "");
}

static char *
juror_email_text (PjSetupView *self,
                  gpointer     item)
{
  return g_strdup (pj_juror_get_email (item));
}

/* The change log's cells */

typedef struct
{
  const char *action;
  const char *entity;
  const char *phrase;
} HistoryPhrase;

static const HistoryPhrase history_phrases[] = {
  { "create", "award", N_("Created award") },
  { "update", "award", N_("Updated award") },
  { "delete", "award", N_("Deleted award") },
  { "create", "edition", N_("Created edition") },
  { "update", "edition", N_("Updated edition") },
  { "delete", "edition", N_("Deleted edition") },
  { "copy", "edition", N_("Copied edition") },
  { "reopen", "edition", N_("Reopened edition") },
  { "create", "category", N_("Created category") },
  { "update", "category", N_("Updated category") },
  { "delete", "category", N_("Deleted category") },
  { "move", "category", N_("Moved category") },
  { "create", "criterion", N_("Created criterion") },
  { "update", "criterion", N_("Updated criterion") },
  { "delete", "criterion", N_("Deleted criterion") },
  { "create", "unit", N_("Created unit") },
  { "update", "unit", N_("Updated unit") },
  { "delete", "unit", N_("Deleted unit") },
  { "create", "juror", N_("Created juror") },
  { "update", "juror", N_("Updated juror") },
  { "delete", "juror", N_("Deleted juror") },
  { "create", "nomination", N_("Created nomination") },
  { "update", "nomination", N_("Updated nomination") },
  { "delete", "nomination", N_("Deleted nomination") },
  { "create", "conflict", N_("Declared conflict") },
  { "delete", "conflict", N_("Deleted conflict") },
  { "lift", "conflict", N_("Lifted conflict") },
  { "reinstate", "conflict", N_("Reinstated conflict") },
  { "create", "decision", N_("Created decision") },
  { "update", "decision", N_("Updated decision") },
  { "delete", "decision", N_("Deleted decision") },
  { "demo", "award", N_("Loaded example award") },
  { "demo", "edition", N_("Loaded example edition") },
};

static char *
history_what (PjAuditEntry *entry)
{
  const char *action = pj_audit_entry_get_action (entry);
  const char *entity = pj_audit_entry_get_entity (entry);
  g_autofree char *raw = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (history_phrases); i++)
    if (g_strcmp0 (history_phrases[i].action, action) == 0 &&
        g_strcmp0 (history_phrases[i].entity, entity) == 0)
      return g_strdup (_(history_phrases[i].phrase));

  /* Not known: the stored words, as they are */
  raw = g_strjoin (" ", action != NULL ? action : "", entity != NULL ? entity : "", NULL);
  g_strdelimit (raw, "_", ' ');
  return g_strdup (g_strstrip (raw));
}

static char *
history_when_text (PjSetupView *self,
                   gpointer     item)
{
  const char *at = pj_audit_entry_get_at (item);
  g_autoptr(GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (at);
  local = g_date_time_to_local (utc);
  /* TRANSLATORS: when a change was made, see g_date_time_format (),
   * "29 Nov 2026 14:03" */
  return g_date_time_format (local, _("%-d %b %Y %H:%M"));
}

static char *
history_who_text (PjSetupView *self,
                  gpointer     item)
{
  return g_strdup (pj_audit_entry_get_who (item));
}

static char *
history_what_text (PjSetupView *self,
                   gpointer     item)
{
  return history_what (item);
}

static char *
history_field_text (PjSetupView *self,
                    gpointer     item)
{
  char *field = g_strdup (pj_audit_entry_get_field (item));

  return field != NULL ? g_strdelimit (field, "_", ' ') : NULL;
}

static char *
history_change_text (PjSetupView *self,
                     gpointer     item)
{
  const char *old_value = pj_audit_entry_get_old_value (item);
  const char *new_value = pj_audit_entry_get_new_value (item);

  if (old_value != NULL && new_value != NULL)
    /* TRANSLATORS: a change in the change log, "old → new" */
    return g_strdup_printf (_("%s → %s"), old_value, new_value);
  return g_strdup (old_value != NULL ? old_value : new_value);
}

static gboolean
text_matches (const char *text,
              const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, folded_query) != NULL;
}

static gboolean
history_filter_cb (gpointer item,
                   gpointer user_data)
{
  Section *section = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (section->search_entry));
  g_autofree char *folded_query = NULL;
  g_autofree char *what = NULL;
  g_autofree char *field = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  folded_query = g_utf8_casefold (query, -1);
  what = history_what (item);
  field = history_field_text (section->view, item);
  return text_matches (pj_audit_entry_get_who (item), folded_query) ||
         text_matches (what, folded_query) ||
         text_matches (field, folded_query) ||
         text_matches (pj_audit_entry_get_field (item), folded_query) ||
         text_matches (pj_audit_entry_get_old_value (item), folded_query) ||
         text_matches (pj_audit_entry_get_new_value (item), folded_query);
}

static void
history_search_changed_cb (GtkSearchEntry *entry,
                           Section        *section)
{
  gtk_filter_changed (GTK_FILTER (section->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

typedef struct
{
  PjSetupView *view;
  CellText     text;
  CellText     subtitle;
} CellInfo;

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               CellInfo                 *info)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_vexpand (box, TRUE);
  gtk_widget_add_css_class (box, "pj-cell");
  gtk_widget_set_vexpand (label, info->subtitle == NULL);
  gtk_widget_set_valign (label, info->subtitle == NULL ? GTK_ALIGN_CENTER : GTK_ALIGN_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  if (info->subtitle != NULL)
    {
      GtkWidget *subtitle = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
      gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
      gtk_widget_set_vexpand (label, TRUE);
      gtk_widget_set_vexpand (subtitle, TRUE);
      gtk_widget_set_valign (subtitle, GTK_ALIGN_START);
      gtk_widget_add_css_class (subtitle, "pj-row-subtitle");
      gtk_box_append (GTK_BOX (box), subtitle);
      gtk_widget_add_css_class (label, "pj-row-title");
    }
  gtk_list_item_set_child (list_item, box);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              CellInfo                 *info)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *text = info->text (info->view, item);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text);
  if (info->subtitle != NULL)
    {
      g_autofree char *sub = info->subtitle (info->view, item);
      GtkWidget *subtitle = gtk_widget_get_next_sibling (label);

      gtk_label_set_text (GTK_LABEL (subtitle), sub != NULL ? sub : "");
    }
}

static char *
cell_sort_key_cb (GObject  *item,
                  CellInfo *info)
{
  return info->text (info->view, item);
}

static void
menu_cell_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    Section                  *section)
{
  gtk_list_item_set_child (list_item, menu_button_new ());
}

static void
menu_cell_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   Section                  *section)
{
  g_autoptr(GMenuModel) menu = row_menu (section, item_id (gtk_list_item_get_item (list_item)));

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (gtk_list_item_get_child (list_item)), menu);
}

static GtkColumnViewColumn *
add_column (Section     *section,
            const char  *title,
            CellText     text,
            CellText     subtitle,
            gboolean     expand,
            int          fixed_width)
{
  CellInfo *info = g_new0 (CellInfo, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  GtkExpression *expression;
  GtkSorter *sorter;

  info->view = section->view;
  info->text = text;
  info->subtitle = subtitle;
  g_signal_connect_data (factory, "setup", G_CALLBACK (cell_setup_cb), info,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), info);

  column = gtk_column_view_column_new (title, factory);
  /* The change log stays newest first. */
  if (section->id != SECTION_HISTORY)
    {
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (cell_sort_key_cb), info, NULL);
      sorter = GTK_SORTER (gtk_string_sorter_new (expression));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
    }
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (section->list), column);
  return column;
}

/* }}} */

/* }}} */

/* Pages {{{ */

static void
update_section_state (Section *section)
{
  PjSetupView *self = section->view;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (section->filtered));
  const char *state;
  g_autofree char *count = NULL;

  /* The change log counts every entry it holds, whatever the search. */
  if (section->id == SECTION_HISTORY)
    {
      GListModel *all = gtk_filter_list_model_get_model (section->filtered);

      n = all != NULL ? g_list_model_get_n_items (all) : 0;
      gtk_widget_set_visible (section->caption, n >= HISTORY_LIMIT);
    }

  if (self->workspace == NULL || (section->info->edition_scoped && self->edition == NULL))
    state = "no-edition";
  else if (n == 0)
    state = "empty";
  else
    state = "list";
  gtk_stack_set_visible_child_name (GTK_STACK (section->state_stack), state);
  /* The empty states carry their own button. */
  gtk_widget_set_visible (section->buttons, g_str_equal (state, "list"));

  if (g_strcmp0 (state, "no-edition") != 0)
    count = g_strdup_printf ("%u", n);
  gtk_label_set_text (GTK_LABEL (section->count_label), count != NULL ? count : "");

  if (section->info->edition_scoped)
    {
      g_autofree char *title = self->edition != NULL ? pj_edition_dup_title (self->edition) : NULL;

      gtk_label_set_text (GTK_LABEL (section->subtitle_label), title != NULL ? title : "");
      gtk_widget_set_visible (section->subtitle_label, title != NULL);
    }

  if (section->summary_label != NULL)
    {
      g_autofree char *summary = NULL;
      guint not_counted = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PjCriterion) c = g_list_model_get_item (G_LIST_MODEL (section->filtered), i);
          if (pj_criterion_get_weight (c) <= 0)
            not_counted++;
        }
      if (not_counted > 0)
        /* TRANSLATORS: "Sum of weights 12 · 1 not counted" */
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Sum of weights %g · %u not counted",
                                                "Sum of weights %g · %u not counted",
                                                not_counted),
                                   self->weight_sum, not_counted);
      else
        summary = g_strdup_printf (_("Sum of weights %g"), self->weight_sum);
      gtk_label_set_text (GTK_LABEL (section->summary_label), summary);
    }
}

static void
list_activate_cb (GtkWidget *list,
                  guint      position,
                  Section   *section)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (section->selection), position);

  if (item == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (section->view), "setup.edit-item", "(sx)",
                              section->info->name, item_id (item));
}

static GtkWidget *
status_page_new (const char *icon,
                 const char *title,
                 const char *description,
                 const char *button_label,
                 const char *action,
                 GVariant   *target)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *button = gtk_button_new_with_label (button_label);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_add_css_class (page, "compact");
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
  return page;
}

static GtkWidget *
add_button_new (const char *label,
                const char *action,
                gboolean    suggested)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

static void
build_list (Section *section)
{
  GtkListItemFactory *factory;

  if (section->id == SECTION_HISTORY)
    {
      /* Held by the section: the filter reads it. */
      section->search_entry = g_object_ref_sink (gtk_search_entry_new ());
      section->filter = gtk_custom_filter_new (history_filter_cb, section, NULL);
    }
  else
    section->filter = gtk_custom_filter_new (filter_hidden_cb, section, NULL);
  section->filtered = gtk_filter_list_model_new (NULL,
                                                 GTK_FILTER (g_object_ref (section->filter)));

  if (section->id == SECTION_HISTORY)
    {
      GtkColumnViewColumn *column;

      section->list = gtk_column_view_new (NULL);
      add_column (section, _("When"), history_when_text, NULL, FALSE, 140);
      add_column (section, _("Who"), history_who_text, NULL, FALSE, 130);
      add_column (section, _("What"), history_what_text, NULL, FALSE, 185);
      add_column (section, _("Field"), history_field_text, NULL, FALSE, 90);
      column = add_column (section, _("Change"), history_change_text, NULL, TRUE, -1);
      gtk_column_view_column_set_resizable (column, FALSE);
      section->selection = GTK_SELECTION_MODEL (
        gtk_no_selection_new (G_LIST_MODEL (g_object_ref (section->filtered))));
      gtk_column_view_set_model (GTK_COLUMN_VIEW (section->list), section->selection);
      gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (section->list), TRUE);
      gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (section->list), FALSE);
      g_signal_connect (section->search_entry, "search-changed",
                        G_CALLBACK (history_search_changed_cb), section);
    }
  else if (section->id == SECTION_UNITS || section->id == SECTION_JURORS)
    {
      GtkSortListModel *sorted;
      GtkColumnViewColumn *first;

      section->list = gtk_column_view_new (NULL);
      if (section->id == SECTION_UNITS)
        {
          first = add_column (section, _("Name"), unit_name_text, NULL, TRUE, -1);
          add_column (section, _("Type"), unit_type_text, NULL, FALSE, 190);
          add_column (section, _("Part Of"), unit_parent_text, NULL, FALSE, 220);
        }
      else
        {
          first = add_column (section, _("Name"), juror_name_text, juror_subtitle_text, TRUE, -1);
          add_column (section, _("Unit"), juror_unit_text, NULL, FALSE, 200);
          add_column (section, _("Email"), juror_email_text, NULL, FALSE, 240);
        }
      factory = gtk_signal_list_item_factory_new ();
      g_signal_connect (factory, "setup", G_CALLBACK (menu_cell_setup_cb), section);
      g_signal_connect (factory, "bind", G_CALLBACK (menu_cell_bind_cb), section);
      {
        g_autoptr(GtkColumnViewColumn) menu_column = gtk_column_view_column_new (NULL, factory);
        gtk_column_view_append_column (GTK_COLUMN_VIEW (section->list), menu_column);
      }

      sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (section->filtered)),
                                        g_object_ref (gtk_column_view_get_sorter (
                                          GTK_COLUMN_VIEW (section->list))));
      section->selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted)));
      gtk_column_view_set_model (GTK_COLUMN_VIEW (section->list), section->selection);
      gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (section->list), first,
                                      GTK_SORT_ASCENDING);
      gtk_column_view_set_single_click_activate (GTK_COLUMN_VIEW (section->list), TRUE);
      gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (section->list), TRUE);
      gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (section->list), FALSE);
      g_signal_connect (section->list, "activate", G_CALLBACK (list_activate_cb), section);
    }
  else
    {
      factory = gtk_signal_list_item_factory_new ();
      g_signal_connect (factory, "setup", G_CALLBACK (list_row_setup_cb), section);
      g_signal_connect (factory, "bind", G_CALLBACK (list_row_bind_cb), section);

      if (section->id == SECTION_CATEGORIES)
        {
          GtkSingleSelection *single =
            gtk_single_selection_new (G_LIST_MODEL (g_object_ref (section->filtered)));

          gtk_single_selection_set_autoselect (single, FALSE);
          gtk_single_selection_set_can_unselect (single, TRUE);
          section->selection = GTK_SELECTION_MODEL (single);
        }
      else
        section->selection = GTK_SELECTION_MODEL (
          gtk_no_selection_new (G_LIST_MODEL (g_object_ref (section->filtered))));

      section->list = gtk_list_view_new (g_object_ref (section->selection), factory);
      gtk_list_view_set_show_separators (GTK_LIST_VIEW (section->list), TRUE);
      gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (section->list),
                                               section->id != SECTION_CATEGORIES);
      g_signal_connect (section->list, "activate", G_CALLBACK (list_activate_cb), section);
    }

  gtk_widget_add_css_class (section->list, "pj-boxed-list");
  gtk_widget_set_overflow (section->list, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_valign (section->list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (section->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(section->info->title), -1);
}

static Section *
build_section (PjSetupView *self,
               SectionId    id)
{
  Section *section = g_new0 (Section, 1);
  const SectionInfo *info = &section_info[id];
  GtkWidget *page, *scrolled, *clamp, *box, *header, *titles, *title, *list_box, *buttons;
  GtkWidget *no_edition, *row_box, *icon, *label;

  section->view = self;
  section->id = id;
  section->info = info;

  /* The sidebar row */
  section->sidebar_row = gtk_list_box_row_new ();
  row_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  icon = gtk_image_new_from_icon_name (info->icon);
  label = gtk_label_new (_(info->title));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  section->count_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (section->count_label, "dim-label");
  gtk_widget_add_css_class (section->count_label, "numeric");
  gtk_box_append (GTK_BOX (row_box), icon);
  gtk_box_append (GTK_BOX (row_box), label);
  gtk_box_append (GTK_BOX (row_box), section->count_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (section->sidebar_row), row_box);
  g_object_set_data (G_OBJECT (section->sidebar_row), "pj-section", section);
  gtk_list_box_append (GTK_LIST_BOX (self->sidebar), section->sidebar_row);

  /* The page */
  build_list (section);

  /* The page: a fixed header, then the list in a scrolled window of its
   * own. A list view inside a box inside the scroller would be given its
   * whole height and build a row for every item; scrolled by itself it
   * builds only the rows on screen, however many units or jurors there are. */
  page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 800);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 600);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_add_css_class (box, "pj-setup-page");
  gtk_widget_add_css_class (box, "pj-setup-page-header");
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_box_append (GTK_BOX (page), clamp);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_widget_set_valign (titles, GTK_ALIGN_CENTER);
  title = gtk_label_new (_(info->title));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  section->subtitle_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (section->subtitle_label), 0);
  gtk_widget_add_css_class (section->subtitle_label, "dim-label");
  gtk_widget_set_visible (section->subtitle_label, FALSE);
  gtk_box_append (GTK_BOX (titles), title);
  gtk_box_append (GTK_BOX (titles), section->subtitle_label);
  gtk_box_append (GTK_BOX (header), titles);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  section->buttons = buttons;
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  if (id == SECTION_EDITIONS)
    {
      GtkWidget *copy = gtk_button_new_with_mnemonic (_("New Edition _From…"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "setup.copy-edition");
      gtk_widget_set_tooltip_text (copy, _("Copy categories, criteria and jurors from an "
                                           "earlier edition"));
      gtk_box_append (GTK_BOX (buttons), copy);
    }
  if (id == SECTION_HISTORY)
    {
      gtk_editable_set_width_chars (GTK_EDITABLE (section->search_entry), 24);
      g_object_set (section->search_entry, "placeholder-text", _("Search changes"), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (section->search_entry),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Search the change log"), -1);
      gtk_box_append (GTK_BOX (buttons), section->search_entry);
    }
  else
    gtk_box_append (GTK_BOX (buttons),
                    add_button_new (_(info->add_label), info->add_action, FALSE));
  gtk_box_append (GTK_BOX (header), buttons);
  gtk_box_append (GTK_BOX (box), header);

  section->state_stack = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (section->state_stack), FALSE);
  gtk_widget_set_vexpand (section->state_stack, TRUE);
  gtk_box_append (GTK_BOX (page), section->state_stack);

  list_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (list_box, "pj-setup-page");
  gtk_widget_add_css_class (list_box, "pj-setup-page-list");
  /* The list view is the scrolled window's own child (it is scrollable):
   * anything between them would make it build every row. */
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* Never ask the list for its natural height: GTK 4.8 measures every row
   * for that (and a GtkStack measures its hidden pages too). */
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), section->list);
  if (id == SECTION_CRITERIA)
    {
      section->summary_label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (section->summary_label), 0);
      gtk_widget_add_css_class (section->summary_label, "pj-summary");
      gtk_box_append (GTK_BOX (list_box), section->summary_label);
    }
  if (id == SECTION_CATEGORIES)
    {
      GtkWidget *hint = gtk_label_new (_("Drag a category, or select it and press Alt+Up or "
                                         "Alt+Down, to change the order nominators and "
                                         "jurors see."));
      gtk_label_set_xalign (GTK_LABEL (hint), 0);
      gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
      gtk_widget_add_css_class (hint, "dim-label");
      gtk_widget_add_css_class (hint, "caption");
      gtk_box_append (GTK_BOX (list_box), scrolled);
      gtk_box_append (GTK_BOX (list_box), hint);
    }
  else if (id == SECTION_HISTORY)
    {
      /* TRANSLATORS: the number is the change log's limit, write it the
       * way the language does */
      section->caption = gtk_label_new (_("Only the newest 5,000 changes are shown."));
      gtk_label_set_xalign (GTK_LABEL (section->caption), 0);
      gtk_label_set_wrap (GTK_LABEL (section->caption), TRUE);
      gtk_widget_add_css_class (section->caption, "dim-label");
      gtk_widget_add_css_class (section->caption, "caption");
      gtk_widget_set_visible (section->caption, FALSE);
      gtk_box_append (GTK_BOX (list_box), scrolled);
      gtk_box_append (GTK_BOX (list_box), section->caption);
    }
  else
    gtk_box_append (GTK_BOX (list_box), scrolled);
  {
    GtkWidget *list_clamp = adw_clamp_new ();

    adw_clamp_set_maximum_size (ADW_CLAMP (list_clamp), 800);
    adw_clamp_set_tightening_threshold (ADW_CLAMP (list_clamp), 600);
    adw_clamp_set_child (ADW_CLAMP (list_clamp), list_box);
    gtk_stack_add_named (GTK_STACK (section->state_stack), list_clamp, "list");
  }

  if (info->add_label != NULL)
    section->empty_page = status_page_new (info->icon, _(info->empty_title),
                                           _(info->empty_description), _(info->add_label),
                                           info->add_action, NULL);
  else
    {
      section->empty_page = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (section->empty_page), info->icon);
      adw_status_page_set_title (ADW_STATUS_PAGE (section->empty_page), _(info->empty_title));
      adw_status_page_set_description (ADW_STATUS_PAGE (section->empty_page),
                                       _(info->empty_description));
      gtk_widget_add_css_class (section->empty_page, "compact");
    }
  gtk_stack_add_named (GTK_STACK (section->state_stack), section->empty_page, "empty");

  no_edition = status_page_new ("x-office-calendar-symbolic",
                                _("Choose or Create an Edition"),
                                _("Categories, criteria and jurors belong to one edition of an "
                                  "award. Choose the edition in the header bar, or create one."),
                                _("Go to Editions"), "setup.show-section",
                                g_variant_new_string ("editions"));
  gtk_stack_add_named (GTK_STACK (section->state_stack), no_edition, "no-edition");

  section->page = page;
  gtk_stack_add_named (GTK_STACK (self->stack), page, info->name);
  return section;
}

static void
section_free (Section *section)
{
  g_clear_object (&section->filter);
  g_clear_object (&section->filtered);
  g_clear_object (&section->selection);
  g_clear_object (&section->search_entry);
  g_free (section);
}

static void
show_section (PjSetupView *self,
              SectionId    id,
              gboolean     navigate)
{
  Section *section = self->sections[id];

  gtk_stack_set_visible_child (GTK_STACK (self->stack), section->page);
  gtk_label_set_text (GTK_LABEL (self->back_title), _(section->info->title));
  if (gtk_list_box_get_selected_row (GTK_LIST_BOX (self->sidebar)) !=
      GTK_LIST_BOX_ROW (section->sidebar_row))
    gtk_list_box_select_row (GTK_LIST_BOX (self->sidebar),
                             GTK_LIST_BOX_ROW (section->sidebar_row));
  if (navigate)
    adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
}

static void
sidebar_row_selected_cb (GtkListBox    *box,
                         GtkListBoxRow *row,
                         PjSetupView   *self)
{
  Section *section;

  if (row == NULL)
    return;
  section = g_object_get_data (G_OBJECT (row), "pj-section");
  show_section (self, section->id, FALSE);
}

static void
sidebar_row_activated_cb (GtkListBox    *box,
                          GtkListBoxRow *row,
                          PjSetupView   *self)
{
  Section *section = g_object_get_data (G_OBJECT (row), "pj-section");

  show_section (self, section->id, TRUE);
}

static void
back_clicked_cb (GtkButton   *button,
                 PjSetupView *self)
{
  adw_leaflet_navigate (ADW_LEAFLET (self->leaflet), ADW_NAVIGATION_DIRECTION_BACK);
}

static void
folded_changed_cb (AdwLeaflet  *leaflet,
                   GParamSpec  *pspec,
                   PjSetupView *self)
{
  gboolean folded = adw_leaflet_get_folded (leaflet);

  gtk_widget_set_visible (self->back_bar, folded);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->sidebar),
                                   folded ? GTK_SELECTION_NONE : GTK_SELECTION_SINGLE);
  if (!folded)
    {
      const char *name = gtk_stack_get_visible_child_name (GTK_STACK (self->stack));
      SectionId id = section_from_name (name);

      if (id < N_SECTIONS)
        show_section (self, id, FALSE);
    }
}

/* }}} */

/* Loading {{{ */

static void
reload_aux (PjSetupView *self)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(GListModel) editions = NULL;
  g_autoptr(GListModel) criteria = NULL;

  g_hash_table_remove_all (self->unit_names);
  g_hash_table_remove_all (self->category_names);
  g_hash_table_remove_all (self->award_editions);
  self->weight_sum = 0;

  if (self->workspace == NULL)
    return;

  units = pj_store_list_units (self->workspace, NULL);
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);
      g_hash_table_insert (self->unit_names, int64_dup (pj_unit_get_id (unit)),
                           g_strdup (pj_unit_get_name (unit)));
    }

  editions = pj_store_list_editions (self->workspace, PJ_NO_ID, NULL);
  for (guint i = 0; editions != NULL && i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);
      gint64 award = pj_edition_get_award_id (e);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->award_editions, &award));

      g_hash_table_replace (self->award_editions, int64_dup (award), GUINT_TO_POINTER (n + 1));
    }

  if (self->edition == NULL)
    return;

  categories = pj_store_list_categories (self->workspace, edition_id (self), NULL);
  for (guint i = 0; categories != NULL && i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(PjCategory) c = g_list_model_get_item (categories, i);
      g_hash_table_insert (self->category_names, int64_dup (pj_category_get_id (c)),
                           g_strdup (pj_category_get_name (c)));
    }

  criteria = pj_store_list_criteria (self->workspace, edition_id (self), NULL);
  for (guint i = 0; criteria != NULL && i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, i);
      g_autofree char *key = hidden_key (SECTION_CRITERIA, pj_criterion_get_id (c));

      if (!g_hash_table_contains (self->hidden, key))
        self->weight_sum += MAX (0, pj_criterion_get_weight (c));
    }
}

static void
reload_section (PjSetupView *self,
                SectionId    id)
{
  Section *section = self->sections[id];
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gint64 edition = edition_id (self);

  if (self->workspace != NULL && (!section->info->edition_scoped || edition != PJ_NO_ID))
    {
      switch (id)
        {
        case SECTION_AWARDS:
          model = pj_store_list_awards (self->workspace, &error);
          break;
        case SECTION_EDITIONS:
          model = pj_store_list_editions (self->workspace, PJ_NO_ID, &error);
          break;
        case SECTION_CATEGORIES:
          model = pj_store_list_categories (self->workspace, edition, &error);
          break;
        case SECTION_CRITERIA:
          model = pj_store_list_criteria (self->workspace, edition, &error);
          break;
        case SECTION_UNITS:
          model = pj_store_list_units (self->workspace, &error);
          break;
        case SECTION_JURORS:
          model = pj_store_list_jurors (self->workspace, edition, &error);
          break;
        case SECTION_HISTORY:
          model = pj_store_list_audit (self->workspace, NULL, PJ_NO_ID, HISTORY_LIMIT, &error);
          break;
        case N_SECTIONS:
        default:
          g_assert_not_reached ();
        }
      if (model == NULL)
        g_warning ("Could not list %s: %s", section->info->name, error->message);
    }

  gtk_filter_list_model_set_model (section->filtered, model);
  update_section_state (section);
}

static gboolean
detail_touches (const char *what,
                SectionId   id)
{
  static const char * const touches[N_SECTIONS] = {
    [SECTION_AWARDS]     = "award edition eligibility",
    [SECTION_EDITIONS]   = "award edition nomination",
    [SECTION_CATEGORIES] = "category",
    [SECTION_CRITERIA]   = "criterion category",
    [SECTION_UNITS]      = "unit",
    [SECTION_JURORS]     = "juror unit category",
    [SECTION_HISTORY]    = NULL,
  };
  g_auto(GStrv) words = NULL;

  /* Every change is logged. */
  if (what == NULL || g_str_equal (what, "all") || id == SECTION_HISTORY)
    return TRUE;
  words = g_strsplit (touches[id], " ", -1);
  return g_strv_contains ((const char * const *) words, what);
}

static void
reload (PjSetupView *self,
        const char  *what)
{
  reload_aux (self);
  for (guint i = 0; i < N_SECTIONS; i++)
    if (detail_touches (what, (SectionId) i))
      reload_section (self, (SectionId) i);
  update_actions (self);
}

static void
workspace_changed_cb (PjWorkspace *workspace,
                      const char  *what,
                      PjSetupView *self)
{
  reload (self, what);
}

/* Setting an action's state walks every widget below the view: with a few
 * hundred rows that is slow, so only real changes are made. */
static void
set_action_enabled (PjSetupView *self,
                    guint        bit,
                    const char  *action,
                    gboolean     enabled)
{
  guint32 mask = 1u << bit;

  if (self->actions_known && ((self->actions_enabled & mask) != 0) == enabled)
    return;

  if (enabled)
    self->actions_enabled |= mask;
  else
    self->actions_enabled &= ~mask;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, enabled);
}

static void
update_actions (PjSetupView *self)
{
  gboolean have_ws = self->workspace != NULL;
  gboolean have_edition = have_ws && self->edition != NULL;
  gboolean have_awards = FALSE;
  gboolean have_editions = FALSE;

  if (have_ws)
    {
      have_awards = g_list_model_get_n_items (
        G_LIST_MODEL (self->sections[SECTION_AWARDS]->filtered)) > 0;
      have_editions = g_list_model_get_n_items (
        G_LIST_MODEL (self->sections[SECTION_EDITIONS]->filtered)) > 0;
    }

  set_action_enabled (self, 0, "setup.add-award", have_ws);
  set_action_enabled (self, 1, "setup.add-edition", have_awards);
  set_action_enabled (self, 2, "setup.copy-edition", have_editions);
  set_action_enabled (self, 3, "setup.copy-edition-from", have_editions);
  set_action_enabled (self, 4, "setup.add-category", have_edition);
  set_action_enabled (self, 5, "setup.add-criterion", have_edition);
  set_action_enabled (self, 6, "setup.add-unit", have_ws);
  set_action_enabled (self, 7, "setup.add-juror", have_edition);
  set_action_enabled (self, 8, "setup.edit-item", have_ws);
  set_action_enabled (self, 9, "setup.delete-item", have_ws);
  set_action_enabled (self, 10, "setup.move-category", have_edition);
  set_action_enabled (self, 11, "setup.move-selected-category", have_edition);
  self->actions_known = TRUE;
}

/* }}} */

/* Deleting with Undo {{{ */

static void
pending_free (PendingDelete *pending)
{
  if (pending->toast != NULL)
    g_signal_handlers_disconnect_by_data (pending->toast, pending);
  g_clear_object (&pending->toast);
  g_clear_handle_id (&pending->idle_id, g_source_remove);
  g_free (pending);
}

static void
commit_delete (PjSetupView   *self,
               PendingDelete *pending)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = hidden_key (pending->section, pending->id);
  gboolean ok = FALSE;

  pending->done = TRUE;
  switch (pending->section)
    {
    case SECTION_AWARDS:
      ok = pj_store_delete_award (self->workspace, pending->id, &error);
      break;
    case SECTION_EDITIONS:
      ok = pj_store_delete_edition (self->workspace, pending->id, &error);
      break;
    case SECTION_CATEGORIES:
      ok = pj_store_delete_category (self->workspace, pending->id, &error);
      break;
    case SECTION_CRITERIA:
      ok = pj_store_delete_criterion (self->workspace, pending->id, &error);
      break;
    case SECTION_UNITS:
      ok = pj_store_delete_unit (self->workspace, pending->id, &error);
      break;
    case SECTION_JURORS:
      ok = pj_store_delete_juror (self->workspace, pending->id, &error);
      break;
    case SECTION_HISTORY:
    case N_SECTIONS:
    default:
      g_assert_not_reached ();
    }

  g_hash_table_remove (self->hidden, key);
  if (!ok)
    {
      g_debug ("Could not delete a row of %s: %s",
                 section_info[pending->section].name, error->message);
      if (!self->disposing)
        {
          toast_error (self, error);
          reload (self, "all");
        }
      return;
    }

  if (pending->section == SECTION_EDITIONS && pending->id == edition_id (self) &&
      !self->disposing)
    pj_setup_view_set_edition (self, NULL);
}

static void
toast_undo_cb (AdwToast      *toast,
               PendingDelete *pending)
{
  PjSetupView *self = pending->view;
  g_autofree char *key = hidden_key (pending->section, pending->id);

  if (pending->done)
    return;
  pending->done = TRUE;
  g_hash_table_remove (self->hidden, key);
  reload (self, "all");
}

static gboolean
finish_pending_cb (gpointer data)
{
  PendingDelete *pending = data;
  PjSetupView *self = pending->view;

  pending->idle_id = 0;
  if (!pending->done)
    commit_delete (self, pending);
  g_ptr_array_remove (self->pending, pending);
  return G_SOURCE_REMOVE;
}

static void
toast_dismissed_cb (AdwToast      *toast,
                    PendingDelete *pending)
{
  /* Not inside the overlay's signal: a refused delete shows a new toast. */
  g_signal_handlers_disconnect_by_data (toast, pending);
  if (pending->idle_id == 0)
    pending->idle_id = g_idle_add (finish_pending_cb, pending);
}

static void
hide_and_offer_undo (PjSetupView *self,
                     SectionId    section,
                     gint64       id,
                     const char  *name)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  PendingDelete *pending = g_new0 (PendingDelete, 1);
  g_autofree char *title = NULL;

  pending->view = self;
  pending->section = section;
  pending->id = id;

  g_hash_table_add (self->hidden, hidden_key (section, id));
  reload (self, "all");

  if (overlay == NULL)
    {
      commit_delete (self, pending);
      pending_free (pending);
      return;
    }

  /* TRANSLATORS: a toast, "“Skola” deleted" */
  title = g_strdup_printf (_("“%s” deleted"), name);
  pending->toast = adw_toast_new (title);
  adw_toast_set_button_label (pending->toast, _("_Undo"));
  adw_toast_set_priority (pending->toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (pending->toast, "button-clicked", G_CALLBACK (toast_undo_cb), pending);
  g_signal_connect (pending->toast, "dismissed", G_CALLBACK (toast_dismissed_cb), pending);
  g_ptr_array_add (self->pending, pending);
  add_toast (self, g_object_ref (pending->toast));
}

typedef struct
{
  PjSetupView *view;
  gint64       id;
  char        *name;
} AwardDelete;

static void
award_delete_free (AwardDelete *data)
{
  g_object_unref (data->view);
  g_free (data->name);
  g_free (data);
}

static void
award_dialog_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          AwardDelete      *data)
{
  if (g_strcmp0 (response, "delete") == 0 && data->view->workspace != NULL)
    hide_and_offer_undo (data->view, SECTION_AWARDS, data->id, data->name);
}

static void
delete_award (PjSetupView *self,
              PjAward     *award)
{
  guint n = pj_store_count_award_nominations (self->workspace, pj_award_get_id (award));
  const char *name = pj_award_get_name (award);
  AdwMessageDialog *dialog;

  if (n > 0)
    {
      g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Deleted"), name);
      g_autofree char *body =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Its editions hold %u nomination. An award with "
                                      "nominations is kept for the record.",
                                      "Its editions hold %u nominations. An award with "
                                      "nominations is kept for the record.", n), n);

      dialog = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (pj_gui_parent_window (GTK_WIDGET (self)), heading, body));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      adw_message_dialog_set_default_response (dialog, "close");
      adw_message_dialog_set_close_response (dialog, "close");
    }
  else
    {
      g_autofree char *heading = g_strdup_printf (_("Delete “%s”?"), name);
      AwardDelete *data = g_new0 (AwardDelete, 1);

      dialog = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (pj_gui_parent_window (GTK_WIDGET (self)), heading,
                                _("Its editions, with their categories, criteria and jurors, "
                                  "are deleted too.")));
      pj_gui_message_dialog_add_confirm (dialog, "delete", _("_Delete"), ADW_RESPONSE_DESTRUCTIVE);
      data->view = g_object_ref (self);
      data->id = pj_award_get_id (award);
      data->name = g_strdup (name);
      g_signal_connect_data (dialog, "response", G_CALLBACK (award_dialog_response_cb), data,
                             (GClosureNotify) (void (*) (void)) award_delete_free, 0);
    }

  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

/* Actions {{{ */

static void
editor_saved_cb (PjSetupEditor *editor,
                 GObject       *item,
                 PjSetupView   *self)
{
  PjSetupEditorKind kind = pj_setup_editor_get_kind (editor);

  if (PJ_IS_EDITION (item) &&
      (kind == PJ_SETUP_EDITOR_COPY_EDITION || self->edition == NULL))
    pj_setup_view_set_edition (self, PJ_EDITION (item));

  if (kind == PJ_SETUP_EDITOR_COPY_EDITION)
    {
      g_autofree char *title = pj_edition_dup_title (PJ_EDITION (item));
      /* TRANSLATORS: a toast, "“Förnyelsepriset 2027” created" */
      add_toast (self, adw_toast_new_format (_("“%s” created"), title));
    }
}

static void
open_editor (PjSetupView       *self,
             PjSetupEditorKind  kind,
             gint64             id)
{
  g_autoptr(GError) error = NULL;
  PjSetupEditor *editor;

  if (self->workspace == NULL)
    return;

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));

  editor = pj_setup_editor_new (self->workspace, kind, edition_id (self), id, &error);
  if (editor == NULL)
    {
      toast_error (self, error);
      reload (self, "all");
      return;
    }

  gtk_window_set_transient_for (GTK_WINDOW (editor), pj_gui_parent_window (GTK_WIDGET (self)));
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
  g_set_weak_pointer (&self->editor, editor);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PjSetupView *self = PJ_SETUP_VIEW (widget);
  const char *name = action_name + strlen ("setup.");

  if (g_str_equal (name, "add-award"))
    open_editor (self, PJ_SETUP_EDITOR_AWARD, PJ_NO_ID);
  else if (g_str_equal (name, "add-edition"))
    open_editor (self, PJ_SETUP_EDITOR_EDITION, PJ_NO_ID);
  else if (g_str_equal (name, "copy-edition"))
    open_editor (self, PJ_SETUP_EDITOR_COPY_EDITION, edition_id (self));
  else if (g_str_equal (name, "add-category"))
    open_editor (self, PJ_SETUP_EDITOR_CATEGORY, PJ_NO_ID);
  else if (g_str_equal (name, "add-criterion"))
    open_editor (self, PJ_SETUP_EDITOR_CRITERION, PJ_NO_ID);
  else if (g_str_equal (name, "add-unit"))
    open_editor (self, PJ_SETUP_EDITOR_UNIT, PJ_NO_ID);
  else if (g_str_equal (name, "add-juror"))
    open_editor (self, PJ_SETUP_EDITOR_JUROR, PJ_NO_ID);
  else
    g_assert_not_reached ();
}

static void
copy_edition_from_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  open_editor (PJ_SETUP_VIEW (widget), PJ_SETUP_EDITOR_COPY_EDITION,
               g_variant_get_int64 (parameter));
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PjSetupView *self = PJ_SETUP_VIEW (widget);
  SectionId id = section_from_name (g_variant_get_string (parameter, NULL));

  if (id == N_SECTIONS)
    {
      g_warning ("No section “%s”", g_variant_get_string (parameter, NULL));
      return;
    }
  show_section (self, id, TRUE);
}

static gpointer
find_item (PjSetupView *self,
           SectionId    id,
           gint64       item)
{
  GListModel *model = G_LIST_MODEL (self->sections[id]->filtered);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      gpointer candidate = g_list_model_get_item (model, i);

      if (item_id (candidate) == item)
        return candidate;
      g_object_unref (candidate);
    }
  return NULL;
}

static void
edit_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PjSetupView *self = PJ_SETUP_VIEW (widget);
  const char *name;
  gint64 id;
  SectionId section;

  g_variant_get (parameter, "(&sx)", &name, &id);
  section = section_from_name (name);
  g_return_if_fail (section < SECTION_HISTORY);
  open_editor (self, section_info[section].kind, id);
}

static void
delete_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PjSetupView *self = PJ_SETUP_VIEW (widget);
  g_autoptr(GObject) item = NULL;
  g_autofree char *name = NULL;
  const char *section_name;
  gint64 id;
  SectionId section;

  g_variant_get (parameter, "(&sx)", &section_name, &id);
  section = section_from_name (section_name);
  g_return_if_fail (section < SECTION_HISTORY);

  item = find_item (self, section, id);
  if (item == NULL)
    return;

  if (section == SECTION_AWARDS)
    {
      delete_award (self, PJ_AWARD (item));
      return;
    }

  name = item_name (section, item);
  hide_and_offer_undo (self, section, id, name);
}

static void
move_category (PjSetupView *self,
               gint64       id,
               int          offset)
{
  Section *section = self->sections[SECTION_CATEGORIES];
  GListModel *model = G_LIST_MODEL (section->filtered);
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (model);
  guint position = GTK_INVALID_LIST_POSITION;
  int target;
  g_autoptr(PjCategory) target_item = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) candidate = g_list_model_get_item (model, i);
      if (item_id (candidate) == id)
        position = i;
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  target = (int) position + offset;
  if (target < 0 || target >= (int) n)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  /* The store counts hidden rows too: move to the stored position of the
   * row that is now at the target. */
  target_item = g_list_model_get_item (model, (guint) target);
  if (!pj_store_move_category (self->workspace, id,
                               (guint) pj_category_get_position (target_item), &error))
    {
      toast_error (self, error);
      return;
    }

  if (GTK_IS_SINGLE_SELECTION (section->selection))
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (section->selection),
                                       (guint) target);
  gtk_widget_activate_action (section->list, "list.scroll-to-item", "u", (guint) target);
}

static void
move_category_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gint64 id;
  int offset;

  g_variant_get (parameter, "(xi)", &id, &offset);
  move_category (PJ_SETUP_VIEW (widget), id, offset);
}

static void
move_selected_category_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  PjSetupView *self = PJ_SETUP_VIEW (widget);
  Section *section = self->sections[SECTION_CATEGORIES];
  g_autoptr(GObject) item = NULL;
  guint selected;

  if (!GTK_IS_SINGLE_SELECTION (section->selection))
    return;
  selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (section->selection));
  if (selected == GTK_INVALID_LIST_POSITION)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  item = g_list_model_get_item (G_LIST_MODEL (section->selection), selected);
  if (item != NULL)
    move_category (self, item_id (item), g_variant_get_int32 (parameter));
}

/* }}} */

/* GObject {{{ */

static void
pj_setup_view_dispose (GObject *object)
{
  PjSetupView *self = PJ_SETUP_VIEW (object);

  self->disposing = TRUE;
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);

  /* Deletes still waiting for their toast happen now. */
  if (self->pending != NULL)
    {
      g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);

      for (guint i = 0; i < pending->len; i++)
        {
          PendingDelete *p = g_ptr_array_index (pending, i);

          g_signal_handlers_disconnect_by_data (p->toast, p);
          if (!p->done && self->workspace != NULL)
            commit_delete (self, p);
          /* Unless it is gone already: its Undo would do nothing now. */
          if (p->idle_id == 0)
            adw_toast_dismiss (p->toast);
        }
    }

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_clear_weak_pointer (&self->editor);
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->last_toast);

  g_clear_pointer (&self->leaflet, gtk_widget_unparent);

  for (guint i = 0; i < N_SECTIONS; i++)
    g_clear_pointer (&self->sections[i], section_free);

  g_clear_object (&self->workspace);
  g_clear_object (&self->edition);

  G_OBJECT_CLASS (pj_setup_view_parent_class)->dispose (object);
}

static void
pj_setup_view_finalize (GObject *object)
{
  PjSetupView *self = PJ_SETUP_VIEW (object);

  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  g_clear_pointer (&self->category_names, g_hash_table_unref);
  g_clear_pointer (&self->award_editions, g_hash_table_unref);

  G_OBJECT_CLASS (pj_setup_view_parent_class)->finalize (object);
}

static void
pj_setup_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PjSetupView *self = PJ_SETUP_VIEW (object);

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
pj_setup_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PjSetupView *self = PJ_SETUP_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      pj_setup_view_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_EDITION:
      pj_setup_view_set_edition (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_setup_view_class_init (PjSetupViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_setup_view_dispose;
  object_class->finalize = pj_setup_view_finalize;
  object_class->get_property = pj_setup_view_get_property;
  object_class->set_property = pj_setup_view_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, PJ_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITION] =
    g_param_spec_object ("edition", NULL, NULL, PJ_TYPE_EDITION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pjsetupview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "setup.add-award", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "setup.add-edition", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "setup.copy-edition", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "setup.add-category", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "setup.add-criterion", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "setup.add-unit", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "setup.add-juror", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "setup.copy-edition-from", "x",
                                   copy_edition_from_action);
  gtk_widget_class_install_action (widget_class, "setup.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "setup.edit-item", "(sx)", edit_item_action);
  gtk_widget_class_install_action (widget_class, "setup.delete-item", "(sx)",
                                   delete_item_action);
  gtk_widget_class_install_action (widget_class, "setup.move-category", "(xi)",
                                   move_category_action);
  gtk_widget_class_install_action (widget_class, "setup.move-selected-category", "i",
                                   move_selected_category_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "setup.move-selected-category", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "setup.move-selected-category", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "setup.move-selected-category", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "setup.move-selected-category", "i", 1);
}

static void
pj_setup_view_init (PjSetupView *self)
{
  GtkWidget *sidebar_box, *scrolled, *back, *separator;
  AdwLeafletPage *page;

  pj_gui_load_css_resource ("/io/github/prisjury/Prisjury/setup/setup.css");

  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  self->unit_names = id_table_new (g_free);
  self->category_names = id_table_new (g_free);
  self->award_editions = id_table_new (NULL);

  self->leaflet = adw_leaflet_new ();
  adw_leaflet_set_can_navigate_back (ADW_LEAFLET (self->leaflet), TRUE);
  adw_leaflet_set_transition_type (ADW_LEAFLET (self->leaflet), ADW_LEAFLET_TRANSITION_TYPE_OVER);
  gtk_widget_set_parent (self->leaflet, GTK_WIDGET (self));

  /* Sidebar */
  sidebar_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (sidebar_box, "pj-setup-sidebar");
  gtk_widget_set_size_request (sidebar_box, 230, -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->sidebar = gtk_list_box_new ();
  gtk_widget_add_css_class (self->sidebar, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Setup Sections"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->sidebar);
  gtk_box_append (GTK_BOX (sidebar_box), scrolled);
  page = adw_leaflet_append (ADW_LEAFLET (self->leaflet), sidebar_box);
  adw_leaflet_page_set_name (page, "sidebar");

  separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);
  page = adw_leaflet_append (ADW_LEAFLET (self->leaflet), separator);
  adw_leaflet_page_set_navigatable (page, FALSE);

  /* Content */
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (self->content, TRUE);
  gtk_widget_set_size_request (self->content, 360, -1);
  self->back_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->back_bar, "pj-setup-back-bar");
  back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_add_css_class (back, "flat");
  gtk_widget_set_tooltip_text (back, _("Back to Setup Sections"));
  g_signal_connect (back, "clicked", G_CALLBACK (back_clicked_cb), self);
  self->back_title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->back_title, "heading");
  gtk_box_append (GTK_BOX (self->back_bar), back);
  gtk_box_append (GTK_BOX (self->back_bar), self->back_title);
  gtk_widget_set_visible (self->back_bar, FALSE);
  gtk_box_append (GTK_BOX (self->content), self->back_bar);

  self->stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->stack), GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_box_append (GTK_BOX (self->content), self->stack);
  page = adw_leaflet_append (ADW_LEAFLET (self->leaflet), self->content);
  adw_leaflet_page_set_name (page, "content");

  for (guint i = 0; i < N_SECTIONS; i++)
    self->sections[i] = build_section (self, (SectionId) i);

  g_signal_connect (self->sidebar, "row-selected", G_CALLBACK (sidebar_row_selected_cb), self);
  g_signal_connect (self->sidebar, "row-activated", G_CALLBACK (sidebar_row_activated_cb), self);
  g_signal_connect (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb), self);

  adw_leaflet_set_visible_child (ADW_LEAFLET (self->leaflet), self->content);
  show_section (self, SECTION_AWARDS, FALSE);
  reload (self, "all");
}

/* }}} */

/* Public API {{{ */

GtkWidget *
pj_setup_view_new (void)
{
  return g_object_new (PJ_TYPE_SETUP_VIEW, NULL);
}

PjWorkspace *
pj_setup_view_get_workspace (PjSetupView *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_VIEW (self), NULL);
  return self->workspace;
}

void
pj_setup_view_set_workspace (PjSetupView *self,
                             PjWorkspace *workspace)
{
  g_return_if_fail (PJ_IS_SETUP_VIEW (self));
  g_return_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    g_signal_connect_object (workspace, "changed", G_CALLBACK (workspace_changed_cb), self, 0);

  g_hash_table_remove_all (self->hidden);
  reload (self, "all");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

PjEdition *
pj_setup_view_get_edition (PjSetupView *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_VIEW (self), NULL);
  return self->edition;
}

void
pj_setup_view_set_edition (PjSetupView *self,
                           PjEdition   *edition)
{
  g_return_if_fail (PJ_IS_SETUP_VIEW (self));
  g_return_if_fail (edition == NULL || PJ_IS_EDITION (edition));

  if (self->edition == edition)
    return;
  if (self->edition != NULL && edition != NULL &&
      pj_edition_get_id (self->edition) == pj_edition_get_id (edition))
    {
      g_set_object (&self->edition, edition);
      return;
    }

  g_set_object (&self->edition, edition);
  reload (self, "all");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION]);
}

PjSetupEditor *
pj_setup_view_get_open_editor (PjSetupView *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_VIEW (self), NULL);
  return self->editor;
}

AdwMessageDialog *
pj_setup_view_get_open_dialog (PjSetupView *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_VIEW (self), NULL);
  return self->dialog;
}

AdwToast *
pj_setup_view_get_last_toast (PjSetupView *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_VIEW (self), NULL);
  return self->last_toast;
}

GtkEditable *
pj_setup_view_get_history_search (PjSetupView *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_VIEW (self), NULL);
  return GTK_EDITABLE (self->sections[SECTION_HISTORY]->search_entry);
}

GtkSelectionModel *
pj_setup_view_get_section_model (PjSetupView *self,
                                 const char  *section)
{
  SectionId id;

  g_return_val_if_fail (PJ_IS_SETUP_VIEW (self), NULL);
  id = section_from_name (section);
  g_return_val_if_fail (id < N_SECTIONS, NULL);
  return self->sections[id]->selection;
}

const char *
pj_setup_view_get_visible_section (PjSetupView *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (GTK_STACK (self->stack));
}

/* }}} */
