/* pj-distribute.c: sharing nominations out among jurors (pure functions)
 *
 * No I/O: the store reads the edition, calls pj_distribute () and writes
 * the pairs it returns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-distribute"

#include "config.h"

#include "pj-distribute.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

static guint
pair_hash (gconstpointer p)
{
  const PjPair *pair = p;
  guint64 h = (guint64) pair->juror_id * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  h ^= (guint64) pair->nomination_id + G_GUINT64_CONSTANT (0x632be59bd9b4e019) + (h << 6)
       + (h >> 2);
  return (guint) (h ^ (h >> 32));
}

static gboolean
pair_equal (gconstpointer a,
            gconstpointer b)
{
  const PjPair *x = a;
  const PjPair *y = b;

  return x->juror_id == y->juror_id && x->nomination_id == y->nomination_id;
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const PjPair *x = a;
  const PjPair *y = b;

  if (x->nomination_id != y->nomination_id)
    return x->nomination_id < y->nomination_id ? -1 : 1;
  return (x->juror_id > y->juror_id) - (x->juror_id < y->juror_id);
}

static int
compare_shortfalls (gconstpointer a,
                    gconstpointer b)
{
  const PjShortfall *x = a;
  const PjShortfall *y = b;

  return (x->nomination_id > y->nomination_id) - (x->nomination_id < y->nomination_id);
}

/* A set of pairs pointing into the caller's arrays. */
static GHashTable *
pair_set_new (const PjPair *pairs,
              guint         n_pairs)
{
  GHashTable *set = g_hash_table_new (pair_hash, pair_equal);

  for (guint i = 0; i < n_pairs; i++)
    g_hash_table_add (set, (gpointer) &pairs[i]);
  return set;
}

static gboolean
pair_set_has (GHashTable *set,
              gint64      juror_id,
              gint64      nomination_id)
{
  PjPair key = { juror_id, nomination_id };

  return g_hash_table_contains (set, &key);
}

typedef struct
{
  guint  index;        /* into input->nominations */
  gint64 id;
  guint  n_free;       /* jurors that could still take it */
} Order;

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const Order *x = a;
  const Order *y = b;

  if (x->n_free != y->n_free)
    return x->n_free < y->n_free ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}

typedef struct
{
  guint   index;       /* into input->jurors */
  gint64  id;
} JurorRef;

static int
compare_juror_refs (gconstpointer a,
                    gconstpointer b)
{
  const JurorRef *x = a;
  const JurorRef *y = b;

  return (x->id > y->id) - (x->id < y->id);
}

static void
free_array (gpointer data)
{
  g_array_unref (data);
}

/* category id -> GArray of juror indices, jurors by id */
static GHashTable *
jurors_by_category (const PjDistInput *input)
{
  GHashTable *map = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, free_array);
  g_autofree JurorRef *refs = g_new (JurorRef, MAX (input->n_jurors, 1));

  for (guint j = 0; j < input->n_jurors; j++)
    {
      refs[j].index = j;
      refs[j].id = input->jurors[j].id;
    }
  qsort (refs, input->n_jurors, sizeof (JurorRef), compare_juror_refs);

  for (guint r = 0; r < input->n_jurors; r++)
    {
      const PjDistJuror *juror = &input->jurors[refs[r].index];

      for (guint c = 0; c < juror->n_category_ids; c++)
        {
          const gint64 *category = &juror->category_ids[c];
          GArray *list = g_hash_table_lookup (map, category);

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (map, (gpointer) category, list);
            }
          /* a category named twice for one juror counts once */
          if (list->len == 0 || g_array_index (list, guint, list->len - 1) != refs[r].index)
            g_array_append_val (list, refs[r].index);
        }
    }
  return map;
}

PjDistResult *
pj_distribute (const PjDistInput *input)
{
  g_autoptr(GHashTable) conflicts = NULL;
  g_autoptr(GHashTable) existing = NULL;
  g_autoptr(GHashTable) categories = NULL;
  g_autoptr(GHashTable) nomination_index = NULL;
  g_autofree guint *have = NULL;
  g_autofree Order *order = NULL;
  g_autofree guint *candidates = NULL;
  PjDistResult *result;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (input->k >= 1, NULL);
  g_return_val_if_fail (input->nominations != NULL || input->n_nominations == 0, NULL);
  g_return_val_if_fail (input->jurors != NULL || input->n_jurors == 0, NULL);
  g_return_val_if_fail (input->conflicts != NULL || input->n_conflicts == 0, NULL);
  g_return_val_if_fail (input->existing != NULL || input->n_existing == 0, NULL);

  result = g_new0 (PjDistResult, 1);
  result->added = g_array_new (FALSE, FALSE, sizeof (PjPair));
  result->shortfalls = g_array_new (FALSE, FALSE, sizeof (PjShortfall));
  result->n_loads = input->n_jurors;
  result->loads = g_new0 (guint, MAX (input->n_jurors, 1));
  for (guint j = 0; j < input->n_jurors; j++)
    result->loads[j] = input->jurors[j].load;

  conflicts = pair_set_new (input->conflicts, input->n_conflicts);
  existing = pair_set_new (input->existing, input->n_existing);
  categories = jurors_by_category (input);

  /* What each nomination has already */
  nomination_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < input->n_nominations; i++)
    g_hash_table_insert (nomination_index, (gpointer) &input->nominations[i].id,
                         GUINT_TO_POINTER (i + 1));
  have = g_new0 (guint, MAX (input->n_nominations, 1));
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (pair_hash, pair_equal);

    for (guint e = 0; e < input->n_existing; e++)
      {
        const PjPair *pair = &input->existing[e];
        guint i = GPOINTER_TO_UINT (g_hash_table_lookup (nomination_index,
                                                         &pair->nomination_id));

        if (i == 0 || g_hash_table_contains (conflicts, pair)
            || !g_hash_table_add (seen, (gpointer) pair))
          continue;
        have[i - 1]++;
      }
  }

  /* The most constrained nominations choose first */
  order = g_new0 (Order, MAX (input->n_nominations, 1));
  for (guint i = 0; i < input->n_nominations; i++)
    {
      const PjDistNomination *n = &input->nominations[i];
      GArray *list = g_hash_table_lookup (categories, &n->category_id);

      order[i].index = i;
      order[i].id = n->id;
      for (guint c = 0; list != NULL && c < list->len; c++)
        {
          gint64 juror_id = input->jurors[g_array_index (list, guint, c)].id;

          if (!pair_set_has (conflicts, juror_id, n->id)
              && !pair_set_has (existing, juror_id, n->id))
            order[i].n_free++;
        }
    }
  qsort (order, input->n_nominations, sizeof (Order), compare_order);

  candidates = g_new0 (guint, MAX (input->n_jurors, 1));
  for (guint o = 0; o < input->n_nominations; o++)
    {
      const PjDistNomination *n = &input->nominations[order[o].index];
      GArray *list = g_hash_table_lookup (categories, &n->category_id);
      guint n_have = have[order[o].index];
      guint in_category = list != NULL ? list->len : 0;
      guint n_conflicted = 0;
      guint n_candidates = 0;

      for (guint c = 0; c < in_category; c++)
        {
          guint j = g_array_index (list, guint, c);
          gint64 juror_id = input->jurors[j].id;

          if (pair_set_has (conflicts, juror_id, n->id))
            n_conflicted++;
          else if (!pair_set_has (existing, juror_id, n->id))
            candidates[n_candidates++] = j;
        }

      /* The least-loaded free jurors; the list is by juror id, so the
       * first of equals is the lower id. */
      while (n_have < input->k && n_candidates > 0)
        {
          guint best = 0;
          PjPair pair;

          for (guint c = 1; c < n_candidates; c++)
            if (result->loads[candidates[c]] < result->loads[candidates[best]])
              best = c;

          pair.juror_id = input->jurors[candidates[best]].id;
          pair.nomination_id = n->id;
          g_array_append_val (result->added, pair);
          result->loads[candidates[best]]++;
          n_have++;

          /* keep the remaining candidates in id order */
          memmove (&candidates[best], &candidates[best + 1],
                   (n_candidates - best - 1) * sizeof (guint));
          n_candidates--;
        }

      if (n_have < input->k)
        {
          PjShortfall s = { n->id, n_have, in_category, n_conflicted, PJ_SHORTFALL_CONFLICTS };

          if (n->category_id == PJ_NO_ID)
            s.reason = PJ_SHORTFALL_NO_CATEGORY;
          else if (in_category == 0)
            s.reason = PJ_SHORTFALL_NO_JURORS;
          else if (in_category < input->k)
            s.reason = PJ_SHORTFALL_TOO_FEW_JURORS;
          g_array_append_val (result->shortfalls, s);
        }
    }

  g_array_sort (result->added, compare_pairs);
  g_array_sort (result->shortfalls, compare_shortfalls);
  return result;
}

void
pj_dist_result_free (PjDistResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->added, g_array_unref);
  g_clear_pointer (&result->shortfalls, g_array_unref);
  g_clear_pointer (&result->loads, g_free);
  g_free (result);
}

char *
pj_shortfall_describe (const PjShortfall *shortfall,
                       guint              k)
{
  g_autofree char *have = NULL;

  g_return_val_if_fail (shortfall != NULL, NULL);

  /* TRANSLATORS: the start of a sentence about a nomination with too few
   * jurors, e.g. "2 of the 3 jurors needed: …" */
  have = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of the %u juror needed",
                                       "%u of the %u jurors needed", k),
                          shortfall->assigned, k);

  switch (shortfall->reason)
    {
    case PJ_SHORTFALL_NO_CATEGORY:
      /* TRANSLATORS: %s is "0 of the 3 jurors needed" */
      return g_strdup_printf (_("%s: the nomination has no category yet."), have);

    case PJ_SHORTFALL_NO_JURORS:
      return g_strdup_printf (_("%s: no juror serves in its category."), have);

    case PJ_SHORTFALL_TOO_FEW_JURORS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s: only %u juror serves in its category.",
                                           "%s: only %u jurors serve in its category.",
                                           shortfall->in_category),
                              have, shortfall->in_category);

    case PJ_SHORTFALL_CONFLICTS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s: %u of the category’s %u jurors has a conflict "
                                           "of interest.",
                                           "%s: %u of the category’s %u jurors have a conflict "
                                           "of interest.",
                                           shortfall->conflicted),
                              have, shortfall->conflicted, shortfall->in_category);

    default:
      g_return_val_if_reached (NULL);
    }
}
