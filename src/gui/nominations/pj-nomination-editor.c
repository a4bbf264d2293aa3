/* pj-nomination-editor.c: every field of one nomination, saved as you go
 *
 * The editor works on its own copy of the nomination. Each edit changes the
 * copy and restarts a short timer; when it runs out (or another nomination
 * is shown) the copy is written with pj_store_update_nomination (). The
 * state of that shows in the editor's bar. The copy as stored before the
 * last save is kept, so that Undo can write it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-nomination-editor"

#include "config.h"

#include "pj-nomination-editor.h"
#include "pj-gui-util.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pj-attachment-list.h"
#include "pj-store.h"
#include "pj-validate.h"

typedef struct
{
  const char *key;
  const char *title;
  const char *description;
} TextField;

/* The long texts of a nomination, by property name. */
static const TextField text_fields[] = {
  { "summary", N_("Summary"),
    N_("What was done, in a few sentences. At most 600 characters.") },
  { "what-is-new", N_("What Is New"),
    N_("What is essentially new, and how it differs from how the work was done before.") },
  { "value-created", N_("Value Created, and for Whom"),
    N_("Who benefits, and how: residents, staff, the city.") },
  { "results", N_("Results and Evidence"),
    N_("What has been measured or observed so far.") },
  { "implementation", N_("Implementation"),
    N_("How it was put to use in the everyday operation.") },
  { "spread", N_("Spread"),
    N_("Other units that use it, or could.") },
};

/* Single-line fields, by property name. */
static const char * const entry_props[] = {
  "title", "contact-name", "contact-email", "contact-phone", "nominated-by",
  "nominated-by-unit", "received", "ineligible-reason",
};

/* Every string property copied by Undo. */
static const char * const string_props[] = {
  "title", "contact-name", "contact-email", "contact-phone", "nominated-by",
  "nominated-by-unit", "received", "summary", "what-is-new", "value-created",
  "results", "implementation", "spread", "partners", "ineligible-reason",
};

/* Budget in balance, in the order the combo row lists it. */
static const PjTristate budget_values[] = {
  PJ_TRISTATE_UNKNOWN, PJ_TRISTATE_YES, PJ_TRISTATE_NO,
};

struct _PjNominationEditor
{
  GtkWidget      parent_instance;

  PjWorkspace   *workspace;
  gint64         nomination_id;
  PjNomination  *nomination;   /* as edited */
  PjNomination  *saved;        /* as last stored */
  PjNomination  *previous;     /* as stored before the last save: Undo */
  GHashTable    *units;        /* id → PjUnit */
  GListModel    *unit_model;   /* every PjUnit, for the picker */
  GArray        *category_ids; /* combo position → id; 0: none */
  GHashTable    *problems;     /* field → what is wrong with its input */

  PjSaveState    save_state;
  char          *save_message;
  guint          save_source;
  guint          loading;
  gboolean       dirty;
  gboolean       saving;
  gboolean       show_back;

  GHashTable    *fields;       /* key → widget (borrowed) */

  GtkWidget     *bar;
  GtkWidget     *back_button;
  GtkWidget     *window_title;
  GtkWidget     *title_label;
  GtkWidget     *state_label;
  GtkWidget     *undo_button;
  GtkWidget     *reload_button;
  GtkWidget     *message_revealer;
  GtkWidget     *message_label;
  GtkWidget     *scrolled;
  GtkWidget     *content;

  GtkWidget     *title_caption;
  GtkWidget     *email_caption;
  GtkWidget     *received_caption;
  GtkWidget     *received_calendar;
  GtkWidget     *summary_caption;
  GtkWidget     *summary_counter;
  GtkWidget     *reason_caption;
  GtkWidget     *facts_caption;
  GtkWidget     *units_list;
  GtkWidget     *collaboration_badge;
  GtkWidget     *unit_popover;
  GtkWidget     *unit_search;
  GtkCustomFilter *unit_filter;
  GtkWidget     *team_list;
  GtkWidget     *rules_list;
  GtkWidget     *eligibility_group;
  GtkWidget     *attachments;
};

G_DEFINE_FINAL_TYPE (PjNominationEditor, pj_nomination_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_NOMINATION_ID,
  PROP_SAVE_STATE,
  PROP_SHOW_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void populate (PjNominationEditor *self);
static void mark_dirty (PjNominationEditor *self);

/* Helpers {{{ */

static GtkWidget *
field (PjNominationEditor *self,
       const char         *key)
{
  return g_hash_table_lookup (self->fields, key);
}

static void
list_box_clear (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    {
      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (GTK_LIST_BOX (list), child);
      else
        break;
    }
}

static GtkWidget *
caption_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "pj-field-caption");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static void
caption_set (GtkWidget  *caption,
             GtkWidget  *row,
             const char *message)
{
  gboolean bad = message != NULL && message[0] != '\0';

  gtk_label_set_text (GTK_LABEL (caption), bad ? message : "");
  gtk_widget_set_visible (caption, bad);
  if (row == NULL)
    return;
  if (bad)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* A copy of every field Undo writes back. */
static void
copy_fields (PjNomination *dst,
             PjNomination *src)
{
  const gint64 *ids;
  guint n_ids;
  GListModel *team;

  for (guint i = 0; i < G_N_ELEMENTS (string_props); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (src, string_props[i], &value, NULL);
      g_object_set (dst, string_props[i], value, NULL);
    }

  pj_nomination_set_category_id (dst, pj_nomination_get_category_id (src));
  pj_nomination_set_class_claimed (dst, pj_nomination_get_class_claimed (src));
  pj_nomination_set_class_assessed (dst, pj_nomination_get_class_assessed (src));
  pj_nomination_set_status (dst, pj_nomination_get_status (src));
  pj_nomination_set_staff_count (dst, pj_nomination_get_staff_count (src));
  pj_nomination_set_budget_in_balance (dst, pj_nomination_get_budget_in_balance (src));
  pj_nomination_set_resident_share (dst, pj_nomination_get_resident_share (src));
  pj_nomination_set_substrategies (dst, pj_nomination_get_substrategies (src));

  ids = pj_nomination_get_unit_ids (src, &n_ids);
  pj_nomination_set_unit_ids (dst, ids, n_ids);

  pj_nomination_clear_team (dst);
  team = pj_nomination_get_team (src);
  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(PjTeamMember) member = g_list_model_get_item (team, i);

      pj_nomination_add_team_member (dst, pj_team_member_get_name (member),
                                     pj_team_member_get_role (member));
    }
}

static PjNomination *
snapshot (PjNomination *nomination)
{
  PjNomination *copy = pj_nomination_new ();

  pj_nomination_set_edition_id (copy, pj_nomination_get_edition_id (nomination));
  copy_fields (copy, nomination);
  return copy;
}

static void
update_actions (PjNominationEditor *self)
{
  gboolean has = self->nomination != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo",
                                 has && self->previous != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.reload", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-member", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-member", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-unit", has);
}

static void
set_state (PjNominationEditor *self,
           PjSaveState         state,
           const char         *reason)
{
  g_autofree char *message = NULL;
  const char *bar_text = NULL;

  switch (state)
    {
    case PJ_SAVE_STATE_NONE:
      message = g_strdup ("");
      break;
    case PJ_SAVE_STATE_SAVED:
      message = g_strdup (_("Saved"));
      break;
    case PJ_SAVE_STATE_SAVING:
      message = g_strdup (_("Saving…"));
      break;
    case PJ_SAVE_STATE_FAILED:
      /* Translators: the editor's save state, "Not saved: The title is empty." */
      message = g_strdup_printf (_("Not saved: %s"), reason);
      bar_text = message;
      break;
    case PJ_SAVE_STATE_CONFLICT:
      message = g_strdup (_("Changed elsewhere"));
      bar_text = _("Someone changed this nomination since you opened it. Reload it to see "
                   "their changes; your edits since the last save will be lost.");
      break;
    default:
      g_assert_not_reached ();
    }

  g_free (self->save_message);
  self->save_message = g_steal_pointer (&message);
  gtk_label_set_text (GTK_LABEL (self->state_label), self->save_message);

  gtk_label_set_text (GTK_LABEL (self->message_label), bar_text != NULL ? bar_text : "");
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->message_revealer), bar_text != NULL);
  gtk_widget_set_visible (self->reload_button, state == PJ_SAVE_STATE_CONFLICT);

  if (state == PJ_SAVE_STATE_FAILED || state == PJ_SAVE_STATE_CONFLICT)
    gtk_widget_add_css_class (self->state_label, "error");
  else
    gtk_widget_remove_css_class (self->state_label, "error");

  update_actions (self);

  if (self->save_state != state)
    {
      self->save_state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_STATE]);
    }
}

static void
update_title (PjNominationEditor *self)
{
  const char *title = self->nomination != NULL ? pj_nomination_get_title (self->nomination) : "";
  g_autofree char *stripped = g_strstrip (g_strdup (title));

  gtk_label_set_text (GTK_LABEL (self->title_label),
                      stripped[0] != '\0' ? stripped : _("Untitled Nomination"));
}

static gboolean
parse_percent (const char *text,
               double     *out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  gsize len = strlen (copy);

  if (len > 0 && copy[len - 1] == '%')
    copy[--len] = '\0';
  g_strstrip (copy);
  g_strdelimit (copy, ",", '.');
  if (copy[0] == '\0')
    return FALSE;
  *out = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0';
}

/* Checks what the user typed and shows why a field stops the save. */
static void
update_validation (PjNominationEditor *self)
{
  PjNomination *n = self->nomination;
  g_autofree char *title = NULL;
  g_autofree char *email_problem = NULL;
  g_autofree char *date_problem = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *counter = NULL;
  glong n_chars;
  gboolean ineligible;

  if (n == NULL)
    return;

  title = g_strstrip (g_strdup (pj_nomination_get_title (n)));
  caption_set (self->title_caption, field (self, "title"),
               title[0] == '\0' ? _("A nomination needs a title.") : NULL);

  email_problem = pj_validate_email (pj_nomination_get_contact_email (n));
  caption_set (self->email_caption, field (self, "contact-email"), email_problem);

  date_problem = pj_validate_iso_date (pj_nomination_get_received (n));
  if (date_problem != NULL)
    {
      g_free (date_problem);
      date_problem = g_strdup (_("Write the date as year-month-day, such as 2026-03-15."));
    }
  caption_set (self->received_caption, field (self, "received"), date_problem);

  n_chars = g_utf8_strlen (pj_nomination_get_summary (n), -1);
  /* Translators: the summary's length and its limit, "412 / 600" */
  counter = g_strdup_printf (_("%ld / %d"), n_chars, PJ_NOMINATION_SUMMARY_MAX);
  gtk_label_set_text (GTK_LABEL (self->summary_counter), counter);
  if (n_chars > PJ_NOMINATION_SUMMARY_MAX)
    {
      g_autofree char *why = NULL;

      gtk_widget_add_css_class (self->summary_counter, "error");
      why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%ld character too many: the summary is not saved "
                                          "until it is at most %d characters long.",
                                          "%ld characters too many: the summary is not saved "
                                          "until it is at most %d characters long.",
                                          n_chars - PJ_NOMINATION_SUMMARY_MAX),
                             n_chars - PJ_NOMINATION_SUMMARY_MAX, PJ_NOMINATION_SUMMARY_MAX);
      caption_set (self->summary_caption, NULL, why);
    }
  else
    {
      gtk_widget_remove_css_class (self->summary_counter, "error");
      caption_set (self->summary_caption, NULL, NULL);
    }

  ineligible = pj_nomination_get_status (n) == PJ_NOMINATION_INELIGIBLE;
  gtk_widget_set_visible (field (self, "ineligible-reason"), ineligible);
  reason = g_strstrip (g_strdup (pj_nomination_get_ineligible_reason (n)));
  caption_set (self->reason_caption, field (self, "ineligible-reason"),
               ineligible && reason[0] == '\0'
               ? _("Say why the nomination is ineligible: the reason is required.")
               : NULL);

  {
    const char *staff = g_hash_table_lookup (self->problems, "staff-count");
    const char *share = g_hash_table_lookup (self->problems, "resident-share");

    caption_set (self->facts_caption, NULL, staff != NULL ? staff : share);
    if (staff != NULL)
      gtk_widget_add_css_class (field (self, "staff-count"), "error");
    else
      gtk_widget_remove_css_class (field (self, "staff-count"), "error");
    if (share != NULL)
      gtk_widget_add_css_class (field (self, "resident-share"), "error");
    else
      gtk_widget_remove_css_class (field (self, "resident-share"), "error");
  }
}

static const char *
outcome_icon (PjEligibilityOutcome outcome)
{
  switch (outcome)
    {
    case PJ_ELIGIBILITY_PASSED:
      return "emblem-ok-symbolic";
    case PJ_ELIGIBILITY_FAILED:
      return "dialog-error-symbolic";
    case PJ_ELIGIBILITY_UNKNOWN:
    default:
      return "dialog-question-symbolic";
    }
}

static const char *
outcome_class (PjEligibilityOutcome outcome)
{
  switch (outcome)
    {
    case PJ_ELIGIBILITY_PASSED:
      return "success";
    case PJ_ELIGIBILITY_FAILED:
      return "error";
    case PJ_ELIGIBILITY_UNKNOWN:
    default:
      return "dim-label";
    }
}

static void
update_eligibility (PjNominationEditor *self)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  list_box_clear (self->rules_list);
  if (self->nomination == NULL)
    return;

  results = pj_store_check_eligibility (self->workspace, self->nomination, &error);
  if (results == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Eligibility could not be checked"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
      gtk_list_box_append (GTK_LIST_BOX (self->rules_list), row);
      return;
    }

  for (guint i = 0; i < results->len; i++)
    {
      PjEligibilityResult *result = g_ptr_array_index (results, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (outcome_icon (result->outcome));
      GtkWidget *label = gtk_label_new (pj_eligibility_outcome_to_label (result->outcome));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     pj_rule_kind_to_label (result->kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), result->explanation);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (icon, outcome_class (result->outcome));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      pj_eligibility_outcome_to_label (result->outcome), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_add_css_class (label, outcome_class (result->outcome));
      gtk_widget_add_css_class (label, "pj-outcome");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "pj-outcome", GINT_TO_POINTER (result->outcome));
      gtk_list_box_append (GTK_LIST_BOX (self->rules_list), row);
    }

  if (results->len == 0)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->eligibility_group),
                                             _("This award has no eligibility rules. They are "
                                               "set per award in Setup."));
    }
  else
    {
      PjEligibilityOutcome overall = pj_eligibility_overall (results);
      const char *description;

      if (overall == PJ_ELIGIBILITY_PASSED)
        description = _("Every rule of the award is met.");
      else if (overall == PJ_ELIGIBILITY_FAILED)
        description = _("At least one rule of the award is not met.");
      else
        description = _("Some facts are missing to check every rule.");
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->eligibility_group),
                                             description);
    }
}

/* }}} */

/* Units and team {{{ */

static void
update_collaboration (PjNominationEditor *self)
{
  gtk_widget_set_visible (self->collaboration_badge,
                          self->nomination != NULL &&
                          pj_nomination_is_collaboration (self->nomination));
}

static void
rebuild_units (PjNominationEditor *self)
{
  const gint64 *ids;
  guint n_ids = 0;

  list_box_clear (self->units_list);
  update_collaboration (self);
  if (self->nomination == NULL)
    return;

  ids = pj_nomination_get_unit_ids (self->nomination, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      PjUnit *unit = g_hash_table_lookup (self->units, &ids[i]);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *tooltip = NULL;
      const char *name = unit != NULL ? pj_unit_get_name (unit) : _("Unknown unit");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      if (unit != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     pj_unit_type_to_label (pj_unit_get_unit_type (unit)));
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      /* Translators: a button's tooltip, "Remove Äldreförvaltningen" */
      tooltip = g_strdup_printf (_("Remove %s"), name);
      gtk_widget_set_tooltip_text (remove, tooltip);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-unit");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", ids[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (GTK_LIST_BOX (self->units_list), row);
    }

  if (self->unit_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->unit_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
member_changed_cb (GtkEditable        *editable,
                   PjNominationEditor *self)
{
  PjTeamMember *member = g_object_get_data (G_OBJECT (editable), "pj-member");
  const char *what = g_object_get_data (G_OBJECT (editable), "pj-what");

  if (self->loading > 0)
    return;

  if (g_strcmp0 (what, "name") == 0)
    pj_team_member_set_name (member, gtk_editable_get_text (editable));
  else
    pj_team_member_set_role (member, gtk_editable_get_text (editable));
  mark_dirty (self);
}

static GtkWidget *
member_entry_new (PjNominationEditor *self,
                  PjTeamMember       *member,
                  const char         *what,
                  const char         *placeholder,
                  const char         *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  placeholder, -1);
  g_object_set_data_full (G_OBJECT (entry), "pj-member", g_object_ref (member), g_object_unref);
  g_object_set_data (G_OBJECT (entry), "pj-what", (gpointer) what);
  g_signal_connect (entry, "changed", G_CALLBACK (member_changed_cb), self);
  return entry;
}

static void
rebuild_team (PjNominationEditor *self)
{
  GListModel *team;

  list_box_clear (self->team_list);
  if (self->nomination == NULL)
    return;

  self->loading++;
  team = pj_nomination_get_team (self->nomination);
  for (guint i = 0; i < g_list_model_get_n_items (team); i++)
    {
      g_autoptr(PjTeamMember) member = g_list_model_get_item (team, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (box, "pj-member-row");
      gtk_box_append (GTK_BOX (box),
                      member_entry_new (self, member, "name", _("Name"),
                                        pj_team_member_get_name (member)));
      gtk_box_append (GTK_BOX (box),
                      member_entry_new (self, member, "role", _("Role"),
                                        pj_team_member_get_role (member)));
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove Member"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-member");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", i);
      gtk_box_append (GTK_BOX (box), remove);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_append (GTK_LIST_BOX (self->team_list), row);
    }
  self->loading--;
}

static gboolean
unit_filter_cb (gpointer item,
                gpointer user_data)
{
  PjNominationEditor *self = user_data;
  PjUnit *unit = item;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->unit_search));
  const gint64 *ids;
  guint n_ids = 0;
  g_autofree char *name = NULL;
  g_autofree char *folded_query = NULL;

  if (self->nomination != NULL)
    {
      ids = pj_nomination_get_unit_ids (self->nomination, &n_ids);
      for (guint i = 0; i < n_ids; i++)
        if (ids[i] == pj_unit_get_id (unit))
          return FALSE;
    }

  if (query == NULL || query[0] == '\0')
    return TRUE;

  name = g_utf8_casefold (pj_unit_get_name (unit), -1);
  folded_query = g_utf8_casefold (query, -1);
  return strstr (name, folded_query) != NULL;
}

static void
unit_search_changed_cb (GtkSearchEntry     *entry,
                        PjNominationEditor *self)
{
  gtk_filter_changed (GTK_FILTER (self->unit_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
unit_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *type = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "pj-unit-item");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (type), 0);
  gtk_widget_add_css_class (type, "caption");
  gtk_widget_add_css_class (type, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), type);
  gtk_list_item_set_child (item, box);
}

static void
unit_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  data)
{
  PjUnit *unit = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *type = gtk_widget_get_next_sibling (name);

  gtk_label_set_text (GTK_LABEL (name), pj_unit_get_name (unit));
  gtk_label_set_text (GTK_LABEL (type), pj_unit_type_to_label (pj_unit_get_unit_type (unit)));
}

static void
unit_activate_cb (GtkListView        *view,
                  guint               position,
                  PjNominationEditor *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_autoptr(PjUnit) unit = g_list_model_get_item (model, position);

  if (unit == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self->unit_popover));
  pj_nomination_editor_add_unit (self, pj_unit_get_id (unit));
}

static void
unit_search_activate_cb (GtkSearchEntry     *entry,
                         PjNominationEditor *self)
{
  GtkWidget *view = g_object_get_data (G_OBJECT (entry), "pj-view");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));

  if (g_list_model_get_n_items (model) > 0)
    unit_activate_cb (GTK_LIST_VIEW (view), 0, self);
}

static void
unit_popover_show_cb (GtkPopover         *popover,
                      PjNominationEditor *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->unit_search), "");
  gtk_filter_changed (GTK_FILTER (self->unit_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_widget_grab_focus (self->unit_search);
}

static void
reload_units (PjNominationEditor *self)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *view;

  g_hash_table_remove_all (self->units);
  if (self->workspace != NULL)
    units = pj_store_list_units (self->workspace, &error);
  if (units == NULL)
    {
      if (error != NULL)
        g_warning ("Could not list the units: %s", error->message);
      units = G_LIST_MODEL (g_list_store_new (PJ_TYPE_UNIT));
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);
      gint64 *id = g_new (gint64, 1);

      *id = pj_unit_get_id (unit);
      g_hash_table_insert (self->units, id, g_object_ref (unit));
    }

  g_set_object (&self->unit_model, units);
  view = g_object_get_data (G_OBJECT (self->unit_search), "pj-view");
  {
    GtkFilterListModel *filtered =
      gtk_filter_list_model_new (g_object_ref (self->unit_model),
                                 g_object_ref (GTK_FILTER (self->unit_filter)));
    GtkNoSelection *selection = gtk_no_selection_new (G_LIST_MODEL (filtered));

    gtk_list_view_set_model (GTK_LIST_VIEW (view), GTK_SELECTION_MODEL (selection));
    g_object_unref (selection);
  }
}

/* }}} */

/* Categories {{{ */

static void
reload_categories (PjNominationEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) categories = NULL;
  gint64 none = PJ_NO_ID;

  g_array_set_size (self->category_ids, 0);
  gtk_string_list_append (labels, _("No category"));
  g_array_append_val (self->category_ids, none);

  if (self->workspace != NULL && self->nomination != NULL)
    categories = pj_store_list_categories (self->workspace,
                                           pj_nomination_get_edition_id (self->nomination),
                                           NULL);
  for (guint i = 0; categories != NULL && i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(PjCategory) category = g_list_model_get_item (categories, i);
      gint64 id = pj_category_get_id (category);

      gtk_string_list_append (labels, pj_category_get_name (category));
      g_array_append_val (self->category_ids, id);
    }

  self->loading++;
  adw_combo_row_set_model (ADW_COMBO_ROW (field (self, "category")), G_LIST_MODEL (labels));
  self->loading--;
}

/* }}} */

/* Saving {{{ */

static gboolean
save_timeout_cb (gpointer data)
{
  PjNominationEditor *self = data;

  self->save_source = 0;
  pj_nomination_editor_save_now (self);
  return G_SOURCE_REMOVE;
}

static void
mark_dirty (PjNominationEditor *self)
{
  if (self->nomination == NULL || self->loading > 0)
    return;

  self->dirty = TRUE;
  update_validation (self);
  update_title (self);
  if (self->save_state != PJ_SAVE_STATE_CONFLICT)
    set_state (self, PJ_SAVE_STATE_SAVING, NULL);
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (PJ_NOMINATION_EDITOR_SAVE_DELAY, save_timeout_cb, self);
}

static void
load (PjNominationEditor *self,
      PjNomination       *nomination)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  g_set_object (&self->nomination, nomination);
  g_clear_object (&self->saved);
  g_clear_object (&self->previous);
  g_hash_table_remove_all (self->problems);
  self->dirty = FALSE;
  if (nomination != NULL)
    self->saved = snapshot (nomination);

  reload_categories (self);
  populate (self);
  set_state (self, nomination != NULL ? PJ_SAVE_STATE_SAVED : PJ_SAVE_STATE_NONE, NULL);
}

/* }}} */

/* Widget callbacks {{{ */

static void
entry_changed_cb (GtkEditable        *editable,
                  PjNominationEditor *self)
{
  const char *key = g_object_get_data (G_OBJECT (editable), "pj-key");
  const char *text = gtk_editable_get_text (editable);

  if (self->loading > 0 || self->nomination == NULL)
    return;

  if (g_strcmp0 (key, "received") == 0)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      pj_nomination_set_received (self->nomination, stripped[0] != '\0' ? stripped : NULL);
    }
  else
    {
      g_object_set (self->nomination, key, text, NULL);
    }
  mark_dirty (self);
}

static void
text_changed_cb (GtkTextBuffer      *buffer,
                 PjNominationEditor *self)
{
  const char *key = g_object_get_data (G_OBJECT (buffer), "pj-key");
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading > 0 || self->nomination == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_object_set (self->nomination, key, text, NULL);
  mark_dirty (self);
}

static void
combo_changed_cb (AdwComboRow        *row,
                  GParamSpec         *pspec,
                  PjNominationEditor *self)
{
  const char *key = g_object_get_data (G_OBJECT (row), "pj-key");
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading > 0 || self->nomination == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (g_strcmp0 (key, "category") == 0)
    {
      if (selected < self->category_ids->len)
        pj_nomination_set_category_id (self->nomination,
                                       g_array_index (self->category_ids, gint64, selected));
    }
  else if (g_strcmp0 (key, "class-claimed") == 0)
    pj_nomination_set_class_claimed (self->nomination, (PjInnovationClass) selected);
  else if (g_strcmp0 (key, "class-assessed") == 0)
    pj_nomination_set_class_assessed (self->nomination, (PjInnovationClass) selected);
  else if (g_strcmp0 (key, "status") == 0)
    pj_nomination_set_status (self->nomination, (PjNominationStatus) selected);
  else if (g_strcmp0 (key, "budget-in-balance") == 0)
    pj_nomination_set_budget_in_balance (self->nomination, budget_values[selected]);

  mark_dirty (self);
  if (g_strcmp0 (key, "budget-in-balance") == 0)
    update_eligibility (self);
}

static void
fact_changed_cb (GtkEditable        *editable,
                 PjNominationEditor *self)
{
  const char *key = g_object_get_data (G_OBJECT (editable), "pj-key");
  g_autofree char *text = NULL;

  if (self->loading > 0 || self->nomination == NULL)
    return;

  text = pj_gui_editable_dup_stripped_text (editable);
  g_hash_table_remove (self->problems, key);

  if (g_strcmp0 (key, "staff-count") == 0)
    {
      gint64 value = -1;

      if (text[0] != '\0' &&
          !g_ascii_string_to_signed (text, 10, 0, 1000000, &value, NULL))
        g_hash_table_insert (self->problems, (gpointer) key,
                             _("Staff count: write a whole number, or leave it empty when "
                               "it is not known."));
      else
        pj_nomination_set_staff_count (self->nomination, (int) value);
    }
  else
    {
      double value = -1;

      if (text[0] != '\0' && (!parse_percent (text, &value) || value < 0 || value > 100))
        g_hash_table_insert (self->problems, (gpointer) key,
                             _("Residents’ share: write a percentage from 0 to 100, or leave "
                               "it empty when it is not known."));
      else
        pj_nomination_set_resident_share (self->nomination, text[0] != '\0' ? value : -1);
    }

  mark_dirty (self);
  update_eligibility (self);
}

static void
substrategy_toggled_cb (GtkCheckButton     *check,
                        PjNominationEditor *self)
{
  PjSubstrategy s = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "pj-substrategy"));

  if (self->loading > 0 || self->nomination == NULL)
    return;

  pj_nomination_set_substrategy (self->nomination, s, gtk_check_button_get_active (check));
  mark_dirty (self);
}

static void
calendar_day_selected_cb (GtkCalendar        *calendar,
                          PjNominationEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  if (self->loading > 0)
    return;

  gtk_editable_set_text (GTK_EDITABLE (field (self, "received")), iso);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
calendar_show_cb (GtkPopover         *popover,
                  PjNominationEditor *self)
{
  const char *received = self->nomination ? pj_nomination_get_received (self->nomination) : NULL;
  g_autoptr(GDateTime) date = NULL;

  if (received != NULL)
    {
      g_autofree char *iso = g_strdup_printf ("%sT00:00:00", received);
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

      date = g_date_time_new_from_iso8601 (iso, tz);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->loading++;
  gtk_calendar_select_day (GTK_CALENDAR (self->received_calendar), date);
  self->loading--;
}

/* }}} */

/* Populating {{{ */

static void
populate (PjNominationEditor *self)
{
  PjNomination *n = self->nomination;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Focus does not stay in fields that go insensitive. */
  if (n == NULL && root != NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (root);

      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
        gtk_root_set_focus (root, NULL);
    }
  gtk_widget_set_sensitive (self->content, n != NULL);
  update_title (self);
  if (n == NULL)
    {
      rebuild_units (self);
      rebuild_team (self);
      update_eligibility (self);
      return;
    }

  self->loading++;

  for (guint i = 0; i < G_N_ELEMENTS (entry_props); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (n, entry_props[i], &value, NULL);
      gtk_editable_set_text (GTK_EDITABLE (field (self, entry_props[i])),
                             value != NULL ? value : "");
    }

  for (guint i = 0; i < G_N_ELEMENTS (text_fields) + 1; i++)
    {
      const char *key = i < G_N_ELEMENTS (text_fields) ? text_fields[i].key : "partners";
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (self, key)));
      g_autofree char *value = NULL;

      g_object_get (n, key, &value, NULL);
      gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
    }

  {
    guint position = 0;

    for (guint i = 0; i < self->category_ids->len; i++)
      if (g_array_index (self->category_ids, gint64, i) == pj_nomination_get_category_id (n))
        position = i;
    adw_combo_row_set_selected (ADW_COMBO_ROW (field (self, "category")), position);
  }
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (self, "class-claimed")),
                              pj_nomination_get_class_claimed (n));
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (self, "class-assessed")),
                              pj_nomination_get_class_assessed (n));
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (self, "status")),
                              pj_nomination_get_status (n));
  for (guint i = 0; i < G_N_ELEMENTS (budget_values); i++)
    if (budget_values[i] == pj_nomination_get_budget_in_balance (n))
      adw_combo_row_set_selected (ADW_COMBO_ROW (field (self, "budget-in-balance")), i);

  {
    g_autofree char *staff = NULL;
    g_autofree char *share = NULL;

    if (pj_nomination_get_staff_count (n) >= 0)
      staff = g_strdup_printf ("%d", pj_nomination_get_staff_count (n));
    if (pj_nomination_get_resident_share (n) >= 0)
      share = g_strdup_printf ("%g", pj_nomination_get_resident_share (n));
    gtk_editable_set_text (GTK_EDITABLE (field (self, "staff-count")), staff ? staff : "");
    gtk_editable_set_text (GTK_EDITABLE (field (self, "resident-share")), share ? share : "");
  }

  for (guint i = 0; i < PJ_N_SUBSTRATEGIES; i++)
    {
      g_autofree char *key = g_strdup_printf ("substrategy-%u", i);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (field (self, key)),
                                   pj_nomination_has_substrategy (n, (PjSubstrategy) i));
    }

  rebuild_units (self);
  rebuild_team (self);
  update_eligibility (self);
  update_validation (self);

  if (self->attachments != NULL)
    g_object_set (self->attachments, "nomination-id", pj_nomination_get_id (n), NULL);

  self->loading--;
}

/* }}} */

/* Building {{{ */

static GtkWidget *
group_new (PjNominationEditor *self,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (GTK_BOX (self->content), group);
  return group;
}

static GtkWidget *
entry_row_new (PjNominationEditor *self,
               GtkWidget          *group,
               const char         *key,
               const char         *title,
               GCallback           callback)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_set_data (G_OBJECT (row), "pj-key", (gpointer) key);
  g_signal_connect (row, "changed", callback, self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_hash_table_insert (self->fields, (gpointer) key, row);
  return row;
}

static GtkWidget *
combo_row_new (PjNominationEditor *self,
               GtkWidget          *group,
               const char         *key,
               const char         *title,
               const char * const *labels,
               guint               n_labels)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (model, labels[i]);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  g_object_set_data (G_OBJECT (row), "pj-key", (gpointer) key);
  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_hash_table_insert (self->fields, (gpointer) key, row);
  return row;
}

static GtkWidget *
text_field_new (PjNominationEditor *self,
                GtkWidget          *parent,
                const char         *key,
                const char         *title,
                const char         *description)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  /* Without a description the group's title says it all. */
  gtk_widget_set_visible (heading, description != NULL);
  if (description != NULL)
    {
      GtkWidget *label = gtk_label_new (description);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 88);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "pj-text-frame");
  gtk_box_append (GTK_BOX (box), frame);

  g_object_set_data (G_OBJECT (buffer), "pj-key", (gpointer) key);
  g_signal_connect (buffer, "changed", G_CALLBACK (text_changed_cb), self);
  g_hash_table_insert (self->fields, (gpointer) key, view);

  gtk_box_append (GTK_BOX (parent), box);
  return box;
}

static GtkWidget *
list_box_new (const char *placeholder)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *label = gtk_label_new (placeholder);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "pj-list-placeholder");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), label);
  return list;
}

static GtkWidget *
header_button_new (const char *icon,
                   const char *label)
{
  GtkWidget *content = adw_button_content_new ();
  GtkWidget *button;

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static void
build_bar (PjNominationEditor *self)
{
  GtkWidget *start = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *end = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  GtkWidget *revealer_box;

  self->bar = gtk_center_box_new ();
  gtk_widget_add_css_class (self->bar, "toolbar");
  gtk_widget_add_css_class (self->bar, "pj-pane-bar");

  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, _("Back to the List"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "nominations.back");
  gtk_widget_set_visible (self->back_button, FALSE);
  gtk_box_append (GTK_BOX (start), self->back_button);

  self->undo_button = gtk_button_new_from_icon_name ("edit-undo-symbolic");
  gtk_widget_set_tooltip_text (self->undo_button, _("Undo the Last Change"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->undo_button), "editor.undo");
  gtk_box_append (GTK_BOX (start), self->undo_button);
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (self->bar), start);

  /* Like AdwWindowTitle, but a long title does not widen the pane. */
  self->window_title = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (self->window_title, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->window_title, "pj-editor-title");
  self->title_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->title_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (self->title_label), 28);
  gtk_label_set_single_line_mode (GTK_LABEL (self->title_label), TRUE);
  gtk_widget_add_css_class (self->title_label, "heading");
  self->state_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->state_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (self->state_label), 28);
  gtk_label_set_single_line_mode (GTK_LABEL (self->state_label), TRUE);
  gtk_widget_add_css_class (self->state_label, "caption");
  gtk_widget_add_css_class (self->state_label, "pj-save-state");
  gtk_box_append (GTK_BOX (self->window_title), self->title_label);
  gtk_box_append (GTK_BOX (self->window_title), self->state_label);
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (self->bar), self->window_title);

  self->reload_button = gtk_button_new_with_mnemonic (_("_Reload"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reload_button), "editor.reload");
  gtk_widget_add_css_class (self->reload_button, "suggested-action");
  gtk_widget_set_visible (self->reload_button, FALSE);
  gtk_box_append (GTK_BOX (end), self->reload_button);

  g_menu_append (section, _("_Withdraw"), "nominations.withdraw");
  g_menu_append (section, _("_Delete…"), "nominations.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (menu_button, _("Nomination Menu"));
  gtk_box_append (GTK_BOX (end), menu_button);
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (self->bar), end);

  gtk_widget_set_parent (self->bar, GTK_WIDGET (self));

  self->message_revealer = gtk_revealer_new ();
  revealer_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (revealer_box, "pj-save-message");
  self->message_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message_label), 0);
  gtk_widget_set_hexpand (self->message_label, TRUE);
  gtk_box_append (GTK_BOX (revealer_box), self->message_label);
  gtk_revealer_set_child (GTK_REVEALER (self->message_revealer), revealer_box);
  gtk_widget_set_parent (self->message_revealer, GTK_WIDGET (self));
}

static void
build_unit_picker (PjNominationEditor *self,
                   GtkWidget          *menu_button)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *view;

  self->unit_popover = gtk_popover_new ();
  self->unit_search = gtk_search_entry_new ();
  g_object_set (self->unit_search, "placeholder-text", _("Search units"), NULL);
  self->unit_filter = gtk_custom_filter_new (unit_filter_cb, self, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (unit_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (unit_item_bind_cb), NULL);
  view = gtk_list_view_new (NULL, factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), TRUE);
  gtk_widget_add_css_class (view, "navigation-sidebar");
  g_signal_connect (view, "activate", G_CALLBACK (unit_activate_cb), self);
  g_object_set_data (G_OBJECT (self->unit_search), "pj-view", view);

  g_signal_connect (self->unit_search, "search-changed", G_CALLBACK (unit_search_changed_cb),
                    self);
  g_signal_connect (self->unit_search, "activate", G_CALLBACK (unit_search_activate_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_size_request (scrolled, 300, -1);

  gtk_box_append (GTK_BOX (box), self->unit_search);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (self->unit_popover), box);
  g_signal_connect (self->unit_popover, "show", G_CALLBACK (unit_popover_show_cb), self);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu_button), self->unit_popover);
}

static void
build_content (PjNominationEditor *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *suffix;
  GtkWidget *button;
  GtkWidget *texts;
  const char *class_labels[PJ_N_INNOVATION_CLASSES];
  const char *status_labels[PJ_N_NOMINATION_STATUSES];
  const char *budget_labels[G_N_ELEMENTS (budget_values)];

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 520);
  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 30);
  gtk_widget_add_css_class (self->content, "pj-editor-content");
  adw_clamp_set_child (ADW_CLAMP (clamp), self->content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  /* What it is */
  group = group_new (self, _("Nomination"), NULL);
  entry_row_new (self, group, "title", _("Title"), G_CALLBACK (entry_changed_cb));
  combo_row_new (self, group, "category", _("Category"), NULL, 0);
  self->title_caption = caption_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->title_caption);

  /* Who is nominated */
  group = group_new (self, _("Nominee Units"),
                     _("More than one unit makes the nomination a collaboration."));
  suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->collaboration_badge = gtk_label_new (_("Collaboration"));
  gtk_widget_add_css_class (self->collaboration_badge, "pj-pill");
  gtk_widget_add_css_class (self->collaboration_badge, "pj-pill-accent");
  gtk_widget_set_valign (self->collaboration_badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (suffix), self->collaboration_badge);
  button = gtk_menu_button_new ();
  {
    GtkWidget *content = adw_button_content_new ();

    adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
    adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("_Add Unit…"));
    adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
    gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  }
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  build_unit_picker (self, button);
  gtk_box_append (GTK_BOX (suffix), button);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), suffix);
  self->units_list = list_box_new (_("No unit chosen yet"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->units_list);
  g_hash_table_insert (self->fields, (gpointer) "units", self->units_list);

  /* The team */
  group = group_new (self, _("Team"), NULL);
  button = header_button_new ("list-add-symbolic", _("Add _Member"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.add-member");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  self->team_list = list_box_new (_("No team members yet"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->team_list);
  g_hash_table_insert (self->fields, (gpointer) "team", self->team_list);

  /* People */
  group = group_new (self, _("Contact Person"), NULL);
  entry_row_new (self, group, "contact-name", _("Name"), G_CALLBACK (entry_changed_cb));
  row = entry_row_new (self, group, "contact-email", _("Email"), G_CALLBACK (entry_changed_cb));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_EMAIL);
  row = entry_row_new (self, group, "contact-phone", _("Phone"), G_CALLBACK (entry_changed_cb));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_PHONE);
  self->email_caption = caption_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->email_caption);

  group = group_new (self, _("Nominated By"), NULL);
  entry_row_new (self, group, "nominated-by", _("Name"), G_CALLBACK (entry_changed_cb));
  entry_row_new (self, group, "nominated-by-unit", _("Unit"), G_CALLBACK (entry_changed_cb));
  row = entry_row_new (self, group, "received", _("Date Received"),
                       G_CALLBACK (entry_changed_cb));
  {
    GtkWidget *date_button = gtk_menu_button_new ();
    GtkWidget *popover = gtk_popover_new ();

    self->received_calendar = gtk_calendar_new ();
    g_signal_connect (self->received_calendar, "day-selected",
                      G_CALLBACK (calendar_day_selected_cb), self);
    gtk_popover_set_child (GTK_POPOVER (popover), self->received_calendar);
    g_signal_connect (popover, "show", G_CALLBACK (calendar_show_cb), self);
    gtk_menu_button_set_popover (GTK_MENU_BUTTON (date_button), popover);
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (date_button), "x-office-calendar-symbolic");
    gtk_widget_set_tooltip_text (date_button, _("Pick a Date"));
    gtk_widget_add_css_class (date_button, "flat");
    gtk_widget_set_valign (date_button, GTK_ALIGN_CENTER);
    adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), date_button);
  }
  self->received_caption = caption_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->received_caption);

  /* Texts */
  group = group_new (self, _("Description"), NULL);
  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      GtkWidget *box = text_field_new (self, texts, text_fields[i].key, _(text_fields[i].title),
                                       _(text_fields[i].description));

      if (i == 0)
        {
          GtkWidget *foot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

          self->summary_caption = caption_new ();
          gtk_widget_set_hexpand (self->summary_caption, TRUE);
          gtk_widget_set_valign (self->summary_caption, GTK_ALIGN_START);
          self->summary_counter = gtk_label_new (NULL);
          gtk_widget_set_halign (self->summary_counter, GTK_ALIGN_END);
          gtk_widget_set_valign (self->summary_counter, GTK_ALIGN_START);
          gtk_widget_set_hexpand (self->summary_counter, TRUE);
          gtk_widget_add_css_class (self->summary_counter, "caption");
          gtk_widget_add_css_class (self->summary_counter, "numeric");
          gtk_widget_add_css_class (self->summary_counter, "pj-counter");
          gtk_box_append (GTK_BOX (foot), self->summary_caption);
          gtk_box_append (GTK_BOX (foot), self->summary_counter);
          gtk_box_append (GTK_BOX (box), foot);
          g_hash_table_insert (self->fields, (gpointer) "summary-counter",
                               self->summary_counter);
        }
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), texts);

  /* Context */
  group = group_new (self, _("Partners"),
                     _("Universities, companies, civil society, other administrations."));
  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  text_field_new (self, texts, "partners", _("Partners"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), texts);

  group = group_new (self, _("Sub-strategies"),
                     _("The parts of the city’s innovation strategy it contributes to."));
  for (guint i = 0; i < PJ_N_SUBSTRATEGIES; i++)
    {
      GtkWidget *check = gtk_check_button_new ();
      char *key = g_strdup_printf ("substrategy-%u", i);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     pj_substrategy_to_label ((PjSubstrategy) i));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "pj-substrategy", GUINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (substrategy_toggled_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_object_set_data_full (G_OBJECT (check), "pj-key", key, g_free);
      g_hash_table_insert (self->fields, key, check);
    }

  /* The innovation class and the status */
  for (guint i = 0; i < PJ_N_INNOVATION_CLASSES; i++)
    class_labels[i] = pj_innovation_class_to_label ((PjInnovationClass) i);
  for (guint i = 0; i < PJ_N_NOMINATION_STATUSES; i++)
    status_labels[i] = pj_nomination_status_to_label ((PjNominationStatus) i);
  group = group_new (self, _("Innovation Class"),
                     _("Innovation is essentially new and value-creating, a leap; continuous "
                       "improvement and good practice are not."));
  combo_row_new (self, group, "class-claimed", _("As Claimed by the Nominator"),
                 class_labels, PJ_N_INNOVATION_CLASSES);
  combo_row_new (self, group, "class-assessed", _("As Assessed by the Jury"),
                 class_labels, PJ_N_INNOVATION_CLASSES);

  group = group_new (self, _("Status"),
                     _("Ineligible and withdrawn nominations are left out of scoring."));
  combo_row_new (self, group, "status", _("Status"), status_labels, PJ_N_NOMINATION_STATUSES);
  entry_row_new (self, group, "ineligible-reason", _("Reason for Ineligibility"),
                 G_CALLBACK (entry_changed_cb));
  self->reason_caption = caption_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->reason_caption);

  /* Eligibility */
  self->eligibility_group = group = group_new (self, _("Eligibility"), NULL);
  self->rules_list = list_box_new (_("No rules to check"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->rules_list);
  g_hash_table_insert (self->fields, (gpointer) "eligibility", self->rules_list);

  group = group_new (self, _("Facts for the Eligibility Rules"),
                     _("Leave a fact empty while it is not known."));
  row = entry_row_new (self, group, "staff-count", _("Staff Count"),
                       G_CALLBACK (fact_changed_cb));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  budget_labels[0] = C_("budget in balance", "Not known");
  budget_labels[1] = C_("budget in balance", "Yes");
  budget_labels[2] = C_("budget in balance", "No");
  combo_row_new (self, group, "budget-in-balance", _("Budget in Balance"),
                 budget_labels, G_N_ELEMENTS (budget_labels));
  row = entry_row_new (self, group, "resident-share", _("Residents’ Share of Places (%)"),
                       G_CALLBACK (fact_changed_cb));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);
  self->facts_caption = caption_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->facts_caption);

  /* Attachments */
  group = group_new (self, _("Attachments"), NULL);
  self->attachments = g_object_new (PJ_TYPE_ATTACHMENT_LIST,
                                    "workspace", self->workspace,
                                    NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->attachments);
  g_hash_table_insert (self->fields, (gpointer) "attachments", self->attachments);
}

/* }}} */

/* Actions {{{ */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PjNominationEditor *self = PJ_NOMINATION_EDITOR (widget);
  g_autoptr(PjNomination) previous = NULL;

  if (self->nomination == NULL || self->previous == NULL)
    return;
  if (!pj_nomination_editor_save_now (self))
    return;
  if (self->previous == NULL)
    return;

  previous = g_steal_pointer (&self->previous);
  copy_fields (self->nomination, previous);
  self->dirty = TRUE;
  g_hash_table_remove_all (self->problems);
  self->loading++;
  populate (self);
  self->loading--;
  if (pj_nomination_editor_save_now (self))
    g_clear_object (&self->previous);
  update_actions (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PjNominationEditor *self = PJ_NOMINATION_EDITOR (widget);
  g_autoptr(PjNomination) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (self->nomination_id == PJ_NO_ID)
    return;

  fresh = pj_store_get_nomination (self->workspace, self->nomination_id, &error);
  if (fresh == NULL)
    {
      set_state (self, PJ_SAVE_STATE_FAILED, error->message);
      return;
    }
  load (self, fresh);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PjNominationEditor *self = PJ_NOMINATION_EDITOR (widget);
  GtkWidget *last;

  if (self->nomination == NULL)
    return;

  pj_nomination_add_team_member (self->nomination, "", "");
  rebuild_team (self);
  /* Saved once the member has a name: a nameless member is refused. */
  last = gtk_widget_get_last_child (self->team_list);
  while (last != NULL && !GTK_IS_LIST_BOX_ROW (last))
    last = gtk_widget_get_prev_sibling (last);
  if (last != NULL)
    gtk_widget_grab_focus (gtk_widget_get_first_child (
                             gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (last))));
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PjNominationEditor *self = PJ_NOMINATION_EDITOR (widget);
  guint position = g_variant_get_uint32 (param);

  if (self->nomination == NULL ||
      position >= g_list_model_get_n_items (pj_nomination_get_team (self->nomination)))
    return;

  pj_nomination_remove_team_member (self->nomination, position);
  rebuild_team (self);
  mark_dirty (self);
}

static void
remove_unit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PjNominationEditor *self = PJ_NOMINATION_EDITOR (widget);
  gint64 unit_id = g_variant_get_int64 (param);
  const gint64 *ids;
  guint n_ids = 0;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (self->nomination == NULL)
    return;

  ids = pj_nomination_get_unit_ids (self->nomination, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] != unit_id)
      g_array_append_val (kept, ids[i]);
  if (kept->len == n_ids)
    return;

  pj_nomination_set_unit_ids (self->nomination, (const gint64 *) kept->data, kept->len);
  rebuild_units (self);
  mark_dirty (self);
  update_eligibility (self);
}

/* }}} */

/* Workspace {{{ */

static void
workspace_changed_cb (PjWorkspace        *workspace,
                      const char         *what,
                      PjNominationEditor *self)
{
  gboolean all = g_strcmp0 (what, "all") == 0;

  if (self->saving)
    return;

  if (all || g_strcmp0 (what, "unit") == 0)
    {
      reload_units (self);
      rebuild_units (self);
    }

  if (all || g_strcmp0 (what, "category") == 0)
    {
      reload_categories (self);
      populate (self);
    }

  if ((all || g_strcmp0 (what, "nomination") == 0 || g_strcmp0 (what, "eligibility") == 0) &&
      self->nomination_id != PJ_NO_ID && !self->dirty)
    {
      g_autoptr(PjNomination) fresh = NULL;
      g_autoptr(GError) error = NULL;

      fresh = pj_store_get_nomination (self->workspace, self->nomination_id, &error);
      if (fresh == NULL)
        {
          if (g_error_matches (error, PJ_ERROR, PJ_ERROR_NOT_FOUND))
            pj_nomination_editor_set_nomination_id (self, PJ_NO_ID);
          return;
        }
      if (self->nomination == NULL ||
          pj_nomination_get_version (fresh) != pj_nomination_get_version (self->nomination))
        load (self, fresh);
      else
        update_eligibility (self);
    }
}

/* }}} */

/* GObject {{{ */

static void
pj_nomination_editor_dispose (GObject *object)
{
  PjNominationEditor *self = PJ_NOMINATION_EDITOR (object);

  if (self->save_source != 0)
    pj_nomination_editor_save_now (self);
  g_clear_handle_id (&self->save_source, g_source_remove);

  g_clear_pointer (&self->bar, gtk_widget_unparent);
  g_clear_pointer (&self->message_revealer, gtk_widget_unparent);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);

  g_clear_object (&self->nomination);
  g_clear_object (&self->saved);
  g_clear_object (&self->previous);
  g_clear_object (&self->unit_model);
  g_clear_object (&self->unit_filter);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pj_nomination_editor_parent_class)->dispose (object);
}

static void
pj_nomination_editor_finalize (GObject *object)
{
  PjNominationEditor *self = PJ_NOMINATION_EDITOR (object);

  g_clear_pointer (&self->units, g_hash_table_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_hash_table_unref);
  g_clear_pointer (&self->category_ids, g_array_unref);
  g_clear_pointer (&self->save_message, g_free);

  G_OBJECT_CLASS (pj_nomination_editor_parent_class)->finalize (object);
}

static void
pj_nomination_editor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PjNominationEditor *self = PJ_NOMINATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_NOMINATION_ID:
      g_value_set_int64 (value, self->nomination_id);
      break;
    case PROP_SAVE_STATE:
      g_value_set_int (value, self->save_state);
      break;
    case PROP_SHOW_BACK:
      g_value_set_boolean (value, self->show_back);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_nomination_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PjNominationEditor *self = PJ_NOMINATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      pj_nomination_editor_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_NOMINATION_ID:
      pj_nomination_editor_set_nomination_id (self, g_value_get_int64 (value));
      break;
    case PROP_SHOW_BACK:
      pj_nomination_editor_set_show_back (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_nomination_editor_class_init (PjNominationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_nomination_editor_dispose;
  object_class->finalize = pj_nomination_editor_finalize;
  object_class->get_property = pj_nomination_editor_get_property;
  object_class->set_property = pj_nomination_editor_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, PJ_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOMINATION_ID] =
    g_param_spec_int64 ("nomination-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SAVE_STATE] =
    g_param_spec_int ("save-state", NULL, NULL, PJ_SAVE_STATE_NONE, PJ_SAVE_STATE_CONFLICT,
                      PJ_SAVE_STATE_NONE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SHOW_BACK] =
    g_param_spec_boolean ("show-back", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pjnominationeditor");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "editor.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "editor.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "editor.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-member", "u",
                                   remove_member_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-unit", "x", remove_unit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "editor.undo", NULL);
}

static void
pj_nomination_editor_init (PjNominationEditor *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->problems = g_hash_table_new (g_str_hash, g_str_equal);
  self->units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  build_bar (self);
  build_content (self);
  load (self, NULL);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
pj_nomination_editor_new (PjWorkspace *workspace)
{
  g_return_val_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace), NULL);

  return g_object_new (PJ_TYPE_NOMINATION_EDITOR, "workspace", workspace, NULL);
}

PjWorkspace *
pj_nomination_editor_get_workspace (PjNominationEditor *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION_EDITOR (self), NULL);

  return self->workspace;
}

void
pj_nomination_editor_set_workspace (PjNominationEditor *self,
                                    PjWorkspace        *workspace)
{
  g_return_if_fail (PJ_IS_NOMINATION_EDITOR (self));
  g_return_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  pj_nomination_editor_save_now (self);
  pj_nomination_editor_set_nomination_id (self, PJ_NO_ID);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    g_signal_connect (workspace, "changed", G_CALLBACK (workspace_changed_cb), self);
  if (self->attachments != NULL)
    g_object_set (self->attachments, "workspace", workspace, NULL);
  reload_units (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

gint64
pj_nomination_editor_get_nomination_id (PjNominationEditor *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION_EDITOR (self), PJ_NO_ID);

  return self->nomination_id;
}

void
pj_nomination_editor_set_nomination_id (PjNominationEditor *self,
                                        gint64              id)
{
  g_autoptr(PjNomination) nomination = NULL;

  g_return_if_fail (PJ_IS_NOMINATION_EDITOR (self));

  if (self->nomination_id == id)
    return;

  /* Leaving a nomination saves it. */
  pj_nomination_editor_save_now (self);

  self->nomination_id = id;
  if (id != PJ_NO_ID && self->workspace != NULL)
    {
      g_autoptr(GError) error = NULL;

      nomination = pj_store_get_nomination (self->workspace, id, &error);
      if (nomination == NULL)
        {
          g_warning ("Could not read nomination %" G_GINT64_FORMAT ": %s", id, error->message);
          self->nomination_id = PJ_NO_ID;
        }
    }
  load (self, nomination);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (self->scrolled)), 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMINATION_ID]);
}

PjNomination *
pj_nomination_editor_get_nomination (PjNominationEditor *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION_EDITOR (self), NULL);

  return self->nomination;
}

void
pj_nomination_editor_set_show_back (PjNominationEditor *self,
                                    gboolean            show_back)
{
  g_return_if_fail (PJ_IS_NOMINATION_EDITOR (self));

  show_back = !!show_back;
  if (self->show_back == show_back)
    return;

  self->show_back = show_back;
  gtk_widget_set_visible (self->back_button, show_back);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_BACK]);
}

PjSaveState
pj_nomination_editor_get_save_state (PjNominationEditor *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION_EDITOR (self), PJ_SAVE_STATE_NONE);

  return self->save_state;
}

const char *
pj_nomination_editor_get_save_message (PjNominationEditor *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION_EDITOR (self), NULL);

  return self->save_message;
}

gboolean
pj_nomination_editor_save_now (PjNominationEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjNomination) before = NULL;
  gint64 version;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_NOMINATION_EDITOR (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->nomination == NULL || !self->dirty)
    return TRUE;
  if (self->save_state == PJ_SAVE_STATE_CONFLICT)
    return FALSE;

  if (g_hash_table_size (self->problems) > 0)
    {
      GHashTableIter iter;
      gpointer message = NULL;

      g_hash_table_iter_init (&iter, self->problems);
      g_hash_table_iter_next (&iter, NULL, &message);
      set_state (self, PJ_SAVE_STATE_FAILED, message);
      return FALSE;
    }

  if (!pj_nomination_validate (self->nomination, &error))
    {
      set_state (self, PJ_SAVE_STATE_FAILED, error->message);
      return FALSE;
    }

  version = pj_nomination_get_version (self->nomination);
  self->saving = TRUE;
  ok = pj_store_update_nomination (self->workspace, self->nomination, &error);
  self->saving = FALSE;

  if (!ok)
    {
      if (g_error_matches (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE))
        set_state (self, PJ_SAVE_STATE_CONFLICT, NULL);
      else
        set_state (self, PJ_SAVE_STATE_FAILED, error->message);
      return FALSE;
    }

  self->dirty = FALSE;
  if (pj_nomination_get_version (self->nomination) != version)
    {
      g_set_object (&self->previous, self->saved);
      g_clear_object (&self->saved);
      self->saved = snapshot (self->nomination);
    }
  set_state (self, PJ_SAVE_STATE_SAVED, NULL);
  update_title (self);
  return TRUE;
}

gboolean
pj_nomination_editor_can_undo (PjNominationEditor *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION_EDITOR (self), FALSE);

  return self->previous != NULL;
}

GtkWidget *
pj_nomination_editor_get_field (PjNominationEditor *self,
                                const char         *key)
{
  g_return_val_if_fail (PJ_IS_NOMINATION_EDITOR (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->fields, key);
}

gboolean
pj_nomination_editor_add_unit (PjNominationEditor *self,
                               gint64              unit_id)
{
  g_return_val_if_fail (PJ_IS_NOMINATION_EDITOR (self), FALSE);

  if (self->nomination == NULL || !pj_nomination_add_unit_id (self->nomination, unit_id))
    return FALSE;

  rebuild_units (self);
  mark_dirty (self);
  update_eligibility (self);
  return TRUE;
}

/* }}} */
