/* pj-results-chart.h: one category's totals, a row per nomination
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pj-results.h"

G_BEGIN_DECLS

#define PJ_TYPE_RESULTS_CHART (pj_results_chart_get_type ())
G_DECLARE_FINAL_TYPE (PjResultsChart, pj_results_chart, PJ, RESULTS_CHART, GtkWidget)

/* Each nomination of the category is a row, in ranking order; each juror's
 * total is a dot on a 0–100 axis, the result by the chosen method a bar,
 * the range between the lowest and the highest total a thin line. */
GtkWidget *pj_results_chart_new       (void);

/* Shows @category_id of @computed (from pj_results_compute () on
 * @results). NULL @results empties the chart. */
void       pj_results_chart_set_data  (PjResultsChart *self,
                                       PjResults      *results,
                                       GArray         *computed,
                                       gint64          category_id,
                                       PjAggregation   method);

guint      pj_results_chart_get_n_rows (PjResultsChart *self);
/* The nomination shown on @row, in ranking order; PJ_NO_ID past the end. */
gint64     pj_results_chart_get_row_nomination (PjResultsChart *self,
                                                guint           row);

/* @points as shown on screen: rounded to hundredths as
 * pj_results_format_points () does, with the locale's decimal separator.
 * Files keep pj_results_format_points (). */
char      *pj_results_chart_format_points (double points);

G_END_DECLS
