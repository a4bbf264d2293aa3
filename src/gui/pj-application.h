/* pj-application.h: the Prisjury application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-workspace.h"

G_BEGIN_DECLS

#define PJ_TYPE_APPLICATION (pj_application_get_type ())
G_DECLARE_FINAL_TYPE (PjApplication, pj_application, PJ, APPLICATION, AdwApplication)

PjApplication *pj_application_new                (void);
/* The name recorded in the audit log when the preferences leave it empty:
 * the account's real name, or its login name when that is unknown. */
const char    *pj_application_get_default_user_name (void);
GSettings     *pj_application_get_settings       (PjApplication *self);
/* Applies the user name of the preferences (empty: the account's real name)
 * to @workspace, for its audit log. */
void           pj_application_apply_user         (PjApplication *self,
                                                  PjWorkspace   *workspace);
/* Opens (or, with @create, creates) the workspace at @path in a window of
 * its own, or presents the window that already shows it. On failure shows
 * a dialog that says why and offers to open or create another one. */
void           pj_application_open_workspace     (PjApplication *self,
                                                  const char    *path,
                                                  gboolean       create);

G_END_DECLS
