/* pj-nominations-view.h: the nominations of an edition, listed and edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-store.h"

G_BEGIN_DECLS

#define PJ_TYPE_NOMINATIONS_VIEW (pj_nominations_view_get_type ())
G_DECLARE_FINAL_TYPE (PjNominationsView, pj_nominations_view, PJ, NOMINATIONS_VIEW, GtkWidget)

/* A sortable, searchable list of the edition's nominations beside the
 * editor of the one selected, in an AdwLeaflet (one at a time when narrow).
 *
 * Actions (group "nominations"): add, withdraw (with Undo in a toast),
 * delete (asks first), import, export, focus-search (Ctrl+F),
 * clear-filters, back (to the list when folded).
 *
 * Properties: "workspace" (PjWorkspace), "edition" (PjEdition, may be NULL). */
GtkWidget   *pj_nominations_view_new           (PjWorkspace       *workspace);

PjWorkspace *pj_nominations_view_get_workspace (PjNominationsView *self);
void         pj_nominations_view_set_workspace (PjNominationsView *self,
                                                PjWorkspace       *workspace);
PjEdition   *pj_nominations_view_get_edition   (PjNominationsView *self);
void         pj_nominations_view_set_edition   (PjNominationsView *self,
                                                PjEdition         *edition);
/* The id of the nomination selected for editing, or PJ_NO_ID. */
gint64       pj_nominations_view_get_selected_id (PjNominationsView *self);
/* Selects (and opens) a nomination; FALSE when the list does not show it. */
gboolean     pj_nominations_view_select      (PjNominationsView *self,
                                              gint64             nomination_id);

G_END_DECLS
