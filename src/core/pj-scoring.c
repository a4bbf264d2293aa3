/* pj-scoring.c: the results arithmetic, as pure functions
 *
 * The definitions are in pj-scoring.h; this file follows them to the letter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-scoring"

#include "config.h"

#include "pj-scoring.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Below this a spread is no spread. */
#define PJ_SCORING_ZERO_SPREAD 1e-9

/* ------------------------------------------------------------------------ */
/* Precision                                                                 */

gint64
pj_scoring_hundredths (double points)
{
  double micro;

  if (!isfinite (points))
    return 0;

  micro = round (points * 1e6);
  return (gint64) llround (micro / 1e4);
}

gboolean
pj_scoring_same (double a,
                 double b)
{
  return pj_scoring_hundredths (a) == pj_scoring_hundredths (b);
}

/* ------------------------------------------------------------------------ */
/* Sheet total                                                               */

PjSheetOutcome
pj_scoring_sheet_total (const PjCriterionSpec *criteria,
                        guint                  n_criteria,
                        const PjScoreValue    *scores,
                        guint                  n_scores,
                        double                *total_out)
{
  double weighted = 0.0;
  double weights = 0.0;
  gboolean incomplete = FALSE;

  g_return_val_if_fail (criteria != NULL || n_criteria == 0, PJ_SHEET_OUTCOME_INVALID);
  g_return_val_if_fail (scores != NULL || n_scores == 0, PJ_SHEET_OUTCOME_INVALID);
  g_return_val_if_fail (total_out != NULL, PJ_SHEET_OUTCOME_INVALID);

  *total_out = 0.0;

  for (guint i = 0; i < n_criteria; i++)
    {
      const PjCriterionSpec *c = &criteria[i];
      const PjScoreValue *score = NULL;

      if (!isfinite (c->weight) || c->weight < 0 || c->scale_min >= c->scale_max)
        return PJ_SHEET_OUTCOME_INVALID;

      /* The first score for the criterion; the database holds at most one. */
      for (guint j = 0; j < n_scores; j++)
        if (scores[j].criterion_id == c->criterion_id && scores[j].set)
          {
            score = &scores[j];
            break;
          }

      if (score == NULL)
        {
          if (c->required)
            incomplete = TRUE;
          continue;
        }

      if (score->value < c->scale_min || score->value > c->scale_max)
        return PJ_SHEET_OUTCOME_INVALID;

      if (c->weight > 0)
        {
          double unit = (double) (score->value - c->scale_min)
                        / (double) (c->scale_max - c->scale_min);

          weighted += c->weight * unit;
          weights += c->weight;
        }
    }

  if (incomplete)
    return PJ_SHEET_OUTCOME_INCOMPLETE;
  if (weights <= 0)
    return PJ_SHEET_OUTCOME_NO_WEIGHT;

  *total_out = CLAMP (100.0 * weighted / weights, 0.0, 100.0);
  return PJ_SHEET_OUTCOME_TOTAL;
}

/* ------------------------------------------------------------------------ */
/* Small statistics                                                          */

static gboolean
is_total (const PjJurorTotal *t)
{
  return t->outcome == PJ_SHEET_OUTCOME_TOTAL && isfinite (t->total);
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
mean_of (const double *values,
         guint         n)
{
  double sum = 0.0;

  for (guint i = 0; i < n; i++)
    sum += values[i];
  return n > 0 ? sum / n : 0.0;
}

/* Population standard deviation, two passes. */
static double
sd_of (const double *values,
       guint         n,
       double        mean)
{
  double sum = 0.0;

  for (guint i = 0; i < n; i++)
    sum += (values[i] - mean) * (values[i] - mean);
  return n > 0 ? sqrt (sum / n) : 0.0;
}

/* @sorted: ascending, n > 0. */
static void
describe (const double       *sorted,
          guint               n,
          PjNominationResult *r)
{
  r->mean = mean_of (sorted, n);
  if (n % 2 == 1)
    r->median = sorted[n / 2];
  else
    r->median = (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  r->trimmed_mean = n >= 5 ? mean_of (sorted + 1, n - 2) : r->mean;
  r->sd = sd_of (sorted, n, r->mean);
  r->min = sorted[0];
  r->max = sorted[n - 1];
  r->range = r->max - r->min;
}

/* ------------------------------------------------------------------------ */
/* Z-scores                                                                  */

void
pj_scoring_z_normalise (const PjJurorTotal *totals,
                        guint               n_totals,
                        double             *normalised_out)
{
  g_autoptr(GHashTable) slots = NULL;
  g_autofree guint *slot_of = NULL;
  g_autofree guint *count = NULL;
  g_autofree double *mean = NULL;
  g_autofree double *sd = NULL;
  double pooled_mean = 0.0;
  double pooled_sd = 0.0;
  guint n_pooled = 0;
  guint n_jurors = 0;

  g_return_if_fail (totals != NULL || n_totals == 0);
  g_return_if_fail (normalised_out != NULL || n_totals == 0);

  if (n_totals == 0)
    return;

  /* Each juror gets a slot; keys point into @totals. */
  slots = g_hash_table_new (g_int64_hash, g_int64_equal);
  slot_of = g_new (guint, n_totals);
  for (guint i = 0; i < n_totals; i++)
    {
      gpointer value;

      if (!is_total (&totals[i]))
        continue;
      if (g_hash_table_lookup_extended (slots, &totals[i].juror_id, NULL, &value))
        slot_of[i] = GPOINTER_TO_UINT (value);
      else
        {
          slot_of[i] = n_jurors++;
          g_hash_table_insert (slots, (gpointer) &totals[i].juror_id,
                               GUINT_TO_POINTER (slot_of[i]));
        }
    }

  count = g_new0 (guint, MAX (n_jurors, 1));
  mean = g_new0 (double, MAX (n_jurors, 1));
  sd = g_new0 (double, MAX (n_jurors, 1));

  for (guint i = 0; i < n_totals; i++)
    if (is_total (&totals[i]))
      {
        count[slot_of[i]]++;
        mean[slot_of[i]] += totals[i].total;
        pooled_mean += totals[i].total;
        n_pooled++;
      }
  for (guint j = 0; j < n_jurors; j++)
    mean[j] /= count[j];
  if (n_pooled > 0)
    pooled_mean /= n_pooled;

  for (guint i = 0; i < n_totals; i++)
    if (is_total (&totals[i]))
      {
        double d = totals[i].total - mean[slot_of[i]];
        double p = totals[i].total - pooled_mean;

        sd[slot_of[i]] += d * d;
        pooled_sd += p * p;
      }
  for (guint j = 0; j < n_jurors; j++)
    sd[j] = sqrt (sd[j] / count[j]);
  if (n_pooled > 0)
    pooled_sd = sqrt (pooled_sd / n_pooled);

  for (guint i = 0; i < n_totals; i++)
    {
      guint j;

      if (!is_total (&totals[i]))
        {
          normalised_out[i] = NAN;
          continue;
        }

      j = slot_of[i];
      if (count[j] < 2 || sd[j] < PJ_SCORING_ZERO_SPREAD)
        normalised_out[i] = totals[i].total;
      else
        {
          double z = (totals[i].total - mean[j]) / sd[j];

          normalised_out[i] = CLAMP (pooled_mean + pooled_sd * z, 0.0, 100.0);
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Results and ranks                                                         */

double
pj_nomination_result_get (const PjNominationResult *result,
                          PjAggregation             method)
{
  g_return_val_if_fail (result != NULL, 0.0);

  switch (method)
    {
    case PJ_AGGREGATION_MEAN:
      return result->mean;
    case PJ_AGGREGATION_MEDIAN:
      return result->median;
    case PJ_AGGREGATION_TRIMMED_MEAN:
      return result->trimmed_mean;
    case PJ_AGGREGATION_Z_SCORE:
      return result->z_mean;
    default:
      g_return_val_if_reached (result->mean);
    }
}

gboolean
pj_nomination_result_below_needed (const PjNominationResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);

  return result->n_totals < result->n_needed;
}

typedef struct
{
  gint64 category_id;
  gint64 hundredths;
  guint  index;
} RankKey;

static int
compare_rank_key (const void *a,
                  const void *b)
{
  const RankKey *x = a;
  const RankKey *y = b;

  if (x->category_id != y->category_id)
    return (x->category_id > y->category_id) - (x->category_id < y->category_id);
  if (x->hundredths != y->hundredths)
    return (x->hundredths < y->hundredths) - (x->hundredths > y->hundredths);
  return (x->index > y->index) - (x->index < y->index);
}

void
pj_scoring_rank (PjNominationResult *results,
                 guint               n_results)
{
  g_autofree RankKey *keys = NULL;
  guint n_keys = 0;

  g_return_if_fail (results != NULL || n_results == 0);

  keys = g_new (RankKey, MAX (n_results, 1));
  for (guint i = 0; i < n_results; i++)
    {
      results[i].rank = 0;
      if (!results[i].has_result)
        continue;
      keys[n_keys].category_id = results[i].category_id;
      keys[n_keys].hundredths = pj_scoring_hundredths (results[i].result);
      keys[n_keys].index = i;
      n_keys++;
    }

  qsort (keys, n_keys, sizeof (RankKey), compare_rank_key);

  for (guint k = 0, first = 0; k < n_keys; k++)
    {
      if (k == 0 || keys[k].category_id != keys[k - 1].category_id)
        first = k;  /* a new category: position counts from here */

      if (k > first && keys[k].hundredths == keys[k - 1].hundredths)
        results[keys[k].index].rank = results[keys[k - 1].index].rank;
      else
        results[keys[k].index].rank = k - first + 1;
    }
}

typedef struct
{
  guint category_order;
  guint rank;
  guint index;
} OrderKey;

static int
compare_order_key (const void *a,
                   const void *b)
{
  const OrderKey *x = a;
  const OrderKey *y = b;
  /* Unranked (0) after every rank. */
  guint rx = x->rank == 0 ? G_MAXUINT : x->rank;
  guint ry = y->rank == 0 ? G_MAXUINT : y->rank;

  if (x->category_order != y->category_order)
    return (x->category_order > y->category_order) - (x->category_order < y->category_order);
  if (rx != ry)
    return (rx > ry) - (rx < ry);
  return (x->index > y->index) - (x->index < y->index);
}

GArray *
pj_scoring_compute (const PjNominationSpec *nominations,
                    guint                   n_nominations,
                    const PjJurorTotal     *totals,
                    guint                   n_totals,
                    PjAggregation           method,
                    double                  disagreement_threshold)
{
  g_autoptr(GHashTable) index_of = NULL;
  g_autoptr(GHashTable) category_order = NULL;
  g_autofree PjNominationResult *results = NULL;
  g_autofree PjJurorTotal *counted = NULL;
  g_autofree guint *counted_nomination = NULL;
  g_autofree double *normalised = NULL;
  g_autofree guint *offset = NULL;
  g_autofree guint *fill = NULL;
  g_autofree double *raw = NULL;
  g_autofree double *z = NULL;
  g_autofree OrderKey *order = NULL;
  guint n_counted = 0;
  gint64 threshold;
  GArray *out;

  g_return_val_if_fail (nominations != NULL || n_nominations == 0, NULL);
  g_return_val_if_fail (totals != NULL || n_totals == 0, NULL);
  g_return_val_if_fail (method < PJ_N_AGGREGATIONS, NULL);

  threshold = pj_scoring_hundredths (disagreement_threshold);
  out = g_array_sized_new (FALSE, TRUE, sizeof (PjNominationResult), n_nominations);
  if (n_nominations == 0)
    return out;

  /* Nomination id -> index; keys point into @nominations. */
  index_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  category_order = g_hash_table_new (g_int64_hash, g_int64_equal);
  results = g_new0 (PjNominationResult, n_nominations);
  for (guint i = 0; i < n_nominations; i++)
    {
      if (g_hash_table_contains (index_of, &nominations[i].nomination_id))
        g_warning ("Nomination %" G_GINT64_FORMAT " listed twice; the first counts",
                   nominations[i].nomination_id);
      else
        g_hash_table_insert (index_of, (gpointer) &nominations[i].nomination_id,
                             GUINT_TO_POINTER (i));
      if (!g_hash_table_contains (category_order, &nominations[i].category_id))
        g_hash_table_insert (category_order, (gpointer) &nominations[i].category_id,
                             GUINT_TO_POINTER (g_hash_table_size (category_order)));

      results[i].nomination_id = nominations[i].nomination_id;
      results[i].category_id = nominations[i].category_id;
      results[i].n_needed = nominations[i].n_needed;
    }

  /* Count the sheets; keep the totals of listed nominations. */
  counted = g_new (PjJurorTotal, MAX (n_totals, 1));
  counted_nomination = g_new (guint, MAX (n_totals, 1));
  for (guint i = 0; i < n_totals; i++)
    {
      gpointer value;
      guint k;

      if (!g_hash_table_lookup_extended (index_of, &totals[i].nomination_id, NULL, &value))
        continue;
      k = GPOINTER_TO_UINT (value);

      if (is_total (&totals[i]))
        {
          counted[n_counted] = totals[i];
          counted_nomination[n_counted] = k;
          n_counted++;
          results[k].n_totals++;
        }
      else if (totals[i].outcome == PJ_SHEET_OUTCOME_ABSTAINED)
        results[k].n_abstained++;
      else
        results[k].n_excluded++;
    }

  normalised = g_new (double, MAX (n_counted, 1));
  pj_scoring_z_normalise (counted, n_counted, normalised);

  /* Group the totals by nomination (counting sort). */
  offset = g_new0 (guint, n_nominations + 1);
  fill = g_new0 (guint, n_nominations);
  for (guint k = 0; k < n_nominations; k++)
    offset[k + 1] = offset[k] + results[k].n_totals;
  raw = g_new (double, MAX (n_counted, 1));
  z = g_new (double, MAX (n_counted, 1));
  for (guint i = 0; i < n_counted; i++)
    {
      guint k = counted_nomination[i];
      guint at = offset[k] + fill[k]++;

      raw[at] = counted[i].total;
      z[at] = normalised[i];
    }

  for (guint k = 0; k < n_nominations; k++)
    {
      PjNominationResult *r = &results[k];
      guint n = r->n_totals;

      if (n == 0)
        continue;

      qsort (raw + offset[k], n, sizeof (double), compare_double);
      describe (raw + offset[k], n, r);
      r->z_mean = mean_of (z + offset[k], n);
      r->has_result = TRUE;
      r->result = pj_nomination_result_get (r, method);
      r->disagreement = pj_scoring_hundredths (r->sd) > threshold;
    }

  pj_scoring_rank (results, n_nominations);

  order = g_new (OrderKey, n_nominations);
  for (guint k = 0; k < n_nominations; k++)
    {
      order[k].category_order =
        GPOINTER_TO_UINT (g_hash_table_lookup (category_order, &nominations[k].category_id));
      order[k].rank = results[k].rank;
      order[k].index = k;
    }
  qsort (order, n_nominations, sizeof (OrderKey), compare_order_key);
  for (guint k = 0; k < n_nominations; k++)
    g_array_append_val (out, results[order[k].index]);

  return out;
}

/* ------------------------------------------------------------------------ */
/* The juror overview                                                        */

static int
compare_overview (const void *a,
                  const void *b)
{
  const PjJurorOverview *x = a;
  const PjJurorOverview *y = b;

  return (x->juror_id > y->juror_id) - (x->juror_id < y->juror_id);
}

typedef struct
{
  double sum;
  guint  n;
} Sum;

GArray *
pj_scoring_juror_overview (const PjJurorTotal *totals,
                           guint               n_totals)
{
  g_autoptr(GHashTable) jurors = NULL;
  g_autoptr(GHashTable) nominations = NULL;
  g_autofree Sum *nomination_sums = NULL;
  g_autofree guint *nomination_of = NULL;
  g_autofree guint *juror_of = NULL;
  g_autofree double *jury_sum = NULL;
  g_autofree double *own = NULL;
  guint n_nominations = 0;
  GArray *out;

  g_return_val_if_fail (totals != NULL || n_totals == 0, NULL);

  out = g_array_new (FALSE, TRUE, sizeof (PjJurorOverview));
  if (n_totals == 0)
    return out;

  jurors = g_hash_table_new (g_int64_hash, g_int64_equal);
  nominations = g_hash_table_new (g_int64_hash, g_int64_equal);
  nomination_sums = g_new0 (Sum, n_totals);
  nomination_of = g_new (guint, n_totals);
  juror_of = g_new (guint, n_totals);

  /* Slots for jurors (every sheet) and nominations (totals only). */
  for (guint i = 0; i < n_totals; i++)
    {
      gpointer value;

      if (g_hash_table_lookup_extended (jurors, &totals[i].juror_id, NULL, &value))
        juror_of[i] = GPOINTER_TO_UINT (value);
      else
        {
          PjJurorOverview o = { 0, };

          o.juror_id = totals[i].juror_id;
          juror_of[i] = out->len;
          g_array_append_val (out, o);
          g_hash_table_insert (jurors, (gpointer) &totals[i].juror_id,
                               GUINT_TO_POINTER (juror_of[i]));
        }

      if (totals[i].outcome == PJ_SHEET_OUTCOME_ABSTAINED)
        g_array_index (out, PjJurorOverview, juror_of[i]).n_abstained++;
      if (!is_total (&totals[i]))
        continue;

      if (g_hash_table_lookup_extended (nominations, &totals[i].nomination_id, NULL, &value))
        nomination_of[i] = GPOINTER_TO_UINT (value);
      else
        {
          nomination_of[i] = n_nominations++;
          g_hash_table_insert (nominations, (gpointer) &totals[i].nomination_id,
                               GUINT_TO_POINTER (nomination_of[i]));
        }
      nomination_sums[nomination_of[i]].sum += totals[i].total;
      nomination_sums[nomination_of[i]].n++;
    }

  /* The juror's own mean, and the mean of the raw means of the same
   * nominations. */
  jury_sum = g_new0 (double, out->len);
  own = g_new0 (double, out->len);
  for (guint i = 0; i < n_totals; i++)
    {
      PjJurorOverview *o;
      const Sum *s;

      if (!is_total (&totals[i]))
        continue;
      o = &g_array_index (out, PjJurorOverview, juror_of[i]);
      s = &nomination_sums[nomination_of[i]];
      o->n_totals++;
      own[juror_of[i]] += totals[i].total;
      jury_sum[juror_of[i]] += s->sum / s->n;
    }
  for (guint j = 0; j < out->len; j++)
    {
      PjJurorOverview *o = &g_array_index (out, PjJurorOverview, j);

      if (o->n_totals == 0)
        continue;
      o->has_totals = TRUE;
      o->mean = own[j] / o->n_totals;
      o->jury_mean = jury_sum[j] / o->n_totals;
      o->difference = o->mean - o->jury_mean;
    }

  /* The spread of each juror's totals, the same as the z-score pass uses. */
  for (guint i = 0; i < n_totals; i++)
    if (is_total (&totals[i]))
      {
        PjJurorOverview *o = &g_array_index (out, PjJurorOverview, juror_of[i]);
        double d = totals[i].total - o->mean;

        o->sd += d * d;
      }
  for (guint j = 0; j < out->len; j++)
    {
      PjJurorOverview *o = &g_array_index (out, PjJurorOverview, j);

      if (o->n_totals == 0)
        continue;
      o->sd = sqrt (o->sd / o->n_totals);
      o->normalised = o->n_totals >= 2 && o->sd >= PJ_SCORING_ZERO_SPREAD;
    }

  /* Sorting moves the entries; the hash tables are not used after this. */
  qsort (out->data, out->len, sizeof (PjJurorOverview), compare_overview);

  return out;
}
