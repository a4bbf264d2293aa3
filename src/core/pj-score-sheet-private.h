/* pj-score-sheet-private.h: what the store sets on score sheets and queue items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-score-sheet.h"

G_BEGIN_DECLS

/* id and row version as stored; notifies on change. */
void         pj_score_sheet_set_stored    (PjScoreSheet  *self,
                                           gint64         id,
                                           gint64         version);
/* Status and submitted-at (NULL for none) as stored. */
void         pj_score_sheet_set_state     (PjScoreSheet  *self,
                                           PjSheetStatus  status,
                                           const char    *submitted_at);
void         pj_score_sheet_set_display   (PjScoreSheet  *self,
                                           const char    *juror_name,
                                           const char    *nomination_title);
void         pj_score_sheet_set_total     (PjScoreSheet  *self,
                                           double         total);

PjQueueItem *pj_queue_item_new            (gint64         nomination_id,
                                           const char    *title,
                                           gint64         category_id,
                                           const char    *category_name,
                                           gint64         sheet_id,
                                           PjSheetStatus  status,
                                           guint          n_scored,
                                           double         total);

G_END_DECLS
