/* pj-preferences-window.h: the preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-workspace.h"

G_BEGIN_DECLS

#define PJ_TYPE_PREFERENCES_WINDOW (pj_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PjPreferencesWindow, pj_preferences_window, PJ, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* @workspace, when not NULL, is the workspace of the window the preferences
 * were opened from: its file is shown. */
GtkWidget *pj_preferences_window_new (PjWorkspace *workspace);

G_END_DECLS
