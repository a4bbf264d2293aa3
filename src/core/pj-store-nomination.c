/* pj-store-nomination.c: nominations and eligibility rules in the workspace
 *
 * Every statement is a static string, prepared through the workspace's
 * cache and bound; nothing is concatenated at run time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-store-nomination"

#include "config.h"

#include "pj-store-nomination.h"
#include "pj-store-nomination-private.h"
#include "pj-store-assignment.h"
#include "pj-nomination-private.h"
#include "pj-workspace-private.h"
#include "pj-validate.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* Columns read by get and list, in this order. */
enum {
  COL_ID,
  COL_VERSION,
  COL_EDITION_ID,
  COL_CATEGORY_ID,
  COL_TITLE,
  COL_CONTACT_NAME,
  COL_CONTACT_EMAIL,
  COL_CONTACT_PHONE,
  COL_NOMINATED_BY,
  COL_NOMINATED_BY_UNIT,
  COL_RECEIVED,
  COL_SUMMARY,
  COL_WHAT_IS_NEW,
  COL_VALUE_CREATED,
  COL_RESULTS,
  COL_IMPLEMENTATION,
  COL_SPREAD,
  COL_PARTNERS,
  COL_CLASS_CLAIMED,
  COL_CLASS_ASSESSED,
  COL_STATUS,
  COL_INELIGIBLE_REASON,
  COL_STAFF_COUNT,
  COL_BUDGET_IN_BALANCE,
  COL_RESIDENT_SHARE,
  COL_CATEGORY_NAME,
  COL_UNIT_IDS,
  COL_SUBSTRATEGIES,
};

#define NOMINATION_SELECT \
  "SELECT n.id, n.version, n.edition_id, n.category_id, n.title, n.contact_name," \
  " n.contact_email, n.contact_phone, n.nominated_by, n.nominated_by_unit, n.received," \
  " n.summary, n.what_is_new, n.value_created, n.results, n.implementation, n.spread," \
  " n.partners, n.class_claimed, n.class_assessed, n.status, n.ineligible_reason," \
  " n.staff_count, n.budget_in_balance, n.resident_share, c.name," \
  " (SELECT group_concat (unit_id, ',') FROM" \
  "   (SELECT unit_id FROM nomination_unit WHERE nomination_id = n.id ORDER BY position))," \
  " (SELECT group_concat (substrategy, ',') FROM nomination_substrategy" \
  "   WHERE nomination_id = n.id)" \
  " FROM nomination n LEFT JOIN category c ON c.id = n.category_id"

/* Binds ?1 .. ?23 of the insert and the update. */
#define NOMINATION_INSERT \
  "INSERT INTO nomination (edition_id, category_id, title, contact_name, contact_email," \
  " contact_phone, nominated_by, nominated_by_unit, received, summary, what_is_new," \
  " value_created, results, implementation, spread, partners, class_claimed," \
  " class_assessed, status, ineligible_reason, staff_count, budget_in_balance," \
  " resident_share)" \
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17," \
  " ?18, ?19, ?20, ?21, ?22, ?23)"

#define NOMINATION_UPDATE \
  "UPDATE nomination SET edition_id = ?1, category_id = ?2, title = ?3, contact_name = ?4," \
  " contact_email = ?5, contact_phone = ?6, nominated_by = ?7, nominated_by_unit = ?8," \
  " received = ?9, summary = ?10, what_is_new = ?11, value_created = ?12, results = ?13," \
  " implementation = ?14, spread = ?15, partners = ?16, class_claimed = ?17," \
  " class_assessed = ?18, status = ?19, ineligible_reason = ?20, staff_count = ?21," \
  " budget_in_balance = ?22, resident_share = ?23, version = version + 1" \
  " WHERE id = ?24 AND version = ?25"

/* The fields the audit log follows, as old → new text. */
enum {
  F_CATEGORY,
  F_TITLE,
  F_CONTACT_NAME,
  F_CONTACT_EMAIL,
  F_CONTACT_PHONE,
  F_NOMINATED_BY,
  F_NOMINATED_BY_UNIT,
  F_RECEIVED,
  F_SUMMARY,
  F_WHAT_IS_NEW,
  F_VALUE_CREATED,
  F_RESULTS,
  F_IMPLEMENTATION,
  F_SPREAD,
  F_PARTNERS,
  F_CLASS_CLAIMED,
  F_CLASS_ASSESSED,
  F_STATUS,
  F_INELIGIBLE_REASON,
  F_STAFF_COUNT,
  F_BUDGET_IN_BALANCE,
  F_RESIDENT_SHARE,
  F_UNITS,
  F_TEAM,
  F_SUBSTRATEGIES,
  N_FIELDS
};

static const char * const field_names[N_FIELDS] = {
  "category", "title", "contact_name", "contact_email", "contact_phone", "nominated_by",
  "nominated_by_unit", "received", "summary", "what_is_new", "value_created", "results",
  "implementation", "spread", "partners", "class_claimed", "class_assessed", "status",
  "ineligible_reason", "staff_count", "budget_in_balance", "resident_share", "units",
  "team", "substrategies",
};

/* What validation against the workspace learns on the way. */
typedef struct
{
  char     *category_name;   /* NULL for no category */
  char     *unit_names;      /* ", "-joined */
} Resolved;

static void
resolved_clear (Resolved *r)
{
  g_clear_pointer (&r->category_name, g_free);
  g_clear_pointer (&r->unit_names, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Resolved, resolved_clear)

/* Reading */

static const char *
col_text (sqlite3_stmt *stmt,
          int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? (const char *) text : "";
}

static const char *
col_text_or_null (sqlite3_stmt *stmt,
                  int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static void
read_unit_ids (PjNomination *nomination,
               const char   *list)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *p = list;

  while (p != NULL && *p != '\0')
    {
      char *end = NULL;
      gint64 id = g_ascii_strtoll (p, &end, 10);

      if (end == p)
        break;
      g_array_append_val (ids, id);
      p = (*end == ',') ? end + 1 : end;
    }

  pj_nomination_set_unit_ids (nomination, (const gint64 *) (gpointer) ids->data, ids->len);
}

static guint
parse_substrategies (const char *list)
{
  g_auto(GStrv) names = NULL;
  guint mask = 0;

  if (list == NULL || *list == '\0')
    return 0;

  names = g_strsplit (list, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      PjSubstrategy s;

      if (pj_substrategy_from_string (names[i], &s))
        mask |= PJ_SUBSTRATEGY_BIT (s);
    }

  return mask;
}

/* Unit names by id, for the display field "unit-names". */
static GHashTable *
read_unit_names (PjWorkspace  *ws,
                 GError      **error)
{
  g_autoptr(GHashTable) names = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = pj_workspace_prepare (ws, "SELECT id, name FROM unit", error);
  if (stmt == NULL)
    return NULL;

  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (names, id, pj_stmt_dup_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pj_workspace_set_error (ws, error, rc, _("Could not read the units"));
      return NULL;
    }

  return g_steal_pointer (&names);
}

static void
fill_unit_names (PjNomination *n,
                 GHashTable   *unit_names,
                 GString      *buffer)
{
  const gint64 *ids;
  guint n_ids;

  ids = pj_nomination_get_unit_ids (n, &n_ids);
  g_string_truncate (buffer, 0);
  for (guint i = 0; i < n_ids; i++)
    {
      const char *name = g_hash_table_lookup (unit_names, &ids[i]);

      if (i > 0)
        g_string_append (buffer, ", ");
      g_string_append (buffer, name != NULL ? name : "");
    }
  pj_nomination_set_unit_names (n, buffer->str);
}

static PjNomination *
read_nomination_row (sqlite3_stmt *stmt)
{
  PjNominationRow row = { 0, };
  PjNomination *n;

  row.id = sqlite3_column_int64 (stmt, COL_ID);
  row.version = sqlite3_column_int64 (stmt, COL_VERSION);
  row.edition_id = sqlite3_column_int64 (stmt, COL_EDITION_ID);
  row.category_id = sqlite3_column_int64 (stmt, COL_CATEGORY_ID);
  row.title = col_text (stmt, COL_TITLE);
  row.contact_name = col_text (stmt, COL_CONTACT_NAME);
  row.contact_email = col_text (stmt, COL_CONTACT_EMAIL);
  row.contact_phone = col_text (stmt, COL_CONTACT_PHONE);
  row.nominated_by = col_text (stmt, COL_NOMINATED_BY);
  row.nominated_by_unit = col_text (stmt, COL_NOMINATED_BY_UNIT);
  row.received = col_text_or_null (stmt, COL_RECEIVED);
  row.summary = col_text (stmt, COL_SUMMARY);
  row.what_is_new = col_text (stmt, COL_WHAT_IS_NEW);
  row.value_created = col_text (stmt, COL_VALUE_CREATED);
  row.results = col_text (stmt, COL_RESULTS);
  row.implementation = col_text (stmt, COL_IMPLEMENTATION);
  row.spread = col_text (stmt, COL_SPREAD);
  row.partners = col_text (stmt, COL_PARTNERS);
  row.ineligible_reason = col_text (stmt, COL_INELIGIBLE_REASON);
  row.category_name = col_text (stmt, COL_CATEGORY_NAME);

  row.class_claimed = PJ_CLASS_NONE;
  row.class_assessed = PJ_CLASS_NONE;
  row.status = PJ_NOMINATION_SUBMITTED;
  pj_innovation_class_from_string (col_text_or_null (stmt, COL_CLASS_CLAIMED),
                                   &row.class_claimed);
  pj_innovation_class_from_string (col_text_or_null (stmt, COL_CLASS_ASSESSED),
                                   &row.class_assessed);
  pj_nomination_status_from_string (col_text (stmt, COL_STATUS), &row.status);

  row.staff_count = sqlite3_column_type (stmt, COL_STAFF_COUNT) != SQLITE_NULL
                    ? sqlite3_column_int (stmt, COL_STAFF_COUNT) : -1;
  if (sqlite3_column_type (stmt, COL_BUDGET_IN_BALANCE) == SQLITE_NULL)
    row.budget_in_balance = PJ_TRISTATE_UNKNOWN;
  else
    row.budget_in_balance = sqlite3_column_int (stmt, COL_BUDGET_IN_BALANCE)
                            ? PJ_TRISTATE_YES : PJ_TRISTATE_NO;
  row.resident_share = sqlite3_column_type (stmt, COL_RESIDENT_SHARE) != SQLITE_NULL
                       ? sqlite3_column_double (stmt, COL_RESIDENT_SHARE) : -1;
  row.substrategies = parse_substrategies (col_text_or_null (stmt, COL_SUBSTRATEGIES));

  n = pj_nomination_new_from_row (&row);
  read_unit_ids (n, col_text_or_null (stmt, COL_UNIT_IDS));
  return n;
}

static gboolean
read_team (PjWorkspace   *ws,
           PjNomination  *nomination,
           GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = pj_workspace_prepare (ws,
                               "SELECT name, role FROM team_member WHERE nomination_id = ?1"
                               " ORDER BY position, id",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pj_nomination_get_id (nomination));
  pj_nomination_clear_team (nomination);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    pj_nomination_add_team_member (nomination, col_text (stmt, 0), col_text (stmt, 1));

  if (rc != SQLITE_DONE)
    {
      pj_workspace_set_error (ws, error, rc, _("Could not read the nomination’s team"));
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

/* NULL with PJ_ERROR_NOT_FOUND when the row is gone. */
static PjNomination *
read_nomination (PjWorkspace  *ws,
                 gint64        id,
                 GError      **error)
{
  g_autoptr(PjNomination) nomination = NULL;
  g_autoptr(GHashTable) unit_names = NULL;
  g_autoptr(GString) buffer = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = pj_workspace_prepare (ws, NOMINATION_SELECT " WHERE n.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    nomination = read_nomination_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                 _("The nomination no longer exists: it was deleted elsewhere."));
  else
    pj_workspace_set_error (ws, error, rc, _("Could not read the nomination"));
  sqlite3_reset (stmt);

  if (nomination == NULL || !read_team (ws, nomination, error))
    return NULL;

  unit_names = read_unit_names (ws, error);
  if (unit_names == NULL)
    return NULL;
  buffer = g_string_new (NULL);
  fill_unit_names (nomination, unit_names, buffer);

  return g_steal_pointer (&nomination);
}

/* Validation against the workspace */

static gboolean
resolve_references (PjWorkspace   *ws,
                    PjNomination  *nomination,
                    Resolved      *resolved,
                    GError       **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  const gint64 *unit_ids;
  sqlite3_stmt *stmt;
  gint64 edition_id = pj_nomination_get_edition_id (nomination);
  gint64 category_id = pj_nomination_get_category_id (nomination);
  guint n_units;
  int rc;

  stmt = pj_workspace_prepare (ws, "SELECT 1 FROM edition WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                     _("Edition: the nomination’s edition does not exist."));
      else
        pj_workspace_set_error (ws, error, rc, _("Could not check the edition"));
      return FALSE;
    }

  if (category_id != PJ_NO_ID)
    {
      gint64 category_edition;

      stmt = pj_workspace_prepare (ws, "SELECT edition_id, name FROM category WHERE id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, category_id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          if (rc == SQLITE_DONE)
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                         _("Category: the category does not exist any more."));
          else
            pj_workspace_set_error (ws, error, rc, _("Could not check the category"));
          sqlite3_reset (stmt);
          return FALSE;
        }
      category_edition = sqlite3_column_int64 (stmt, 0);
      resolved->category_name = pj_stmt_dup_text (stmt, 1);
      sqlite3_reset (stmt);

      if (category_edition != edition_id)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("Category: “%s” belongs to another edition."),
                       resolved->category_name);
          return FALSE;
        }
    }

  unit_ids = pj_nomination_get_unit_ids (nomination, &n_units);
  for (guint i = 0; i < n_units; i++)
    {
      stmt = pj_workspace_prepare (ws, "SELECT name FROM unit WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, unit_ids[i]);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          if (rc == SQLITE_DONE)
            g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                         _("Nominee units: a unit of the nomination does not exist any "
                           "more."));
          else
            pj_workspace_set_error (ws, error, rc, _("Could not check the units"));
          return FALSE;
        }
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, col_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  resolved->unit_names = g_string_free (g_steal_pointer (&names), FALSE);

  return TRUE;
}

/* Field texts for the audit log */

static char *
team_text (PjNomination *nomination)
{
  GListModel *team = pj_nomination_get_team (nomination);
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (team);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjTeamMember) member = g_list_model_get_item (team, i);
      const char *role = pj_team_member_get_role (member);

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, pj_team_member_get_name (member));
      if (*role != '\0')
        g_string_append_printf (text, " (%s)", role);
    }

  return g_string_free (text, FALSE);
}

static char *
substrategies_text (guint mask)
{
  GString *text = g_string_new (NULL);

  for (guint s = 0; s < PJ_N_SUBSTRATEGIES; s++)
    {
      if ((mask & PJ_SUBSTRATEGY_BIT (s)) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ",");
      g_string_append (text, pj_substrategy_to_string (s));
    }

  return g_string_free (text, FALSE);
}

static void
describe_fields (PjNomination *n,
                 const char   *category_name,
                 const char   *unit_names,
                 char         *out[N_FIELDS])
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  out[F_CATEGORY] = g_strdup (category_name != NULL && *category_name != '\0'
                              ? category_name : NULL);
  out[F_TITLE] = g_strdup (pj_nomination_get_title (n));
  out[F_CONTACT_NAME] = g_strdup (pj_nomination_get_contact_name (n));
  out[F_CONTACT_EMAIL] = g_strdup (pj_nomination_get_contact_email (n));
  out[F_CONTACT_PHONE] = g_strdup (pj_nomination_get_contact_phone (n));
  out[F_NOMINATED_BY] = g_strdup (pj_nomination_get_nominated_by (n));
  out[F_NOMINATED_BY_UNIT] = g_strdup (pj_nomination_get_nominated_by_unit (n));
  out[F_RECEIVED] = g_strdup (pj_nomination_get_received (n));
  out[F_SUMMARY] = g_strdup (pj_nomination_get_summary (n));
  out[F_WHAT_IS_NEW] = g_strdup (pj_nomination_get_what_is_new (n));
  out[F_VALUE_CREATED] = g_strdup (pj_nomination_get_value_created (n));
  out[F_RESULTS] = g_strdup (pj_nomination_get_results (n));
  out[F_IMPLEMENTATION] = g_strdup (pj_nomination_get_implementation (n));
  out[F_SPREAD] = g_strdup (pj_nomination_get_spread (n));
  out[F_PARTNERS] = g_strdup (pj_nomination_get_partners (n));
  out[F_CLASS_CLAIMED] =
    g_strdup (pj_innovation_class_to_string (pj_nomination_get_class_claimed (n)));
  out[F_CLASS_ASSESSED] =
    g_strdup (pj_innovation_class_to_string (pj_nomination_get_class_assessed (n)));
  out[F_STATUS] = g_strdup (pj_nomination_status_to_string (pj_nomination_get_status (n)));
  out[F_INELIGIBLE_REASON] = g_strdup (pj_nomination_get_ineligible_reason (n));
  out[F_STAFF_COUNT] = pj_nomination_get_staff_count (n) < 0 ? NULL
                       : g_strdup_printf ("%d", pj_nomination_get_staff_count (n));
  switch (pj_nomination_get_budget_in_balance (n))
    {
    case PJ_TRISTATE_YES:
      out[F_BUDGET_IN_BALANCE] = g_strdup ("yes");
      break;

    case PJ_TRISTATE_NO:
      out[F_BUDGET_IN_BALANCE] = g_strdup ("no");
      break;

    case PJ_TRISTATE_UNKNOWN:
    default:
      out[F_BUDGET_IN_BALANCE] = NULL;
    }
  out[F_RESIDENT_SHARE] = pj_nomination_get_resident_share (n) < 0 ? NULL
    : g_strdup (g_ascii_formatd (buf, sizeof buf, "%g", pj_nomination_get_resident_share (n)));
  out[F_UNITS] = g_strdup (unit_names != NULL ? unit_names : "");
  out[F_TEAM] = team_text (n);
  out[F_SUBSTRATEGIES] = substrategies_text (pj_nomination_get_substrategies (n));
}

static void
clear_fields (char *fields[N_FIELDS])
{
  for (guint i = 0; i < N_FIELDS; i++)
    g_clear_pointer (&fields[i], g_free);
}

/* Writing */

static void
bind_nomination (sqlite3_stmt *stmt,
                 PjNomination *n)
{
  sqlite3_bind_int64 (stmt, 1, pj_nomination_get_edition_id (n));
  if (pj_nomination_get_category_id (n) != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 2, pj_nomination_get_category_id (n));
  pj_stmt_bind_text (stmt, 3, pj_nomination_get_title (n));
  pj_stmt_bind_text (stmt, 4, pj_nomination_get_contact_name (n));
  pj_stmt_bind_text (stmt, 5, pj_nomination_get_contact_email (n));
  pj_stmt_bind_text (stmt, 6, pj_nomination_get_contact_phone (n));
  pj_stmt_bind_text (stmt, 7, pj_nomination_get_nominated_by (n));
  pj_stmt_bind_text (stmt, 8, pj_nomination_get_nominated_by_unit (n));
  pj_stmt_bind_text (stmt, 9, pj_nomination_get_received (n));
  pj_stmt_bind_text (stmt, 10, pj_nomination_get_summary (n));
  pj_stmt_bind_text (stmt, 11, pj_nomination_get_what_is_new (n));
  pj_stmt_bind_text (stmt, 12, pj_nomination_get_value_created (n));
  pj_stmt_bind_text (stmt, 13, pj_nomination_get_results (n));
  pj_stmt_bind_text (stmt, 14, pj_nomination_get_implementation (n));
  pj_stmt_bind_text (stmt, 15, pj_nomination_get_spread (n));
  pj_stmt_bind_text (stmt, 16, pj_nomination_get_partners (n));
  pj_stmt_bind_text (stmt, 17,
                     pj_innovation_class_to_string (pj_nomination_get_class_claimed (n)));
  pj_stmt_bind_text (stmt, 18,
                     pj_innovation_class_to_string (pj_nomination_get_class_assessed (n)));
  pj_stmt_bind_text (stmt, 19, pj_nomination_status_to_string (pj_nomination_get_status (n)));
  pj_stmt_bind_text (stmt, 20, pj_nomination_get_ineligible_reason (n));
  if (pj_nomination_get_staff_count (n) >= 0)
    sqlite3_bind_int (stmt, 21, pj_nomination_get_staff_count (n));
  if (pj_nomination_get_budget_in_balance (n) != PJ_TRISTATE_UNKNOWN)
    sqlite3_bind_int (stmt, 22, pj_nomination_get_budget_in_balance (n) == PJ_TRISTATE_YES);
  if (pj_nomination_get_resident_share (n) >= 0)
    sqlite3_bind_double (stmt, 23, pj_nomination_get_resident_share (n));
}

static gboolean
write_units (PjWorkspace   *ws,
             gint64         id,
             PjNomination  *n,
             gboolean       replace,
             GError       **error)
{
  const gint64 *unit_ids;
  sqlite3_stmt *stmt;
  guint n_units;

  if (replace)
    {
      stmt = pj_workspace_prepare (ws, "DELETE FROM nomination_unit WHERE nomination_id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the nominee units"), error))
        return FALSE;
    }

  unit_ids = pj_nomination_get_unit_ids (n, &n_units);
  for (guint i = 0; i < n_units; i++)
    {
      stmt = pj_workspace_prepare (ws,
                                   "INSERT INTO nomination_unit (nomination_id, unit_id, position)"
                                   " VALUES (?1, ?2, ?3)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, unit_ids[i]);
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the nominee units"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_team (PjWorkspace   *ws,
            gint64         id,
            PjNomination  *n,
            gboolean       replace,
            GError       **error)
{
  GListModel *team = pj_nomination_get_team (n);
  guint n_members = g_list_model_get_n_items (team);
  sqlite3_stmt *stmt;

  if (replace)
    {
      stmt = pj_workspace_prepare (ws, "DELETE FROM team_member WHERE nomination_id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the team"), error))
        return FALSE;
    }

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(PjTeamMember) member = g_list_model_get_item (team, i);

      stmt = pj_workspace_prepare (ws,
                                   "INSERT INTO team_member (nomination_id, name, role, position)"
                                   " VALUES (?1, ?2, ?3, ?4)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      pj_stmt_bind_text (stmt, 2, pj_team_member_get_name (member));
      pj_stmt_bind_text (stmt, 3, pj_team_member_get_role (member));
      sqlite3_bind_int (stmt, 4, (int) i);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the team"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_substrategies (PjWorkspace   *ws,
                     gint64         id,
                     PjNomination  *n,
                     gboolean       replace,
                     GError       **error)
{
  guint mask = pj_nomination_get_substrategies (n);
  sqlite3_stmt *stmt;

  if (replace)
    {
      stmt = pj_workspace_prepare (ws,
                                   "DELETE FROM nomination_substrategy WHERE nomination_id = ?1",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the sub-strategies"), error))
        return FALSE;
    }

  for (guint s = 0; s < PJ_N_SUBSTRATEGIES; s++)
    {
      if ((mask & PJ_SUBSTRATEGY_BIT (s)) == 0)
        continue;

      stmt = pj_workspace_prepare (ws,
                                   "INSERT INTO nomination_substrategy"
                                   " (nomination_id, substrategy) VALUES (?1, ?2)",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      pj_stmt_bind_text (stmt, 2, pj_substrategy_to_string (s));
      if (!pj_workspace_step_done (ws, stmt, _("Could not save the sub-strategies"), error))
        return FALSE;
    }

  return TRUE;
}

/* Inserts one nomination inside the open transaction. */
static gboolean
insert_nomination (PjWorkspace   *ws,
                   PjNomination  *nomination,
                   gint64        *out_id,
                   Resolved      *resolved,
                   GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!pj_nomination_validate (nomination, error) ||
      !resolve_references (ws, nomination, resolved, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws, NOMINATION_INSERT, error);
  if (stmt == NULL)
    return FALSE;
  bind_nomination (stmt, nomination);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the nomination"), error))
    return FALSE;

  id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));

  if (!write_units (ws, id, nomination, FALSE, error) ||
      !write_team (ws, id, nomination, FALSE, error) ||
      !write_substrategies (ws, id, nomination, FALSE, error) ||
      !pj_workspace_audit (ws, "create", "nomination", id, NULL, NULL,
                           pj_nomination_get_title (nomination), error))
    return FALSE;

  *out_id = id;
  return TRUE;
}

static void
apply_stored (PjNomination *nomination,
              gint64        id,
              gint64        version,
              Resolved     *resolved)
{
  pj_nomination_set_stored (nomination, id, version);
  pj_nomination_set_category_name (nomination, resolved->category_name);
  pj_nomination_set_unit_names (nomination, resolved->unit_names);
}

/* For other pj-store-*.c files (the importer): one insert path. */
gboolean
pj_store_insert_nomination_txn (PjWorkspace   *ws,
                                PjNomination  *nomination,
                                gint64        *out_id,
                                GError       **error)
{
  g_auto(Resolved) resolved = { NULL, NULL };

  g_return_val_if_fail (pj_workspace_in_transaction (ws), FALSE);

  return insert_nomination (ws, nomination, out_id, &resolved, error);
}

static void
prefix_error_with_title (GError       **error,
                         PjNomination  *nomination)
{
  g_prefix_error (error, _("“%s”: "), pj_nomination_get_title (nomination));
}

static void
set_changed_elsewhere (GError       **error,
                       PjNomination  *nomination)
{
  g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
               _("“%s” was changed elsewhere since you opened it. Reload to see the changes."),
               pj_nomination_get_title (nomination));
}

static void
set_deleted_elsewhere (GError       **error,
                       PjNomination  *nomination)
{
  g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
               _("“%s” was deleted elsewhere."), pj_nomination_get_title (nomination));
}

/* Public API */

PjNomination *
pj_store_get_nomination (PjWorkspace  *ws,
                         gint64        id,
                         GError      **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (id > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_nomination (ws, id, error);
}

gboolean
pj_store_create_nomination (PjWorkspace   *ws,
                            PjNomination  *nomination,
                            GError       **error)
{
  g_auto(Resolved) resolved = { NULL, NULL };
  gint64 id = PJ_NO_ID;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_NOMINATION (nomination), FALSE);
  g_return_val_if_fail (pj_nomination_get_id (nomination) == PJ_NO_ID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_nomination_validate (nomination, error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  if (!insert_nomination (ws, nomination, &id, &resolved, error) ||
      !pj_store_refresh_automatic_conflicts (ws, pj_nomination_get_edition_id (nomination),
                                             error) ||
      !pj_workspace_commit (ws, error))
    {
      pj_workspace_rollback (ws);
      return FALSE;
    }

  apply_stored (nomination, id, 1, &resolved);
  pj_workspace_emit_changed (ws, "nomination");
  pj_workspace_emit_changed (ws, "conflict");
  return TRUE;
}

gboolean
pj_store_create_nominations (PjWorkspace   *ws,
                             GPtrArray     *nominations,
                             GError       **error)
{
  g_autofree gint64 *ids = NULL;
  g_autofree Resolved *resolved = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (nominations != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (nominations->len == 0)
    return TRUE;

  for (guint i = 0; i < nominations->len; i++)
    {
      PjNomination *n = g_ptr_array_index (nominations, i);

      g_return_val_if_fail (PJ_IS_NOMINATION (n), FALSE);
      g_return_val_if_fail (pj_nomination_get_id (n) == PJ_NO_ID, FALSE);
    }

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  ids = g_new0 (gint64, nominations->len);
  resolved = g_new0 (Resolved, nominations->len);
  for (guint i = 0; ok && i < nominations->len; i++)
    {
      PjNomination *n = g_ptr_array_index (nominations, i);

      ok = insert_nomination (ws, n, &ids[i], &resolved[i], error);
      if (!ok)
        prefix_error_with_title (error, n);
    }

  /* New nominee units can mean new conflicts of interest. */
  for (guint i = 0; ok && i < nominations->len; i++)
    {
      gint64 edition_id = pj_nomination_get_edition_id (g_ptr_array_index (nominations, i));

      if (i == 0 || edition_id != pj_nomination_get_edition_id (g_ptr_array_index (nominations,
                                                                                   i - 1)))
        ok = pj_store_refresh_automatic_conflicts (ws, edition_id, error);
    }

  if (ok)
    ok = pj_workspace_commit (ws, error);
  if (!ok)
    pj_workspace_rollback (ws);

  for (guint i = 0; i < nominations->len; i++)
    {
      if (ok)
        apply_stored (g_ptr_array_index (nominations, i), ids[i], 1, &resolved[i]);
      resolved_clear (&resolved[i]);
    }

  if (ok)
    {
      pj_workspace_emit_changed (ws, "nomination");
      pj_workspace_emit_changed (ws, "conflict");
    }
  return ok;
}

gboolean
pj_store_update_nomination (PjWorkspace   *ws,
                            PjNomination  *nomination,
                            GError       **error)
{
  g_autoptr(PjNomination) stored = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(Resolved) resolved = { NULL, NULL };
  char *old_fields[N_FIELDS] = { NULL, };
  char *new_fields[N_FIELDS] = { NULL, };
  gboolean changed[N_FIELDS] = { FALSE, };
  gboolean any = FALSE;
  sqlite3_stmt *stmt;
  gint64 id;
  gint64 version;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_NOMINATION (nomination), FALSE);
  g_return_val_if_fail (pj_nomination_get_id (nomination) != PJ_NO_ID, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = pj_nomination_get_id (nomination);
  version = pj_nomination_get_version (nomination);

  if (!pj_nomination_validate (nomination, error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  stored = read_nomination (ws, id, &local_error);
  if (stored == NULL)
    {
      if (g_error_matches (local_error, PJ_ERROR, PJ_ERROR_NOT_FOUND))
        set_deleted_elsewhere (error, nomination);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      goto fail;
    }
  if (pj_nomination_get_version (stored) != version)
    {
      set_changed_elsewhere (error, nomination);
      goto fail;
    }
  if (pj_nomination_get_edition_id (stored) != pj_nomination_get_edition_id (nomination))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Edition: a nomination cannot move to another edition."));
      goto fail;
    }
  if (!resolve_references (ws, nomination, &resolved, error))
    goto fail;

  describe_fields (stored, pj_nomination_get_category_name (stored),
                   pj_nomination_get_unit_names (stored), old_fields);
  describe_fields (nomination, resolved.category_name, resolved.unit_names, new_fields);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      changed[i] = g_strcmp0 (old_fields[i], new_fields[i]) != 0;
      any |= changed[i];
    }
  /* Two units may share a name only in a damaged workspace; compare ids too. */
  if (!changed[F_UNITS])
    {
      GArray *a = NULL, *b = NULL;

      g_object_get (stored, "unit-ids", &a, NULL);
      g_object_get (nomination, "unit-ids", &b, NULL);
      changed[F_UNITS] = a->len != b->len ||
                         memcmp (a->data, b->data, a->len * sizeof (gint64)) != 0;
      any |= changed[F_UNITS];
      g_array_unref (a);
      g_array_unref (b);
    }

  if (!any)
    {
      /* Nothing to write: no version bump, no audit, no signal. */
      pj_workspace_rollback (ws);
      clear_fields (old_fields);
      clear_fields (new_fields);
      pj_nomination_set_category_name (nomination, resolved.category_name);
      pj_nomination_set_unit_names (nomination, resolved.unit_names);
      return TRUE;
    }

  stmt = pj_workspace_prepare (ws, NOMINATION_UPDATE, error);
  if (stmt == NULL)
    goto fail;
  bind_nomination (stmt, nomination);
  sqlite3_bind_int64 (stmt, 24, id);
  sqlite3_bind_int64 (stmt, 25, version);
  if (!pj_workspace_step_done (ws, stmt, _("Could not save the nomination"), error))
    goto fail;
  if (sqlite3_changes (pj_workspace_get_db (ws)) == 0)
    {
      set_changed_elsewhere (error, nomination);
      goto fail;
    }

  if ((changed[F_UNITS] && !write_units (ws, id, nomination, TRUE, error)) ||
      (changed[F_TEAM] && !write_team (ws, id, nomination, TRUE, error)) ||
      (changed[F_SUBSTRATEGIES] && !write_substrategies (ws, id, nomination, TRUE, error)) ||
      /* Other nominee units or another category: other conflicts of interest. */
      ((changed[F_UNITS] || changed[F_CATEGORY]) &&
       !pj_store_refresh_automatic_conflicts (ws, pj_nomination_get_edition_id (nomination),
                                              error)))
    goto fail;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (changed[i] &&
          !pj_workspace_audit (ws, "update", "nomination", id, field_names[i],
                               old_fields[i], new_fields[i], error))
        goto fail;
    }

  if (!pj_workspace_commit (ws, error))
    goto fail;

  clear_fields (old_fields);
  clear_fields (new_fields);
  apply_stored (nomination, id, version + 1, &resolved);
  pj_workspace_emit_changed (ws, "nomination");
  if (changed[F_UNITS] || changed[F_CATEGORY])
    pj_workspace_emit_changed (ws, "conflict");
  return TRUE;

fail:
  pj_workspace_rollback (ws);
  clear_fields (old_fields);
  clear_fields (new_fields);
  return FALSE;
}

gboolean
pj_store_set_nomination_status (PjWorkspace         *ws,
                                PjNomination        *nomination,
                                PjNominationStatus   status,
                                const char          *reason,
                                GError             **error)
{
  g_autofree char *old_reason = NULL;
  g_autofree char *trimmed = NULL;
  PjNominationStatus old_status = PJ_NOMINATION_SUBMITTED;
  sqlite3_stmt *stmt;
  gint64 id;
  gint64 version;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (PJ_IS_NOMINATION (nomination), FALSE);
  g_return_val_if_fail (pj_nomination_get_id (nomination) != PJ_NO_ID, FALSE);
  g_return_val_if_fail ((guint) status < PJ_N_NOMINATION_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = pj_nomination_get_id (nomination);
  version = pj_nomination_get_version (nomination);
  if (reason == NULL)
    reason = "";
  trimmed = g_strstrip (g_strdup (reason));

  if (status == PJ_NOMINATION_INELIGIBLE && *trimmed == '\0')
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("An ineligible nomination needs a reason."));
      return FALSE;
    }

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws,
                               "SELECT version, status, ineligible_reason FROM nomination"
                               " WHERE id = ?1",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        set_deleted_elsewhere (error, nomination);
      else
        pj_workspace_set_error (ws, error, rc, _("Could not read the nomination"));
      sqlite3_reset (stmt);
      goto fail;
    }
  if (sqlite3_column_int64 (stmt, 0) != version)
    {
      sqlite3_reset (stmt);
      set_changed_elsewhere (error, nomination);
      goto fail;
    }
  pj_nomination_status_from_string (col_text (stmt, 1), &old_status);
  old_reason = pj_stmt_dup_text (stmt, 2);
  sqlite3_reset (stmt);

  if (old_status == status && g_strcmp0 (old_reason, trimmed) == 0)
    {
      pj_workspace_rollback (ws);
      pj_nomination_set_status (nomination, status);
      pj_nomination_set_ineligible_reason (nomination, trimmed);
      return TRUE;
    }

  stmt = pj_workspace_prepare (ws,
                               "UPDATE nomination SET status = ?1, ineligible_reason = ?2,"
                               " version = version + 1 WHERE id = ?3 AND version = ?4",
                               error);
  if (stmt == NULL)
    goto fail;
  pj_stmt_bind_text (stmt, 1, pj_nomination_status_to_string (status));
  pj_stmt_bind_text (stmt, 2, trimmed);
  sqlite3_bind_int64 (stmt, 3, id);
  sqlite3_bind_int64 (stmt, 4, version);
  if (!pj_workspace_step_done (ws, stmt, _("Could not change the nomination’s status"), error))
    goto fail;
  if (sqlite3_changes (pj_workspace_get_db (ws)) == 0)
    {
      set_changed_elsewhere (error, nomination);
      goto fail;
    }

  if (old_status != status &&
      !pj_workspace_audit (ws, "update", "nomination", id, "status",
                           pj_nomination_status_to_string (old_status),
                           pj_nomination_status_to_string (status), error))
    goto fail;
  if (g_strcmp0 (old_reason, trimmed) != 0 &&
      !pj_workspace_audit (ws, "update", "nomination", id, "ineligible_reason",
                           old_reason, trimmed, error))
    goto fail;

  if (!pj_workspace_commit (ws, error))
    goto fail;

  g_object_freeze_notify (G_OBJECT (nomination));
  pj_nomination_set_status (nomination, status);
  pj_nomination_set_ineligible_reason (nomination, trimmed);
  pj_nomination_set_stored (nomination, id, version + 1);
  g_object_thaw_notify (G_OBJECT (nomination));
  pj_workspace_emit_changed (ws, "nomination");
  return TRUE;

fail:
  pj_workspace_rollback (ws);
  return FALSE;
}

gboolean
pj_store_delete_nomination (PjWorkspace  *ws,
                            gint64        id,
                            GError      **error)
{
  g_autofree char *title = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws, "SELECT title FROM nomination WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    title = pj_stmt_dup_text (stmt, 0);
  sqlite3_reset (stmt);
  if (title == NULL)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                     _("The nomination no longer exists: it was deleted elsewhere."));
      else
        pj_workspace_set_error (ws, error, rc, _("Could not read the nomination"));
      goto fail;
    }

  stmt = pj_workspace_prepare (ws, "DELETE FROM nomination WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!pj_workspace_step_done (ws, stmt, _("Could not delete the nomination"), error) ||
      !pj_workspace_audit (ws, "delete", "nomination", id, NULL, title, NULL, error) ||
      !pj_workspace_commit (ws, error))
    goto fail;

  pj_workspace_emit_changed (ws, "nomination");
  return TRUE;

fail:
  pj_workspace_rollback (ws);
  return FALSE;
}

GListModel *
pj_store_list_nominations (PjWorkspace  *ws,
                           gint64        edition_id,
                           GError      **error)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autofree gint64 *keys = NULL;
  g_autoptr(GHashTable) unit_names = NULL;
  g_autoptr(GString) buffer = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = pj_workspace_prepare (ws, NOMINATION_SELECT " WHERE n.edition_id = ?1 ORDER BY n.id",
                               error);
  if (stmt == NULL)
    return NULL;

  items = g_ptr_array_new_with_free_func (g_object_unref);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_bind_int64 (stmt, 1, edition_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, read_nomination_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pj_workspace_set_error (ws, error, rc, _("Could not read the nominations"));
      return NULL;
    }

  /* The teams of the whole edition in one pass, keyed by nomination. */
  keys = g_new (gint64, MAX (items->len, 1));
  for (guint i = 0; i < items->len; i++)
    {
      keys[i] = pj_nomination_get_id (g_ptr_array_index (items, i));
      g_hash_table_insert (by_id, &keys[i], g_ptr_array_index (items, i));
    }

  stmt = pj_workspace_prepare (ws,
                               "SELECT tm.nomination_id, tm.name, tm.role FROM team_member tm"
                               " JOIN nomination n ON n.id = tm.nomination_id"
                               " WHERE n.edition_id = ?1"
                               " ORDER BY tm.nomination_id, tm.position, tm.id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 nomination_id = sqlite3_column_int64 (stmt, 0);
      PjNomination *n = g_hash_table_lookup (by_id, &nomination_id);

      if (n != NULL)
        pj_nomination_add_team_member (n, col_text (stmt, 1), col_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pj_workspace_set_error (ws, error, rc, _("Could not read the nominations’ teams"));
      return NULL;
    }

  unit_names = read_unit_names (ws, error);
  if (unit_names == NULL)
    return NULL;
  buffer = g_string_new (NULL);
  for (guint i = 0; i < items->len; i++)
    fill_unit_names (g_ptr_array_index (items, i), unit_names, buffer);

  store = g_list_store_new (PJ_TYPE_NOMINATION);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

guint
pj_store_count_nominations_filtered (PjWorkspace *ws,
                                     gint64       edition_id,
                                     gint64       category_id,
                                     int          status)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), 0);
  g_return_val_if_fail (status < PJ_N_NOMINATION_STATUSES, 0);

  stmt = pj_workspace_prepare (ws,
                               "SELECT count(*) FROM nomination WHERE edition_id = ?1"
                               " AND (?2 IS NULL OR category_id = ?2)"
                               " AND (?3 IS NULL OR status = ?3)",
                               &error);
  if (stmt == NULL)
    {
      g_warning ("Could not count nominations: %s", error->message);
      return 0;
    }

  sqlite3_bind_int64 (stmt, 1, edition_id);
  if (category_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 2, category_id);
  if (status >= 0)
    pj_stmt_bind_text (stmt, 3, pj_nomination_status_to_string (status));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return count;
}

static char *
comparable_title (const char *title)
{
  g_autofree char *normal = pj_normalize_name (title);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

gint64
pj_store_find_duplicate_nomination (PjWorkspace  *ws,
                                    gint64        edition_id,
                                    const char   *title,
                                    gint64        unit_id,
                                    GError      **error)
{
  g_autofree char *wanted = NULL;
  sqlite3_stmt *stmt;
  gint64 found = PJ_NO_ID;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), PJ_NO_ID);
  g_return_val_if_fail (title != NULL, PJ_NO_ID);
  g_return_val_if_fail (error == NULL || *error == NULL, PJ_NO_ID);

  wanted = comparable_title (title);
  if (*wanted == '\0')
    return PJ_NO_ID;

  stmt = pj_workspace_prepare (ws,
                               "SELECT n.id, n.title FROM nomination n WHERE n.edition_id = ?1"
                               " AND CASE WHEN ?2 IS NULL"
                               "  THEN NOT EXISTS (SELECT 1 FROM nomination_unit"
                               "                   WHERE nomination_id = n.id)"
                               "  ELSE EXISTS (SELECT 1 FROM nomination_unit"
                               "               WHERE nomination_id = n.id AND unit_id = ?2)"
                               " END ORDER BY n.id",
                               error);
  if (stmt == NULL)
    return PJ_NO_ID;

  sqlite3_bind_int64 (stmt, 1, edition_id);
  if (unit_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 2, unit_id);
  while (found == PJ_NO_ID && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *candidate = comparable_title (col_text (stmt, 1));

      if (strcmp (candidate, wanted) == 0)
        found = sqlite3_column_int64 (stmt, 0);
    }
  if (found == PJ_NO_ID && rc != SQLITE_DONE)
    pj_workspace_set_error (ws, error, rc, _("Could not look for duplicate nominations"));
  sqlite3_reset (stmt);

  return found;
}

/* Eligibility */

static gint
compare_rules (gconstpointer a,
               gconstpointer b)
{
  const PjEligibilityRule *ra = a;
  const PjEligibilityRule *rb = b;

  return (int) ra->kind - (int) rb->kind;
}

GArray *
pj_store_list_eligibility_rules (PjWorkspace  *ws,
                                 gint64        award_id,
                                 GError      **error)
{
  g_autoptr(GArray) rules = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = pj_workspace_prepare (ws,
                               "SELECT kind, value FROM eligibility_rule WHERE award_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  rules = g_array_new (FALSE, FALSE, sizeof (PjEligibilityRule));
  sqlite3_bind_int64 (stmt, 1, award_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PjEligibilityRule rule;

      if (!pj_rule_kind_from_string (col_text (stmt, 0), &rule.kind))
        continue;
      rule.value = sqlite3_column_double (stmt, 1);
      g_array_append_val (rules, rule);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pj_workspace_set_error (ws, error, rc, _("Could not read the eligibility rules"));
      return NULL;
    }

  g_array_sort (rules, compare_rules);
  return g_steal_pointer (&rules);
}

static char *
rule_value_text (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%g", value));
}

/* Checks @rules before any transaction: valid values, each kind once. */
static gboolean
validate_rules (const PjEligibilityRule  *rules,
                guint                     n_rules,
                const PjEligibilityRule **wanted,
                GError                  **error)
{
  for (guint i = 0; i < n_rules; i++)
    {
      g_autofree char *problem = pj_rule_validate (&rules[i]);

      if (problem != NULL)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, "%s", problem);
          return FALSE;
        }
      if (wanted[rules[i].kind] != NULL)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("“%s” is given twice; an award has each rule at most once."),
                       pj_rule_kind_to_label (rules[i].kind));
          return FALSE;
        }
      wanted[rules[i].kind] = &rules[i];
    }
  return TRUE;
}

gboolean
pj_store_write_eligibility_rules_txn (PjWorkspace             *ws,
                                      gint64                   award_id,
                                      const PjEligibilityRule *rules,
                                      guint                    n_rules,
                                      gboolean                *changed,
                                      GError                 **error)
{
  const PjEligibilityRule *wanted[PJ_N_RULE_KINDS] = { NULL, };
  gint64 old_id[PJ_N_RULE_KINDS] = { 0, };
  double old_value[PJ_N_RULE_KINDS] = { 0, };
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (pj_workspace_in_transaction (ws), FALSE);

  *changed = FALSE;
  if (!validate_rules (rules, n_rules, wanted, error))
    return FALSE;

  stmt = pj_workspace_prepare (ws, "SELECT 1 FROM award WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, award_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                     _("The award no longer exists: it was deleted elsewhere."));
      else
        pj_workspace_set_error (ws, error, rc, _("Could not read the award"));
      return FALSE;
    }
  stmt = pj_workspace_prepare (ws,
                               "SELECT id, kind, value FROM eligibility_rule WHERE award_id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, award_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PjRuleKind kind;

      if (pj_rule_kind_from_string (col_text (stmt, 1), &kind))
        {
          old_id[kind] = sqlite3_column_int64 (stmt, 0);
          old_value[kind] = sqlite3_column_double (stmt, 2);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pj_workspace_set_error (ws, error, rc, _("Could not read the eligibility rules"));
      return FALSE;
    }

  for (guint k = 0; k < PJ_N_RULE_KINDS; k++)
    {
      const char *kind = pj_rule_kind_to_string (k);
      g_autofree char *old_text = old_id[k] ? rule_value_text (old_value[k]) : NULL;
      g_autofree char *new_text = wanted[k] ? rule_value_text (wanted[k]->value) : NULL;

      if (old_id[k] == 0 && wanted[k] != NULL)
        {
          stmt = pj_workspace_prepare (ws,
                                       "INSERT INTO eligibility_rule (award_id, kind, value)"
                                       " VALUES (?1, ?2, ?3)",
                                       error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, award_id);
          pj_stmt_bind_text (stmt, 2, kind);
          sqlite3_bind_double (stmt, 3, wanted[k]->value);
          if (!pj_workspace_step_done (ws, stmt, _("Could not save the eligibility rules"),
                                       error) ||
              !pj_workspace_audit (ws, "create", "eligibility_rule",
                                   sqlite3_last_insert_rowid (pj_workspace_get_db (ws)),
                                   kind, NULL, new_text, error))
            return FALSE;
          *changed = TRUE;
        }
      else if (old_id[k] != 0 && wanted[k] == NULL)
        {
          stmt = pj_workspace_prepare (ws, "DELETE FROM eligibility_rule WHERE id = ?1", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, old_id[k]);
          if (!pj_workspace_step_done (ws, stmt, _("Could not save the eligibility rules"),
                                       error) ||
              !pj_workspace_audit (ws, "delete", "eligibility_rule", old_id[k],
                                   kind, old_text, NULL, error))
            return FALSE;
          *changed = TRUE;
        }
      else if (old_id[k] != 0 && old_value[k] != wanted[k]->value)
        {
          stmt = pj_workspace_prepare (ws,
                                       "UPDATE eligibility_rule SET value = ?1,"
                                       " version = version + 1 WHERE id = ?2",
                                       error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_double (stmt, 1, wanted[k]->value);
          sqlite3_bind_int64 (stmt, 2, old_id[k]);
          if (!pj_workspace_step_done (ws, stmt, _("Could not save the eligibility rules"),
                                       error) ||
              !pj_workspace_audit (ws, "update", "eligibility_rule", old_id[k],
                                   kind, old_text, new_text, error))
            return FALSE;
          *changed = TRUE;
        }
    }

  return TRUE;
}

gboolean
pj_store_set_eligibility_rules (PjWorkspace             *ws,
                                gint64                   award_id,
                                const PjEligibilityRule *rules,
                                guint                    n_rules,
                                GError                 **error)
{
  const PjEligibilityRule *wanted[PJ_N_RULE_KINDS] = { NULL, };
  gboolean changed = FALSE;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (rules != NULL || n_rules == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_rules (rules, n_rules, wanted, error))
    return FALSE;

  if (!pj_workspace_begin (ws, error))
    return FALSE;
  if (!pj_store_write_eligibility_rules_txn (ws, award_id, rules, n_rules, &changed, error))
    {
      pj_workspace_rollback (ws);
      return FALSE;
    }
  if (!changed)
    {
      pj_workspace_rollback (ws);
      return TRUE;
    }
  if (!pj_workspace_commit (ws, error))
    {
      pj_workspace_rollback (ws);
      return FALSE;
    }

  pj_workspace_emit_changed (ws, "eligibility");
  return TRUE;
}

static gint
compare_years_descending (gconstpointer a,
                          gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

GArray *
pj_store_list_unit_win_years (PjWorkspace   *ws,
                              PjNomination  *nomination,
                              GError       **error)
{
  g_autoptr(GArray) years = NULL;
  const gint64 *unit_ids;
  guint n_units;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (PJ_IS_NOMINATION (nomination), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  years = g_array_new (FALSE, FALSE, sizeof (int));
  unit_ids = pj_nomination_get_unit_ids (nomination, &n_units);
  for (guint i = 0; i < n_units; i++)
    {
      sqlite3_stmt *stmt;
      int rc;

      stmt = pj_workspace_prepare (ws,
                                   "SELECT DISTINCT e.year FROM decision d"
                                   " JOIN nomination n ON n.id = d.nomination_id"
                                   " JOIN edition e ON e.id = n.edition_id"
                                   " JOIN nomination_unit nu ON nu.nomination_id = n.id"
                                   " JOIN edition cur ON cur.id = ?1"
                                   " WHERE d.placement = 'winner' AND nu.unit_id = ?2"
                                   " AND e.award_id = cur.award_id AND e.year < cur.year",
                                   error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, pj_nomination_get_edition_id (nomination));
      sqlite3_bind_int64 (stmt, 2, unit_ids[i]);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          int year = sqlite3_column_int (stmt, 0);
          gboolean seen = FALSE;

          for (guint j = 0; j < years->len && !seen; j++)
            seen = g_array_index (years, int, j) == year;
          if (!seen)
            g_array_append_val (years, year);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          pj_workspace_set_error (ws, error, rc, _("Could not read earlier winners"));
          return NULL;
        }
    }

  g_array_sort (years, compare_years_descending);
  return g_steal_pointer (&years);
}

GPtrArray *
pj_store_check_eligibility (PjWorkspace   *ws,
                            PjNomination  *nomination,
                            GError       **error)
{
  g_autoptr(GArray) rules = NULL;
  g_autoptr(GArray) years = NULL;
  PjEligibilityFacts facts;
  const gint64 *unit_ids;
  sqlite3_stmt *stmt;
  gint64 award_id;
  guint n_units;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (PJ_IS_NOMINATION (nomination), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pj_eligibility_facts_init_from_nomination (&facts, nomination);

  stmt = pj_workspace_prepare (ws, "SELECT award_id, year FROM edition WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, pj_nomination_get_edition_id (nomination));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                     _("The nomination’s edition no longer exists."));
      else
        pj_workspace_set_error (ws, error, rc, _("Could not read the edition"));
      sqlite3_reset (stmt);
      return NULL;
    }
  award_id = sqlite3_column_int64 (stmt, 0);
  facts.edition_year = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);

  unit_ids = pj_nomination_get_unit_ids (nomination, &n_units);
  for (guint i = 0; i < n_units && !facts.contracted_provider; i++)
    {
      stmt = pj_workspace_prepare (ws, "SELECT type FROM unit WHERE id = ?1", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, unit_ids[i]);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        facts.contracted_provider =
          g_strcmp0 (col_text (stmt, 0), pj_unit_type_to_string (PJ_UNIT_EXTERN_UTFORARE)) == 0;
      sqlite3_reset (stmt);
    }

  rules = pj_store_list_eligibility_rules (ws, award_id, error);
  if (rules == NULL)
    return NULL;
  years = pj_store_list_unit_win_years (ws, nomination, error);
  if (years == NULL)
    return NULL;
  facts.win_years = (const int *) (gpointer) years->data;
  facts.n_win_years = years->len;

  return pj_eligibility_check ((const PjEligibilityRule *) (gpointer) rules->data,
                               rules->len, &facts);
}
