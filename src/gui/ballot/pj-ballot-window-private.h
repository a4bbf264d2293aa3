/* pj-ballot-window-private.h: what the tests look at in the ballot window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-ballot-window.h"

G_BEGIN_DECLS

/* The texts as shown: "title", "subtitle", "save" ("Saved to …"),
 * "signed" (the note on a signed ballot, or "" when it is hidden). */
const char       *pj_ballot_window_get_text        (PjBallotWindow *self,
                                                    const char     *key);
/* The confirmation or error dialog the window shows, or NULL. */
AdwMessageDialog *pj_ballot_window_get_open_dialog (PjBallotWindow *self);

G_END_DECLS
