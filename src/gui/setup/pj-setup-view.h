/* pj-setup-view.h: the organiser's Setup: awards, editions, categories,
 * criteria, units and jurors, and the change log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-store.h"

G_BEGIN_DECLS

#define PJ_TYPE_SETUP_VIEW (pj_setup_view_get_type ())
G_DECLARE_FINAL_TYPE (PjSetupView, pj_setup_view, PJ, SETUP_VIEW, GtkWidget)

/* Actions (group "setup"): add-award, add-edition, copy-edition,
 * add-category, add-criterion, add-unit, add-juror, show-section ("s":
 * "awards", "editions", "categories", "criteria", "units", "jurors",
 * "history"),
 * edit-item and delete-item ("(sx)": section and id), move-category ("(xi)":
 * id and offset), move-selected-category ("i", bound to Alt+Up/Alt+Down).
 *
 * Properties: "workspace" (PjWorkspace), "edition" (PjEdition, may be NULL).
 * The view sets "edition" itself when the user creates or copies an edition,
 * and to NULL when the user deletes the current one. */
GtkWidget   *pj_setup_view_new           (void);

PjWorkspace *pj_setup_view_get_workspace (PjSetupView *self);
void         pj_setup_view_set_workspace (PjSetupView *self,
                                          PjWorkspace *workspace);
PjEdition   *pj_setup_view_get_edition   (PjSetupView *self);
void         pj_setup_view_set_edition   (PjSetupView *self,
                                          PjEdition   *edition);

G_END_DECLS
