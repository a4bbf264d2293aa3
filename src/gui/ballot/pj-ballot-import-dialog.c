/* pj-ballot-import-dialog.c: the organiser's preview and import of ballot
 * files, and the export of every juror's ballot into a folder
 *
 * Each file goes through the core's checks (pj_ballot_import_plan) before
 * anything is shown; nothing is written until Import. A conflicting sheet
 * (changed in the workspace after the export) is shown side by side and is
 * never overwritten.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-ballot-import-dialog"

#include "config.h"

#include "pj-ballot-import-dialog.h"

#include <glib/gi18n.h>

#include "pj-score-sheet.h"

struct _PjBallotImportDialog
{
  AdwWindow     parent_instance;

  PjWorkspace  *workspace;
  GPtrArray    *plans;       /* PjBallotImportPlan */
  GPtrArray    *rejected;    /* char * */
  char         *summary;
  gboolean      skip_conflicts;

  GtkWidget    *page;        /* AdwPreferencesPage */
  GtkWidget    *skip_switch;
  GtkWidget    *import_button;
};

G_DEFINE_FINAL_TYPE (PjBallotImportDialog, pj_ballot_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Building the preview {{{ */

static const char *
change_label (PjBallotSheetChange change)
{
  switch (change)
    {
    case PJ_BALLOT_SHEET_NEW:
      return _("New");
    case PJ_BALLOT_SHEET_CHANGED:
      return _("Changed");
    case PJ_BALLOT_SHEET_UNCHANGED:
      return _("Unchanged");
    case PJ_BALLOT_SHEET_CONFLICT:
      return _("Conflict");
    default:
      return "";
    }
}

static char *
score_text (PjScoreSheet *sheet,
            gint64        criterion_id)
{
  int value;

  if (sheet == NULL)
    return g_strdup ("—");
  value = pj_score_sheet_get_value (sheet, criterion_id);
  if (value < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%d", value);
}

static GtkWidget *
grid_label (const char *text,
            gboolean    heading,
            float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static const char *
status_text (PjScoreSheet *sheet,
             gboolean      in_workspace)
{
  if (sheet == NULL || (in_workspace && pj_score_sheet_get_id (sheet) == PJ_NO_ID))
    return _("No sheet");
  return pj_sheet_status_to_label (pj_score_sheet_get_status (sheet));
}

/* The workspace's sheet and the ballot's, per criterion. */
static GtkWidget *
side_by_side_new (PjBallotImportDialog    *self,
                  const PjBallotSheetPlan *sheet,
                  GListModel              *criteria)
{
  GtkWidget *grid = gtk_grid_new ();
  int row = 1;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);

  gtk_grid_attach (GTK_GRID (grid), grid_label (_("Criterion"), TRUE, 0), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), grid_label (_("In the Workspace"), TRUE, 1), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), grid_label (_("In the Ballot"), TRUE, 1), 2, 0, 1, 1);

  for (guint i = 0; criteria != NULL && i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(PjCriterion) criterion = g_list_model_get_item (criteria, i);
      gint64 id = pj_criterion_get_id (criterion);
      g_autofree char *mine = score_text (sheet->workspace, id);
      g_autofree char *theirs = score_text (sheet->ballot, id);
      GtkWidget *left, *right;

      if ((sheet->workspace == NULL || pj_score_sheet_get_value (sheet->workspace, id) < 0)
          && (sheet->ballot == NULL || pj_score_sheet_get_value (sheet->ballot, id) < 0))
        continue;

      left = grid_label (mine, FALSE, 1);
      right = grid_label (theirs, FALSE, 1);
      if (g_strcmp0 (mine, theirs) != 0)
        {
          gtk_widget_add_css_class (left, "warning");
          gtk_widget_add_css_class (right, "warning");
        }
      gtk_grid_attach (GTK_GRID (grid),
                       grid_label (pj_criterion_get_name (criterion), FALSE, 0), 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), left, 1, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), right, 2, row, 1, 1);
      row++;
    }

  gtk_grid_attach (GTK_GRID (grid), grid_label (_("Status"), FALSE, 0), 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), grid_label (status_text (sheet->workspace, TRUE), FALSE, 1),
                   1, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), grid_label (status_text (sheet->ballot, FALSE), FALSE, 1),
                   2, row, 1, 1);
  return grid;
}

static void
add_plan_group (PjBallotImportDialog *self,
                PjBallotImportPlan   *plan)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *summary = pj_ballot_import_plan_dup_summary (plan);
  g_autofree char *title = NULL;
  g_autoptr(GListModel) criteria = NULL;
  guint n_conflicts = pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CONFLICT);
  GtkWidget *row;

  /* Translators: a ballot file and its juror, "anna.prisjury-ballot — Anna Berg". */
  title = g_strdup_printf (_("%s — %s"), pj_ballot_import_plan_get_display_name (plan),
                           pj_ballot_import_plan_get_juror_name (plan));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), summary);

  if (n_conflicts > 0)
    criteria = pj_store_list_criteria (self->workspace,
                                       pj_ballot_import_plan_get_edition_id (plan), NULL);

  for (guint i = 0; i < pj_ballot_import_plan_get_n_sheets (plan); i++)
    {
      const PjBallotSheetPlan *sheet = pj_ballot_import_plan_get_sheet (plan, i);
      GtkWidget *badge = gtk_label_new (change_label (sheet->change));

      gtk_widget_add_css_class (badge, "caption-heading");
      if (sheet->change == PJ_BALLOT_SHEET_CONFLICT)
        {
          row = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sheet->title);
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                         _("Changed in the workspace after the export: "
                                           "the workspace’s sheet is kept"));
          gtk_widget_add_css_class (badge, "warning");
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row), badge);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                    side_by_side_new (self, sheet, criteria));
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
        }
      else
        {
          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sheet->title);
          if (sheet->change == PJ_BALLOT_SHEET_UNCHANGED)
            gtk_widget_add_css_class (badge, "dim-label");
          else
            gtk_widget_add_css_class (badge, "accent");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));
}

static void
add_rejected_group (PjBallotImportDialog *self)
{
  GtkWidget *group;

  if (self->rejected->len == 0)
    return;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Refused Files"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("These files are not imported."));
  for (guint i = 0; i < self->rejected->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
      g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (self->rejected, i), -1);

      gtk_widget_add_css_class (icon, "error");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));
}

static void
add_options_group (PjBallotImportDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  guint n_conflicts = 0;

  for (guint i = 0; i < self->plans->len; i++)
    n_conflicts += pj_ballot_import_plan_count (g_ptr_array_index (self->plans, i),
                                                PJ_BALLOT_SHEET_CONFLICT);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Skip Conflicting Sheets"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Import the rest of a ballot that has conflicts; "
                                 "otherwise such a ballot is not imported"));
  self->skip_switch = gtk_switch_new ();
  gtk_widget_set_valign (self->skip_switch, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->skip_switch), "import.skip-conflicts");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->skip_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->skip_switch);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_widget_set_visible (group, n_conflicts > 0);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));
}

/* }}} */

/* Actions {{{ */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PjBallotImportDialog *self = PJ_BALLOT_IMPORT_DIALOG (widget);
  guint n_imported = 0, n_sheets = 0, n_refused = 0;
  g_autofree char *first_error = NULL;
  GString *summary;

  for (guint i = 0; i < self->plans->len; i++)
    {
      PjBallotImportPlan *plan = g_ptr_array_index (self->plans, i);
      g_autoptr(GError) error = NULL;

      pj_ballot_import_plan_set_skip_conflicts (plan, self->skip_conflicts);
      if (pj_ballot_import_apply (plan, &error))
        {
          n_imported++;
          n_sheets += pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_NEW)
                      + pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CHANGED);
        }
      else
        {
          g_debug ("Ballot not imported: %s", error->message);
          n_refused++;
          if (first_error == NULL)
            first_error = g_strdup (error->message);
        }
    }
  n_refused += self->rejected->len;
  if (first_error == NULL && self->rejected->len > 0)
    first_error = g_strdup (g_ptr_array_index (self->rejected, 0));

  summary = g_string_new (NULL);
  g_string_append_printf (summary,
                          ngettext ("%u ballot imported", "%u ballots imported", n_imported),
                          n_imported);
  g_string_append (summary, ", ");
  g_string_append_printf (summary,
                          ngettext ("%u sheet written", "%u sheets written", n_sheets),
                          n_sheets);
  if (n_refused > 0)
    {
      g_string_append (summary, "; ");
      g_string_append_printf (summary, ngettext ("%u not imported: %s",
                                                 "%u not imported, the first: %s", n_refused),
                              n_refused, first_error);
    }

  g_free (self->summary);
  self->summary = g_string_free (summary, FALSE);
  gtk_widget_action_set_enabled (widget, "import.apply", FALSE);
  g_signal_emit (self, signals[SIGNAL_FINISHED], 0, self->summary);
  gtk_window_close (GTK_WINDOW (self));
}

/* }}} */

/* GObject {{{ */

static void
pj_ballot_import_dialog_dispose (GObject *object)
{
  PjBallotImportDialog *self = PJ_BALLOT_IMPORT_DIALOG (object);

  g_clear_pointer (&self->plans, g_ptr_array_unref);

  G_OBJECT_CLASS (pj_ballot_import_dialog_parent_class)->dispose (object);
}

static void
pj_ballot_import_dialog_finalize (GObject *object)
{
  PjBallotImportDialog *self = PJ_BALLOT_IMPORT_DIALOG (object);

  g_clear_pointer (&self->rejected, g_ptr_array_unref);
  g_clear_object (&self->workspace);
  g_free (self->summary);

  G_OBJECT_CLASS (pj_ballot_import_dialog_parent_class)->finalize (object);
}

static void
pj_ballot_import_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PjBallotImportDialog *self = PJ_BALLOT_IMPORT_DIALOG (object);

  if (prop_id == 1)
    g_value_set_boolean (value, self->skip_conflicts);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
pj_ballot_import_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PjBallotImportDialog *self = PJ_BALLOT_IMPORT_DIALOG (object);

  if (prop_id == 1)
    {
      gboolean skip = g_value_get_boolean (value);

      if (skip == self->skip_conflicts)
        return;
      self->skip_conflicts = skip;
      g_object_notify_by_pspec (object, pspec);
    }
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
install_properties (GObjectClass *object_class)
{
  object_class->get_property = pj_ballot_import_dialog_get_property;
  object_class->set_property = pj_ballot_import_dialog_set_property;
  g_object_class_install_property (object_class, 1,
                                   g_param_spec_boolean ("skip-conflicts", NULL, NULL, FALSE,
                                                         G_PARAM_READWRITE
                                                         | G_PARAM_STATIC_STRINGS
                                                         | G_PARAM_EXPLICIT_NOTIFY));
}

static void
pj_ballot_import_dialog_class_init (PjBallotImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_ballot_import_dialog_dispose;
  object_class->finalize = pj_ballot_import_dialog_finalize;
  install_properties (object_class);

  signals[SIGNAL_FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_property_action (widget_class, "import.skip-conflicts",
                                            "skip-conflicts");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pj_ballot_import_dialog_init (PjBallotImportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  self->plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pj_ballot_import_plan_free);
  self->rejected = g_ptr_array_new_with_free_func (g_free);

  gtk_window_set_title (GTK_WINDOW (self), _("Import Ballots"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->import_button), "import.apply");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  gtk_box_append (GTK_BOX (box), header);

  self->page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (self->page, TRUE);
  gtk_box_append (GTK_BOX (box), self->page);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
pj_ballot_import_dialog_new (GtkWindow  *parent,
                             PjWorkspace *workspace,
                             GFile      **files,
                             guint        n_files)
{
  PjBallotImportDialog *self;
  guint n_to_write = 0;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PJ_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (files != NULL || n_files == 0, NULL);

  self = g_object_new (PJ_TYPE_BALLOT_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->workspace = g_object_ref (workspace);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GError) error = NULL;
      PjBallotImportPlan *plan = pj_ballot_import_plan (workspace, files[i], &error);

      if (plan == NULL)
        {
          g_ptr_array_add (self->rejected, g_strdup (error->message));
          continue;
        }
      g_ptr_array_add (self->plans, plan);
      n_to_write += pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_NEW)
                    + pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CHANGED)
                    + pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CONFLICT);
    }

  add_options_group (self);
  add_rejected_group (self);
  for (guint i = 0; i < self->plans->len; i++)
    add_plan_group (self, g_ptr_array_index (self->plans, i));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", self->plans->len > 0);
  if (n_to_write == 0 && self->plans->len > 0)
    gtk_widget_set_tooltip_text (self->import_button,
                                 _("Nothing has changed: importing records the files only"));

  return GTK_WIDGET (self);
}

guint
pj_ballot_import_dialog_get_n_plans (PjBallotImportDialog *self)
{
  g_return_val_if_fail (PJ_IS_BALLOT_IMPORT_DIALOG (self), 0);

  return self->plans != NULL ? self->plans->len : 0;
}

PjBallotImportPlan *
pj_ballot_import_dialog_get_plan (PjBallotImportDialog *self,
                                  guint                 i)
{
  g_return_val_if_fail (PJ_IS_BALLOT_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (self->plans != NULL && i < self->plans->len, NULL);

  return g_ptr_array_index (self->plans, i);
}

guint
pj_ballot_import_dialog_get_n_rejected (PjBallotImportDialog *self)
{
  g_return_val_if_fail (PJ_IS_BALLOT_IMPORT_DIALOG (self), 0);

  return self->rejected->len;
}

const char *
pj_ballot_import_dialog_get_rejected (PjBallotImportDialog *self,
                                      guint                 i)
{
  g_return_val_if_fail (PJ_IS_BALLOT_IMPORT_DIALOG (self), NULL);
  g_return_val_if_fail (i < self->rejected->len, NULL);

  return g_ptr_array_index (self->rejected, i);
}

const char *
pj_ballot_import_dialog_get_summary (PjBallotImportDialog *self)
{
  g_return_val_if_fail (PJ_IS_BALLOT_IMPORT_DIALOG (self), NULL);

  return self->summary;
}

/* }}} */

/* Choosing files {{{ */

typedef struct
{
  PjWorkspace         *workspace;
  PjEdition           *edition;
  GtkWindow           *parent;
  PjBallotMessageFunc  done;
  gpointer             user_data;
  GDestroyNotify       user_data_free;
} ChooseData;

static void
choose_data_free (ChooseData *data)
{
  g_clear_object (&data->workspace);
  g_clear_object (&data->edition);
  g_clear_weak_pointer (&data->parent);
  if (data->user_data_free != NULL)
    data->user_data_free (data->user_data);
  g_free (data);
}

static ChooseData *
choose_data_new (GtkWindow           *parent,
                 PjWorkspace         *workspace,
                 PjEdition           *edition,
                 PjBallotMessageFunc  done,
                 gpointer             user_data,
                 GDestroyNotify       user_data_free)
{
  ChooseData *data = g_new0 (ChooseData, 1);

  data->workspace = g_object_ref (workspace);
  data->edition = edition != NULL ? g_object_ref (edition) : NULL;
  g_set_weak_pointer (&data->parent, parent);
  data->done = done;
  data->user_data = user_data;
  data->user_data_free = user_data_free;
  return data;
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    ChooseData      *data)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    dir = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (dir != NULL)
    {
      if (pj_ballot_export_all (data->workspace, pj_edition_get_id (data->edition), dir,
                                &files, &error))
        message = g_strdup_printf (ngettext ("%u ballot exported", "%u ballots exported",
                                             files->len), files->len);
      else
        message = g_strdup (error->message);
      if (data->done != NULL)
        data->done (message, data->user_data);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  choose_data_free (data);
}

void
pj_ballot_export_choose_folder (GtkWindow           *parent,
                                PjWorkspace         *workspace,
                                PjEdition           *edition,
                                PjBallotMessageFunc  done,
                                gpointer             user_data,
                                GDestroyNotify       user_data_free)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (PJ_IS_WORKSPACE (workspace));
  g_return_if_fail (PJ_IS_EDITION (edition));

  chooser = gtk_file_chooser_native_new (_("Export Ballots"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb),
                    choose_data_new (parent, workspace, edition, done, user_data,
                                     user_data_free));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_finished_cb (PjBallotImportDialog *dialog,
                    const char           *summary,
                    ChooseData           *data)
{
  if (data->done != NULL)
    data->done (summary, data->user_data);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    ChooseData      *data)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *dialog;

  if (response == GTK_RESPONSE_ACCEPT)
    files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (files == NULL || g_list_model_get_n_items (files) == 0)
    {
      choose_data_free (data);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));

  dialog = pj_ballot_import_dialog_new (data->parent, data->workspace,
                                        (GFile **) array->pdata, array->len);
  g_signal_connect_data (dialog, "finished", G_CALLBACK (import_finished_cb), data,
                         (GClosureNotify) (void (*) (void)) choose_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
pj_ballot_import_choose_files (GtkWindow           *parent,
                               PjWorkspace         *workspace,
                               PjBallotMessageFunc  done,
                               gpointer             user_data,
                               GDestroyNotify       user_data_free)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (PJ_IS_WORKSPACE (workspace));

  chooser = gtk_file_chooser_native_new (_("Import Ballots"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Prisjury Ballots"));
  gtk_file_filter_add_pattern (filter, "*" PJ_BALLOT_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/x-prisjury-ballot");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb),
                    choose_data_new (parent, workspace, NULL, done, user_data,
                                     user_data_free));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* }}} */
