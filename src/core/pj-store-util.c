/* pj-store-util.c: small pieces every pj-store-*.c file shares
 *
 * See pj-store-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-store"

#include "config.h"

#include "pj-store-private.h"

#include <glib/gi18n-lib.h>

#include "pj-types.h"

gboolean
pj_store_step_row_full (PjWorkspace   *ws,
                        sqlite3_stmt  *stmt,
                        gboolean      *row,
                        const char    *what,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  *row = FALSE;
  if (rc == SQLITE_ROW)
    {
      *row = TRUE;
      return TRUE;
    }

  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  pj_workspace_set_error (ws, error, sqlite3_extended_errcode (pj_workspace_get_db (ws)), what);
  sqlite3_reset (stmt);
  return FALSE;
}

gboolean
pj_store_step_row (PjWorkspace   *ws,
                   sqlite3_stmt  *stmt,
                   gboolean      *row,
                   GError       **error)
{
  return pj_store_step_row_full (ws, stmt, row, _("Could not read the workspace"), error);
}

gboolean
pj_store_finish (PjWorkspace  *ws,
                 gboolean      ok,
                 GError      **error)
{
  if (ok && pj_workspace_commit (ws, error))
    return TRUE;

  pj_workspace_rollback (ws);
  return FALSE;
}

gboolean
pj_store_invalid (GError    **error,
                  const char *message)
{
  g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID, message);
  return FALSE;
}

char *
pj_store_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

char *
pj_store_dup_text_or_null (sqlite3_stmt *stmt,
                           int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;
  return pj_stmt_dup_text (stmt, column);
}

gboolean
pj_store_is_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s = g_utf8_next_char (s))
    if (!g_unichar_isspace (g_utf8_get_char (s)))
      return FALSE;
  return TRUE;
}

GPtrArray *
pj_store_read_rows (PjWorkspace    *ws,
                    sqlite3_stmt   *stmt,
                    PjStoreRowFunc  func,
                    GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean row;

  for (;;)
    {
      if (!pj_store_step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      g_ptr_array_add (rows, func (stmt));
    }

  return g_steal_pointer (&rows);
}
