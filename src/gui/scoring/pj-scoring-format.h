/* pj-scoring-format.h: what the Scoring view says, as pure functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pj-score-sheet.h"

G_BEGIN_DECLS

/* "72.5 points", with the decimal sign of the current locale ("72,5 poäng");
 * "No score yet" when @total is negative (nothing counts). */
char      *pj_scoring_format_points     (double        total);
/* "72.5" for the queue; NULL when @total is negative. */
char      *pj_scoring_format_total      (double        total);
/* "7 of 12 submitted". */
char      *pj_scoring_format_progress   (guint         submitted,
                                         guint         total);
/* The names of the required criteria of @criteria (PjCriterion) that apply
 * to @category_id and have no value in @sheet, in the criteria's order. */
GPtrArray *pj_scoring_missing_criteria  (PjScoreSheet *sheet,
                                         GListModel   *criteria,
                                         gint64        category_id);
/* "Score Nyhetsgrad and Språng before you submit." (the store's words), or
 * NULL when @names is empty. */
char      *pj_scoring_format_missing    (GPtrArray    *names);
/* An ISO 8601 UTC time ("2026-04-12T12:03:00Z") in local time for people,
 * "12 April 2026, 14:03"; NULL when it cannot be read. */
char      *pj_scoring_format_time       (const char   *iso);
/* The score a digit key gives: the two-digit number @previous_digit
 * @digit when the earlier digit was typed just before and the number is
 * inside the scale (1 then 0 gives 10 on a 0–10 scale), else @digit when it
 * is inside, else PJ_SCORE_UNSET. @previous_digit is negative for none. */
int        pj_scoring_digit_value       (int           previous_digit,
                                         int           digit,
                                         int           scale_min,
                                         int           scale_max);

G_END_DECLS
