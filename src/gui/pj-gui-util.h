/* pj-gui-util.h: small widget helpers the views share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWindow        *pj_gui_parent_window                 (GtkWidget              *widget);

AdwToast         *pj_gui_add_toast                     (GtkWidget              *widget,
                                                        AdwToast               *toast);

void              pj_gui_load_css_resource             (const char             *resource_path);

char             *pj_gui_editable_dup_stripped_text    (GtkEditable            *editable);

AdwMessageDialog *pj_gui_message_dialog_new_replacing  (AdwMessageDialog      **slot,
                                                        GtkWindow              *parent,
                                                        const char             *heading,
                                                        const char             *body);
AdwMessageDialog *pj_gui_show_message                  (GtkWindow              *parent,
                                                        const char             *heading,
                                                        const char             *body);
void              pj_gui_message_dialog_add_confirm    (AdwMessageDialog       *dialog,
                                                        const char             *response,
                                                        const char             *label,
                                                        AdwResponseAppearance   appearance);
void              pj_gui_message_dialog_require_text   (AdwMessageDialog       *dialog,
                                                        GtkEditable            *editable,
                                                        const char             *response);

G_END_DECLS
