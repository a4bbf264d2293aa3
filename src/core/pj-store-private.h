/* pj-store-private.h: small pieces every pj-store-*.c file shares
 *
 * Stepping a statement with the workspace's error mapping, ending a
 * transaction, and a few conversions between columns and audit text. Only
 * src/core/pj-store-*.c include this (it needs sqlite3.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-workspace-private.h"

G_BEGIN_DECLS

/* Steps @stmt once. On SQLITE_ROW sets *@row to TRUE and leaves the
 * statement where it is so the caller can read the columns; on SQLITE_DONE
 * sets *@row to FALSE and resets it. Any other result sets @error with
 * @what ("Could not read the results") and returns FALSE. */
gboolean  pj_store_step_row_full     (PjWorkspace   *ws,
                                      sqlite3_stmt  *stmt,
                                      gboolean      *row,
                                      const char    *what,
                                      GError       **error);

/* pj_store_step_row_full () with "Could not read the workspace". */
gboolean  pj_store_step_row          (PjWorkspace   *ws,
                                      sqlite3_stmt  *stmt,
                                      gboolean      *row,
                                      GError       **error);

/* Ends the transaction begun by the caller: commits when @ok, otherwise (or
 * when the commit fails) rolls back. Returns whether the commit happened.
 * Emits nothing. */
gboolean  pj_store_finish            (PjWorkspace   *ws,
                                      gboolean       ok,
                                      GError       **error);

/* Sets @error to PJ_ERROR_INVALID with @message (already translated) and
 * returns FALSE, so a check can read `return pj_store_invalid (...)`. */
gboolean  pj_store_invalid           (GError       **error,
                                      const char    *message);

/* The current time as stored in the workspace: "2024-05-01T09:30:00Z". */
char     *pj_store_now_utc           (void);

/* Text column as a newly allocated string, or NULL when the column is NULL
 * (pj_stmt_dup_text () gives "" for NULL). */
char     *pj_store_dup_text_or_null  (sqlite3_stmt  *stmt,
                                      int            column);

/* Whether @s is NULL, empty or only white space. */
gboolean  pj_store_is_blank          (const char    *s);

/* Makes one object of a result row. */
typedef gpointer (*PjStoreRowFunc) (sqlite3_stmt *stmt);

/* Every remaining row of @stmt through @func, as a GPtrArray that owns the
 * objects; NULL (with @error set) when a step fails. */
GPtrArray *pj_store_read_rows       (PjWorkspace    *ws,
                                     sqlite3_stmt   *stmt,
                                     PjStoreRowFunc  func,
                                     GError        **error);

G_END_DECLS
