/* pj-results.h: an edition's results, per category, by any method
 *
 * pj_store_load_results () reads once what the results need: the edition's
 * settings, its categories, the nominations in scoring, the jurors and every
 * submitted or abstained sheet turned into a total (pj_scoring_sheet_total
 * over the criteria that apply to the nomination's category). A #PjResults
 * is immutable after that and holds no reference to the workspace, so it can
 * be handed to a thread; pj_results_compute () then ranks by any method
 * without touching the database, which is what the method switch of the
 * Results view does. The edition's own method is the official one.
 *
 * Order: categories by their position; nominations by category position,
 * then id; jurors by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-enums.h"
#include "pj-scoring.h"

G_BEGIN_DECLS

typedef struct
{
  gint64       id;
  char        *name;
  PjAwardMode  mode;
  guint        winners;              /* top N: winners allowed */
  guint        honourable_mentions;  /* top N: honourable mentions allowed */
  double       threshold;            /* threshold mode: points needed */
  char        *prize;
} PjResultsCategory;

typedef struct
{
  gint64             id;
  gint64             category_id;
  char              *title;
  char              *unit_names;     /* ", "-joined, in the nomination's order */
  PjInnovationClass  class_claimed;
  PjInnovationClass  class_assessed; /* PJ_CLASS_NONE until the jury assesses it */
} PjResultsNomination;

typedef struct
{
  gint64       id;
  char        *name;
  PjJurorRole  role;
} PjResultsJuror;

typedef struct _PjResults PjResults;

#define PJ_TYPE_RESULTS (pj_results_get_type ())
GType       pj_results_get_type         (void) G_GNUC_CONST;

/* NULL with PJ_ERROR_NOT_FOUND when the edition is gone. Reads in every
 * phase; a handful of queries whatever the edition's size. */
PjResults  *pj_store_load_results       (PjWorkspace   *ws,
                                         gint64         edition_id,
                                         GError       **error);

PjResults  *pj_results_ref              (PjResults     *self);
void        pj_results_unref            (PjResults     *self);

gint64      pj_results_get_edition_id   (PjResults     *self);
/* "Förnyelsepriset" and 2025, for titles. */
const char *pj_results_get_award_name   (PjResults     *self);
int         pj_results_get_year         (PjResults     *self);
PjPhase     pj_results_get_phase        (PjResults     *self);
/* The edition's method: the official one. */
PjAggregation pj_results_get_method     (PjResults     *self);
double      pj_results_get_disagreement_threshold (PjResults *self);
/* Sheets needed per nomination: the edition's minimum of jurors. */
guint       pj_results_get_n_needed     (PjResults     *self);

guint                      pj_results_get_n_categories  (PjResults *self);
const PjResultsCategory   *pj_results_get_category      (PjResults *self, guint index);
const PjResultsCategory   *pj_results_find_category     (PjResults *self, gint64 id);

/* The nominations in scoring (submitted and eligible) that have a category. */
guint                      pj_results_get_n_nominations (PjResults *self);
const PjResultsNomination *pj_results_get_nomination    (PjResults *self, guint index);
const PjResultsNomination *pj_results_find_nomination   (PjResults *self, gint64 id);

guint                      pj_results_get_n_jurors      (PjResults *self);
const PjResultsJuror      *pj_results_get_juror         (PjResults *self, guint index);
const PjResultsJuror      *pj_results_find_juror        (PjResults *self, gint64 id);

/* Every submitted or abstained sheet of those nominations, by nomination
 * id, then juror name: the dots of the chart. Owned by @self. */
const PjJurorTotal        *pj_results_get_totals        (PjResults *self, guint *n_totals);

/* The ranked results by @method: a GArray of PjNominationResult, one per
 * nomination, categories in their order, within each by rank (nominations
 * without a result last). Free with g_array_unref (). Pure: safe in a
 * thread. */
GArray     *pj_results_compute          (PjResults     *self,
                                         PjAggregation  method);

/* The entries of @computed belonging to @category_id: the index of the
 * first in *first and the count as return value (they are contiguous). */
guint       pj_results_category_span    (GArray        *computed,
                                         gint64         category_id,
                                         guint         *first);

/* The entry of @computed for a nomination, or NULL. */
const PjNominationResult *pj_results_lookup (GArray    *computed,
                                             gint64     nomination_id);

/* Lenient and strict scorers: a GArray of PjJurorOverview, by juror id. */
GArray     *pj_results_juror_overview   (PjResults     *self);

/* Points as shown everywhere: two decimals with a dot, whatever the
 * locale ("82.50"). */
char       *pj_results_format_points    (double         points);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjResults, pj_results_unref)

G_END_DECLS
