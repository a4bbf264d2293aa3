/* pj-results-private.h: what pj-store-results.c fills in a PjResults
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-results.h"

G_BEGIN_DECLS

struct _PjResults
{
  gatomicrefcount ref;
  gint64          edition_id;
  char           *award_name;
  int             year;
  PjPhase         phase;
  PjAggregation   method;
  double          disagreement_threshold;
  guint           n_needed;
  GArray         *categories;   /* PjResultsCategory */
  GArray         *nominations;  /* PjResultsNomination */
  GArray         *jurors;       /* PjResultsJuror */
  GArray         *totals;       /* PjJurorTotal */
};

PjResults *pj_results_new (void);

G_END_DECLS
