/* pj-setup-format.h: the sentences the Setup view shows under each row
 *
 * Pure functions of the entities, so the wording is tested on its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-store.h"

G_BEGIN_DECLS

/* "31 March" (Swedish: "31 mars") for "2026-03-31"; NULL for NULL, "" or a
 * date that does not parse. */
char *pj_setup_format_date               (const char *iso_date);
/* "Weight 2" or "Not counted"; the weight with the locale's decimal mark. */
char *pj_setup_format_weight             (double weight);
/* "25 %": share of @weight in @total_weight, or NULL when nothing counts. */
char *pj_setup_format_share              (double weight,
                                          double total_weight);
/* "Scoring · closes 31 March" */
char *pj_setup_format_edition_subtitle   (PjEdition *edition);
/* "1 winner · 2 honourable mentions · Diploma and SEK 50,000" */
char *pj_setup_format_category_subtitle  (PjCategory *category);
/* "Weight 2 · 1–5 · 25 %", with "Not counted", "Optional" and the
 * categories it is limited to (@category_names maps id to name, may be
 * NULL). */
char *pj_setup_format_criterion_subtitle (PjCriterion *criterion,
                                          double       total_weight,
                                          GHashTable  *category_names);
/* "Jury member · Äldreomsorg, Skola" */
char *pj_setup_format_juror_subtitle     (PjJuror    *juror,
                                          GHashTable *category_names);

G_END_DECLS
