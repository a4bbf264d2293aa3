/* pj-results.c: an edition's results, computed from what the store read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-results"

#include "config.h"

#include "pj-results.h"

#include "pj-results-private.h"

G_DEFINE_BOXED_TYPE (PjResults, pj_results, pj_results_ref, pj_results_unref)

static void
clear_category (gpointer data)
{
  PjResultsCategory *c = data;

  g_clear_pointer (&c->name, g_free);
  g_clear_pointer (&c->prize, g_free);
}

static void
clear_nomination (gpointer data)
{
  PjResultsNomination *n = data;

  g_clear_pointer (&n->title, g_free);
  g_clear_pointer (&n->unit_names, g_free);
}

static void
clear_juror (gpointer data)
{
  PjResultsJuror *j = data;

  g_clear_pointer (&j->name, g_free);
}

PjResults *
pj_results_new (void)
{
  PjResults *self = g_new0 (PjResults, 1);

  g_atomic_ref_count_init (&self->ref);
  self->award_name = g_strdup ("");
  self->categories = g_array_new (FALSE, TRUE, sizeof (PjResultsCategory));
  g_array_set_clear_func (self->categories, clear_category);
  self->nominations = g_array_new (FALSE, TRUE, sizeof (PjResultsNomination));
  g_array_set_clear_func (self->nominations, clear_nomination);
  self->jurors = g_array_new (FALSE, TRUE, sizeof (PjResultsJuror));
  g_array_set_clear_func (self->jurors, clear_juror);
  self->totals = g_array_new (FALSE, TRUE, sizeof (PjJurorTotal));
  return self;
}

PjResults *
pj_results_ref (PjResults *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref);
  return self;
}

void
pj_results_unref (PjResults *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  g_free (self->award_name);
  g_array_unref (self->categories);
  g_array_unref (self->nominations);
  g_array_unref (self->jurors);
  g_array_unref (self->totals);
  g_free (self);
}

gint64
pj_results_get_edition_id (PjResults *self)
{
  g_return_val_if_fail (self != NULL, PJ_NO_ID);
  return self->edition_id;
}

const char *
pj_results_get_award_name (PjResults *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->award_name;
}

int
pj_results_get_year (PjResults *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->year;
}

PjPhase
pj_results_get_phase (PjResults *self)
{
  g_return_val_if_fail (self != NULL, PJ_PHASE_SETUP);
  return self->phase;
}

PjAggregation
pj_results_get_method (PjResults *self)
{
  g_return_val_if_fail (self != NULL, PJ_AGGREGATION_MEAN);
  return self->method;
}

double
pj_results_get_disagreement_threshold (PjResults *self)
{
  g_return_val_if_fail (self != NULL, 0.0);
  return self->disagreement_threshold;
}

guint
pj_results_get_n_needed (PjResults *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_needed;
}

guint
pj_results_get_n_categories (PjResults *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->categories->len;
}

const PjResultsCategory *
pj_results_get_category (PjResults *self,
                         guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);
  return &g_array_index (self->categories, PjResultsCategory, index);
}

const PjResultsCategory *
pj_results_find_category (PjResults *self,
                          gint64     id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->categories->len; i++)
    if (g_array_index (self->categories, PjResultsCategory, i).id == id)
      return &g_array_index (self->categories, PjResultsCategory, i);
  return NULL;
}

guint
pj_results_get_n_nominations (PjResults *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->nominations->len;
}

const PjResultsNomination *
pj_results_get_nomination (PjResults *self,
                           guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->nominations->len, NULL);
  return &g_array_index (self->nominations, PjResultsNomination, index);
}

const PjResultsNomination *
pj_results_find_nomination (PjResults *self,
                            gint64     id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->nominations->len; i++)
    if (g_array_index (self->nominations, PjResultsNomination, i).id == id)
      return &g_array_index (self->nominations, PjResultsNomination, i);
  return NULL;
}

guint
pj_results_get_n_jurors (PjResults *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->jurors->len;
}

const PjResultsJuror *
pj_results_get_juror (PjResults *self,
                      guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->jurors->len, NULL);
  return &g_array_index (self->jurors, PjResultsJuror, index);
}

const PjResultsJuror *
pj_results_find_juror (PjResults *self,
                       gint64     id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->jurors->len; i++)
    if (g_array_index (self->jurors, PjResultsJuror, i).id == id)
      return &g_array_index (self->jurors, PjResultsJuror, i);
  return NULL;
}

const PjJurorTotal *
pj_results_get_totals (PjResults *self,
                       guint     *n_totals)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_totals != NULL)
    *n_totals = self->totals->len;
  return (const PjJurorTotal *) (gpointer) self->totals->data;
}

GArray *
pj_results_compute (PjResults     *self,
                    PjAggregation  method)
{
  g_autofree PjNominationSpec *specs = NULL;
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  n = self->nominations->len;
  specs = g_new0 (PjNominationSpec, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const PjResultsNomination *nom = &g_array_index (self->nominations,
                                                       PjResultsNomination, i);

      specs[i].nomination_id = nom->id;
      specs[i].category_id = nom->category_id;
      specs[i].n_needed = self->n_needed;
    }

  return pj_scoring_compute (specs, n,
                             (const PjJurorTotal *) (gpointer) self->totals->data,
                             self->totals->len, method, self->disagreement_threshold);
}

guint
pj_results_category_span (GArray *computed,
                          gint64  category_id,
                          guint  *first)
{
  guint start = G_MAXUINT;
  guint count = 0;

  g_return_val_if_fail (computed != NULL, 0);

  for (guint i = 0; i < computed->len; i++)
    if (g_array_index (computed, PjNominationResult, i).category_id == category_id)
      {
        if (start == G_MAXUINT)
          start = i;
        count++;
      }
  if (first != NULL)
    *first = count > 0 ? start : 0;
  return count;
}

const PjNominationResult *
pj_results_lookup (GArray *computed,
                   gint64  nomination_id)
{
  g_return_val_if_fail (computed != NULL, NULL);

  for (guint i = 0; i < computed->len; i++)
    if (g_array_index (computed, PjNominationResult, i).nomination_id == nomination_id)
      return &g_array_index (computed, PjNominationResult, i);
  return NULL;
}

GArray *
pj_results_juror_overview (PjResults *self)
{
  g_autoptr(GHashTable) listed = NULL;
  g_autoptr(GArray) kept = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  /* Only the sheets of the nominations listed: the same as the results */
  listed = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < self->nominations->len; i++)
    g_hash_table_add (listed, &g_array_index (self->nominations, PjResultsNomination, i).id);
  kept = g_array_new (FALSE, FALSE, sizeof (PjJurorTotal));
  for (guint i = 0; i < self->totals->len; i++)
    {
      PjJurorTotal *t = &g_array_index (self->totals, PjJurorTotal, i);

      if (g_hash_table_contains (listed, &t->nomination_id))
        g_array_append_val (kept, *t);
    }
  return pj_scoring_juror_overview ((const PjJurorTotal *) (gpointer) kept->data, kept->len);
}

char *
pj_results_format_points (double points)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 hundredths = pj_scoring_hundredths (points);

  /* From the rounded hundredths, so the text agrees with ties and ranks */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", (double) hundredths / 100.0));
}
