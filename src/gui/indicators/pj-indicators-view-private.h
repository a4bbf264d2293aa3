/* pj-indicators-view-private.h: what the tests read and drive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-indicators-view.h"
#include "pj-indicators.h"

G_BEGIN_DECLS

/* One bar as the chart draws it at its current width. */
typedef struct
{
  guint  row;       /* row of the dimension in the indicators */
  guint  edition;   /* column of the indicators */
  int    year;
  guint  count;
  double width;     /* pixels */
} PjIndicatorsBar;

/* The indicators shown: one edition, or every edition of the award. */
PjIndicators *pj_indicators_view_get_indicators      (PjIndicatorsView     *self);
gboolean      pj_indicators_view_get_across_editions (PjIndicatorsView     *self);
/* "across" (GtkToggleButton), "export" (GtkButton), "summary" (GtkLabel), or
 * "chart-" + pj_indicator_dimension_to_string () (the chart widget). */
GtkWidget    *pj_indicators_view_get_part            (PjIndicatorsView     *self,
                                                      const char           *name);
/* A GArray of PjIndicatorsBar, rows in order, editions within a row. */
GArray       *pj_indicators_view_dup_bars            (PjIndicatorsView     *self,
                                                      PjIndicatorDimension  dimension);
/* What "Export as CSV…" writes once a file is chosen. */
gboolean      pj_indicators_view_export_to           (PjIndicatorsView     *self,
                                                      GFile                *file,
                                                      GError              **error);

G_END_DECLS
