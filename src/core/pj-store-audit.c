/* pj-store-audit.c: reading the audit log
 *
 * The log is written by pj_workspace_audit() inside each user action; here
 * it is only read, newest first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-store"

#include "config.h"

#include "pj-store.h"

#include <glib/gi18n-lib.h>

#include "pj-entity-private.h"
#include "pj-workspace-private.h"

#define AUDIT_SELECT \
  "SELECT id, at, who, action, entity, entity_id, field, old_value, new_value FROM audit"

static const char *
col_text (sqlite3_stmt *stmt,
          int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

GListModel *
pj_store_list_audit (PjWorkspace  *ws,
                     const char   *entity,
                     gint64        entity_id,
                     guint         limit,
                     GError      **error)
{
  g_autoptr(GListStore) store = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One statement per filter, so each can use the audit_entity index. */
  if (entity == NULL)
    stmt = pj_workspace_prepare (ws, AUDIT_SELECT " ORDER BY id DESC LIMIT ?1", error);
  else if (entity_id == PJ_NO_ID)
    stmt = pj_workspace_prepare (ws, AUDIT_SELECT " WHERE entity = ?2 ORDER BY id DESC LIMIT ?1",
                                 error);
  else
    stmt = pj_workspace_prepare (ws,
                                 AUDIT_SELECT " WHERE entity = ?2 AND entity_id = ?3"
                                 " ORDER BY id DESC LIMIT ?1",
                                 error);
  if (stmt == NULL)
    return NULL;

  /* A negative LIMIT is no limit. */
  sqlite3_bind_int64 (stmt, 1, limit == 0 ? -1 : (gint64) limit);
  if (entity != NULL)
    pj_stmt_bind_text (stmt, 2, entity);
  if (entity != NULL && entity_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 3, entity_id);

  store = g_list_store_new (PJ_TYPE_AUDIT_ENTRY);
  for (;;)
    {
      g_autoptr(PjAuditEntry) entry = NULL;
      int rc = sqlite3_step (stmt);

      if (rc == SQLITE_DONE)
        break;
      if (rc != SQLITE_ROW)
        {
          pj_workspace_set_error (ws, error,
                                  sqlite3_extended_errcode (pj_workspace_get_db (ws)),
                                  _("Could not read the audit log"));
          sqlite3_reset (stmt);
          return NULL;
        }

      entry = pj_audit_entry_new_full (sqlite3_column_int64 (stmt, 0),
                                       col_text (stmt, 1),
                                       col_text (stmt, 2),
                                       col_text (stmt, 3),
                                       col_text (stmt, 4),
                                       sqlite3_column_int64 (stmt, 5),
                                       col_text (stmt, 6),
                                       col_text (stmt, 7),
                                       col_text (stmt, 8));
      g_list_store_append (store, entry);
    }

  sqlite3_reset (stmt);
  return G_LIST_MODEL (g_steal_pointer (&store));
}
