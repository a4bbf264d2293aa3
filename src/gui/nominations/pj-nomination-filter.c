/* pj-nomination-filter.c: what the Nominations view searches and filters by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-nomination-filter"

#include "config.h"

#include "pj-nomination-filter.h"

#include <string.h>

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

void
pj_nomination_filter_init (PjNominationFilter *filter)
{
  g_return_if_fail (filter != NULL);

  filter->terms = NULL;
  filter->category_id = PJ_FILTER_ANY;
  filter->status = PJ_FILTER_ANY;
  filter->klass = PJ_FILTER_ANY;
  filter->substrategy = PJ_FILTER_ANY;
}

void
pj_nomination_filter_clear (PjNominationFilter *filter)
{
  g_return_if_fail (filter != NULL);

  g_clear_pointer (&filter->terms, g_strfreev);
  pj_nomination_filter_init (filter);
}

void
pj_nomination_filter_set_text (PjNominationFilter *filter,
                               const char         *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) terms = NULL;

  g_return_if_fail (filter != NULL);

  g_clear_pointer (&filter->terms, g_strfreev);
  if (text == NULL)
    return;

  folded = fold (text);
  words = g_strsplit_set (folded, " \t\n\r", -1);
  terms = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (terms, g_strdup (words[i]));

  if (terms->len == 0)
    return;
  g_ptr_array_add (terms, NULL);
  filter->terms = (char **) g_ptr_array_free (g_steal_pointer (&terms), FALSE);
}

guint
pj_nomination_filter_count_choices (const PjNominationFilter *filter)
{
  g_return_val_if_fail (filter != NULL, 0);

  return (filter->category_id != PJ_FILTER_ANY) + (filter->status != PJ_FILTER_ANY) +
         (filter->klass != PJ_FILTER_ANY) + (filter->substrategy != PJ_FILTER_ANY);
}

gboolean
pj_nomination_filter_is_active (const PjNominationFilter *filter)
{
  g_return_val_if_fail (filter != NULL, FALSE);

  return filter->terms != NULL || pj_nomination_filter_count_choices (filter) > 0;
}

PjInnovationClass
pj_nomination_filter_shown_class (PjNomination *nomination)
{
  PjInnovationClass assessed;

  g_return_val_if_fail (PJ_IS_NOMINATION (nomination), PJ_CLASS_NONE);

  assessed = pj_nomination_get_class_assessed (nomination);
  if (assessed != PJ_CLASS_NONE)
    return assessed;
  return pj_nomination_get_class_claimed (nomination);
}

char *
pj_nomination_filter_search_key (PjNomination *nomination)
{
  const char *parts[] = {
    pj_nomination_get_title (nomination),
    pj_nomination_get_unit_names (nomination),
    pj_nomination_get_summary (nomination),
    pj_nomination_get_what_is_new (nomination),
    pj_nomination_get_value_created (nomination),
    pj_nomination_get_results (nomination),
    pj_nomination_get_implementation (nomination),
    pj_nomination_get_spread (nomination),
    pj_nomination_get_partners (nomination),
    NULL
  };
  g_autofree char *joined = NULL;

  g_return_val_if_fail (PJ_IS_NOMINATION (nomination), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts) - 1; i++)
    if (parts[i] == NULL)
      parts[i] = "";
  joined = g_strjoinv ("\n", (char **) parts);

  return fold (joined);
}

gboolean
pj_nomination_filter_match (const PjNominationFilter *filter,
                            PjNomination             *nomination,
                            const char               *key)
{
  g_autofree char *own_key = NULL;

  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (PJ_IS_NOMINATION (nomination), FALSE);

  if (filter->category_id != PJ_FILTER_ANY &&
      pj_nomination_get_category_id (nomination) != filter->category_id)
    return FALSE;
  if (filter->status != PJ_FILTER_ANY &&
      (int) pj_nomination_get_status (nomination) != filter->status)
    return FALSE;
  if (filter->klass != PJ_FILTER_ANY &&
      (int) pj_nomination_filter_shown_class (nomination) != filter->klass)
    return FALSE;
  if (filter->substrategy != PJ_FILTER_ANY &&
      !pj_nomination_has_substrategy (nomination, (PjSubstrategy) filter->substrategy))
    return FALSE;

  if (filter->terms == NULL)
    return TRUE;

  if (key == NULL)
    key = own_key = pj_nomination_filter_search_key (nomination);
  for (guint i = 0; filter->terms[i] != NULL; i++)
    if (strstr (key, filter->terms[i]) == NULL)
      return FALSE;

  return TRUE;
}
