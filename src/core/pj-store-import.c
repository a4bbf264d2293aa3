/* pj-store-import.c: an import of nominations as one transaction
 *
 * The units an import needs and its nominations are written together, so
 * that a failure anywhere leaves the workspace exactly as it was. Every
 * statement is a static string, prepared and bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-store-import"

#include "config.h"

#include "pj-store-import.h"
#include "pj-entity-private.h"
#include "pj-nomination-private.h"
#include "pj-store-assignment.h"
#include "pj-store-nomination-private.h"
#include "pj-workspace-private.h"
#include "pj-validate.h"

#include <glib/gi18n-lib.h>

static gboolean
insert_unit (PjWorkspace  *ws,
             PjUnit       *unit,
             gint64       *out_id,
             GError      **error)
{
  g_autofree char *name = pj_normalize_name (pj_unit_get_name (unit));
  g_autofree char *problem = pj_validate_name (name);
  sqlite3_stmt *stmt;

  if (problem != NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, "%s", problem);
      return FALSE;
    }

  stmt = pj_workspace_prepare (ws, "INSERT INTO unit (name, type) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;
  pj_stmt_bind_text (stmt, 1, name);
  pj_stmt_bind_text (stmt, 2, pj_unit_type_to_string (pj_unit_get_unit_type (unit)));
  if (!pj_workspace_step_done (ws, stmt, _("Could not create the unit"), error))
    {
      g_prefix_error (error, _("Unit “%s”: "), name);
      return FALSE;
    }

  *out_id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
  return pj_workspace_audit (ws, "create", "unit", *out_id, NULL, NULL, name, error);
}

static gboolean
set_units (PjNomination  *n,
           GArray        *refs,
           const gint64  *new_ids,
           guint          n_new,
           GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (refs == NULL)
    return TRUE;

  for (guint i = 0; i < refs->len; i++)
    {
      gint64 ref = g_array_index (refs, gint64, i);
      gint64 id = ref;

      if (ref < 0)
        {
          guint index = (guint) (-1 - ref);

          if (index >= n_new)
            {
              g_set_error_literal (error, PJ_ERROR, PJ_ERROR_FAILED,
                                   _("A nominee unit to create is missing."));
              return FALSE;
            }
          id = new_ids[index];
        }
      g_array_append_val (ids, id);
    }

  pj_nomination_set_unit_ids (n, (const gint64 *) (gpointer) ids->data, ids->len);
  return TRUE;
}

gboolean
pj_store_import_nominations (PjWorkspace           *ws,
                             gint64                 edition_id,
                             GPtrArray             *new_units,
                             GPtrArray             *nominations,
                             GPtrArray             *unit_refs,
                             const char            *audit_text,
                             guint                  progress_every,
                             PjImportProgressFunc   progress,
                             gpointer               progress_data,
                             int                   *failed_index,
                             GError               **error)
{
  g_autofree gint64 *unit_ids = NULL;
  g_autofree gint64 *nomination_ids = NULL;
  guint n_new = new_units != NULL ? new_units->len : 0;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (nominations != NULL, FALSE);
  g_return_val_if_fail (unit_refs == NULL || unit_refs->len == nominations->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (failed_index != NULL)
    *failed_index = -1;

  unit_ids = g_new0 (gint64, MAX (n_new, 1));
  nomination_ids = g_new0 (gint64, MAX (nominations->len, 1));

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws, "SELECT 1 FROM edition WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                     _("The edition no longer exists: it was deleted elsewhere."));
      else
        pj_workspace_set_error (ws, error, rc, _("Could not read the edition"));
      goto fail;
    }

  for (guint i = 0; i < n_new; i++)
    if (!insert_unit (ws, g_ptr_array_index (new_units, i), &unit_ids[i], error))
      goto fail;

  for (guint i = 0; i < nominations->len; i++)
    {
      PjNomination *n = g_ptr_array_index (nominations, i);

      pj_nomination_set_edition_id (n, edition_id);
      if (!set_units (n, unit_refs != NULL ? g_ptr_array_index (unit_refs, i) : NULL,
                      unit_ids, n_new, error) ||
          !pj_store_insert_nomination_txn (ws, n, &nomination_ids[i], error))
        {
          if (failed_index != NULL)
            *failed_index = (int) i;
          goto fail;
        }
      if (progress != NULL &&
          ((progress_every > 0 && (i + 1) % progress_every == 0) || i + 1 == nominations->len))
        progress (i + 1, nominations->len, progress_data);
    }

  if (!pj_store_refresh_automatic_conflicts (ws, edition_id, error) ||
      !pj_workspace_audit (ws, "import", "edition", edition_id, "nominations", NULL,
                           audit_text, error) ||
      !pj_workspace_commit (ws, error))
    goto fail;

  for (guint i = 0; i < n_new; i++)
    {
      PjUnit *unit = g_ptr_array_index (new_units, i);
      g_autofree char *name = pj_normalize_name (pj_unit_get_name (unit));

      pj_unit_set_name (unit, name);
      pj_unit_set_stored (unit, unit_ids[i], 1);
    }
  for (guint i = 0; i < nominations->len; i++)
    pj_nomination_set_stored (g_ptr_array_index (nominations, i), nomination_ids[i], 1);

  if (n_new > 0)
    pj_workspace_emit_changed (ws, "unit");
  pj_workspace_emit_changed (ws, "nomination");
  pj_workspace_emit_changed (ws, "conflict");
  return TRUE;

fail:
  pj_workspace_rollback (ws);
  return FALSE;
}
