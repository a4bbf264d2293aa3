/* pj-workspace-private.h: what the pj-store-* files need of the workspace
 *
 * Only src/core/pj-workspace.c and src/core/pj-store-*.c include this (and
 * sqlite3.h). Everything else talks to the store API.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>
#include "pj-workspace.h"

G_BEGIN_DECLS

sqlite3      *pj_workspace_get_db          (PjWorkspace *self);

/* A prepared statement from the workspace's cache, reset and with its
 * bindings cleared, ready to bind. Owned by the workspace: do not finalize. */
sqlite3_stmt *pj_workspace_prepare         (PjWorkspace  *self,
                                            const char   *sql,
                                            GError      **error);

/* One user action = one transaction. begin takes the write lock at once
 * (BEGIN IMMEDIATE) so two instances never interleave a read and a write.
 * Nesting is not supported: begin fails with a programming error if a
 * transaction is open. */
gboolean      pj_workspace_begin           (PjWorkspace  *self,
                                            GError      **error);
/* commit emits nothing; the caller emits "changed" after a successful commit. */
gboolean      pj_workspace_commit          (PjWorkspace  *self,
                                            GError      **error);
void          pj_workspace_rollback        (PjWorkspace  *self);
gboolean      pj_workspace_in_transaction  (PjWorkspace  *self);

/* Runs SQL without results (no bindings). */
gboolean      pj_workspace_exec            (PjWorkspace  *self,
                                            const char   *sql,
                                            GError      **error);

/* Appends to the audit log inside the open transaction: who is
 * pj_workspace_get_user (), when is now (UTC). action is a verb ("create",
 * "update", "delete", "move", "copy", ...), entity a table name, field the
 * changed column or NULL, old/new the values as text or NULL. */
gboolean      pj_workspace_audit           (PjWorkspace  *self,
                                            const char   *action,
                                            const char   *entity,
                                            gint64        entity_id,
                                            const char   *field,
                                            const char   *old_value,
                                            const char   *new_value,
                                            GError      **error);

/* Turns a failed SQLite call into a GError a user can act on: UNIQUE ->
 * PJ_ERROR_DUPLICATE, CHECK/trigger RAISE -> PJ_ERROR_INVALID (with the
 * trigger's message), FOREIGN KEY -> PJ_ERROR_IN_USE, BUSY/LOCKED ->
 * PJ_ERROR_BUSY, CORRUPT/NOTADB -> PJ_ERROR_CORRUPT, else PJ_ERROR_FAILED.
 * what says what was being done ("Could not save the award"). */
void          pj_workspace_set_error       (PjWorkspace  *self,
                                            GError      **error,
                                            int           rc,
                                            const char   *what);

/* Steps a statement expecting SQLITE_DONE; sets error otherwise. */
gboolean      pj_workspace_step_done       (PjWorkspace  *self,
                                            sqlite3_stmt *stmt,
                                            const char   *what,
                                            GError      **error);

/* Text column as a newly allocated string ("" for NULL when empty_for_null). */
char         *pj_stmt_dup_text             (sqlite3_stmt *stmt,
                                            int           column);
/* Binds a UTF-8 string, or NULL when s is NULL. */
int           pj_stmt_bind_text            (sqlite3_stmt *stmt,
                                            int           index,
                                            const char   *s);

/* For tests: open a file and migrate it only up to @version (1 ..
 * PJ_WORKSPACE_SCHEMA_VERSION), so each migration step can be tested. */
PjWorkspace  *pj_workspace_open_at_version (const char            *path,
                                            int                    version,
                                            GError               **error);

G_END_DECLS
