/* pj-window.h: the main window, one per open workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-application.h"
#include "pj-workspace.h"

G_BEGIN_DECLS

#define PJ_TYPE_WINDOW (pj_window_get_type ())
G_DECLARE_FINAL_TYPE (PjWindow, pj_window, PJ, WINDOW, AdwApplicationWindow)

PjWindow    *pj_window_new                   (PjApplication *application,
                                              PjWorkspace   *workspace);
PjWorkspace *pj_window_get_workspace         (PjWindow      *self);
GtkWidget   *pj_window_get_setup_view        (PjWindow      *self);
GtkWidget   *pj_window_get_nominations_view  (PjWindow      *self);
GtkWidget   *pj_window_get_jury_view         (PjWindow      *self);
GtkWidget   *pj_window_get_scoring_view      (PjWindow      *self);
GtkWidget   *pj_window_get_results_view      (PjWindow      *self);
/* The edition switcher of the header bar; its model lists PjEditions. */
GtkDropDown *pj_window_get_edition_switcher  (PjWindow      *self);
/* "welcome", "setup", "nominations", "jury", "scoring", "results" or
 * "entrants". */
const char  *pj_window_get_visible_page_name (PjWindow      *self);
gint64       pj_window_get_edition_id        (PjWindow      *self);
/* Selects the edition in the switcher; FALSE when it is not listed. */
gboolean     pj_window_set_edition_id        (PjWindow      *self,
                                              gint64         edition_id);
void         pj_window_add_toast             (PjWindow      *self,
                                              const char    *message);

G_END_DECLS
