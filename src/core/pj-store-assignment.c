/* pj-store-assignment.c: conflicts of interest (jäv) and assignments
 *
 * Every public write is one transaction with its audit entries; every
 * statement is a static string, prepared through the workspace's cache and
 * bound. The schema's triggers back the rules up: no sheet and no
 * assignment for a pair with an active conflict, and no active conflict
 * while the pair still has either.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-store"

#include "config.h"

#include "pj-store-assignment.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pj-store-private.h"
#include "pj-workspace-private.h"

/* Statements ---------------------------------------------------------------- */

#define CONFLICT_COLUMNS \
  "SELECT c.id, c.version, c.juror_id, c.nomination_id, c.source, c.reason," \
  " c.reason_text, c.lifted, c.lifted_reason, c.created, j.name, n.title" \
  " FROM conflict c JOIN juror j ON j.id = c.juror_id" \
  " JOIN nomination n ON n.id = c.nomination_id"
#define CONFLICT_ORDER " ORDER BY lower(n.title), n.id, lower(j.name), j.id"

static const char SQL_LIST_CONFLICTS[] =
  CONFLICT_COLUMNS " WHERE n.edition_id = ?1" CONFLICT_ORDER;
static const char SQL_LIST_JUROR_CONFLICTS[] =
  CONFLICT_COLUMNS " WHERE c.juror_id = ?1" CONFLICT_ORDER;
static const char SQL_LIST_NOMINATION_CONFLICTS[] =
  CONFLICT_COLUMNS " WHERE c.nomination_id = ?1" CONFLICT_ORDER;
static const char SQL_GET_CONFLICT[] =
  CONFLICT_COLUMNS " WHERE c.id = ?1";
static const char SQL_PAIR_CONFLICT[] =
  "SELECT id, lifted FROM conflict WHERE juror_id = ?1 AND nomination_id = ?2";
static const char SQL_IS_CONFLICTED[] =
  "SELECT 1 FROM conflict WHERE juror_id = ?1 AND nomination_id = ?2 AND lifted = 0";
static const char SQL_INSERT_CONFLICT[] =
  "INSERT INTO conflict (juror_id, nomination_id, source, reason, reason_text, created)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_REINSTATE_CONFLICT[] =
  "UPDATE conflict SET source = ?1, reason = ?2, reason_text = ?3, lifted = 0,"
  " lifted_reason = '', created = ?4, version = version + 1 WHERE id = ?5 AND lifted = 1";
static const char SQL_LIFT_CONFLICT[] =
  "UPDATE conflict SET lifted = 1, lifted_reason = ?1, version = version + 1"
  " WHERE id = ?2 AND version = ?3 AND lifted = 0";
static const char SQL_DELETE_CONFLICT[] =
  "DELETE FROM conflict WHERE id = ?1";

/* The pair: names, editions, status, category and whether the juror serves
 * in that category. */
static const char SQL_PAIR_INFO[] =
  "SELECT j.name, n.title, j.edition_id, n.edition_id, n.status, n.category_id,"
  " EXISTS (SELECT 1 FROM juror_category jc"
  "         WHERE jc.juror_id = j.id AND jc.category_id = n.category_id)"
  " FROM juror j, nomination n WHERE j.id = ?1 AND n.id = ?2";

/* Is there an automatic cause between the juror's unit and a nominee unit?
 * The same unit, the nominee unit's parent, or the nominee unit is the
 * parent of the juror's. */
static const char SQL_UNITS_RELATED[] =
  "SELECT EXISTS (SELECT 1 FROM juror j"
  " JOIN nomination_unit nu ON nu.nomination_id = ?2"
  " JOIN unit u ON u.id = nu.unit_id"
  " JOIN unit ju ON ju.id = j.unit_id"
  " WHERE j.id = ?1 AND (nu.unit_id = j.unit_id OR u.parent_id = j.unit_id"
  "                      OR ju.parent_id = nu.unit_id))";

/* Every pair of an edition with an automatic cause: a juror serving in the
 * nomination's category whose unit is, is the parent of, or is a child of a
 * nominee unit. Driven from the (few) units related to each juror. */
static const char SQL_AUTOMATIC_PAIRS[] =
  "WITH related (juror_id, unit_id) AS ("
  "   SELECT j.id, j.unit_id FROM juror j"
  "   WHERE j.edition_id = ?1 AND j.unit_id IS NOT NULL"
  "   UNION"
  "   SELECT j.id, u.parent_id FROM juror j JOIN unit u ON u.id = j.unit_id"
  "   WHERE j.edition_id = ?1 AND u.parent_id IS NOT NULL"
  "   UNION"
  "   SELECT j.id, c.id FROM juror j JOIN unit c ON c.parent_id = j.unit_id"
  "   WHERE j.edition_id = ?1)"
  " SELECT DISTINCT r.juror_id, n.id"
  " FROM related r"
  " JOIN nomination_unit nu ON nu.unit_id = r.unit_id"
  " JOIN nomination n ON n.id = nu.nomination_id"
  " JOIN juror_category jc ON jc.juror_id = r.juror_id AND jc.category_id = n.category_id"
  " WHERE n.edition_id = ?1 ORDER BY n.id, r.juror_id";
static const char SQL_EDITION_CONFLICTS[] =
  "SELECT c.id, c.juror_id, c.nomination_id, c.source, c.lifted"
  " FROM conflict c JOIN nomination n ON n.id = c.nomination_id"
  " WHERE n.edition_id = ?1";

static const char SQL_PAIR_SHEET[] =
  "SELECT id, status FROM score_sheet WHERE juror_id = ?1 AND nomination_id = ?2";
static const char SQL_SHEET_SCORES[] =
  "SELECT c.name, s.value FROM score s JOIN criterion c ON c.id = s.criterion_id"
  " WHERE s.sheet_id = ?1 ORDER BY c.position, c.id";
static const char SQL_DELETE_SHEET[] =
  "DELETE FROM score_sheet WHERE id = ?1";

static const char SQL_PAIR_ASSIGNMENT[] =
  "SELECT manual FROM assignment WHERE juror_id = ?1 AND nomination_id = ?2";
static const char SQL_INSERT_ASSIGNMENT[] =
  "INSERT INTO assignment (juror_id, nomination_id, manual) VALUES (?1, ?2, ?3)";
static const char SQL_MAKE_MANUAL[] =
  "UPDATE assignment SET manual = 1 WHERE juror_id = ?1 AND nomination_id = ?2";
static const char SQL_DELETE_ASSIGNMENT[] =
  "DELETE FROM assignment WHERE juror_id = ?1 AND nomination_id = ?2";
static const char SQL_JUROR_ASSIGNMENTS[] =
  "SELECT nomination_id FROM assignment WHERE juror_id = ?1 ORDER BY nomination_id";
static const char SQL_NOMINATION_ASSIGNMENTS[] =
  "SELECT juror_id FROM assignment WHERE nomination_id = ?1 ORDER BY juror_id";

/* list_ids () binds ?1; every edition, whatever it is */
static const char SQL_ALL_EDITIONS[] =
  "SELECT id FROM edition WHERE ?1 IS NOT NULL ORDER BY id";
static const char SQL_EDITION_K[] =
  "SELECT min_jurors FROM edition WHERE id = ?1";
static const char SQL_DIST_NOMINATIONS[] =
  "SELECT id, category_id FROM nomination"
  " WHERE edition_id = ?1 AND status IN ('eligible', 'submitted') ORDER BY id";
static const char SQL_DIST_JURORS[] =
  "SELECT j.id,"
  " (SELECT count(*) FROM assignment a JOIN nomination n ON n.id = a.nomination_id"
  "  WHERE a.juror_id = j.id AND n.status IN ('eligible', 'submitted'))"
  " FROM juror j WHERE j.edition_id = ?1 ORDER BY j.id";
static const char SQL_DIST_JUROR_CATEGORIES[] =
  "SELECT jc.juror_id, jc.category_id FROM juror_category jc"
  " JOIN juror j ON j.id = jc.juror_id WHERE j.edition_id = ?1"
  " ORDER BY jc.juror_id, jc.category_id";
static const char SQL_DIST_CONFLICTS[] =
  "SELECT c.juror_id, c.nomination_id FROM conflict c"
  " JOIN nomination n ON n.id = c.nomination_id WHERE n.edition_id = ?1 AND c.lifted = 0";
static const char SQL_DIST_EXISTING[] =
  "SELECT a.juror_id, a.nomination_id FROM assignment a"
  " JOIN nomination n ON n.id = a.nomination_id WHERE n.edition_id = ?1";

static const char SQL_COVERAGE_NOMINATIONS[] =
  "SELECT n.id, n.title, n.category_id,"
  " (SELECT count(*) FROM assignment a WHERE a.nomination_id = n.id),"
  " (SELECT count(*) FROM score_sheet s WHERE s.nomination_id = n.id"
  "  AND s.status = 'submitted'),"
  " (SELECT count(*) FROM score_sheet s WHERE s.nomination_id = n.id"
  "  AND s.status = 'abstained'),"
  " (SELECT count(*) FROM score_sheet s WHERE s.nomination_id = n.id"
  "  AND s.status = 'draft')"
  " FROM nomination n"
  " WHERE n.edition_id = ?1 AND n.status IN ('eligible', 'submitted') ORDER BY n.id";
static const char SQL_COVERAGE_JURORS[] =
  "SELECT j.id, j.name,"
  " (SELECT count(*) FROM assignment a JOIN nomination n ON n.id = a.nomination_id"
  "  WHERE a.juror_id = j.id AND n.status IN ('eligible', 'submitted')),"
  " (SELECT count(*) FROM score_sheet s WHERE s.juror_id = j.id AND s.status = 'submitted'),"
  " (SELECT count(*) FROM score_sheet s WHERE s.juror_id = j.id AND s.status = 'abstained'),"
  " (SELECT count(*) FROM score_sheet s WHERE s.juror_id = j.id AND s.status = 'draft')"
  " FROM juror j WHERE j.edition_id = ?1 ORDER BY lower(j.name), j.id";

/* Helpers --------------------------------------------------------------- */

static sqlite3_stmt *
prepare_pair (PjWorkspace  *ws,
              const char   *sql,
              gint64        juror_id,
              gint64        nomination_id,
              GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, juror_id);
  sqlite3_bind_int64 (stmt, 2, nomination_id);
  return stmt;
}

static sqlite3_stmt *
prepare_id (PjWorkspace  *ws,
            const char   *sql,
            gint64        id,
            GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return stmt;
}

/* Runs a statement with one integer result on one row; *found FALSE and
 * *out 0 without a row. */
static gboolean
query_one (PjWorkspace   *ws,
           sqlite3_stmt  *stmt,
           gboolean      *found,
           gint64        *out,
           GError       **error)
{
  gboolean row;

  *found = FALSE;
  *out = 0;
  if (stmt == NULL)
    return FALSE;
  if (!pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (row)
    {
      *found = TRUE;
      *out = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static char *
trimmed (const char *s)
{
  return g_strstrip (g_strdup (s != NULL ? s : ""));
}

/* What a pair is; filled by pair_info (). */
typedef struct
{
  char   *juror_name;
  char   *title;
  gint64  juror_edition;
  gint64  nomination_edition;
  char   *status;
  gint64  category_id;
  gboolean in_category;
} PairInfo;

static void
pair_info_clear (PairInfo *info)
{
  g_clear_pointer (&info->juror_name, g_free);
  g_clear_pointer (&info->title, g_free);
  g_clear_pointer (&info->status, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PairInfo, pair_info_clear)

static gboolean
pair_info (PjWorkspace  *ws,
           gint64        juror_id,
           gint64        nomination_id,
           PairInfo     *info,
           GError      **error)
{
  sqlite3_stmt *stmt = prepare_pair (ws, SQL_PAIR_INFO, juror_id, nomination_id, error);
  gboolean row;

  if (stmt == NULL || !pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (!row)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("The juror or the nomination was deleted elsewhere."));
      return FALSE;
    }

  info->juror_name = pj_stmt_dup_text (stmt, 0);
  info->title = pj_stmt_dup_text (stmt, 1);
  info->juror_edition = sqlite3_column_int64 (stmt, 2);
  info->nomination_edition = sqlite3_column_int64 (stmt, 3);
  info->status = pj_stmt_dup_text (stmt, 4);
  info->category_id = sqlite3_column_int64 (stmt, 5);
  info->in_category = sqlite3_column_int (stmt, 6) != 0;
  sqlite3_reset (stmt);
  return TRUE;
}

/* "Anna Berg / Läsfixarna: declared, other (Min bror leder projektet)" */
static char *
describe_conflict (const char       *juror_name,
                   const char       *title,
                   PjConflictSource  source,
                   PjConflictReason  reason,
                   const char       *reason_text)
{
  if (reason_text != NULL && reason_text[0] != '\0')
    return g_strdup_printf ("%s / %s: %s, %s (%s)", juror_name, title,
                            pj_conflict_source_to_string (source),
                            pj_conflict_reason_to_string (reason), reason_text);
  return g_strdup_printf ("%s / %s: %s, %s", juror_name, title,
                          pj_conflict_source_to_string (source),
                          pj_conflict_reason_to_string (reason));
}

static void
set_conflict_refusal (GError     **error,
                      const char  *juror_name,
                      const char  *title)
{
  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
               _("%s has a conflict of interest with “%s” and cannot be assigned to it."),
               juror_name, title);
}

/* Removes the pair's sheet (with its scores, written to the audit log) and
 * its assignment, before a conflict is recorded. */
static gboolean
clear_pair (PjWorkspace  *ws,
            gint64        juror_id,
            gint64        nomination_id,
            const char   *juror_name,
            const char   *title,
            GError      **error)
{
  sqlite3_stmt *stmt = prepare_pair (ws, SQL_PAIR_SHEET, juror_id, nomination_id, error);
  gboolean row;

  if (stmt == NULL || !pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (row)
    {
      gint64 sheet_id = sqlite3_column_int64 (stmt, 0);
      g_autoptr(GString) old = g_string_new (NULL);

      g_string_printf (old, "%s / %s: %s", juror_name, title,
                       (const char *) sqlite3_column_text (stmt, 1));
      sqlite3_reset (stmt);

      stmt = prepare_id (ws, SQL_SHEET_SCORES, sheet_id, error);
      if (stmt == NULL)
        return FALSE;
      for (guint i = 0;; i++)
        {
          if (!pj_store_step_row (ws, stmt, &row, error))
            return FALSE;
          if (!row)
            break;
          g_string_append_printf (old, "%s%s %d", i == 0 ? "; " : ", ",
                                  (const char *) sqlite3_column_text (stmt, 0),
                                  sqlite3_column_int (stmt, 1));
        }

      stmt = prepare_id (ws, SQL_DELETE_SHEET, sheet_id, error);
      if (stmt == NULL
          || !pj_workspace_step_done (ws, stmt, _("Could not record the conflict of interest"),
                                      error)
          || !pj_workspace_audit (ws, "delete", "score_sheet", sheet_id, NULL, old->str, NULL,
                                  error))
        return FALSE;
    }

  stmt = prepare_pair (ws, SQL_DELETE_ASSIGNMENT, juror_id, nomination_id, error);
  if (stmt == NULL
      || !pj_workspace_step_done (ws, stmt, _("Could not record the conflict of interest"),
                                  error))
    return FALSE;
  if (sqlite3_changes (pj_workspace_get_db (ws)) > 0
      && !pj_workspace_audit (ws, "delete", "assignment", nomination_id, "juror", juror_name,
                              NULL, error))
    return FALSE;

  return TRUE;
}

/* Records an active conflict for a pair without one, or reinstates a
 * lifted one (@existing_id), clearing the pair first. Audited. */
static gboolean
record_conflict (PjWorkspace       *ws,
                 gint64             juror_id,
                 gint64             nomination_id,
                 gint64             existing_id,
                 PjConflictSource   source,
                 PjConflictReason   reason,
                 const char        *reason_text,
                 const char        *created,
                 const char        *juror_name,
                 const char        *title,
                 gint64            *out_id,
                 GError           **error)
{
  g_autofree char *text = describe_conflict (juror_name, title, source, reason, reason_text);
  sqlite3_stmt *stmt;

  if (!clear_pair (ws, juror_id, nomination_id, juror_name, title, error))
    return FALSE;

  if (existing_id != PJ_NO_ID)
    {
      stmt = pj_workspace_prepare (ws, SQL_REINSTATE_CONFLICT, error);
      if (stmt == NULL)
        return FALSE;
      pj_stmt_bind_text (stmt, 1, pj_conflict_source_to_string (source));
      pj_stmt_bind_text (stmt, 2, pj_conflict_reason_to_string (reason));
      pj_stmt_bind_text (stmt, 3, reason_text);
      pj_stmt_bind_text (stmt, 4, created);
      sqlite3_bind_int64 (stmt, 5, existing_id);
      if (!pj_workspace_step_done (ws, stmt, _("Could not record the conflict of interest"),
                                   error))
        return FALSE;
      *out_id = existing_id;
      return pj_workspace_audit (ws, "reinstate", "conflict", existing_id, "lifted", "1",
                                 text, error);
    }

  stmt = prepare_pair (ws, SQL_INSERT_CONFLICT, juror_id, nomination_id, error);
  if (stmt == NULL)
    return FALSE;
  pj_stmt_bind_text (stmt, 3, pj_conflict_source_to_string (source));
  pj_stmt_bind_text (stmt, 4, pj_conflict_reason_to_string (reason));
  pj_stmt_bind_text (stmt, 5, reason_text);
  pj_stmt_bind_text (stmt, 6, created);
  if (!pj_workspace_step_done (ws, stmt, _("Could not record the conflict of interest"), error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));
  return pj_workspace_audit (ws, "create", "conflict", *out_id, NULL, NULL, text, error);
}

/* Conflicts: reading ----------------------------------------------------- */

static gpointer
conflict_from_row (sqlite3_stmt *stmt)
{
  PjConflict *conflict = pj_conflict_new ();
  PjConflictSource source = PJ_CONFLICT_AUTOMATIC;
  PjConflictReason reason = PJ_CONFLICT_REASON_OWN_UNIT;

  pj_conflict_set_stored (conflict, sqlite3_column_int64 (stmt, 0),
                          sqlite3_column_int64 (stmt, 1));
  pj_conflict_set_juror_id (conflict, sqlite3_column_int64 (stmt, 2));
  pj_conflict_set_nomination_id (conflict, sqlite3_column_int64 (stmt, 3));
  if (!pj_conflict_source_from_string ((const char *) sqlite3_column_text (stmt, 4), &source))
    g_warning ("Unknown conflict source in the workspace");
  if (!pj_conflict_reason_from_string ((const char *) sqlite3_column_text (stmt, 5), &reason))
    g_warning ("Unknown conflict reason in the workspace");
  pj_conflict_set_source (conflict, source);
  pj_conflict_set_reason (conflict, reason);
  pj_conflict_set_reason_text (conflict, (const char *) sqlite3_column_text (stmt, 6));
  pj_conflict_set_lifted (conflict, sqlite3_column_int (stmt, 7) != 0);
  pj_conflict_set_lifted_reason (conflict, (const char *) sqlite3_column_text (stmt, 8));
  pj_conflict_set_created (conflict, (const char *) sqlite3_column_text (stmt, 9));
  pj_conflict_set_juror_name (conflict, (const char *) sqlite3_column_text (stmt, 10));
  pj_conflict_set_nomination_title (conflict, (const char *) sqlite3_column_text (stmt, 11));
  return conflict;
}

static GListModel *
list_conflicts (PjWorkspace  *ws,
                const char   *sql,
                gint64        id,
                GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (PJ_TYPE_CONFLICT);
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt = prepare_id (ws, sql, id, error);

  if (stmt == NULL)
    return NULL;
  rows = pj_store_read_rows (ws, stmt, conflict_from_row, error);
  if (rows == NULL)
    return NULL;

  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
pj_store_list_conflicts (PjWorkspace  *ws,
                         gint64        edition_id,
                         GError      **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_conflicts (ws, SQL_LIST_CONFLICTS, edition_id, error);
}

GListModel *
pj_store_list_juror_conflicts (PjWorkspace  *ws,
                               gint64        juror_id,
                               GError      **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_conflicts (ws, SQL_LIST_JUROR_CONFLICTS, juror_id, error);
}

GListModel *
pj_store_list_nomination_conflicts (PjWorkspace  *ws,
                                    gint64        nomination_id,
                                    GError      **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_conflicts (ws, SQL_LIST_NOMINATION_CONFLICTS, nomination_id, error);
}

PjConflict *
pj_store_get_conflict (PjWorkspace  *ws,
                       gint64        id,
                       GError      **error)
{
  sqlite3_stmt *stmt;
  PjConflict *conflict;
  gboolean row;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare_id (ws, SQL_GET_CONFLICT, id, error);
  if (stmt == NULL || !pj_store_step_row (ws, stmt, &row, error))
    return NULL;
  if (!row)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("The conflict of interest was deleted elsewhere."));
      return NULL;
    }
  conflict = conflict_from_row (stmt);
  sqlite3_reset (stmt);
  return conflict;
}

gboolean
pj_store_is_conflicted (PjWorkspace *ws,
                        gint64       juror_id,
                        gint64       nomination_id)
{
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;
  gint64 value;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);

  if (!query_one (ws, prepare_pair (ws, SQL_IS_CONFLICTED, juror_id, nomination_id, &error),
                  &found, &value, &error))
    {
      /* Fail closed: a pair we cannot check counts as conflicted. */
      g_warning ("Could not check a conflict of interest: %s", error->message);
      return TRUE;
    }
  return found;
}

/* Conflicts: writing ------------------------------------------------------ */

gboolean
pj_store_add_conflict (PjWorkspace  *ws,
                       PjConflict   *conflict,
                       GError      **error)
{
  g_auto(PairInfo) info = { 0, };
  g_autofree char *text = NULL;
  g_autofree char *created = pj_store_now_utc ();
  gint64 juror_id, nomination_id, existing_id = PJ_NO_ID, lifted = 0, id = PJ_NO_ID;
  PjConflictSource source;
  PjConflictReason reason;
  sqlite3_stmt *stmt;
  gboolean row;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_CONFLICT (conflict), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  juror_id = pj_conflict_get_juror_id (conflict);
  nomination_id = pj_conflict_get_nomination_id (conflict);
  source = pj_conflict_get_source (conflict);
  reason = pj_conflict_get_reason (conflict);
  text = trimmed (pj_conflict_get_reason_text (conflict));

  if (source == PJ_CONFLICT_AUTOMATIC)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Automatic conflicts of interest come from the units; "
                     "declare the conflict or add it as an organiser."));
      return FALSE;
    }
  if (reason == PJ_CONFLICT_REASON_OTHER && text[0] == '\0')
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Reason: describe the conflict of interest."));
      return FALSE;
    }

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  ok = pair_info (ws, juror_id, nomination_id, &info, error);
  if (ok && info.juror_edition != info.nomination_edition)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s is not a juror of the edition of “%s”."), info.juror_name, info.title);
      ok = FALSE;
    }
  if (ok)
    {
      stmt = prepare_pair (ws, SQL_PAIR_CONFLICT, juror_id, nomination_id, error);
      ok = stmt != NULL && pj_store_step_row (ws, stmt, &row, error);
      if (ok && row)
        {
          existing_id = sqlite3_column_int64 (stmt, 0);
          lifted = sqlite3_column_int64 (stmt, 1);
          sqlite3_reset (stmt);
          if (!lifted)
            {
              g_set_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE,
                           _("%s already has a conflict of interest with “%s”."),
                           info.juror_name, info.title);
              ok = FALSE;
            }
        }
    }
  ok = ok && record_conflict (ws, juror_id, nomination_id, existing_id, source, reason,
                              text, created, info.juror_name, info.title,
                              &id, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  /* The stored row, for its version and the display fields */
  {
    g_autoptr(PjConflict) stored = pj_store_get_conflict (ws, id, NULL);

    if (stored != NULL)
      {
        pj_conflict_set_reason_text (conflict, pj_conflict_get_reason_text (stored));
        pj_conflict_set_lifted (conflict, FALSE);
        pj_conflict_set_lifted_reason (conflict, "");
        pj_conflict_set_created (conflict, pj_conflict_get_created (stored));
        pj_conflict_set_juror_name (conflict, pj_conflict_get_juror_name (stored));
        pj_conflict_set_nomination_title (conflict, pj_conflict_get_nomination_title (stored));
        pj_conflict_set_stored (conflict, id, pj_conflict_get_version (stored));
      }
  }

  pj_workspace_emit_changed (ws, "conflict");
  pj_workspace_emit_changed (ws, "assignment");
  return TRUE;
}

gboolean
pj_store_lift_conflict (PjWorkspace  *ws,
                        PjConflict   *conflict,
                        const char   *reason,
                        GError      **error)
{
  g_autoptr(PjConflict) stored = NULL;
  g_autofree char *why = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 id;
  gboolean ok = TRUE;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_CONFLICT (conflict), FALSE);
  g_return_val_if_fail (pj_conflict_get_id (conflict) != PJ_NO_ID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = pj_conflict_get_id (conflict);
  if (pj_store_is_blank (reason))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Reason: say why the conflict of interest is lifted."));
      return FALSE;
    }
  why = trimmed (reason);

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  stored = pj_store_get_conflict (ws, id, &local_error);
  if (stored == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      ok = FALSE;
    }
  else if (pj_conflict_get_lifted (stored))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("The conflict of interest between %s and “%s” is lifted already."),
                   pj_conflict_get_juror_name (stored), pj_conflict_get_nomination_title (stored));
      ok = FALSE;
    }
  else if (pj_conflict_get_version (stored) != pj_conflict_get_version (conflict))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                   _("The conflict of interest between %s and “%s” was changed elsewhere "
                     "since you opened it. Reload to see the changes."),
                   pj_conflict_get_juror_name (stored), pj_conflict_get_nomination_title (stored));
      ok = FALSE;
    }

  if (ok)
    {
      stmt = pj_workspace_prepare (ws, SQL_LIFT_CONFLICT, error);
      ok = stmt != NULL;
      if (ok)
        {
          pj_stmt_bind_text (stmt, 1, why);
          sqlite3_bind_int64 (stmt, 2, id);
          sqlite3_bind_int64 (stmt, 3, pj_conflict_get_version (conflict));
          ok = pj_workspace_step_done (ws, stmt, _("Could not lift the conflict of interest"),
                                       error);
        }
      if (ok && sqlite3_changes (pj_workspace_get_db (ws)) == 0)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                       _("The conflict of interest between %s and “%s” was changed elsewhere "
                         "since you opened it. Reload to see the changes."),
                       pj_conflict_get_juror_name (stored),
                       pj_conflict_get_nomination_title (stored));
          ok = FALSE;
        }
    }
  if (ok)
    {
      g_autofree char *text =
        describe_conflict (pj_conflict_get_juror_name (stored),
                           pj_conflict_get_nomination_title (stored),
                           pj_conflict_get_source (stored), pj_conflict_get_reason (stored),
                           pj_conflict_get_reason_text (stored));

      ok = pj_workspace_audit (ws, "lift", "conflict", id, "lifted", text, why, error);
    }
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  pj_conflict_set_lifted (conflict, TRUE);
  pj_conflict_set_lifted_reason (conflict, why);
  pj_conflict_set_stored (conflict, id, pj_conflict_get_version (stored) + 1);
  pj_workspace_emit_changed (ws, "conflict");
  return TRUE;
}

/* Automatic conflicts ----------------------------------------------------- */

static GArray *list_ids (PjWorkspace *ws, const char *sql, gint64 id, GError **error);

static guint
pair_hash (gconstpointer p)
{
  const PjPair *pair = p;

  return g_int64_hash (&pair->juror_id) * 31u + g_int64_hash (&pair->nomination_id);
}

static gboolean
pair_equal (gconstpointer a,
            gconstpointer b)
{
  const PjPair *x = a;
  const PjPair *y = b;

  return x->juror_id == y->juror_id && x->nomination_id == y->nomination_id;
}

/* Appends the (juror, nomination) pairs in columns 0 and 1 of every row. */
static gboolean
read_pairs (PjWorkspace   *ws,
            const char    *sql,
            gint64         edition_id,
            GArray        *pairs,
            GError       **error)
{
  sqlite3_stmt *stmt = prepare_id (ws, sql, edition_id, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      PjPair pair;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        return TRUE;
      pair.juror_id = sqlite3_column_int64 (stmt, 0);
      pair.nomination_id = sqlite3_column_int64 (stmt, 1);
      g_array_append_val (pairs, pair);
    }
}

typedef struct
{
  gint64   id;
  PjPair   pair;
  gboolean automatic;
  gboolean lifted;
} ConflictRow;

static gboolean
refresh_txn (PjWorkspace  *ws,
             gint64        edition_id,
             guint        *n_added,
             guint        *n_removed,
             GError      **error)
{
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (PjPair));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ConflictRow));
  g_autoptr(GHashTable) wanted_set = NULL;
  g_autoptr(GHashTable) have_set = NULL;
  g_autofree char *created = pj_store_now_utc ();
  sqlite3_stmt *stmt;
  gboolean row;

  *n_added = *n_removed = 0;

  if (!read_pairs (ws, SQL_AUTOMATIC_PAIRS, edition_id, wanted, error))
    return FALSE;

  stmt = prepare_id (ws, SQL_EDITION_CONFLICTS, edition_id, error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      ConflictRow r;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;
      r.id = sqlite3_column_int64 (stmt, 0);
      r.pair.juror_id = sqlite3_column_int64 (stmt, 1);
      r.pair.nomination_id = sqlite3_column_int64 (stmt, 2);
      r.automatic = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), "automatic") == 0;
      r.lifted = sqlite3_column_int (stmt, 4) != 0;
      g_array_append_val (rows, r);
    }

  wanted_set = g_hash_table_new (pair_hash, pair_equal);
  for (guint i = 0; i < wanted->len; i++)
    g_hash_table_add (wanted_set, &g_array_index (wanted, PjPair, i));
  have_set = g_hash_table_new (pair_hash, pair_equal);
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_add (have_set, &g_array_index (rows, ConflictRow, i).pair);

  /* Gone: active automatic conflicts without a cause. Lifted ones stay. */
  for (guint i = 0; i < rows->len; i++)
    {
      ConflictRow *r = &g_array_index (rows, ConflictRow, i);
      g_auto(PairInfo) info = { 0, };
      g_autofree char *text = NULL;

      if (!r->automatic || r->lifted || g_hash_table_contains (wanted_set, &r->pair))
        continue;
      if (!pair_info (ws, r->pair.juror_id, r->pair.nomination_id, &info, error))
        return FALSE;
      text = describe_conflict (info.juror_name, info.title, PJ_CONFLICT_AUTOMATIC,
                                PJ_CONFLICT_REASON_OWN_UNIT, NULL);
      stmt = prepare_id (ws, SQL_DELETE_CONFLICT, r->id, error);
      if (stmt == NULL
          || !pj_workspace_step_done (ws, stmt, _("Could not update the conflicts of interest"),
                                      error)
          || !pj_workspace_audit (ws, "delete", "conflict", r->id, NULL, text, NULL, error))
        return FALSE;
      (*n_removed)++;
    }

  /* New: pairs with a cause and no conflict record at all */
  for (guint i = 0; i < wanted->len; i++)
    {
      const PjPair *pair = &g_array_index (wanted, PjPair, i);
      g_auto(PairInfo) info = { 0, };
      gint64 id;

      if (g_hash_table_contains (have_set, pair))
        continue;
      if (!pair_info (ws, pair->juror_id, pair->nomination_id, &info, error)
          || !record_conflict (ws, pair->juror_id, pair->nomination_id, PJ_NO_ID,
                               PJ_CONFLICT_AUTOMATIC, PJ_CONFLICT_REASON_OWN_UNIT, "",
                               created, info.juror_name, info.title, &id, error))
        return FALSE;
      (*n_added)++;
    }

  return TRUE;
}

static gboolean
check_edition (PjWorkspace  *ws,
               gint64        edition_id,
               guint        *k,
               GError      **error)
{
  gboolean found;
  gint64 value;

  if (!query_one (ws, prepare_id (ws, SQL_EDITION_K, edition_id, error), &found, &value, error))
    return FALSE;
  if (!found)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND, _("The edition was deleted elsewhere."));
      return FALSE;
    }
  if (k != NULL)
    *k = (guint) MAX (value, 1);
  return TRUE;
}

/* One edition, or every one for PJ_NO_ID. */
static gboolean
refresh_editions (PjWorkspace  *ws,
                  gint64        edition_id,
                  guint        *n_added,
                  guint        *n_removed,
                  GError      **error)
{
  g_autoptr(GArray) editions = NULL;

  if (edition_id != PJ_NO_ID)
    return refresh_txn (ws, edition_id, n_added, n_removed, error);

  *n_added = *n_removed = 0;
  editions = list_ids (ws, SQL_ALL_EDITIONS, 0, error);
  if (editions == NULL)
    return FALSE;
  for (guint i = 0; i < editions->len; i++)
    {
      guint added, removed;

      if (!refresh_txn (ws, g_array_index (editions, gint64, i), &added, &removed, error))
        return FALSE;
      *n_added += added;
      *n_removed += removed;
    }
  return TRUE;
}

gboolean
pj_store_refresh_automatic_conflicts (PjWorkspace  *ws,
                                      gint64        edition_id,
                                      GError      **error)
{
  guint n_added = 0, n_removed = 0;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Inside another store function's transaction: join it. */
  if (pj_workspace_in_transaction (ws))
    return refresh_editions (ws, edition_id, &n_added, &n_removed, error);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = (edition_id == PJ_NO_ID || check_edition (ws, edition_id, NULL, error))
       && refresh_editions (ws, edition_id, &n_added, &n_removed, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  if (n_added > 0 || n_removed > 0)
    {
      pj_workspace_emit_changed (ws, "conflict");
      if (n_added > 0)
        pj_workspace_emit_changed (ws, "assignment");
    }
  return TRUE;
}

/* Assignments -------------------------------------------------------------- */

static gboolean
check_assignable (PjWorkspace  *ws,
                  gint64        juror_id,
                  gint64        nomination_id,
                  PairInfo     *info,
                  GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean row, found;
  gint64 related;

  if (!pair_info (ws, juror_id, nomination_id, info, error))
    return FALSE;

  if (info->juror_edition != info->nomination_edition)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s is not a juror of the edition of “%s”."), info->juror_name,
                   info->title);
      return FALSE;
    }
  if (g_strcmp0 (info->status, "eligible") != 0 && g_strcmp0 (info->status, "submitted") != 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("“%s” is not in scoring: only eligible and submitted nominations are "
                     "assigned."), info->title);
      return FALSE;
    }
  if (!info->in_category)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s does not serve in the category of “%s”. Add the category to the "
                     "juror first."), info->juror_name, info->title);
      return FALSE;
    }

  stmt = prepare_pair (ws, SQL_PAIR_CONFLICT, juror_id, nomination_id, error);
  if (stmt == NULL || !pj_store_step_row (ws, stmt, &row, error))
    return FALSE;
  if (row)
    {
      gboolean lifted = sqlite3_column_int (stmt, 1) != 0;

      sqlite3_reset (stmt);
      if (!lifted)
        {
          set_conflict_refusal (error, info->juror_name, info->title);
          return FALSE;
        }
      return TRUE;  /* lifted: allowed, even with a cause in the units */
    }

  /* No record, but the units say so (the conflicts were not refreshed) */
  if (!query_one (ws, prepare_pair (ws, SQL_UNITS_RELATED, juror_id, nomination_id, error),
                  &found, &related, error))
    return FALSE;
  if (related)
    {
      set_conflict_refusal (error, info->juror_name, info->title);
      return FALSE;
    }
  return TRUE;
}

gboolean
pj_store_assign (PjWorkspace  *ws,
                 gint64        juror_id,
                 gint64        nomination_id,
                 GError      **error)
{
  g_auto(PairInfo) info = { 0, };
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  gboolean found = FALSE;
  gint64 manual = 0;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  ok = check_assignable (ws, juror_id, nomination_id, &info, error)
       && query_one (ws, prepare_pair (ws, SQL_PAIR_ASSIGNMENT, juror_id, nomination_id, error),
                     &found, &manual, error);
  if (ok && found && manual)
    {
      /* Assigned by hand already: nothing to do */
      pj_workspace_rollback (ws);
      return TRUE;
    }

  if (ok && found)
    {
      stmt = prepare_pair (ws, SQL_MAKE_MANUAL, juror_id, nomination_id, error);
      old_value = g_strdup_printf ("%s (distributed)", info.juror_name);
      new_value = g_strdup_printf ("%s (by hand)", info.juror_name);
      ok = stmt != NULL
           && pj_workspace_step_done (ws, stmt, _("Could not save the assignment"), error)
           && pj_workspace_audit (ws, "update", "assignment", nomination_id, "juror",
                                  old_value, new_value, error);
    }
  else if (ok)
    {
      stmt = prepare_pair (ws, SQL_INSERT_ASSIGNMENT, juror_id, nomination_id, error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int (stmt, 3, 1);
          new_value = g_strdup_printf ("%s (by hand)", info.juror_name);
          ok = pj_workspace_step_done (ws, stmt, _("Could not save the assignment"), error)
               && pj_workspace_audit (ws, "create", "assignment", nomination_id, "juror",
                                      NULL, new_value, error);
        }
    }

  if (!pj_store_finish (ws, ok, error))
    return FALSE;
  pj_workspace_emit_changed (ws, "assignment");
  return TRUE;
}

gboolean
pj_store_unassign (PjWorkspace  *ws,
                   gint64        juror_id,
                   gint64        nomination_id,
                   GError      **error)
{
  g_auto(PairInfo) info = { 0, };
  sqlite3_stmt *stmt;
  gboolean found = FALSE, row = FALSE;
  gint64 manual = 0;
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  ok = pair_info (ws, juror_id, nomination_id, &info, error)
       && query_one (ws, prepare_pair (ws, SQL_PAIR_ASSIGNMENT, juror_id, nomination_id, error),
                     &found, &manual, error);
  if (ok && !found)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("%s is not assigned to “%s”."), info.juror_name, info.title);
      ok = FALSE;
    }

  if (ok)
    {
      stmt = prepare_pair (ws, SQL_PAIR_SHEET, juror_id, nomination_id, error);
      ok = stmt != NULL && pj_store_step_row (ws, stmt, &row, error);
    }
  if (ok && row)
    {
      gint64 sheet_id = sqlite3_column_int64 (stmt, 0);
      gboolean draft = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "draft") == 0;

      sqlite3_reset (stmt);
      if (!draft)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_IN_USE,
                       _("%s has submitted a score sheet for “%s”. Reopen the sheet before "
                         "removing the assignment."), info.juror_name, info.title);
          ok = FALSE;
        }
      else
        {
          g_autofree char *old = g_strdup_printf ("%s / %s: draft", info.juror_name, info.title);

          stmt = prepare_id (ws, SQL_DELETE_SHEET, sheet_id, error);
          ok = stmt != NULL
               && pj_workspace_step_done (ws, stmt, _("Could not remove the assignment"), error)
               && pj_workspace_audit (ws, "delete", "score_sheet", sheet_id, NULL, old, NULL,
                                      error);
        }
    }
  if (ok)
    {
      stmt = prepare_pair (ws, SQL_DELETE_ASSIGNMENT, juror_id, nomination_id, error);
      ok = stmt != NULL
           && pj_workspace_step_done (ws, stmt, _("Could not remove the assignment"), error)
           && pj_workspace_audit (ws, "delete", "assignment", nomination_id, "juror",
                                  info.juror_name, NULL, error);
    }

  if (!pj_store_finish (ws, ok, error))
    return FALSE;
  pj_workspace_emit_changed (ws, "assignment");
  return TRUE;
}

gboolean
pj_store_is_assigned (PjWorkspace *ws,
                      gint64       juror_id,
                      gint64       nomination_id)
{
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;
  gint64 manual;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);

  if (!query_one (ws, prepare_pair (ws, SQL_PAIR_ASSIGNMENT, juror_id, nomination_id, &error),
                  &found, &manual, &error))
    {
      g_warning ("Could not read an assignment: %s", error->message);
      return FALSE;
    }
  return found;
}

static GArray *
list_ids (PjWorkspace  *ws,
          const char   *sql,
          gint64        id,
          GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = prepare_id (ws, sql, id, error);
  gboolean row;

  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      gint64 value;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      value = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, value);
    }
  return g_steal_pointer (&ids);
}

GArray *
pj_store_list_juror_assignments (PjWorkspace  *ws,
                                 gint64        juror_id,
                                 GError      **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_ids (ws, SQL_JUROR_ASSIGNMENTS, juror_id, error);
}

GArray *
pj_store_list_nomination_assignments (PjWorkspace  *ws,
                                      gint64        nomination_id,
                                      GError      **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_ids (ws, SQL_NOMINATION_ASSIGNMENTS, nomination_id, error);
}

/* Distribute --------------------------------------------------------------- */

void
pj_distribute_summary_free (PjDistributeSummary *summary)
{
  if (summary == NULL)
    return;
  g_clear_pointer (&summary->shortfalls, g_array_unref);
  g_free (summary);
}

static gboolean
distribute_txn (PjWorkspace          *ws,
                gint64                edition_id,
                PjDistributeSummary  *summary,
                GError              **error)
{
  g_autoptr(GArray) nominations = g_array_new (FALSE, FALSE, sizeof (PjDistNomination));
  g_autoptr(GArray) jurors = g_array_new (FALSE, FALSE, sizeof (PjDistJuror));
  g_autoptr(GArray) juror_categories = g_array_new (FALSE, FALSE, sizeof (PjPair));
  g_autoptr(GArray) category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) conflicts = g_array_new (FALSE, FALSE, sizeof (PjPair));
  g_autoptr(GArray) existing = g_array_new (FALSE, FALSE, sizeof (PjPair));
  g_autoptr(PjDistResult) result = NULL;
  g_autofree char *text = NULL;
  PjDistInput input = { 0, };
  sqlite3_stmt *stmt;
  gboolean row;
  guint next;

  if (!check_edition (ws, edition_id, &summary->k, error)
      || !refresh_txn (ws, edition_id, &summary->n_conflicts_added,
                       &summary->n_conflicts_removed, error))
    return FALSE;

  stmt = prepare_id (ws, SQL_DIST_NOMINATIONS, edition_id, error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      PjDistNomination n;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;
      n.id = sqlite3_column_int64 (stmt, 0);
      n.category_id = sqlite3_column_int64 (stmt, 1);  /* NULL reads as 0 = PJ_NO_ID */
      g_array_append_val (nominations, n);
    }

  stmt = prepare_id (ws, SQL_DIST_JURORS, edition_id, error);
  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      PjDistJuror j = { 0, };

      if (!pj_store_step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        break;
      j.id = sqlite3_column_int64 (stmt, 0);
      j.load = (guint) sqlite3_column_int64 (stmt, 1);
      g_array_append_val (jurors, j);
    }

  /* Each juror's categories: a slice of one array, both sorted by juror */
  if (!read_pairs (ws, SQL_DIST_JUROR_CATEGORIES, edition_id, juror_categories, error))
    return FALSE;
  for (guint i = 0; i < juror_categories->len; i++)
    g_array_append_val (category_ids, g_array_index (juror_categories, PjPair, i).nomination_id);
  next = 0;
  for (guint j = 0; j < jurors->len; j++)
    {
      PjDistJuror *juror = &g_array_index (jurors, PjDistJuror, j);
      guint first;

      while (next < juror_categories->len
             && g_array_index (juror_categories, PjPair, next).juror_id < juror->id)
        next++;
      first = next;
      while (next < juror_categories->len
             && g_array_index (juror_categories, PjPair, next).juror_id == juror->id)
        next++;
      juror->category_ids = &g_array_index (category_ids, gint64, first);
      juror->n_category_ids = next - first;
    }

  if (!read_pairs (ws, SQL_DIST_CONFLICTS, edition_id, conflicts, error)
      || !read_pairs (ws, SQL_DIST_EXISTING, edition_id, existing, error))
    return FALSE;

  input.nominations = (const PjDistNomination *) (gpointer) nominations->data;
  input.n_nominations = nominations->len;
  input.jurors = (const PjDistJuror *) (gpointer) jurors->data;
  input.n_jurors = jurors->len;
  input.conflicts = (const PjPair *) (gpointer) conflicts->data;
  input.n_conflicts = conflicts->len;
  input.existing = (const PjPair *) (gpointer) existing->data;
  input.n_existing = existing->len;
  input.k = summary->k;
  result = pj_distribute (&input);

  for (guint i = 0; i < result->added->len; i++)
    {
      const PjPair *pair = &g_array_index (result->added, PjPair, i);

      stmt = prepare_pair (ws, SQL_INSERT_ASSIGNMENT, pair->juror_id, pair->nomination_id,
                           error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 3, 0);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the assignments"), error))
        return FALSE;
    }

  summary->n_nominations = nominations->len;
  summary->n_added = result->added->len;
  summary->shortfalls = g_steal_pointer (&result->shortfalls);

  text = g_strdup_printf ("%u assignments added; %u of %u nominations below %u jurors",
                          summary->n_added, summary->shortfalls->len, summary->n_nominations,
                          summary->k);
  return pj_workspace_audit (ws, "distribute", "edition", edition_id, "assignments", NULL, text,
                             error);
}

gboolean
pj_store_distribute (PjWorkspace           *ws,
                     gint64                 edition_id,
                     PjDistributeSummary  **summary,
                     GError               **error)
{
  g_autoptr(PjDistributeSummary) done = g_new0 (PjDistributeSummary, 1);
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (summary == NULL || *summary == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  ok = distribute_txn (ws, edition_id, done, error);
  if (!pj_store_finish (ws, ok, error))
    return FALSE;

  if (done->n_conflicts_added > 0 || done->n_conflicts_removed > 0)
    pj_workspace_emit_changed (ws, "conflict");
  pj_workspace_emit_changed (ws, "assignment");
  if (summary != NULL)
    *summary = g_steal_pointer (&done);
  return TRUE;
}

/* Coverage ----------------------------------------------------------------- */

static void
nomination_coverage_clear (gpointer data)
{
  PjNominationCoverage *c = data;

  g_clear_pointer (&c->title, g_free);
}

static void
juror_coverage_clear (gpointer data)
{
  PjJurorCoverage *c = data;

  g_clear_pointer (&c->name, g_free);
}

void
pj_coverage_free (PjCoverage *coverage)
{
  if (coverage == NULL)
    return;
  g_clear_pointer (&coverage->nominations, g_array_unref);
  g_clear_pointer (&coverage->jurors, g_array_unref);
  g_free (coverage);
}

PjCoverage *
pj_store_coverage (PjWorkspace  *ws,
                   gint64        edition_id,
                   GError      **error)
{
  g_autoptr(PjCoverage) coverage = g_new0 (PjCoverage, 1);
  sqlite3_stmt *stmt;
  gboolean row;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  coverage->nominations = g_array_new (FALSE, TRUE, sizeof (PjNominationCoverage));
  g_array_set_clear_func (coverage->nominations, nomination_coverage_clear);
  coverage->jurors = g_array_new (FALSE, TRUE, sizeof (PjJurorCoverage));
  g_array_set_clear_func (coverage->jurors, juror_coverage_clear);

  if (!check_edition (ws, edition_id, &coverage->k, error))
    return NULL;

  stmt = prepare_id (ws, SQL_COVERAGE_NOMINATIONS, edition_id, error);
  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      PjNominationCoverage c;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      c.nomination_id = sqlite3_column_int64 (stmt, 0);
      c.title = pj_stmt_dup_text (stmt, 1);
      c.category_id = sqlite3_column_int64 (stmt, 2);
      c.assigned = (guint) sqlite3_column_int64 (stmt, 3);
      c.submitted = (guint) sqlite3_column_int64 (stmt, 4);
      c.abstained = (guint) sqlite3_column_int64 (stmt, 5);
      c.drafts = (guint) sqlite3_column_int64 (stmt, 6);
      c.below_k = c.assigned < coverage->k;
      if (c.below_k)
        coverage->n_below_k++;
      g_array_append_val (coverage->nominations, c);
    }

  stmt = prepare_id (ws, SQL_COVERAGE_JURORS, edition_id, error);
  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      PjJurorCoverage c;

      if (!pj_store_step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      c.juror_id = sqlite3_column_int64 (stmt, 0);
      c.name = pj_stmt_dup_text (stmt, 1);
      c.load = (guint) sqlite3_column_int64 (stmt, 2);
      c.submitted = (guint) sqlite3_column_int64 (stmt, 3);
      c.abstained = (guint) sqlite3_column_int64 (stmt, 4);
      c.drafts = (guint) sqlite3_column_int64 (stmt, 5);
      g_array_append_val (coverage->jurors, c);
    }

  return g_steal_pointer (&coverage);
}
