/* pj-store-results.c: reading what an edition's results are computed from
 *
 * Seven queries whatever the edition's size: the edition, its categories,
 * its criteria and their category limits, its nominations in scoring, its
 * jurors, and every finished sheet with its scores. The totals are computed
 * here with pj_scoring_sheet_total () over the criteria that apply to each
 * nomination's category; the rest of the arithmetic is pj-results.c's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-results"

#include "config.h"

#include "pj-results.h"

#include <glib/gi18n-lib.h>

#include "pj-results-private.h"
#include "pj-store-private.h"
#include "pj-workspace-private.h"

static const char SQL_EDITION[] =
  "SELECT e.year, e.phase, e.aggregation, e.disagreement_threshold, e.min_jurors, a.name"
  " FROM edition e JOIN award a ON a.id = e.award_id WHERE e.id = ?1";
static const char SQL_CATEGORIES[] =
  "SELECT id, name, award_mode, winners, honourable_mentions, threshold, prize"
  " FROM category WHERE edition_id = ?1 ORDER BY position, id";
static const char SQL_CRITERIA[] =
  "SELECT id, weight, scale_min, scale_max, required FROM criterion"
  " WHERE edition_id = ?1 ORDER BY position, id";
static const char SQL_CRITERION_CATEGORIES[] =
  "SELECT cc.criterion_id, cc.category_id FROM criterion_category cc"
  " JOIN criterion c ON c.id = cc.criterion_id WHERE c.edition_id = ?1";
static const char SQL_NOMINATIONS[] =
  "SELECT n.id, n.category_id, n.title, n.class_claimed, n.class_assessed,"
  " coalesce((SELECT group_concat(name, ', ') FROM"
  "   (SELECT u.name AS name FROM nomination_unit nu JOIN unit u ON u.id = nu.unit_id"
  "    WHERE nu.nomination_id = n.id ORDER BY nu.position, u.id)), '')"
  " FROM nomination n JOIN category c ON c.id = n.category_id"
  " WHERE n.edition_id = ?1 AND (n.status = 'submitted' OR n.status = 'eligible')"
  " ORDER BY c.position, c.id, n.id";
static const char SQL_JURORS[] =
  "SELECT id, name, role FROM juror WHERE edition_id = ?1 ORDER BY name, id";
/* Finished sheets, each followed by its scores (none for an abstention). */
static const char SQL_SHEETS[] =
  "SELECT s.id, s.juror_id, s.nomination_id, s.status, sc.criterion_id, sc.value"
  " FROM score_sheet s JOIN nomination n ON n.id = s.nomination_id"
  " JOIN juror j ON j.id = s.juror_id"
  " LEFT JOIN score sc ON sc.sheet_id = s.id AND s.status = 'submitted'"
  " WHERE n.edition_id = ?1 AND (s.status = 'submitted' OR s.status = 'abstained')"
  " ORDER BY s.nomination_id, j.name, s.id";

static gboolean
step_row (PjWorkspace   *ws,
          sqlite3_stmt  *stmt,
          gboolean      *row,
          GError       **error)
{
  return pj_store_step_row_full (ws, stmt, row, _("Could not read the results"), error);
}

static gboolean
read_edition (PjWorkspace  *ws,
              PjResults    *results,
              GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_EDITION, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, results->edition_id);
  if (!step_row (ws, stmt, &row, error))
    return FALSE;
  if (!row)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           _("The edition no longer exists."));
      return FALSE;
    }

  results->year = sqlite3_column_int (stmt, 0);
  pj_phase_from_string ((const char *) sqlite3_column_text (stmt, 1), &results->phase);
  pj_aggregation_from_string ((const char *) sqlite3_column_text (stmt, 2), &results->method);
  results->disagreement_threshold = sqlite3_column_double (stmt, 3);
  results->n_needed = (guint) MAX (sqlite3_column_int (stmt, 4), 1);
  g_free (results->award_name);
  results->award_name = pj_stmt_dup_text (stmt, 5);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
read_categories (PjWorkspace  *ws,
                 PjResults    *results,
                 GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_CATEGORIES, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, results->edition_id);
  for (;;)
    {
      PjResultsCategory c = { 0, };

      if (!step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        return TRUE;
      c.id = sqlite3_column_int64 (stmt, 0);
      c.name = pj_stmt_dup_text (stmt, 1);
      c.mode = PJ_AWARD_MODE_TOP_N;
      pj_award_mode_from_string ((const char *) sqlite3_column_text (stmt, 2), &c.mode);
      c.winners = (guint) sqlite3_column_int (stmt, 3);
      c.honourable_mentions = (guint) sqlite3_column_int (stmt, 4);
      c.threshold = sqlite3_column_double (stmt, 5);
      c.prize = pj_stmt_dup_text (stmt, 6);
      g_array_append_val (results->categories, c);
    }
}

static PjInnovationClass
column_class (sqlite3_stmt *stmt,
              int           column)
{
  PjInnovationClass value = PJ_CLASS_NONE;
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text != NULL)
    pj_innovation_class_from_string (text, &value);
  return value;
}

static gboolean
read_nominations (PjWorkspace  *ws,
                  PjResults    *results,
                  GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_NOMINATIONS, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, results->edition_id);
  for (;;)
    {
      PjResultsNomination n = { 0, };

      if (!step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        return TRUE;
      n.id = sqlite3_column_int64 (stmt, 0);
      n.category_id = sqlite3_column_int64 (stmt, 1);
      n.title = pj_stmt_dup_text (stmt, 2);
      n.class_claimed = column_class (stmt, 3);
      n.class_assessed = column_class (stmt, 4);
      n.unit_names = pj_stmt_dup_text (stmt, 5);
      g_array_append_val (results->nominations, n);
    }
}

static gboolean
read_jurors (PjWorkspace  *ws,
             PjResults    *results,
             GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_JURORS, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, results->edition_id);
  for (;;)
    {
      PjResultsJuror j = { 0, };

      if (!step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        return TRUE;
      j.id = sqlite3_column_int64 (stmt, 0);
      j.name = pj_stmt_dup_text (stmt, 1);
      j.role = PJ_ROLE_MEMBER;
      pj_juror_role_from_string ((const char *) sqlite3_column_text (stmt, 2), &j.role);
      g_array_append_val (results->jurors, j);
    }
}

/* Per category id, a GArray of the PjCriterionSpec that apply to it. */
static GHashTable *
read_criteria (PjWorkspace  *ws,
               PjResults    *results,
               GError      **error)
{
  g_autoptr(GHashTable) by_category = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                             g_free,
                                                             (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) limits = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GArray) criteria = g_array_new (FALSE, TRUE, sizeof (PjCriterionSpec));
  sqlite3_stmt *stmt;
  gboolean row;

  stmt = pj_workspace_prepare (ws, SQL_CRITERIA, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, results->edition_id);
  for (;;)
    {
      PjCriterionSpec spec = { 0, };

      if (!step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      spec.criterion_id = sqlite3_column_int64 (stmt, 0);
      spec.weight = sqlite3_column_double (stmt, 1);
      spec.scale_min = sqlite3_column_int (stmt, 2);
      spec.scale_max = sqlite3_column_int (stmt, 3);
      spec.required = sqlite3_column_int (stmt, 4) != 0;
      g_array_append_val (criteria, spec);
    }

  /* criterion id -> set of category ids it is limited to */
  stmt = pj_workspace_prepare (ws, SQL_CRITERION_CATEGORIES, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, results->edition_id);
  for (;;)
    {
      gint64 criterion_id, category_id;
      GHashTable *set;

      if (!step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      criterion_id = sqlite3_column_int64 (stmt, 0);
      category_id = sqlite3_column_int64 (stmt, 1);
      set = g_hash_table_lookup (limits, &criterion_id);
      if (set == NULL)
        {
          set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
          g_hash_table_insert (limits, g_memdup2 (&criterion_id, sizeof criterion_id), set);
        }
      g_hash_table_add (set, g_memdup2 (&category_id, sizeof category_id));
    }

  for (guint c = 0; c < results->categories->len; c++)
    {
      gint64 category_id = g_array_index (results->categories, PjResultsCategory, c).id;
      GArray *applies = g_array_new (FALSE, TRUE, sizeof (PjCriterionSpec));

      for (guint i = 0; i < criteria->len; i++)
        {
          PjCriterionSpec *spec = &g_array_index (criteria, PjCriterionSpec, i);
          GHashTable *set = g_hash_table_lookup (limits, &spec->criterion_id);

          if (set == NULL || g_hash_table_contains (set, &category_id))
            g_array_append_val (applies, *spec);
        }
      g_hash_table_insert (by_category, g_memdup2 (&category_id, sizeof category_id), applies);
    }

  return g_steal_pointer (&by_category);
}

typedef struct
{
  gint64         sheet_id;
  gint64         juror_id;
  gint64         nomination_id;
  PjSheetStatus  status;
  GArray        *scores;   /* PjScoreValue */
} SheetRead;

static void
finish_sheet (PjResults   *results,
              GHashTable  *nominations,
              GHashTable  *criteria,
              SheetRead   *sheet)
{
  const PjResultsNomination *nom;
  PjJurorTotal total = { 0, };
  GArray *specs;

  if (sheet->sheet_id == PJ_NO_ID)
    return;
  nom = g_hash_table_lookup (nominations, &sheet->nomination_id);
  if (nom == NULL)
    return;   /* not in scoring any more */

  total.juror_id = sheet->juror_id;
  total.nomination_id = sheet->nomination_id;
  if (sheet->status == PJ_SHEET_ABSTAINED)
    total.outcome = PJ_SHEET_OUTCOME_ABSTAINED;
  else
    {
      specs = g_hash_table_lookup (criteria, &nom->category_id);
      g_assert (specs != NULL);
      total.outcome = pj_scoring_sheet_total ((const PjCriterionSpec *) (gpointer) specs->data,
                                              specs->len,
                                              (const PjScoreValue *) (gpointer)
                                              sheet->scores->data,
                                              sheet->scores->len, &total.total);
    }
  g_array_append_val (results->totals, total);
}

static gboolean
read_sheets (PjWorkspace  *ws,
             PjResults    *results,
             GHashTable   *criteria,
             GError      **error)
{
  g_autoptr(GHashTable) nominations = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) scores = g_array_new (FALSE, TRUE, sizeof (PjScoreValue));
  SheetRead sheet = { 0, };
  sqlite3_stmt *stmt;
  gboolean row;

  for (guint i = 0; i < results->nominations->len; i++)
    {
      PjResultsNomination *n = &g_array_index (results->nominations, PjResultsNomination, i);

      g_hash_table_insert (nominations, &n->id, n);
    }

  sheet.scores = scores;
  stmt = pj_workspace_prepare (ws, SQL_SHEETS, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, results->edition_id);
  for (;;)
    {
      gint64 sheet_id;

      if (!step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;

      sheet_id = sqlite3_column_int64 (stmt, 0);
      if (sheet_id != sheet.sheet_id)
        {
          finish_sheet (results, nominations, criteria, &sheet);
          sheet.sheet_id = sheet_id;
          sheet.juror_id = sqlite3_column_int64 (stmt, 1);
          sheet.nomination_id = sqlite3_column_int64 (stmt, 2);
          sheet.status = PJ_SHEET_SUBMITTED;
          pj_sheet_status_from_string ((const char *) sqlite3_column_text (stmt, 3),
                                       &sheet.status);
          g_array_set_size (scores, 0);
        }
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        {
          PjScoreValue v = { sqlite3_column_int64 (stmt, 4), sqlite3_column_int (stmt, 5),
                             TRUE };

          g_array_append_val (scores, v);
        }
    }
  finish_sheet (results, nominations, criteria, &sheet);
  return TRUE;
}

PjResults *
pj_store_load_results (PjWorkspace  *ws,
                       gint64        edition_id,
                       GError      **error)
{
  g_autoptr(PjResults) results = NULL;
  g_autoptr(GHashTable) criteria = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  results = pj_results_new ();
  results->edition_id = edition_id;

  if (!read_edition (ws, results, error) ||
      !read_categories (ws, results, error) ||
      !read_nominations (ws, results, error) ||
      !read_jurors (ws, results, error))
    return NULL;
  criteria = read_criteria (ws, results, error);
  if (criteria == NULL || !read_sheets (ws, results, criteria, error))
    return NULL;

  return g_steal_pointer (&results);
}
