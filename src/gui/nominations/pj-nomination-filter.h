/* pj-nomination-filter.h: what the Nominations view searches and filters by
 *
 * Pure functions of a nomination, so the matching is tested on its own and
 * the view can keep one precomputed search key per row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-nomination.h"

G_BEGIN_DECLS

/* "Any" for the category, status, class and sub-strategy filters. */
#define PJ_FILTER_ANY (-1)

typedef struct
{
  char    **terms;        /* casefolded words, all must match; NULL: none */
  gint64    category_id;  /* PJ_FILTER_ANY, PJ_NO_ID (no category) or an id */
  int       status;       /* PJ_FILTER_ANY or a PjNominationStatus */
  int       klass;        /* PJ_FILTER_ANY or a PjInnovationClass (as shown) */
  int       substrategy;  /* PJ_FILTER_ANY or a PjSubstrategy */
} PjNominationFilter;

void     pj_nomination_filter_init        (PjNominationFilter *filter);
void     pj_nomination_filter_clear       (PjNominationFilter *filter);
/* Splits @text into casefolded, normalised words. */
void     pj_nomination_filter_set_text    (PjNominationFilter *filter,
                                           const char         *text);
/* TRUE when anything narrows the list. */
gboolean pj_nomination_filter_is_active   (const PjNominationFilter *filter);
/* Number of the category, status, class and sub-strategy filters in use. */
guint    pj_nomination_filter_count_choices (const PjNominationFilter *filter);

/* The class a list shows: as the jury assessed it, else as claimed. */
PjInnovationClass pj_nomination_filter_shown_class (PjNomination *nomination);

/* Title, units and every text of @nomination, normalised and casefolded,
 * separated by newlines: what search terms are looked for in. */
char    *pj_nomination_filter_search_key  (PjNomination *nomination);

/* @key is pj_nomination_filter_search_key () of @nomination, or NULL to
 * compute it. */
gboolean pj_nomination_filter_match       (const PjNominationFilter *filter,
                                           PjNomination             *nomination,
                                           const char               *key);

G_END_DECLS
