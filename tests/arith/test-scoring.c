/* test-scoring.c: the results arithmetic against tables computed by hand
 *
 * Every expected number below is worked out in the comment above it, so a
 * reader can check it with pen and paper. Spreads are population standard
 * deviations: sqrt (sum of squared deviations / n).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "pj-scoring.h"

#define EPS 1e-9

#define T(j, n, v) { (j), (n), PJ_SHEET_OUTCOME_TOTAL, (v) }
#define ABSTAIN(j, n) { (j), (n), PJ_SHEET_OUTCOME_ABSTAINED, 0 }
#define INCOMPLETE(j, n) { (j), (n), PJ_SHEET_OUTCOME_INCOMPLETE, 0 }

static const PjNominationResult *
find (GArray *results,
      gint64  nomination_id)
{
  for (guint i = 0; i < results->len; i++)
    {
      const PjNominationResult *r = &g_array_index (results, PjNominationResult, i);

      if (r->nomination_id == nomination_id)
        return r;
    }
  g_assert_not_reached ();
}

static const PjNominationResult *
at (GArray *results,
    guint   i)
{
  g_assert_cmpuint (i, <, results->len);
  return &g_array_index (results, PjNominationResult, i);
}

/* ------------------------------------------------------------------------ */

/* Criteria of one sheet:
 *   A  weight 2, scale 1..5,  required
 *   B  weight 1, scale 0..10, required
 *   C  weight 0, scale 1..5,  optional   (shown, not counted)
 *   D  weight 1, scale 1..3,  optional */
static const PjCriterionSpec criteria[] = {
  { 1, 2.0, 1, 5, TRUE },
  { 2, 1.0, 0, 10, TRUE },
  { 3, 0.0, 1, 5, FALSE },
  { 4, 1.0, 1, 3, FALSE },
};

static void
test_sheet_total (void)
{
  /* A=4 -> (4-1)/(5-1) = 0.75; B=7 -> 7/10 = 0.7; C=5 has weight 0; D unset
   * and optional, so left out of both sums:
   *   100 * (2*0.75 + 1*0.7) / (2+1) = 100 * 2.2 / 3 = 73.333... */
  PjScoreValue scores[] = {
    { 1, 4, TRUE }, { 2, 7, TRUE }, { 3, 5, TRUE }, { 4, 0, FALSE },
    { 99, 1, TRUE },  /* not a criterion of this sheet: ignored */
  };
  double total = -1;

  g_assert_cmpint (pj_scoring_sheet_total (criteria, 4, scores, 5, &total), ==,
                   PJ_SHEET_OUTCOME_TOTAL);
  g_assert_cmpfloat_with_epsilon (total, 220.0 / 3.0, EPS);

  /* D=3 -> (3-1)/(3-1) = 1.0:
   *   100 * (1.5 + 0.7 + 1*1.0) / (2+1+1) = 100 * 3.2 / 4 = 80 */
  scores[3].value = 3;
  scores[3].set = TRUE;
  g_assert_cmpint (pj_scoring_sheet_total (criteria, 4, scores, 5, &total), ==,
                   PJ_SHEET_OUTCOME_TOTAL);
  g_assert_cmpfloat_with_epsilon (total, 80.0, EPS);

  /* C (weight 0) from 5 to 1: still 80. */
  scores[2].value = 1;
  g_assert_cmpint (pj_scoring_sheet_total (criteria, 4, scores, 5, &total), ==,
                   PJ_SHEET_OUTCOME_TOTAL);
  g_assert_cmpfloat_with_epsilon (total, 80.0, EPS);

  /* D=1 -> 0: 100 * (1.5 + 0.7 + 0) / 4 = 55 */
  scores[3].value = 1;
  g_assert_cmpint (pj_scoring_sheet_total (criteria, 4, scores, 5, &total), ==,
                   PJ_SHEET_OUTCOME_TOTAL);
  g_assert_cmpfloat_with_epsilon (total, 55.0, EPS);

  /* The ends of the scales: all lowest 0, all highest 100. */
  {
    PjScoreValue low[] = { { 1, 1, TRUE }, { 2, 0, TRUE }, { 4, 1, TRUE } };
    PjScoreValue high[] = { { 1, 5, TRUE }, { 2, 10, TRUE }, { 4, 3, TRUE } };

    g_assert_cmpint (pj_scoring_sheet_total (criteria, 4, low, 3, &total), ==,
                     PJ_SHEET_OUTCOME_TOTAL);
    g_assert_cmpfloat (total, ==, 0.0);
    g_assert_cmpint (pj_scoring_sheet_total (criteria, 4, high, 3, &total), ==,
                     PJ_SHEET_OUTCOME_TOTAL);
    g_assert_cmpfloat (total, ==, 100.0);
  }
}

static void
test_weight_zero (void)
{
  /* Every criterion weight 0: nothing counts, so no total. */
  PjCriterionSpec zero[] = { { 1, 0.0, 1, 5, TRUE }, { 2, 0.0, 1, 5, TRUE } };
  PjScoreValue both[] = { { 1, 5, TRUE }, { 2, 5, TRUE } };
  /* Only a weight-0 criterion scored; the weighted one is optional, unset. */
  PjCriterionSpec mixed[] = { { 1, 0.0, 1, 5, TRUE }, { 2, 1.0, 1, 5, FALSE } };
  PjScoreValue only_zero[] = { { 1, 4, TRUE }, { 2, 0, FALSE } };
  /* A required weight-0 criterion left unscored: still incomplete. */
  PjScoreValue only_weighted[] = { { 2, 4, TRUE } };
  double total = -1;

  g_assert_cmpint (pj_scoring_sheet_total (zero, 2, both, 2, &total), ==,
                   PJ_SHEET_OUTCOME_NO_WEIGHT);
  g_assert_cmpfloat (total, ==, 0.0);
  g_assert_cmpint (pj_scoring_sheet_total (mixed, 2, only_zero, 2, &total), ==,
                   PJ_SHEET_OUTCOME_NO_WEIGHT);
  g_assert_cmpint (pj_scoring_sheet_total (mixed, 2, only_weighted, 1, &total), ==,
                   PJ_SHEET_OUTCOME_INCOMPLETE);

  /* No criteria at all: no total. */
  g_assert_cmpint (pj_scoring_sheet_total (NULL, 0, NULL, 0, &total), ==,
                   PJ_SHEET_OUTCOME_NO_WEIGHT);
}

static void
test_invalid (void)
{
  PjCriterionSpec broken[] = { { 1, 1.0, 5, 5, TRUE } };
  PjCriterionSpec negative[] = { { 1, -1.0, 1, 5, TRUE } };
  PjScoreValue five[] = { { 1, 5, TRUE } };
  PjScoreValue outside[] = { { 1, 6, TRUE }, { 2, 5, TRUE } };
  double total = -1;

  g_assert_cmpint (pj_scoring_sheet_total (broken, 1, five, 1, &total), ==,
                   PJ_SHEET_OUTCOME_INVALID);
  g_assert_cmpint (pj_scoring_sheet_total (negative, 1, five, 1, &total), ==,
                   PJ_SHEET_OUTCOME_INVALID);
  /* A=6 on a 1..5 scale. */
  g_assert_cmpint (pj_scoring_sheet_total (criteria, 4, outside, 2, &total), ==,
                   PJ_SHEET_OUTCOME_INVALID);
  g_assert_cmpfloat (total, ==, 0.0);
}

/* A missing required score, end to end: sheets -> totals -> result.
 *
 * Nomination 10, needed 3, criteria as above:
 *   juror 1: A=5 B=10 D unset -> 100 * (2*1 + 1*1) / 3 = 100
 *   juror 2: A=3 B=5  D=2     -> 100 * (2*0.5 + 0.5 + 0.5) / 4 = 50
 *   juror 3: B=8, A missing   -> incomplete: excluded, flagged
 *   juror 4: abstained
 * Result: 2 totals of 3 needed, 1 abstained, 1 excluded;
 *   mean (100 + 50) / 2 = 75, median 75, sd sqrt ((25^2 + 25^2) / 2) = 25,
 *   range 50. */
static void
test_missing_required (void)
{
  PjScoreValue sheet1[] = { { 1, 5, TRUE }, { 2, 10, TRUE } };
  PjScoreValue sheet2[] = { { 1, 3, TRUE }, { 2, 5, TRUE }, { 4, 2, TRUE } };
  PjScoreValue sheet3[] = { { 1, 0, FALSE }, { 2, 8, TRUE } };
  PjJurorTotal totals[4];
  PjNominationSpec spec = { 10, 1, 3 };
  g_autoptr(GArray) results = NULL;
  const PjNominationResult *r;

  totals[0] = (PjJurorTotal) { 1, 10, 0, 0 };
  totals[0].outcome = pj_scoring_sheet_total (criteria, 4, sheet1, 2, &totals[0].total);
  totals[1] = (PjJurorTotal) { 2, 10, 0, 0 };
  totals[1].outcome = pj_scoring_sheet_total (criteria, 4, sheet2, 3, &totals[1].total);
  totals[2] = (PjJurorTotal) { 3, 10, 0, 0 };
  totals[2].outcome = pj_scoring_sheet_total (criteria, 4, sheet3, 2, &totals[2].total);
  totals[3] = (PjJurorTotal) ABSTAIN (4, 10);

  g_assert_cmpint (totals[0].outcome, ==, PJ_SHEET_OUTCOME_TOTAL);
  g_assert_cmpfloat_with_epsilon (totals[0].total, 100.0, EPS);
  g_assert_cmpint (totals[1].outcome, ==, PJ_SHEET_OUTCOME_TOTAL);
  g_assert_cmpfloat_with_epsilon (totals[1].total, 50.0, EPS);
  g_assert_cmpint (totals[2].outcome, ==, PJ_SHEET_OUTCOME_INCOMPLETE);
  g_assert_cmpfloat (totals[2].total, ==, 0.0);

  results = pj_scoring_compute (&spec, 1, totals, 4, PJ_AGGREGATION_MEAN, 15);
  g_assert_cmpuint (results->len, ==, 1);
  r = at (results, 0);
  g_assert_cmpuint (r->n_totals, ==, 2);
  g_assert_cmpuint (r->n_needed, ==, 3);
  g_assert_true (pj_nomination_result_below_needed (r));
  g_assert_cmpuint (r->n_abstained, ==, 1);
  g_assert_cmpuint (r->n_excluded, ==, 1);
  g_assert_true (r->has_result);
  g_assert_cmpfloat_with_epsilon (r->mean, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->median, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->result, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->sd, 25.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->range, 50.0, EPS);
  g_assert_true (r->disagreement);  /* 25 > 15 */
  g_assert_cmpuint (r->rank, ==, 1);
}

/* Each method on three nominations of one category, every total from a
 * different juror (so each juror has a single total and z-scores keep raw).
 *
 *   nomination 1, odd:   60 70 95
 *     mean 225/3 = 75, median 70, trimmed (3 < 5) = mean = 75
 *     sd: deviations -15 -5 20 -> 225+25+400 = 650, sqrt (650/3) = 14.7196
 *     range 95-60 = 35
 *   nomination 2, even:  60 70 80 100
 *     mean 310/4 = 77.5, median (70+80)/2 = 75, trimmed (4 < 5) = 77.5
 *     sd: -17.5 -7.5 2.5 22.5 -> 306.25+56.25+6.25+506.25 = 875,
 *         sqrt (875/4) = 14.7902; range 40
 *   nomination 3, five:  10 60 70 80 100
 *     mean 320/5 = 64, median 70, trimmed drops 10 and 100: 210/3 = 70
 *     sd: -54 -4 6 16 36 -> 2916+16+36+256+1296 = 4520, sqrt (4520/5) = 30.0666
 *     range 90
 *
 * Ranks by method:
 *   mean:     2 (77.5) = 1, 1 (75) = 2, 3 (64) = 3
 *   median:   2 (75) = 1, 1 (70) = 2, 3 (70) = 2
 *   trimmed:  2 (77.5) = 1, 1 (75) = 2, 3 (70) = 3
 *   z-score:  as the mean (nobody is normalised) */
static const PjNominationSpec method_specs[] = { { 1, 7, 3 }, { 2, 7, 3 }, { 3, 7, 3 } };
static const PjJurorTotal method_totals[] = {
  T (101, 1, 60), T (102, 1, 70), T (103, 1, 95),
  T (201, 2, 100), T (202, 2, 60), T (203, 2, 80), T (204, 2, 70),
  T (301, 3, 70), T (302, 3, 10), T (303, 3, 100), T (304, 3, 60), T (305, 3, 80),
};

static void
check_ranks (PjAggregation method,
             guint         rank1,
             guint         rank2,
             guint         rank3,
             double        result1,
             double        result2,
             double        result3)
{
  g_autoptr(GArray) results = pj_scoring_compute (method_specs, 3, method_totals,
                                                  G_N_ELEMENTS (method_totals), method, 15);

  g_assert_cmpuint (results->len, ==, 3);
  g_assert_cmpuint (find (results, 1)->rank, ==, rank1);
  g_assert_cmpuint (find (results, 2)->rank, ==, rank2);
  g_assert_cmpuint (find (results, 3)->rank, ==, rank3);
  g_assert_cmpfloat_with_epsilon (find (results, 1)->result, result1, EPS);
  g_assert_cmpfloat_with_epsilon (find (results, 2)->result, result2, EPS);
  g_assert_cmpfloat_with_epsilon (find (results, 3)->result, result3, EPS);
  /* The raw mean is there whatever the method. */
  g_assert_cmpfloat_with_epsilon (find (results, 1)->mean, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (find (results, 2)->mean, 77.5, EPS);
  g_assert_cmpfloat_with_epsilon (find (results, 3)->mean, 64.0, EPS);
  /* Listed by rank; a tie keeps the order given. */
  for (guint i = 1; i < results->len; i++)
    g_assert_cmpuint (at (results, i - 1)->rank, <=, at (results, i)->rank);
}

static void
test_methods (void)
{
  g_autoptr(GArray) results = pj_scoring_compute (method_specs, 3, method_totals,
                                                  G_N_ELEMENTS (method_totals),
                                                  PJ_AGGREGATION_MEAN, 15);
  const PjNominationResult *r;

  r = find (results, 1);
  g_assert_cmpuint (r->n_totals, ==, 3);
  g_assert_cmpfloat_with_epsilon (r->mean, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->median, 70.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->trimmed_mean, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->z_mean, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->sd, sqrt (650.0 / 3.0), EPS);
  g_assert_cmpfloat_with_epsilon (r->sd, 14.7196, 1e-4);
  g_assert_cmpfloat_with_epsilon (r->range, 35.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->min, 60.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->max, 95.0, EPS);
  g_assert_false (r->disagreement);  /* 14.72 <= 15 */

  r = find (results, 2);
  g_assert_cmpuint (r->n_totals, ==, 4);
  g_assert_cmpfloat_with_epsilon (r->mean, 77.5, EPS);
  g_assert_cmpfloat_with_epsilon (r->median, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->trimmed_mean, 77.5, EPS);
  g_assert_cmpfloat_with_epsilon (r->sd, 14.7902, 1e-4);
  g_assert_cmpfloat_with_epsilon (r->range, 40.0, EPS);

  r = find (results, 3);
  g_assert_cmpuint (r->n_totals, ==, 5);
  g_assert_cmpfloat_with_epsilon (r->mean, 64.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->median, 70.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->trimmed_mean, 70.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->sd, 30.0666, 1e-4);
  g_assert_cmpfloat_with_epsilon (r->range, 90.0, EPS);
  g_assert_true (r->disagreement);  /* 30.07 > 15 */

  check_ranks (PJ_AGGREGATION_MEAN, 2, 1, 3, 75.0, 77.5, 64.0);
  check_ranks (PJ_AGGREGATION_MEDIAN, 2, 1, 2, 70.0, 75.0, 70.0);
  check_ranks (PJ_AGGREGATION_TRIMMED_MEAN, 2, 1, 3, 75.0, 77.5, 70.0);
  check_ranks (PJ_AGGREGATION_Z_SCORE, 2, 1, 3, 75.0, 77.5, 64.0);

  /* The median ranking lists 2 (1), then 1 and 3 tied at 2, in the order given. */
  {
    g_autoptr(GArray) median = pj_scoring_compute (method_specs, 3, method_totals,
                                                    G_N_ELEMENTS (method_totals),
                                                    PJ_AGGREGATION_MEDIAN, 15);

    g_assert_cmpint (at (median, 0)->nomination_id, ==, 2);
    g_assert_cmpint (at (median, 1)->nomination_id, ==, 1);
    g_assert_cmpint (at (median, 2)->nomination_id, ==, 3);
  }
}

/* A lenient and a strict juror; the z-score changes the order.
 *
 *   juror 1 (lenient): A=100, X=80    mean 90, sd sqrt ((10^2+10^2)/2) = 10
 *   juror 2 (strict):  Y=60,  B=40    mean 50, sd 10
 *   juror 3 (single):  Y=70           one total: keeps raw
 * Pooled over all five totals: M = (100+80+60+40+70)/5 = 70,
 *   S = sqrt ((30^2+10^2+10^2+30^2+0^2)/5) = sqrt (2000/5) = 20.
 * Normalised t' = M + S * (t - m_j) / s_j:
 *   A: 70 + 20 * (100-90)/10 = 90     X: 70 + 20 * (80-90)/10 = 50
 *   Y by 2: 70 + 20 * (60-50)/10 = 90 B: 70 + 20 * (40-50)/10 = 50
 *   Y by 3: 70 (raw)
 * Raw means:  A 100 (1), X 80 (2), Y (60+70)/2 = 65 (3), B 40 (4)
 * z-score:    A 90 (1), Y (90+70)/2 = 80 (2), X 50 (3), B 50 (3)
 * Y passes X; X and B tie. */
static void
test_z_score (void)
{
  enum { A = 1, X, Y, B };
  PjNominationSpec specs[] = { { A, 1, 2 }, { X, 1, 2 }, { Y, 1, 2 }, { B, 1, 2 } };
  PjJurorTotal totals[] = {
    T (1, A, 100), T (1, X, 80), T (2, Y, 60), T (2, B, 40), T (3, Y, 70),
  };
  double normalised[G_N_ELEMENTS (totals)];
  g_autoptr(GArray) raw = NULL;
  g_autoptr(GArray) z = NULL;

  pj_scoring_z_normalise (totals, G_N_ELEMENTS (totals), normalised);
  g_assert_cmpfloat_with_epsilon (normalised[0], 90.0, EPS);
  g_assert_cmpfloat_with_epsilon (normalised[1], 50.0, EPS);
  g_assert_cmpfloat_with_epsilon (normalised[2], 90.0, EPS);
  g_assert_cmpfloat_with_epsilon (normalised[3], 50.0, EPS);
  g_assert_cmpfloat (normalised[4], ==, 70.0);

  raw = pj_scoring_compute (specs, 4, totals, G_N_ELEMENTS (totals), PJ_AGGREGATION_MEAN, 15);
  g_assert_cmpuint (find (raw, A)->rank, ==, 1);
  g_assert_cmpuint (find (raw, X)->rank, ==, 2);
  g_assert_cmpuint (find (raw, Y)->rank, ==, 3);
  g_assert_cmpuint (find (raw, B)->rank, ==, 4);
  g_assert_cmpfloat_with_epsilon (find (raw, Y)->mean, 65.0, EPS);

  z = pj_scoring_compute (specs, 4, totals, G_N_ELEMENTS (totals), PJ_AGGREGATION_Z_SCORE, 15);
  g_assert_cmpfloat_with_epsilon (find (z, A)->result, 90.0, EPS);
  g_assert_cmpfloat_with_epsilon (find (z, Y)->result, 80.0, EPS);
  g_assert_cmpfloat_with_epsilon (find (z, X)->result, 50.0, EPS);
  g_assert_cmpfloat_with_epsilon (find (z, B)->result, 50.0, EPS);
  g_assert_cmpuint (find (z, A)->rank, ==, 1);
  g_assert_cmpuint (find (z, Y)->rank, ==, 2);
  g_assert_cmpuint (find (z, X)->rank, ==, 3);
  g_assert_cmpuint (find (z, B)->rank, ==, 3);
  /* Beside the z-score result, the raw mean. */
  g_assert_cmpfloat_with_epsilon (find (z, Y)->mean, 65.0, EPS);
  g_assert_cmpint (at (z, 0)->nomination_id, ==, A);
  g_assert_cmpint (at (z, 1)->nomination_id, ==, Y);
  g_assert_cmpint (at (z, 2)->nomination_id, ==, X);
  g_assert_cmpint (at (z, 3)->nomination_id, ==, B);
}

/* Normalised totals stay in 0..100.
 *   juror 1: 0 0 0 100   mean 25, sd sqrt ((3*25^2 + 75^2)/4) = sqrt (1875) = 43.30
 *   juror 2: 90 100      mean 95, sd 5
 * Pooled: M = 290/6 = 48.33, S = sqrt ((3*48.33^2 + 51.67^2 + 41.67^2 + 51.67^2)/6)
 *   = sqrt (14083.33/6) = 48.45
 *   juror 1's 100: 48.33 + 48.45 * 75/43.30 = 132.2 -> 100
 *   juror 2's 90:  48.33 - 48.45 * 5/5 = -0.11 -> 0
 *   juror 2's 100: 48.33 + 48.45 = 96.78 */
static void
test_z_score_clamped (void)
{
  PjJurorTotal totals[] = {
    T (1, 1, 0), T (1, 2, 0), T (1, 3, 0), T (1, 4, 100), T (2, 1, 90), T (2, 4, 100),
  };
  double normalised[G_N_ELEMENTS (totals)];

  pj_scoring_z_normalise (totals, G_N_ELEMENTS (totals), normalised);
  g_assert_cmpfloat (normalised[3], ==, 100.0);
  g_assert_cmpfloat (normalised[4], ==, 0.0);
  g_assert_cmpfloat_with_epsilon (normalised[5], 96.78, 0.01);
}

/* Zero spread.
 * The z-score pass: juror 1 gives 90 and 90 (no spread: keeps raw),
 *   juror 2 gives 80 and 100 (mean 90, sd 10).
 *   Pooled: M = (90+90+80+100)/4 = 90, S = sqrt ((0+0+10^2+10^2)/4) = sqrt (50) = 7.0711
 *   juror 2's 80 -> 90 - 7.0711 = 82.9289, 100 -> 97.0711
 *   nomination 1 (90, 80):  z (90 + 82.9289)/2 = 86.4645, raw mean 85
 *   nomination 2 (90, 100): z (90 + 97.0711)/2 = 93.5355, raw mean 95
 * A nomination where all agree: 70 70 70 -> sd 0, range 0, median 70, no flag
 *   even with threshold 0 (0 is not above 0). */
static void
test_zero_spread (void)
{
  PjNominationSpec specs[] = { { 1, 1, 2 }, { 2, 1, 2 } };
  PjJurorTotal totals[] = { T (1, 1, 90), T (1, 2, 90), T (2, 1, 80), T (2, 2, 100) };
  PjNominationSpec agree_spec = { 3, 1, 3 };
  PjJurorTotal agree[] = { T (1, 3, 70), T (2, 3, 70), T (3, 3, 70) };
  double normalised[4];
  g_autoptr(GArray) results = NULL;
  g_autoptr(GArray) agreed = NULL;
  const PjNominationResult *r;

  pj_scoring_z_normalise (totals, 4, normalised);
  g_assert_cmpfloat (normalised[0], ==, 90.0);
  g_assert_cmpfloat (normalised[1], ==, 90.0);
  g_assert_cmpfloat_with_epsilon (normalised[2], 90.0 - sqrt (50.0), EPS);
  g_assert_cmpfloat_with_epsilon (normalised[3], 97.0711, 1e-4);

  results = pj_scoring_compute (specs, 2, totals, 4, PJ_AGGREGATION_Z_SCORE, 15);
  g_assert_cmpfloat_with_epsilon (find (results, 1)->result, 86.4645, 1e-4);
  g_assert_cmpfloat_with_epsilon (find (results, 1)->mean, 85.0, EPS);
  g_assert_cmpfloat_with_epsilon (find (results, 2)->result, 93.5355, 1e-4);
  g_assert_cmpfloat_with_epsilon (find (results, 2)->mean, 95.0, EPS);

  /* All three jurors in 'agree' have a single total, each 70: all raw. */
  agreed = pj_scoring_compute (&agree_spec, 1, agree, 3, PJ_AGGREGATION_Z_SCORE, 0);
  r = at (agreed, 0);
  g_assert_cmpfloat (r->sd, ==, 0.0);
  g_assert_cmpfloat (r->range, ==, 0.0);
  g_assert_cmpfloat (r->median, ==, 70.0);
  g_assert_cmpfloat_with_epsilon (r->mean, 70.0, EPS);
  g_assert_cmpfloat_with_epsilon (r->result, 70.0, EPS);
  g_assert_false (r->disagreement);
  g_assert_cmpuint (r->rank, ==, 1);
  g_assert_false (pj_nomination_result_below_needed (r));  /* 3 of 3 */
}

/* A juror with a single sheet.
 *   juror 9 scores only nomination 2: 63.5
 *   juror 1 scores nominations 1 and 3: 40 and 80 (mean 60, sd 20)
 * Nomination 2: mean = median = trimmed = 63.5; z keeps raw (one total): 63.5;
 *   sd 0, range 0; coverage 1 of 3. */
static void
test_single_sheet (void)
{
  PjNominationSpec specs[] = { { 1, 1, 3 }, { 2, 1, 3 }, { 3, 1, 3 } };
  PjJurorTotal totals[] = { T (1, 1, 40), T (9, 2, 63.5), T (1, 3, 80) };
  double normalised[3];
  g_autoptr(GArray) results = NULL;
  const PjNominationResult *r;

  pj_scoring_z_normalise (totals, 3, normalised);
  g_assert_cmpfloat (normalised[1], ==, 63.5);

  results = pj_scoring_compute (specs, 3, totals, 3, PJ_AGGREGATION_Z_SCORE, 15);
  r = find (results, 2);
  g_assert_cmpuint (r->n_totals, ==, 1);
  g_assert_true (pj_nomination_result_below_needed (r));
  g_assert_cmpfloat (r->mean, ==, 63.5);
  g_assert_cmpfloat (r->median, ==, 63.5);
  g_assert_cmpfloat (r->trimmed_mean, ==, 63.5);
  g_assert_cmpfloat (r->z_mean, ==, 63.5);
  g_assert_cmpfloat (r->result, ==, 63.5);
  g_assert_cmpfloat (r->sd, ==, 0.0);
  g_assert_cmpfloat (r->range, ==, 0.0);
  g_assert_false (r->disagreement);
}

/* Ties, abstentions, categories, a nomination without any total.
 *   category 2: nomination 5: 60                         -> rank 1
 *   category 1: nomination 1: 80 70        mean 75       -> rank 1
 *               nomination 2: 75 75        mean 75       -> rank 1 (tie)
 *               nomination 3: 90 50 70 + 1 abstention
 *                                          mean 70       -> rank 3
 *               nomination 4: 1 abstention, no total     -> unranked (0)
 * Listed: category 2 first (it comes first in the input), then category 1:
 *   2 and 1 (tied, in the order given: 2 before 1), 3, 4. */
static void
test_ties (void)
{
  PjNominationSpec specs[] = {
    { 5, 2, 1 }, { 4, 1, 3 }, { 3, 1, 3 }, { 2, 1, 3 }, { 1, 1, 3 },
  };
  PjJurorTotal totals[] = {
    T (1, 1, 80), T (2, 1, 70),
    T (1, 2, 75), T (3, 2, 75),
    T (1, 3, 90), T (2, 3, 50), T (3, 3, 70), ABSTAIN (4, 3),
    ABSTAIN (2, 4),
    T (5, 5, 60),
    T (5, 99, 10),  /* a nomination not listed: ignored */
  };
  g_autoptr(GArray) results = NULL;
  const PjNominationResult *r;

  results = pj_scoring_compute (specs, 5, totals, G_N_ELEMENTS (totals),
                                PJ_AGGREGATION_MEAN, 15);
  g_assert_cmpuint (results->len, ==, 5);

  g_assert_cmpint (at (results, 0)->nomination_id, ==, 5);
  g_assert_cmpint (at (results, 1)->nomination_id, ==, 2);
  g_assert_cmpint (at (results, 2)->nomination_id, ==, 1);
  g_assert_cmpint (at (results, 3)->nomination_id, ==, 3);
  g_assert_cmpint (at (results, 4)->nomination_id, ==, 4);

  g_assert_cmpuint (find (results, 5)->rank, ==, 1);
  g_assert_cmpuint (find (results, 1)->rank, ==, 1);
  g_assert_cmpuint (find (results, 2)->rank, ==, 1);
  g_assert_cmpuint (find (results, 3)->rank, ==, 3);
  g_assert_cmpuint (find (results, 4)->rank, ==, 0);

  r = find (results, 3);
  g_assert_cmpuint (r->n_totals, ==, 3);     /* the abstention is no total */
  g_assert_cmpuint (r->n_abstained, ==, 1);
  g_assert_cmpfloat_with_epsilon (r->mean, 70.0, EPS);
  g_assert_false (pj_nomination_result_below_needed (r));

  r = find (results, 4);
  g_assert_false (r->has_result);
  g_assert_cmpuint (r->n_totals, ==, 0);
  g_assert_cmpuint (r->n_abstained, ==, 1);
  g_assert_cmpuint (r->n_needed, ==, 3);
  g_assert_true (pj_nomination_result_below_needed (r));
  g_assert_cmpfloat (r->mean, ==, 0.0);
  g_assert_false (r->disagreement);

  /* Ranking a hand-made array in place, without reordering it. */
  {
    PjNominationResult rows[4] = { { 0, }, };

    for (guint i = 0; i < 4; i++)
      {
        rows[i].nomination_id = i + 1;
        rows[i].category_id = 1;
        rows[i].has_result = TRUE;
      }
    rows[0].result = 50;
    rows[1].result = 90;
    rows[2].result = 50;
    rows[3].result = 20;
    pj_scoring_rank (rows, 4);
    g_assert_cmpuint (rows[0].rank, ==, 2);
    g_assert_cmpuint (rows[1].rank, ==, 1);
    g_assert_cmpuint (rows[2].rank, ==, 2);
    g_assert_cmpuint (rows[3].rank, ==, 4);
  }
}

/* Ties are decided at two decimals.
 *   80.004 -> 80.00, 79.996 -> 80.00: tied, rank 1 and 1
 *   79.994 -> 79.99:                  rank 3
 *   72.345 -> 72.35 and 1.005 -> 1.01, 2.675 -> 2.68 (halves up: in binary
 *   1.005 is 1.00499999999999989..., and round (1.005 * 100) would give 100
 *   hundredths; rounding to millionths first absorbs that), 72.3449 -> 72.34 */
static void
test_precision (void)
{
  PjNominationSpec specs[] = { { 1, 1, 1 }, { 2, 1, 1 }, { 3, 1, 1 } };
  PjJurorTotal totals[] = { T (1, 1, 80.004), T (1, 2, 79.996), T (1, 3, 79.994) };
  g_autoptr(GArray) results = NULL;

  g_assert_cmpint (pj_scoring_hundredths (80.004), ==, 8000);
  g_assert_cmpint (pj_scoring_hundredths (79.996), ==, 8000);
  g_assert_cmpint (pj_scoring_hundredths (79.994), ==, 7999);
  g_assert_cmpint (pj_scoring_hundredths (72.345), ==, 7235);
  g_assert_cmpint (pj_scoring_hundredths (72.3449), ==, 7234);
  g_assert_cmpint (pj_scoring_hundredths (1.005), ==, 101);
  g_assert_cmpint (pj_scoring_hundredths (2.675), ==, 268);
  g_assert_cmpint (pj_scoring_hundredths (100.0), ==, 10000);
  g_assert_cmpint (pj_scoring_hundredths (0.0), ==, 0);
  g_assert_true (pj_scoring_same (0.1 + 0.2, 0.3));
  g_assert_true (pj_scoring_same (200.0 / 3.0, 66.67));
  g_assert_false (pj_scoring_same (66.66, 66.67));

  results = pj_scoring_compute (specs, 3, totals, 3, PJ_AGGREGATION_MEAN, 15);
  g_assert_cmpuint (find (results, 1)->rank, ==, 1);
  g_assert_cmpuint (find (results, 2)->rank, ==, 1);
  g_assert_cmpuint (find (results, 3)->rank, ==, 3);
}

/* The disagreement flag, threshold 15 points:
 *   nomination 1: 35 65  mean 50, sd sqrt ((15^2+15^2)/2) = 15, range 30 -> at: no flag
 *   nomination 2: 34 66  sd 16, range 32                              -> above: flag
 *   nomination 3: 36 64  sd 14, range 28                              -> below: no flag
 * With threshold 14.99 nomination 1 is flagged; with 16, nomination 2 is not. */
static void
test_disagreement (void)
{
  PjNominationSpec specs[] = { { 1, 1, 2 }, { 2, 1, 2 }, { 3, 1, 2 } };
  PjJurorTotal totals[] = {
    T (1, 1, 35), T (2, 1, 65), T (1, 2, 34), T (2, 2, 66), T (1, 3, 36), T (2, 3, 64),
  };
  g_autoptr(GArray) at15 = NULL;
  g_autoptr(GArray) at1499 = NULL;
  g_autoptr(GArray) at16 = NULL;

  at15 = pj_scoring_compute (specs, 3, totals, 6, PJ_AGGREGATION_MEAN, 15);
  g_assert_cmpfloat_with_epsilon (find (at15, 1)->sd, 15.0, EPS);
  g_assert_cmpfloat_with_epsilon (find (at15, 1)->range, 30.0, EPS);
  g_assert_false (find (at15, 1)->disagreement);
  g_assert_cmpfloat_with_epsilon (find (at15, 2)->sd, 16.0, EPS);
  g_assert_cmpfloat_with_epsilon (find (at15, 2)->range, 32.0, EPS);
  g_assert_true (find (at15, 2)->disagreement);
  g_assert_cmpfloat_with_epsilon (find (at15, 3)->sd, 14.0, EPS);
  g_assert_cmpfloat_with_epsilon (find (at15, 3)->range, 28.0, EPS);
  g_assert_false (find (at15, 3)->disagreement);
  /* All three have mean 50: one shared rank. */
  g_assert_cmpuint (find (at15, 1)->rank, ==, 1);
  g_assert_cmpuint (find (at15, 2)->rank, ==, 1);
  g_assert_cmpuint (find (at15, 3)->rank, ==, 1);

  at1499 = pj_scoring_compute (specs, 3, totals, 6, PJ_AGGREGATION_MEAN, 14.99);
  g_assert_true (find (at1499, 1)->disagreement);
  g_assert_false (find (at1499, 3)->disagreement);

  at16 = pj_scoring_compute (specs, 3, totals, 6, PJ_AGGREGATION_MEAN, 16);
  g_assert_false (find (at16, 2)->disagreement);
}

/* Lenient and strict scorers.
 *   juror 1: N1 80, N2 90        juror 2: N1 60, N2 70
 *   juror 3: N1 70               juror 4: abstained on N2
 * Raw means: N1 (80+60+70)/3 = 70, N2 (90+70)/2 = 80.
 *   juror 1: mean 85, jury (70+80)/2 = 75, difference +10 (lenient), sd 5
 *   juror 2: mean 65, jury 75, difference -10 (strict), sd 5
 *   juror 3: mean 70, jury 70, difference 0, sd 0 (not normalised)
 *   juror 4: no totals, 1 abstention */
static void
test_overview (void)
{
  PjJurorTotal totals[] = {
    T (3, 1, 70), ABSTAIN (4, 2), T (2, 2, 70), T (1, 1, 80), T (2, 1, 60), T (1, 2, 90),
    INCOMPLETE (3, 2),
  };
  g_autoptr(GArray) overview = pj_scoring_juror_overview (totals, G_N_ELEMENTS (totals));
  const PjJurorOverview *o;

  g_assert_cmpuint (overview->len, ==, 4);

  o = &g_array_index (overview, PjJurorOverview, 0);
  g_assert_cmpint (o->juror_id, ==, 1);
  g_assert_true (o->has_totals);
  g_assert_cmpuint (o->n_totals, ==, 2);
  g_assert_cmpfloat_with_epsilon (o->mean, 85.0, EPS);
  g_assert_cmpfloat_with_epsilon (o->jury_mean, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (o->difference, 10.0, EPS);
  g_assert_cmpfloat_with_epsilon (o->sd, 5.0, EPS);
  g_assert_true (o->normalised);

  o = &g_array_index (overview, PjJurorOverview, 1);
  g_assert_cmpint (o->juror_id, ==, 2);
  g_assert_cmpfloat_with_epsilon (o->mean, 65.0, EPS);
  g_assert_cmpfloat_with_epsilon (o->jury_mean, 75.0, EPS);
  g_assert_cmpfloat_with_epsilon (o->difference, -10.0, EPS);
  g_assert_true (o->normalised);

  o = &g_array_index (overview, PjJurorOverview, 2);
  g_assert_cmpint (o->juror_id, ==, 3);
  g_assert_cmpuint (o->n_totals, ==, 1);  /* the incomplete sheet is no total */
  g_assert_cmpfloat_with_epsilon (o->mean, 70.0, EPS);
  g_assert_cmpfloat_with_epsilon (o->jury_mean, 70.0, EPS);
  g_assert_cmpfloat_with_epsilon (o->difference, 0.0, EPS);
  g_assert_cmpfloat (o->sd, ==, 0.0);
  g_assert_false (o->normalised);

  o = &g_array_index (overview, PjJurorOverview, 3);
  g_assert_cmpint (o->juror_id, ==, 4);
  g_assert_false (o->has_totals);
  g_assert_cmpuint (o->n_totals, ==, 0);
  g_assert_cmpuint (o->n_abstained, ==, 1);
}

static void
test_empty (void)
{
  g_autoptr(GArray) none = pj_scoring_compute (NULL, 0, NULL, 0, PJ_AGGREGATION_MEAN, 15);
  g_autoptr(GArray) nobody = pj_scoring_juror_overview (NULL, 0);
  PjNominationSpec spec = { 1, 1, 3 };
  g_autoptr(GArray) unscored = pj_scoring_compute (&spec, 1, NULL, 0, PJ_AGGREGATION_Z_SCORE, 15);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (nobody->len, ==, 0);
  g_assert_cmpuint (unscored->len, ==, 1);
  g_assert_false (at (unscored, 0)->has_result);
  g_assert_cmpuint (at (unscored, 0)->rank, ==, 0);
}

/* A large edition: 10 000 nominations in 20 categories, 5 criteria (scale
 * 1..5), 300 jurors, 6 sheets a nomination: 60 000 sheets, 300 000 scores. */
#define BIG_NOMINATIONS 10000
#define BIG_CATEGORIES 20
#define BIG_JURORS 300
#define BIG_SHEETS 6
#define BIG_CRITERIA 5

static void
test_timing (void)
{
  PjCriterionSpec big_criteria[BIG_CRITERIA];
  g_autofree PjNominationSpec *specs = g_new (PjNominationSpec, BIG_NOMINATIONS);
  g_autofree PjScoreValue *scores = g_new (PjScoreValue, (gsize) BIG_NOMINATIONS * BIG_SHEETS
                                                         * BIG_CRITERIA);
  g_autofree PjJurorTotal *totals = g_new (PjJurorTotal, BIG_NOMINATIONS * BIG_SHEETS);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250101);
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GArray) results = NULL;
  g_autoptr(GArray) overview = NULL;
  double t_totals, t_compute, t_overview;
  guint n_sheets = 0;

  for (guint c = 0; c < BIG_CRITERIA; c++)
    big_criteria[c] = (PjCriterionSpec) { c + 1, c == 4 ? 0.0 : 1.0 + c, 1, 5, TRUE };

  /* Each juror has a leniency of -1..+1 step on every score. */
  for (guint n = 0; n < BIG_NOMINATIONS; n++)
    {
      int quality = g_rand_int_range (rand, 1, 6);

      specs[n] = (PjNominationSpec) { n + 1, n % BIG_CATEGORIES + 1, 3 };
      for (guint s = 0; s < BIG_SHEETS; s++)
        {
          guint juror = (n * 7 + s * 53) % BIG_JURORS + 1;
          int leniency = (int) (juror % 3) - 1;

          for (guint c = 0; c < BIG_CRITERIA; c++)
            {
              int v = quality + leniency + g_rand_int_range (rand, -1, 2);

              scores[n_sheets * BIG_CRITERIA + c] =
                (PjScoreValue) { c + 1, CLAMP (v, 1, 5), TRUE };
            }
          totals[n_sheets] = (PjJurorTotal) { juror, n + 1, 0, 0 };
          n_sheets++;
        }
    }

  g_timer_start (timer);
  for (guint i = 0; i < n_sheets; i++)
    totals[i].outcome = pj_scoring_sheet_total (big_criteria, BIG_CRITERIA,
                                                &scores[i * BIG_CRITERIA], BIG_CRITERIA,
                                                &totals[i].total);
  t_totals = g_timer_elapsed (timer, NULL);

  g_timer_start (timer);
  results = pj_scoring_compute (specs, BIG_NOMINATIONS, totals, n_sheets,
                                PJ_AGGREGATION_Z_SCORE, 15);
  t_compute = g_timer_elapsed (timer, NULL);

  g_timer_start (timer);
  overview = pj_scoring_juror_overview (totals, n_sheets);
  t_overview = g_timer_elapsed (timer, NULL);

  g_test_message ("%u sheets, %u scores: totals %.3f s, results and ranks (z-score) %.3f s, "
                  "juror overview %.3f s", n_sheets, n_sheets * BIG_CRITERIA,
                  t_totals, t_compute, t_overview);

  g_assert_cmpuint (results->len, ==, BIG_NOMINATIONS);
  g_assert_cmpuint (overview->len, ==, BIG_JURORS);
  for (guint i = 0; i < results->len; i++)
    {
      const PjNominationResult *r = at (results, i);

      g_assert_cmpuint (r->n_totals, ==, BIG_SHEETS);
      g_assert_cmpuint (r->rank, >=, 1);
      g_assert_cmpuint (r->rank, <=, BIG_NOMINATIONS / BIG_CATEGORIES);
      g_assert_cmpfloat (r->result, >=, 0.0);
      g_assert_cmpfloat (r->result, <=, 100.0);
      if (i > 0 && at (results, i - 1)->category_id == r->category_id)
        g_assert_cmpuint (at (results, i - 1)->rank, <=, r->rank);
    }

  g_assert_cmpfloat (t_totals + t_compute + t_overview, <, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scoring/sheet-total", test_sheet_total);
  g_test_add_func ("/scoring/weight-zero", test_weight_zero);
  g_test_add_func ("/scoring/invalid", test_invalid);
  g_test_add_func ("/scoring/missing-required", test_missing_required);
  g_test_add_func ("/scoring/methods", test_methods);
  g_test_add_func ("/scoring/z-score", test_z_score);
  g_test_add_func ("/scoring/z-score-clamped", test_z_score_clamped);
  g_test_add_func ("/scoring/zero-spread", test_zero_spread);
  g_test_add_func ("/scoring/single-sheet", test_single_sheet);
  g_test_add_func ("/scoring/ties", test_ties);
  g_test_add_func ("/scoring/precision", test_precision);
  g_test_add_func ("/scoring/disagreement", test_disagreement);
  g_test_add_func ("/scoring/overview", test_overview);
  g_test_add_func ("/scoring/empty", test_empty);
  g_test_add_func ("/scoring/timing", test_timing);

  return g_test_run ();
}
