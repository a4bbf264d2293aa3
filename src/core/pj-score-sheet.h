/* pj-score-sheet.h: one juror's scores for one nomination, and the queue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-enums.h"

G_BEGIN_DECLS

/* The value of a criterion that has no score yet. Scales start at 0 or
 * above, so no real score is negative. */
#define PJ_SCORE_UNSET (-1)

#define PJ_TYPE_SCORE_SHEET (pj_score_sheet_get_type ())
G_DECLARE_FINAL_TYPE (PjScoreSheet, pj_score_sheet, PJ, SCORE_SHEET, GObject)

/* A juror's score sheet for one nomination. Properties: id and version
 * (PJ_NO_ID and 0 until stored), juror-id, nomination-id, status (a
 * PjSheetStatus as int: draft, submitted or abstained; set by the store),
 * overall-comment, submitted-at (ISO 8601 UTC, NULL unless submitted or
 * abstained), and for display, filled by the store: juror-name,
 * nomination-title and total (the total in points as last read or saved,
 * -1 when there is none).
 *
 * Per criterion id the sheet holds a value (or PJ_SCORE_UNSET) and a
 * comment. The workspace keeps a comment only beside a value: the comment of
 * a criterion without a score stays in the object and is not saved.
 * "scores-changed" is emitted whenever a value or a comment really changes. */
PjScoreSheet  *pj_score_sheet_new                 (gint64        juror_id,
                                                   gint64        nomination_id);
gint64         pj_score_sheet_get_id              (PjScoreSheet *self);
gint64         pj_score_sheet_get_version         (PjScoreSheet *self);
gint64         pj_score_sheet_get_juror_id        (PjScoreSheet *self);
gint64         pj_score_sheet_get_nomination_id   (PjScoreSheet *self);
PjSheetStatus  pj_score_sheet_get_status          (PjScoreSheet *self);
/* Submitted or abstained: the store refuses to save it until reopened. */
gboolean       pj_score_sheet_is_locked           (PjScoreSheet *self);
const char    *pj_score_sheet_get_overall_comment (PjScoreSheet *self);
void           pj_score_sheet_set_overall_comment (PjScoreSheet *self,
                                                   const char   *comment);
const char    *pj_score_sheet_get_submitted_at    (PjScoreSheet *self);
const char    *pj_score_sheet_get_juror_name      (PjScoreSheet *self);
const char    *pj_score_sheet_get_nomination_title (PjScoreSheet *self);
double         pj_score_sheet_get_total           (PjScoreSheet *self);

/* The score of a criterion, or PJ_SCORE_UNSET. */
int            pj_score_sheet_get_value           (PjScoreSheet *self,
                                                   gint64        criterion_id);
/* PJ_SCORE_UNSET (any negative value) removes the score. The range is
 * checked by the store against the criterion's scale when saving. */
void           pj_score_sheet_set_value           (PjScoreSheet *self,
                                                   gint64        criterion_id,
                                                   int           value);
/* "" when there is none. */
const char    *pj_score_sheet_get_comment         (PjScoreSheet *self,
                                                   gint64        criterion_id);
void           pj_score_sheet_set_comment         (PjScoreSheet *self,
                                                   gint64        criterion_id,
                                                   const char   *comment);
/* Criterion ids that have a value or a comment, ascending. */
GArray        *pj_score_sheet_dup_criterion_ids   (PjScoreSheet *self);
/* Number of criteria with a value. */
guint          pj_score_sheet_count_values        (PjScoreSheet *self);

/* A juror's total for the sheet in points (0–100): each score mapped to
 * 0..1 over its criterion's scale, the weighted mean over the criteria of
 * @criteria (a GListModel of PjCriterion, as pj_store_list_criteria gives)
 * with weight > 0 that apply to @category_id and have a score, times 100.
 * Criteria without a score are left out, so the same function gives the
 * running total while scoring. Returns -1 when nothing counts: no weighted
 * criterion scored, or the sheet is abstained. Pure: reads only its
 * arguments. */
double         pj_sheet_total                     (PjScoreSheet *sheet,
                                                   GListModel   *criteria,
                                                   gint64        category_id);


/* One nomination in a juror's queue (pj_store_list_juror_queue). Properties,
 * all read-only: nomination-id, title, category-id, category-name,
 * sheet-id (PJ_NO_ID when the juror has not started), status (a
 * PjSheetStatus as int: draft when not started), n-scored (criteria with a
 * score), total (pj_sheet_total so far, -1 when none). */
#define PJ_TYPE_QUEUE_ITEM (pj_queue_item_get_type ())
G_DECLARE_FINAL_TYPE (PjQueueItem, pj_queue_item, PJ, QUEUE_ITEM, GObject)

gint64         pj_queue_item_get_nomination_id    (PjQueueItem *self);
const char    *pj_queue_item_get_title            (PjQueueItem *self);
gint64         pj_queue_item_get_category_id      (PjQueueItem *self);
const char    *pj_queue_item_get_category_name    (PjQueueItem *self);
gint64         pj_queue_item_get_sheet_id         (PjQueueItem *self);
PjSheetStatus  pj_queue_item_get_status           (PjQueueItem *self);
/* Submitted or abstained. */
gboolean       pj_queue_item_is_done              (PjQueueItem *self);
guint          pj_queue_item_get_n_scored         (PjQueueItem *self);
double         pj_queue_item_get_total            (PjQueueItem *self);

G_END_DECLS
