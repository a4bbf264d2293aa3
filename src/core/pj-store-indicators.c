/* pj-store-indicators.c: the entrants indicator's counts, in SQL
 *
 * Seven grouped queries per edition; the administration of a unit is the
 * top of its parent chain, found with a recursive query (the store keeps
 * the chain free of cycles; a depth limit guards it anyway).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-indicators"

#include "config.h"

#include "pj-indicators.h"

#include <glib/gi18n-lib.h>

#include "pj-enums.h"
#include "pj-indicators-private.h"
#include "pj-store-private.h"
#include "pj-workspace-private.h"

/* The nominations entered: all but drafts. */
#define ENTERED "n.edition_id = ?1 AND n.status <> 'draft'"

static const char SQL_EDITION[] =
  "SELECT e.id, e.year, a.id, a.name FROM edition e JOIN award a ON a.id = e.award_id"
  " WHERE e.id = ?1";
static const char SQL_AWARD[] =
  "SELECT name FROM award WHERE id = ?1";
static const char SQL_AWARD_EDITIONS[] =
  "SELECT id, year FROM edition WHERE award_id = ?1 ORDER BY year, id";
static const char SQL_TOTAL[] =
  "SELECT count(*) FROM nomination n WHERE " ENTERED;
static const char SQL_BY_CATEGORY[] =
  "SELECT coalesce(c.name, ''), count(*) FROM nomination n"
  " LEFT JOIN category c ON c.id = n.category_id WHERE " ENTERED
  " GROUP BY c.id ORDER BY c.id IS NULL, min(c.position), c.id";
static const char SQL_BY_UNIT_TYPE[] =
  "SELECT u.type, count(DISTINCT n.id) FROM nomination n"
  " JOIN nomination_unit nu ON nu.nomination_id = n.id JOIN unit u ON u.id = nu.unit_id"
  " WHERE " ENTERED " GROUP BY u.type";
static const char SQL_WITHOUT_UNIT[] =
  "SELECT count(*) FROM nomination n WHERE " ENTERED
  " AND NOT EXISTS (SELECT 1 FROM nomination_unit nu WHERE nu.nomination_id = n.id)";
static const char SQL_BY_ADMINISTRATION[] =
  "WITH RECURSIVE chain (start_id, id, parent_id, depth) AS ("
  "  SELECT u.id, u.id, u.parent_id, 0 FROM unit u"
  "  WHERE u.id IN (SELECT nu.unit_id FROM nomination_unit nu"
  "                 JOIN nomination n ON n.id = nu.nomination_id WHERE " ENTERED ")"
  "  UNION ALL"
  "  SELECT c.start_id, p.id, p.parent_id, c.depth + 1 FROM chain c"
  "  JOIN unit p ON p.id = c.parent_id WHERE c.depth < 32"
  "), top (start_id, top_id) AS ("
  "  SELECT start_id, id FROM chain WHERE parent_id IS NULL OR depth = 32"
  ")"
  " SELECT t.top_id, tu.name, count(DISTINCT n.id) FROM nomination n"
  " JOIN nomination_unit nu ON nu.nomination_id = n.id"
  " JOIN top t ON t.start_id = nu.unit_id JOIN unit tu ON tu.id = t.top_id"
  " WHERE " ENTERED " GROUP BY t.top_id";
static const char SQL_BY_CLASS[] =
  "SELECT coalesce(n.class_assessed, n.class_claimed, ''), count(*) FROM nomination n"
  " WHERE " ENTERED " GROUP BY 1";
static const char SQL_BY_SUBSTRATEGY[] =
  "SELECT s.substrategy, count(*) FROM nomination_substrategy s"
  " JOIN nomination n ON n.id = s.nomination_id WHERE " ENTERED " GROUP BY 1";
static const char SQL_WITHOUT_SUBSTRATEGY[] =
  "SELECT count(*) FROM nomination n WHERE " ENTERED
  " AND NOT EXISTS (SELECT 1 FROM nomination_substrategy s WHERE s.nomination_id = n.id)";

static gboolean
step_row (PjWorkspace   *ws,
          sqlite3_stmt  *stmt,
          gboolean      *row,
          GError       **error)
{
  return pj_store_step_row_full (ws, stmt, row, _("Could not read the indicator"), error);
}

static gboolean
count_one (PjWorkspace  *ws,
           const char   *sql,
           gint64        edition_id,
           guint        *count,
           GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);
  gboolean row;

  *count = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  if (!step_row (ws, stmt, &row, error))
    return FALSE;
  if (row)
    {
      *count = (guint) sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* Stored names of the enum dimensions, to labels. */
static const char *
enum_label (PjIndicatorDimension  dimension,
            const char           *key)
{
  PjUnitType type;
  PjInnovationClass klass;
  PjSubstrategy sub;

  if (*key == '\0')
    {
      switch (dimension)
        {
        case PJ_INDICATOR_UNIT_TYPE:
        case PJ_INDICATOR_ADMINISTRATION:
          return _("No unit");
        case PJ_INDICATOR_INNOVATION_CLASS:
          return _("Not stated");
        case PJ_INDICATOR_SUBSTRATEGY:
          return _("None");
        case PJ_INDICATOR_CATEGORY:
        default:
          return _("No category");
        }
    }
  if (dimension == PJ_INDICATOR_UNIT_TYPE && pj_unit_type_from_string (key, &type))
    return pj_unit_type_to_label (type);
  if (dimension == PJ_INDICATOR_INNOVATION_CLASS && pj_innovation_class_from_string (key, &klass))
    return pj_innovation_class_to_label (klass);
  if (dimension == PJ_INDICATOR_SUBSTRATEGY && pj_substrategy_from_string (key, &sub))
    return pj_substrategy_to_label (sub);
  return key;
}

/* Rows of (key, count), or (id, name, count) for administrations. */
static gboolean
add_grouped (PjWorkspace           *ws,
             PjIndicators          *ind,
             PjIndicatorDimension   dimension,
             const char            *sql,
             gint64                 edition_id,
             guint                  edition,
             GError               **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (ws, sql, error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  for (;;)
    {
      if (!step_row (ws, stmt, &row, error))
        return FALSE;
      if (!row)
        return TRUE;

      if (dimension == PJ_INDICATOR_ADMINISTRATION)
        {
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                  (gint64) sqlite3_column_int64 (stmt, 0));
          g_autofree char *name = pj_stmt_dup_text (stmt, 1);

          pj_indicators_add (ind, dimension, key, name, edition,
                             (guint) sqlite3_column_int64 (stmt, 2));
        }
      else
        {
          g_autofree char *key = pj_stmt_dup_text (stmt, 0);
          const char *label = dimension == PJ_INDICATOR_CATEGORY && *key != '\0'
                              ? key : enum_label (dimension, key);

          pj_indicators_add (ind, dimension, key, label, edition,
                             (guint) sqlite3_column_int64 (stmt, 1));
        }
    }
}

static gboolean
add_none (PjWorkspace           *ws,
          PjIndicators          *ind,
          PjIndicatorDimension   dimension,
          const char            *sql,
          gint64                 edition_id,
          guint                  edition,
          GError               **error)
{
  guint count;

  if (!count_one (ws, sql, edition_id, &count, error))
    return FALSE;
  if (count > 0)
    pj_indicators_add (ind, dimension, "", enum_label (dimension, ""), edition, count);
  return TRUE;
}

static gboolean
add_edition_counts (PjWorkspace   *ws,
                    PjIndicators  *ind,
                    gint64         edition_id,
                    guint          edition,
                    GError       **error)
{
  return add_grouped (ws, ind, PJ_INDICATOR_UNIT_TYPE, SQL_BY_UNIT_TYPE, edition_id, edition,
                      error) &&
         add_none (ws, ind, PJ_INDICATOR_UNIT_TYPE, SQL_WITHOUT_UNIT, edition_id, edition,
                   error) &&
         add_grouped (ws, ind, PJ_INDICATOR_ADMINISTRATION, SQL_BY_ADMINISTRATION, edition_id,
                      edition, error) &&
         add_none (ws, ind, PJ_INDICATOR_ADMINISTRATION, SQL_WITHOUT_UNIT, edition_id, edition,
                   error) &&
         add_grouped (ws, ind, PJ_INDICATOR_INNOVATION_CLASS, SQL_BY_CLASS, edition_id, edition,
                      error) &&
         add_grouped (ws, ind, PJ_INDICATOR_SUBSTRATEGY, SQL_BY_SUBSTRATEGY, edition_id,
                      edition, error) &&
         add_none (ws, ind, PJ_INDICATOR_SUBSTRATEGY, SQL_WITHOUT_SUBSTRATEGY, edition_id,
                   edition, error);
}

/* Every value of the enum dimensions, zeros included, in their order. */
static void
add_enum_rows (PjIndicators *ind)
{
  for (int t = 0; t < PJ_N_UNIT_TYPES; t++)
    pj_indicators_add (ind, PJ_INDICATOR_UNIT_TYPE, pj_unit_type_to_string (t),
                       pj_unit_type_to_label (t), 0, 0);
  for (int c = PJ_CLASS_INNOVATION; c < PJ_N_INNOVATION_CLASSES; c++)
    pj_indicators_add (ind, PJ_INDICATOR_INNOVATION_CLASS, pj_innovation_class_to_string (c),
                       pj_innovation_class_to_label (c), 0, 0);
  for (int s = 0; s < PJ_N_SUBSTRATEGIES; s++)
    pj_indicators_add (ind, PJ_INDICATOR_SUBSTRATEGY, pj_substrategy_to_string (s),
                       pj_substrategy_to_label (s), 0, 0);
}

/* Fills @ind for its editions: categories newest edition first, so that
 * their rows follow the latest order. */
static gboolean
fill (PjWorkspace   *ws,
      PjIndicators  *ind,
      GError       **error)
{
  guint n = pj_indicators_get_n_editions (ind);

  add_enum_rows (ind);
  for (guint e = n; e-- > 0;)
    if (!add_grouped (ws, ind, PJ_INDICATOR_CATEGORY, SQL_BY_CATEGORY,
                      pj_indicators_get_edition_id (ind, e), e, error))
      return FALSE;
  for (guint e = 0; e < n; e++)
    if (!add_edition_counts (ws, ind, pj_indicators_get_edition_id (ind, e), e, error))
      return FALSE;
  pj_indicators_finish (ind);
  return TRUE;
}

PjIndicators *
pj_store_indicators_for_edition (PjWorkspace  *ws,
                                 gint64        edition_id,
                                 GError      **error)
{
  g_autoptr(PjIndicators) ind = NULL;
  g_autofree char *award_name = NULL;
  sqlite3_stmt *stmt;
  gboolean row;
  gint64 award_id;
  int year;
  guint total;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = pj_workspace_prepare (ws, SQL_EDITION, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  if (!step_row (ws, stmt, &row, error))
    return NULL;
  if (!row)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           _("The edition no longer exists."));
      return NULL;
    }
  year = sqlite3_column_int (stmt, 1);
  award_id = sqlite3_column_int64 (stmt, 2);
  award_name = pj_stmt_dup_text (stmt, 3);
  sqlite3_reset (stmt);

  if (!count_one (ws, SQL_TOTAL, edition_id, &total, error))
    return NULL;
  ind = pj_indicators_new (award_id, award_name);
  pj_indicators_add_edition (ind, edition_id, year, total);
  if (!fill (ws, ind, error))
    return NULL;
  return g_steal_pointer (&ind);
}

PjIndicators *
pj_store_indicators_for_award (PjWorkspace  *ws,
                               gint64        award_id,
                               GError      **error)
{
  g_autoptr(PjIndicators) ind = NULL;
  g_autoptr(GArray) editions = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *award_name = NULL;
  sqlite3_stmt *stmt;
  gboolean row;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = pj_workspace_prepare (ws, SQL_AWARD, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, award_id);
  if (!step_row (ws, stmt, &row, error))
    return NULL;
  if (!row)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           _("The award no longer exists."));
      return NULL;
    }
  award_name = pj_stmt_dup_text (stmt, 0);
  sqlite3_reset (stmt);

  stmt = pj_workspace_prepare (ws, SQL_AWARD_EDITIONS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, award_id);
  for (;;)
    {
      gint64 id;
      int year;

      if (!step_row (ws, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      id = sqlite3_column_int64 (stmt, 0);
      year = sqlite3_column_int (stmt, 1);
      g_array_append_val (editions, id);
      g_array_append_val (years, year);
    }

  ind = pj_indicators_new (award_id, award_name);
  for (guint e = 0; e < editions->len; e++)
    {
      guint total;

      if (!count_one (ws, SQL_TOTAL, g_array_index (editions, gint64, e), &total, error))
        return NULL;
      pj_indicators_add_edition (ind, g_array_index (editions, gint64, e),
                                 g_array_index (years, int, e), total);
    }
  if (!fill (ws, ind, error))
    return NULL;
  return g_steal_pointer (&ind);
}
