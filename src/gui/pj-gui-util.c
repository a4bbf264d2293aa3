/* pj-gui-util.c: small widget helpers the views share
 *
 * Finding the window or toast overlay a view sits in, loading a view's
 * style sheet once, and the message dialogs every view asks the same way:
 * a plain message with Close, a Cancel-or-act confirmation, and a response
 * that stays disabled until a reason is typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-gui-util"

#include "config.h"

#include "pj-gui-util.h"

#include <glib/gi18n.h>

#define REQUIRED_RESPONSE_KEY "pj-required-response"

/**
 * pj_gui_parent_window:
 * @widget: a widget
 *
 * Returns: (transfer none) (nullable): the window @widget is shown in, to
 *   parent dialogs on, or %NULL when it is not in a window.
 */
GtkWindow *
pj_gui_parent_window (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * pj_gui_add_toast:
 * @widget: a widget inside an #AdwToastOverlay
 * @toast: (transfer full): the toast to show
 *
 * Shows @toast in the nearest #AdwToastOverlay above @widget. Without one
 * the toast is dropped.
 *
 * Returns: (transfer none) (nullable): @toast when it is shown, %NULL when
 *   there was no overlay to show it in.
 */
AdwToast *
pj_gui_add_toast (GtkWidget *widget,
                  AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (ADW_IS_TOAST (toast), NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_object_unref (toast);
      return NULL;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return toast;
}

/**
 * pj_gui_load_css_resource:
 * @resource_path: a style sheet in the resources
 *
 * Adds the style sheet at @resource_path to the default display, once per
 * path. Does nothing before there is a display.
 */
void
pj_gui_load_css_resource (const char *resource_path)
{
  static GHashTable *loaded;   /* interned paths */
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  g_return_if_fail (resource_path != NULL);

  if (display == NULL)
    return;
  if (loaded == NULL)
    loaded = g_hash_table_new (NULL, NULL);
  if (!g_hash_table_add (loaded, (gpointer) g_intern_string (resource_path)))
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, resource_path);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/**
 * pj_gui_editable_dup_stripped_text:
 * @editable: an editable
 *
 * Returns: (transfer full): the text of @editable without leading and
 *   trailing white space.
 */
char *
pj_gui_editable_dup_stripped_text (GtkEditable *editable)
{
  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

/**
 * pj_gui_message_dialog_new_replacing:
 * @slot: (inout) (nullable): a weak pointer to the dialog shown before
 * @parent: (nullable): the window to parent the dialog on
 * @heading: the dialog's heading
 * @body: (nullable): the dialog's body
 *
 * Creates a modal message dialog that takes the place of the one in @slot:
 * that one is closed, and @slot becomes a weak pointer to the new one.
 *
 * Returns: (transfer none): the new dialog, not yet presented
 */
AdwMessageDialog *
pj_gui_message_dialog_new_replacing (AdwMessageDialog **slot,
                                     GtkWindow         *parent,
                                     const char        *heading,
                                     const char        *body)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (slot != NULL, NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  if (*slot != NULL)
    gtk_window_destroy (GTK_WINDOW (*slot));
  g_set_weak_pointer (slot, dialog);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

/**
 * pj_gui_show_message:
 * @parent: (nullable): the window to parent the dialog on
 * @heading: the dialog's heading
 * @body: (nullable): the dialog's body, often an error's message
 *
 * Presents a message dialog with a single Close button.
 *
 * Returns: (transfer none): the presented dialog
 */
AdwMessageDialog *
pj_gui_show_message (GtkWindow  *parent,
                     const char *heading,
                     const char *body)
{
  GtkWidget *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

/**
 * pj_gui_message_dialog_add_confirm:
 * @dialog: a message dialog without responses
 * @response: the id of the response that acts
 * @label: the label of its button, with a mnemonic
 * @appearance: how its button looks
 *
 * Gives @dialog the responses "cancel" and @response, in that order, with
 * "cancel" as the default and as what closing the dialog answers. Set
 * another default afterwards where acting is the expected answer.
 */
void
pj_gui_message_dialog_add_confirm (AdwMessageDialog      *dialog,
                                   const char            *response,
                                   const char            *label,
                                   AdwResponseAppearance  appearance)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (response != NULL && label != NULL);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response, label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response, appearance);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
}

static void
required_text_changed_cb (GtkEditable      *editable,
                          AdwMessageDialog *dialog)
{
  const char *response = g_object_get_data (G_OBJECT (editable), REQUIRED_RESPONSE_KEY);
  g_autofree char *text = pj_gui_editable_dup_stripped_text (editable);

  adw_message_dialog_set_response_enabled (dialog, response, *text != '\0');
}

/**
 * pj_gui_message_dialog_require_text:
 * @dialog: a message dialog that has @response
 * @editable: the entry for the text, in @dialog
 * @response: the response to enable only with text
 *
 * Keeps @response of @dialog disabled while @editable holds nothing but
 * white space. Call it after the responses are added.
 */
void
pj_gui_message_dialog_require_text (AdwMessageDialog *dialog,
                                    GtkEditable      *editable,
                                    const char       *response)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (adw_message_dialog_has_response (dialog, response));

  g_object_set_data_full (G_OBJECT (editable), REQUIRED_RESPONSE_KEY, g_strdup (response),
                          g_free);
  g_signal_connect_object (editable, "changed", G_CALLBACK (required_text_changed_cb),
                           dialog, 0);
  required_text_changed_cb (editable, dialog);
}
