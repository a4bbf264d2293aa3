/* pj-scoring-view.h: a juror scores the nominations in their queue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-store.h"

G_BEGIN_DECLS

#define PJ_TYPE_SCORING_VIEW (pj_scoring_view_get_type ())
G_DECLARE_FINAL_TYPE (PjScoringView, pj_scoring_view, PJ, SCORING_VIEW, GtkWidget)

/* The milliseconds an edit waits for the next one before the draft is saved. */
#define PJ_SCORING_VIEW_SAVE_DELAY 500

typedef enum
{
  PJ_SCORING_SAVE_NONE,      /* no sheet shown */
  PJ_SCORING_SAVE_SAVED,     /* what the form shows is stored */
  PJ_SCORING_SAVE_PENDING,   /* edits wait for the save */
  PJ_SCORING_SAVE_FAILED,    /* the last save was refused: see the message */
  PJ_SCORING_SAVE_CONFLICT,  /* changed elsewhere since it was read: Reload */
} PjScoringSaveState;

/* "Scoring as <juror>": the juror's queue, the nomination's texts and the
 * criteria form, in an AdwLeaflet (one pane at a time when narrow).
 *
 * Properties: "workspace" (PjWorkspace), "edition" (PjEdition, may be NULL),
 * "juror-id" (gint64, the juror scoring; PJ_NO_ID picks the edition's
 * first juror unless juror-only), "juror-only" (TRUE for the offline ballot:
 * no juror switcher and no organiser actions).
 *
 * Actions (group "scoring"): set-score ("(xi)": criterion id, value; -1
 * clears), submit, submit-and-next, abstain, reopen, declare-conflict,
 * select-nomination ("x"), next-criterion, previous-criterion, reload (drops
 * unsaved edits), show-queue, show-texts, show-form (when folded).
 *
 * Keys: a digit sets the score of the focused criterion (two quick digits
 * make 10 and above), Delete clears it, Up and Down move between criteria,
 * Ctrl+Enter submits, Ctrl+Shift+Enter submits and opens the next. Drafts
 * are saved PJ_SCORING_VIEW_SAVE_DELAY ms after the last edit and at once
 * when another nomination or juror is shown. */
GtkWidget   *pj_scoring_view_new                (PjWorkspace   *workspace);

PjWorkspace *pj_scoring_view_get_workspace      (PjScoringView *self);
void         pj_scoring_view_set_workspace      (PjScoringView *self,
                                                 PjWorkspace   *workspace);
PjEdition   *pj_scoring_view_get_edition        (PjScoringView *self);
void         pj_scoring_view_set_edition        (PjScoringView *self,
                                                 PjEdition     *edition);
gint64       pj_scoring_view_get_juror_id       (PjScoringView *self);
void         pj_scoring_view_set_juror_id       (PjScoringView *self,
                                                 gint64         juror_id);
gboolean     pj_scoring_view_get_juror_only     (PjScoringView *self);
void         pj_scoring_view_set_juror_only     (PjScoringView *self,
                                                 gboolean       juror_only);
/* The nomination shown in the form, or PJ_NO_ID. */
gint64       pj_scoring_view_get_nomination_id  (PjScoringView *self);
/* Opens a nomination of the queue; FALSE when the queue does not hold it. */
gboolean     pj_scoring_view_select_nomination  (PjScoringView *self,
                                                 gint64         nomination_id);
/* Writes pending edits now. TRUE when nothing is left unsaved. */
gboolean     pj_scoring_view_save_now           (PjScoringView *self);

G_END_DECLS
