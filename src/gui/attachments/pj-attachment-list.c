/* pj-attachment-list.c: the attachments of one nomination
 *
 * A boxed GtkListBox bound to the nomination's attachments (filtered to
 * hide the ones waiting for their Undo toast), an Add Attachment… button
 * and a drop target for files. Files are added one after another in the
 * background with a progress bar; Open extracts into the user's cache and
 * hands the file to the system viewer; Save As… extracts where the user
 * chooses. Content always comes out through the store, which checks its
 * SHA-256.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-attachment-list"

#include "config.h"

#include "pj-attachment-list.h"
#include "pj-attachment-list-private.h"
#include "pj-gui-util.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pj-store-attachment.h"

struct _PjAttachmentList
{
  GtkWidget           parent_instance;

  PjWorkspace        *workspace;
  gint64              nomination_id;

  GListStore         *store;        /* PjAttachment */
  GtkCustomFilter    *filter;
  GtkFilterListModel *visible;
  GHashTable         *hidden;       /* gint64 * ids waiting for their toast */
  GPtrArray          *pending;      /* PendingRemove */
  GQueue              queue;        /* GFile * waiting to be added */
  GFile              *adding;
  gboolean            busy;
  gboolean            disposing;
  GCancellable       *cancellable;
  GtkNativeDialog    *chooser;
  gint64              save_id;
  AdwToast           *last_toast;   /* weak */

  /* Template */
  GtkWidget          *box;
  GtkWidget          *title_label;
  GtkWidget          *description_label;
  GtkWidget          *list_box;
  GtkWidget          *progress_box;
  GtkWidget          *progress_label;
  GtkWidget          *progress_bar;
  GtkWidget          *add_button;
};

G_DEFINE_FINAL_TYPE (PjAttachmentList, pj_attachment_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_NOMINATION_ID,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  PjAttachmentList *self;
  gint64            id;
  AdwToast         *toast;
  guint             idle_id;
  gboolean          done;
  gboolean          dismissed;
} PendingRemove;

/* An extraction in flight: where to, and what to say afterwards. */
typedef struct
{
  PjAttachmentList *self;
  GFile            *file;
  char             *name;
} Extraction;

static void reload (PjAttachmentList *self);

/* Helpers {{{ */

static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_parse_name (file);
  return g_filename_display_name (basename);
}

static void
show_toast (PjAttachmentList *self,
            AdwToast         *toast)
{
  g_autofree char *title = g_strdup (adw_toast_get_title (toast));
  AdwToast *shown = pj_gui_add_toast (GTK_WIDGET (self), toast);

  if (shown == NULL)
    g_warning ("%s", title);
  else
    g_set_weak_pointer (&self->last_toast, shown);
}

static void
toast_message (PjAttachmentList *self,
               const char       *message,
               gboolean          is_error)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  if (is_error)
    {
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_set_timeout (toast, 0);
    }
  show_toast (self, toast);
}

static void
toast_error (PjAttachmentList *self,
             const GError     *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  toast_message (self, error->message, TRUE);
}

static gboolean
can_edit (PjAttachmentList *self)
{
  return self->workspace != NULL && self->nomination_id > 0;
}

static void
update_actions (PjAttachmentList *self)
{
  gboolean enabled = can_edit (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.add", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.open", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.save-as", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "attachments.remove", enabled);
}

static PjAttachment *
find_attachment (PjAttachmentList *self,
                 gint64            id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjAttachment) a = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (pj_attachment_get_id (a) == id)
        return g_steal_pointer (&a);
    }
  return NULL;
}

static void
set_busy (PjAttachmentList *self,
          gboolean          busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  gtk_widget_set_visible (self->progress_box, busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
hide_id (PjAttachmentList *self,
         gint64            id)
{
  g_hash_table_add (self->hidden, g_memdup2 (&id, sizeof id));
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_MORE_STRICT);
}

static void
unhide_id (PjAttachmentList *self,
           gint64            id)
{
  if (g_hash_table_remove (self->hidden, &id) && !self->disposing)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
}

static gboolean
filter_visible_cb (gpointer item,
                   gpointer user_data)
{
  PjAttachmentList *self = user_data;
  gint64 id = pj_attachment_get_id (item);

  return !g_hash_table_contains (self->hidden, &id);
}

static void
extraction_free (Extraction *x)
{
  g_clear_object (&x->self);
  g_clear_object (&x->file);
  g_free (x->name);
  g_free (x);
}

static Extraction *
extraction_new (PjAttachmentList *self,
                GFile            *file,
                const char       *name)
{
  Extraction *x = g_new0 (Extraction, 1);

  x->self = g_object_ref (self);
  x->file = g_object_ref (file);
  x->name = g_strdup (name);
  return x;
}

/* }}} */

/* Rows {{{ */

static GtkWidget *
row_button (const char *icon_name,
            const char *tooltip,
            const char *accessible_label,
            const char *action,
            gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  PjAttachment *a = item;
  const char *name = pj_attachment_get_name (a);
  gint64 id = pj_attachment_get_id (a);
  g_autofree char *content_type = g_content_type_guess (name, NULL, 0, NULL);
  g_autoptr(GIcon) icon = g_content_type_get_symbolic_icon (content_type);
  g_autofree char *type_description = g_content_type_get_description (content_type);
  g_autofree char *size = g_format_size ((guint64) pj_attachment_get_size (a));
  g_autofree char *hash = pj_attachment_dup_short_hash (a);
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *open_label = NULL;
  g_autofree char *save_label = NULL;
  g_autofree char *remove_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_gicon (icon);
  GtkWidget *open;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
  /* Translators: under an attachment's name: its size and the start of its
   * SHA-256 hash, "1.2 MB · SHA-256 3f9a1c2b" */
  subtitle = g_strdup_printf (_("%s · SHA-256 %s"), size, hash);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* Translators: tooltip of an attachment: its name and full SHA-256 hash */
  tooltip = g_strdup_printf (_("%s\nSHA-256: %s"), name, pj_attachment_get_sha256 (a));
  gtk_widget_set_tooltip_text (row, tooltip);

  gtk_image_set_icon_size (GTK_IMAGE (image), GTK_ICON_SIZE_NORMAL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, type_description,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);

  /* Translators: accessible names of an attachment's buttons */
  open_label = g_strdup_printf (_("Open “%s”"), name);
  save_label = g_strdup_printf (_("Save “%s” As…"), name);
  remove_label = g_strdup_printf (_("Remove “%s”"), name);

  open = row_button ("document-open-symbolic", _("Open"), open_label, "attachments.open", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("document-save-as-symbolic", _("Save As…"), save_label,
                                         "attachments.save-as", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button ("user-trash-symbolic", _("Remove"), remove_label,
                                         "attachments.remove", id));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);

  return row;
}

/* }}} */

/* Adding {{{ */

static void start_next (PjAttachmentList *self);

static void
add_progress_cb (gint64   done,
                 gint64   total,
                 gpointer user_data)
{
  PjAttachmentList *self = user_data;

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                 total > 0 ? (double) done / (double) total : 1.0);
}

static void
add_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PjAttachmentList) self = user_data;
  g_autoptr(PjAttachment) attachment = NULL;
  g_autoptr(GError) error = NULL;

  attachment = pj_store_add_attachment_finish (PJ_WORKSPACE (source), result, &error);
  g_clear_object (&self->adding);
  if (self->disposing)
    return;

  if (attachment == NULL)
    toast_error (self, error);
  start_next (self);
}

static void
start_next (PjAttachmentList *self)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;

  if (self->adding != NULL)
    return;

  self->adding = g_queue_pop_head (&self->queue);
  if (self->adding == NULL || !can_edit (self))
    {
      g_clear_object (&self->adding);
      g_queue_clear_full (&self->queue, g_object_unref);
      set_busy (self, FALSE);
      return;
    }

  name = file_display_name (self->adding);
  /* Translators: shown with a progress bar while a file is copied in */
  label = g_strdup_printf (_("Adding “%s”…"), name);
  gtk_label_set_text (GTK_LABEL (self->progress_label), label);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0.0);
  set_busy (self, TRUE);

  pj_store_add_attachment_async (self->workspace, self->nomination_id, self->adding,
                                 add_progress_cb, self, NULL,
                                 self->cancellable, add_done_cb, g_object_ref (self));
}

static void
add_response_cb (GtkNativeDialog  *dialog,
                 int               response,
                 PjAttachmentList *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          pj_attachment_list_add_file (self, file);
        }
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
add_action_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PjAttachmentList *self = PJ_ATTACHMENT_LIST (widget);
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Add Attachments"),
                                         pj_gui_parent_window (GTK_WIDGET (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Add"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (add_response_cb), self);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static gboolean
drop_cb (GtkDropTarget    *target,
         const GValue     *value,
         double            x,
         double            y,
         PjAttachmentList *self)
{
  GSList *files;

  if (!can_edit (self) || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    pj_attachment_list_add_file (self, l->data);
  g_slist_free (files);
  return TRUE;
}

/* }}} */

/* Open and Save As {{{ */

static void
launch_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Extraction *x = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error) && !x->self->disposing &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: "Could not open “report.pdf”: <reason>" */
      g_autofree char *message = g_strdup_printf (_("Could not open “%s”: %s"),
                                                  x->name, error->message);

      toast_message (x->self, message, TRUE);
    }
  extraction_free (x);
}

static void
open_extracted_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Extraction *x = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (!pj_store_extract_attachment_finish (PJ_WORKSPACE (source), result, &error))
    {
      if (!x->self->disposing)
        toast_error (x->self, error);
      extraction_free (x);
      return;
    }
  if (x->self->disposing)
    {
      extraction_free (x);
      return;
    }

  uri = g_file_get_uri (x->file);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (x->self)));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context),
                                           x->self->cancellable, launch_done_cb, x);
}

static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PjAttachmentList *self = PJ_ATTACHMENT_LIST (widget);
  g_autoptr(PjAttachment) a = find_attachment (self, g_variant_get_int64 (parameter));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  if (a == NULL)
    return;

  file = pj_attachment_list_cache_file (a);
  folder = g_file_get_parent (file);
  if (!g_file_make_directory_with_parents (folder, self->cancellable, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      toast_error (self, error);
      return;
    }

  pj_store_extract_attachment_async (self->workspace, pj_attachment_get_id (a), file,
                                     self->cancellable, open_extracted_cb,
                                     extraction_new (self, file, pj_attachment_get_name (a)));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Extraction *x = user_data;
  g_autoptr(GError) error = NULL;

  if (!x->self->disposing)
    {
      if (!pj_store_extract_attachment_finish (PJ_WORKSPACE (source), result, &error))
        toast_error (x->self, error);
      else
        {
          g_autofree char *where = file_display_name (x->file);
          /* Translators: a toast, "Saved “report.pdf”" (the name saved as) */
          g_autofree char *message = g_strdup_printf (_("Saved “%s”"), where);

          toast_message (x->self, message, FALSE);
        }
    }
  extraction_free (x);
}

static void
save_response_cb (GtkNativeDialog  *dialog,
                  int               response,
                  PjAttachmentList *self)
{
  g_autoptr(PjAttachment) a = find_attachment (self, self->save_id);

  if (response == GTK_RESPONSE_ACCEPT && a != NULL && self->workspace != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        pj_store_extract_attachment_async (self->workspace, pj_attachment_get_id (a), file,
                                           self->cancellable, saved_cb,
                                           extraction_new (self, file,
                                                           pj_attachment_get_name (a)));
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->chooser);
}

static void
save_as_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PjAttachmentList *self = PJ_ATTACHMENT_LIST (widget);
  g_autoptr(PjAttachment) a = find_attachment (self, g_variant_get_int64 (parameter));
  GtkFileChooserNative *chooser;

  if (a == NULL || self->chooser != NULL)
    return;

  self->save_id = pj_attachment_get_id (a);
  chooser = gtk_file_chooser_native_new (_("Save Attachment"),
                                         pj_gui_parent_window (GTK_WIDGET (self)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), pj_attachment_get_name (a));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), self);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* }}} */

/* Removing with Undo {{{ */

static void
pending_free (PendingRemove *p)
{
  if (p->toast != NULL)
    g_signal_handlers_disconnect_by_data (p->toast, p);
  g_clear_object (&p->toast);
  g_clear_handle_id (&p->idle_id, g_source_remove);
  g_free (p);
}

static void
commit_remove (PjAttachmentList *self,
               PendingRemove    *p)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  p->done = TRUE;
  ok = self->workspace != NULL && pj_store_remove_attachment (self->workspace, p->id, &error);
  unhide_id (self, p->id);
  if (!ok && error != NULL && !self->disposing)
    {
      toast_error (self, error);
      reload (self);
    }
}

static void
toast_undo_cb (AdwToast      *toast,
               PendingRemove *p)
{
  if (p->done)
    return;
  p->done = TRUE;
  unhide_id (p->self, p->id);
}

static gboolean
finish_pending_cb (gpointer data)
{
  PendingRemove *p = data;
  PjAttachmentList *self = p->self;

  p->idle_id = 0;
  if (!p->done)
    commit_remove (self, p);
  g_ptr_array_remove (self->pending, p);
  return G_SOURCE_REMOVE;
}

static void
toast_dismissed_cb (AdwToast      *toast,
                    PendingRemove *p)
{
  /* Not inside the overlay's signal: a refused remove shows a new toast. */
  g_signal_handlers_disconnect_by_data (toast, p);
  p->dismissed = TRUE;
  if (p->idle_id == 0)
    p->idle_id = g_idle_add (finish_pending_cb, p);
}

static void
remove_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PjAttachmentList *self = PJ_ATTACHMENT_LIST (widget);
  g_autoptr(PjAttachment) a = find_attachment (self, g_variant_get_int64 (parameter));
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  PendingRemove *p;
  gint64 id;

  if (a == NULL)
    return;
  id = pj_attachment_get_id (a);
  if (g_hash_table_contains (self->hidden, &id))
    return;

  p = g_new0 (PendingRemove, 1);
  p->self = self;
  p->id = id;
  hide_id (self, id);

  if (overlay == NULL)
    {
      commit_remove (self, p);
      pending_free (p);
      return;
    }

  escaped = g_markup_escape_text (pj_attachment_get_name (a), -1);
  /* Translators: a toast, "“report.pdf” removed", with an Undo button */
  title = g_strdup_printf (_("“%s” removed"), escaped);
  p->toast = adw_toast_new (title);
  adw_toast_set_button_label (p->toast, _("_Undo"));
  adw_toast_set_priority (p->toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (p->toast, "button-clicked", G_CALLBACK (toast_undo_cb), p);
  g_signal_connect (p->toast, "dismissed", G_CALLBACK (toast_dismissed_cb), p);
  g_ptr_array_add (self->pending, p);
  show_toast (self, g_object_ref (p->toast));
}

/* }}} */

/* Loading {{{ */

static void
reload (PjAttachmentList *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (self->disposing)
    return;

  if (can_edit (self))
    {
      list = pj_store_list_attachments (self->workspace, self->nomination_id, &error);
      if (list == NULL)
        toast_error (self, error);
    }
  if (list != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      g_ptr_array_add (items, g_list_model_get_item (list, i));

  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
}

static void
workspace_changed_cb (PjWorkspace      *workspace,
                      const char       *what,
                      PjAttachmentList *self)
{
  if (g_strcmp0 (what, "attachment") == 0 || g_strcmp0 (what, "nomination") == 0 ||
      g_strcmp0 (what, "all") == 0)
    reload (self);
}

/* }}} */

/* GObject {{{ */

static void
pj_attachment_list_dispose (GObject *object)
{
  PjAttachmentList *self = PJ_ATTACHMENT_LIST (object);

  self->disposing = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_queue_clear_full (&self->queue, g_object_unref);

  /* Removals still waiting for their toast happen now. */
  if (self->pending != NULL)
    {
      g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);

      for (guint i = 0; i < pending->len; i++)
        {
          PendingRemove *p = g_ptr_array_index (pending, i);

          g_signal_handlers_disconnect_by_data (p->toast, p);
          if (!p->done)
            commit_remove (self, p);
          if (!p->dismissed)
            adw_toast_dismiss (p->toast);
        }
    }

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->last_toast);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);

  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_ATTACHMENT_LIST);

  g_clear_object (&self->visible);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pj_attachment_list_parent_class)->dispose (object);
}

static void
pj_attachment_list_finalize (GObject *object)
{
  PjAttachmentList *self = PJ_ATTACHMENT_LIST (object);

  g_clear_object (&self->adding);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (pj_attachment_list_parent_class)->finalize (object);
}

static void
pj_attachment_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PjAttachmentList *self = PJ_ATTACHMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_NOMINATION_ID:
      g_value_set_int64 (value, self->nomination_id);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_attachment_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PjAttachmentList *self = PJ_ATTACHMENT_LIST (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      pj_attachment_list_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_NOMINATION_ID:
      pj_attachment_list_set_nomination_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_attachment_list_root (GtkWidget *widget)
{
  PjAttachmentList *self = PJ_ATTACHMENT_LIST (widget);
  GtkWidget *group = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_GROUP);
  const char *group_title = group != NULL
                            ? adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group))
                            : NULL;

  GTK_WIDGET_CLASS (pj_attachment_list_parent_class)->root (widget);

  /* Inside a group that has a heading already, one is enough. */
  gtk_widget_set_visible (self->title_label, group_title == NULL || *group_title == '\0');
}

static void
pj_attachment_list_class_init (PjAttachmentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_attachment_list_dispose;
  object_class->finalize = pj_attachment_list_finalize;
  object_class->get_property = pj_attachment_list_get_property;
  object_class->set_property = pj_attachment_list_set_property;
  widget_class->root = pj_attachment_list_root;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, PJ_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOMINATION_ID] =
    g_param_spec_int64 ("nomination-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prisjury/Prisjury/attachments/"
                                               "pj-attachment-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PjAttachmentList, box);
  gtk_widget_class_bind_template_child (widget_class, PjAttachmentList, title_label);
  gtk_widget_class_bind_template_child (widget_class, PjAttachmentList, description_label);
  gtk_widget_class_bind_template_child (widget_class, PjAttachmentList, list_box);
  gtk_widget_class_bind_template_child (widget_class, PjAttachmentList, progress_box);
  gtk_widget_class_bind_template_child (widget_class, PjAttachmentList, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PjAttachmentList, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PjAttachmentList, add_button);

  gtk_widget_class_install_action (widget_class, "attachments.add", NULL, add_action_cb);
  gtk_widget_class_install_action (widget_class, "attachments.open", "x", open_action_cb);
  gtk_widget_class_install_action (widget_class, "attachments.save-as", "x",
                                   save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "attachments.remove", "x", remove_action_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "attachmentlist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pj_attachment_list_init (PjAttachmentList *self)
{
  g_autofree char *cap = pj_attachment_format_megabytes (PJ_ATTACHMENT_MAX_BYTES);
  g_autofree char *description = NULL;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  pj_gui_load_css_resource ("/io/github/prisjury/Prisjury/attachments/attachments.css");

  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->queue);

  self->store = g_list_store_new (PJ_TYPE_ATTACHMENT);
  self->filter = gtk_custom_filter_new (filter_visible_cb, self, NULL);
  self->visible = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                             GTK_FILTER (g_object_ref (self->filter)));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (self->visible),
                           create_row_cb, self, NULL);

  /* Translators: under the "Attachments" heading; %s is "25 MB" */
  description = g_strdup_printf (_("Files are copied into the workspace, at most %s each."), cap);
  gtk_label_set_text (GTK_LABEL (self->description_label), description);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  update_actions (self);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
pj_attachment_list_new (void)
{
  return g_object_new (PJ_TYPE_ATTACHMENT_LIST, NULL);
}

PjWorkspace *
pj_attachment_list_get_workspace (PjAttachmentList *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT_LIST (self), NULL);

  return self->workspace;
}

void
pj_attachment_list_set_workspace (PjAttachmentList *self,
                                  PjWorkspace      *workspace)
{
  g_return_if_fail (PJ_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    g_signal_connect (workspace, "changed", G_CALLBACK (workspace_changed_cb), self);

  g_queue_clear_full (&self->queue, g_object_unref);
  update_actions (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

gint64
pj_attachment_list_get_nomination_id (PjAttachmentList *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT_LIST (self), PJ_NO_ID);

  return self->nomination_id;
}

void
pj_attachment_list_set_nomination_id (PjAttachmentList *self,
                                      gint64            nomination_id)
{
  g_return_if_fail (PJ_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (nomination_id >= 0);

  if (self->nomination_id == nomination_id)
    return;

  self->nomination_id = nomination_id;
  /* Files queued for the previous nomination are not added to this one. */
  g_queue_clear_full (&self->queue, g_object_unref);
  update_actions (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMINATION_ID]);
}

void
pj_attachment_list_add_file (PjAttachmentList *self,
                             GFile            *file)
{
  g_return_if_fail (PJ_IS_ATTACHMENT_LIST (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!can_edit (self))
    return;

  g_queue_push_tail (&self->queue, g_object_ref (file));
  start_next (self);
}

gboolean
pj_attachment_list_get_busy (PjAttachmentList *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT_LIST (self), FALSE);

  return self->busy;
}

GListModel *
pj_attachment_list_get_model (PjAttachmentList *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT_LIST (self), NULL);

  return G_LIST_MODEL (self->visible);
}

/* Private API for tests */

GFile *
pj_attachment_list_cache_file (PjAttachment *attachment)
{
  const char *sha256;
  g_autofree char *name = NULL;
  gboolean hex = TRUE;

  g_return_val_if_fail (PJ_IS_ATTACHMENT (attachment), NULL);

  /* Both come from the workspace file: never let them leave the folder. */
  sha256 = pj_attachment_get_sha256 (attachment);
  for (const char *p = sha256; *p != '\0'; p++)
    hex = hex && g_ascii_isxdigit (*p);
  if (!hex || strlen (sha256) != 64)
    sha256 = "unknown";
  name = pj_attachment_sanitize_name (pj_attachment_get_name (attachment));

  return g_file_new_build_filename (g_get_user_cache_dir (), "prisjury", "attachments",
                                    sha256, name, NULL);
}

AdwToast *
pj_attachment_list_get_last_toast (PjAttachmentList *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT_LIST (self), NULL);

  return self->last_toast;
}

GtkWidget *
pj_attachment_list_get_row (PjAttachmentList *self,
                            gint64            id)
{
  GListModel *model;

  g_return_val_if_fail (PJ_IS_ATTACHMENT_LIST (self), NULL);

  model = G_LIST_MODEL (self->visible);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PjAttachment) a = g_list_model_get_item (model, i);

      if (pj_attachment_get_id (a) == id)
        return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), i));
    }
  return NULL;
}

/* }}} */
