/* pj-results-view.h: an edition's results, the jury's deliberation and
 * decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-store.h"
#include "pj-winners.h"

G_BEGIN_DECLS

#define PJ_TYPE_RESULTS_VIEW (pj_results_view_get_type ())
G_DECLARE_FINAL_TYPE (PjResultsView, pj_results_view, PJ, RESULTS_VIEW, GtkWidget)

/* Per category: the ranked table, a chart of every juror's total, the
 * juror overview, and the deliberation (notes, assessed class) and the
 * decision (placements with citations, and reasons when out of ranking
 * order).
 *
 * Actions (group "results"): select-category ("x"), set-method ("s": a
 * stored aggregation name, for comparison; the edition's stays official),
 * show-page ("s": "chart", "jurors", "decision"), place ("(xs)":
 * nomination id and a placement name, or "none"), set-citation and
 * set-reason ("(xs)"), save-decision, start-deliberation, mark-decided
 * (asks first), reopen (asks for a reason), export-winners.
 *
 * Properties: "workspace" (PjWorkspace), "edition" (PjEdition, may be
 * NULL). Reloads when the workspace reports a change to scores,
 * decisions, nominations or editions. */
GtkWidget   *pj_results_view_new           (PjWorkspace   *workspace);

PjWorkspace *pj_results_view_get_workspace (PjResultsView *self);
PjEdition   *pj_results_view_get_edition   (PjResultsView *self);
void         pj_results_view_set_edition   (PjResultsView *self,
                                            PjEdition     *edition);

/* What "Export Winners…" does after the file chooser. */
gboolean     pj_results_view_export_winners_to (PjResultsView   *self,
                                                GFile           *file,
                                                PjWinnersFormat  format,
                                                GError         **error);

G_END_DECLS
