/* pj-jury-view.h: the organiser's jury overview: coverage, assignments and
 * conflicts of interest (jäv)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-store.h"

G_BEGIN_DECLS

#define PJ_TYPE_JURY_VIEW (pj_jury_view_get_type ())
G_DECLARE_FINAL_TYPE (PjJuryView, pj_jury_view, PJ, JURY_VIEW, GtkWidget)

/* Three pages: "coverage" (nominations below the edition's minimum of
 * jurors and each juror's load), "assignments" (a nomination's jurors) and
 * "conflicts" (jäv, with each one's history).
 *
 * Actions (group "jury"): distribute (asks first, then runs in a thread),
 * assign and unassign ("(xx)": juror id, nomination id), assign-juror (the
 * picker for the nomination on the Assignments page), select-nomination
 * ("x"), add-conflict, lift-conflict ("x": conflict id), select-conflict
 * ("x"), show-page ("s": "coverage", "assignments", "conflicts").
 *
 * Properties: "workspace" (PjWorkspace), "edition" (PjEdition, may be
 * NULL). The view reloads when the workspace reports a change to
 * assignments, conflicts, scores, nominations or jurors. */
GtkWidget   *pj_jury_view_new           (void);

PjWorkspace *pj_jury_view_get_workspace (PjJuryView  *self);
void         pj_jury_view_set_workspace (PjJuryView  *self,
                                         PjWorkspace *workspace);
PjEdition   *pj_jury_view_get_edition   (PjJuryView  *self);
void         pj_jury_view_set_edition   (PjJuryView  *self,
                                         PjEdition   *edition);

G_END_DECLS
