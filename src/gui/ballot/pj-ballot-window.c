/* pj-ballot-window.c: a juror scores an offline ballot file
 *
 * The ballot is opened as a PjBallotSession: a temporary workspace that the
 * Scoring view (juror-only) works on unchanged. Each draft the view saves
 * ("changed" with "score") is written back into the ballot file at once.
 * "Sign and Finish…" signs the whole ballot; a signed one is read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-ballot-window"

#include "config.h"

#include "pj-ballot-window.h"
#include "pj-ballot-window-private.h"
#include "pj-gui-util.h"

#include <glib/gi18n.h>

#include "pj-scoring-view.h"
#include "pj-store-scoring.h"
#include "pj-store.h"

#define BALLOT_CONTENT_TYPE "application/x-prisjury-ballot"

struct _PjBallotWindow
{
  AdwApplicationWindow  parent_instance;

  PjBallotSession      *session;
  PjEdition            *edition;
  char                 *title;
  char                 *subtitle;
  char                 *save_text;

  AdwWindowTitle       *window_title;
  GtkWidget            *save_label;
  GtkWidget            *sign_button;
  GtkWidget            *signed_box;
  GtkWidget            *signed_label;
  GtkWidget            *scoring_view;
  GtkWidget            *stack;
  GtkWidget            *signed_page;
  GtkWidget            *signed_group;
  AdwToastOverlay      *toast_overlay;
  AdwMessageDialog     *dialog;     /* weak */
  gboolean              saving;
};

G_DEFINE_FINAL_TYPE (PjBallotWindow, pj_ballot_window, ADW_TYPE_APPLICATION_WINDOW)

/* Helpers {{{ */

static char *
file_display_name (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  return g_filename_display_name (base != NULL ? base : "");
}

static AdwMessageDialog *
dialog_new (PjBallotWindow *self,
            const char     *heading,
            const char     *body)
{
  return pj_gui_message_dialog_new_replacing (&self->dialog, GTK_WINDOW (self), heading, body);
}

static void
show_error (PjBallotWindow *self,
            const char     *heading,
            const GError   *error)
{
  AdwMessageDialog *dialog = dialog_new (self, heading, error->message);

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_signed (PjBallotWindow *self)
{
  return pj_ballot_session_is_signed (self->session);
}

static void
set_save_text (PjBallotWindow *self,
               const char     *text,
               gboolean        failed)
{
  g_free (self->save_text);
  self->save_text = g_strdup (text);
  gtk_label_set_label (GTK_LABEL (self->save_label), text);
  gtk_widget_set_tooltip_text (self->save_label, text);
  if (failed)
    gtk_widget_add_css_class (self->save_label, "error");
  else
    gtk_widget_remove_css_class (self->save_label, "error");
}

static void
update_sign (PjBallotWindow *self)
{
  PjWorkspace *ws = pj_ballot_session_get_workspace (self->session);
  guint submitted = 0, total = 0;
  gboolean can_sign = FALSE;

  if (!is_signed (self)
      && pj_store_juror_progress (ws, pj_ballot_session_get_juror_id (self->session),
                                  &submitted, &total))
    can_sign = total > 0 && submitted == total;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ballot.sign", can_sign);
  gtk_widget_set_visible (self->sign_button, !is_signed (self));
  if (can_sign)
    gtk_widget_set_tooltip_text (self->sign_button,
                                 _("Sign the ballot and send it back to the organiser"));
  else
    gtk_widget_set_tooltip_text (self->sign_button,
                                 _("Submit or abstain from every nomination first"));
}

/* A signed ballot is read-only: what it holds, instead of the form. */
static void
fill_signed_page (PjBallotWindow *self)
{
  PjWorkspace *ws = pj_ballot_session_get_workspace (self->session);
  g_autoptr(GListModel) queue = NULL;

  if (self->signed_group != NULL)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self->signed_page),
                                 ADW_PREFERENCES_GROUP (self->signed_group));
  self->signed_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->signed_group),
                                   _("Signed Scores"));
  queue = pj_store_list_juror_queue (ws, pj_ballot_session_get_juror_id (self->session), NULL);
  for (guint i = 0; queue != NULL && i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *escaped = g_markup_escape_text (pj_queue_item_get_title (item), -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   pj_sheet_status_to_label (pj_queue_item_get_status (item)));
      if (pj_queue_item_get_total (item) >= 0)
        {
          /* Translators: a sheet's total, "72.5 points". */
          g_autofree char *total = g_strdup_printf (_("%.1f points"),
                                                    pj_queue_item_get_total (item));

          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (total));
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->signed_group), row);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->signed_page),
                            ADW_PREFERENCES_GROUP (self->signed_group));
}

static void
update_signed (PjBallotWindow *self)
{
  gboolean signed_ = is_signed (self);

  gtk_widget_set_visible (self->signed_box, signed_);
  if (signed_)
    {
      g_autofree char *name = file_display_name (pj_ballot_session_get_file (self->session));
      g_autofree char *text =
        g_strdup_printf (_("This ballot is signed and can no longer be changed. Send "
                           "“%s” back to the organiser."), name);

      gtk_label_set_label (GTK_LABEL (self->signed_label), text);
      set_save_text (self, _("Signed"), FALSE);
      fill_signed_page (self);
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "signed");
    }
  else
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "scoring");
  update_sign (self);
}

/* }}} */

/* Callbacks {{{ */

static void
workspace_changed_cb (PjWorkspace    *ws,
                      const char     *what,
                      PjBallotWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->saving || is_signed (self))
    return;

  self->saving = TRUE;
  if (pj_ballot_session_save (self->session, &error))
    {
      g_autofree char *name = file_display_name (pj_ballot_session_get_file (self->session));
      g_autofree char *text = g_strdup_printf (_("Saved to %s"), name);

      set_save_text (self, text, FALSE);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("Not saved: %s"), error->message);

      g_warning ("Could not save the ballot: %s", error->message);
      set_save_text (self, text, TRUE);
    }
  self->saving = FALSE;
  update_sign (self);
}

static void
sign_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  PjBallotWindow   *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "sign") != 0)
    return;

  /* Whatever the form still holds goes into the file before signing. */
  pj_scoring_view_save_now (PJ_SCORING_VIEW (self->scoring_view));
  if (!pj_ballot_session_submit (self->session, &error))
    {
      show_error (self, _("Could Not Sign the Ballot"), error);
      update_signed (self);
      return;
    }

  update_signed (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Ballot signed: send the file to the organiser")));
}

/* }}} */

/* Actions {{{ */

static void
sign_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PjBallotWindow *self = PJ_BALLOT_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (is_signed (self))
    return;

  dialog = dialog_new (self, _("Sign and Finish the Ballot?"),
                       _("Signing the ballot finishes it: its scores can no longer be "
                         "changed. Send the signed file back to the organiser, who imports "
                         "it into the workspace."));
  pj_gui_message_dialog_add_confirm (dialog, "sign", _("_Sign and Finish"),
                                     ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (sign_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

/* GObject {{{ */

static void
pj_ballot_window_dispose (GObject *object)
{
  PjBallotWindow *self = PJ_BALLOT_WINDOW (object);

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (pj_ballot_session_get_workspace (self->session), self);

  G_OBJECT_CLASS (pj_ballot_window_parent_class)->dispose (object);
}

static void
pj_ballot_window_finalize (GObject *object)
{
  PjBallotWindow *self = PJ_BALLOT_WINDOW (object);

  g_clear_object (&self->edition);
  /* The view and its workspace are gone with the children: the temporary
   * files can go now. */
  g_clear_pointer (&self->session, pj_ballot_session_free);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->save_text);

  G_OBJECT_CLASS (pj_ballot_window_parent_class)->finalize (object);
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider,
                                   ".pj-ballot-signed { background-color: "
                                   "alpha(@warning_bg_color, 0.25); }", -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
pj_ballot_window_class_init (PjBallotWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_ballot_window_dispose;
  object_class->finalize = pj_ballot_window_finalize;

  gtk_widget_class_install_action (widget_class, "ballot.sign", NULL, sign_action);
}

static void
pj_ballot_window_init (PjBallotWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *icon;

  load_css ();
  gtk_window_set_default_size (GTK_WINDOW (self), 1200, 800);

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new ("", ""));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));

  self->save_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->save_label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->save_label), 32);
  gtk_widget_add_css_class (self->save_label, "dim-label");
  gtk_widget_add_css_class (self->save_label, "caption");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->save_label);

  self->sign_button = gtk_button_new_with_mnemonic (_("_Sign and Finish…"));
  gtk_widget_add_css_class (self->sign_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->sign_button), "ballot.sign");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->sign_button);
  gtk_box_append (GTK_BOX (box), header);

  /* The note on a signed ballot (AdwBanner is newer than libadwaita 1.2). */
  self->signed_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->signed_box, "card");
  gtk_widget_add_css_class (self->signed_box, "warning");
  gtk_widget_add_css_class (self->signed_box, "pj-ballot-signed");
  gtk_widget_set_margin_start (self->signed_box, 12);
  gtk_widget_set_margin_end (self->signed_box, 12);
  gtk_widget_set_margin_top (self->signed_box, 6);
  gtk_widget_set_margin_bottom (self->signed_box, 6);
  icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
  gtk_widget_set_margin_start (icon, 12);
  gtk_box_append (GTK_BOX (self->signed_box), icon);
  self->signed_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->signed_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->signed_label), 0);
  gtk_widget_set_hexpand (self->signed_label, TRUE);
  gtk_widget_set_margin_top (self->signed_label, 9);
  gtk_widget_set_margin_bottom (self->signed_label, 9);
  gtk_widget_set_margin_end (self->signed_label, 12);
  gtk_box_append (GTK_BOX (self->signed_box), self->signed_label);
  gtk_widget_set_visible (self->signed_box, FALSE);
  gtk_box_append (GTK_BOX (box), self->signed_box);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->toast_overlay), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toast_overlay));
  self->stack = gtk_stack_new ();
  self->signed_page = adw_preferences_page_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), self->signed_page, "signed");
  adw_toast_overlay_set_child (self->toast_overlay, self->stack);

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), box);
}

/* }}} */

/* Public API {{{ */

PjBallotWindow *
pj_ballot_window_new (PjApplication  *app,
                      GFile          *file,
                      GError        **error)
{
  g_autoptr(PjBallotSession) session = NULL;
  PjBallotWindow *self;
  PjWorkspace *ws;
  g_autofree char *edition_title = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PJ_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  session = pj_ballot_session_open (file, error);
  if (session == NULL)
    return NULL;
  ws = pj_ballot_session_get_workspace (session);

  self = g_object_new (PJ_TYPE_BALLOT_WINDOW, "application", app, NULL);
  self->session = g_steal_pointer (&session);
  pj_application_apply_user (app, ws);
  self->edition = pj_store_get_edition (ws, pj_ballot_session_get_edition_id (self->session),
                                        error);
  if (self->edition == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  edition_title = pj_edition_dup_title (self->edition);
  /* Translators: the ballot window's title: the juror's name and the
   * edition, "Ballot for Karin Lindqvist · Förnyelsepriset 2026". */
  self->title = g_strdup_printf (_("Ballot for %s · %s"),
                                 pj_ballot_session_get_juror_name (self->session),
                                 edition_title);
  name = file_display_name (file);
  self->subtitle = g_strdup (name);
  adw_window_title_set_title (self->window_title, self->title);
  adw_window_title_set_subtitle (self->window_title, self->subtitle);
  gtk_window_set_title (GTK_WINDOW (self), self->title);

  self->scoring_view = pj_scoring_view_new (ws);
  g_object_set (self->scoring_view,
                "juror-only", TRUE,
                "edition", self->edition,
                "juror-id", pj_ballot_session_get_juror_id (self->session),
                NULL);
  gtk_stack_add_named (GTK_STACK (self->stack), self->scoring_view, "scoring");

  set_save_text (self, "", FALSE);
  g_signal_connect (ws, "changed::score", G_CALLBACK (workspace_changed_cb), self);
  update_signed (self);

  return self;
}

gboolean
pj_ballot_window_is_ballot_file (GFile *file)
{
  g_autofree char *base = NULL;
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  base = g_file_get_basename (file);
  if (base != NULL && g_str_has_suffix (base, PJ_BALLOT_SUFFIX))
    return TRUE;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info != NULL && g_file_info_get_content_type (info) != NULL
         && g_content_type_is_a (g_file_info_get_content_type (info), BALLOT_CONTENT_TYPE);
}

GtkWindow *
pj_ballot_window_open (PjApplication *app,
                       GFile         *file)
{
  g_autoptr(GError) error = NULL;
  PjBallotWindow *window;
  GtkWindow *parent;
  GtkWidget *dialog;

  g_return_val_if_fail (PJ_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    {
      PjBallotWindow *other = l->data;

      if (PJ_IS_BALLOT_WINDOW (other) && other->session != NULL
          && g_file_equal (file, pj_ballot_session_get_file (other->session)))
        {
          gtk_window_present (GTK_WINDOW (other));
          return GTK_WINDOW (other);
        }
    }

  window = pj_ballot_window_new (app, file, &error);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return GTK_WINDOW (window);
    }

  /* The core's message names the file and says what is wrong with it. */
  g_debug ("Could not open the ballot: %s", error->message);
  parent = gtk_application_get_active_window (GTK_APPLICATION (app));
  dialog = adw_message_dialog_new (parent, _("Could Not Open Ballot"), error->message);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (app));
  gtk_window_set_modal (GTK_WINDOW (dialog), parent != NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

PjBallotSession *
pj_ballot_window_get_session (PjBallotWindow *self)
{
  g_return_val_if_fail (PJ_IS_BALLOT_WINDOW (self), NULL);

  return self->session;
}

GtkWidget *
pj_ballot_window_get_scoring_view (PjBallotWindow *self)
{
  g_return_val_if_fail (PJ_IS_BALLOT_WINDOW (self), NULL);

  return self->scoring_view;
}

/* }}} */

/* For the tests {{{ */

const char *
pj_ballot_window_get_text (PjBallotWindow *self,
                           const char     *key)
{
  g_return_val_if_fail (PJ_IS_BALLOT_WINDOW (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (g_str_equal (key, "title"))
    return self->title;
  if (g_str_equal (key, "subtitle"))
    return self->subtitle;
  if (g_str_equal (key, "save"))
    return self->save_text != NULL ? self->save_text : "";
  if (g_str_equal (key, "signed"))
    return gtk_widget_get_visible (self->signed_box)
           ? gtk_label_get_label (GTK_LABEL (self->signed_label)) : "";
  return NULL;
}

AdwMessageDialog *
pj_ballot_window_get_open_dialog (PjBallotWindow *self)
{
  g_return_val_if_fail (PJ_IS_BALLOT_WINDOW (self), NULL);

  return self->dialog;
}

/* }}} */
