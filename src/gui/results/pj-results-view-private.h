/* pj-results-view-private.h: what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-results-view.h"
#include "pj-results-chart.h"

G_BEGIN_DECLS

/* The ranked table: its rows and a cell's text. Columns: "rank",
 * "nomination", "units", "sheets", "result", "mean", "median", "sd",
 * "range", "disagreement" ("yes" or ""), "class", "placement". */
guint             pj_results_view_get_n_rows        (PjResultsView *self);
gint64            pj_results_view_get_row_nomination (PjResultsView *self,
                                                      guint          position);
char             *pj_results_view_dup_cell_text     (PjResultsView *self,
                                                     guint          position,
                                                     const char    *column);
gint64            pj_results_view_get_category_id   (PjResultsView *self);
PjAggregation     pj_results_view_get_method        (PjResultsView *self);
PjResultsChart   *pj_results_view_get_chart         (PjResultsView *self);
/* The decision page's message ("" when none). */
const char       *pj_results_view_get_message       (PjResultsView *self);
/* Whether the reason field of a nomination's card shows. */
gboolean          pj_results_view_reason_is_visible (PjResultsView *self,
                                                     gint64         nomination_id);
/* Scrolls the decision page to a nomination's card. */
void              pj_results_view_focus_card        (PjResultsView *self,
                                                     gint64         nomination_id);
AdwMessageDialog *pj_results_view_get_open_dialog   (PjResultsView *self);
/* The reason field of the reopen dialog. */
GtkEditable      *pj_results_view_get_dialog_entry  (PjResultsView *self);

G_END_DECLS
