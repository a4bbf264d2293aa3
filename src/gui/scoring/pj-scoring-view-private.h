/* pj-scoring-view-private.h: what the tests look at in the Scoring view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-scoring-view.h"
#include "pj-score-sheet.h"

G_BEGIN_DECLS

/* The queue as listed (PjQueueItem). */
GListModel         *pj_scoring_view_get_queue          (PjScoringView *self);
/* The sheet in the form (may hold unsaved edits), or NULL. */
PjScoreSheet       *pj_scoring_view_get_sheet          (PjScoringView *self);
PjScoringSaveState  pj_scoring_view_get_save_state     (PjScoringView *self);
/* The texts as shown: "progress" ("7 of 12 submitted"), "total" ("72.5
 * points"), "missing" (what must be scored before submitting, or ""),
 * "sheet-status" ("Submitted at …"), "save" ("Saved", "Not saved: …"),
 * "others" (why other jurors' scores are hidden, or ""), "empty-title"
 * (the empty state's title when it is shown, or ""), "juror" (the name
 * "Scoring as" names), "chosen-<criterion id>" (the rubric label shown for
 * the chosen score). NULL for an unknown key. */
const char         *pj_scoring_view_get_text           (PjScoringView *self,
                                                        const char    *key);
/* The widget that takes a criterion's score (its first toggle button or
 * the spin button), its comment entry, and the submit button. */
GtkWidget          *pj_scoring_view_get_score_widget   (PjScoringView *self,
                                                        gint64         criterion_id);
GtkWidget          *pj_scoring_view_get_comment_entry  (PjScoringView *self,
                                                        gint64         criterion_id);
GtkWidget          *pj_scoring_view_get_submit_button  (PjScoringView *self);
GtkTextBuffer      *pj_scoring_view_get_overall_buffer (PjScoringView *self);
/* The criterion that digits and arrows act on, or PJ_NO_ID. */
gint64              pj_scoring_view_get_current_criterion (PjScoringView *self);
/* Other jurors' sheets as shown (PjScoreSheet), or NULL when hidden. */
GListModel         *pj_scoring_view_get_other_sheets   (PjScoringView *self);
/* The key controller (capture phase) that reads digits and arrows. */
GtkEventController *pj_scoring_view_get_key_controller (PjScoringView *self);
AdwToast           *pj_scoring_view_get_last_toast     (PjScoringView *self);
AdwLeaflet         *pj_scoring_view_get_leaflet        (PjScoringView *self);
/* The last dialog opened; its entry ("entry") and reason buttons
 * ("reason-0" … "reason-3") are reachable with g_object_get_data (). */
AdwMessageDialog   *pj_scoring_view_get_last_dialog    (PjScoringView *self);

G_END_DECLS
