/* pj-store-scoring.h: jurors' score sheets in the workspace
 *
 * The rules are enforced here, not only in the views:
 * - A juror holds a sheet only for a nomination assigned to them and never
 *   for one they have a conflict of interest with (jäv, an unlifted conflict
 *   row): every call below refuses such a pair with PJ_ERROR_INVALID.
 * - Sheets are written only while the edition is in the scoring phase: not
 *   before (criteria may still change), not after (the consensus meeting
 *   works on fixed scores). Reading works in every phase.
 * - A submitted or abstained sheet is locked until an organiser reopens it.
 * - Only criteria that apply to the nomination's category count.
 * - Each write is one transaction with audit entries (entity "score_sheet")
 *   and "changed" (detail "score") after commit; a sheet changed by someone
 *   else since it was read is refused with PJ_ERROR_CHANGED_ELSEWHERE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-workspace.h"
#include "pj-score-sheet.h"

G_BEGIN_DECLS

/* The juror's sheet for the nomination with its scores (only those of
 * criteria that apply to the nomination's category), or a new unsaved draft
 * (id PJ_NO_ID) when there is none. PJ_ERROR_INVALID when the juror has a
 * conflict with the nomination or is not assigned to it; PJ_ERROR_NOT_FOUND
 * when either is gone. */
PjScoreSheet *pj_store_get_sheet            (PjWorkspace   *ws,
                                             gint64         juror_id,
                                             gint64         nomination_id,
                                             GError       **error);
/* The same by sheet id (no assignment check: for organisers). */
PjScoreSheet *pj_store_get_sheet_by_id      (PjWorkspace   *ws,
                                             gint64         sheet_id,
                                             GError       **error);

/* Autosave of a draft: creates the sheet or updates it (optimistically
 * against its version) with its overall comment and its scores and comments,
 * one audit entry per changed score ("score:<criterion name>", old → new)
 * and comment ("comment:<criterion name>", "overall_comment"). Every value is
 * checked against its criterion's scale first. Refused when the sheet is
 * submitted or abstained, the edition is not in the scoring phase, the
 * nomination is out of scoring, or the pair is conflicted or unassigned.
 * Nothing changed: nothing written, TRUE. On success the object carries the
 * new id, version and total. */
gboolean      pj_store_save_sheet_draft     (PjWorkspace   *ws,
                                             PjScoreSheet  *sheet,
                                             GError       **error);
/* Saves the sheet as above and submits it, in one transaction: refused
 * until every required criterion that applies has a score, naming the
 * missing ones. Sets status submitted and submitted-at; audited. */
gboolean      pj_store_submit_sheet         (PjWorkspace   *ws,
                                             PjScoreSheet  *sheet,
                                             GError       **error);
/* Saves the sheet and marks it abstained: no scores are required, and any
 * scores it holds do not count. A non-empty @reason becomes the overall
 * comment. Audited. */
gboolean      pj_store_abstain_sheet        (PjWorkspace   *ws,
                                             PjScoreSheet  *sheet,
                                             const char    *reason,
                                             GError       **error);
/* An organiser's action: a submitted or abstained sheet back to draft,
 * during the scoring phase. @reason is required and goes to the audit log.
 * Objects read before hold an old version: read the sheet again. */
gboolean      pj_store_reopen_sheet         (PjWorkspace   *ws,
                                             gint64         sheet_id,
                                             const char    *reason,
                                             GError       **error);

/* The juror's queue: a GListModel of PjQueueItem, one per nomination
 * assigned to the juror, in scoring and without a conflict, ordered by
 * category position and then id. */
GListModel   *pj_store_list_juror_queue     (PjWorkspace   *ws,
                                             gint64         juror_id,
                                             GError       **error);
/* Progress for "7 of 12 submitted": @submitted counts the finished sheets
 * (submitted or abstained) of the queue, @total its length. FALSE (and
 * zeros) when the workspace cannot be read. */
gboolean      pj_store_juror_progress       (PjWorkspace   *ws,
                                             gint64         juror_id,
                                             guint         *submitted,
                                             guint         *total);
/* "Submit and next": among the queue's unfinished nominations other than
 * @current_nomination_id, the one with the fewest submitted sheets of all
 * jurors (ties: the lowest id). PJ_NO_ID when none remains. */
gint64        pj_store_next_nomination_for_juror (PjWorkspace *ws,
                                                  gint64       juror_id,
                                                  gint64       current_nomination_id);

/* Other jurors' submitted sheets for the nomination (a GListModel of
 * PjScoreSheet with scores, juror-name and total, by juror name), as the
 * edition's blind policy allows the viewer: never → always empty;
 * after-submit → empty until the viewer's own sheet is submitted or
 * abstained; always → all. A viewer with a conflict, or not assigned to the
 * nomination, is refused with PJ_ERROR_INVALID (never an empty list that
 * could be mistaken for "no scores yet"). */
GListModel   *pj_store_list_other_sheets    (PjWorkspace   *ws,
                                             gint64         viewer_juror_id,
                                             gint64         nomination_id,
                                             GError       **error);

G_END_DECLS
