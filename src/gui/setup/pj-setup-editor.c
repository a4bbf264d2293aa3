/* pj-setup-editor.c: the modal form that creates or edits one setup row
 *
 * One window type serves every kind of row: a header bar with Cancel and
 * Save, a preferences page built for the kind, a line under the form that
 * says why Save is unavailable, and a strip at the top for a failed save
 * (with Reload when the row changed elsewhere). The form validates as you
 * type with the rules of pj-validate.h and the store's duplicate checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-setup-editor"

#include "config.h"

#include "pj-setup-editor.h"
#include "pj-gui-util.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pj-eligibility.h"
#include "pj-setup-format.h"
#include "pj-store-nomination.h"
#include "pj-validate.h"

struct _PjSetupEditor
{
  AdwWindow          parent_instance;

  PjWorkspace       *workspace;
  PjSetupEditorKind  kind;
  gint64             edition_id;
  gint64             item_id;       /* PJ_NO_ID while creating */
  gint64             source_id;     /* the edition to copy from */
  GObject           *item;

  GtkWidget         *window_title;
  GtkWidget         *save_button;
  GtkWidget         *error_revealer;
  GtkWidget         *error_label;
  GtkWidget         *reload_button;
  GtkWidget         *slot;
  GtkWidget         *page;
  GtkWidget         *problem_label;
  GtkWidget         *footer;

  GHashTable        *fields;        /* key -> widget (borrowed) */
  GHashTable        *touched;       /* keys the user changed */
  GtkWidget         *error_widget;  /* the row that has .error */
  char              *problem;
  char              *error;
  gboolean           building;

  /* criterion */
  GtkWidget         *rubric_group;
  GPtrArray         *rubric_rows;
  GHashTable        *rubric_labels; /* GINT_TO_POINTER (value) -> char* */
  int                rubric_min;
  int                rubric_max;
  double             other_weight;
  GPtrArray         *category_checks;

  /* category */
  GtkWidget         *winners_row;
  GtkWidget         *mentions_row;
  GtkWidget         *threshold_row;
};

G_DEFINE_FINAL_TYPE (PjSetupEditor, pj_setup_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void build_form (PjSetupEditor *self);
static void validate (PjSetupEditor *self);

/* Helpers: fields {{{ */

static void
field_changed (PjSetupEditor *self,
               const char    *key)
{
  if (self->building)
    return;
  g_hash_table_add (self->touched, g_strdup (key));
  validate (self);
}

static void
editable_changed_cb (GtkEditable   *editable,
                     PjSetupEditor *self)
{
  field_changed (self, g_object_get_data (G_OBJECT (editable), "pj-key"));
}

static void
property_changed_cb (GObject       *object,
                     GParamSpec    *pspec,
                     PjSetupEditor *self)
{
  field_changed (self, g_object_get_data (object, "pj-key"));
}

static void
entry_activated_cb (AdwEntryRow   *row,
                    PjSetupEditor *self)
{
  if (self->problem == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
register_field (PjSetupEditor *self,
                const char    *key,
                GtkWidget     *widget)
{
  g_object_set_data_full (G_OBJECT (widget), "pj-key", g_strdup (key), g_free);
  g_hash_table_replace (self->fields, g_strdup (key), widget);
}

static GtkWidget *
field (PjSetupEditor *self,
       const char    *key)
{
  return g_hash_table_lookup (self->fields, key);
}

static GtkWidget *
add_group (PjSetupEditor *self,
           const char    *title,
           const char    *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));
  return group;
}

static GtkWidget *
add_entry_row (PjSetupEditor *self,
               GtkWidget     *group,
               const char    *key,
               const char    *title,
               const char    *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  register_field (self, key, row);
  g_signal_connect (row, "changed", G_CALLBACK (editable_changed_cb), self);
  g_signal_connect (row, "entry-activated", G_CALLBACK (entry_activated_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
add_text_view (PjSetupEditor *self,
               GtkWidget     *group,
               const char    *key,
               const char    *text)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_widget_add_css_class (frame, "pj-text-frame");
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  register_field (self, key, view);
  g_object_set_data_full (G_OBJECT (buffer), "pj-key", g_strdup (key), g_free);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (field_changed), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  return view;
}

static GtkWidget *
add_spin_row (PjSetupEditor *self,
              GtkWidget     *group,
              const char    *key,
              const char    *title,
              const char    *subtitle,
              double         min,
              double         max,
              guint          digits,
              double         value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* Whole numbers show without decimals unless the value has some. */
  if (digits > 0 && value == (double) (gint64) value)
    digits = 0;
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  register_field (self, key, spin);
  g_object_set_data (G_OBJECT (spin), "pj-row", row);
  g_signal_connect (spin, "notify::value", G_CALLBACK (property_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
add_switch_row (PjSetupEditor *self,
                GtkWidget     *group,
                const char    *key,
                const char    *title,
                const char    *subtitle,
                gboolean       active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  register_field (self, key, sw);
  g_signal_connect (sw, "notify::active", G_CALLBACK (property_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
add_check_row (PjSetupEditor *self,
               GtkWidget     *group,
               const char    *key,
               const char    *title,
               gboolean       active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  register_field (self, key, check);
  g_object_set_data (G_OBJECT (check), "pj-row", row);
  g_signal_connect (check, "notify::active", G_CALLBACK (property_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return check;
}

/* A combo over @labels; @ids (may be NULL) maps each position to a row id. */
static GtkWidget *
add_combo_row (PjSetupEditor *self,
               GtkWidget     *group,
               const char    *key,
               const char    *title,
               GPtrArray     *labels,
               GArray        *ids,
               guint          selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  if (selected < labels->len)
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  if (ids != NULL)
    g_object_set_data_full (G_OBJECT (row), "pj-ids", g_array_ref (ids),
                            (GDestroyNotify) g_array_unref);
  register_field (self, key, row);
  g_signal_connect (row, "notify::selected", G_CALLBACK (property_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
add_enum_combo_row (PjSetupEditor *self,
                    GtkWidget     *group,
                    const char    *key,
                    const char    *title,
                    guint          n_values,
                    const char   *(*to_label) (int),
                    guint          selected)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; i < n_values; i++)
    g_ptr_array_add (labels, (gpointer) to_label ((int) i));
  return add_combo_row (self, group, key, title, labels, NULL, selected);
}

static void
calendar_day_selected_cb (GtkCalendar *calendar,
                          GtkWidget   *row)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (dt, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
date_popover_show_cb (GtkPopover *popover,
                      GtkWidget  *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *problem = pj_validate_iso_date (text);
  int y, m, d;

  if (problem == NULL && text[0] != '\0' && sscanf (text, "%4d-%2d-%2d", &y, &m, &d) == 3)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (y, m, d, 12, 0, 0);

      if (dt != NULL)
        {
          g_signal_handlers_block_by_func (calendar, calendar_day_selected_cb, row);
          gtk_calendar_select_day (calendar, dt);
          g_signal_handlers_unblock_by_func (calendar, calendar_day_selected_cb, row);
        }
    }
}

static GtkWidget *
add_date_row (PjSetupEditor *self,
              GtkWidget     *group,
              const char    *key,
              const char    *title,
              const char    *iso_date)
{
  GtkWidget *row = add_entry_row (self, group, key, title, iso_date);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (calendar_day_selected_cb), row);
  g_signal_connect (popover, "show", G_CALLBACK (date_popover_show_cb), row);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  gtk_widget_set_tooltip_text (row, _("Year-month-day, e.g. 2026-03-31. Optional."));
  return row;
}

static char *
get_text (PjSetupEditor *self,
          const char    *key)
{
  GtkWidget *w = field (self, key);

  if (w == NULL)
    return g_strdup ("");

  if (GTK_IS_TEXT_VIEW (w))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (w));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
    }

  return pj_gui_editable_dup_stripped_text (GTK_EDITABLE (w));
}

/* NULL for an empty text, for optional fields */
static char *
get_optional_text (PjSetupEditor *self,
                   const char    *key)
{
  char *text = get_text (self, key);

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static double
get_number (PjSetupEditor *self,
            const char    *key)
{
  GtkWidget *w = field (self, key);

  if (w == NULL)
    return 0;
  return gtk_spin_button_get_value (GTK_SPIN_BUTTON (w));
}

static gboolean
get_active (PjSetupEditor *self,
            const char    *key)
{
  GtkWidget *w = field (self, key);

  if (GTK_IS_SWITCH (w))
    return gtk_switch_get_active (GTK_SWITCH (w));
  if (GTK_IS_CHECK_BUTTON (w))
    return gtk_check_button_get_active (GTK_CHECK_BUTTON (w));
  return FALSE;
}

static guint
get_selected (PjSetupEditor *self,
              const char    *key)
{
  GtkWidget *w = field (self, key);

  if (w == NULL)
    return 0;
  return adw_combo_row_get_selected (ADW_COMBO_ROW (w));
}

static gint64
get_selected_id (PjSetupEditor *self,
                 const char    *key)
{
  GtkWidget *w = field (self, key);
  GArray *ids;
  guint selected;

  if (w == NULL)
    return PJ_NO_ID;
  ids = g_object_get_data (G_OBJECT (w), "pj-ids");
  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (w));
  if (ids == NULL || selected >= ids->len)
    return PJ_NO_ID;
  return g_array_index (ids, gint64, selected);
}

static guint
position_of_id (GArray *ids,
                gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

/* Ids of the checked "category-<id>" fields, in category order. */
static GArray *
get_checked_categories (PjSetupEditor *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; self->category_checks != NULL && i < self->category_checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->category_checks, i);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        {
          gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "pj-id");
          g_array_append_val (ids, id);
        }
    }
  return ids;
}

static gboolean
id_in (const gint64 *ids,
       guint         n_ids,
       gint64        id)
{
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

static void
add_category_checks (PjSetupEditor *self,
                     GtkWidget     *group,
                     const gint64  *checked,
                     guint          n_checked)
{
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  g_clear_pointer (&self->category_checks, g_ptr_array_unref);
  self->category_checks = g_ptr_array_new ();

  categories = pj_store_list_categories (self->workspace, self->edition_id, &error);
  if (categories == NULL)
    {
      g_warning ("Could not list categories: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (categories);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCategory) category = g_list_model_get_item (categories, i);
      gint64 id = pj_category_get_id (category);
      g_autofree char *key = g_strdup_printf ("category-%" G_GINT64_FORMAT, id);
      GtkWidget *check;

      check = add_check_row (self, group, key, pj_category_get_name (category),
                             id_in (checked, n_checked, id));
      g_object_set_data_full (G_OBJECT (check), "pj-id", g_memdup2 (&id, sizeof id), g_free);
      g_ptr_array_add (self->category_checks, check);
    }

  if (n == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("This edition has no categories yet."));
}

/* }}} */

/* Awards {{{ */

/* The eligibility rules: one row per kind, a switch to use it and, for the
 * kinds that have one, its number. */
typedef struct
{
  PjRuleKind   kind;
  const char  *hint;       /* the row's subtitle */
  double       min;        /* the spin button's range */
  double       max;
  double       fallback;   /* the number shown while the rule is off */
} RuleRow;

static const RuleRow rule_rows[PJ_N_RULE_KINDS] = {
  { PJ_RULE_MIN_STAFF,
    N_("The nominated unit has at least this many staff."), 0, 1000000, 10 },
  { PJ_RULE_BUDGET_BALANCE,
    N_("The nominated unit’s budget is in balance."), 0, 0, 0 },
  { PJ_RULE_WINNER_QUARANTINE,
    N_("A unit that won may enter again only after this many years."), 0, 100, 3 },
  { PJ_RULE_RESIDENT_SHARE,
    N_("A contracted provider keeps at least this percentage of its places for the city’s "
       "residents."), 0, 100, 50 },
};

static char *
rule_key (PjRuleKind  kind,
          gboolean    value)
{
  return g_strdup_printf ("rule-%s%s", pj_rule_kind_to_string (kind), value ? "-value" : "");
}

static gboolean
rule_has_value (PjRuleKind kind)
{
  return kind != PJ_RULE_BUDGET_BALANCE;
}

static void
rule_switch_changed_cb (GObject       *sw,
                        GParamSpec    *pspec,
                        GtkWidget     *spin)
{
  gtk_widget_set_sensitive (spin, gtk_switch_get_active (GTK_SWITCH (sw)));
}

static void
add_rule_row (PjSetupEditor     *self,
              GtkWidget         *group,
              const RuleRow     *info,
              const PjEligibilityRule *rule)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();
  const char *title = pj_rule_kind_to_label (info->kind);
  g_autofree char *key = rule_key (info->kind, FALSE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(info->hint));

  if (rule_has_value (info->kind))
    {
      GtkWidget *spin = gtk_spin_button_new_with_range (info->min, info->max, 1);
      g_autofree char *value_key = rule_key (info->kind, TRUE);

      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                                 rule != NULL ? rule->value : info->fallback);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (spin, rule != NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      register_field (self, value_key, spin);
      g_object_set_data (G_OBJECT (spin), "pj-row", row);
      /* "changed" validates the text as it is typed, before the spin
       * button takes it as its value. */
      g_signal_connect (spin, "changed", G_CALLBACK (editable_changed_cb), self);
      g_signal_connect (sw, "notify::active", G_CALLBACK (rule_switch_changed_cb), spin);
    }

  gtk_switch_set_active (GTK_SWITCH (sw), rule != NULL);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  register_field (self, key, sw);
  g_signal_connect (sw, "notify::active", G_CALLBACK (property_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
build_award (PjSetupEditor *self)
{
  PjAward *award = PJ_AWARD (self->item);
  GtkWidget *group = add_group (self, NULL, NULL);
  g_autoptr(GArray) rules = NULL;

  add_entry_row (self, group, "name", _("Name"), pj_award_get_name (award));
  group = add_group (self, _("Description"),
                     _("What the award rewards, as nominators and jurors will read it."));
  add_text_view (self, group, "description", pj_award_get_description (award));

  if (self->item_id != PJ_NO_ID)
    {
      g_autoptr(GError) error = NULL;

      rules = pj_store_list_eligibility_rules (self->workspace, self->item_id, &error);
      if (rules == NULL)
        g_warning ("Could not read the eligibility rules: %s", error->message);
    }

  group = add_group (self, _("Eligibility Rules"),
                     _("Each nomination shows whether it meets the rules switched on here."));
  for (guint k = 0; k < PJ_N_RULE_KINDS; k++)
    {
      const PjEligibilityRule *rule = NULL;

      for (guint i = 0; rules != NULL && i < rules->len; i++)
        if (g_array_index (rules, PjEligibilityRule, i).kind == rule_rows[k].kind)
          rule = &g_array_index (rules, PjEligibilityRule, i);
      add_rule_row (self, group, &rule_rows[k], rule);
    }
}

/* The number typed in a rule's spin button, which may not yet be its value.
 * FALSE when the text is not a whole number. */
static gboolean
get_rule_number (PjSetupEditor *self,
                 PjRuleKind     kind,
                 double        *value)
{
  g_autofree char *key = rule_key (kind, TRUE);
  g_autofree char *text = get_text (self, key);
  gint64 n;

  if (!g_ascii_string_to_signed (text, 10, G_MININT32, G_MAXINT32, &n, NULL))
    return FALSE;
  *value = (double) n;
  return TRUE;
}

static gboolean
rule_enabled (PjSetupEditor *self,
              PjRuleKind     kind)
{
  g_autofree char *key = rule_key (kind, FALSE);

  return get_active (self, key);
}

static char *
validate_rules (PjSetupEditor *self,
                const char   **key)
{
  for (guint k = 0; k < PJ_N_RULE_KINDS; k++)
    {
      PjEligibilityRule rule = { rule_rows[k].kind, 0 };
      g_autofree char *value_key = NULL;
      char *problem;

      if (!rule_has_value (rule.kind) || !rule_enabled (self, rule.kind))
        continue;

      value_key = rule_key (rule.kind, TRUE);
      /* The key must outlive this function: use the field table's copy. */
      g_hash_table_lookup_extended (self->fields, value_key, (gpointer *) key, NULL);

      if (!get_rule_number (self, rule.kind, &rule.value))
        return g_strdup_printf (_("“%s” needs a whole number."),
                                pj_rule_kind_to_label (rule.kind));
      if (rule.kind == PJ_RULE_WINNER_QUARANTINE && rule.value < 1)
        return g_strdup (_("A winner must wait at least one year before entering again."));
      if (rule.kind == PJ_RULE_RESIDENT_SHARE && (rule.value < 0 || rule.value > 100))
        return g_strdup (_("The residents’ share must be between 0 and 100 percent."));
      if ((problem = pj_rule_validate (&rule)) != NULL)
        return problem;
    }
  *key = NULL;
  return NULL;
}

static char *
validate_award (PjSetupEditor *self,
                const char   **key)
{
  g_autofree char *name = get_text (self, "name");
  char *problem;

  *key = "name";
  if ((problem = pj_validate_name (name)) != NULL)
    return problem;
  if (pj_store_name_exists (self->workspace, "award", PJ_NO_ID, name, self->item_id))
    return g_strdup_printf (_("There is already an award called “%s”."), name);
  return validate_rules (self, key);
}

static void
collect_award (PjSetupEditor *self)
{
  g_autofree char *name = get_text (self, "name");
  g_autofree char *description = get_text (self, "description");

  pj_award_set_name (PJ_AWARD (self->item), name);
  pj_award_set_description (PJ_AWARD (self->item), description);
}

/* The rules switched on, in kind order: a GArray of PjEligibilityRule. */
static GArray *
collect_rules (PjSetupEditor *self)
{
  GArray *rules = g_array_new (FALSE, FALSE, sizeof (PjEligibilityRule));

  for (guint k = 0; k < PJ_N_RULE_KINDS; k++)
    {
      PjEligibilityRule rule = { rule_rows[k].kind, 0 };

      if (!rule_enabled (self, rule.kind))
        continue;
      if (rule_has_value (rule.kind) && !get_rule_number (self, rule.kind, &rule.value))
        continue;   /* validate () refused it already */
      g_array_append_val (rules, rule);
    }
  return rules;
}

/* Saves the award and its rules in one transaction. */
static gboolean
save_award (PjSetupEditor  *self,
            GError        **error)
{
  PjAward *award = PJ_AWARD (self->item);
  g_autoptr(GArray) rules = collect_rules (self);

  collect_award (self);
  if (!pj_store_save_award (self->workspace, award,
                            (const PjEligibilityRule *) (void *) rules->data, rules->len,
                            error))
    return FALSE;

  self->item_id = pj_award_get_id (award);
  return TRUE;
}

/* }}} */

/* Editions {{{ */

static const char *
phase_label (int value)
{
  return pj_phase_to_label ((PjPhase) value);
}

static const char *
blind_label (int value)
{
  return pj_blind_policy_to_label ((PjBlindPolicy) value);
}

static const char *
aggregation_label (int value)
{
  return pj_aggregation_to_label ((PjAggregation) value);
}

static const char *
award_mode_label (int value)
{
  return pj_award_mode_to_label ((PjAwardMode) value);
}

static const char *
unit_type_label (int value)
{
  return pj_unit_type_to_label ((PjUnitType) value);
}

static const char *
role_label (int value)
{
  return pj_juror_role_to_label ((PjJurorRole) value);
}

/* The year after the award's latest edition, or this year. */
static int
suggested_year (PjSetupEditor *self,
                gint64         award_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);
  g_autoptr(GListModel) editions = NULL;

  if (award_id == PJ_NO_ID)
    return year;
  editions = pj_store_list_editions (self->workspace, award_id, NULL);
  for (guint i = 0; editions != NULL && i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);
      year = MAX (year, pj_edition_get_year (e) + 1);
    }
  return year;
}

static void
build_edition (PjSetupEditor *self)
{
  PjEdition *edition = PJ_EDITION (self->item);
  g_autoptr(GListModel) awards = pj_store_list_awards (self->workspace, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *group, *row;

  for (guint i = 0; awards != NULL && i < g_list_model_get_n_items (awards); i++)
    {
      g_autoptr(PjAward) award = g_list_model_get_item (awards, i);
      gint64 id = pj_award_get_id (award);

      g_ptr_array_add (labels, g_strdup (pj_award_get_name (award)));
      g_array_append_val (ids, id);
    }
  if (pj_edition_get_award_id (edition) == PJ_NO_ID && ids->len > 0)
    {
      pj_edition_set_award_id (edition, g_array_index (ids, gint64, 0));
      pj_edition_set_year (edition, suggested_year (self, g_array_index (ids, gint64, 0)));
    }

  group = add_group (self, NULL, NULL);
  row = add_combo_row (self, group, "award", _("Award"), labels, ids,
                       position_of_id (ids, pj_edition_get_award_id (edition)));
  gtk_widget_set_sensitive (row, self->item_id == PJ_NO_ID);
  add_spin_row (self, group, "year", _("Year"), NULL, 2000, 2100, 0,
                pj_edition_get_year (edition));
  add_enum_combo_row (self, group, "phase", _("Phase"), PJ_N_PHASES, phase_label,
                      pj_edition_get_phase (edition));

  group = add_group (self, _("Dates"), _("Year-month-day, e.g. 2026-03-31. All optional."));
  add_date_row (self, group, "nominations-close", _("Nominations Close"),
                pj_edition_get_nominations_close (edition));
  add_date_row (self, group, "scoring-close", _("Scoring Closes"),
                pj_edition_get_scoring_close (edition));
  add_date_row (self, group, "decision-date", _("Decision Date"),
                pj_edition_get_decision_date (edition));

  group = add_group (self, _("Scoring"), NULL);
  row = add_enum_combo_row (self, group, "blind-policy", _("Others’ Scores"),
                            PJ_N_BLIND_POLICIES, blind_label,
                            pj_edition_get_blind_policy (edition));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("When jurors see the other jurors’ scores"));
  add_enum_combo_row (self, group, "aggregation", _("Result Method"), PJ_N_AGGREGATIONS,
                      aggregation_label, pj_edition_get_aggregation (edition));
  add_spin_row (self, group, "threshold", _("Disagreement Threshold"),
                _("Points of spread between jurors that flag a nomination for discussion"),
                0, 100, 1, pj_edition_get_disagreement_threshold (edition));
  add_spin_row (self, group, "min-jurors", _("Minimum Jurors per Nomination"), NULL,
                1, 50, 0, pj_edition_get_min_jurors (edition));
}

static char *
validate_dates (PjSetupEditor *self,
                const char   **key)
{
  static const char * const keys[] = { "nominations-close", "scoring-close", "decision-date" };
  g_autofree char *previous = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *text = get_text (self, keys[i]);
      char *problem;

      *key = keys[i];
      if ((problem = pj_validate_iso_date (text)) != NULL)
        return problem;
      if (*text == '\0')
        continue;
      if (previous != NULL && strcmp (text, previous) < 0)
        return g_strdup (_("The dates are out of order: nominations close, then scoring, "
                           "then the decision."));
      g_free (previous);
      previous = g_steal_pointer (&text);
    }
  return NULL;
}

static char *
validate_edition (PjSetupEditor *self,
                  const char   **key)
{
  gint64 award_id = get_selected_id (self, "award");
  int year = (int) get_number (self, "year");
  char *problem;

  *key = "award";
  if (award_id == PJ_NO_ID)
    return g_strdup (_("Create an award first."));
  *key = "year";
  if ((problem = pj_validate_year (year)) != NULL)
    return problem;
  if (pj_store_edition_year_exists (self->workspace, award_id, year, self->item_id))
    return g_strdup_printf (_("This award already has an edition in %d."), year);
  return validate_dates (self, key);
}

static void
collect_edition (PjSetupEditor *self)
{
  PjEdition *edition = PJ_EDITION (self->item);
  g_autofree char *nominations = get_optional_text (self, "nominations-close");
  g_autofree char *scoring = get_optional_text (self, "scoring-close");
  g_autofree char *decision = get_optional_text (self, "decision-date");

  if (self->item_id == PJ_NO_ID)
    pj_edition_set_award_id (edition, get_selected_id (self, "award"));
  pj_edition_set_year (edition, (int) get_number (self, "year"));
  pj_edition_set_phase (edition, (PjPhase) get_selected (self, "phase"));
  pj_edition_set_nominations_close (edition, nominations);
  pj_edition_set_scoring_close (edition, scoring);
  pj_edition_set_decision_date (edition, decision);
  pj_edition_set_blind_policy (edition, (PjBlindPolicy) get_selected (self, "blind-policy"));
  pj_edition_set_aggregation (edition, (PjAggregation) get_selected (self, "aggregation"));
  pj_edition_set_disagreement_threshold (edition, get_number (self, "threshold"));
  pj_edition_set_min_jurors (edition, (int) get_number (self, "min-jurors"));
}

/* New edition from… {{{ */

static void
source_selected_cb (GObject       *combo,
                    GParamSpec    *pspec,
                    PjSetupEditor *self)
{
  g_autoptr(PjEdition) source = NULL;
  gint64 id = get_selected_id (self, "source");

  if (id == PJ_NO_ID || g_hash_table_contains (self->touched, "year"))
    return;
  source = pj_store_get_edition (self->workspace, id, NULL);
  if (source != NULL)
    {
      self->building = TRUE;
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (self, "year")),
                                 suggested_year (self, pj_edition_get_award_id (source)));
      self->building = FALSE;
      validate (self);
    }
}

static void
build_copy_edition (PjSetupEditor *self)
{
  g_autoptr(GListModel) editions = pj_store_list_editions (self->workspace, PJ_NO_ID, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 source_id = self->source_id;
  GtkWidget *group, *row;
  int year;

  for (guint i = 0; editions != NULL && i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);
      gint64 id = pj_edition_get_id (e);

      g_ptr_array_add (labels, pj_edition_dup_title (e));
      g_array_append_val (ids, id);
      if (source_id == PJ_NO_ID)
        source_id = id;
    }

  group = add_group (self, NULL,
                     _("The new edition starts in setup with the categories, criteria and "
                       "jurors of the one you copy. Nominations and scores are not copied."));
  row = add_combo_row (self, group, "source", _("Copy From"), labels, ids,
                       position_of_id (ids, source_id));
  g_signal_connect (row, "notify::selected", G_CALLBACK (source_selected_cb), self);

  year = suggested_year (self, PJ_NO_ID);
  if (source_id != PJ_NO_ID)
    {
      g_autoptr(PjEdition) source = pj_store_get_edition (self->workspace, source_id, NULL);
      if (source != NULL)
        year = suggested_year (self, pj_edition_get_award_id (source));
    }
  add_spin_row (self, group, "year", _("Year of the New Edition"), NULL, 2000, 2100, 0, year);
}

static char *
validate_copy_edition (PjSetupEditor *self,
                       const char   **key)
{
  gint64 source_id = get_selected_id (self, "source");
  int year = (int) get_number (self, "year");
  g_autoptr(PjEdition) source = NULL;
  char *problem;

  *key = "source";
  if (source_id == PJ_NO_ID)
    return g_strdup (_("There is no edition to copy yet."));
  *key = "year";
  if ((problem = pj_validate_year (year)) != NULL)
    return problem;
  source = pj_store_get_edition (self->workspace, source_id, NULL);
  if (source != NULL &&
      pj_store_edition_year_exists (self->workspace, pj_edition_get_award_id (source),
                                    year, PJ_NO_ID))
    return g_strdup_printf (_("%s already has an edition in %d."),
                            pj_edition_get_award_name (source), year);
  return NULL;
}

/* }}} */

/* }}} */

/* Categories {{{ */

static void
update_award_mode_rows (PjSetupEditor *self)
{
  gboolean threshold = get_selected (self, "award-mode") == PJ_AWARD_MODE_THRESHOLD;

  gtk_widget_set_visible (self->winners_row, !threshold);
  gtk_widget_set_visible (self->mentions_row, !threshold);
  gtk_widget_set_visible (self->threshold_row, threshold);
}

static void
award_mode_changed_cb (GObject       *combo,
                       GParamSpec    *pspec,
                       PjSetupEditor *self)
{
  update_award_mode_rows (self);
}

static void
build_category (PjSetupEditor *self)
{
  PjCategory *category = PJ_CATEGORY (self->item);
  GtkWidget *group, *row;

  group = add_group (self, NULL, NULL);
  add_entry_row (self, group, "name", _("Name"), pj_category_get_name (category));

  group = add_group (self, _("Who Wins"), NULL);
  row = add_enum_combo_row (self, group, "award-mode", _("Award Mode"), PJ_N_AWARD_MODES,
                            award_mode_label, pj_category_get_award_mode (category));
  g_signal_connect (row, "notify::selected", G_CALLBACK (award_mode_changed_cb), self);
  self->winners_row = add_spin_row (self, group, "winners", _("Winners"), NULL, 1, 20, 0,
                                    pj_category_get_winners (category));
  self->mentions_row = add_spin_row (self, group, "honourable-mentions",
                                     _("Honourable Mentions"), NULL, 0, 20, 0,
                                     pj_category_get_honourable_mentions (category));
  self->threshold_row = add_spin_row (self, group, "threshold", _("Threshold"),
                                      _("Every nomination above this many points is awarded"),
                                      0, 100, 1, pj_category_get_threshold (category));
  add_entry_row (self, group, "prize", _("Prize"), pj_category_get_prize (category));
  update_award_mode_rows (self);

  group = add_group (self, _("Description"), NULL);
  add_text_view (self, group, "description", pj_category_get_description (category));
}

static char *
validate_category (PjSetupEditor *self,
                   const char   **key)
{
  g_autofree char *name = get_text (self, "name");
  char *problem;

  *key = "name";
  if ((problem = pj_validate_name (name)) != NULL)
    return problem;
  if (pj_store_name_exists (self->workspace, "category", self->edition_id, name, self->item_id))
    return g_strdup_printf (_("This edition already has a category called “%s”."), name);
  return NULL;
}

static void
collect_category (PjSetupEditor *self)
{
  PjCategory *category = PJ_CATEGORY (self->item);
  g_autofree char *name = get_text (self, "name");
  g_autofree char *description = get_text (self, "description");
  g_autofree char *prize = get_text (self, "prize");

  pj_category_set_name (category, name);
  pj_category_set_description (category, description);
  pj_category_set_award_mode (category, (PjAwardMode) get_selected (self, "award-mode"));
  pj_category_set_winners (category, (int) get_number (self, "winners"));
  pj_category_set_honourable_mentions (category, (int) get_number (self, "honourable-mentions"));
  pj_category_set_threshold (category, get_number (self, "threshold"));
  pj_category_set_prize (category, prize);
}

/* }}} */

/* Criteria {{{ */

static void
stash_rubric (PjSetupEditor *self)
{
  for (guint i = 0; i < self->rubric_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rubric_rows, i);
      int value = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "pj-value"));

      g_hash_table_replace (self->rubric_labels, GINT_TO_POINTER (value),
                            g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
    }
}

static void
rebuild_rubric (PjSetupEditor *self)
{
  int min = (int) get_number (self, "scale-min");
  int max = (int) get_number (self, "scale-max");
  gboolean was_building = self->building;

  if (min >= max || (min == self->rubric_min && max == self->rubric_max))
    return;

  stash_rubric (self);
  for (guint i = 0; i < self->rubric_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rubric_rows, i);
      const char *key = g_object_get_data (G_OBJECT (row), "pj-key");

      g_hash_table_remove (self->fields, key);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->rubric_group), row);
    }
  g_ptr_array_set_size (self->rubric_rows, 0);

  self->building = TRUE;
  for (int value = min; value <= max; value++)
    {
      g_autofree char *key = g_strdup_printf ("label-%d", value);
      /* TRANSLATORS: the rubric label of one step of a scale */
      g_autofree char *title = g_strdup_printf (_("Score %d"), value);
      const char *text = g_hash_table_lookup (self->rubric_labels, GINT_TO_POINTER (value));
      GtkWidget *row = add_entry_row (self, self->rubric_group, key, title, text);

      g_object_set_data (G_OBJECT (row), "pj-value", GINT_TO_POINTER (value));
      g_ptr_array_add (self->rubric_rows, row);
    }
  self->building = was_building;
  self->rubric_min = min;
  self->rubric_max = max;
}

static void
scale_changed_cb (GObject       *spin,
                  GParamSpec    *pspec,
                  PjSetupEditor *self)
{
  rebuild_rubric (self);
}

static void
update_share (PjSetupEditor *self)
{
  GtkWidget *row = field (self, "share");
  double weight = get_number (self, "weight");
  g_autofree char *share = pj_setup_format_share (weight, self->other_weight + weight);
  g_autofree char *subtitle = NULL;

  if (row == NULL)
    return;

  if (weight <= 0)
    subtitle = g_strdup (_("Not counted: shown to jurors, but not part of the total"));
  else if (share != NULL)
    /* TRANSLATORS: "25 % of the total (sum of weights 8)" */
    subtitle = g_strdup_printf (_("%s of the total (sum of weights %g)"),
                                share, self->other_weight + weight);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
}

static void
weight_changed_cb (GObject       *spin,
                   GParamSpec    *pspec,
                   PjSetupEditor *self)
{
  update_share (self);
}

static void
update_category_checks (PjSetupEditor *self)
{
  gboolean all = get_active (self, "all-categories");

  for (guint i = 0; self->category_checks != NULL && i < self->category_checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->category_checks, i);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (check), "pj-row"), !all);
    }
}

static void
all_categories_changed_cb (GObject       *sw,
                           GParamSpec    *pspec,
                           PjSetupEditor *self)
{
  update_category_checks (self);
}

static void
build_criterion (PjSetupEditor *self)
{
  PjCriterion *criterion = PJ_CRITERION (self->item);
  g_autoptr(GListModel) criteria = pj_store_list_criteria (self->workspace,
                                                          self->edition_id, NULL);
  const gint64 *category_ids;
  guint n_category_ids = 0;
  GtkWidget *group, *row;

  self->other_weight = 0;
  for (guint i = 0; criteria != NULL && i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(PjCriterion) other = g_list_model_get_item (criteria, i);

      if (pj_criterion_get_id (other) != self->item_id)
        self->other_weight += MAX (0, pj_criterion_get_weight (other));
    }

  group = add_group (self, NULL, NULL);
  add_entry_row (self, group, "name", _("Name"), pj_criterion_get_name (criterion));
  add_switch_row (self, group, "required", _("Required"),
                  _("Jurors must score it before they submit"),
                  pj_criterion_get_required (criterion));

  group = add_group (self, _("Weight and Scale"), NULL);
  row = add_spin_row (self, group, "weight", _("Weight"), NULL, 0, 100, 1,
                      pj_criterion_get_weight (criterion));
  g_signal_connect (field (self, "weight"), "notify::value", G_CALLBACK (weight_changed_cb), self);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Share of the Total"));
  gtk_widget_add_css_class (row, "property");
  register_field (self, "share", row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  update_share (self);

  add_spin_row (self, group, "scale-min", _("Lowest Score"), NULL, 0, 100, 0,
                pj_criterion_get_scale_min (criterion));
  add_spin_row (self, group, "scale-max", _("Highest Score"), NULL, 0, 100, 0,
                pj_criterion_get_scale_max (criterion));
  g_signal_connect (field (self, "scale-min"), "notify::value",
                    G_CALLBACK (scale_changed_cb), self);
  g_signal_connect (field (self, "scale-max"), "notify::value",
                    G_CALLBACK (scale_changed_cb), self);

  self->rubric_group = add_group (self, _("Rubric"),
                                  _("What each score means, shown to jurors as they score"));
  self->rubric_rows = g_ptr_array_new ();
  self->rubric_labels = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (int v = pj_criterion_get_scale_min (criterion); v <= pj_criterion_get_scale_max (criterion);
       v++)
    g_hash_table_insert (self->rubric_labels, GINT_TO_POINTER (v),
                         g_strdup (pj_criterion_get_label (criterion, v)));
  self->rubric_min = self->rubric_max = -1;
  rebuild_rubric (self);

  group = add_group (self, _("Description"), NULL);
  add_text_view (self, group, "description", pj_criterion_get_description (criterion));

  category_ids = pj_criterion_get_category_ids (criterion, &n_category_ids);
  group = add_group (self, _("Categories"), NULL);
  row = add_switch_row (self, group, "all-categories", _("All Categories"),
                        _("Otherwise only the categories checked below"), n_category_ids == 0);
  g_signal_connect (field (self, "all-categories"), "notify::active",
                    G_CALLBACK (all_categories_changed_cb), self);
  add_category_checks (self, group, category_ids, n_category_ids);
  update_category_checks (self);
}

static char *
validate_criterion (PjSetupEditor *self,
                    const char   **key)
{
  g_autofree char *name = get_text (self, "name");
  char *problem;

  *key = "name";
  if ((problem = pj_validate_name (name)) != NULL)
    return problem;
  if (pj_store_name_exists (self->workspace, "criterion", self->edition_id, name, self->item_id))
    return g_strdup_printf (_("This edition already has a criterion called “%s”."), name);
  *key = "weight";
  if ((problem = pj_validate_weight (get_number (self, "weight"))) != NULL)
    return problem;
  *key = "scale-max";
  if ((problem = pj_validate_scale ((int) get_number (self, "scale-min"),
                                    (int) get_number (self, "scale-max"))) != NULL)
    return problem;
  if (!get_active (self, "all-categories"))
    {
      g_autoptr(GArray) ids = get_checked_categories (self);

      *key = "all-categories";
      if (ids->len == 0)
        return g_strdup (_("Check the categories the criterion applies to, or apply it to all."));
    }
  return NULL;
}

static void
collect_criterion (PjSetupEditor *self)
{
  PjCriterion *criterion = PJ_CRITERION (self->item);
  g_autofree char *name = get_text (self, "name");
  g_autofree char *description = get_text (self, "description");
  int min = (int) get_number (self, "scale-min");
  int max = (int) get_number (self, "scale-max");

  pj_criterion_set_name (criterion, name);
  pj_criterion_set_description (criterion, description);
  pj_criterion_set_weight (criterion, get_number (self, "weight"));
  pj_criterion_set_required (criterion, get_active (self, "required"));
  pj_criterion_set_scale (criterion, min, max);
  for (int v = min; v <= max; v++)
    {
      g_autofree char *key = g_strdup_printf ("label-%d", v);
      g_autofree char *label = get_text (self, key);

      pj_criterion_set_label (criterion, v, label);
    }
  if (get_active (self, "all-categories"))
    pj_criterion_set_category_ids (criterion, NULL, 0);
  else
    {
      g_autoptr(GArray) ids = get_checked_categories (self);
      pj_criterion_set_category_ids (criterion, (gint64 *) ids->data, ids->len);
    }
}

/* }}} */

/* Units and jurors {{{ */

/* "None" and every unit but @except_id. */
static void
unit_choices (PjSetupEditor *self,
              gint64         except_id,
              GPtrArray     *labels,
              GArray        *ids)
{
  g_autoptr(GListModel) units = pj_store_list_units (self->workspace, NULL);
  gint64 none = PJ_NO_ID;

  g_ptr_array_add (labels, g_strdup (_("None")));
  g_array_append_val (ids, none);
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);
      gint64 id = pj_unit_get_id (unit);

      if (id == except_id)
        continue;
      g_ptr_array_add (labels, g_strdup (pj_unit_get_name (unit)));
      g_array_append_val (ids, id);
    }
}

static void
build_unit (PjSetupEditor *self)
{
  PjUnit *unit = PJ_UNIT (self->item);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *group = add_group (self, NULL, NULL);

  add_entry_row (self, group, "name", _("Name"), pj_unit_get_name (unit));
  add_enum_combo_row (self, group, "unit-type", _("Type"), PJ_N_UNIT_TYPES, unit_type_label,
                      pj_unit_get_unit_type (unit));
  unit_choices (self, self->item_id, labels, ids);
  add_combo_row (self, group, "parent", _("Part Of"), labels, ids,
                 position_of_id (ids, pj_unit_get_parent_id (unit)));
}

static char *
validate_unit (PjSetupEditor *self,
               const char   **key)
{
  g_autofree char *name = get_text (self, "name");
  char *problem;

  *key = "name";
  if ((problem = pj_validate_name (name)) != NULL)
    return problem;
  if (pj_store_name_exists (self->workspace, "unit", PJ_NO_ID, name, self->item_id))
    return g_strdup_printf (_("There is already a unit called “%s”."), name);
  return NULL;
}

static void
collect_unit (PjSetupEditor *self)
{
  PjUnit *unit = PJ_UNIT (self->item);
  g_autofree char *name = get_text (self, "name");

  pj_unit_set_name (unit, name);
  pj_unit_set_unit_type (unit, (PjUnitType) get_selected (self, "unit-type"));
  pj_unit_set_parent_id (unit, get_selected_id (self, "parent"));
}

static void
build_juror (PjSetupEditor *self)
{
  PjJuror *juror = PJ_JUROR (self->item);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const gint64 *category_ids;
  guint n_category_ids = 0;
  GtkWidget *group = add_group (self, NULL, NULL);
  GtkWidget *row;

  add_entry_row (self, group, "name", _("Name"), pj_juror_get_name (juror));
  row = add_entry_row (self, group, "email", _("Email"), pj_juror_get_email (juror));
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), TRUE);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_EMAIL);
  unit_choices (self, PJ_NO_ID, labels, ids);
  add_combo_row (self, group, "unit", _("Unit"), labels, ids,
                 position_of_id (ids, pj_juror_get_unit_id (juror)));
  add_enum_combo_row (self, group, "role", _("Role"), PJ_N_JUROR_ROLES, role_label,
                      pj_juror_get_role (juror));

  category_ids = pj_juror_get_category_ids (juror, &n_category_ids);
  group = add_group (self, _("Categories"), _("The categories this juror scores"));
  add_category_checks (self, group, category_ids, n_category_ids);
}

static char *
validate_juror (PjSetupEditor *self,
                const char   **key)
{
  g_autofree char *name = get_text (self, "name");
  g_autofree char *email = get_text (self, "email");
  char *problem;

  *key = "name";
  if ((problem = pj_validate_name (name)) != NULL)
    return problem;
  if (pj_store_name_exists (self->workspace, "juror", self->edition_id, name, self->item_id))
    return g_strdup_printf (_("This edition already has a juror called “%s”."), name);
  *key = "email";
  return pj_validate_email (email);
}

static void
collect_juror (PjSetupEditor *self)
{
  PjJuror *juror = PJ_JUROR (self->item);
  g_autofree char *name = get_text (self, "name");
  g_autofree char *email = get_optional_text (self, "email");
  g_autoptr(GArray) ids = get_checked_categories (self);

  pj_juror_set_name (juror, name);
  pj_juror_set_email (juror, email);
  pj_juror_set_unit_id (juror, get_selected_id (self, "unit"));
  pj_juror_set_role (juror, (PjJurorRole) get_selected (self, "role"));
  pj_juror_set_category_ids (juror, (gint64 *) ids->data, ids->len);
}

/* }}} */

/* The form {{{ */

static void
validate (PjSetupEditor *self)
{
  g_autofree char *problem = NULL;
  const char *key = NULL;
  GtkWidget *widget;

  switch (self->kind)
    {
    case PJ_SETUP_EDITOR_AWARD:        problem = validate_award (self, &key); break;
    case PJ_SETUP_EDITOR_EDITION:      problem = validate_edition (self, &key); break;
    case PJ_SETUP_EDITOR_COPY_EDITION: problem = validate_copy_edition (self, &key); break;
    case PJ_SETUP_EDITOR_CATEGORY:     problem = validate_category (self, &key); break;
    case PJ_SETUP_EDITOR_CRITERION:    problem = validate_criterion (self, &key); break;
    case PJ_SETUP_EDITOR_UNIT:         problem = validate_unit (self, &key); break;
    case PJ_SETUP_EDITOR_JUROR:        problem = validate_juror (self, &key); break;
    default: g_assert_not_reached ();
    }

  if (self->error_widget != NULL)
    {
      gtk_widget_remove_css_class (self->error_widget, "error");
      g_clear_object (&self->error_widget);
    }

  g_free (self->problem);
  self->problem = g_steal_pointer (&problem);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->problem == NULL);
  gtk_widget_set_visible (self->footer, self->problem != NULL);
  gtk_widget_set_tooltip_text (self->save_button, self->problem);
  if (self->problem == NULL)
    return;

  gtk_label_set_text (GTK_LABEL (self->problem_label), self->problem);

  /* A field the user has not touched yet is not an error, only a hint. */
  if (key == NULL || !g_hash_table_contains (self->touched, key))
    {
      gtk_widget_remove_css_class (self->problem_label, "error");
      gtk_widget_add_css_class (self->problem_label, "dim-label");
      return;
    }
  gtk_widget_remove_css_class (self->problem_label, "dim-label");
  gtk_widget_add_css_class (self->problem_label, "error");

  widget = field (self, key);
  if (widget != NULL && g_object_get_data (G_OBJECT (widget), "pj-row") != NULL)
    widget = g_object_get_data (G_OBJECT (widget), "pj-row");
  if (widget != NULL && !ADW_IS_PREFERENCES_ROW (widget))
    widget = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  if (widget != NULL)
    {
      self->error_widget = g_object_ref (widget);
      gtk_widget_add_css_class (widget, "error");
    }
}

static const char *
window_title (PjSetupEditor *self)
{
  gboolean create = self->item_id == PJ_NO_ID;

  switch (self->kind)
    {
    case PJ_SETUP_EDITOR_AWARD:        return create ? _("New Award") : _("Edit Award");
    case PJ_SETUP_EDITOR_EDITION:      return create ? _("New Edition") : _("Edit Edition");
    case PJ_SETUP_EDITOR_COPY_EDITION: return _("New Edition From…");
    case PJ_SETUP_EDITOR_CATEGORY:     return create ? _("New Category") : _("Edit Category");
    case PJ_SETUP_EDITOR_CRITERION:    return create ? _("New Criterion") : _("Edit Criterion");
    case PJ_SETUP_EDITOR_UNIT:         return create ? _("New Unit") : _("Edit Unit");
    case PJ_SETUP_EDITOR_JUROR:        return create ? _("New Juror") : _("Edit Juror");
    default: g_assert_not_reached ();
    }
  return NULL;
}

static void
build_form (PjSetupEditor *self)
{
  GtkWidget *name;

  if (self->page != NULL)
    gtk_box_remove (GTK_BOX (self->slot), self->page);
  g_hash_table_remove_all (self->fields);
  g_hash_table_remove_all (self->touched);
  g_clear_object (&self->error_widget);
  g_clear_pointer (&self->rubric_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rubric_labels, g_hash_table_unref);
  g_clear_pointer (&self->category_checks, g_ptr_array_unref);

  self->building = TRUE;
  self->page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (self->page, TRUE);
  gtk_box_append (GTK_BOX (self->slot), self->page);

  switch (self->kind)
    {
    case PJ_SETUP_EDITOR_AWARD:        build_award (self); break;
    case PJ_SETUP_EDITOR_EDITION:      build_edition (self); break;
    case PJ_SETUP_EDITOR_COPY_EDITION: build_copy_edition (self); break;
    case PJ_SETUP_EDITOR_CATEGORY:     build_category (self); break;
    case PJ_SETUP_EDITOR_CRITERION:    build_criterion (self); break;
    case PJ_SETUP_EDITOR_UNIT:         build_unit (self); break;
    case PJ_SETUP_EDITOR_JUROR:        build_juror (self); break;
    default: g_assert_not_reached ();
    }
  self->building = FALSE;

  validate (self);

  name = field (self, "name");
  if (name != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), name);
}

static gboolean
read_item (PjSetupEditor  *self,
           GError        **error)
{
  GObject *item = NULL;

  if (self->item_id == PJ_NO_ID)
    {
      switch (self->kind)
        {
        case PJ_SETUP_EDITOR_AWARD:
          item = G_OBJECT (pj_award_new ());
          break;
        case PJ_SETUP_EDITOR_EDITION:
          {
            PjEdition *e = pj_edition_new ();
            item = G_OBJECT (e);
            pj_edition_set_year (e, suggested_year (self, PJ_NO_ID));
            pj_edition_set_blind_policy (e, PJ_BLIND_AFTER_SUBMIT);
            pj_edition_set_disagreement_threshold (e, 15);
            pj_edition_set_min_jurors (e, 3);
          }
          break;
        case PJ_SETUP_EDITOR_COPY_EDITION:
          item = NULL;
          break;
        case PJ_SETUP_EDITOR_CATEGORY:
          {
            PjCategory *c = pj_category_new ();
            item = G_OBJECT (c);
            pj_category_set_edition_id (c, self->edition_id);
            pj_category_set_winners (c, 1);
            pj_category_set_threshold (c, 70);
          }
          break;
        case PJ_SETUP_EDITOR_CRITERION:
          {
            PjCriterion *c = pj_criterion_new ();
            item = G_OBJECT (c);
            pj_criterion_set_edition_id (c, self->edition_id);
            pj_criterion_set_weight (c, 1);
            pj_criterion_set_scale (c, 1, 5);
            pj_criterion_set_required (c, TRUE);
          }
          break;
        case PJ_SETUP_EDITOR_UNIT:
          item = G_OBJECT (pj_unit_new ());
          break;
        case PJ_SETUP_EDITOR_JUROR:
          {
            PjJuror *j = pj_juror_new ();
            item = G_OBJECT (j);
            pj_juror_set_edition_id (j, self->edition_id);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  else
    {
      switch (self->kind)
        {
        case PJ_SETUP_EDITOR_AWARD:
          item = G_OBJECT (pj_store_get_award (self->workspace, self->item_id, error));
          break;
        case PJ_SETUP_EDITOR_EDITION:
          item = G_OBJECT (pj_store_get_edition (self->workspace, self->item_id, error));
          break;
        case PJ_SETUP_EDITOR_CATEGORY:
          item = G_OBJECT (pj_store_get_category (self->workspace, self->item_id, error));
          break;
        case PJ_SETUP_EDITOR_CRITERION:
          item = G_OBJECT (pj_store_get_criterion (self->workspace, self->item_id, error));
          break;
        case PJ_SETUP_EDITOR_UNIT:
          item = G_OBJECT (pj_store_get_unit (self->workspace, self->item_id, error));
          break;
        case PJ_SETUP_EDITOR_JUROR:
          item = G_OBJECT (pj_store_get_juror (self->workspace, self->item_id, error));
          break;
        case PJ_SETUP_EDITOR_COPY_EDITION:
        default:
          g_assert_not_reached ();
        }
      if (item == NULL)
        return FALSE;
    }

  g_clear_object (&self->item);
  self->item = item;
  return TRUE;
}

static void
show_error (PjSetupEditor *self,
            const GError  *error)
{
  g_free (self->error);
  self->error = g_strdup (error->message);
  gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
  gtk_widget_set_visible (self->reload_button,
                          g_error_matches (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE));
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), TRUE);
}

static void
hide_error (PjSetupEditor *self)
{
  g_clear_pointer (&self->error, g_free);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), FALSE);
}

/* }}} */

/* Actions {{{ */

static void
editor_save (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PjSetupEditor *self = PJ_SETUP_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) saved = NULL;
  gboolean create = self->item_id == PJ_NO_ID;
  gboolean ok = FALSE;

  validate (self);
  if (self->problem != NULL)
    return;

  switch (self->kind)
    {
    case PJ_SETUP_EDITOR_AWARD:
      ok = save_award (self, &error);
      break;
    case PJ_SETUP_EDITOR_EDITION:
      collect_edition (self);
      ok = create ? pj_store_create_edition (self->workspace, PJ_EDITION (self->item), &error)
                  : pj_store_update_edition (self->workspace, PJ_EDITION (self->item), &error);
      break;
    case PJ_SETUP_EDITOR_COPY_EDITION:
      {
        gint64 id = pj_store_copy_edition (self->workspace, get_selected_id (self, "source"),
                                           (int) get_number (self, "year"), &error);
        if (id != PJ_NO_ID)
          {
            g_clear_object (&self->item);
            self->item = G_OBJECT (pj_store_get_edition (self->workspace, id, &error));
            ok = self->item != NULL;
          }
      }
      break;
    case PJ_SETUP_EDITOR_CATEGORY:
      collect_category (self);
      ok = create ? pj_store_create_category (self->workspace, PJ_CATEGORY (self->item), &error)
                  : pj_store_update_category (self->workspace, PJ_CATEGORY (self->item), &error);
      break;
    case PJ_SETUP_EDITOR_CRITERION:
      collect_criterion (self);
      ok = create ? pj_store_create_criterion (self->workspace, PJ_CRITERION (self->item), &error)
                  : pj_store_update_criterion (self->workspace, PJ_CRITERION (self->item),
                                               &error);
      break;
    case PJ_SETUP_EDITOR_UNIT:
      collect_unit (self);
      ok = create ? pj_store_create_unit (self->workspace, PJ_UNIT (self->item), &error)
                  : pj_store_update_unit (self->workspace, PJ_UNIT (self->item), &error);
      break;
    case PJ_SETUP_EDITOR_JUROR:
      collect_juror (self);
      ok = create ? pj_store_create_juror (self->workspace, PJ_JUROR (self->item), &error)
                  : pj_store_update_juror (self->workspace, PJ_JUROR (self->item), &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    {
      show_error (self, error);
      return;
    }

  hide_error (self);
  saved = g_object_ref (self->item);
  g_signal_emit (self, signals[SAVED], 0, saved);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
editor_cancel (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
editor_reload (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PjSetupEditor *self = PJ_SETUP_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!read_item (self, &error))
    {
      show_error (self, error);
      return;
    }
  hide_error (self);
  build_form (self);
}

/* }}} */

/* GObject {{{ */

static void
pj_setup_editor_dispose (GObject *object)
{
  PjSetupEditor *self = PJ_SETUP_EDITOR (object);

  g_clear_object (&self->error_widget);
  G_OBJECT_CLASS (pj_setup_editor_parent_class)->dispose (object);
}

static void
pj_setup_editor_finalize (GObject *object)
{
  PjSetupEditor *self = PJ_SETUP_EDITOR (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->item);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);
  g_clear_pointer (&self->rubric_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rubric_labels, g_hash_table_unref);
  g_clear_pointer (&self->category_checks, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->error, g_free);
  G_OBJECT_CLASS (pj_setup_editor_parent_class)->finalize (object);
}

static void
pj_setup_editor_class_init (PjSetupEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_setup_editor_dispose;
  object_class->finalize = pj_setup_editor_finalize;

  /**
   * PjSetupEditor::saved:
   * @item: the stored row
   *
   * Emitted after the row was saved, just before the editor closes.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, editor_save);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, editor_cancel);
  gtk_widget_class_install_action (widget_class, "editor.reload", NULL, editor_reload);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
pj_setup_editor_init (PjSetupEditor *self)
{
  GtkWidget *box, *header, *cancel, *error_box, *footer;

  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->touched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);
  gtk_widget_add_css_class (GTK_WIDGET (self), "pj-setup-editor");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  adw_window_set_content (ADW_WINDOW (self), box);

  header = adw_header_bar_new ();
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  self->window_title = adw_window_title_new ("", NULL);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), self->window_title);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "editor.cancel");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->save_button), "editor.save");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  gtk_box_append (GTK_BOX (box), header);

  self->error_revealer = gtk_revealer_new ();
  error_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (error_box, "pj-editor-error");
  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_set_hexpand (self->error_label, TRUE);
  gtk_box_append (GTK_BOX (error_box), self->error_label);
  self->reload_button = gtk_button_new_with_mnemonic (_("_Reload"));
  gtk_widget_set_valign (self->reload_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reload_button), "editor.reload");
  gtk_box_append (GTK_BOX (error_box), self->reload_button);
  gtk_revealer_set_child (GTK_REVEALER (self->error_revealer), error_box);
  gtk_box_append (GTK_BOX (box), self->error_revealer);

  self->slot = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_vexpand (self->slot, TRUE);
  gtk_box_append (GTK_BOX (box), self->slot);

  footer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->footer = footer;
  gtk_widget_add_css_class (footer, "pj-editor-footer");
  self->problem_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->problem_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->problem_label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->problem_label, "caption");
  gtk_widget_add_css_class (self->problem_label, "pj-editor-problem");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problem_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Why Save is unavailable"),
                                  -1);
  gtk_box_append (GTK_BOX (footer), self->problem_label);
  gtk_box_append (GTK_BOX (box), footer);
}

/* }}} */

/* Public API {{{ */

PjSetupEditor *
pj_setup_editor_new (PjWorkspace       *workspace,
                     PjSetupEditorKind  kind,
                     gint64             edition_id,
                     gint64             item_id,
                     GError           **error)
{
  PjSetupEditor *self;

  g_return_val_if_fail (PJ_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Like every toplevel, the window belongs to GTK until it is destroyed. */
  self = g_object_new (PJ_TYPE_SETUP_EDITOR, NULL);
  self->workspace = g_object_ref (workspace);
  self->kind = kind;
  self->edition_id = edition_id;
  if (kind == PJ_SETUP_EDITOR_COPY_EDITION)
    self->source_id = item_id;
  else
    self->item_id = item_id;

  if (!read_item (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  adw_window_title_set_title (ADW_WINDOW_TITLE (self->window_title), window_title (self));
  gtk_window_set_title (GTK_WINDOW (self), window_title (self));
  build_form (self);

  return self;
}

PjSetupEditorKind
pj_setup_editor_get_kind (PjSetupEditor *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_EDITOR (self), PJ_SETUP_EDITOR_AWARD);
  return self->kind;
}

GObject *
pj_setup_editor_get_item (PjSetupEditor *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_EDITOR (self), NULL);
  return self->item;
}

const char *
pj_setup_editor_get_problem (PjSetupEditor *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_EDITOR (self), NULL);
  return self->problem;
}

GtkWidget *
pj_setup_editor_get_field (PjSetupEditor *self,
                           const char    *key)
{
  g_return_val_if_fail (PJ_IS_SETUP_EDITOR (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  return field (self, key);
}

GtkWidget *
pj_setup_editor_get_save_button (PjSetupEditor *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_EDITOR (self), NULL);
  return self->save_button;
}

const char *
pj_setup_editor_get_error (PjSetupEditor *self)
{
  g_return_val_if_fail (PJ_IS_SETUP_EDITOR (self), NULL);
  return self->error;
}

/* }}} */
