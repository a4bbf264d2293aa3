/* pj-store-scoring.c: jurors' score sheets in the workspace
 *
 * Every rule of scoring is checked here, inside the transaction that
 * writes: the pair is assigned and not conflicted, the edition is in the
 * scoring phase, the sheet is not locked, every value is inside its scale.
 * The triggers of the schema are the last line of defence behind these
 * checks. Every statement is a static string, prepared through the
 * workspace's cache and bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-store-scoring"

#include "config.h"

#include "pj-store-scoring.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pj-criterion.h"
#include "pj-nomination.h"
#include "pj-score-sheet-private.h"
#include "pj-store.h"
#include "pj-store-private.h"
#include "pj-workspace-private.h"

/* The juror, the nomination, its edition, and how the two relate. */
static const char SQL_PAIR[] =
  "SELECT j.name, n.title, n.edition_id, coalesce(n.category_id, 0), n.status, e.phase,"
  " e.blind_policy, a.name, e.year, j.edition_id,"
  " EXISTS (SELECT 1 FROM conflict c WHERE c.juror_id = j.id AND c.nomination_id = n.id"
  "         AND c.lifted = 0),"
  " EXISTS (SELECT 1 FROM assignment s WHERE s.juror_id = j.id AND s.nomination_id = n.id)"
  " FROM juror j, nomination n JOIN edition e ON e.id = n.edition_id"
  " JOIN award a ON a.id = e.award_id"
  " WHERE j.id = ?1 AND n.id = ?2";

/* The columns every sheet query gives, in this order. */
#define SHEET_COLUMNS \
  "s.id, s.juror_id, s.nomination_id, s.status, s.overall_comment, s.submitted_at, s.version"

static const char SQL_SHEET_BY_PAIR[] =
  "SELECT " SHEET_COLUMNS " FROM score_sheet s WHERE s.juror_id = ?1 AND s.nomination_id = ?2";
static const char SQL_SHEET_BY_ID[] =
  "SELECT " SHEET_COLUMNS " FROM score_sheet s WHERE s.id = ?1";
static const char SQL_OTHER_SHEETS[] =
  "SELECT " SHEET_COLUMNS ", j.name FROM score_sheet s JOIN juror j ON j.id = s.juror_id"
  " WHERE s.nomination_id = ?1 AND s.juror_id <> ?2 AND s.status = 'submitted'"
  " AND NOT EXISTS (SELECT 1 FROM conflict c WHERE c.juror_id = s.juror_id"
  "                 AND c.nomination_id = s.nomination_id AND c.lifted = 0)"
  " ORDER BY j.name, s.id";
static const char SQL_SCORES[] =
  "SELECT criterion_id, value, comment FROM score WHERE sheet_id = ?1";

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

static const char SQL_JUROR_EDITION[] =
  "SELECT edition_id FROM juror WHERE id = ?1";
/* The juror's queue: assigned, same edition, no conflict. The last column
 * counts the submitted sheets of all jurors. */
static const char SQL_QUEUE[] =
  "SELECT n.id, n.title, coalesce(n.category_id, 0), coalesce(c.name, ''), n.status,"
  " coalesce(s.id, 0), coalesce(s.status, 'draft'),"
  " (SELECT count(*) FROM score_sheet o WHERE o.nomination_id = n.id"
  "  AND o.status = 'submitted')"
  " FROM assignment a JOIN nomination n ON n.id = a.nomination_id"
  " JOIN juror j ON j.id = a.juror_id AND j.edition_id = n.edition_id"
  " LEFT JOIN category c ON c.id = n.category_id"
  " LEFT JOIN score_sheet s ON s.juror_id = a.juror_id AND s.nomination_id = n.id"
  " WHERE a.juror_id = ?1"
  " AND NOT EXISTS (SELECT 1 FROM conflict x WHERE x.juror_id = a.juror_id"
  "                 AND x.nomination_id = n.id AND x.lifted = 0)"
  " ORDER BY c.position IS NULL, c.position, n.id";
static const char SQL_JUROR_SCORES[] =
  "SELECT s.nomination_id, sc.criterion_id, sc.value FROM score sc"
  " JOIN score_sheet s ON s.id = sc.sheet_id WHERE s.juror_id = ?1";

typedef struct
{
  char               *juror_name;
  char               *title;
  gint64              edition_id;
  gint64              category_id;
  PjNominationStatus  nomination_status;
  PjPhase             phase;
  PjBlindPolicy       blind_policy;
  char               *edition_name;   /* "Förnyelsepriset 2026" */
  gboolean            same_edition;
  gboolean            conflicted;
  gboolean            assigned;
} PairInfo;

static void
pair_info_clear (PairInfo *info)
{
  g_clear_pointer (&info->juror_name, g_free);
  g_clear_pointer (&info->title, g_free);
  g_clear_pointer (&info->edition_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PairInfo, pair_info_clear)

/* A stored score, for comparing with the object. */
typedef struct
{
  int   value;
  char *comment;
} StoredScore;

static void
stored_score_free (gpointer data)
{
  StoredScore *score = data;

  g_free (score->comment);
  g_free (score);
}

/* Helpers: statements and errors */

/* "A", "A and B", "A, B and C". */
static char *
join_names (GPtrArray *names)
{
  g_autoptr(GString) head = g_string_new (NULL);

  g_assert (names->len > 0);
  if (names->len == 1)
    return g_strdup (g_ptr_array_index (names, 0));

  for (guint i = 0; i + 1 < names->len; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between names in a list, as in "Nyhetsgrad, Språng and Samverkan" */
        g_string_append (head, _(", "));
      g_string_append (head, g_ptr_array_index (names, i));
    }

  /* TRANSLATORS: the last two names of a list, as in "Nyhetsgrad and Språng" */
  return g_strdup_printf (_("%s and %s"), head->str,
                          (const char *) g_ptr_array_index (names, names->len - 1));
}

/* Helpers: reading */

static gboolean
read_pair (PjWorkspace  *ws,
           gint64        juror_id,
           gint64        nomination_id,
           PairInfo     *info,
           GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_PAIR, error);
  PjNominationStatus status = PJ_NOMINATION_SUBMITTED;
  PjPhase phase = PJ_PHASE_SETUP;
  PjBlindPolicy policy = PJ_BLIND_NEVER;
  g_autofree char *award = NULL;
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, juror_id);
  sqlite3_bind_int64 (stmt, 2, nomination_id);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (!row)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           _("The juror or the nomination no longer exists."));
      return FALSE;
    }

  info->juror_name = pj_stmt_dup_text (stmt, 0);
  info->title = pj_stmt_dup_text (stmt, 1);
  info->edition_id = sqlite3_column_int64 (stmt, 2);
  info->category_id = sqlite3_column_int64 (stmt, 3);
  pj_nomination_status_from_string ((const char *) sqlite3_column_text (stmt, 4), &status);
  pj_phase_from_string ((const char *) sqlite3_column_text (stmt, 5), &phase);
  pj_blind_policy_from_string ((const char *) sqlite3_column_text (stmt, 6), &policy);
  award = pj_stmt_dup_text (stmt, 7);
  info->edition_name = g_strdup_printf ("%s %d", award, sqlite3_column_int (stmt, 8));
  info->same_edition = sqlite3_column_int64 (stmt, 9) == info->edition_id;
  info->conflicted = sqlite3_column_int (stmt, 10) != 0;
  info->assigned = sqlite3_column_int (stmt, 11) != 0 && info->same_edition;
  info->nomination_status = status;
  info->phase = phase;
  info->blind_policy = policy;
  sqlite3_reset (stmt);
  return TRUE;
}

/* The juror may hold a sheet for the nomination: assigned, no conflict. */
static gboolean
check_pair (const PairInfo  *info,
            GError         **error)
{
  if (info->conflicted)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s has a conflict of interest with “%s” and cannot score it."),
                   info->juror_name, info->title);
      return FALSE;
    }
  if (!info->assigned)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s is not assigned to “%s” and cannot score it."),
                   info->juror_name, info->title);
      return FALSE;
    }
  return TRUE;
}

/* Sheets are written only in the scoring phase, for nominations in scoring. */
static gboolean
check_writable (const PairInfo  *info,
                GError         **error)
{
  if (info->phase != PJ_PHASE_SCORING)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Scores can be changed only in the scoring phase. "
                     "“%s” is in the phase “%s”."),
                   info->edition_name, pj_phase_to_label (info->phase));
      return FALSE;
    }
  if (!pj_nomination_status_is_in_scoring (info->nomination_status))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("“%s” is not in scoring: its status is “%s”."),
                   info->title, pj_nomination_status_to_label (info->nomination_status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
locked_error (PjSheetStatus   status,
              GError        **error)
{
  if (status == PJ_SHEET_ABSTAINED)
    return pj_store_invalid (error,
                             _("The sheet is marked as abstained. An organiser can reopen it."));
  return pj_store_invalid (error, _("The sheet is submitted. An organiser can reopen it."));
}

static gboolean
changed_elsewhere (const char  *title,
                   GError     **error)
{
  g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
               _("The scores for “%s” were changed elsewhere since you opened them. "
                 "Reload to see the changes."),
               title);
  return FALSE;
}

/* A sheet from a row of SHEET_COLUMNS, without scores. */
static PjScoreSheet *
sheet_from_row (sqlite3_stmt *stmt)
{
  PjScoreSheet *sheet = pj_score_sheet_new (sqlite3_column_int64 (stmt, 1),
                                            sqlite3_column_int64 (stmt, 2));
  PjSheetStatus status = PJ_SHEET_DRAFT;
  g_autofree char *comment = pj_stmt_dup_text (stmt, 4);
  g_autofree char *submitted_at = pj_store_dup_text_or_null (stmt, 5);

  pj_sheet_status_from_string ((const char *) sqlite3_column_text (stmt, 3), &status);
  pj_score_sheet_set_stored (sheet, sqlite3_column_int64 (stmt, 0),
                             sqlite3_column_int64 (stmt, 6));
  pj_score_sheet_set_state (sheet, status, submitted_at);
  pj_score_sheet_set_overall_comment (sheet, comment);
  return sheet;
}

/* One sheet of @sql (bound to @a and, when not PJ_NO_ID, @b); *out NULL
 * when there is none. */
static gboolean
read_sheet (PjWorkspace   *ws,
            const char    *sql,
            gint64         a,
            gint64         b,
            PjScoreSheet **out,
            GError       **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);
  gboolean row;

  *out = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  if (b != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 2, b);
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (row)
    *out = sheet_from_row (stmt);
  sqlite3_reset (stmt);
  return TRUE;
}

/* The criterion of @criteria with @id, or NULL. */
static PjCriterion *
find_criterion (GListModel *criteria,
                gint64      id)
{
  guint n = g_list_model_get_n_items (criteria);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCriterion) criterion = g_list_model_get_item (criteria, i);

      if (pj_criterion_get_id (criterion) == id)
        return criterion;   /* the model keeps it alive */
    }
  return NULL;
}

/* The stored scores of a sheet: criterion id -> StoredScore. */
static GHashTable *
read_scores (PjWorkspace  *ws,
             gint64        sheet_id,
             GError      **error)
{
  g_autoptr(GHashTable) scores = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                        g_free, stored_score_free);
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_SCORES, error);
  gboolean row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, sheet_id);
  for (;;)
    {
      StoredScore *score;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      score = g_new0 (StoredScore, 1);
      score->value = sqlite3_column_int (stmt, 1);
      score->comment = pj_stmt_dup_text (stmt, 2);
      g_hash_table_insert (scores, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) },
                                              sizeof (gint64)), score);
    }

  return g_steal_pointer (&scores);
}

/* Puts the stored scores of the criteria that apply to @category_id into
 * the sheet, and its total. */
static gboolean
fill_scores (PjWorkspace   *ws,
             PjScoreSheet  *sheet,
             GListModel    *criteria,
             gint64         category_id,
             GError       **error)
{
  g_autoptr(GHashTable) scores = read_scores (ws, pj_score_sheet_get_id (sheet), error);
  GHashTableIter iter;
  gpointer key, value;

  if (scores == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, scores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 criterion_id = *(gint64 *) key;
      StoredScore *score = value;
      PjCriterion *criterion = find_criterion (criteria, criterion_id);

      if (criterion == NULL || !pj_criterion_applies_to (criterion, category_id))
        continue;
      pj_score_sheet_set_value (sheet, criterion_id, score->value);
      pj_score_sheet_set_comment (sheet, criterion_id, score->comment);
    }

  pj_score_sheet_set_total (sheet, pj_sheet_total (sheet, criteria, category_id));
  return TRUE;
}

/* Helpers: checks of the object before writing */

/* Every value of the sheet belongs to a criterion of the edition that
 * applies to the category, inside its scale. */
static gboolean
validate_values (PjScoreSheet    *sheet,
                 GListModel      *criteria,
                 const PairInfo  *info,
                 GError         **error)
{
  g_autoptr(GArray) ids = pj_score_sheet_dup_criterion_ids (sheet);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      int value = pj_score_sheet_get_value (sheet, id);
      PjCriterion *criterion = find_criterion (criteria, id);
      int min, max;

      if (criterion == NULL)
        return pj_store_invalid (error, _("The sheet scores a criterion that no longer exists. "
                                          "Reload the sheet."));
      if (!pj_criterion_applies_to (criterion, info->category_id))
        {
          if (value == PJ_SCORE_UNSET)
            continue;
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("“%s” does not apply to the category of “%s”."),
                       pj_criterion_get_name (criterion), info->title);
          return FALSE;
        }

      min = pj_criterion_get_scale_min (criterion);
      max = pj_criterion_get_scale_max (criterion);
      if (value != PJ_SCORE_UNSET && (value < min || value > max))
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("The score for “%s” must be between %d and %d; %d is outside the "
                         "scale."),
                       pj_criterion_get_name (criterion), min, max, value);
          return FALSE;
        }
    }

  return TRUE;
}

/* Submit needs every required criterion that applies scored. */
static gboolean
check_required (PjScoreSheet    *sheet,
                GListModel      *criteria,
                const PairInfo  *info,
                GError         **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *names = NULL;
  guint n = g_list_model_get_n_items (criteria);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCriterion) criterion = g_list_model_get_item (criteria, i);

      if (!pj_criterion_get_required (criterion) ||
          !pj_criterion_applies_to (criterion, info->category_id))
        continue;
      if (pj_score_sheet_get_value (sheet, pj_criterion_get_id (criterion)) == PJ_SCORE_UNSET)
        g_ptr_array_add (missing, (gpointer) pj_criterion_get_name (criterion));
    }

  if (missing->len == 0)
    return TRUE;

  names = join_names (missing);
  /* TRANSLATORS: %s names the criteria, as in "Nyhetsgrad and Språng" */
  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Score %s before you submit."), names);
  return FALSE;
}

/* Helpers: writing */

typedef struct
{
  PjSheetStatus  status;        /* the status to write */
  gboolean       set_status;    /* submit or abstain */
  const char    *action;        /* "submit", "abstain" */
  const char    *reason;        /* abstain: becomes the overall comment, or NULL */
} WriteRequest;

static char *
value_text (int value)
{
  return value == PJ_SCORE_UNSET ? NULL : g_strdup_printf ("%d", value);
}

static gboolean
audit_field (PjWorkspace  *ws,
             gint64        sheet_id,
             const char   *prefix,
             const char   *name,
             const char   *old_value,
             const char   *new_value,
             GError      **error)
{
  g_autofree char *field = g_strconcat (prefix, name, NULL);

  return pj_workspace_audit (ws, "update", "score_sheet", sheet_id, field,
                             old_value, new_value, error);
}

/* Brings the stored scores of the sheet in line with the object, criterion
 * by criterion; *changed is set when anything was written. */
static gboolean
write_scores (PjWorkspace   *ws,
              PjScoreSheet  *sheet,
              gint64         sheet_id,
              GListModel    *criteria,
              gint64         category_id,
              gboolean      *changed,
              GError       **error)
{
  g_autoptr(GHashTable) stored = NULL;
  guint n = g_list_model_get_n_items (criteria);

  if (sheet_id != PJ_NO_ID)
    {
      stored = read_scores (ws, sheet_id, error);
      if (stored == NULL)
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCriterion) criterion = g_list_model_get_item (criteria, i);
      gint64 id = pj_criterion_get_id (criterion);
      const char *name = pj_criterion_get_name (criterion);
      StoredScore *old = stored != NULL ? g_hash_table_lookup (stored, &id) : NULL;
      int value = pj_score_sheet_get_value (sheet, id);
      const char *comment = pj_score_sheet_get_comment (sheet, id);
      int old_value = old != NULL ? old->value : PJ_SCORE_UNSET;
      const char *old_comment = old != NULL ? old->comment : "";
      g_autofree char *old_text = value_text (old_value);
      g_autofree char *new_text = value_text (value);
      sqlite3_stmt *stmt;

      if (!pj_criterion_applies_to (criterion, category_id))
        continue;

      /* Without a value there is no row, and so no comment. */
      if (value == PJ_SCORE_UNSET)
        comment = "";
      if (value == old_value && g_strcmp0 (comment, old_comment) == 0)
        continue;

      if (value == PJ_SCORE_UNSET)
        stmt = pj_workspace_prepare (ws, SQL_DELETE_SCORE, error);
      else if (old == NULL)
        stmt = pj_workspace_prepare (ws, SQL_INSERT_SCORE, error);
      else
        stmt = pj_workspace_prepare (ws, SQL_UPDATE_SCORE, error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, sheet_id);
      sqlite3_bind_int64 (stmt, 2, id);
      if (value != PJ_SCORE_UNSET)
        {
          sqlite3_bind_int (stmt, 3, value);
          pj_stmt_bind_text (stmt, 4, comment);
        }
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the scores"), error))
        return FALSE;

      if (value != old_value &&
          !audit_field (ws, sheet_id, "score:", name, old_text, new_text, error))
        return FALSE;
      if (g_strcmp0 (comment, old_comment) != 0 &&
          !audit_field (ws, sheet_id, "comment:", name,
                        old_comment[0] != '\0' ? old_comment : NULL,
                        comment[0] != '\0' ? comment : NULL, error))
        return FALSE;
      *changed = TRUE;
    }

  return TRUE;
}

/* The whole write of a sheet, inside the transaction. On success
 * the out arguments hold what was stored. */
static gboolean
write_sheet_txn (PjWorkspace         *ws,
                 PjScoreSheet        *sheet,
                 const WriteRequest  *request,
                 GListModel         **out_criteria,
                 gint64              *out_category_id,
                 gint64              *out_id,
                 gint64              *out_version,
                 char               **out_submitted_at,
                 gboolean            *out_changed,
                 GError             **error)
{
  g_auto(PairInfo) info = { 0, };
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(PjScoreSheet) stored = NULL;
  g_autofree char *submitted_at = NULL;
  g_autofree char *summary = NULL;
  const char *overall = pj_score_sheet_get_overall_comment (sheet);
  PjSheetStatus old_status = PJ_SHEET_DRAFT;
  PjSheetStatus new_status;
  gint64 sheet_id = pj_score_sheet_get_id (sheet);
  gint64 version = pj_score_sheet_get_version (sheet);
  gboolean changed = FALSE;
  sqlite3_stmt *stmt;

  if (!read_pair (ws, pj_score_sheet_get_juror_id (sheet),
                  pj_score_sheet_get_nomination_id (sheet), &info, error) ||
      !check_pair (&info, error) ||
      !check_writable (&info, error))
    return FALSE;

  if (!read_sheet (ws, SQL_SHEET_BY_PAIR, pj_score_sheet_get_juror_id (sheet),
                   pj_score_sheet_get_nomination_id (sheet), &stored, error))
    return FALSE;

  if (stored != NULL && pj_score_sheet_is_locked (stored))
    return locked_error (pj_score_sheet_get_status (stored), error);
  if (sheet_id == PJ_NO_ID && stored != NULL)
    return changed_elsewhere (info.title, error);
  if (sheet_id != PJ_NO_ID && stored == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("The sheet for “%s” was deleted elsewhere."), info.title);
      return FALSE;
    }
  if (stored != NULL && (pj_score_sheet_get_id (stored) != sheet_id ||
                         pj_score_sheet_get_version (stored) != version))
    return changed_elsewhere (info.title, error);

  criteria = pj_store_list_criteria (ws, info.edition_id, error);
  if (criteria == NULL)
    return FALSE;

  /* Validate everything before the first write. */
  if (!validate_values (sheet, criteria, &info, error))
    return FALSE;
  if (request->set_status && request->status == PJ_SHEET_SUBMITTED &&
      !check_required (sheet, criteria, &info, error))
    return FALSE;

  if (request->reason != NULL && request->reason[0] != '\0')
    overall = request->reason;
  if (stored != NULL)
    old_status = pj_score_sheet_get_status (stored);
  new_status = request->set_status ? request->status : old_status;
  if (new_status != PJ_SHEET_DRAFT)
    submitted_at = pj_store_now_utc ();

  if (stored == NULL)
    {
      stmt = pj_workspace_prepare (ws, SQL_INSERT_SHEET, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pj_score_sheet_get_juror_id (sheet));
      sqlite3_bind_int64 (stmt, 2, pj_score_sheet_get_nomination_id (sheet));
      pj_stmt_bind_text (stmt, 3, pj_sheet_status_to_string (PJ_SHEET_DRAFT));
      pj_stmt_bind_text (stmt, 4, overall);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the scores"), error))
        return FALSE;
      sheet_id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
      version = 1;

      summary = g_strdup_printf ("%s: %s", info.juror_name, info.title);
      if (!pj_workspace_audit (ws, "create", "score_sheet", sheet_id, NULL, NULL, summary,
                               error))
        return FALSE;
      if (overall[0] != '\0' &&
          !audit_field (ws, sheet_id, "overall_comment", "", NULL, overall, error))
        return FALSE;
      changed = TRUE;
    }
  else if (g_strcmp0 (overall, pj_score_sheet_get_overall_comment (stored)) != 0)
    {
      const char *old = pj_score_sheet_get_overall_comment (stored);

      if (!audit_field (ws, sheet_id, "overall_comment", "", old[0] != '\0' ? old : NULL,
                        overall[0] != '\0' ? overall : NULL, error))
        return FALSE;
      changed = TRUE;
    }

  if (!write_scores (ws, sheet, sheet_id, criteria, info.category_id, &changed, error))
    return FALSE;

  if (new_status != old_status)
    {
      if (!pj_workspace_audit (ws, request->action, "score_sheet", sheet_id, "status",
                               pj_sheet_status_to_string (old_status),
                               pj_sheet_status_to_string (new_status), error))
        return FALSE;
      changed = TRUE;
    }

  /* A new sheet with only its first draft written keeps version 1; any
   * later change (or a status on a new sheet) moves the version on. */
  if (changed && (stored != NULL || new_status != PJ_SHEET_DRAFT))
    {
      stmt = pj_workspace_prepare (ws, SQL_UPDATE_SHEET, error);
      if (stmt == NULL)
        return FALSE;
      pj_stmt_bind_text (stmt, 1, pj_sheet_status_to_string (new_status));
      pj_stmt_bind_text (stmt, 2, overall);
      pj_stmt_bind_text (stmt, 3, submitted_at);
      sqlite3_bind_int64 (stmt, 4, sheet_id);
      sqlite3_bind_int64 (stmt, 5, version);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the scores"), error))
        return FALSE;
      if (sqlite3_changes (pj_workspace_get_db (ws)) == 0)
        return changed_elsewhere (info.title, error);
      version++;
    }

  *out_criteria = g_steal_pointer (&criteria);
  *out_category_id = info.category_id;
  *out_id = sheet_id;
  *out_version = version;
  *out_submitted_at = new_status != PJ_SHEET_DRAFT ? g_steal_pointer (&submitted_at) : NULL;
  *out_changed = changed;
  return TRUE;
}

/* Saves (and with @request submits or abstains) a sheet, as one
 * transaction; updates the object after the commit. */
static gboolean
write_sheet (PjWorkspace         *ws,
             PjScoreSheet        *sheet,
             const WriteRequest  *request,
             GError             **error)
{
  g_autoptr(GListModel) criteria = NULL;
  g_autofree char *submitted_at = NULL;
  gint64 category_id = PJ_NO_ID;
  gint64 id = PJ_NO_ID;
  gint64 version = 0;
  gboolean changed = FALSE;
  gboolean ok;

  if (pj_score_sheet_is_locked (sheet))
    return locked_error (pj_score_sheet_get_status (sheet), error);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = write_sheet_txn (ws, sheet, request, &criteria, &category_id, &id, &version,
                        &submitted_at, &changed, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  if (request->reason != NULL && request->reason[0] != '\0')
    pj_score_sheet_set_overall_comment (sheet, request->reason);
  pj_score_sheet_set_stored (sheet, id, version);
  if (request->set_status)
    pj_score_sheet_set_state (sheet, request->status, submitted_at);
  pj_score_sheet_set_total (sheet, pj_sheet_total (sheet, criteria, category_id));
  if (changed)
    pj_workspace_emit_changed (ws, "score");
  return TRUE;
}

/* Public API */

PjScoreSheet *
pj_store_get_sheet (PjWorkspace  *ws,
                    gint64        juror_id,
                    gint64        nomination_id,
                    GError      **error)
{
  g_auto(PairInfo) info = { 0, };
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(PjScoreSheet) sheet = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_pair (ws, juror_id, nomination_id, &info, error) ||
      !check_pair (&info, error))
    return NULL;

  criteria = pj_store_list_criteria (ws, info.edition_id, error);
  if (criteria == NULL)
    return NULL;

  if (!read_sheet (ws, SQL_SHEET_BY_PAIR, juror_id, nomination_id, &sheet, error))
    return NULL;
  if (sheet == NULL)
    sheet = pj_score_sheet_new (juror_id, nomination_id);
  else if (!fill_scores (ws, sheet, criteria, info.category_id, error))
    return NULL;

  pj_score_sheet_set_display (sheet, info.juror_name, info.title);
  return g_steal_pointer (&sheet);
}

PjScoreSheet *
pj_store_get_sheet_by_id (PjWorkspace  *ws,
                          gint64        sheet_id,
                          GError      **error)
{
  g_auto(PairInfo) info = { 0, };
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(PjScoreSheet) sheet = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_sheet (ws, SQL_SHEET_BY_ID, sheet_id, PJ_NO_ID, &sheet, error))
    return NULL;
  if (sheet == NULL)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           _("The score sheet no longer exists."));
      return NULL;
    }

  if (!read_pair (ws, pj_score_sheet_get_juror_id (sheet),
                  pj_score_sheet_get_nomination_id (sheet), &info, error))
    return NULL;
  criteria = pj_store_list_criteria (ws, info.edition_id, error);
  if (criteria == NULL || !fill_scores (ws, sheet, criteria, info.category_id, error))
    return NULL;

  pj_score_sheet_set_display (sheet, info.juror_name, info.title);
  return g_steal_pointer (&sheet);
}

gboolean
pj_store_save_sheet_draft (PjWorkspace   *ws,
                           PjScoreSheet  *sheet,
                           GError       **error)
{
  const WriteRequest request = { PJ_SHEET_DRAFT, FALSE, NULL, NULL };

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (sheet), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_sheet (ws, sheet, &request, error);
}

gboolean
pj_store_submit_sheet (PjWorkspace   *ws,
                       PjScoreSheet  *sheet,
                       GError       **error)
{
  const WriteRequest request = { PJ_SHEET_SUBMITTED, TRUE, "submit", NULL };

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (sheet), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_sheet (ws, sheet, &request, error);
}

gboolean
pj_store_abstain_sheet (PjWorkspace   *ws,
                        PjScoreSheet  *sheet,
                        const char    *reason,
                        GError       **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  WriteRequest request = { PJ_SHEET_ABSTAINED, TRUE, "abstain", NULL };

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (sheet), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  request.reason = trimmed;
  return write_sheet (ws, sheet, &request, error);
}

static gboolean
reopen_sheet_txn (PjWorkspace  *ws,
                  gint64        sheet_id,
                  const char   *reason,
                  GError      **error)
{
  g_auto(PairInfo) info = { 0, };
  g_autoptr(PjScoreSheet) stored = NULL;
  PjSheetStatus old_status;
  sqlite3_stmt *stmt;

  if (!read_sheet (ws, SQL_SHEET_BY_ID, sheet_id, PJ_NO_ID, &stored, error))
    return FALSE;
  if (stored == NULL)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           _("The score sheet no longer exists."));
      return FALSE;
    }
  if (!read_pair (ws, pj_score_sheet_get_juror_id (stored),
                  pj_score_sheet_get_nomination_id (stored), &info, error))
    return FALSE;
  if (info.phase != PJ_PHASE_SCORING)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("A sheet can be reopened only in the scoring phase. "
                     "“%s” is in the phase “%s”."),
                   info.edition_name, pj_phase_to_label (info.phase));
      return FALSE;
    }

  old_status = pj_score_sheet_get_status (stored);
  if (old_status == PJ_SHEET_DRAFT)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("The sheet of %s for “%s” is not submitted, so there is nothing to "
                     "reopen."),
                   info.juror_name, info.title);
      return FALSE;
    }

  stmt = pj_workspace_prepare (ws, SQL_UPDATE_SHEET, error);
  if (stmt == NULL)
    return FALSE;
  pj_stmt_bind_text (stmt, 1, pj_sheet_status_to_string (PJ_SHEET_DRAFT));
  pj_stmt_bind_text (stmt, 2, pj_score_sheet_get_overall_comment (stored));
  sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int64 (stmt, 4, sheet_id);
  sqlite3_bind_int64 (stmt, 5, pj_score_sheet_get_version (stored));
  if (!pj_workspace_step_done (ws, stmt, _("Could not reopen the sheet"), error))
    return FALSE;

  return pj_workspace_audit (ws, "reopen", "score_sheet", sheet_id, "status",
                             pj_sheet_status_to_string (old_status),
                             pj_sheet_status_to_string (PJ_SHEET_DRAFT), error) &&
         pj_workspace_audit (ws, "reopen", "score_sheet", sheet_id, "reason",
                             NULL, reason, error);
}

gboolean
pj_store_reopen_sheet (PjWorkspace  *ws,
                       gint64        sheet_id,
                       const char   *reason,
                       GError      **error)
{
  g_autofree char *trimmed = NULL;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (trimmed[0] == '\0')
    return pj_store_invalid (error, _("Give a reason for reopening the sheet. It is kept in the "
                                      "audit log."));

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = reopen_sheet_txn (ws, sheet_id, trimmed, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_workspace_emit_changed (ws, "score");
  return TRUE;
}

/* The queue */

typedef struct
{
  gint64         nomination_id;
  char          *title;
  gint64         category_id;
  char          *category_name;
  gint64         sheet_id;
  PjSheetStatus  status;
  guint          n_submitted;   /* submitted sheets of all jurors */
} QueueRow;

static void
queue_row_clear (gpointer data)
{
  QueueRow *row = data;

  g_free (row->title);
  g_free (row->category_name);
}

static gboolean
juror_edition (PjWorkspace  *ws,
               gint64        juror_id,
               gint64       *edition_id,
               GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_JUROR_EDITION, error);
  gboolean row;

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
  *edition_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* The queue's rows (a GArray of QueueRow), nominations out of scoring left
 * out. */
static GArray *
read_queue (PjWorkspace  *ws,
            gint64        juror_id,
            GError      **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (QueueRow));
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_QUEUE, error);
  gboolean more;

  g_array_set_clear_func (rows, queue_row_clear);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, juror_id);
  for (;;)
    {
      PjNominationStatus nomination_status = PJ_NOMINATION_SUBMITTED;
      QueueRow row = { 0, };

      if (!pj_store_step_row (ws, stmt, &more, error))
        return NULL;
      if (!more)
        break;

      pj_nomination_status_from_string ((const char *) sqlite3_column_text (stmt, 4),
                                        &nomination_status);
      if (!pj_nomination_status_is_in_scoring (nomination_status))
        continue;

      row.nomination_id = sqlite3_column_int64 (stmt, 0);
      row.title = pj_stmt_dup_text (stmt, 1);
      row.category_id = sqlite3_column_int64 (stmt, 2);
      row.category_name = pj_stmt_dup_text (stmt, 3);
      row.sheet_id = sqlite3_column_int64 (stmt, 5);
      row.status = PJ_SHEET_DRAFT;
      pj_sheet_status_from_string ((const char *) sqlite3_column_text (stmt, 6), &row.status);
      row.n_submitted = (guint) sqlite3_column_int64 (stmt, 7);
      g_array_append_val (rows, row);
    }

  return g_steal_pointer (&rows);
}

/* Every score of the juror's sheets: nomination id -> PjScoreSheet. */
static GHashTable *
read_juror_scores (PjWorkspace  *ws,
                   gint64        juror_id,
                   GError      **error)
{
  g_autoptr(GHashTable) sheets = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                        g_free, g_object_unref);
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, SQL_JUROR_SCORES, error);
  gboolean row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, juror_id);
  for (;;)
    {
      gint64 nomination_id;
      PjScoreSheet *sheet;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;

      nomination_id = sqlite3_column_int64 (stmt, 0);
      sheet = g_hash_table_lookup (sheets, &nomination_id);
      if (sheet == NULL)
        {
          sheet = pj_score_sheet_new (juror_id, nomination_id);
          g_hash_table_insert (sheets, g_memdup2 (&nomination_id, sizeof nomination_id), sheet);
        }
      pj_score_sheet_set_value (sheet, sqlite3_column_int64 (stmt, 1),
                                sqlite3_column_int (stmt, 2));
    }

  return g_steal_pointer (&sheets);
}

/* Criteria with a value on the sheet that apply to the category. */
static guint
count_scored (PjScoreSheet *sheet,
              GListModel   *criteria,
              gint64        category_id)
{
  guint n = g_list_model_get_n_items (criteria);
  guint scored = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCriterion) criterion = g_list_model_get_item (criteria, i);

      if (pj_criterion_applies_to (criterion, category_id) &&
          pj_score_sheet_get_value (sheet, pj_criterion_get_id (criterion)) != PJ_SCORE_UNSET)
        scored++;
    }
  return scored;
}

GListModel *
pj_store_list_juror_queue (PjWorkspace  *ws,
                           gint64        juror_id,
                           GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (PJ_TYPE_QUEUE_ITEM);
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GHashTable) sheets = NULL;
  g_autoptr(GArray) rows = NULL;
  gint64 edition_id = PJ_NO_ID;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!juror_edition (ws, juror_id, &edition_id, error))
    return NULL;
  criteria = pj_store_list_criteria (ws, edition_id, error);
  if (criteria == NULL)
    return NULL;
  rows = read_queue (ws, juror_id, error);
  if (rows == NULL)
    return NULL;
  sheets = read_juror_scores (ws, juror_id, error);
  if (sheets == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      QueueRow *row = &g_array_index (rows, QueueRow, i);
      PjScoreSheet *sheet = g_hash_table_lookup (sheets, &row->nomination_id);
      g_autoptr(PjQueueItem) item = NULL;
      double total = -1;
      guint scored = 0;

      if (sheet != NULL)
        {
          pj_score_sheet_set_state (sheet, row->status, NULL);
          total = pj_sheet_total (sheet, criteria, row->category_id);
          scored = count_scored (sheet, criteria, row->category_id);
        }
      item = pj_queue_item_new (row->nomination_id, row->title, row->category_id,
                                row->category_name, row->sheet_id, row->status, scored, total);
      g_list_store_append (store, item);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

gboolean
pj_store_juror_progress (PjWorkspace *ws,
                         gint64       juror_id,
                         guint       *submitted,
                         guint       *total)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  guint done = 0;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);

  if (submitted != NULL)
    *submitted = 0;
  if (total != NULL)
    *total = 0;

  rows = read_queue (ws, juror_id, &error);
  if (rows == NULL)
    {
      g_warning ("Could not count the juror’s sheets: %s", error->message);
      return FALSE;
    }

  for (guint i = 0; i < rows->len; i++)
    if (g_array_index (rows, QueueRow, i).status != PJ_SHEET_DRAFT)
      done++;

  if (submitted != NULL)
    *submitted = done;
  if (total != NULL)
    *total = rows->len;
  return TRUE;
}

gint64
pj_store_next_nomination_for_juror (PjWorkspace *ws,
                                    gint64       juror_id,
                                    gint64       current_nomination_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  const QueueRow *best = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), PJ_NO_ID);

  rows = read_queue (ws, juror_id, &error);
  if (rows == NULL)
    {
      g_warning ("Could not read the juror’s queue: %s", error->message);
      return PJ_NO_ID;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const QueueRow *row = &g_array_index (rows, QueueRow, i);

      if (row->status != PJ_SHEET_DRAFT || row->nomination_id == current_nomination_id)
        continue;
      if (best == NULL || row->n_submitted < best->n_submitted ||
          (row->n_submitted == best->n_submitted && row->nomination_id < best->nomination_id))
        best = row;
    }

  return best != NULL ? best->nomination_id : PJ_NO_ID;
}

/* Others' scores */

GListModel *
pj_store_list_other_sheets (PjWorkspace  *ws,
                            gint64        viewer_juror_id,
                            gint64        nomination_id,
                            GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (PJ_TYPE_SCORE_SHEET);
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(PairInfo) info = { 0, };
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(PjScoreSheet) own = NULL;
  sqlite3_stmt *stmt;
  gboolean row;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_pair (ws, viewer_juror_id, nomination_id, &info, error))
    return NULL;
  if (info.conflicted)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s has a conflict of interest with “%s” and cannot see its scores."),
                   info.juror_name, info.title);
      return NULL;
    }
  if (!info.assigned)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s is not assigned to “%s” and cannot see its scores."),
                   info.juror_name, info.title);
      return NULL;
    }

  switch (info.blind_policy)
    {
    case PJ_BLIND_NEVER:
      return G_LIST_MODEL (g_steal_pointer (&store));

    case PJ_BLIND_AFTER_SUBMIT:
      if (!read_sheet (ws, SQL_SHEET_BY_PAIR, viewer_juror_id, nomination_id, &own, error))
        return NULL;
      if (own == NULL || !pj_score_sheet_is_locked (own))
        return G_LIST_MODEL (g_steal_pointer (&store));
      break;

    case PJ_BLIND_ALWAYS:
    default:
      break;
    }

  criteria = pj_store_list_criteria (ws, info.edition_id, error);
  if (criteria == NULL)
    return NULL;

  /* All rows first: filling the scores uses another statement. */
  stmt = pj_workspace_prepare (ws, SQL_OTHER_SHEETS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, nomination_id);
  sqlite3_bind_int64 (stmt, 2, viewer_juror_id);
  for (;;)
    {
      PjScoreSheet *sheet;
      g_autofree char *name = NULL;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      sheet = sheet_from_row (stmt);
      name = pj_stmt_dup_text (stmt, 7);
      pj_score_sheet_set_display (sheet, name, info.title);
      g_ptr_array_add (sheets, sheet);
    }

  for (guint i = 0; i < sheets->len; i++)
    {
      PjScoreSheet *sheet = g_ptr_array_index (sheets, i);

      if (!fill_scores (ws, sheet, criteria, info.category_id, error))
        return NULL;
      g_list_store_append (store, sheet);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}
