/* pj-workspace.h: one SQLite file holding everything of a city's awards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"

G_BEGIN_DECLS

#define PJ_TYPE_WORKSPACE (pj_workspace_get_type ())
G_DECLARE_FINAL_TYPE (PjWorkspace, pj_workspace, PJ, WORKSPACE, GObject)

/* The schema version this Prisjury writes (PRAGMA user_version). */
#define PJ_WORKSPACE_SCHEMA_VERSION 2
/* PRAGMA application_id: "PJRY". */
#define PJ_WORKSPACE_APPLICATION_ID 0x504a5259

typedef enum
{
  PJ_WORKSPACE_OPEN_DEFAULT = 0,
  PJ_WORKSPACE_OPEN_CREATE  = 1 << 0,  /* create the file when it is missing */
} PjWorkspaceOpenFlags;

/* $XDG_DATA_HOME/prisjury/workspace.prisjury */
char        *pj_workspace_default_path   (void);

/* Opens (and with OPEN_CREATE creates) a workspace, migrating it to
 * PJ_WORKSPACE_SCHEMA_VERSION. Before any migration of an existing file a
 * backup "<file>.backup-v<old>" is written beside it. Refuses, with
 * PJ_ERROR_NOT_A_WORKSPACE / PJ_ERROR_TOO_NEW, a file that is not ours or that
 * a newer Prisjury wrote. */
PjWorkspace *pj_workspace_open           (const char            *path,
                                          PjWorkspaceOpenFlags   flags,
                                          GError               **error);

const char  *pj_workspace_get_path       (PjWorkspace *self);
int          pj_workspace_get_schema_version (PjWorkspace *self);
/* Path of the backup written by the last migration, or NULL. */
const char  *pj_workspace_get_backup_path (PjWorkspace *self);

/* Copies the whole workspace with SQLite's backup API to
 * "<file>.backup-<suffix>" beside it ("…-2", "…-3" when that exists), as
 * before an import (suffix "import-20260301-101500"). *out_path (if not
 * NULL) gets the path written. Not inside a transaction. */
gboolean     pj_workspace_backup         (PjWorkspace  *self,
                                          const char   *suffix,
                                          char        **out_path,
                                          GError      **error);

/* Who is acting, for the audit log. Defaults to g_get_real_name (), or the
 * user name when the real name is unknown. */
const char  *pj_workspace_get_user       (PjWorkspace *self);
void         pj_workspace_set_user       (PjWorkspace *self,
                                          const char  *user);

/* TRUE when the workspace holds no award yet (the welcome page shows). */
gboolean     pj_workspace_is_empty       (PjWorkspace *self);

/* TRUE when another connection committed since the last call (PRAGMA
 * data_version). The window asks this when it regains focus and then emits
 * "changed" with detail "all" so every view reloads. */
gboolean     pj_workspace_poll_outside_changes (PjWorkspace *self);

/* PRAGMA integrity_check and foreign_key_check. Returns TRUE when both are
 * clean; otherwise FALSE and *problems (if not NULL) gets one line per
 * problem. */
gboolean     pj_workspace_check          (PjWorkspace  *self,
                                          GPtrArray   **problems,
                                          GError      **error);

/* Emitted after every committed change made through this workspace object,
 * detailed by what changed: "award", "edition", "category", "criterion",
 * "unit", "juror", "nomination", ... or "all". Signature:
 * void (*changed) (PjWorkspace *ws, const char *what, gpointer user_data). */
void         pj_workspace_emit_changed   (PjWorkspace *self,
                                          const char  *what);

G_END_DECLS
