/* pj-setup-view-private.h: what the tests look at in the Setup view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-setup-view.h"
#include "pj-setup-editor.h"

G_BEGIN_DECLS

/* The editor the view opened and that is still open, or NULL. */
PjSetupEditor *pj_setup_view_get_open_editor   (PjSetupView *self);
/* The confirmation or refusal the view shows, or NULL. */
AdwMessageDialog *pj_setup_view_get_open_dialog (PjSetupView *self);
/* The last toast the view showed, while it is shown; else NULL. */
AdwToast      *pj_setup_view_get_last_toast    (PjSetupView *self);
/* The rows a section shows ("awards", ...), as a GtkSelectionModel. */
GtkSelectionModel *pj_setup_view_get_section_model (PjSetupView *self,
                                                    const char  *section);
/* The change log's search entry. */
GtkEditable   *pj_setup_view_get_history_search (PjSetupView *self);
/* The section on screen. */
const char    *pj_setup_view_get_visible_section (PjSetupView *self);

G_END_DECLS
