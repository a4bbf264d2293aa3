/* pj-scoring.h: the results arithmetic, as pure functions
 *
 * No database, no objects: the store reads sheets and scores, these functions
 * turn them into totals, results, spreads, ranks and the juror overview. The
 * Results view, the minutes and the command line all show what is computed
 * here, so they agree to the last decimal.
 *
 * Definitions (all in points, 0..100):
 *
 * Sheet total
 *   Each scored criterion with weight > 0 is mapped to 0..1 over its scale,
 *   (value - scale_min) / (scale_max - scale_min); the total is the weighted
 *   mean of those, times 100:
 *     total = 100 * sum (w_i * (v_i - min_i) / (max_i - min_i)) / sum (w_i)
 *   over the criteria with w_i > 0 that carry a score. A criterion of weight 0
 *   is shown but never counted. An optional criterion left unscored is left
 *   out of both sums. A sheet that misses a required score (weight 0 or not)
 *   has no total: it is excluded from the results and flagged (incomplete). A
 *   sheet without any scored criterion of weight > 0 (for instance when every
 *   weight is 0) has no total either.
 *
 * Which sheets count
 *   Only submitted sheets are results; the caller leaves drafts out. An
 *   abstention is counted as such and never as a total. Each juror has at
 *   most one sheet per nomination (the database guarantees it).
 *
 * Spread
 *   Population standard deviation, sqrt (sum ((t - mean)^2) / n): the jurors
 *   who scored are the whole jury, not a sample, and one total has spread 0.
 *   The same definition is used everywhere here, z-scores included. Range is
 *   max - min.
 *
 * Methods
 *   mean          arithmetic mean of the totals.
 *   median        the middle total; with an even count the mean of the two
 *                 middle ones.
 *   trimmed mean  with 5 or more totals, the mean after dropping one highest
 *                 and one lowest total; with fewer, the mean.
 *   z-score       normalisation per juror, over every total passed in one call
 *                 (pass an edition's totals: the scope is the edition, across
 *                 its categories, since leniency belongs to the juror). For
 *                 juror j with totals t, mean m_j and spread s_j, and the
 *                 pooled mean M and spread S of all totals passed:
 *                   t' = clamp (M + S * (t - m_j) / s_j, 0, 100)
 *                 A juror with fewer than 2 totals or no spread (s_j < 1e-9)
 *                 keeps raw totals, t' = t. The nomination's z-score result is
 *                 the mean of its t'.
 *   The raw mean is always computed and shown beside the result.
 *
 * Precision and ties
 *   Results are compared at two decimals, as shown: pj_scoring_hundredths()
 *   rounds to millionths first (absorbing floating-point noise) and then to
 *   hundredths, halves away from zero. Two results with the same hundredths
 *   are tied and share a rank; the next rank skips (1, 1, 3).
 *
 * Disagreement
 *   Flagged when the standard deviation, at two decimals, is strictly above
 *   the edition's threshold (points); a spread equal to the threshold is not
 *   flagged. The range is shown but not flagged on: it grows with the number
 *   of jurors, the standard deviation does not.
 *
 * Coverage
 *   Totals in out of sheets needed (the caller passes the need, normally the
 *   edition's minimum number of jurors). Abstentions and excluded sheets do
 *   not cover.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pj-enums.h"

G_BEGIN_DECLS

/* One criterion that applies to a sheet: the edition's criteria plus those of
 * the nomination's category. */
typedef struct
{
  gint64   criterion_id;
  double   weight;      /* >= 0; 0 = shown but not counted */
  int      scale_min;   /* scale_min < scale_max */
  int      scale_max;
  gboolean required;
} PjCriterionSpec;

/* One score on a sheet. A score for a criterion not in the spec list is
 * ignored. */
typedef struct
{
  gint64   criterion_id;
  int      value;
  gboolean set;         /* FALSE: not scored */
} PjScoreValue;

typedef enum
{
  PJ_SHEET_OUTCOME_TOTAL,      /* counts, with a total */
  PJ_SHEET_OUTCOME_ABSTAINED,  /* the juror abstained: no total, counted apart */
  PJ_SHEET_OUTCOME_INCOMPLETE, /* a required score is missing: excluded, flagged */
  PJ_SHEET_OUTCOME_NO_WEIGHT,  /* no scored criterion with weight > 0: excluded */
  PJ_SHEET_OUTCOME_INVALID,    /* a value outside its scale or a broken scale or
                                * weight (the database prevents these): excluded */
} PjSheetOutcome;

/* A sheet's total. Returns TOTAL with *total_out in 0..100, or one of
 * INCOMPLETE, NO_WEIGHT, INVALID with *total_out set to 0. Never ABSTAINED:
 * an abstention has no scores to add up. */
PjSheetOutcome pj_scoring_sheet_total (const PjCriterionSpec *criteria,
                                       guint                  n_criteria,
                                       const PjScoreValue    *scores,
                                       guint                  n_scores,
                                       double                *total_out);

/* One submitted or abstained sheet, as the results see it. */
typedef struct
{
  gint64         juror_id;
  gint64         nomination_id;
  PjSheetOutcome outcome;
  double         total;         /* 0..100; only read when outcome is TOTAL */
} PjJurorTotal;

/* One nomination to be ranked. Nominations without any sheet are still
 * listed, unranked, with coverage 0 of n_needed. */
typedef struct
{
  gint64 nomination_id;
  gint64 category_id;   /* ranks are per category */
  guint  n_needed;      /* sheets needed, normally the edition's minimum jurors */
} PjNominationSpec;

typedef struct
{
  gint64   nomination_id;
  gint64   category_id;
  guint    n_totals;      /* totals that count: the coverage */
  guint    n_needed;
  guint    n_abstained;
  guint    n_excluded;    /* sheets without a total (incomplete, ...): flagged */
  gboolean has_result;    /* n_totals > 0; otherwise every number below is 0 */
  double   mean;          /* the raw mean, always shown */
  double   median;
  double   trimmed_mean;
  double   z_mean;
  double   result;        /* the one of the four the method chose */
  double   sd;            /* population standard deviation */
  double   range;         /* max - min */
  double   min;
  double   max;
  gboolean disagreement;  /* sd above the threshold */
  guint    rank;          /* 1-based within the category, shared on ties; 0 = no result */
} PjNominationResult;

/* The value the given method picks from a computed result. */
double   pj_nomination_result_get   (const PjNominationResult *result,
                                     PjAggregation             method);

/* Whether fewer totals are in than needed. */
gboolean pj_nomination_result_below_needed (const PjNominationResult *result);

/* Results of every nomination in @nominations, from the sheets in @totals
 * (sheets of nominations not listed are ignored, z-scores included). Returns
 * a GArray of PjNominationResult, one per nomination: categories in the order
 * they first appear in @nominations, within each category by rank (ties and
 * unranked nominations in the order given). Free with g_array_unref().
 * Runs in O(n log n) over the sheets. */
GArray  *pj_scoring_compute         (const PjNominationSpec *nominations,
                                     guint                   n_nominations,
                                     const PjJurorTotal     *totals,
                                     guint                   n_totals,
                                     PjAggregation           method,
                                     double                  disagreement_threshold);

/* Ranks @results in place by their result field, per category_id: 1 for the
 * best, ties (equal hundredths) share a rank and the next one skips. Entries
 * without a result get rank 0. Does not reorder the array. */
void     pj_scoring_rank            (PjNominationResult *results,
                                     guint               n_results);

/* The z-score pass alone (formula above), over all @totals: writes one value
 * per entry into @normalised_out (n_totals doubles), NAN for an entry that is
 * not a total. O(n). */
void     pj_scoring_z_normalise     (const PjJurorTotal *totals,
                                     guint               n_totals,
                                     double             *normalised_out);

/* Lenient and strict scorers. For each juror: their average total, and the
 * jury's average over the same nominations, that is the mean of those
 * nominations' raw means (every juror's totals, the juror's own included, as
 * the Results table shows them). difference = mean - jury_mean: above 0 is
 * lenient, below 0 strict. */
typedef struct
{
  gint64   juror_id;
  guint    n_totals;
  guint    n_abstained;
  gboolean has_totals;   /* n_totals > 0; otherwise the numbers below are 0 */
  double   mean;
  double   jury_mean;
  double   difference;
  double   sd;           /* the spread of the juror's own totals */
  gboolean normalised;   /* whether the z-score method rescales this juror's
                          * totals (2 or more totals with a spread) */
} PjJurorOverview;

/* One PjJurorOverview per juror found in @totals, by juror id. Free with
 * g_array_unref(). */
GArray  *pj_scoring_juror_overview  (const PjJurorTotal *totals,
                                     guint               n_totals);

/* Points at the shown precision: round (round (points * 1e6) / 1e4), an
 * integer number of hundredths. 75.004 and 74.996 are both 7500. */
gint64   pj_scoring_hundredths      (double points);

/* Whether two values in points are equal at the shown precision. */
gboolean pj_scoring_same            (double a,
                                     double b);

G_END_DECLS
