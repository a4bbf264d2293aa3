/* pj-store-ballot.c: the workspace side of ballot files
 *
 * Reads what a juror's ballot holds, fills the temporary workspace of an
 * offline session, checks an imported ballot against the workspace,
 * compares its sheets and writes them. The rules of scoring are the same
 * as in pj-store-scoring.c: a conflicted or unassigned pair never gets a
 * sheet, only criteria that apply to the nomination's category count, and
 * every value is inside its scale. Every statement is a static string,
 * prepared through the workspace's cache and bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-store-ballot"

#include "config.h"

#include "pj-ballot-private.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pj-criterion.h"
#include "pj-nomination.h"
#include "pj-score-sheet-private.h"
#include "pj-store.h"
#include "pj-store-scoring.h"
#include "pj-store-private.h"
#include "pj-workspace-private.h"

static const char SQL_JUROR_KEY[] =
  "SELECT ballot_key FROM juror WHERE id = ?1";
static const char SQL_EDITION[] =
  "SELECT a.name, e.year, e.phase, e.blind_policy FROM edition e"
  " JOIN award a ON a.id = e.award_id WHERE e.id = ?1";
static const char SQL_JUROR[] =
  "SELECT name, edition_id, ballot_key FROM juror WHERE id = ?1";
static const char SQL_CATEGORIES[] =
  "SELECT id, name, description, position FROM category WHERE edition_id = ?1"
  " ORDER BY position, id";
/* The juror's nominations: assigned, in the edition, without a conflict. */
static const char SQL_NOMINATIONS[] =
  "SELECT n.id, n.title, coalesce(n.category_id, 0), n.summary, n.what_is_new,"
  " n.value_created, n.results, n.implementation, n.spread, n.status,"
  " coalesce(s.id, 0), coalesce(s.version, 0), coalesce(s.status, 'draft'),"
  " coalesce(s.overall_comment, ''), s.submitted_at"
  " FROM assignment a JOIN nomination n ON n.id = a.nomination_id"
  " LEFT JOIN category c ON c.id = n.category_id"
  " LEFT JOIN score_sheet s ON s.juror_id = a.juror_id AND s.nomination_id = n.id"
  " WHERE a.juror_id = ?1 AND n.edition_id = ?2"
  " AND NOT EXISTS (SELECT 1 FROM conflict x WHERE x.juror_id = a.juror_id"
  "                 AND x.nomination_id = n.id AND x.lifted = 0)"
  " ORDER BY c.position IS NULL, c.position, n.id";
static const char SQL_NOMINATION_UNITS[] =
  "SELECT u.id, u.name FROM nomination_unit nu JOIN unit u ON u.id = nu.unit_id"
  " WHERE nu.nomination_id = ?1 ORDER BY nu.position, u.id";
static const char SQL_SCORES[] =
  "SELECT criterion_id, value, comment FROM score WHERE sheet_id = ?1 ORDER BY criterion_id";

/* The temporary workspace of a session. */
static const char SQL_T_AWARD[] =
  "INSERT INTO award (id, name) VALUES (1, ?1)";
static const char SQL_T_EDITION[] =
  "INSERT INTO edition (id, award_id, year, phase, blind_policy) VALUES (?1, 1, ?2, ?3, ?4)";
static const char SQL_T_CATEGORY[] =
  "INSERT INTO category (id, edition_id, name, description, position)"
  " VALUES (?1, ?2, ?3, ?4, ?5)";
static const char SQL_T_CRITERION[] =
  "INSERT INTO criterion (id, edition_id, name, description, weight, scale_min, scale_max,"
  " required, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char SQL_T_LABEL[] =
  "INSERT INTO criterion_label (criterion_id, value, label) VALUES (?1, ?2, ?3)";
static const char SQL_T_CRITERION_CATEGORY[] =
  "INSERT INTO criterion_category (criterion_id, category_id) VALUES (?1, ?2)";
static const char SQL_T_UNIT[] =
  "INSERT OR IGNORE INTO unit (id, name) VALUES (?1, ?2)";
static const char SQL_T_JUROR[] =
  "INSERT INTO juror (id, edition_id, name, ballot_key) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_T_JUROR_CATEGORY[] =
  "INSERT INTO juror_category (juror_id, category_id) VALUES (?1, ?2)";
static const char SQL_T_NOMINATION[] =
  "INSERT INTO nomination (id, edition_id, category_id, title, summary, what_is_new,"
  " value_created, results, implementation, spread, status)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'eligible')";
static const char SQL_T_NOMINATION_UNIT[] =
  "INSERT OR IGNORE INTO nomination_unit (nomination_id, unit_id, position)"
  " VALUES (?1, ?2, ?3)";
static const char SQL_T_ASSIGNMENT[] =
  "INSERT INTO assignment (juror_id, nomination_id, manual) VALUES (?1, ?2, 1)";
static const char SQL_T_LOCK[] =
  "UPDATE edition SET phase = 'deliberation', version = version + 1 WHERE id = ?1";

/* Import */
static const char SQL_PAIR[] =
  "SELECT n.edition_id, n.status, coalesce(n.category_id, 0), n.title,"
  " EXISTS (SELECT 1 FROM conflict c WHERE c.juror_id = ?1 AND c.nomination_id = n.id"
  "         AND c.lifted = 0),"
  " EXISTS (SELECT 1 FROM assignment s WHERE s.juror_id = ?1 AND s.nomination_id = n.id)"
  " FROM nomination n WHERE n.id = ?2";
static const char SQL_SHEET_STATE[] =
  "SELECT id, version FROM score_sheet WHERE juror_id = ?1 AND nomination_id = ?2";
static const char SQL_INSERT_SHEET[] =
  "INSERT INTO score_sheet (juror_id, nomination_id, status, overall_comment, submitted_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5)";
static const char SQL_UPDATE_SHEET[] =
  "UPDATE score_sheet SET status = ?1, overall_comment = ?2, submitted_at = ?3,"
  " version = version + 1 WHERE id = ?4 AND version = ?5";
static const char SQL_INSERT_SCORE[] =
  "INSERT INTO score (sheet_id, criterion_id, value, comment) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_UPDATE_SCORE[] =
  "UPDATE score SET value = ?3, comment = ?4 WHERE sheet_id = ?1 AND criterion_id = ?2";
static const char SQL_DELETE_SCORE[] =
  "DELETE FROM score WHERE sheet_id = ?1 AND criterion_id = ?2";
static const char SQL_INSERT_IMPORT[] =
  "INSERT INTO ballot_import (edition_id, juror_id, file_sha256, imported_at, new_count,"
  " changed_count, unchanged_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

/* Helpers */

static char *
id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

/* The criterion of @criteria with @id, or NULL (owned by the model). */
static PjCriterion *
find_criterion (GListModel *criteria,
                gint64      id)
{
  guint n = g_list_model_get_n_items (criteria);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCriterion) criterion = g_list_model_get_item (criteria, i);

      if (pj_criterion_get_id (criterion) == id)
        return criterion;
    }
  return NULL;
}

/* The key */

static gboolean
read_key (PjWorkspace   *ws,
          sqlite3_stmt  *stmt,
          int            column,
          guint8         key[PJ_BALLOT_KEY_SIZE],
          GError       **error)
{
  if (sqlite3_column_bytes (stmt, column) != PJ_BALLOT_KEY_SIZE)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_CORRUPT,
                           _("The juror’s ballot key in the workspace is damaged."));
      return FALSE;
    }
  memcpy (key, sqlite3_column_blob (stmt, column), PJ_BALLOT_KEY_SIZE);
  return TRUE;
}

gboolean
pj_store_get_juror_ballot_key (PjWorkspace  *ws,
                               gint64        juror_id,
                               guint8        key[PJ_BALLOT_KEY_SIZE],
                               GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean row;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = pj_workspace_prepare (ws, SQL_JUROR_KEY, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, juror_id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (!row)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           _("The juror no longer exists."));
      return FALSE;
    }
  ok = read_key (ws, stmt, 0, key, error);
  sqlite3_reset (stmt);
  return ok;
}

/* Export: reading a ballot */

static gboolean
read_edition (PjWorkspace  *ws,
              PjBallot     *ballot,
              PjPhase      *phase,
              GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_EDITION, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ballot->edition_id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (!row)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           _("The edition no longer exists."));
      return FALSE;
    }
  ballot->award = pj_stmt_dup_text (stmt, 0);
  ballot->year = sqlite3_column_int (stmt, 1);
  *phase = PJ_PHASE_SETUP;
  pj_phase_from_string ((const char *) sqlite3_column_text (stmt, 2), phase);
  ballot->blind_policy = PJ_BLIND_AFTER_SUBMIT;
  pj_blind_policy_from_string ((const char *) sqlite3_column_text (stmt, 3),
                               &ballot->blind_policy);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
read_juror (PjWorkspace  *ws,
            PjBallot     *ballot,
            GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_JUROR, error);
  gboolean row;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ballot->juror_id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (!row)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           _("The juror no longer exists."));
      return FALSE;
    }
  if (sqlite3_column_int64 (stmt, 1) != ballot->edition_id)
    {
      g_autofree char *name = pj_stmt_dup_text (stmt, 0);

      sqlite3_reset (stmt);
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s is not a juror of this edition."), name);
      return FALSE;
    }
  ballot->juror_name = pj_stmt_dup_text (stmt, 0);
  ok = read_key (ws, stmt, 2, ballot->key, error);
  ballot->has_key = ok;
  sqlite3_reset (stmt);
  return ok;
}

static gboolean
read_categories (PjWorkspace  *ws,
                 PjBallot     *ballot,
                 GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_CATEGORIES, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ballot->edition_id);
  for (;;)
    {
      PjBallotCategory *category;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;
      category = pj_ballot_category_new ();
      category->id = sqlite3_column_int64 (stmt, 0);
      category->name = pj_stmt_dup_text (stmt, 1);
      category->description = pj_stmt_dup_text (stmt, 2);
      category->position = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (ballot->categories, category);
    }
  return TRUE;
}

static gboolean
read_criteria (PjWorkspace  *ws,
               PjBallot     *ballot,
               GListModel  **out_criteria,
               GError      **error)
{
  g_autoptr(GListModel) criteria = pj_store_list_criteria (ws, ballot->edition_id, error);
  guint n;

  if (criteria == NULL)
    return FALSE;

  n = g_list_model_get_n_items (criteria);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, i);
      PjBallotCriterion *bc = pj_ballot_criterion_new ();
      const gint64 *ids;
      guint n_ids = 0;

      bc->id = pj_criterion_get_id (c);
      bc->name = g_strdup (pj_criterion_get_name (c));
      bc->description = g_strdup (pj_criterion_get_description (c));
      bc->weight = pj_criterion_get_weight (c);
      bc->scale_min = pj_criterion_get_scale_min (c);
      bc->scale_max = pj_criterion_get_scale_max (c);
      bc->required = pj_criterion_get_required (c);
      bc->position = (int) i;
      for (int v = bc->scale_min; v <= bc->scale_max; v++)
        {
          const char *text = pj_criterion_get_label (c, v);
          PjBallotLabel label;

          if (text == NULL || text[0] == '\0')
            continue;
          label.value = v;
          label.label = g_strdup (text);
          g_array_append_val (bc->labels, label);
        }
      ids = pj_criterion_get_category_ids (c, &n_ids);
      g_array_append_vals (bc->category_ids, ids, n_ids);
      g_ptr_array_add (ballot->criteria, bc);
    }

  *out_criteria = g_steal_pointer (&criteria);
  return TRUE;
}

static gboolean
read_units (PjWorkspace         *ws,
            PjBallotNomination  *n,
            GError             **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_NOMINATION_UNITS, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, n->id);
  for (;;)
    {
      PjBallotUnit unit;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;
      unit.id = sqlite3_column_int64 (stmt, 0);
      unit.name = pj_stmt_dup_text (stmt, 1);
      g_array_append_val (n->units, unit);
    }
  return TRUE;
}

/* The stored scores of the sheet, only those of criteria that apply. */
static gboolean
read_scores (PjWorkspace         *ws,
             gint64               sheet_id,
             GListModel          *criteria,
             PjBallotNomination  *n,
             GError             **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_SCORES, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sheet_id);
  for (;;)
    {
      PjBallotScore score;
      PjCriterion *criterion;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;
      score.criterion_id = sqlite3_column_int64 (stmt, 0);
      criterion = find_criterion (criteria, score.criterion_id);
      if (criterion == NULL || !pj_criterion_applies_to (criterion, n->category_id))
        continue;
      score.value = sqlite3_column_int (stmt, 1);
      score.comment = pj_stmt_dup_text (stmt, 2);
      g_array_append_val (n->scores, score);
    }
  return TRUE;
}

PjBallot *
pj_store_read_ballot (PjWorkspace  *ws,
                      gint64        edition_id,
                      gint64        juror_id,
                      GError      **error)
{
  g_autoptr(PjBallot) ballot = pj_ballot_new ();
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GArray) sheet_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  PjPhase phase = PJ_PHASE_SETUP;
  sqlite3_stmt *stmt;
  gboolean row;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);

  ballot->version = PJ_BALLOT_FORMAT_VERSION;
  ballot->edition_id = edition_id;
  ballot->juror_id = juror_id;

  if (!read_edition (ws, ballot, &phase, error))
    return NULL;
  if (phase != PJ_PHASE_SCORING)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Ballots can be exported only in the scoring phase. "
                     "“%s %d” is in the phase “%s”."),
                   ballot->award, ballot->year, pj_phase_to_label (phase));
      return NULL;
    }
  if (!read_juror (ws, ballot, error) ||
      !read_categories (ws, ballot, error) ||
      !read_criteria (ws, ballot, &criteria, error))
    return NULL;

  /* All rows first: units and scores use other statements. */
  stmt = pj_workspace_prepare (ws, SQL_NOMINATIONS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, juror_id);
  sqlite3_bind_int64 (stmt, 2, edition_id);
  for (;;)
    {
      PjNominationStatus status = PJ_NOMINATION_SUBMITTED;
      PjBallotNomination *n;
      gint64 sheet_id;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;

      pj_nomination_status_from_string ((const char *) sqlite3_column_text (stmt, 9), &status);
      if (!pj_nomination_status_is_in_scoring (status))
        continue;

      n = pj_ballot_nomination_new ();
      n->id = sqlite3_column_int64 (stmt, 0);
      n->title = pj_stmt_dup_text (stmt, 1);
      n->category_id = sqlite3_column_int64 (stmt, 2);
      if (n->category_id == 0)
        n->category_id = PJ_NO_ID;
      n->summary = pj_stmt_dup_text (stmt, 3);
      n->what_is_new = pj_stmt_dup_text (stmt, 4);
      n->value_created = pj_stmt_dup_text (stmt, 5);
      n->results = pj_stmt_dup_text (stmt, 6);
      n->implementation = pj_stmt_dup_text (stmt, 7);
      n->spread = pj_stmt_dup_text (stmt, 8);
      sheet_id = sqlite3_column_int64 (stmt, 10);
      n->base_version = sqlite3_column_int64 (stmt, 11);
      n->status = PJ_SHEET_DRAFT;
      pj_sheet_status_from_string ((const char *) sqlite3_column_text (stmt, 12), &n->status);
      g_free (n->overall_comment);
      n->overall_comment = pj_stmt_dup_text (stmt, 13);
      n->submitted_at = pj_store_dup_text_or_null (stmt, 14);
      g_ptr_array_add (ballot->nominations, n);
      g_array_append_val (sheet_ids, sheet_id);
    }

  for (guint i = 0; i < ballot->nominations->len; i++)
    {
      PjBallotNomination *n = g_ptr_array_index (ballot->nominations, i);
      gint64 sheet_id = g_array_index (sheet_ids, gint64, i);

      if (!read_units (ws, n, error))
        return NULL;
      if (sheet_id != 0 && !read_scores (ws, sheet_id, criteria, n, error))
        return NULL;
    }

  return g_steal_pointer (&ballot);
}

/* The session's temporary workspace */

static gboolean
exec_stmt (PjWorkspace   *ws,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  return pj_workspace_step_done (ws, stmt, _("Could not open the ballot"), error);
}

static gboolean
fill_session_txn (PjWorkspace     *tmp,
                  const PjBallot  *ballot,
                  gboolean         read_only,
                  GError         **error)
{
  static const guint8 no_key[PJ_BALLOT_KEY_SIZE] = { 0 };
  sqlite3_stmt *stmt;

  if ((stmt = pj_workspace_prepare (tmp, SQL_T_AWARD, error)) == NULL)
    return FALSE;
  pj_stmt_bind_text (stmt, 1, ballot->award);
  if (!exec_stmt (tmp, stmt, error))
    return FALSE;

  if ((stmt = pj_workspace_prepare (tmp, SQL_T_EDITION, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ballot->edition_id);
  sqlite3_bind_int (stmt, 2, ballot->year);
  pj_stmt_bind_text (stmt, 3, pj_phase_to_string (read_only ? PJ_PHASE_DELIBERATION
                                                             : PJ_PHASE_SCORING));
  pj_stmt_bind_text (stmt, 4, pj_blind_policy_to_string (ballot->blind_policy));
  if (!exec_stmt (tmp, stmt, error))
    return FALSE;

  for (guint i = 0; i < ballot->categories->len; i++)
    {
      const PjBallotCategory *c = g_ptr_array_index (ballot->categories, i);

      if ((stmt = pj_workspace_prepare (tmp, SQL_T_CATEGORY, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, c->id);
      sqlite3_bind_int64 (stmt, 2, ballot->edition_id);
      pj_stmt_bind_text (stmt, 3, c->name);
      pj_stmt_bind_text (stmt, 4, c->description != NULL ? c->description : "");
      sqlite3_bind_int (stmt, 5, c->position);
      if (!exec_stmt (tmp, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < ballot->criteria->len; i++)
    {
      const PjBallotCriterion *c = g_ptr_array_index (ballot->criteria, i);

      if ((stmt = pj_workspace_prepare (tmp, SQL_T_CRITERION, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, c->id);
      sqlite3_bind_int64 (stmt, 2, ballot->edition_id);
      pj_stmt_bind_text (stmt, 3, c->name);
      pj_stmt_bind_text (stmt, 4, c->description != NULL ? c->description : "");
      sqlite3_bind_double (stmt, 5, c->weight);
      sqlite3_bind_int (stmt, 6, c->scale_min);
      sqlite3_bind_int (stmt, 7, c->scale_max);
      sqlite3_bind_int (stmt, 8, c->required ? 1 : 0);
      sqlite3_bind_int (stmt, 9, c->position);
      if (!exec_stmt (tmp, stmt, error))
        return FALSE;

      for (guint j = 0; j < c->labels->len; j++)
        {
          const PjBallotLabel *label = &g_array_index (c->labels, PjBallotLabel, j);

          if ((stmt = pj_workspace_prepare (tmp, SQL_T_LABEL, error)) == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, c->id);
          sqlite3_bind_int (stmt, 2, label->value);
          pj_stmt_bind_text (stmt, 3, label->label);
          if (!exec_stmt (tmp, stmt, error))
            return FALSE;
        }
      for (guint j = 0; j < c->category_ids->len; j++)
        {
          if ((stmt = pj_workspace_prepare (tmp, SQL_T_CRITERION_CATEGORY, error)) == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, c->id);
          sqlite3_bind_int64 (stmt, 2, g_array_index (c->category_ids, gint64, j));
          if (!exec_stmt (tmp, stmt, error))
            return FALSE;
        }
    }

  if ((stmt = pj_workspace_prepare (tmp, SQL_T_JUROR, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ballot->juror_id);
  sqlite3_bind_int64 (stmt, 2, ballot->edition_id);
  pj_stmt_bind_text (stmt, 3, ballot->juror_name);
  sqlite3_bind_blob (stmt, 4, ballot->has_key ? ballot->key : no_key, PJ_BALLOT_KEY_SIZE,
                     SQLITE_TRANSIENT);
  if (!exec_stmt (tmp, stmt, error))
    return FALSE;

  for (guint i = 0; i < ballot->categories->len; i++)
    {
      const PjBallotCategory *c = g_ptr_array_index (ballot->categories, i);

      if ((stmt = pj_workspace_prepare (tmp, SQL_T_JUROR_CATEGORY, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ballot->juror_id);
      sqlite3_bind_int64 (stmt, 2, c->id);
      if (!exec_stmt (tmp, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < ballot->nominations->len; i++)
    {
      const PjBallotNomination *n = g_ptr_array_index (ballot->nominations, i);
      const char *texts[] = { n->summary, n->what_is_new, n->value_created, n->results,
                              n->implementation, n->spread };

      if ((stmt = pj_workspace_prepare (tmp, SQL_T_NOMINATION, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, n->id);
      sqlite3_bind_int64 (stmt, 2, ballot->edition_id);
      if (n->category_id != PJ_NO_ID)
        sqlite3_bind_int64 (stmt, 3, n->category_id);
      pj_stmt_bind_text (stmt, 4, n->title);
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        pj_stmt_bind_text (stmt, 5 + (int) t, texts[t] != NULL ? texts[t] : "");
      if (!exec_stmt (tmp, stmt, error))
        return FALSE;

      for (guint j = 0; j < n->units->len; j++)
        {
          const PjBallotUnit *unit = &g_array_index (n->units, PjBallotUnit, j);

          if ((stmt = pj_workspace_prepare (tmp, SQL_T_UNIT, error)) == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, unit->id);
          pj_stmt_bind_text (stmt, 2, unit->name);
          if (!exec_stmt (tmp, stmt, error))
            return FALSE;
          if ((stmt = pj_workspace_prepare (tmp, SQL_T_NOMINATION_UNIT, error)) == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, n->id);
          sqlite3_bind_int64 (stmt, 2, unit->id);
          sqlite3_bind_int (stmt, 3, (int) j);
          if (!exec_stmt (tmp, stmt, error))
            return FALSE;
        }

      if ((stmt = pj_workspace_prepare (tmp, SQL_T_ASSIGNMENT, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ballot->juror_id);
      sqlite3_bind_int64 (stmt, 2, n->id);
      if (!exec_stmt (tmp, stmt, error))
        return FALSE;

      /* The sheet, when there is anything in it. */
      if (n->base_version == 0 && n->scores->len == 0 && n->status == PJ_SHEET_DRAFT &&
          (n->overall_comment == NULL || n->overall_comment[0] == '\0'))
        continue;

      {
        gint64 sheet_id;

        if ((stmt = pj_workspace_prepare (tmp, SQL_INSERT_SHEET, error)) == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, ballot->juror_id);
        sqlite3_bind_int64 (stmt, 2, n->id);
        pj_stmt_bind_text (stmt, 3, pj_sheet_status_to_string (n->status));
        pj_stmt_bind_text (stmt, 4, n->overall_comment != NULL ? n->overall_comment : "");
        pj_stmt_bind_text (stmt, 5, n->status != PJ_SHEET_DRAFT ? n->submitted_at : NULL);
        if (!exec_stmt (tmp, stmt, error))
          return FALSE;
        sheet_id = sqlite3_last_insert_rowid (pj_workspace_get_db (tmp));

        for (guint j = 0; j < n->scores->len; j++)
          {
            const PjBallotScore *score = &g_array_index (n->scores, PjBallotScore, j);

            if ((stmt = pj_workspace_prepare (tmp, SQL_INSERT_SCORE, error)) == NULL)
              return FALSE;
            sqlite3_bind_int64 (stmt, 1, sheet_id);
            sqlite3_bind_int64 (stmt, 2, score->criterion_id);
            sqlite3_bind_int (stmt, 3, score->value);
            pj_stmt_bind_text (stmt, 4, score->comment != NULL ? score->comment : "");
            if (!exec_stmt (tmp, stmt, error))
              return FALSE;
          }
      }
    }

  return TRUE;
}

gboolean
pj_store_ballot_fill_session (PjWorkspace     *tmp,
                              const PjBallot  *ballot,
                              gboolean         read_only,
                              GError         **error)
{
  gboolean ok;

  if (!pj_workspace_begin (tmp, error))
    return FALSE;
  ok = fill_session_txn (tmp, ballot, read_only, error);
  if (ok && pj_workspace_commit (tmp, error))
    return TRUE;
  pj_workspace_rollback (tmp);
  return FALSE;
}

gboolean
pj_store_ballot_lock_session (PjWorkspace  *tmp,
                              gint64        edition_id,
                              GError      **error)
{
  sqlite3_stmt *stmt;

  if (!pj_workspace_begin (tmp, error))
    return FALSE;
  stmt = pj_workspace_prepare (tmp, SQL_T_LOCK, error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, edition_id);
      if (pj_workspace_step_done (tmp, stmt, _("Could not save the ballot"), error) &&
          pj_workspace_commit (tmp, error))
        {
          pj_workspace_emit_changed (tmp, "edition");
          return TRUE;
        }
    }
  pj_workspace_rollback (tmp);
  return FALSE;
}

/* Import: checks */

static gboolean G_GNUC_PRINTF (3, 4)
reject (GError     **error,
        const char  *display_name,
        const char  *format,
        ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, "%s: %s", display_name, reason);
  return FALSE;
}

/* Submit needs every required criterion that applies scored. */
static gboolean
check_required (const PjBallotNomination  *n,
                GListModel                *criteria,
                gint64                     category_id,
                const char                *display_name,
                const char                *title,
                GError                   **error)
{
  guint count = g_list_model_get_n_items (criteria);

  for (guint i = 0; i < count; i++)
    {
      g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, i);
      gboolean scored = FALSE;

      if (!pj_criterion_get_required (c) || !pj_criterion_applies_to (c, category_id))
        continue;
      for (guint j = 0; j < n->scores->len && !scored; j++)
        scored = g_array_index (n->scores, PjBallotScore, j).criterion_id ==
                 pj_criterion_get_id (c);
      if (!scored)
        return reject (error, display_name,
                       _("the sheet for “%s” is submitted but has no score for the "
                         "required criterion “%s”."),
                       title, pj_criterion_get_name (c));
    }
  return TRUE;
}

static gboolean
check_nomination (PjWorkspace               *ws,
                  const PjBallot            *ballot,
                  const PjBallotNomination  *n,
                  GListModel                *criteria,
                  const char                *display_name,
                  GError                   **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_PAIR, error);
  PjNominationStatus status = PJ_NOMINATION_SUBMITTED;
  g_autofree char *title = NULL;
  g_autofree char *nid = id_text (n->id);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      NULL);
  gint64 edition_id, category_id;
  gboolean conflicted, assigned;
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ballot->juror_id);
  sqlite3_bind_int64 (stmt, 2, n->id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (!row)
    return reject (error, display_name,
                   _("the ballot scores a nomination that is not in the workspace (ID %s)."),
                   nid);
  edition_id = sqlite3_column_int64 (stmt, 0);
  pj_nomination_status_from_string ((const char *) sqlite3_column_text (stmt, 1), &status);
  category_id = sqlite3_column_int64 (stmt, 2);
  title = pj_stmt_dup_text (stmt, 3);
  conflicted = sqlite3_column_int (stmt, 4) != 0;
  assigned = sqlite3_column_int (stmt, 5) != 0;
  sqlite3_reset (stmt);

  if (edition_id != ballot->edition_id)
    return reject (error, display_name,
                   _("the nomination “%s” belongs to another edition."), title);
  if (conflicted)
    return reject (error, display_name,
                   _("%s has a conflict of interest with “%s”, and the ballot holds it."),
                   ballot->juror_name, title);
  if (!assigned)
    return reject (error, display_name,
                   _("%s is not assigned to “%s”, and the ballot holds it."),
                   ballot->juror_name, title);
  if (!pj_nomination_status_is_in_scoring (status))
    return reject (error, display_name, _("“%s” is not in scoring: its status is “%s”."),
                   title, pj_nomination_status_to_label (status));

  for (guint i = 0; i < n->scores->len; i++)
    {
      const PjBallotScore *score = &g_array_index (n->scores, PjBallotScore, i);
      PjCriterion *c = find_criterion (criteria, score->criterion_id);
      int min, max;

      if (c == NULL)
        {
          g_autofree char *cid = id_text (score->criterion_id);

          return reject (error, display_name,
                         _("the sheet for “%s” scores a criterion that is not in the "
                           "edition (ID %s)."), title, cid);
        }
      if (g_hash_table_contains (seen, &score->criterion_id))
        return reject (error, display_name,
                       _("the sheet for “%s” scores “%s” twice."),
                       title, pj_criterion_get_name (c));
      g_hash_table_add (seen, g_memdup2 (&score->criterion_id, sizeof (gint64)));
      if (!pj_criterion_applies_to (c, category_id))
        return reject (error, display_name,
                       _("“%s” does not apply to the category of “%s”."),
                       pj_criterion_get_name (c), title);
      min = pj_criterion_get_scale_min (c);
      max = pj_criterion_get_scale_max (c);
      if (score->value < min || score->value > max)
        return reject (error, display_name,
                       _("the score for “%s” of “%s” must be between %d and %d; %d is "
                         "outside the scale."),
                       pj_criterion_get_name (c), title, min, max, score->value);
    }

  if (n->status == PJ_SHEET_SUBMITTED &&
      !check_required (n, criteria, category_id, display_name, title, error))
    return FALSE;
  return TRUE;
}

gboolean
pj_store_ballot_check (PjWorkspace     *ws,
                       const PjBallot  *ballot,
                       const char      *display_name,
                       GError         **error)
{
  g_autoptr(PjBallot) probe = pj_ballot_new ();
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      NULL);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  PjPhase phase = PJ_PHASE_SETUP;
  gboolean row;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);

  probe->edition_id = ballot->edition_id;
  if (!read_edition (ws, probe, &phase, &local_error))
    {
      g_autofree char *eid = id_text (ballot->edition_id);

      if (!g_error_matches (local_error, PJ_ERROR, PJ_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return reject (error, display_name,
                     _("the ballot is for an edition that is not in this workspace "
                       "(%s %d, ID %s)."), ballot->award, ballot->year, eid);
    }

  stmt = pj_workspace_prepare (ws, SQL_JUROR, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ballot->juror_id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (!row || sqlite3_column_int64 (stmt, 1) != ballot->edition_id)
    {
      g_autofree char *jid = id_text (ballot->juror_id);

      if (row)
        sqlite3_reset (stmt);
      return reject (error, display_name,
                     _("the ballot is for a juror who is not in this edition (%s, ID %s)."),
                     ballot->juror_name, jid);
    }
  sqlite3_reset (stmt);

  if (phase != PJ_PHASE_SCORING)
    return reject (error, display_name,
                   _("scores can be imported only in the scoring phase. “%s %d” is in the "
                     "phase “%s”."), probe->award, probe->year, pj_phase_to_label (phase));

  criteria = pj_store_list_criteria (ws, ballot->edition_id, error);
  if (criteria == NULL)
    return FALSE;
  for (guint i = 0; i < ballot->criteria->len; i++)
    {
      const PjBallotCriterion *bc = g_ptr_array_index (ballot->criteria, i);

      if (find_criterion (criteria, bc->id) == NULL)
        {
          g_autofree char *cid = id_text (bc->id);

          return reject (error, display_name,
                         _("the criterion “%s” (ID %s) is not a criterion of the edition."),
                         bc->name, cid);
        }
    }

  for (guint i = 0; i < ballot->nominations->len; i++)
    {
      const PjBallotNomination *n = g_ptr_array_index (ballot->nominations, i);

      if (g_hash_table_contains (seen, &n->id))
        return reject (error, display_name, _("the nomination “%s” appears twice."),
                       n->title);
      g_hash_table_add (seen, g_memdup2 (&n->id, sizeof (gint64)));
      if (!check_nomination (ws, ballot, n, criteria, display_name, error))
        return FALSE;
    }

  return TRUE;
}

/* Import: comparing */

void
pj_ballot_sheet_plan_free (gpointer data)
{
  PjBallotSheetPlan *sp = data;

  g_free (sp->title);
  g_clear_object (&sp->workspace);
  g_clear_object (&sp->ballot);
  g_free (sp);
}

/* Same status, overall comment, values and comments (beside values). */
static gboolean
sheets_equal (PjScoreSheet *a,
              PjScoreSheet *b)
{
  g_autoptr(GArray) ids_a = pj_score_sheet_dup_criterion_ids (a);
  g_autoptr(GArray) ids_b = pj_score_sheet_dup_criterion_ids (b);
  GArray *both[] = { ids_a, ids_b };

  if (pj_score_sheet_get_status (a) != pj_score_sheet_get_status (b) ||
      g_strcmp0 (pj_score_sheet_get_overall_comment (a),
                 pj_score_sheet_get_overall_comment (b)) != 0)
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (both); k++)
    for (guint i = 0; i < both[k]->len; i++)
      {
        gint64 id = g_array_index (both[k], gint64, i);
        int va = pj_score_sheet_get_value (a, id);
        int vb = pj_score_sheet_get_value (b, id);

        if (va != vb)
          return FALSE;
        if (va != PJ_SCORE_UNSET &&
            g_strcmp0 (pj_score_sheet_get_comment (a, id),
                       pj_score_sheet_get_comment (b, id)) != 0)
          return FALSE;
      }
  return TRUE;
}

GPtrArray *
pj_store_ballot_compare (PjWorkspace  *ws,
                         PjBallot     *ballot,
                         GError      **error)
{
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (pj_ballot_sheet_plan_free);

  for (guint i = 0; i < ballot->nominations->len; i++)
    {
      PjBallotNomination *n = g_ptr_array_index (ballot->nominations, i);
      PjBallotSheetPlan *sp;
      g_autoptr(PjScoreSheet) current = NULL;

      current = pj_store_get_sheet (ws, ballot->juror_id, n->id, error);
      if (current == NULL)
        return NULL;

      sp = g_new0 (PjBallotSheetPlan, 1);
      sp->nomination_id = n->id;
      sp->title = g_strdup (pj_score_sheet_get_nomination_title (current));
      sp->base_version = n->base_version;
      sp->workspace_version = pj_score_sheet_get_id (current) != PJ_NO_ID
                              ? pj_score_sheet_get_version (current) : 0;
      sp->workspace = g_steal_pointer (&current);
      sp->ballot = pj_ballot_nomination_to_sheet (n, ballot->juror_id);
      pj_score_sheet_set_display (sp->ballot, pj_score_sheet_get_juror_name (sp->workspace),
                                  sp->title);

      /* A sheet the juror never started, neither before export nor
       * offline, has nothing to import, whatever the workspace holds now. */
      if (sheets_equal (sp->workspace, sp->ballot) ||
          (n->base_version == 0 && n->status == PJ_SHEET_DRAFT && n->scores->len == 0 &&
           (n->overall_comment == NULL || n->overall_comment[0] == '\0')))
        sp->change = PJ_BALLOT_SHEET_UNCHANGED;
      else if (sp->workspace_version != sp->base_version ||
               pj_score_sheet_is_locked (sp->workspace))
        sp->change = PJ_BALLOT_SHEET_CONFLICT;
      else if (sp->workspace_version == 0)
        sp->change = PJ_BALLOT_SHEET_NEW;
      else
        sp->change = PJ_BALLOT_SHEET_CHANGED;
      g_ptr_array_add (sheets, sp);
    }

  return g_steal_pointer (&sheets);
}

/* Import: writing */

static char *
value_text (int value)
{
  return value == PJ_SCORE_UNSET ? NULL : g_strdup_printf ("%d", value);
}

static gboolean
audit_sheet (PjWorkspace  *ws,
             gint64        sheet_id,
             const char   *prefix,
             const char   *name,
             const char   *old_value,
             const char   *new_value,
             GError      **error)
{
  g_autofree char *field = g_strconcat (prefix, name, NULL);

  return pj_workspace_audit (ws, "import", "score_sheet", sheet_id, field,
                             old_value, new_value, error);
}

static const char *
nonempty (const char *s)
{
  return s != NULL && s[0] != '\0' ? s : NULL;
}

static gboolean
write_scores (PjWorkspace   *ws,
              gint64         sheet_id,
              PjScoreSheet  *old,
              PjScoreSheet  *new,
              GListModel    *criteria,
              GError       **error)
{
  guint count = g_list_model_get_n_items (criteria);

  for (guint i = 0; i < count; i++)
    {
      g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, i);
      gint64 id = pj_criterion_get_id (c);
      int old_value = pj_score_sheet_get_value (old, id);
      int new_value = pj_score_sheet_get_value (new, id);
      const char *old_comment = old_value != PJ_SCORE_UNSET
                                ? pj_score_sheet_get_comment (old, id) : "";
      const char *new_comment = new_value != PJ_SCORE_UNSET
                                ? pj_score_sheet_get_comment (new, id) : "";
      g_autofree char *old_text = value_text (old_value);
      g_autofree char *new_text = value_text (new_value);
      sqlite3_stmt *stmt;

      if (old_value == new_value && g_strcmp0 (old_comment, new_comment) == 0)
        continue;

      if (new_value == PJ_SCORE_UNSET)
        stmt = pj_workspace_prepare (ws, SQL_DELETE_SCORE, error);
      else if (old_value == PJ_SCORE_UNSET)
        stmt = pj_workspace_prepare (ws, SQL_INSERT_SCORE, error);
      else
        stmt = pj_workspace_prepare (ws, SQL_UPDATE_SCORE, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, sheet_id);
      sqlite3_bind_int64 (stmt, 2, id);
      if (new_value != PJ_SCORE_UNSET)
        {
          sqlite3_bind_int (stmt, 3, new_value);
          pj_stmt_bind_text (stmt, 4, new_comment);
        }
      if (!pj_workspace_step_done (ws, stmt, _("Could not import the scores"), error))
        return FALSE;

      if (old_value != new_value &&
          !audit_sheet (ws, sheet_id, "score:", pj_criterion_get_name (c), old_text, new_text,
                        error))
        return FALSE;
      if (g_strcmp0 (old_comment, new_comment) != 0 &&
          !audit_sheet (ws, sheet_id, "comment:", pj_criterion_get_name (c),
                        nonempty (old_comment), nonempty (new_comment), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_sheet (PjWorkspace        *ws,
             PjBallot           *ballot,
             PjBallotSheetPlan  *sp,
             GListModel         *criteria,
             const char         *display_name,
             GError            **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_SHEET_STATE, error);
  PjScoreSheet *new = sp->ballot;
  PjScoreSheet *old = sp->workspace;
  PjSheetStatus old_status = pj_score_sheet_get_status (old);
  PjSheetStatus new_status = pj_score_sheet_get_status (new);
  const char *overall = pj_score_sheet_get_overall_comment (new);
  gint64 current_version = 0;
  gint64 sheet_id = PJ_NO_ID;
  gboolean row;

  /* The sheet must be as the plan saw it. */
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ballot->juror_id);
  sqlite3_bind_int64 (stmt, 2, sp->nomination_id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (row)
    {
      sheet_id = sqlite3_column_int64 (stmt, 0);
      current_version = sqlite3_column_int64 (stmt, 1);
      sqlite3_reset (stmt);
    }
  if (current_version != sp->workspace_version)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                   _("%s: the sheet for “%s” changed in the workspace since the ballot was "
                     "checked. Check the ballot again."), display_name, sp->title);
      return FALSE;
    }

  if (sheet_id == PJ_NO_ID)
    {
      g_autofree char *summary = NULL;

      stmt = pj_workspace_prepare (ws, SQL_INSERT_SHEET, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ballot->juror_id);
      sqlite3_bind_int64 (stmt, 2, sp->nomination_id);
      pj_stmt_bind_text (stmt, 3, pj_sheet_status_to_string (new_status));
      pj_stmt_bind_text (stmt, 4, overall);
      pj_stmt_bind_text (stmt, 5, new_status != PJ_SHEET_DRAFT
                                  ? pj_score_sheet_get_submitted_at (new) : NULL);
      if (!pj_workspace_step_done (ws, stmt, _("Could not import the scores"), error))
        return FALSE;
      sheet_id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
      summary = g_strdup_printf ("%s: %s", ballot->juror_name, sp->title);
      if (!pj_workspace_audit (ws, "import", "score_sheet", sheet_id, NULL, NULL, summary,
                               error))
        return FALSE;
    }
  else
    {
      stmt = pj_workspace_prepare (ws, SQL_UPDATE_SHEET, error);
      if (stmt == NULL)
        return FALSE;
      pj_stmt_bind_text (stmt, 1, pj_sheet_status_to_string (new_status));
      pj_stmt_bind_text (stmt, 2, overall);
      pj_stmt_bind_text (stmt, 3, new_status != PJ_SHEET_DRAFT
                                  ? pj_score_sheet_get_submitted_at (new) : NULL);
      sqlite3_bind_int64 (stmt, 4, sheet_id);
      sqlite3_bind_int64 (stmt, 5, current_version);
      if (!pj_workspace_step_done (ws, stmt, _("Could not import the scores"), error))
        return FALSE;
    }

  if (g_strcmp0 (overall, pj_score_sheet_get_overall_comment (old)) != 0 &&
      !audit_sheet (ws, sheet_id, "overall_comment", "",
                    nonempty (pj_score_sheet_get_overall_comment (old)), nonempty (overall),
                    error))
    return FALSE;
  if (!write_scores (ws, sheet_id, old, new, criteria, error))
    return FALSE;
  if (new_status != old_status &&
      !pj_workspace_audit (ws, "import", "score_sheet", sheet_id, "status",
                           pj_sheet_status_to_string (old_status),
                           pj_sheet_status_to_string (new_status), error))
    return FALSE;
  return TRUE;
}

static gboolean
apply_txn (PjWorkspace  *ws,
           PjBallot     *ballot,
           GPtrArray    *sheets,
           gboolean      skip_conflicts,
           const char   *file_sha256,
           const char   *display_name,
           GError      **error)
{
  g_autoptr(GListModel) criteria = NULL;
  g_autofree char *now = pj_store_now_utc ();
  g_autofree char *summary = NULL;
  guint counts[PJ_BALLOT_SHEET_CONFLICT + 1] = { 0, };
  sqlite3_stmt *stmt;
  gint64 import_id;

  criteria = pj_store_list_criteria (ws, ballot->edition_id, error);
  if (criteria == NULL)
    return FALSE;

  for (guint i = 0; i < sheets->len; i++)
    {
      PjBallotSheetPlan *sp = g_ptr_array_index (sheets, i);

      counts[sp->change]++;
      if (sp->change == PJ_BALLOT_SHEET_CONFLICT && !skip_conflicts)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                       _("%s: the sheet for “%s” was changed in the workspace after the "
                         "ballot was exported; nothing was imported."),
                       display_name, sp->title);
          return FALSE;
        }
      if (sp->change != PJ_BALLOT_SHEET_NEW && sp->change != PJ_BALLOT_SHEET_CHANGED)
        continue;
      if (!write_sheet (ws, ballot, sp, criteria, display_name, error))
        return FALSE;
    }

  stmt = pj_workspace_prepare (ws, SQL_INSERT_IMPORT, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ballot->edition_id);
  sqlite3_bind_int64 (stmt, 2, ballot->juror_id);
  pj_stmt_bind_text (stmt, 3, file_sha256);
  pj_stmt_bind_text (stmt, 4, now);
  sqlite3_bind_int (stmt, 5, (int) counts[PJ_BALLOT_SHEET_NEW]);
  sqlite3_bind_int (stmt, 6, (int) counts[PJ_BALLOT_SHEET_CHANGED]);
  sqlite3_bind_int (stmt, 7, (int) counts[PJ_BALLOT_SHEET_UNCHANGED]);
  if (!pj_workspace_step_done (ws, stmt, _("Could not record the import"), error))
    return FALSE;
  import_id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));

  /* Not translated: the audit log keeps facts, in one form. */
  summary = g_strdup_printf ("%s (%s): %u new, %u changed, %u unchanged, %u conflicts; "
                             "sha256 %s",
                             ballot->juror_name, display_name, counts[PJ_BALLOT_SHEET_NEW],
                             counts[PJ_BALLOT_SHEET_CHANGED],
                             counts[PJ_BALLOT_SHEET_UNCHANGED],
                             counts[PJ_BALLOT_SHEET_CONFLICT], file_sha256);
  return pj_workspace_audit (ws, "import", "ballot_import", import_id, NULL, NULL, summary,
                             error);
}

gboolean
pj_store_ballot_apply (PjWorkspace  *ws,
                       PjBallot     *ballot,
                       GPtrArray    *sheets,
                       gboolean      skip_conflicts,
                       const char   *file_sha256,
                       const char   *display_name,
                       GError      **error)
{
  gboolean ok;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = apply_txn (ws, ballot, sheets, skip_conflicts, file_sha256, display_name, error);
  if (!ok || !pj_workspace_commit (ws, error))
    {
      pj_workspace_rollback (ws);
      return FALSE;
    }
  pj_workspace_emit_changed (ws, "score");
  return TRUE;
}
