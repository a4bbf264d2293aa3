/* pj-ballot-window.h: a juror scores an offline ballot file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-application.h"
#include "pj-ballot.h"

G_BEGIN_DECLS

#define PJ_TYPE_BALLOT_WINDOW (pj_ballot_window_get_type ())
G_DECLARE_FINAL_TYPE (PjBallotWindow, pj_ballot_window, PJ, BALLOT_WINDOW, AdwApplicationWindow)

/* The juror-only mode: the Scoring view on the ballot's own temporary
 * workspace. Every saved draft is written back into the ballot file.
 *
 * Actions (group "ballot"): sign (asks first, then signs the whole ballot:
 * enabled when every nomination of the ballot is submitted or abstained).
 * A signed ballot opens read-only, with a note to send it back. */

/* Opens @file as a ballot (NULL and @error when the file is refused). */
PjBallotWindow  *pj_ballot_window_new         (PjApplication  *app,
                                               GFile          *file,
                                               GError        **error);
/* Opens @file in a window of its own, or presents the window that already
 * shows it; when the file is refused, shows a dialog that says why. The
 * window or the dialog is returned (transfer none). */
GtkWindow       *pj_ballot_window_open        (PjApplication  *app,
                                               GFile          *file);
/* TRUE when @file ends in .prisjury-ballot or has the ballot's type. */
gboolean         pj_ballot_window_is_ballot_file (GFile       *file);

PjBallotSession *pj_ballot_window_get_session (PjBallotWindow *self);
GtkWidget       *pj_ballot_window_get_scoring_view (PjBallotWindow *self);

G_END_DECLS
