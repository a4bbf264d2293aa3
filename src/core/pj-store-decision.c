/* pj-store-decision.c: deliberation notes, placements and the decided lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-decision"

#include "config.h"

#include "pj-store-decision.h"

#include <glib/gi18n-lib.h>

#include "pj-decision-private.h"
#include "pj-results.h"
#include "pj-store-private.h"
#include "pj-workspace-private.h"

static const char SQL_NOMINATION_PHASE[] =
  "SELECT e.phase, e.id, n.title FROM nomination n JOIN edition e ON e.id = n.edition_id"
  " WHERE n.id = ?1";
static const char SQL_CATEGORY_PHASE[] =
  "SELECT e.phase, e.id, c.name FROM category c JOIN edition e ON e.id = c.edition_id"
  " WHERE c.id = ?1";
static const char SQL_EDITION_PHASE[] =
  "SELECT phase, id, '' FROM edition WHERE id = ?1";
static const char SQL_SET_PHASE[] =
  "UPDATE edition SET phase = ?2, version = version + 1 WHERE id = ?1 AND phase = ?3";

static const char SQL_GET_NOTE[] =
  "SELECT note, version FROM deliberation_note WHERE nomination_id = ?1";
static const char SQL_INSERT_NOTE[] =
  "INSERT INTO deliberation_note (nomination_id, note) VALUES (?1, ?2)";
static const char SQL_UPDATE_NOTE[] =
  "UPDATE deliberation_note SET note = ?2, version = version + 1"
  " WHERE nomination_id = ?1 AND version = ?3";
static const char SQL_EDITION_NOTES[] =
  "SELECT d.nomination_id, d.note FROM deliberation_note d"
  " JOIN nomination n ON n.id = d.nomination_id"
  " WHERE n.edition_id = ?1 AND length(trim(d.note)) > 0";

static const char SQL_GET_CLASS[] =
  "SELECT class_assessed FROM nomination WHERE id = ?1";
static const char SQL_SET_CLASS[] =
  "UPDATE nomination SET class_assessed = ?2, version = version + 1 WHERE id = ?1";

#define DECISION_COLUMNS \
  "d.id, d.version, d.category_id, d.nomination_id, d.placement, d.position, d.citation," \
  " d.reason, n.title"
#define DECISION_ORDER \
  " ORDER BY c.position, c.id, CASE d.placement WHEN 'winner' THEN 0" \
  " WHEN 'honourable-mention' THEN 1 ELSE 2 END, d.position, d.id"
static const char SQL_EDITION_DECISIONS[] =
  "SELECT " DECISION_COLUMNS " FROM decision d JOIN category c ON c.id = d.category_id"
  " JOIN nomination n ON n.id = d.nomination_id WHERE c.edition_id = ?1" DECISION_ORDER;
static const char SQL_CATEGORY_DECISIONS[] =
  "SELECT " DECISION_COLUMNS " FROM decision d JOIN category c ON c.id = d.category_id"
  " JOIN nomination n ON n.id = d.nomination_id WHERE d.category_id = ?1" DECISION_ORDER;
static const char SQL_INSERT_DECISION[] =
  "INSERT INTO decision (category_id, nomination_id, placement, position, citation, reason)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_UPDATE_DECISION[] =
  "UPDATE decision SET nomination_id = ?2, placement = ?3, position = ?4, citation = ?5,"
  " reason = ?6, version = version + 1 WHERE id = ?1 AND version = ?7";
static const char SQL_DELETE_DECISION[] =
  "DELETE FROM decision WHERE id = ?1";

/* Helpers ----------------------------------------------------------------- */

typedef struct
{
  PjPhase  phase;
  gint64   edition_id;
  char    *name;
} Owner;

static void
owner_clear (Owner *owner)
{
  g_clear_pointer (&owner->name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Owner, owner_clear)

/* The phase and edition of a nomination, category or edition (by @sql). */
static gboolean
read_owner (PjWorkspace  *ws,
            const char   *sql,
            gint64        id,
            Owner        *owner,
            GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (!row)
    {
      if (sql == SQL_NOMINATION_PHASE)
        g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                             _("The nomination no longer exists."));
      else if (sql == SQL_CATEGORY_PHASE)
        g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                             _("The category no longer exists."));
      else
        g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                             _("The edition no longer exists."));
      return FALSE;
    }
  owner->phase = PJ_PHASE_SETUP;
  pj_phase_from_string ((const char *) sqlite3_column_text (stmt, 0), &owner->phase);
  owner->edition_id = sqlite3_column_int64 (stmt, 1);
  owner->name = pj_stmt_dup_text (stmt, 2);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
refuse_locked (PjPhase   phase,
               GError  **error)
{
  if (phase == PJ_PHASE_DECIDED || phase == PJ_PHASE_PUBLISHED)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                           _("The edition's decisions are locked: it has been marked decided. "
                             "An organiser can reopen them, giving a reason."));
      return TRUE;
    }
  return FALSE;
}

static gboolean
finish (PjWorkspace  *ws,
        gboolean      ok,
        const char   *what,
        GError      **error)
{
  if (!pj_store_finish (ws, ok, error))
    return FALSE;
  pj_workspace_emit_changed (ws, what);
  return TRUE;
}

/* Deliberation notes ------------------------------------------------------ */

char *
pj_store_get_deliberation_note (PjWorkspace  *ws,
                                gint64        nomination_id,
                                gint64       *version,
                                GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean row;
  char *note;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = pj_workspace_prepare (ws, SQL_GET_NOTE, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, nomination_id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return NULL;
  if (!row)
    {
      if (version != NULL)
        *version = 0;
      return g_strdup ("");
    }
  note = pj_stmt_dup_text (stmt, 0);
  if (version != NULL)
    *version = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);
  return note != NULL ? note : g_strdup ("");
}

static gboolean
set_note_txn (PjWorkspace  *ws,
              gint64        nomination_id,
              const char   *note,
              gint64       *version,
              GError      **error)
{
  g_auto(Owner) owner = { 0, };
  g_autofree char *old = NULL;
  gint64 stored_version = 0;
  sqlite3_stmt *stmt;

  if (!read_owner (ws, SQL_NOMINATION_PHASE, nomination_id, &owner, error) ||
      refuse_locked (owner.phase, error))
    return FALSE;

  old = pj_store_get_deliberation_note (ws, nomination_id, &stored_version, error);
  if (old == NULL)
    return FALSE;
  if (stored_version != *version)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                   _("The deliberation note of “%s” was changed elsewhere. Reload?"),
                   owner.name);
      return FALSE;
    }
  if (g_strcmp0 (old, note) == 0)
    return TRUE;

  stmt = pj_workspace_prepare (ws, stored_version == 0 ? SQL_INSERT_NOTE : SQL_UPDATE_NOTE,
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, nomination_id);
  pj_stmt_bind_text (stmt, 2, note);
  if (stored_version != 0)
    sqlite3_bind_int64 (stmt, 3, stored_version);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the deliberation note"), error))
    return FALSE;
  if (sqlite3_changes (pj_workspace_get_db (ws)) != 1)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                   _("The deliberation note of “%s” was changed elsewhere. Reload?"),
                   owner.name);
      return FALSE;
    }
  if (!pj_workspace_audit (ws, stored_version == 0 ? "create" : "update", "deliberation_note",
                           nomination_id, "note", stored_version == 0 ? NULL : old, note,
                           error))
    return FALSE;
  *version = stored_version + 1;
  return TRUE;
}

gboolean
pj_store_set_deliberation_note (PjWorkspace  *ws,
                                gint64        nomination_id,
                                const char   *note,
                                gint64       *version,
                                GError      **error)
{
  gint64 wanted;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (version != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (note == NULL)
    note = "";
  if (!g_utf8_validate (note, -1, NULL))
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                           _("The deliberation note is not valid text."));
      return FALSE;
    }

  wanted = *version;
  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = set_note_txn (ws, nomination_id, note, &wanted, error);
  if (!finish (ws, ok, "decision", error))
    return FALSE;
  *version = wanted;
  return TRUE;
}

GHashTable *
pj_store_list_deliberation_notes (PjWorkspace  *ws,
                                  gint64        edition_id,
                                  GError      **error)
{
  g_autoptr(GHashTable) notes = NULL;
  sqlite3_stmt *stmt;
  gboolean row;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  notes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  stmt = pj_workspace_prepare (ws, SQL_EDITION_NOTES, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  for (;;)
    {
      gint64 id;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (notes, g_memdup2 (&id, sizeof id), pj_stmt_dup_text (stmt, 1));
    }
  return g_steal_pointer (&notes);
}

/* The assessed class ------------------------------------------------------ */

static gboolean
set_class_txn (PjWorkspace        *ws,
               gint64              nomination_id,
               PjInnovationClass   value,
               GError            **error)
{
  g_auto(Owner) owner = { 0, };
  g_autofree char *old = NULL;
  const char *new_value = pj_innovation_class_to_string (value);
  sqlite3_stmt *stmt;
  gboolean row;

  if (!read_owner (ws, SQL_NOMINATION_PHASE, nomination_id, &owner, error) ||
      refuse_locked (owner.phase, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws, SQL_GET_CLASS, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, nomination_id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (row)
    {
      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        old = pj_stmt_dup_text (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (g_strcmp0 (old, new_value) == 0)
    return TRUE;

  stmt = pj_workspace_prepare (ws, SQL_SET_CLASS, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, nomination_id);
  pj_stmt_bind_text (stmt, 2, new_value);
  return pj_workspace_step_done (ws, stmt, _("Could not save the innovation class"), error) &&
         pj_workspace_audit (ws, "update", "nomination", nomination_id, "class_assessed",
                             old, new_value, error);
}

gboolean
pj_store_set_class_assessed (PjWorkspace        *ws,
                             gint64              nomination_id,
                             PjInnovationClass   value,
                             GError            **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail ((guint) value < PJ_N_INNOVATION_CLASSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = set_class_txn (ws, nomination_id, value, error);
  return finish (ws, ok, "nomination", error);
}

/* Placements -------------------------------------------------------------- */

static gpointer
decision_from_row (sqlite3_stmt *stmt)
{
  g_autofree char *citation = pj_stmt_dup_text (stmt, 6);
  g_autofree char *reason = pj_stmt_dup_text (stmt, 7);
  g_autofree char *title = pj_stmt_dup_text (stmt, 8);
  PjPlacement placement = PJ_PLACEMENT_WINNER;
  PjDecision *d;

  pj_placement_from_string ((const char *) sqlite3_column_text (stmt, 4), &placement);
  d = pj_decision_new (sqlite3_column_int64 (stmt, 2), sqlite3_column_int64 (stmt, 3),
                       placement, citation);
  pj_decision_set_position (d, (guint) MAX (sqlite3_column_int (stmt, 5), 0));
  pj_decision_set_reason (d, reason);
  pj_decision_set_stored (d, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                          title);
  return d;
}

static GPtrArray *
read_decisions (PjWorkspace  *ws,
                const char   *sql,
                gint64        id,
                GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return pj_store_read_rows (ws, stmt, decision_from_row, error);
}

GListModel *
pj_store_list_decisions (PjWorkspace  *ws,
                         gint64        edition_id,
                         GError      **error)
{
  g_autoptr(GPtrArray) list = NULL;
  GListStore *store;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = read_decisions (ws, SQL_EDITION_DECISIONS, edition_id, error);
  if (list == NULL)
    return NULL;
  store = g_list_store_new (PJ_TYPE_DECISION);
  g_list_store_splice (store, 0, 0, list->pdata, list->len);
  return G_LIST_MODEL (store);
}

GPtrArray *
pj_store_get_category_decisions (PjWorkspace  *ws,
                                 gint64        category_id,
                                 GError      **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_decisions (ws, SQL_CATEGORY_DECISIONS, category_id, error);
}

/* The category's set checked against the ranking by the edition's method. */
static gboolean
check_category (PjResults                *results,
                GArray                   *computed,
                const PjResultsCategory  *category,
                GPtrArray                *decisions,
                GError                  **error)
{
  g_autoptr(GHashTable) titles = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint first = 0;
  guint n;

  for (guint i = 0; i < pj_results_get_n_nominations (results); i++)
    {
      const PjResultsNomination *nom = pj_results_get_nomination (results, i);

      g_hash_table_insert (titles, (gpointer) &nom->id, nom->title);
    }

  n = pj_results_category_span (computed, category->id, &first);
  if (!pj_decision_check_category (n > 0 ? &g_array_index (computed, PjNominationResult, first)
                                         : NULL,
                                   n, decisions, category->mode, category->winners,
                                   category->honourable_mentions, category->threshold,
                                   titles, error))
    {
      g_prefix_error (error, _("%s: "), category->name);
      return FALSE;
    }
  return TRUE;
}

static const char *
placement_text (PjDecision *d)
{
  return pj_placement_to_string (pj_decision_get_placement (d));
}

static gboolean
audit_text_change (PjWorkspace  *ws,
                   const char   *action,
                   gint64        id,
                   const char   *field,
                   const char   *old_value,
                   const char   *new_value,
                   GError      **error)
{
  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;
  return pj_workspace_audit (ws, action, "decision", id, field, old_value, new_value, error);
}

static gboolean
audit_decision (PjWorkspace  *ws,
                const char   *action,
                gint64        id,
                PjDecision   *old,
                PjDecision   *now,
                GError      **error)
{
  g_autofree char *old_nom = NULL;
  g_autofree char *new_nom = NULL;
  g_autofree char *old_pos = NULL;
  g_autofree char *new_pos = NULL;

  if (old != NULL)
    {
      old_nom = g_strdup_printf ("%" G_GINT64_FORMAT, pj_decision_get_nomination_id (old));
      old_pos = g_strdup_printf ("%u", pj_decision_get_position (old));
    }
  if (now != NULL)
    {
      new_nom = g_strdup_printf ("%" G_GINT64_FORMAT, pj_decision_get_nomination_id (now));
      new_pos = g_strdup_printf ("%u", pj_decision_get_position (now));
    }

  return audit_text_change (ws, action, id, "nomination_id", old_nom, new_nom, error) &&
         audit_text_change (ws, action, id, "placement",
                            old != NULL ? placement_text (old) : NULL,
                            now != NULL ? placement_text (now) : NULL, error) &&
         audit_text_change (ws, action, id, "position", old_pos, new_pos, error) &&
         audit_text_change (ws, action, id, "citation",
                            old != NULL ? pj_decision_get_citation (old) : NULL,
                            now != NULL ? pj_decision_get_citation (now) : NULL, error) &&
         audit_text_change (ws, action, id, "reason",
                            old != NULL && *pj_decision_get_reason (old) != '\0'
                            ? pj_decision_get_reason (old) : NULL,
                            now != NULL && *pj_decision_get_reason (now) != '\0'
                            ? pj_decision_get_reason (now) : NULL, error);
}

static PjDecision *
find_by_id (GPtrArray *list,
            gint64     id)
{
  for (guint i = 0; i < list->len; i++)
    if (pj_decision_get_id (g_ptr_array_index (list, i)) == id)
      return g_ptr_array_index (list, i);
  return NULL;
}

static gboolean
same_decision (PjDecision *a,
               PjDecision *b)
{
  return pj_decision_get_nomination_id (a) == pj_decision_get_nomination_id (b) &&
         pj_decision_get_placement (a) == pj_decision_get_placement (b) &&
         pj_decision_get_position (a) == pj_decision_get_position (b) &&
         g_strcmp0 (pj_decision_get_citation (a), pj_decision_get_citation (b)) == 0 &&
         g_strcmp0 (pj_decision_get_reason (a), pj_decision_get_reason (b)) == 0;
}

typedef struct
{
  gint64 id;
  gint64 version;
} Stored;

static gboolean
save_category_txn (PjWorkspace  *ws,
                   gint64        category_id,
                   GPtrArray    *decisions,
                   GArray       *stored_out,
                   GError      **error)
{
  g_auto(Owner) owner = { 0, };
  g_autoptr(PjResults) results = NULL;
  g_autoptr(GArray) computed = NULL;
  g_autoptr(GPtrArray) before = NULL;
  const PjResultsCategory *category;
  sqlite3 *db = pj_workspace_get_db (ws);

  if (!read_owner (ws, SQL_CATEGORY_PHASE, category_id, &owner, error) ||
      refuse_locked (owner.phase, error))
    return FALSE;
  if (owner.phase != PJ_PHASE_DELIBERATION)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                           _("Placements are decided in the deliberation phase: finish "
                             "scoring and begin the deliberation first."));
      return FALSE;
    }

  for (guint i = 0; i < decisions->len; i++)
    if (pj_decision_get_category_id (g_ptr_array_index (decisions, i)) != category_id)
      {
        g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                             _("A placement belongs to another category."));
        return FALSE;
      }

  results = pj_store_load_results (ws, owner.edition_id, error);
  if (results == NULL)
    return FALSE;
  category = pj_results_find_category (results, category_id);
  g_assert (category != NULL);
  computed = pj_results_compute (results, pj_results_get_method (results));
  if (!check_category (results, computed, category, decisions, error))
    return FALSE;

  before = read_decisions (ws, SQL_CATEGORY_DECISIONS, category_id, error);
  if (before == NULL)
    return FALSE;

  /* Versions first: nothing is written when any row moved on */
  for (guint i = 0; i < decisions->len; i++)
    {
      PjDecision *d = g_ptr_array_index (decisions, i);
      PjDecision *old;

      if (pj_decision_get_id (d) == PJ_NO_ID)
        continue;
      old = find_by_id (before, pj_decision_get_id (d));
      if (old == NULL || pj_decision_get_version (old) != pj_decision_get_version (d))
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                       _("The decision in “%s” was changed elsewhere. Reload?"), owner.name);
          return FALSE;
        }
    }

  /* Removed ones go first, so a nomination can move to another placement */
  for (guint i = 0; i < before->len; i++)
    {
      PjDecision *old = g_ptr_array_index (before, i);
      gboolean kept = FALSE;
      sqlite3_stmt *stmt;

      for (guint k = 0; k < decisions->len && !kept; k++)
        kept = pj_decision_get_id (g_ptr_array_index (decisions, k)) == pj_decision_get_id (old);
      if (kept)
        continue;
      stmt = pj_workspace_prepare (ws, SQL_DELETE_DECISION, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pj_decision_get_id (old));
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the decision"), error) ||
          !audit_decision (ws, "delete", pj_decision_get_id (old), old, NULL, error))
        return FALSE;
    }

  for (guint i = 0; i < decisions->len; i++)
    {
      PjDecision *d = g_ptr_array_index (decisions, i);
      gint64 id = pj_decision_get_id (d);
      PjDecision *old = id != PJ_NO_ID ? find_by_id (before, id) : NULL;
      Stored stored = { id, pj_decision_get_version (d) };
      sqlite3_stmt *stmt;

      if (old != NULL && same_decision (old, d))
        {
          g_array_append_val (stored_out, stored);
          continue;
        }

      stmt = pj_workspace_prepare (ws, old != NULL ? SQL_UPDATE_DECISION : SQL_INSERT_DECISION,
                                   error);
      if (stmt == NULL)
        return FALSE;
      if (old != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int64 (stmt, 7, pj_decision_get_version (d));
        }
      else
        sqlite3_bind_int64 (stmt, 1, category_id);
      sqlite3_bind_int64 (stmt, 2, pj_decision_get_nomination_id (d));
      pj_stmt_bind_text (stmt, 3, placement_text (d));
      sqlite3_bind_int (stmt, 4, (int) pj_decision_get_position (d));
      pj_stmt_bind_text (stmt, 5, pj_decision_get_citation (d));
      pj_stmt_bind_text (stmt, 6, pj_store_is_blank (pj_decision_get_reason (d))
                                  ? "" : pj_decision_get_reason (d));
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the decision"), error))
        return FALSE;
      if (old != NULL && sqlite3_changes (db) != 1)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                       _("The decision in “%s” was changed elsewhere. Reload?"), owner.name);
          return FALSE;
        }
      if (old == NULL)
        {
          stored.id = sqlite3_last_insert_rowid (db);
          stored.version = 1;
        }
      else
        stored.version += 1;
      if (!audit_decision (ws, old != NULL ? "update" : "create", stored.id, old, d, error))
        return FALSE;
      g_array_append_val (stored_out, stored);
    }

  return TRUE;
}

gboolean
pj_store_save_category_decisions (PjWorkspace  *ws,
                                  gint64        category_id,
                                  GPtrArray    *decisions,
                                  GError      **error)
{
  g_autoptr(GArray) stored = NULL;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (decisions != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < decisions->len; i++)
    g_return_val_if_fail (PJ_IS_DECISION (g_ptr_array_index (decisions, i)), FALSE);

  stored = g_array_new (FALSE, FALSE, sizeof (Stored));
  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = save_category_txn (ws, category_id, decisions, stored, error);
  if (!finish (ws, ok, "decision", error))
    return FALSE;

  for (guint i = 0; i < decisions->len; i++)
    {
      Stored *s = &g_array_index (stored, Stored, i);

      pj_decision_set_stored (g_ptr_array_index (decisions, i), s->id, s->version, NULL);
    }
  return TRUE;
}

/* Phases ------------------------------------------------------------------ */

static gboolean
set_phase (PjWorkspace  *ws,
           gint64        edition_id,
           PjPhase       from,
           PjPhase       to,
           const char   *action,
           GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_SET_PHASE, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  pj_stmt_bind_text (stmt, 2, pj_phase_to_string (to));
  pj_stmt_bind_text (stmt, 3, pj_phase_to_string (from));
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the edition"), error))
    return FALSE;
  if (sqlite3_changes (pj_workspace_get_db (ws)) != 1)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                           _("The edition was changed elsewhere. Reload?"));
      return FALSE;
    }
  return pj_workspace_audit (ws, action, "edition", edition_id, "phase",
                             pj_phase_to_string (from), pj_phase_to_string (to), error);
}

static gboolean
begin_deliberation_txn (PjWorkspace  *ws,
                        gint64        edition_id,
                        GError      **error)
{
  g_auto(Owner) owner = { 0, };

  if (!read_owner (ws, SQL_EDITION_PHASE, edition_id, &owner, error))
    return FALSE;
  if (owner.phase == PJ_PHASE_DELIBERATION)
    return TRUE;
  if (owner.phase != PJ_PHASE_SCORING)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("The deliberation follows the scoring; the edition is in the phase "
                     "“%s”."), pj_phase_to_label (owner.phase));
      return FALSE;
    }
  return set_phase (ws, edition_id, PJ_PHASE_SCORING, PJ_PHASE_DELIBERATION, "update", error);
}

gboolean
pj_store_begin_deliberation (PjWorkspace  *ws,
                             gint64        edition_id,
                             GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = begin_deliberation_txn (ws, edition_id, error);
  return finish (ws, ok, "edition", error);
}

static gboolean
mark_decided_txn (PjWorkspace  *ws,
                  gint64        edition_id,
                  GError      **error)
{
  g_auto(Owner) owner = { 0, };
  g_autoptr(PjResults) results = NULL;
  g_autoptr(GArray) computed = NULL;

  if (!read_owner (ws, SQL_EDITION_PHASE, edition_id, &owner, error) ||
      refuse_locked (owner.phase, error))
    return FALSE;
  if (owner.phase != PJ_PHASE_DELIBERATION)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                           _("Only an edition in deliberation can be marked decided."));
      return FALSE;
    }

  results = pj_store_load_results (ws, edition_id, error);
  if (results == NULL)
    return FALSE;
  computed = pj_results_compute (results, pj_results_get_method (results));

  for (guint c = 0; c < pj_results_get_n_categories (results); c++)
    {
      const PjResultsCategory *category = pj_results_get_category (results, c);
      g_autoptr(GPtrArray) decisions = read_decisions (ws, SQL_CATEGORY_DECISIONS,
                                                       category->id, error);

      if (decisions == NULL || !check_category (results, computed, category, decisions, error))
        return FALSE;
    }

  return set_phase (ws, edition_id, PJ_PHASE_DELIBERATION, PJ_PHASE_DECIDED, "decide", error);
}

gboolean
pj_store_mark_decided (PjWorkspace  *ws,
                       gint64        edition_id,
                       GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = mark_decided_txn (ws, edition_id, error);
  return finish (ws, ok, "edition", error);
}

static gboolean
reopen_txn (PjWorkspace  *ws,
            gint64        edition_id,
            const char   *reason,
            GError      **error)
{
  g_auto(Owner) owner = { 0, };

  if (!read_owner (ws, SQL_EDITION_PHASE, edition_id, &owner, error))
    return FALSE;
  if (owner.phase != PJ_PHASE_DECIDED)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                           owner.phase == PJ_PHASE_PUBLISHED
                           ? _("The winners are already published; their decisions can no "
                               "longer be reopened.")
                           : _("The edition's decisions are not locked: it has not been "
                               "marked decided."));
      return FALSE;
    }
  return set_phase (ws, edition_id, PJ_PHASE_DECIDED, PJ_PHASE_DELIBERATION, "reopen", error) &&
         pj_workspace_audit (ws, "reopen", "edition", edition_id, "reason", NULL, reason, error);
}

gboolean
pj_store_reopen_decisions (PjWorkspace  *ws,
                           gint64        edition_id,
                           const char   *reason,
                           GError      **error)
{
  g_autofree char *trimmed = NULL;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (pj_store_is_blank (trimmed) || !g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                           _("Give a reason for reopening the decisions; it is kept in the "
                             "audit log."));
      return FALSE;
    }

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = reopen_txn (ws, edition_id, trimmed, error);
  return finish (ws, ok, "edition", error);
}
