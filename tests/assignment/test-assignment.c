/* test-assignment.c: conflicts of interest (jäv), assignments, distribution
 * and coverage, through the store
 *
 * Each test works on a fresh workspace in a temporary directory holding one
 * edition (K = 2) with two categories, a small unit tree and five jurors:
 *
 *   Utbildningsförvaltningen            Anna (Skola)
 *     └─ Skola A                        Bo (Skola)
 *   Stadsbyggnadskontoret               Cilla (Skola, Äldreomsorg)
 *   (no unit)                           David (Skola)
 *   Äldreförvaltningen                  Eva (Äldreomsorg)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-assignment"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "pj-demo.h"
#include "pj-distribute.h"
#include "pj-store.h"
#include "pj-store-assignment.h"
#include "pj-store-nomination.h"
#include "pj-workspace-private.h"
#include "pj-test-util.h"

#define USER "Eva Organisatör"

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  gint64       edition;
  gint64       skola;        /* category */
  gint64       aldre;        /* category */
  gint64       utbf;         /* Utbildningsförvaltningen */
  gint64       skola_a;      /* Skola A, under Utbildningsförvaltningen */
  gint64       sbk;          /* Stadsbyggnadskontoret */
  gint64       aldref;       /* Äldreförvaltningen */
  gint64       anna, bo, cilla, david, eva;
  gint64       criterion;
  guint        n_conflict_signals;
  guint        n_assignment_signals;
} Fixture;

/* Helpers ----------------------------------------------------------------- */

static void
changed_cb (PjWorkspace *ws,
            const char  *what,
            gpointer     user_data)
{
  Fixture *f = user_data;

  if (g_strcmp0 (what, "conflict") == 0)
    f->n_conflict_signals++;
  else if (g_strcmp0 (what, "assignment") == 0)
    f->n_assignment_signals++;
}

static gint64
query_int (PjWorkspace *ws,
           const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (pj_workspace_get_db (ws), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
exec_in_transaction (PjWorkspace  *ws,
                     const char   *sql,
                     GError      **error)
{
  if (!pj_workspace_begin (ws, error))
    return FALSE;
  if (!pj_workspace_exec (ws, sql, error))
    {
      pj_workspace_rollback (ws);
      return FALSE;
    }
  return pj_workspace_commit (ws, error);
}

static void
exec_ok (PjWorkspace *ws,
         const char  *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (exec_in_transaction (ws, sql, &error));
  g_assert_no_error (error);
}

static guint
count_audit (Fixture    *f,
             const char *action,
             const char *entity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) log = pj_store_list_audit (f->ws, entity, PJ_NO_ID, 0, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(PjAuditEntry) e = g_list_model_get_item (log, i);

      if (g_strcmp0 (pj_audit_entry_get_action (e), action) == 0)
        {
          g_assert_cmpstr (pj_audit_entry_get_who (e), ==, USER);
          n++;
        }
    }
  return n;
}

/* The newest audit entry of @entity with @action. */
static PjAuditEntry *
last_audit (Fixture    *f,
            const char *action,
            const char *entity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) log = pj_store_list_audit (f->ws, entity, PJ_NO_ID, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(PjAuditEntry) e = g_list_model_get_item (log, i);

      if (g_strcmp0 (pj_audit_entry_get_action (e), action) == 0)
        return g_steal_pointer (&e);
    }
  g_assert_not_reached ();
}

static gint64
add_unit (Fixture    *f,
          const char *name,
          gint64      parent)
{
  g_autoptr(PjUnit) unit = pj_unit_new ();
  g_autoptr(GError) error = NULL;

  pj_unit_set_name (unit, name);
  pj_unit_set_parent_id (unit, parent);
  g_assert_true (pj_store_create_unit (f->ws, unit, &error));
  g_assert_no_error (error);
  return pj_unit_get_id (unit);
}

static gint64
add_category (Fixture    *f,
              const char *name)
{
  g_autoptr(PjCategory) category = pj_category_new ();
  g_autoptr(GError) error = NULL;

  pj_category_set_edition_id (category, f->edition);
  pj_category_set_name (category, name);
  g_assert_true (pj_store_create_category (f->ws, category, &error));
  g_assert_no_error (error);
  return pj_category_get_id (category);
}

static gint64
add_juror (Fixture      *f,
           const char   *name,
           gint64        unit,
           const gint64 *categories,
           guint         n_categories)
{
  g_autoptr(PjJuror) juror = pj_juror_new ();
  g_autoptr(GError) error = NULL;

  pj_juror_set_edition_id (juror, f->edition);
  pj_juror_set_name (juror, name);
  pj_juror_set_unit_id (juror, unit);
  pj_juror_set_category_ids (juror, categories, n_categories);
  g_assert_true (pj_store_create_juror (f->ws, juror, &error));
  g_assert_no_error (error);
  return pj_juror_get_id (juror);
}

static gint64
add_nomination (Fixture            *f,
                const char         *title,
                gint64              category,
                gint64              unit,
                PjNominationStatus  status)
{
  g_autoptr(PjNomination) n = pj_nomination_new ();
  g_autoptr(GError) error = NULL;

  pj_nomination_set_edition_id (n, f->edition);
  pj_nomination_set_category_id (n, category);
  pj_nomination_set_title (n, title);
  pj_nomination_set_contact_name (n, "Åsa Öberg");
  pj_nomination_set_contact_email (n, "asa.oberg@example.se");
  pj_nomination_set_received (n, "2026-02-14");
  pj_nomination_set_summary (n, "Ett nytt arbetssätt.");
  pj_nomination_set_status (n, status);
  if (unit != PJ_NO_ID)
    pj_nomination_set_unit_ids (n, &unit, 1);
  g_assert_true (pj_store_create_nomination (f->ws, n, &error));
  g_assert_no_error (error);
  return pj_nomination_get_id (n);
}

static void
add_sheet (Fixture    *f,
           gint64      juror,
           gint64      nomination,
           const char *status,
           int         score)
{
  g_autofree char *sql =
    g_strdup_printf ("INSERT INTO score_sheet (juror_id, nomination_id, status)"
                     " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '%s');"
                     "INSERT INTO score (sheet_id, criterion_id, value)"
                     " VALUES (last_insert_rowid (), %" G_GINT64_FORMAT ", %d);",
                     juror, nomination, status, f->criterion, score);

  exec_ok (f->ws, sql);
}

static gint64
count_pair (Fixture    *f,
            const char *table,
            gint64      juror,
            gint64      nomination)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT count(*) FROM %s WHERE juror_id = %" G_GINT64_FORMAT
                     " AND nomination_id = %" G_GINT64_FORMAT, table, juror, nomination);

  return query_int (f->ws, sql);
}

static PjConflict *
find_conflict (Fixture *f,
               gint64   juror,
               gint64   nomination)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = pj_store_list_nomination_conflicts (f->ws, nomination, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PjConflict) c = g_list_model_get_item (list, i);

      if (pj_conflict_get_juror_id (c) == juror)
        return g_steal_pointer (&c);
    }
  return NULL;
}

static void
refresh (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pj_store_refresh_automatic_conflicts (f->ws, f->edition, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = pj_award_new ();
  g_autoptr(PjEdition) edition = pj_edition_new ();
  g_autofree char *sql = NULL;
  gint64 skola[1], both[2], aldre[1];

  f->dir = g_dir_make_tmp ("pj-assignment-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, USER);

  pj_award_set_name (award, "Förnyelsepriset");
  g_assert_true (pj_store_create_award (f->ws, award, &error));
  g_assert_no_error (error);
  pj_edition_set_award_id (edition, pj_award_get_id (award));
  pj_edition_set_year (edition, 2026);
  pj_edition_set_min_jurors (edition, 2);
  g_assert_true (pj_store_create_edition (f->ws, edition, &error));
  g_assert_no_error (error);
  f->edition = pj_edition_get_id (edition);

  f->skola = add_category (f, "Skola");
  f->aldre = add_category (f, "Äldreomsorg");
  f->utbf = add_unit (f, "Utbildningsförvaltningen", PJ_NO_ID);
  f->skola_a = add_unit (f, "Skola A", f->utbf);
  f->sbk = add_unit (f, "Stadsbyggnadskontoret", PJ_NO_ID);
  f->aldref = add_unit (f, "Äldreförvaltningen", PJ_NO_ID);

  skola[0] = f->skola;
  aldre[0] = f->aldre;
  both[0] = f->skola;
  both[1] = f->aldre;
  f->anna = add_juror (f, "Anna Berg", f->utbf, skola, 1);
  f->bo = add_juror (f, "Bo Ek", f->skola_a, skola, 1);
  f->cilla = add_juror (f, "Cilla Lind", f->sbk, both, 2);
  f->david = add_juror (f, "David Holm", PJ_NO_ID, skola, 1);
  f->eva = add_juror (f, "Eva Sund", f->aldref, aldre, 1);

  sql = g_strdup_printf ("INSERT INTO criterion (edition_id, name, position)"
                         " VALUES (%" G_GINT64_FORMAT ", 'Nyhetsgrad', 0)", f->edition);
  exec_ok (f->ws, sql);
  f->criterion = query_int (f->ws, "SELECT max(id) FROM criterion");

  g_signal_connect (f->ws, "changed", G_CALLBACK (changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->ws);
  pj_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Automatic conflicts ----------------------------------------------------- */

static void
test_automatic (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(PjConflict) lifted = NULL;
  g_autoptr(PjJuror) bo = NULL;
  g_autoptr(PjJuror) anna = NULL;
  gint64 lasfix = add_nomination (f, "Läsfixarna", f->skola, f->skola_a, PJ_NOMINATION_ELIGIBLE);
  gint64 odling = add_nomination (f, "Stadsodling", f->skola, f->utbf, PJ_NOMINATION_SUBMITTED);
  gint64 mat = add_nomination (f, "Matglädje", f->aldre, f->aldref, PJ_NOMINATION_ELIGIBLE);
  gint64 utkast = add_nomination (f, "Utkastet", f->skola, f->skola_a, PJ_NOMINATION_DRAFT);
  gint64 bygg = add_nomination (f, "Bygglov på nätet", f->skola, f->sbk, PJ_NOMINATION_ELIGIBLE);

  /* Creating each nomination recorded its conflicts already (and said so);
   * a refresh then finds nothing to do. */
  g_assert_cmpuint (f->n_conflict_signals, ==, 5);
  f->n_conflict_signals = 0;
  refresh (f);
  g_assert_cmpuint (f->n_conflict_signals, ==, 0);

  /* Own unit */
  g_assert_true (pj_store_is_conflicted (f->ws, f->bo, lasfix));
  g_assert_true (pj_store_is_conflicted (f->ws, f->anna, odling));
  g_assert_true (pj_store_is_conflicted (f->ws, f->eva, mat));
  g_assert_true (pj_store_is_conflicted (f->ws, f->cilla, bygg));
  /* The juror's unit is the parent of a nominee unit */
  g_assert_true (pj_store_is_conflicted (f->ws, f->anna, lasfix));
  /* A nominee unit is the parent of the juror's unit */
  g_assert_true (pj_store_is_conflicted (f->ws, f->bo, odling));
  /* Drafts too, so nothing changes when the status does */
  g_assert_true (pj_store_is_conflicted (f->ws, f->bo, utkast));
  /* Unrelated units, no unit */
  g_assert_false (pj_store_is_conflicted (f->ws, f->cilla, lasfix));
  g_assert_false (pj_store_is_conflicted (f->ws, f->david, lasfix));
  g_assert_false (pj_store_is_conflicted (f->ws, f->anna, bygg));

  all = pj_store_list_conflicts (f->ws, f->edition, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 8);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PjConflict) c = g_list_model_get_item (all, i);

      g_assert_cmpint (pj_conflict_get_source (c), ==, PJ_CONFLICT_AUTOMATIC);
      g_assert_cmpint (pj_conflict_get_reason (c), ==, PJ_CONFLICT_REASON_OWN_UNIT);
      g_assert_false (pj_conflict_get_lifted (c));
      g_assert_cmpstr (pj_conflict_get_juror_name (c), !=, "");
      g_assert_cmpstr (pj_conflict_get_nomination_title (c), !=, "");
      g_assert_true (g_str_has_suffix (pj_conflict_get_created (c), "Z"));
    }
  /* Ordered by title: "Bygglov på nätet" first */
  {
    g_autoptr(PjConflict) first = g_list_model_get_item (all, 0);
    g_assert_cmpstr (pj_conflict_get_nomination_title (first), ==, "Bygglov på nätet");
    g_assert_cmpstr (pj_conflict_get_juror_name (first), ==, "Cilla Lind");
  }
  g_assert_cmpuint (count_audit (f, "create", "conflict"), ==, 8);

  /* Refreshing again changes nothing */
  refresh (f);
  g_assert_cmpuint (count_audit (f, "create", "conflict"), ==, 8);
  g_assert_cmpuint (f->n_conflict_signals, ==, 0);

  /* Bo moves to Stadsbyggnadskontoret: his school conflicts go, a new one comes */
  bo = pj_store_get_juror (f->ws, f->bo, &error);
  g_assert_no_error (error);
  pj_juror_set_unit_id (bo, f->sbk);
  g_assert_true (pj_store_update_juror (f->ws, bo, &error));
  g_assert_no_error (error);

  /* Lift Anna's conflict with Läsfixarna; then she leaves the förvaltning */
  lifted = find_conflict (f, f->anna, lasfix);
  g_assert_true (pj_store_lift_conflict (f->ws, lifted, "Anna har bytt tjänst.", &error));
  g_assert_no_error (error);
  anna = pj_store_get_juror (f->ws, f->anna, &error);
  g_assert_no_error (error);
  pj_juror_set_unit_id (anna, PJ_NO_ID);
  g_assert_true (pj_store_update_juror (f->ws, anna, &error));
  g_assert_no_error (error);

  refresh (f);
  g_assert_false (pj_store_is_conflicted (f->ws, f->bo, lasfix));
  g_assert_false (pj_store_is_conflicted (f->ws, f->bo, odling));
  g_assert_false (pj_store_is_conflicted (f->ws, f->bo, utkast));
  g_assert_true (pj_store_is_conflicted (f->ws, f->bo, bygg));
  g_assert_false (pj_store_is_conflicted (f->ws, f->anna, odling));
  /* The lifted one keeps its record */
  {
    g_autoptr(PjConflict) kept = find_conflict (f, f->anna, lasfix);

    g_assert_nonnull (kept);
    g_assert_true (pj_conflict_get_lifted (kept));
    g_assert_cmpstr (pj_conflict_get_lifted_reason (kept), ==, "Anna har bytt tjänst.");
  }
  /* Bo ×3, Anna × Stadsodling and Anna × Utkastet removed; Bo × Bygglov added */
  g_assert_cmpuint (count_audit (f, "delete", "conflict"), ==, 5);
  g_assert_cmpuint (count_audit (f, "create", "conflict"), ==, 9);
  {
    g_autoptr(PjAuditEntry) e = last_audit (f, "delete", "conflict");

    g_assert_nonnull (strstr (pj_audit_entry_get_old_value (e), "automatic"));
    g_assert_null (pj_audit_entry_get_new_value (e));
  }

  /* Skola A moves under Stadsbyggnadskontoret, Cilla's unit; a unit is not
   * tied to an edition, so every edition is refreshed */
  {
    g_autoptr(PjUnit) unit = pj_store_get_unit (f->ws, f->skola_a, &error);

    g_assert_no_error (error);
    pj_unit_set_parent_id (unit, f->sbk);
    g_assert_true (pj_store_update_unit (f->ws, unit, &error));
    g_assert_no_error (error);
  }
  /* The unit's save refreshed the conflicts in the same transaction. */
  g_assert_true (pj_store_is_conflicted (f->ws, f->cilla, lasfix));
  g_assert_true (pj_store_is_conflicted (f->ws, f->cilla, utkast));
  g_assert_true (pj_store_refresh_automatic_conflicts (f->ws, PJ_NO_ID, &error));
  g_assert_no_error (error);
  g_assert_true (pj_store_is_conflicted (f->ws, f->cilla, lasfix));
}

/* Creating a nomination records its automatic conflicts at once, and an
 * assignment across one is refused. */
static void
test_automatic_unrecorded (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 lasfix = add_nomination (f, "Läsfixarna", f->skola, f->skola_a, PJ_NOMINATION_ELIGIBLE);

  g_assert_true (pj_store_is_conflicted (f->ws, f->anna, lasfix));
  g_assert_false (pj_store_assign (f->ws, f->anna, lasfix, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "conflict of interest"));
  g_assert_cmpint (count_pair (f, "assignment", f->anna, lasfix), ==, 0);
}

/* Declared and organiser conflicts ------------------------------------------ */

static void
test_declared (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjConflict) c = pj_conflict_new ();
  g_autoptr(PjConflict) other = pj_conflict_new ();
  g_autoptr(PjConflict) again = pj_conflict_new ();
  g_autoptr(PjConflict) automatic = pj_conflict_new ();
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(PjAuditEntry) e = NULL;
  gint64 lasfix = add_nomination (f, "Läsfixarna", f->skola, f->skola_a, PJ_NOMINATION_ELIGIBLE);
  gint64 bygg = add_nomination (f, "Bygglov på nätet", f->skola, f->sbk, PJ_NOMINATION_ELIGIBLE);

  f->n_conflict_signals = 0;
  pj_conflict_set_juror_id (c, f->cilla);
  pj_conflict_set_nomination_id (c, lasfix);
  pj_conflict_set_source (c, PJ_CONFLICT_DECLARED);
  pj_conflict_set_reason (c, PJ_CONFLICT_REASON_RELATIONSHIP);
  g_assert_true (pj_store_add_conflict (f->ws, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_conflict_get_id (c), >, 0);
  g_assert_cmpint (pj_conflict_get_version (c), ==, 1);
  g_assert_cmpstr (pj_conflict_get_juror_name (c), ==, "Cilla Lind");
  g_assert_cmpstr (pj_conflict_get_nomination_title (c), ==, "Läsfixarna");
  g_assert_cmpstr (pj_conflict_get_created (c), !=, "");
  g_assert_true (pj_store_is_conflicted (f->ws, f->cilla, lasfix));
  g_assert_cmpuint (f->n_conflict_signals, ==, 1);

  /* "Other" needs a text */
  pj_conflict_set_juror_id (other, f->david);
  pj_conflict_set_nomination_id (other, bygg);
  pj_conflict_set_source (other, PJ_CONFLICT_DECLARED);
  pj_conflict_set_reason (other, PJ_CONFLICT_REASON_OTHER);
  pj_conflict_set_reason_text (other, "   ");
  g_assert_false (pj_store_add_conflict (f->ws, other, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pj_store_is_conflicted (f->ws, f->david, bygg));
  pj_conflict_set_reason_text (other, "  Min svåger driver projektet. ");
  g_assert_true (pj_store_add_conflict (f->ws, other, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pj_conflict_get_reason_text (other), ==, "Min svåger driver projektet.");
  g_assert_cmpstr (pj_conflict_describe_reason (other), ==, "Min svåger driver projektet.");

  /* The same pair twice */
  pj_conflict_set_juror_id (again, f->cilla);
  pj_conflict_set_nomination_id (again, lasfix);
  pj_conflict_set_source (again, PJ_CONFLICT_ORGANISER);
  pj_conflict_set_reason (again, PJ_CONFLICT_REASON_FINANCIAL);
  g_assert_false (pj_store_add_conflict (f->ws, again, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* Automatic ones only come from the units */
  pj_conflict_set_juror_id (automatic, f->david);
  pj_conflict_set_nomination_id (automatic, lasfix);
  pj_conflict_set_source (automatic, PJ_CONFLICT_AUTOMATIC);
  g_assert_false (pj_store_add_conflict (f->ws, automatic, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  /* A juror's list: the declared one, and the automatic one recorded when
   * "Bygglov på nätet" from her own unit was created. */
  mine = pj_store_list_juror_conflicts (f->ws, f->cilla, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 2);

  /* Declared conflicts survive a refresh */
  refresh (f);
  g_assert_true (pj_store_is_conflicted (f->ws, f->cilla, lasfix));
  g_assert_true (pj_store_is_conflicted (f->ws, f->david, bygg));

  g_assert_cmpuint (count_audit (f, "create", "conflict"), ==, 2 + 3);  /* + 3 automatic */
  {
    g_autoptr(GListModel) log = pj_store_list_audit (f->ws, "conflict", pj_conflict_get_id (other),
                                                     0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
    e = g_list_model_get_item (log, 0);
    g_assert_nonnull (strstr (pj_audit_entry_get_new_value (e), "David Holm"));
    g_assert_nonnull (strstr (pj_audit_entry_get_new_value (e), "declared"));
    g_assert_nonnull (strstr (pj_audit_entry_get_new_value (e), "Min svåger"));
  }
}

static void
test_organiser_and_lift (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjConflict) c = pj_conflict_new ();
  g_autoptr(PjConflict) stale = NULL;
  g_autoptr(PjConflict) back = pj_conflict_new ();
  g_autoptr(PjAuditEntry) e = NULL;
  gint64 lasfix = add_nomination (f, "Läsfixarna", f->skola, f->skola_a, PJ_NOMINATION_ELIGIBLE);
  gint64 id;

  pj_conflict_set_juror_id (c, f->david);
  pj_conflict_set_nomination_id (c, lasfix);
  pj_conflict_set_source (c, PJ_CONFLICT_ORGANISER);
  pj_conflict_set_reason (c, PJ_CONFLICT_REASON_FINANCIAL);
  g_assert_true (pj_store_add_conflict (f->ws, c, &error));
  g_assert_no_error (error);
  id = pj_conflict_get_id (c);
  stale = pj_store_get_conflict (f->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_conflict_get_source (stale), ==, PJ_CONFLICT_ORGANISER);
  g_assert_cmpint (pj_conflict_get_reason (stale), ==, PJ_CONFLICT_REASON_FINANCIAL);

  /* Lifting needs a reason */
  g_assert_false (pj_store_lift_conflict (f->ws, c, NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pj_store_lift_conflict (f->ws, c, " \t ", &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pj_store_is_conflicted (f->ws, f->david, lasfix));
  g_assert_cmpuint (count_audit (f, "lift", "conflict"), ==, 0);

  g_assert_true (pj_store_lift_conflict (f->ws, c, "Aktierna är sålda.", &error));
  g_assert_no_error (error);
  g_assert_true (pj_conflict_get_lifted (c));
  g_assert_cmpstr (pj_conflict_get_lifted_reason (c), ==, "Aktierna är sålda.");
  g_assert_cmpint (pj_conflict_get_version (c), ==, 2);
  g_assert_false (pj_store_is_conflicted (f->ws, f->david, lasfix));
  e = last_audit (f, "lift", "conflict");
  g_assert_cmpint (pj_audit_entry_get_entity_id (e), ==, id);
  g_assert_cmpstr (pj_audit_entry_get_new_value (e), ==, "Aktierna är sålda.");

  /* Twice, or from a stale copy */
  g_assert_false (pj_store_lift_conflict (f->ws, c, "Igen.", &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pj_store_lift_conflict (f->ws, stale, "Igen.", &error));
  g_assert_true (error != NULL);
  g_clear_error (&error);
  g_assert_cmpuint (count_audit (f, "lift", "conflict"), ==, 1);

  /* Lifted: the juror may be assigned again */
  g_assert_true (pj_store_assign (f->ws, f->david, lasfix, &error));
  g_assert_no_error (error);

  /* Declared anew: the record comes back active, the assignment goes */
  pj_conflict_set_juror_id (back, f->david);
  pj_conflict_set_nomination_id (back, lasfix);
  pj_conflict_set_source (back, PJ_CONFLICT_DECLARED);
  pj_conflict_set_reason (back, PJ_CONFLICT_REASON_RELATIONSHIP);
  g_assert_true (pj_store_add_conflict (f->ws, back, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_conflict_get_id (back), ==, id);
  g_assert_cmpint (pj_conflict_get_version (back), ==, 3);
  g_assert_true (pj_store_is_conflicted (f->ws, f->david, lasfix));
  g_assert_cmpint (count_pair (f, "assignment", f->david, lasfix), ==, 0);
  g_assert_cmpuint (count_audit (f, "reinstate", "conflict"), ==, 1);
}

/* Enforcement ----------------------------------------------------------------- */

static void
test_enforcement (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjConflict) d = pj_conflict_new ();
  g_autoptr(PjConflict) c = pj_conflict_new ();
  g_autoptr(PjAuditEntry) e = NULL;
  g_autofree char *sheet_sql = NULL;
  g_autofree char *assign_sql = NULL;
  gint64 lasfix = add_nomination (f, "Läsfixarna", f->skola, f->skola_a, PJ_NOMINATION_ELIGIBLE);
  guint deleted_sheets;

  /* David has a draft, Cilla a submitted sheet */
  g_assert_true (pj_store_assign (f->ws, f->david, lasfix, &error));
  g_assert_no_error (error);
  g_assert_true (pj_store_assign (f->ws, f->cilla, lasfix, &error));
  g_assert_no_error (error);
  add_sheet (f, f->david, lasfix, "draft", 3);
  add_sheet (f, f->cilla, lasfix, "submitted", 5);
  deleted_sheets = count_audit (f, "delete", "score_sheet");

  /* An organiser adds David's conflict: his assignment and draft go */
  pj_conflict_set_juror_id (d, f->david);
  pj_conflict_set_nomination_id (d, lasfix);
  pj_conflict_set_source (d, PJ_CONFLICT_ORGANISER);
  pj_conflict_set_reason (d, PJ_CONFLICT_REASON_RELATIONSHIP);
  g_assert_true (pj_store_add_conflict (f->ws, d, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_pair (f, "assignment", f->david, lasfix), ==, 0);
  g_assert_cmpint (count_pair (f, "score_sheet", f->david, lasfix), ==, 0);
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM score"), ==, 1);
  g_assert_cmpuint (count_audit (f, "delete", "score_sheet"), ==, deleted_sheets + 1);
  g_assert_cmpuint (count_audit (f, "delete", "assignment"), ==, 1);
  e = last_audit (f, "delete", "assignment");
  g_assert_cmpint (pj_audit_entry_get_entity_id (e), ==, lasfix);
  g_assert_cmpstr (pj_audit_entry_get_old_value (e), ==, "David Holm");
  g_clear_object (&e);

  /* Cilla declares one after submitting: the sheet is set aside for good
   * (deleted, its scores kept in the audit log), so no result counts it */
  pj_conflict_set_juror_id (c, f->cilla);
  pj_conflict_set_nomination_id (c, lasfix);
  pj_conflict_set_source (c, PJ_CONFLICT_DECLARED);
  pj_conflict_set_reason (c, PJ_CONFLICT_REASON_FINANCIAL);
  g_assert_true (pj_store_add_conflict (f->ws, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_pair (f, "score_sheet", f->cilla, lasfix), ==, 0);
  g_assert_cmpint (count_pair (f, "assignment", f->cilla, lasfix), ==, 0);
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM score"), ==, 0);
  e = last_audit (f, "delete", "score_sheet");
  g_assert_nonnull (strstr (pj_audit_entry_get_old_value (e), "Cilla Lind"));
  g_assert_nonnull (strstr (pj_audit_entry_get_old_value (e), "submitted"));
  g_assert_nonnull (strstr (pj_audit_entry_get_old_value (e), "Nyhetsgrad 5"));

  /* The store refuses an assignment of a conflicted pair ... */
  g_assert_false (pj_store_assign (f->ws, f->david, lasfix, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "David Holm"));
  g_clear_error (&error);

  /* ... and so does the schema, for a sheet and for an assignment */
  sheet_sql = g_strdup_printf ("INSERT INTO score_sheet (juror_id, nomination_id)"
                               " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                               f->david, lasfix);
  g_assert_false (exec_in_transaction (f->ws, sheet_sql, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  assign_sql = g_strdup_printf ("INSERT INTO assignment (juror_id, nomination_id)"
                                " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                                f->david, lasfix);
  g_assert_false (exec_in_transaction (f->ws, assign_sql, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_pair (f, "assignment", f->david, lasfix), ==, 0);

  /* A conflict cannot be written beside a live assignment */
  exec_ok (f->ws, "DELETE FROM conflict");
  g_assert_true (pj_store_assign (f->ws, f->david, lasfix, &error));
  g_assert_no_error (error);
  {
    g_autofree char *sql =
      g_strdup_printf ("INSERT INTO conflict (juror_id, nomination_id, source, created)"
                       " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 'organiser',"
                       " '2026-03-01T08:00:00Z')", f->david, lasfix);

    g_assert_false (exec_in_transaction (f->ws, sql, &error));
    g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_true (pj_workspace_check (f->ws, NULL, &error));
  g_assert_no_error (error);
}

/* Assignment by hand ------------------------------------------------------------ */

static void
test_manual (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) mine = NULL;
  g_autoptr(GArray) theirs = NULL;
  g_autoptr(PjAuditEntry) e = NULL;
  gint64 bygg = add_nomination (f, "Bygglov på nätet", f->skola, f->utbf, PJ_NOMINATION_ELIGIBLE);
  gint64 mat = add_nomination (f, "Matglädje", f->aldre, f->aldref, PJ_NOMINATION_SUBMITTED);
  gint64 utkast = add_nomination (f, "Utkastet", f->skola, f->sbk, PJ_NOMINATION_DRAFT);

  g_assert_true (pj_store_assign (f->ws, f->david, bygg, &error));
  g_assert_no_error (error);
  g_assert_true (pj_store_is_assigned (f->ws, f->david, bygg));
  g_assert_cmpint (query_int (f->ws, "SELECT manual FROM assignment"), ==, 1);
  g_assert_cmpuint (f->n_assignment_signals, ==, 1);
  e = last_audit (f, "create", "assignment");
  g_assert_cmpint (pj_audit_entry_get_entity_id (e), ==, bygg);
  g_assert_nonnull (strstr (pj_audit_entry_get_new_value (e), "David Holm"));

  /* Twice: nothing more */
  g_assert_true (pj_store_assign (f->ws, f->david, bygg, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_audit (f, "create", "assignment"), ==, 1);

  /* Not in the juror's categories; not in scoring */
  g_assert_false (pj_store_assign (f->ws, f->david, mat, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pj_store_assign (f->ws, f->david, utkast, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pj_store_assign (f->ws, f->cilla, mat, &error));
  g_assert_no_error (error);
  g_assert_true (pj_store_assign (f->ws, f->cilla, bygg, &error));
  g_assert_no_error (error);

  mine = pj_store_list_juror_assignments (f->ws, f->cilla, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mine->len, ==, 2);
  g_assert_cmpint (g_array_index (mine, gint64, 0), ==, bygg);
  g_assert_cmpint (g_array_index (mine, gint64, 1), ==, mat);
  theirs = pj_store_list_nomination_assignments (f->ws, bygg, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (theirs->len, ==, 2);

  /* Unassigning removes a draft; a submitted sheet blocks it */
  add_sheet (f, f->david, bygg, "draft", 2);
  add_sheet (f, f->cilla, bygg, "submitted", 4);
  g_assert_true (pj_store_unassign (f->ws, f->david, bygg, &error));
  g_assert_no_error (error);
  g_assert_false (pj_store_is_assigned (f->ws, f->david, bygg));
  g_assert_cmpint (count_pair (f, "score_sheet", f->david, bygg), ==, 0);
  g_assert_cmpuint (count_audit (f, "delete", "assignment"), ==, 1);
  g_assert_cmpuint (count_audit (f, "delete", "score_sheet"), ==, 1);

  g_assert_false (pj_store_unassign (f->ws, f->cilla, bygg, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (pj_store_is_assigned (f->ws, f->cilla, bygg));
  g_assert_cmpint (count_pair (f, "score_sheet", f->cilla, bygg), ==, 1);

  g_assert_false (pj_store_unassign (f->ws, f->david, bygg, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_audit (f, "delete", "assignment"), ==, 1);
}

/* Distribution, the pure function ------------------------------------------------- */

typedef struct
{
  GArray *nominations;    /* PjDistNomination */
  GArray *jurors;         /* PjDistJuror */
  GArray *conflicts;      /* PjPair */
  GArray *existing;       /* PjPair */
  gint64  categories[64][2];
} Case;

static void
case_init (Case *c)
{
  memset (c, 0, sizeof *c);
  c->nominations = g_array_new (FALSE, FALSE, sizeof (PjDistNomination));
  c->jurors = g_array_new (FALSE, FALSE, sizeof (PjDistJuror));
  c->conflicts = g_array_new (FALSE, FALSE, sizeof (PjPair));
  c->existing = g_array_new (FALSE, FALSE, sizeof (PjPair));
}

static void
case_clear (Case *c)
{
  g_array_unref (c->nominations);
  g_array_unref (c->jurors);
  g_array_unref (c->conflicts);
  g_array_unref (c->existing);
}

static void
case_nominations (Case   *c,
                  gint64  first_id,
                  guint   n,
                  gint64  category)
{
  for (guint i = 0; i < n; i++)
    {
      PjDistNomination nom = { first_id + i, category };
      g_array_append_val (c->nominations, nom);
    }
}

/* Juror @id (1..63) serving in one or two categories (0: none). */
static void
case_juror (Case   *c,
            gint64  id,
            gint64  cat1,
            gint64  cat2,
            guint   load)
{
  PjDistJuror j = { id, c->categories[id], 0, load };

  g_assert_cmpint (id, <, 64);
  if (cat1 != 0)
    c->categories[id][j.n_category_ids++] = cat1;
  if (cat2 != 0)
    c->categories[id][j.n_category_ids++] = cat2;
  g_array_append_val (c->jurors, j);
}

static void
case_pair (GArray *pairs,
           gint64  juror,
           gint64  nomination)
{
  PjPair p = { juror, nomination };
  g_array_append_val (pairs, p);
}

static PjDistResult *
case_run (Case  *c,
          guint  k)
{
  PjDistInput input = {
    (const PjDistNomination *) (gpointer) c->nominations->data, c->nominations->len,
    (const PjDistJuror *) (gpointer) c->jurors->data, c->jurors->len,
    (const PjPair *) (gpointer) c->conflicts->data, c->conflicts->len,
    (const PjPair *) (gpointer) c->existing->data, c->existing->len,
    k,
  };

  return pj_distribute (&input);
}

static guint
count_for (const PjDistResult *r,
           const GArray       *existing,
           gint64              nomination)
{
  guint n = 0;

  for (guint i = 0; i < r->added->len; i++)
    n += g_array_index (r->added, PjPair, i).nomination_id == nomination;
  for (guint i = 0; existing != NULL && i < existing->len; i++)
    n += g_array_index (existing, PjPair, i).nomination_id == nomination;
  return n;
}

static gboolean
has_pair (const GArray *pairs,
          gint64        juror,
          gint64        nomination)
{
  for (guint i = 0; i < pairs->len; i++)
    {
      const PjPair *p = &g_array_index (pairs, PjPair, i);
      if (p->juror_id == juror && p->nomination_id == nomination)
        return TRUE;
    }
  return FALSE;
}

static void
test_distribute_balanced (void)
{
  Case c;
  g_autoptr(PjDistResult) r = NULL;
  g_autoptr(PjDistResult) again = NULL;
  guint lo = G_MAXUINT, hi = 0;

  /* 20 nominations, 7 jurors, K = 3: 60 assignments, loads 8 or 9 */
  case_init (&c);
  case_nominations (&c, 100, 20, 1);
  for (gint64 j = 1; j <= 7; j++)
    case_juror (&c, j, 1, 0, 0);
  r = case_run (&c, 3);

  g_assert_cmpuint (r->added->len, ==, 60);
  g_assert_cmpuint (r->shortfalls->len, ==, 0);
  for (gint64 n = 100; n < 120; n++)
    g_assert_cmpuint (count_for (r, NULL, n), ==, 3);
  for (guint j = 0; j < r->n_loads; j++)
    {
      lo = MIN (lo, r->loads[j]);
      hi = MAX (hi, r->loads[j]);
    }
  g_assert_cmpuint (hi - lo, <=, 1);
  g_assert_cmpuint (lo, ==, 8);

  /* No pair twice; sorted by nomination then juror */
  for (guint i = 1; i < r->added->len; i++)
    {
      const PjPair *a = &g_array_index (r->added, PjPair, i - 1);
      const PjPair *b = &g_array_index (r->added, PjPair, i);

      g_assert_true (a->nomination_id < b->nomination_id ||
                     (a->nomination_id == b->nomination_id && a->juror_id < b->juror_id));
    }

  /* Deterministic */
  again = case_run (&c, 3);
  g_assert_cmpuint (again->added->len, ==, r->added->len);
  g_assert_cmpmem (again->added->data, again->added->len * sizeof (PjPair),
                   r->added->data, r->added->len * sizeof (PjPair));
  case_clear (&c);

  /* Loads already uneven: the light jurors catch up first */
  case_init (&c);
  case_nominations (&c, 1, 4, 1);
  case_juror (&c, 1, 1, 0, 4);
  case_juror (&c, 2, 1, 0, 0);
  case_juror (&c, 3, 1, 0, 0);
  g_clear_pointer (&r, pj_dist_result_free);
  r = case_run (&c, 2);
  g_assert_cmpuint (r->added->len, ==, 8);
  g_assert_cmpuint (r->loads[0], ==, 4);
  g_assert_cmpuint (r->loads[1], ==, 4);
  g_assert_cmpuint (r->loads[2], ==, 4);
  case_clear (&c);
}

static void
test_distribute_rules (void)
{
  Case c;
  g_autoptr(PjDistResult) r = NULL;

  case_init (&c);
  /* Category 1: nominations 1..6, jurors 1..4 (juror 4 also in 2)
   * Category 2: nominations 11..13, jurors 4, 5
   * Category 3: nomination 21, nobody; nomination 31 without category */
  case_nominations (&c, 1, 6, 1);
  case_nominations (&c, 11, 3, 2);
  case_nominations (&c, 21, 1, 3);
  case_nominations (&c, 31, 1, PJ_NO_ID);
  case_juror (&c, 1, 1, 0, 0);
  case_juror (&c, 2, 1, 0, 0);
  case_juror (&c, 3, 1, 0, 0);
  case_juror (&c, 4, 1, 2, 0);
  case_juror (&c, 5, 2, 0, 0);
  /* Nomination 1: jurors 1, 2, 3 conflicted: only 4 left */
  case_pair (c.conflicts, 1, 1);
  case_pair (c.conflicts, 2, 1);
  case_pair (c.conflicts, 3, 1);
  case_pair (c.conflicts, 2, 2);
  /* Nomination 3 has two jurors already (kept; counted) */
  case_pair (c.existing, 1, 3);
  case_pair (c.existing, 2, 3);
  /* Nomination 4 has one */
  case_pair (c.existing, 3, 4);

  r = case_run (&c, 3);

  /* Conflicts respected, existing pairs not repeated */
  for (guint i = 0; i < r->added->len; i++)
    {
      const PjPair *p = &g_array_index (r->added, PjPair, i);

      g_assert_false (has_pair (c.conflicts, p->juror_id, p->nomination_id));
      g_assert_false (has_pair (c.existing, p->juror_id, p->nomination_id));
      /* Categories respected */
      if (p->nomination_id <= 6)
        g_assert_cmpint (p->juror_id, <=, 4);
      else if (p->nomination_id <= 13)
        g_assert_cmpint (p->juror_id, >=, 4);
      else
        g_assert_not_reached ();
    }

  g_assert_cmpuint (count_for (r, c.existing, 2), ==, 3);
  g_assert_cmpuint (count_for (r, c.existing, 3), ==, 3);
  g_assert_cmpuint (count_for (r, c.existing, 4), ==, 3);
  g_assert_cmpuint (count_for (r, c.existing, 5), ==, 3);
  g_assert_true (has_pair (r->added, 4, 1));

  /* Shortfalls, by nomination id, with the reason */
  g_assert_cmpuint (r->shortfalls->len, ==, 6);
  {
    const PjShortfall *s = &g_array_index (r->shortfalls, PjShortfall, 0);
    g_autofree char *text = pj_shortfall_describe (s, 3);

    g_assert_cmpint (s->nomination_id, ==, 1);
    g_assert_cmpint (s->reason, ==, PJ_SHORTFALL_CONFLICTS);
    g_assert_cmpuint (s->assigned, ==, 1);
    g_assert_cmpuint (s->in_category, ==, 4);
    g_assert_cmpuint (s->conflicted, ==, 3);
    g_assert_nonnull (strstr (text, "1 of the 3"));
    g_assert_nonnull (strstr (text, "conflict"));
  }
  for (guint i = 1; i <= 3; i++)
    {
      const PjShortfall *s = &g_array_index (r->shortfalls, PjShortfall, i);

      g_assert_cmpint (s->nomination_id, ==, 10 + i);
      g_assert_cmpint (s->reason, ==, PJ_SHORTFALL_TOO_FEW_JURORS);
      g_assert_cmpuint (s->assigned, ==, 2);
    }
  g_assert_cmpint (g_array_index (r->shortfalls, PjShortfall, 4).nomination_id, ==, 21);
  g_assert_cmpint (g_array_index (r->shortfalls, PjShortfall, 4).reason, ==,
                   PJ_SHORTFALL_NO_JURORS);
  g_assert_cmpint (g_array_index (r->shortfalls, PjShortfall, 5).nomination_id, ==, 31);
  g_assert_cmpint (g_array_index (r->shortfalls, PjShortfall, 5).reason, ==,
                   PJ_SHORTFALL_NO_CATEGORY);
  for (guint i = 0; i < r->shortfalls->len; i++)
    {
      g_autofree char *text =
        pj_shortfall_describe (&g_array_index (r->shortfalls, PjShortfall, i), 3);
      g_assert_true (text != NULL && text[0] != '\0');
    }

  /* Enough already: nothing added */
  g_clear_pointer (&r, pj_dist_result_free);
  r = case_run (&c, 1);
  g_assert_cmpuint (count_for (r, NULL, 3), ==, 0);
  g_assert_cmpuint (count_for (r, NULL, 4), ==, 0);
  case_clear (&c);
}

/* Distribution and coverage through the store ------------------------------------- */

static void
test_distribute_store (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjDistributeSummary) summary = NULL;
  g_autoptr(PjDistributeSummary) second = NULL;
  g_autoptr(PjCoverage) cov = NULL;
  g_autoptr(PjAuditEntry) e = NULL;
  gint64 ids[8];

  ids[0] = add_nomination (f, "Läsfixarna", f->skola, f->skola_a, PJ_NOMINATION_ELIGIBLE);
  ids[1] = add_nomination (f, "Stadsodling", f->skola, f->utbf, PJ_NOMINATION_SUBMITTED);
  ids[2] = add_nomination (f, "Bygglov på nätet", f->skola, f->sbk, PJ_NOMINATION_ELIGIBLE);
  ids[3] = add_nomination (f, "Skolgården", f->skola, PJ_NO_ID, PJ_NOMINATION_ELIGIBLE);
  ids[4] = add_nomination (f, "Matglädje", f->aldre, f->aldref, PJ_NOMINATION_ELIGIBLE);
  ids[5] = add_nomination (f, "Trygg hemma", f->aldre, PJ_NO_ID, PJ_NOMINATION_ELIGIBLE);
  ids[6] = add_nomination (f, "Utkastet", f->skola, PJ_NO_ID, PJ_NOMINATION_DRAFT);
  ids[7] = add_nomination (f, "Avböjd", f->skola, PJ_NO_ID, PJ_NOMINATION_WITHDRAWN);

  /* A manual assignment stays */
  g_assert_true (pj_store_assign (f->ws, f->bo, ids[2], &error));
  g_assert_no_error (error);

  g_assert_true (pj_store_distribute (f->ws, f->edition, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary->k, ==, 2);
  g_assert_cmpuint (summary->n_nominations, ==, 6);
  /* The six automatic conflicts were recorded as the nominations were
   * created; distribute's own refresh finds nothing more. */
  g_assert_cmpuint (summary->n_conflicts_added, ==, 0);
  g_assert_cmpuint (summary->n_conflicts_removed, ==, 0);
  g_assert_cmpuint (count_audit (f, "create", "conflict"), ==, 6);

  /* Skola: Läsfixarna has Cilla and David (Anna and Bo conflicted),
   * Stadsodling the same; Bygglov: Bo by hand + one; Skolgården: two.
   * Äldreomsorg: Matglädje only Cilla (Eva conflicted) -> below K;
   * Trygg hemma: Cilla and Eva. */
  g_assert_true (pj_store_is_assigned (f->ws, f->cilla, ids[0]));
  g_assert_true (pj_store_is_assigned (f->ws, f->david, ids[0]));
  g_assert_false (pj_store_is_assigned (f->ws, f->anna, ids[0]));
  g_assert_false (pj_store_is_assigned (f->ws, f->bo, ids[0]));
  g_assert_true (pj_store_is_assigned (f->ws, f->bo, ids[2]));
  g_assert_false (pj_store_is_assigned (f->ws, f->cilla, ids[2]));
  g_assert_false (pj_store_is_assigned (f->ws, f->eva, ids[4]));
  g_assert_true (pj_store_is_assigned (f->ws, f->cilla, ids[4]));
  g_assert_cmpuint (summary->shortfalls->len, ==, 1);
  g_assert_cmpint (g_array_index (summary->shortfalls, PjShortfall, 0).nomination_id, ==,
                   ids[4]);
  g_assert_cmpint (g_array_index (summary->shortfalls, PjShortfall, 0).reason, ==,
                   PJ_SHORTFALL_CONFLICTS);
  g_assert_cmpuint (summary->n_added, ==, 2 + 2 + 1 + 2 + 1 + 2);
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM assignment"), ==, 11);
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM assignment WHERE manual = 1"), ==, 1);
  /* Not in scoring: none */
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM assignment a JOIN nomination n"
                                     " ON n.id = a.nomination_id"
                                     " WHERE n.status IN ('draft', 'withdrawn')"), ==, 0);
  /* Never a conflicted pair */
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM assignment a JOIN conflict c"
                                     " USING (juror_id, nomination_id) WHERE c.lifted = 0"),
                   ==, 0);

  /* One audit entry with the counts */
  g_assert_cmpuint (count_audit (f, "distribute", "edition"), ==, 1);
  e = last_audit (f, "distribute", "edition");
  g_assert_cmpint (pj_audit_entry_get_entity_id (e), ==, f->edition);
  g_assert_cmpstr (pj_audit_entry_get_new_value (e), ==,
                   "10 assignments added; 1 of 6 nominations below 2 jurors");
  g_assert_cmpuint (count_audit (f, "create", "assignment"), ==, 1);

  /* Again: nothing to add */
  g_assert_true (pj_store_distribute (f->ws, f->edition, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (second->n_added, ==, 0);
  g_assert_cmpuint (second->n_conflicts_added, ==, 0);
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM assignment"), ==, 11);

  /* Coverage: some sheets in */
  add_sheet (f, f->cilla, ids[0], "submitted", 4);
  add_sheet (f, f->david, ids[0], "draft", 2);
  add_sheet (f, f->cilla, ids[5], "abstained", 1);
  cov = pj_store_coverage (f->ws, f->edition, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cov->k, ==, 2);
  g_assert_cmpuint (cov->nominations->len, ==, 6);
  g_assert_cmpuint (cov->n_below_k, ==, 1);
  for (guint i = 0; i < cov->nominations->len; i++)
    {
      const PjNominationCoverage *n = &g_array_index (cov->nominations, PjNominationCoverage, i);

      if (n->nomination_id == ids[0])
        {
          g_assert_cmpstr (n->title, ==, "Läsfixarna");
          g_assert_cmpuint (n->assigned, ==, 2);
          g_assert_cmpuint (n->submitted, ==, 1);
          g_assert_cmpuint (n->drafts, ==, 1);
          g_assert_false (n->below_k);
        }
      else if (n->nomination_id == ids[4])
        {
          g_assert_cmpuint (n->assigned, ==, 1);
          g_assert_true (n->below_k);
        }
      else if (n->nomination_id == ids[5])
        {
          g_assert_cmpuint (n->abstained, ==, 1);
          g_assert_cmpuint (n->submitted, ==, 0);
        }
      else
        g_assert_false (n->below_k);
    }
  g_assert_cmpuint (cov->jurors->len, ==, 5);
  {
    guint total = 0;

    for (guint i = 0; i < cov->jurors->len; i++)
      {
        const PjJurorCoverage *j = &g_array_index (cov->jurors, PjJurorCoverage, i);

        total += j->load;
        if (j->juror_id == f->cilla)
          {
            g_assert_cmpstr (j->name, ==, "Cilla Lind");
            g_assert_cmpuint (j->submitted, ==, 1);
            g_assert_cmpuint (j->abstained, ==, 1);
            g_assert_cmpuint (j->drafts, ==, 0);
          }
        else if (j->juror_id == f->david)
          g_assert_cmpuint (j->drafts, ==, 1);
      }
    g_assert_cmpuint (total, ==, 11);
    /* by name: Anna first */
    g_assert_cmpstr (g_array_index (cov->jurors, PjJurorCoverage, 0).name, ==, "Anna Berg");
  }
}

/* 10 000 nominations, 200 jurors -------------------------------------------------- */

static void
test_large (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjDistributeSummary) summary = NULL;
  g_autoptr(PjDistributeSummary) fresh = NULL;
  g_autoptr(PjCoverage) cov = NULL;
  g_autoptr(PjCoverage) after = NULL;
  gint64 edition, conflicts, sheets;
  gint64 t0;
  double ms_distribute, ms_coverage, ms_fresh, ms_refresh;
  guint lo = G_MAXUINT, hi = 0;

  t0 = g_get_monotonic_time ();
  g_assert_true (pj_demo_generate (f->ws, 10000, 200, 7, &error));
  g_assert_no_error (error);
  g_test_message ("generated in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
  edition = query_int (f->ws, "SELECT e.id FROM edition e JOIN award a ON a.id = e.award_id"
                              " WHERE a.name = 'Syntetiskt pris'");
  conflicts = query_int (f->ws, "SELECT count(*) FROM conflict");
  sheets = query_int (f->ws, "SELECT count(*) FROM score_sheet");

  /* The example data's automatic conflicts follow the same rule */
  t0 = g_get_monotonic_time ();
  g_assert_true (pj_store_refresh_automatic_conflicts (f->ws, edition, &error));
  g_assert_no_error (error);
  ms_refresh = (g_get_monotonic_time () - t0) / 1000.0;
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM conflict"), ==, conflicts);

  t0 = g_get_monotonic_time ();
  g_assert_true (pj_store_distribute (f->ws, edition, &summary, &error));
  g_assert_no_error (error);
  ms_distribute = (g_get_monotonic_time () - t0) / 1000.0;
  g_assert_cmpuint (summary->n_conflicts_added + summary->n_conflicts_removed, ==, 0);
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM score_sheet"), ==, sheets);

  t0 = g_get_monotonic_time ();
  cov = pj_store_coverage (f->ws, edition, &error);
  g_assert_no_error (error);
  ms_coverage = (g_get_monotonic_time () - t0) / 1000.0;
  g_assert_cmpuint (cov->n_below_k, ==, summary->shortfalls->len);
  g_assert_cmpuint (cov->jurors->len, ==, 200);

  /* From nothing: every nomination gets K, loads even within reason */
  t0 = g_get_monotonic_time ();
  exec_ok (f->ws, "DELETE FROM assignment");
  g_test_message ("deleted in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
  t0 = g_get_monotonic_time ();
  g_assert_true (pj_store_distribute (f->ws, edition, &fresh, &error));
  g_assert_no_error (error);
  ms_fresh = (g_get_monotonic_time () - t0) / 1000.0;
  after = pj_store_coverage (f->ws, edition, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->n_below_k, ==, fresh->shortfalls->len);
  g_assert_cmpuint (fresh->n_added, ==, fresh->n_nominations * fresh->k);
  for (guint i = 0; i < after->jurors->len; i++)
    {
      const PjJurorCoverage *j = &g_array_index (after->jurors, PjJurorCoverage, i);

      if (j->load == 0)
        continue;
      lo = MIN (lo, j->load);
      hi = MAX (hi, j->load);
    }
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM assignment a JOIN conflict c"
                                     " USING (juror_id, nomination_id) WHERE c.lifted = 0"),
                   ==, 0);

  g_test_message ("10 000 nominations, 200 jurors: refresh %.0f ms, distribute %.0f ms "
                  "(%u added), coverage %.0f ms (2 queries), distribute from nothing %.0f ms "
                  "(%u added, loads %u..%u)",
                  ms_refresh, ms_distribute, summary->n_added, ms_coverage, ms_fresh,
                  fresh->n_added, lo, hi);
  g_assert_cmpfloat (ms_fresh, <, 10000);
  g_assert_cmpfloat (ms_coverage, <, 2000);
}

/* The example awards' automatic conflicts follow the same rule */
static void
test_examples (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pj-assignment-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "examples.prisjury", NULL);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GArray) editions = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  gint64 conflicts, assignments;

  g_assert_no_error (error);
  ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (ws, USER);
  g_assert_true (pj_demo_load_examples (ws, &error));
  g_assert_no_error (error);
  conflicts = query_int (ws, "SELECT count(*) FROM conflict");
  assignments = query_int (ws, "SELECT count(*) FROM assignment");
  g_assert_cmpint (conflicts, >, 0);

  g_assert_true (pj_store_refresh_automatic_conflicts (ws, PJ_NO_ID, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM conflict"), ==, conflicts);
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM audit WHERE entity = 'conflict'"), ==, 0);

  g_assert_cmpint (sqlite3_prepare_v2 (pj_workspace_get_db (ws), "SELECT id FROM edition", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (editions, id);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (editions->len, ==, 4);

  for (guint i = 0; i < editions->len; i++)
    {
      g_autoptr(PjDistributeSummary) summary = NULL;

      g_assert_true (pj_store_distribute (ws, g_array_index (editions, gint64, i), &summary,
                                          &error));
      g_assert_no_error (error);
      g_assert_cmpuint (summary->n_conflicts_added + summary->n_conflicts_removed, ==, 0);
      /* Every juror of a category already scores each nomination there */
      g_assert_cmpuint (summary->n_added, ==, 0);
    }
  g_assert_cmpint (query_int (ws, "SELECT count(*) FROM assignment"), ==, assignments);

  g_assert_finalize_object (g_steal_pointer (&ws));
  pj_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/assignment/conflict/automatic", test_automatic);
  ADD ("/assignment/conflict/automatic-unrecorded", test_automatic_unrecorded);
  ADD ("/assignment/conflict/declared", test_declared);
  ADD ("/assignment/conflict/organiser-and-lift", test_organiser_and_lift);
  ADD ("/assignment/conflict/enforcement", test_enforcement);
  ADD ("/assignment/manual", test_manual);
  g_test_add_func ("/assignment/distribute/balanced", test_distribute_balanced);
  g_test_add_func ("/assignment/distribute/rules", test_distribute_rules);
  ADD ("/assignment/distribute/store-and-coverage", test_distribute_store);
  ADD ("/assignment/distribute/large", test_large);
  g_test_add_func ("/assignment/conflict/examples", test_examples);

#undef ADD

  return g_test_run ();
}
