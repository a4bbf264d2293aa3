/* pj-import-dialog.c: Import Nominations…, a file, its preview, the import
 *
 * Three pages: choose a file; the preview (counts, the columns not
 * recognised with a field to read each as, the units to create, every row
 * with its status and reason); the summary. Nothing is written before
 * Import, and then in one transaction off the main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-import-dialog"

#include "config.h"

#include "pj-import-dialog.h"
#include "pj-import-dialog-private.h"

#include <glib/gi18n.h>

#include "pj-csv.h"
#include "pj-import.h"

struct _PjImportDialog
{
  AdwWindow             parent_instance;

  PjWorkspace          *ws;
  gint64                edition_id;
  PjImportPlan         *plan;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  char                 *source_text;   /* "Read as UTF-8, separated by commas" */
  gboolean              applying;
  gboolean              updating;

  AdwWindowTitle       *window_title;
  GtkWidget            *import_button;
  GtkWidget            *cancel_button;
  GtkWidget            *another_button;
  GtkWidget            *spinner;
  GtkProgressBar       *progress_bar;
  GtkStack             *stack;
  AdwStatusPage        *choose_page;
  GtkLabel             *counts_label;
  GtkLabel             *details_label;
  GtkLabel             *error_label;
  AdwPreferencesGroup  *mapping_group;
  GPtrArray            *mapping_rows;  /* AdwComboRow, data "column" */
  GtkWidget            *units_row;
  GtkSwitch            *units_switch;
  GtkColumnView        *column_view;
  GtkNoSelection       *selection;
  AdwStatusPage        *done_page;
};

G_DEFINE_FINAL_TYPE (PjImportDialog, pj_import_dialog, ADW_TYPE_WINDOW)

static void refresh (PjImportDialog *self);

/* Helpers ----------------------------------------------------------------- */

static void
show_error (PjImportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_actions (PjImportDialog *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean in_preview = g_strcmp0 (page, "preview") == 0;
  gboolean done = g_strcmp0 (page, "done") == 0;
  gboolean can_import = in_preview && !self->applying && self->plan != NULL &&
                        pj_import_plan_count (self->plan, PJ_IMPORT_ROW_WILL_IMPORT) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", can_import);
  gtk_widget_set_visible (self->import_button, in_preview);
  gtk_widget_set_visible (self->cancel_button, !done);
  gtk_widget_set_visible (self->another_button, !done);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file",
                                 !self->applying && !done);
  gtk_widget_set_visible (self->spinner, self->applying);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), self->applying);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), self->applying);
}

static GListModel *
field_names_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  /* Translators: in the import preview, what to do with a column */
  gtk_string_list_append (list, _("Ignore"));
  for (int f = 0; f < PJ_N_IMPORT_FIELDS; f++)
    gtk_string_list_append (list, pj_import_field_to_label (f));
  return G_LIST_MODEL (list);
}

/* Mapping ----------------------------------------------------------------- */

static void
mapping_selected_cb (AdwComboRow    *row,
                     GParamSpec     *pspec,
                     PjImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint selected = adw_combo_row_get_selected (row);
  PjImportField field = selected == 0 || selected == GTK_INVALID_LIST_POSITION
                        ? PJ_IMPORT_FIELD_NONE : (PjImportField) (selected - 1);

  if (self->updating || self->plan == NULL)
    return;

  pj_import_plan_set_column_field (self->plan, column, field);
  refresh (self);
}

static void
clear_mapping_rows (PjImportDialog *self)
{
  for (guint i = 0; i < self->mapping_rows->len; i++)
    adw_preferences_group_remove (self->mapping_group,
                                  g_ptr_array_index (self->mapping_rows, i));
  g_ptr_array_set_size (self->mapping_rows, 0);
}

/* One row per column the file's header did not give a field. */
static void
build_mapping_rows (PjImportDialog *self)
{
  clear_mapping_rows (self);

  for (guint c = 0; c < pj_import_plan_get_n_columns (self->plan); c++)
    {
      g_autoptr(GListModel) model = NULL;
      AdwComboRow *row;

      if (pj_import_plan_get_column_field (self->plan, c) != PJ_IMPORT_FIELD_NONE)
        continue;

      model = field_names_model ();
      row = ADW_COMBO_ROW (adw_combo_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     pj_import_plan_get_header (self->plan, c));
      adw_combo_row_set_model (row, model);
      adw_combo_row_set_selected (row, 0);
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (c));
      g_signal_connect (row, "notify::selected", G_CALLBACK (mapping_selected_cb), self);
      adw_preferences_group_add (self->mapping_group, GTK_WIDGET (row));
      g_ptr_array_add (self->mapping_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->mapping_group), self->mapping_rows->len > 0);
}

/* Refreshing the preview -------------------------------------------------- */

static void
refresh (PjImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *counts = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  g_auto(GStrv) ignored = NULL;
  const char * const *missing;

  if (self->plan == NULL)
    return;

  pj_import_plan_set_create_units (self->plan, gtk_switch_get_active (self->units_switch));
  if (!pj_import_plan_check (self->plan, self->ws, self->edition_id, &error))
    {
      show_error (self, error->message);
      update_actions (self);
      return;
    }
  show_error (self, NULL);

  counts = pj_import_plan_dup_summary (self->plan);
  gtk_label_set_text (self->counts_label, counts);

  g_string_append (details, self->source_text);
  ignored = pj_import_plan_dup_unmapped_headers (self->plan);
  if (ignored[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", ignored);

      g_string_append (details, " · ");
      g_string_append_printf (details, _("Ignored columns: %s"), joined);
    }
  gtk_label_set_text (self->details_label, details->str);

  missing = pj_import_plan_get_missing_units (self->plan);
  gtk_widget_set_visible (self->units_row, missing[0] != NULL);
  if (missing[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) missing);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->units_row), joined);
    }

  gtk_no_selection_set_model (self->selection, pj_import_plan_get_rows (self->plan));
  update_actions (self);
}

static void
units_switch_cb (GtkSwitch      *sw,
                 GParamSpec     *pspec,
                 PjImportDialog *self)
{
  if (!self->updating)
    refresh (self);
}

/* Loading a file ---------------------------------------------------------- */

static char *
describe_source (const PjCsvTable *table)
{
  const char *encoding;

  switch (pj_csv_table_get_encoding (table))
    {
    case PJ_CSV_ENCODING_WINDOWS_1252:
      encoding = "Windows-1252";
      break;
    case PJ_CSV_ENCODING_UTF8_BOM:
    case PJ_CSV_ENCODING_UTF8:
    default:
      encoding = "UTF-8";
    }

  if (pj_csv_table_get_separator (table) == ';')
    /* Translators: %s is an encoding such as UTF-8 or Windows-1252 */
    return g_strdup_printf (_("Read as %s, separated by semicolons"), encoding);
  /* Translators: %s is an encoding such as UTF-8 or Windows-1252 */
  return g_strdup_printf (_("Read as %s, separated by commas"), encoding);
}

void
pj_import_dialog_load_file (PjImportDialog *self,
                            GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjCsvTable) table = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (PJ_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!self->applying);

  name = g_file_get_basename (file);
  table = pj_csv_parse_file (file, self->cancellable, &error);
  if (table == NULL)
    {
      g_autofree char *description =
        /* Translators: the first %s is a file name, the second says what is wrong */
        g_strdup_printf (_("“%s” cannot be imported. %s"), name, error->message);
      g_autofree char *markup = g_markup_escape_text (description, -1);

      g_clear_object (&self->plan);
      adw_status_page_set_title (self->choose_page, _("The File Cannot Be Read"));
      adw_status_page_set_icon_name (self->choose_page, "dialog-warning-symbolic");

      adw_status_page_set_description (self->choose_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "choose");
      adw_window_title_set_subtitle (self->window_title, "");
      update_actions (self);
      return;
    }

  g_free (self->source_text);
  self->source_text = describe_source (table);

  g_clear_object (&self->plan);
  self->plan = pj_import_plan_new (g_steal_pointer (&table), name);

  self->updating = TRUE;
  gtk_switch_set_active (self->units_switch, FALSE);
  build_mapping_rows (self);
  self->updating = FALSE;

  adw_window_title_set_subtitle (self->window_title, name);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  refresh (self);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PjImportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        pj_import_dialog_load_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PjImportDialog *self = PJ_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_pattern (csv, "*.txt");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Applying ---------------------------------------------------------------- */

static void
apply_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  PjImportPlan *plan = PJ_IMPORT_PLAN (object);
  g_autoptr(PjImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *summary = NULL;
  g_autofree char *markup = NULL;
  GListModel *rows;
  guint shown = 0;

  if (!pj_import_plan_apply_finish (plan, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      self->applying = FALSE;
      show_error (self, error->message);
      update_actions (self);
      return;
    }
  self->applying = FALSE;

  rows = pj_import_plan_get_rows (plan);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PjImportRow) row = g_list_model_get_item (rows, i);

      if (pj_import_row_get_status (row) == PJ_IMPORT_ROW_WILL_IMPORT)
        continue;
      if (shown == 5)
        {
          g_string_append (description, "\n…");
          break;
        }
      if (description->len > 0)
        g_string_append_c (description, '\n');
      /* Translators: a skipped row, "Line 7: The title is missing." */
      g_string_append_printf (description, _("Line %u: %s"), pj_import_row_get_line (row),
                              pj_import_row_get_reason (row));
      shown++;
    }
  if (pj_import_plan_get_n_units_created (plan) > 0)
    {
      guint n = pj_import_plan_get_n_units_created (plan);

      if (description->len > 0)
        g_string_append (description, "\n\n");
      g_string_append_printf (description,
                              g_dngettext (GETTEXT_PACKAGE, "%u unit was created.",
                                           "%u units were created.", n), n);
    }

  summary = pj_import_plan_dup_summary (plan);
  markup = g_markup_escape_text (description->str, -1);
  adw_status_page_set_title (self->done_page, summary);
  adw_status_page_set_description (self->done_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "done");
  update_actions (self);
}

/* Called on the main loop while the import writes; holds the dialog weakly,
 * since the plan it belongs to outlives neither. */
static void
apply_progress_cb (guint    done,
                   guint    total,
                   gpointer user_data)
{
  g_autoptr(PjImportDialog) self = g_weak_ref_get (user_data);
  g_autofree char *text = NULL;

  if (self == NULL || total == 0)
    return;

  /* Translators: progress of an import, e.g. "Imported 1000 of 5000 rows" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u of %u row",
                                       "Imported %u of %u rows", total),
                          done, total);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PjImportDialog *self = PJ_IMPORT_DIALOG (widget);
  GWeakRef *ref;

  if (self->plan == NULL || self->applying)
    return;

  self->applying = TRUE;
  show_error (self, NULL);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  pj_import_plan_set_progress_func (self->plan, 200, apply_progress_cb, ref, weak_ref_free);
  update_actions (self);
  pj_import_plan_apply_async (self->plan, self->ws, self->cancellable, apply_done_cb,
                              g_object_ref (self));
}

/* The preview's columns --------------------------------------------------- */

typedef enum
{
  COL_LINE,
  COL_TITLE,
  COL_CATEGORY,
  COL_UNITS,
  COL_STATUS,
  COL_REASON,
} PreviewColumn;

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  data)
{
  PreviewColumn column = GPOINTER_TO_INT (data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == COL_LINE ? 1.0 : 0.0);
  if (column == COL_REASON)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_label_set_width_chars (GTK_LABEL (label), 16);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
    }
  if (column == COL_LINE)
    gtk_widget_add_css_class (label, "numeric");
  if (column == COL_LINE || column == COL_REASON)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  PreviewColumn column = GPOINTER_TO_INT (data);
  PjImportRow *row = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *line = NULL;
  const char *text = "";

  switch (column)
    {
    case COL_LINE:
      text = line = g_strdup_printf ("%u", pj_import_row_get_line (row));
      break;
    case COL_TITLE:
      text = pj_import_row_get_title (row);
      break;
    case COL_CATEGORY:
      text = pj_import_row_get_category (row);
      break;
    case COL_UNITS:
      text = pj_import_row_get_units (row);
      break;
    case COL_REASON:
      text = pj_import_row_get_reason (row);
      break;
    case COL_STATUS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label),
                               column != COL_LINE && *text != '\0' ? text : NULL);
}

static void
setup_status_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (item, box);
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  data)
{
  static const char * const icons[PJ_N_IMPORT_ROW_STATUSES] = {
    "object-select-symbolic", "dialog-error-symbolic", "edit-copy-symbolic",
  };
  static const char * const classes[PJ_N_IMPORT_ROW_STATUSES] = {
    "success", "error", "warning",
  };
  PjImportRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  PjImportRowStatus status = pj_import_row_get_status (row);

  for (guint i = 0; i < PJ_N_IMPORT_ROW_STATUSES; i++)
    gtk_widget_remove_css_class (box, classes[i]);
  gtk_widget_add_css_class (box, classes[status]);
  gtk_image_set_from_icon_name (GTK_IMAGE (image), icons[status]);
  gtk_label_set_text (GTK_LABEL (label), pj_import_row_status_to_label (status));
}

static void
add_column (PjImportDialog *self,
            const char     *title,
            PreviewColumn   column,
            int             fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  if (column == COL_STATUS)
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_status_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_status_cb), NULL);
    }
  else
    {
      g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb),
                        GINT_TO_POINTER (column));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), GINT_TO_POINTER (column));
    }

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  /* The reason takes what is left; the others a width that shows most
   * titles and unit names, with the whole text in a tooltip. */
  gtk_column_view_column_set_expand (view_column, fixed_width < 0);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

/* Building ---------------------------------------------------------------- */

static GtkWidget *
build_choose_page (PjImportDialog *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Choose File…"));

  self->choose_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->choose_page, "document-open-symbolic");
  adw_status_page_set_title (self->choose_page, _("Import Nominations"));
  adw_status_page_set_description (self->choose_page,
    _("Choose a CSV file from a web form or Excel. You see every row before anything is "
      "imported."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "import.choose-file");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_status_page_set_child (self->choose_page, button);
  return GTK_WIDGET (self->choose_page);
}

static GtkWidget *
build_preview_page (PjImportDialog *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *settings = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *settings_scroll = gtk_scrolled_window_new ();
  GtkWidget *units_group = adw_preferences_group_new ();
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_widget_set_margin_top (page, 18);
  gtk_widget_set_margin_bottom (page, 18);
  gtk_widget_set_margin_start (page, 18);
  gtk_widget_set_margin_end (page, 18);

  self->counts_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->counts_label, 0);
  gtk_label_set_wrap (self->counts_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->counts_label), "title-3");
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->counts_label));

  self->details_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->details_label, 0);
  gtk_label_set_wrap (self->details_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->details_label), "dim-label");
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->details_label));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->error_label, 0);
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_selectable (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (page), header);

  /* Columns not recognised, and units to create */
  self->mapping_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->mapping_group, _("Columns Not Recognised"));
  adw_preferences_group_set_description (self->mapping_group,
    _("Choose the field each column holds, or leave it ignored."));
  gtk_box_append (GTK_BOX (settings), GTK_WIDGET (self->mapping_group));

  self->units_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->units_switch), GTK_ALIGN_CENTER);
  g_signal_connect (self->units_switch, "notify::active", G_CALLBACK (units_switch_cb), self);
  self->units_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->units_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->units_row),
                                 _("Create Missing Units"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->units_row),
                             GTK_WIDGET (self->units_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->units_row),
                                         GTK_WIDGET (self->units_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (units_group), self->units_row);
  gtk_box_append (GTK_BOX (settings), units_group);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (settings_scroll), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (settings_scroll),
                                                    TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (settings_scroll), 220);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (settings_scroll), settings);
  gtk_box_append (GTK_BOX (page), settings_scroll);

  /* The rows */
  self->selection = gtk_no_selection_new (NULL);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (
                                         GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_column_separators (self->column_view, FALSE);
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  /* Translators: column of the import preview: the file's line number */
  add_column (self, _("Line"), COL_LINE, 0);
  add_column (self, _("Title"), COL_TITLE, 220);
  add_column (self, _("Category"), COL_CATEGORY, 140);
  add_column (self, _("Units"), COL_UNITS, 160);
  add_column (self, _("Status"), COL_STATUS, 0);
  add_column (self, _("Reason"), COL_REASON, -1);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), GTK_WIDGET (self->column_view));
  gtk_widget_set_vexpand (scroll, TRUE);
  gtk_frame_set_child (GTK_FRAME (frame), scroll);
  gtk_box_append (GTK_BOX (page), frame);

  return page;
}

static GtkWidget *
build_done_page (PjImportDialog *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Close"));

  self->done_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->done_page, "object-select-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "window.close");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_status_page_set_child (self->done_page, button);
  return GTK_WIDGET (self->done_page);
}

/* GObject ----------------------------------------------------------------- */

static void
pj_import_dialog_dispose (GObject *object)
{
  PjImportDialog *self = PJ_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (pj_import_dialog_parent_class)->dispose (object);
}

static void
pj_import_dialog_finalize (GObject *object)
{
  PjImportDialog *self = PJ_IMPORT_DIALOG (object);

  g_clear_object (&self->ws);
  g_clear_object (&self->plan);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->mapping_rows, g_ptr_array_unref);
  g_free (self->source_text);

  G_OBJECT_CLASS (pj_import_dialog_parent_class)->finalize (object);
}

static void
pj_import_dialog_class_init (PjImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_import_dialog_dispose;
  object_class->finalize = pj_import_dialog_finalize;

  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL,
                                   choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "import.choose-file", NULL);
}

static void
pj_import_dialog_init (PjImportDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header_bar = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *another = gtk_button_new_from_icon_name ("document-open-symbolic");

  self->cancel_button = cancel;
  self->another_button = another;

  self->cancellable = g_cancellable_new ();
  self->mapping_rows = g_ptr_array_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Import Nominations"));
  gtk_window_set_default_size (GTK_WINDOW (self), 960, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Import Nominations"), ""));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header_bar),
                                   GTK_WIDGET (self->window_title));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header_bar), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header_bar), FALSE);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header_bar), cancel);

  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->import_button), "import.apply");
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header_bar), self->import_button);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (another), "import.choose-file");
  gtk_widget_set_tooltip_text (another, _("Choose Another File"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header_bar), another);

  self->spinner = gtk_spinner_new ();
  adw_header_bar_pack_end (ADW_HEADER_BAR (header_bar), self->spinner);
  gtk_box_append (GTK_BOX (content), header_bar);

  self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (self->progress_bar, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->progress_bar), "osd");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->progress_bar));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, build_choose_page (self), "choose");
  gtk_stack_add_named (self->stack, build_preview_page (self), "preview");
  gtk_stack_add_named (self->stack, build_done_page (self), "done");
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->stack));

  adw_window_set_content (ADW_WINDOW (self), content);
  g_signal_connect_swapped (self->stack, "notify::visible-child",
                            G_CALLBACK (update_actions), self);
  update_actions (self);
}

/* Public API -------------------------------------------------------------- */

GtkWindow *
pj_import_dialog_new (GtkWindow   *parent,
                      PjWorkspace *ws,
                      gint64       edition_id)
{
  PjImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);

  self = g_object_new (PJ_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->ws = g_object_ref (ws);
  self->edition_id = edition_id;
  return GTK_WINDOW (self);
}

PjImportPlan *
pj_import_dialog_get_plan (PjImportDialog *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_DIALOG (self), NULL);
  return self->plan;
}

const char *
pj_import_dialog_get_page (PjImportDialog *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
pj_import_dialog_get_counts_text (PjImportDialog *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_DIALOG (self), NULL);
  return gtk_label_get_text (self->counts_label);
}

AdwComboRow *
pj_import_dialog_get_mapping_row (PjImportDialog *self,
                                  const char     *header)
{
  g_return_val_if_fail (PJ_IS_IMPORT_DIALOG (self), NULL);

  for (guint i = 0; i < self->mapping_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->mapping_rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), header) == 0)
        return row;
    }
  return NULL;
}

GtkSwitch *
pj_import_dialog_get_create_units_switch (PjImportDialog *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_DIALOG (self), NULL);
  return self->units_switch;
}

GtkProgressBar *
pj_import_dialog_get_progress_bar (PjImportDialog *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_DIALOG (self), NULL);

  return self->progress_bar;
}

const char *
pj_import_dialog_get_result_text (PjImportDialog *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_DIALOG (self), NULL);

  if (gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return gtk_label_get_text (self->error_label);
  return adw_status_page_get_title (self->done_page);
}
