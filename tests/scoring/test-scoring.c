/* test-scoring.c: jurors' score sheets as the store keeps them
 *
 * Most tests work on a small hand-made edition in the scoring phase:
 *
 *   categories  Skola, Äldreomsorg
 *   criteria    Nyhetsgrad   weight 2, 1..5, required
 *               Språng       weight 1, 0..4, required
 *               Samverkan    weight 0, 1..5, not required (shown, not counted)
 *               Omsorg       weight 1, 1..5, required, only Äldreomsorg
 *   nominations Läsfixarna (Skola), Matlaget (Äldreomsorg),
 *               Trygga kvällar (Skola)
 *   jurors      Anna Berg    Matlaget, Trygga kvällar; a conflict with
 *                            Läsfixarna
 *               Bo Ek        all three
 *               Cecilia Dahl Läsfixarna, Matlaget
 *               Dan Holm     Läsfixarna only
 *
 * Others run on the example awards of pj_demo_load_examples.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-scoring"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "pj-demo.h"
#include "pj-store.h"
#include "pj-store-nomination.h"
#include "pj-store-scoring.h"
#include "pj-workspace-private.h"
#include "pj-test-util.h"

#define USER "Eva Organisatör"

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  gint64       edition;
  gint64       skola;
  gint64       aldre;
  gint64       nyhet;        /* Nyhetsgrad */
  gint64       sprang;       /* Språng */
  gint64       samverkan;
  gint64       omsorg;
  gint64       lasfix;       /* Läsfixarna */
  gint64       matlag;       /* Matlaget */
  gint64       trygg;        /* Trygga kvällar */
  gint64       anna;
  gint64       bo;
  gint64       cecilia;
  gint64       dan;
  guint        n_changed;
} Fixture;

static void
changed_cb (PjWorkspace *ws,
            const char  *what,
            gpointer     user_data)
{
  Fixture *f = user_data;

  if (g_strcmp0 (what, "score") == 0)
    f->n_changed++;
}

/* Runs @sql with two integer parameters, for rows the tests set up by
 * hand (assignments and conflicts belong to another part of the store). */
static void
exec_pair (PjWorkspace *ws,
           const char  *sql,
           gint64       a,
           gint64       b)
{
  sqlite3 *db = pj_workspace_get_db (ws);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static void
assign (Fixture *f,
        gint64   juror,
        gint64   nomination)
{
  exec_pair (f->ws, "INSERT INTO assignment (juror_id, nomination_id) VALUES (?1, ?2)",
             juror, nomination);
}

static void
add_conflict (Fixture *f,
              gint64   juror,
              gint64   nomination)
{
  exec_pair (f->ws, "INSERT INTO conflict (juror_id, nomination_id, source, reason, created)"
                    " VALUES (?1, ?2, 'declared', 'relationship', '2026-03-01T10:00:00Z')",
             juror, nomination);
}

/* One integer from SQL with one parameter. */
static gint64
query_int (PjWorkspace *ws,
           const char  *sql,
           gint64       param)
{
  sqlite3 *db = pj_workspace_get_db (ws);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, param);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gint64
add_category (PjWorkspace *ws,
              gint64       edition,
              const char  *name)
{
  g_autoptr(PjCategory) category = pj_category_new ();
  g_autoptr(GError) error = NULL;

  pj_category_set_edition_id (category, edition);
  pj_category_set_name (category, name);
  g_assert_true (pj_store_create_category (ws, category, &error));
  g_assert_no_error (error);
  return pj_category_get_id (category);
}

static gint64
add_criterion (PjWorkspace *ws,
               gint64       edition,
               const char  *name,
               double       weight,
               int          min,
               int          max,
               gboolean     required,
               gint64       only_category)
{
  g_autoptr(PjCriterion) criterion = pj_criterion_new ();
  g_autoptr(GError) error = NULL;

  pj_criterion_set_edition_id (criterion, edition);
  pj_criterion_set_name (criterion, name);
  pj_criterion_set_weight (criterion, weight);
  pj_criterion_set_scale (criterion, min, max);
  pj_criterion_set_required (criterion, required);
  if (only_category != PJ_NO_ID)
    pj_criterion_set_category_ids (criterion, &only_category, 1);
  g_assert_true (pj_store_create_criterion (ws, criterion, &error));
  g_assert_no_error (error);
  return pj_criterion_get_id (criterion);
}

static gint64
add_juror (PjWorkspace *ws,
           gint64       edition,
           const char  *name,
           const char  *email)
{
  g_autoptr(PjJuror) juror = pj_juror_new ();
  g_autoptr(GError) error = NULL;

  pj_juror_set_edition_id (juror, edition);
  pj_juror_set_name (juror, name);
  pj_juror_set_email (juror, email);
  g_assert_true (pj_store_create_juror (ws, juror, &error));
  g_assert_no_error (error);
  return pj_juror_get_id (juror);
}

static gint64
add_nomination (PjWorkspace *ws,
                gint64       edition,
                gint64       category,
                const char  *title)
{
  g_autoptr(PjNomination) n = pj_nomination_new ();
  g_autoptr(GError) error = NULL;

  pj_nomination_set_edition_id (n, edition);
  pj_nomination_set_category_id (n, category);
  pj_nomination_set_title (n, title);
  pj_nomination_set_status (n, PJ_NOMINATION_ELIGIBLE);
  g_assert_true (pj_store_create_nomination (ws, n, &error));
  g_assert_no_error (error);
  return pj_nomination_get_id (n);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = pj_award_new ();
  g_autoptr(PjEdition) edition = pj_edition_new ();

  f->dir = g_dir_make_tmp ("pj-scoring-XXXXXX", &error);
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
  pj_edition_set_phase (edition, PJ_PHASE_SCORING);
  pj_edition_set_blind_policy (edition, PJ_BLIND_AFTER_SUBMIT);
  g_assert_true (pj_store_create_edition (f->ws, edition, &error));
  g_assert_no_error (error);
  f->edition = pj_edition_get_id (edition);

  f->skola = add_category (f->ws, f->edition, "Skola");
  f->aldre = add_category (f->ws, f->edition, "Äldreomsorg");
  f->nyhet = add_criterion (f->ws, f->edition, "Nyhetsgrad", 2, 1, 5, TRUE, PJ_NO_ID);
  f->sprang = add_criterion (f->ws, f->edition, "Språng", 1, 0, 4, TRUE, PJ_NO_ID);
  f->samverkan = add_criterion (f->ws, f->edition, "Samverkan", 0, 1, 5, FALSE, PJ_NO_ID);
  f->omsorg = add_criterion (f->ws, f->edition, "Omsorg", 1, 1, 5, TRUE, f->aldre);

  f->lasfix = add_nomination (f->ws, f->edition, f->skola, "Läsfixarna");
  f->matlag = add_nomination (f->ws, f->edition, f->aldre, "Matlaget");
  f->trygg = add_nomination (f->ws, f->edition, f->skola, "Trygga kvällar");

  f->anna = add_juror (f->ws, f->edition, "Anna Berg", "anna.berg@stockholm.se");
  f->bo = add_juror (f->ws, f->edition, "Bo Ek", "bo.ek@stockholm.se");
  f->cecilia = add_juror (f->ws, f->edition, "Cecilia Dahl", "cecilia.dahl@stockholm.se");
  f->dan = add_juror (f->ws, f->edition, "Dan Holm", "dan.holm@stockholm.se");

  add_conflict (f, f->anna, f->lasfix);
  assign (f, f->anna, f->matlag);
  assign (f, f->anna, f->trygg);
  assign (f, f->bo, f->lasfix);
  assign (f, f->bo, f->matlag);
  assign (f, f->bo, f->trygg);
  assign (f, f->cecilia, f->lasfix);
  assign (f, f->cecilia, f->matlag);
  assign (f, f->dan, f->lasfix);

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

static PjScoreSheet *
get_sheet (Fixture *f,
           gint64   juror,
           gint64   nomination)
{
  g_autoptr(GError) error = NULL;
  PjScoreSheet *sheet = pj_store_get_sheet (f->ws, juror, nomination, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

/* A juror's complete sheet for a Skola nomination, submitted. */
static void
submit_skola (Fixture *f,
              gint64   juror,
              gint64   nomination,
              int      nyhet,
              int      sprang)
{
  g_autoptr(PjScoreSheet) sheet = get_sheet (f, juror, nomination);
  g_autoptr(GError) error = NULL;

  pj_score_sheet_set_value (sheet, f->nyhet, nyhet);
  pj_score_sheet_set_value (sheet, f->sprang, sprang);
  g_assert_true (pj_store_submit_sheet (f->ws, sheet, &error));
  g_assert_no_error (error);
}

static void
submit_matlaget (Fixture *f,
                 gint64   juror)
{
  g_autoptr(PjScoreSheet) sheet = get_sheet (f, juror, f->matlag);
  g_autoptr(GError) error = NULL;

  pj_score_sheet_set_value (sheet, f->nyhet, 3);
  pj_score_sheet_set_value (sheet, f->sprang, 2);
  pj_score_sheet_set_value (sheet, f->omsorg, 4);
  g_assert_true (pj_store_submit_sheet (f->ws, sheet, &error));
  g_assert_no_error (error);
}

static void
set_blind_policy (Fixture       *f,
                  PjBlindPolicy  policy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjEdition) edition = pj_store_get_edition (f->ws, f->edition, &error);

  g_assert_no_error (error);
  pj_edition_set_blind_policy (edition, policy);
  g_assert_true (pj_store_update_edition (f->ws, edition, &error));
  g_assert_no_error (error);
}

static void
set_phase (Fixture *f,
           PjPhase  phase)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjEdition) edition = pj_store_get_edition (f->ws, f->edition, &error);

  g_assert_no_error (error);
  if (phase == PJ_PHASE_DECIDED || phase == PJ_PHASE_PUBLISHED ||
      pj_edition_get_phase (edition) == PJ_PHASE_DECIDED ||
      pj_edition_get_phase (edition) == PJ_PHASE_PUBLISHED)
    {
      /* Setup cannot decide an edition (Results does, with its checks):
       * the fixture sets the phase directly. */
      sqlite3 *db = pj_workspace_get_db (f->ws);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE edition SET phase = ?1,"
                                               " version = version + 1 WHERE id = ?2",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, pj_phase_to_string (phase), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, f->edition);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
      return;
    }
  pj_edition_set_phase (edition, phase);
  g_assert_true (pj_store_update_edition (f->ws, edition, &error));
  g_assert_no_error (error);
}

/* The audit entry of a sheet with @action and @field, newest first; NULL
 * when there is none. */
static PjAuditEntry *
find_audit (Fixture    *f,
            gint64      sheet_id,
            const char *action,
            const char *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) log = pj_store_list_audit (f->ws, "score_sheet", sheet_id, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(PjAuditEntry) entry = g_list_model_get_item (log, i);

      if (g_strcmp0 (pj_audit_entry_get_action (entry), action) == 0 &&
          g_strcmp0 (pj_audit_entry_get_field (entry), field) == 0)
        return g_steal_pointer (&entry);
    }
  return NULL;
}

static guint
count_audit (Fixture *f,
             gint64   sheet_id)
{
  g_autoptr(GListModel) log = pj_store_list_audit (f->ws, "score_sheet", sheet_id, 0, NULL);

  g_assert_nonnull (log);
  return g_list_model_get_n_items (log);
}

/* Tests ------------------------------------------------------------------- */

/* Totals by hand. Nyhetsgrad 4 of 1..5 is 0.75 (weight 2), Språng 1 of
 * 0..4 is 0.25 (weight 1), Samverkan weighs 0, Omsorg counts only in
 * Äldreomsorg. */
static void
test_total (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) criteria = pj_store_list_criteria (f->ws, f->edition, &error);
  g_autoptr(PjScoreSheet) sheet = pj_score_sheet_new (f->bo, f->lasfix);

  g_assert_no_error (error);

  /* Nothing scored: no total. */
  g_assert_cmpfloat (pj_sheet_total (sheet, criteria, f->skola), ==, -1);
  /* Only a criterion of weight 0: still nothing that counts. */
  pj_score_sheet_set_value (sheet, f->samverkan, 5);
  g_assert_cmpfloat (pj_sheet_total (sheet, criteria, f->skola), ==, -1);

  /* Running total over what is scored: 0.75 → 75 points. */
  pj_score_sheet_set_value (sheet, f->nyhet, 4);
  g_assert_cmpfloat_with_epsilon (pj_sheet_total (sheet, criteria, f->skola), 75.0, 1e-9);

  /* (2 × 0.75 + 1 × 0.25) / 3 × 100 = 58.33…; Samverkan 5 changes nothing. */
  pj_score_sheet_set_value (sheet, f->sprang, 1);
  g_assert_cmpfloat_with_epsilon (pj_sheet_total (sheet, criteria, f->skola),
                                  175.0 / 3.0, 1e-9);
  pj_score_sheet_set_value (sheet, f->samverkan, 1);
  g_assert_cmpfloat_with_epsilon (pj_sheet_total (sheet, criteria, f->skola),
                                  175.0 / 3.0, 1e-9);

  /* Omsorg 5 (1.0, weight 1) counts in Äldreomsorg only:
   * (1.5 + 0.25 + 1) / 4 × 100 = 68.75. */
  pj_score_sheet_set_value (sheet, f->omsorg, 5);
  g_assert_cmpfloat_with_epsilon (pj_sheet_total (sheet, criteria, f->skola),
                                  175.0 / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pj_sheet_total (sheet, criteria, f->aldre), 68.75, 1e-9);

  /* Ends of the scales: 0 and 100. */
  pj_score_sheet_set_value (sheet, f->nyhet, 1);
  pj_score_sheet_set_value (sheet, f->sprang, 0);
  g_assert_cmpfloat_with_epsilon (pj_sheet_total (sheet, criteria, f->skola), 0, 1e-9);
  pj_score_sheet_set_value (sheet, f->nyhet, 5);
  pj_score_sheet_set_value (sheet, f->sprang, 4);
  g_assert_cmpfloat_with_epsilon (pj_sheet_total (sheet, criteria, f->skola), 100, 1e-9);
}

static void
test_draft_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = get_sheet (f, f->bo, f->lasfix);
  g_autoptr(PjScoreSheet) again = NULL;
  g_autoptr(PjAuditEntry) entry = NULL;
  gint64 id;
  guint n_audit;

  /* No sheet yet: a new, unsaved draft. */
  g_assert_cmpint (pj_score_sheet_get_id (sheet), ==, PJ_NO_ID);
  g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_DRAFT);
  g_assert_cmpstr (pj_score_sheet_get_juror_name (sheet), ==, "Bo Ek");
  g_assert_cmpstr (pj_score_sheet_get_nomination_title (sheet), ==, "Läsfixarna");
  g_assert_cmpint (pj_score_sheet_get_value (sheet, f->nyhet), ==, PJ_SCORE_UNSET);

  pj_score_sheet_set_value (sheet, f->nyhet, 4);
  pj_score_sheet_set_comment (sheet, f->nyhet, "Helt nytt för skolan.");
  pj_score_sheet_set_value (sheet, f->samverkan, 2);
  /* A comment without a score is not kept by the workspace. */
  pj_score_sheet_set_comment (sheet, f->sprang, "Återkommer.");
  pj_score_sheet_set_overall_comment (sheet, "Lovande.");
  g_assert_true (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_no_error (error);
  id = pj_score_sheet_get_id (sheet);
  g_assert_cmpint (id, !=, PJ_NO_ID);
  g_assert_cmpint (pj_score_sheet_get_version (sheet), ==, 1);
  g_assert_cmpfloat_with_epsilon (pj_score_sheet_get_total (sheet), 75.0, 1e-9);
  g_assert_cmpuint (f->n_changed, ==, 1);

  again = get_sheet (f, f->bo, f->lasfix);
  g_assert_cmpint (pj_score_sheet_get_id (again), ==, id);
  g_assert_cmpint (pj_score_sheet_get_version (again), ==, 1);
  g_assert_cmpint (pj_score_sheet_get_status (again), ==, PJ_SHEET_DRAFT);
  g_assert_cmpint (pj_score_sheet_get_value (again, f->nyhet), ==, 4);
  g_assert_cmpstr (pj_score_sheet_get_comment (again, f->nyhet), ==, "Helt nytt för skolan.");
  g_assert_cmpint (pj_score_sheet_get_value (again, f->samverkan), ==, 2);
  g_assert_cmpint (pj_score_sheet_get_value (again, f->sprang), ==, PJ_SCORE_UNSET);
  g_assert_cmpstr (pj_score_sheet_get_comment (again, f->sprang), ==, "");
  g_assert_cmpstr (pj_score_sheet_get_overall_comment (again), ==, "Lovande.");
  g_assert_null (pj_score_sheet_get_submitted_at (again));
  g_assert_cmpuint (pj_score_sheet_count_values (again), ==, 2);

  /* The audit log: the sheet, each score, the comments. */
  entry = find_audit (f, id, "create", NULL);
  g_assert_nonnull (entry);
  g_assert_cmpstr (pj_audit_entry_get_who (entry), ==, USER);
  g_clear_object (&entry);
  entry = find_audit (f, id, "update", "score:Nyhetsgrad");
  g_assert_nonnull (entry);
  g_assert_null (pj_audit_entry_get_old_value (entry));
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "4");
  g_clear_object (&entry);
  entry = find_audit (f, id, "update", "comment:Nyhetsgrad");
  g_assert_nonnull (entry);
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "Helt nytt för skolan.");
  g_clear_object (&entry);
  entry = find_audit (f, id, "update", "overall_comment");
  g_assert_nonnull (entry);
  g_clear_object (&entry);
  g_assert_null (find_audit (f, id, "update", "score:Språng"));

  /* Saving again without a change writes nothing. */
  n_audit = count_audit (f, id);
  g_assert_true (pj_store_save_sheet_draft (f->ws, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_version (again), ==, 1);
  g_assert_cmpuint (count_audit (f, id), ==, n_audit);
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* A change: 4 → 5 audited old → new, the version moves on. */
  pj_score_sheet_set_value (again, f->nyhet, 5);
  pj_score_sheet_set_value (again, f->samverkan, PJ_SCORE_UNSET);
  g_assert_true (pj_store_save_sheet_draft (f->ws, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_version (again), ==, 2);
  entry = find_audit (f, id, "update", "score:Nyhetsgrad");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "4");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "5");
  g_clear_object (&entry);
  entry = find_audit (f, id, "update", "score:Samverkan");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "2");
  g_assert_null (pj_audit_entry_get_new_value (entry));
  g_assert_cmpuint (count_audit (f, id), ==, n_audit + 2);
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM score WHERE sheet_id = ?1", id),
                   ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 2);
}

static void
test_out_of_range (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = get_sheet (f, f->bo, f->lasfix);
  g_autoptr(PjScoreSheet) again = NULL;

  pj_score_sheet_set_value (sheet, f->nyhet, 6);
  g_assert_false (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The score for “Nyhetsgrad” must be between 1 and 5; 6 is outside the scale.");
  g_clear_error (&error);
  g_assert_cmpint (pj_score_sheet_get_id (sheet), ==, PJ_NO_ID);

  pj_score_sheet_set_value (sheet, f->nyhet, 3);
  pj_score_sheet_set_value (sheet, f->sprang, 5);
  g_assert_false (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Språng” must be between 0 and 4"));
  g_clear_error (&error);

  /* Nothing was written by the refused saves. */
  again = get_sheet (f, f->bo, f->lasfix);
  g_assert_cmpint (pj_score_sheet_get_id (again), ==, PJ_NO_ID);
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM score_sheet WHERE juror_id = ?1",
                              f->bo), ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 0);

  /* 0 is inside 0..4. */
  pj_score_sheet_set_value (sheet, f->sprang, 0);
  g_assert_true (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_no_error (error);

  /* A criterion limited to Äldreomsorg cannot be scored for a Skola entry. */
  pj_score_sheet_set_value (sheet, f->omsorg, 3);
  g_assert_false (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Omsorg"));
}

static void
test_submit_requires (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = get_sheet (f, f->bo, f->lasfix);
  g_autoptr(PjScoreSheet) matlag = get_sheet (f, f->bo, f->matlag);

  /* Samverkan is not required and Omsorg does not apply to Skola. */
  pj_score_sheet_set_value (sheet, f->samverkan, 3);
  g_assert_false (pj_store_submit_sheet (f->ws, sheet, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Score Nyhetsgrad and Språng before you submit.");
  g_clear_error (&error);
  g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_DRAFT);

  pj_score_sheet_set_value (sheet, f->nyhet, 3);
  g_assert_false (pj_store_submit_sheet (f->ws, sheet, &error));
  g_assert_cmpstr (error->message, ==, "Score Språng before you submit.");
  g_clear_error (&error);

  /* In Äldreomsorg, Omsorg is required too. */
  g_assert_false (pj_store_submit_sheet (f->ws, matlag, &error));
  g_assert_cmpstr (error->message, ==,
                   "Score Nyhetsgrad, Språng and Omsorg before you submit.");
  g_clear_error (&error);

  /* Nothing of the refused submits reached the workspace. */
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM score_sheet WHERE juror_id = ?1",
                              f->bo), ==, 0);

  /* Complete: submitted (Samverkan may stay empty). */
  pj_score_sheet_set_value (sheet, f->samverkan, PJ_SCORE_UNSET);
  pj_score_sheet_set_value (sheet, f->sprang, 2);
  g_assert_true (pj_store_submit_sheet (f->ws, sheet, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_SUBMITTED);
}

static void
test_submit_lock_reopen (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = get_sheet (f, f->bo, f->lasfix);
  g_autoptr(PjScoreSheet) stored = NULL;
  g_autoptr(PjScoreSheet) reopened = NULL;
  g_autoptr(PjAuditEntry) entry = NULL;
  guint submitted, total;
  gint64 id;

  pj_score_sheet_set_value (sheet, f->nyhet, 4);
  g_assert_true (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_no_error (error);
  id = pj_score_sheet_get_id (sheet);

  /* Submit saves the last edits in the same step. */
  pj_score_sheet_set_value (sheet, f->sprang, 1);
  g_assert_true (pj_store_submit_sheet (f->ws, sheet, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_SUBMITTED);
  g_assert_true (pj_score_sheet_is_locked (sheet));
  g_assert_nonnull (pj_score_sheet_get_submitted_at (sheet));
  g_assert_cmpint (pj_score_sheet_get_version (sheet), ==, 2);
  g_assert_cmpfloat_with_epsilon (pj_score_sheet_get_total (sheet), 175.0 / 3.0, 1e-9);

  stored = get_sheet (f, f->bo, f->lasfix);
  g_assert_cmpint (pj_score_sheet_get_status (stored), ==, PJ_SHEET_SUBMITTED);
  g_assert_cmpstr (pj_score_sheet_get_submitted_at (stored), ==,
                   pj_score_sheet_get_submitted_at (sheet));
  g_assert_cmpint (pj_score_sheet_get_value (stored, f->sprang), ==, 1);
  entry = find_audit (f, id, "submit", "status");
  g_assert_nonnull (entry);
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "draft");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "submitted");
  g_clear_object (&entry);

  pj_store_juror_progress (f->ws, f->bo, &submitted, &total);
  g_assert_cmpuint (submitted, ==, 1);
  g_assert_cmpuint (total, ==, 3);

  /* Locked: neither the submitted object nor a fresh read can be saved. */
  pj_score_sheet_set_value (sheet, f->nyhet, 2);
  g_assert_false (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The sheet is submitted. An organiser can reopen it.");
  g_clear_error (&error);
  pj_score_sheet_set_value (stored, f->nyhet, 2);
  g_assert_false (pj_store_save_sheet_draft (f->ws, stored, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pj_store_submit_sheet (f->ws, stored, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pj_store_abstain_sheet (f->ws, stored, NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f->ws, "SELECT value FROM score WHERE sheet_id = ?1"
                                     " ORDER BY criterion_id LIMIT 1", id), ==, 4);

  /* Reopen needs a reason. */
  g_assert_false (pj_store_reopen_sheet (f->ws, id, "  ", &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pj_store_reopen_sheet (f->ws, id, "Fel poäng på Nyhetsgrad, enligt Bo.",
                                        &error));
  g_assert_no_error (error);
  entry = find_audit (f, id, "reopen", "reason");
  g_assert_nonnull (entry);
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==,
                   "Fel poäng på Nyhetsgrad, enligt Bo.");
  g_clear_object (&entry);
  entry = find_audit (f, id, "reopen", "status");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "submitted");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "draft");
  g_clear_object (&entry);

  /* A draft cannot be reopened. */
  g_assert_false (pj_store_reopen_sheet (f->ws, id, "Igen", &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  /* Edit and resubmit. */
  reopened = get_sheet (f, f->bo, f->lasfix);
  g_assert_cmpint (pj_score_sheet_get_status (reopened), ==, PJ_SHEET_DRAFT);
  g_assert_null (pj_score_sheet_get_submitted_at (reopened));
  pj_score_sheet_set_value (reopened, f->nyhet, 2);
  g_assert_true (pj_store_save_sheet_draft (f->ws, reopened, &error));
  g_assert_no_error (error);
  g_assert_true (pj_store_submit_sheet (f->ws, reopened, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = get_sheet (f, f->bo, f->lasfix);
  g_assert_cmpint (pj_score_sheet_get_status (stored), ==, PJ_SHEET_SUBMITTED);
  g_assert_cmpint (pj_score_sheet_get_value (stored, f->nyhet), ==, 2);
  entry = find_audit (f, id, "update", "score:Nyhetsgrad");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "4");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "2");
}

static void
test_abstain (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = get_sheet (f, f->cecilia, f->matlag);
  g_autoptr(PjScoreSheet) stored = NULL;
  g_autoptr(GListModel) queue = NULL;
  g_autoptr(PjQueueItem) item = NULL;
  g_autoptr(PjAuditEntry) entry = NULL;
  guint submitted, total;

  /* No scores are needed to abstain. */
  g_assert_true (pj_store_abstain_sheet (f->ws, sheet, " Jag känner projektledaren. ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_ABSTAINED);
  g_assert_cmpstr (pj_score_sheet_get_overall_comment (sheet), ==,
                   "Jag känner projektledaren.");
  g_assert_cmpfloat (pj_score_sheet_get_total (sheet), ==, -1);

  stored = get_sheet (f, f->cecilia, f->matlag);
  g_assert_cmpint (pj_score_sheet_get_status (stored), ==, PJ_SHEET_ABSTAINED);
  g_assert_nonnull (pj_score_sheet_get_submitted_at (stored));
  g_assert_cmpstr (pj_score_sheet_get_overall_comment (stored), ==,
                   "Jag känner projektledaren.");
  entry = find_audit (f, pj_score_sheet_get_id (stored), "abstain", "status");
  g_assert_nonnull (entry);
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "abstained");

  /* Locked like a submitted sheet. */
  pj_score_sheet_set_value (stored, f->nyhet, 3);
  g_assert_false (pj_store_save_sheet_draft (f->ws, stored, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  /* Done in the queue and the progress. */
  queue = pj_store_list_juror_queue (f->ws, f->cecilia, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 2);
  item = g_list_model_get_item (queue, 1);
  g_assert_cmpint (pj_queue_item_get_nomination_id (item), ==, f->matlag);
  g_assert_cmpstr (pj_queue_item_get_category_name (item), ==, "Äldreomsorg");
  g_assert_cmpint (pj_queue_item_get_status (item), ==, PJ_SHEET_ABSTAINED);
  g_assert_true (pj_queue_item_is_done (item));
  pj_store_juror_progress (f->ws, f->cecilia, &submitted, &total);
  g_assert_cmpuint (submitted, ==, 1);
  g_assert_cmpuint (total, ==, 2);
}

static void
assert_conflict_error (GError *error)
{
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message,
                            "Anna Berg has a conflict of interest with “Läsfixarna”"));
}

static void
test_conflict_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = NULL;
  g_autoptr(PjScoreSheet) forged = pj_score_sheet_new (f->anna, f->lasfix);
  g_autoptr(GListModel) others = NULL;
  g_autoptr(GListModel) queue = NULL;

  /* Others have submitted, and the policy would show them. */
  submit_skola (f, f->bo, f->lasfix, 4, 3);
  set_blind_policy (f, PJ_BLIND_ALWAYS);

  sheet = pj_store_get_sheet (f->ws, f->anna, f->lasfix, &error);
  g_assert_null (sheet);
  assert_conflict_error (error);
  g_assert_cmpstr (error->message, ==,
                   "Anna Berg has a conflict of interest with “Läsfixarna” and cannot score it.");
  g_clear_error (&error);

  /* A sheet object made by hand is refused by save, submit and abstain. */
  pj_score_sheet_set_value (forged, f->nyhet, 5);
  pj_score_sheet_set_value (forged, f->sprang, 4);
  g_assert_false (pj_store_save_sheet_draft (f->ws, forged, &error));
  assert_conflict_error (error);
  g_clear_error (&error);
  g_assert_false (pj_store_submit_sheet (f->ws, forged, &error));
  assert_conflict_error (error);
  g_clear_error (&error);
  g_assert_false (pj_store_abstain_sheet (f->ws, forged, NULL, &error));
  assert_conflict_error (error);
  g_clear_error (&error);

  /* Never the others' scores. */
  others = pj_store_list_other_sheets (f->ws, f->anna, f->lasfix, &error);
  g_assert_null (others);
  assert_conflict_error (error);
  g_clear_error (&error);

  /* Not in the queue. */
  queue = pj_store_list_juror_queue (f->ws, f->anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);

      g_assert_cmpint (pj_queue_item_get_nomination_id (item), !=, f->lasfix);
    }
  g_assert_cmpint (pj_store_next_nomination_for_juror (f->ws, f->anna, PJ_NO_ID), !=,
                   f->lasfix);
  g_assert_cmpint (query_int (f->ws, "SELECT count(*) FROM score_sheet WHERE juror_id = ?1",
                              f->anna), ==, 0);

  /* Once lifted and assigned, Anna can score it. */
  exec_pair (f->ws, "UPDATE conflict SET lifted = 1, lifted_reason = 'Fel enhet'"
                    " WHERE juror_id = ?1 AND nomination_id = ?2", f->anna, f->lasfix);
  assign (f, f->anna, f->lasfix);
  sheet = get_sheet (f, f->anna, f->lasfix);
  g_assert_true (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_no_error (error);
}

static void
test_unassigned_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = NULL;
  g_autoptr(PjScoreSheet) forged = pj_score_sheet_new (f->dan, f->matlag);
  g_autoptr(GListModel) others = NULL;

  sheet = pj_store_get_sheet (f->ws, f->dan, f->matlag, &error);
  g_assert_null (sheet);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Dan Holm is not assigned to “Matlaget” and cannot score it.");
  g_clear_error (&error);

  pj_score_sheet_set_value (forged, f->nyhet, 3);
  g_assert_false (pj_store_save_sheet_draft (f->ws, forged, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  others = pj_store_list_other_sheets (f->ws, f->dan, f->matlag, &error);
  g_assert_null (others);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  /* Gone rows: not found. */
  g_assert_null (pj_store_get_sheet (f->ws, f->dan, 999999, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
}

static guint
n_others (Fixture *f,
          gint64   viewer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) others = pj_store_list_other_sheets (f->ws, viewer, f->lasfix, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (others);
}

static void
test_blind_policies (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) draft = NULL;
  g_autoptr(PjScoreSheet) cecilia = NULL;
  g_autoptr(GListModel) others = NULL;
  g_autoptr(PjScoreSheet) first = NULL;

  /* Bo submits Läsfixarna; Cecilia has only a draft. */
  submit_skola (f, f->bo, f->lasfix, 4, 1);
  cecilia = get_sheet (f, f->cecilia, f->lasfix);
  pj_score_sheet_set_value (cecilia, f->nyhet, 2);
  g_assert_true (pj_store_save_sheet_draft (f->ws, cecilia, &error));
  g_assert_no_error (error);

  /* always: Dan sees Bo's submitted sheet before scoring; drafts never. */
  set_blind_policy (f, PJ_BLIND_ALWAYS);
  others = pj_store_list_other_sheets (f->ws, f->dan, f->lasfix, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (others), ==, 1);
  first = g_list_model_get_item (others, 0);
  g_assert_cmpstr (pj_score_sheet_get_juror_name (first), ==, "Bo Ek");
  g_assert_cmpint (pj_score_sheet_get_status (first), ==, PJ_SHEET_SUBMITTED);
  g_assert_cmpint (pj_score_sheet_get_value (first, f->nyhet), ==, 4);
  g_assert_cmpint (pj_score_sheet_get_value (first, f->sprang), ==, 1);
  g_assert_cmpfloat_with_epsilon (pj_score_sheet_get_total (first), 175.0 / 3.0, 1e-9);
  g_clear_object (&first);
  g_clear_object (&others);

  /* after-submit: nothing before Dan's own submission… */
  set_blind_policy (f, PJ_BLIND_AFTER_SUBMIT);
  g_assert_cmpuint (n_others (f, f->dan), ==, 0);
  draft = get_sheet (f, f->dan, f->lasfix);
  pj_score_sheet_set_value (draft, f->nyhet, 5);
  g_assert_true (pj_store_save_sheet_draft (f->ws, draft, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_others (f, f->dan), ==, 0);

  /* …and Bo's sheet once it is in; never Dan's own. */
  pj_score_sheet_set_value (draft, f->sprang, 4);
  g_assert_true (pj_store_submit_sheet (f->ws, draft, &error));
  g_assert_no_error (error);
  others = pj_store_list_other_sheets (f->ws, f->dan, f->lasfix, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (others), ==, 1);
  first = g_list_model_get_item (others, 0);
  g_assert_cmpint (pj_score_sheet_get_juror_id (first), ==, f->bo);
  g_clear_object (&first);
  g_clear_object (&others);
  /* Bo, submitted too, sees Dan's. */
  g_assert_cmpuint (n_others (f, f->bo), ==, 1);
  /* Cecilia, with a draft, sees nothing yet; abstaining counts as done. */
  g_assert_cmpuint (n_others (f, f->cecilia), ==, 0);
  g_assert_true (pj_store_abstain_sheet (f->ws, cecilia, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_others (f, f->cecilia), ==, 2);

  /* never: nobody sees anything, submitted or not. */
  set_blind_policy (f, PJ_BLIND_NEVER);
  g_assert_cmpuint (n_others (f, f->dan), ==, 0);
  g_assert_cmpuint (n_others (f, f->bo), ==, 0);
  g_assert_cmpuint (n_others (f, f->cecilia), ==, 0);
}

static void
test_submit_and_next (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) bo = NULL;

  /* Submitted sheets: Läsfixarna 1 (Cecilia), Matlaget 2 (Cecilia, Anna),
   * Trygga kvällar 0. */
  submit_skola (f, f->cecilia, f->lasfix, 3, 3);
  submit_matlaget (f, f->cecilia);
  submit_matlaget (f, f->anna);

  /* A draft does not count as submitted. */
  bo = get_sheet (f, f->bo, f->trygg);
  pj_score_sheet_set_value (bo, f->nyhet, 2);
  g_assert_true (pj_store_save_sheet_draft (f->ws, bo, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pj_store_next_nomination_for_juror (f->ws, f->bo, f->lasfix), ==, f->trygg);
  g_assert_cmpint (pj_store_next_nomination_for_juror (f->ws, f->bo, PJ_NO_ID), ==, f->trygg);
  /* Skipping the current one: Läsfixarna (1) before Matlaget (2). */
  g_assert_cmpint (pj_store_next_nomination_for_juror (f->ws, f->bo, f->trygg), ==, f->lasfix);

  /* Bo submits Trygga kvällar: Läsfixarna 1, Matlaget 2 remain. */
  submit_skola (f, f->bo, f->trygg, 4, 4);
  g_assert_cmpint (pj_store_next_nomination_for_juror (f->ws, f->bo, f->trygg), ==, f->lasfix);

  /* Dan submits Läsfixarna: 2 and 2, a tie → the lowest id. */
  submit_skola (f, f->dan, f->lasfix, 2, 2);
  g_assert_cmpint (MIN (f->lasfix, f->matlag), ==, f->lasfix);
  g_assert_cmpint (pj_store_next_nomination_for_juror (f->ws, f->bo, PJ_NO_ID), ==, f->lasfix);

  /* Done with all: nothing remains. */
  submit_skola (f, f->bo, f->lasfix, 1, 0);
  submit_matlaget (f, f->bo);
  g_assert_cmpint (pj_store_next_nomination_for_juror (f->ws, f->bo, f->matlag), ==, PJ_NO_ID);
  /* Dan's only nomination is done too. */
  g_assert_cmpint (pj_store_next_nomination_for_juror (f->ws, f->dan, PJ_NO_ID), ==, PJ_NO_ID);
}

static void
test_queue (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = get_sheet (f, f->bo, f->matlag);
  g_autoptr(GListModel) queue = NULL;
  g_autoptr(PjNomination) trygg = NULL;
  g_autoptr(PjQueueItem) first = NULL;
  g_autoptr(PjQueueItem) second = NULL;
  g_autoptr(PjQueueItem) third = NULL;
  guint submitted, total;

  submit_skola (f, f->bo, f->lasfix, 5, 4);
  pj_score_sheet_set_value (sheet, f->omsorg, 3);
  g_assert_true (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_no_error (error);

  queue = pj_store_list_juror_queue (f->ws, f->bo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (queue), ==, 3);
  /* Ordered by category (Skola, Äldreomsorg), then id. */
  first = g_list_model_get_item (queue, 0);
  second = g_list_model_get_item (queue, 1);
  third = g_list_model_get_item (queue, 2);
  g_assert_cmpstr (pj_queue_item_get_title (first), ==, "Läsfixarna");
  g_assert_cmpint (pj_queue_item_get_status (first), ==, PJ_SHEET_SUBMITTED);
  g_assert_cmpfloat_with_epsilon (pj_queue_item_get_total (first), 100, 1e-9);
  g_assert_cmpuint (pj_queue_item_get_n_scored (first), ==, 2);
  g_assert_cmpstr (pj_queue_item_get_title (second), ==, "Trygga kvällar");
  g_assert_cmpint (pj_queue_item_get_sheet_id (second), ==, PJ_NO_ID);
  g_assert_cmpfloat (pj_queue_item_get_total (second), ==, -1);
  g_assert_cmpstr (pj_queue_item_get_title (third), ==, "Matlaget");
  g_assert_cmpint (pj_queue_item_get_status (third), ==, PJ_SHEET_DRAFT);
  g_assert_cmpint (pj_queue_item_get_sheet_id (third), ==, pj_score_sheet_get_id (sheet));
  /* Omsorg 3 of 1..5: 50 points so far. */
  g_assert_cmpfloat_with_epsilon (pj_queue_item_get_total (third), 50, 1e-9);

  g_assert_true (pj_store_juror_progress (f->ws, f->bo, &submitted, &total));
  g_assert_cmpuint (submitted, ==, 1);
  g_assert_cmpuint (total, ==, 3);

  /* A withdrawn nomination leaves the queue, and its sheet cannot be saved. */
  trygg = pj_store_get_nomination (f->ws, f->trygg, &error);
  g_assert_no_error (error);
  g_assert_true (pj_store_set_nomination_status (f->ws, trygg, PJ_NOMINATION_WITHDRAWN, NULL,
                                                 &error));
  g_assert_no_error (error);
  g_assert_true (pj_store_juror_progress (f->ws, f->bo, &submitted, &total));
  g_assert_cmpuint (total, ==, 2);
  g_clear_object (&sheet);
  sheet = get_sheet (f, f->bo, f->trygg);
  pj_score_sheet_set_value (sheet, f->nyhet, 3);
  g_assert_false (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
}

static void
test_phase (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = get_sheet (f, f->bo, f->lasfix);
  gint64 id;

  pj_score_sheet_set_value (sheet, f->nyhet, 3);
  pj_score_sheet_set_value (sheet, f->sprang, 3);
  g_assert_true (pj_store_submit_sheet (f->ws, sheet, &error));
  g_assert_no_error (error);
  id = pj_score_sheet_get_id (sheet);
  g_clear_object (&sheet);

  for (PjPhase phase = PJ_PHASE_SETUP; phase < PJ_N_PHASES; phase++)
    {
      g_autoptr(PjScoreSheet) draft = NULL;
      gboolean ok;

      if (phase == PJ_PHASE_SCORING)
        continue;
      set_phase (f, phase);

      /* Reading works in every phase. */
      draft = get_sheet (f, f->cecilia, f->lasfix);
      pj_score_sheet_set_value (draft, f->nyhet, 3);
      ok = pj_store_save_sheet_draft (f->ws, draft, &error);
      g_assert_false (ok);
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "only in the scoring phase"));
      g_clear_error (&error);

      g_assert_false (pj_store_reopen_sheet (f->ws, id, "Rättelse", &error));
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_clear_error (&error);
    }

  set_phase (f, PJ_PHASE_SCORING);
  g_assert_true (pj_store_reopen_sheet (f->ws, id, "Rättelse", &error));
  g_assert_no_error (error);
}

static void
test_changed_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) other_ws = NULL;
  g_autoptr(PjScoreSheet) mine = NULL;
  g_autoptr(PjScoreSheet) theirs = NULL;

  other_ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (other_ws, "Bo Ek");

  /* Both start a new draft of the same sheet; the first save wins. */
  mine = get_sheet (f, f->bo, f->lasfix);
  theirs = pj_store_get_sheet (other_ws, f->bo, f->lasfix, &error);
  g_assert_no_error (error);
  pj_score_sheet_set_value (mine, f->nyhet, 2);
  pj_score_sheet_set_value (theirs, f->nyhet, 5);
  g_assert_true (pj_store_save_sheet_draft (f->ws, mine, &error));
  g_assert_no_error (error);
  g_assert_false (pj_store_save_sheet_draft (other_ws, theirs, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
  g_assert_nonnull (strstr (error->message, "Läsfixarna"));
  g_clear_error (&error);

  /* Both at version 1: again the second save is refused. */
  g_clear_object (&theirs);
  theirs = pj_store_get_sheet (other_ws, f->bo, f->lasfix, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_value (theirs, f->nyhet), ==, 2);
  pj_score_sheet_set_value (theirs, f->sprang, 4);
  g_assert_true (pj_store_save_sheet_draft (other_ws, theirs, &error));
  g_assert_no_error (error);
  pj_score_sheet_set_value (mine, f->sprang, 0);
  g_assert_false (pj_store_save_sheet_draft (f->ws, mine, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
  g_clear_error (&error);

  /* The refused save wrote nothing: the other's value stands. */
  g_clear_object (&mine);
  mine = get_sheet (f, f->bo, f->lasfix);
  g_assert_cmpint (pj_score_sheet_get_value (mine, f->sprang), ==, 4);
  g_assert_cmpint (pj_score_sheet_get_version (mine), ==, 2);

  /* A submit elsewhere locks it here too. */
  g_assert_true (pj_store_submit_sheet (other_ws, theirs, &error));
  g_assert_no_error (error);
  pj_score_sheet_set_value (mine, f->nyhet, 1);
  g_assert_false (pj_store_save_sheet_draft (f->ws, mine, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The sheet is submitted. An organiser can reopen it.");
  g_clear_error (&error);

  g_clear_object (&theirs);
  g_assert_finalize_object (g_steal_pointer (&other_ws));
}

/* On the example awards ---------------------------------------------------- */

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  gint64       edition;    /* Förnyelsepriset 2026, scoring, after-submit */
  gint64       closed;     /* Kvalitetsutmärkelsen 2026, nominations */
} DemoFixture;

static gint64
edition_of (PjWorkspace *ws,
            const char  *award)
{
  sqlite3 *db = pj_workspace_get_db (ws);
  sqlite3_stmt *stmt = NULL;
  gint64 id;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT e.id FROM edition e JOIN award a"
                                           " ON a.id = e.award_id WHERE a.name = ?1"
                                           " AND e.year = 2026",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, award, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

static void
demo_set_up (DemoFixture   *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pj-scoring-demo-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "demo.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, USER);
  g_assert_true (pj_demo_load_examples (f->ws, &error));
  g_assert_no_error (error);
  f->edition = edition_of (f->ws, "Förnyelsepriset");
  f->closed = edition_of (f->ws, "Kvalitetsutmärkelsen");
}

static void
demo_tear_down (DemoFixture   *f,
                gconstpointer  data)
{
  g_assert_finalize_object (f->ws);
  pj_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Pairs of a query giving (juror, nomination) rows. */
static GArray *
query_pairs (PjWorkspace *ws,
             const char  *sql,
             gint64       param)
{
  sqlite3 *db = pj_workspace_get_db (ws);
  sqlite3_stmt *stmt = NULL;
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, param);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 juror = sqlite3_column_int64 (stmt, 0);
      gint64 nomination = sqlite3_column_int64 (stmt, 1);

      g_array_append_val (pairs, juror);
      g_array_append_val (pairs, nomination);
    }
  sqlite3_finalize (stmt);
  return pairs;
}

static void
test_demo_conflicts (DemoFixture   *f,
                     gconstpointer  data)
{
  g_autoptr(GArray) pairs = query_pairs (f->ws,
                                         "SELECT c.juror_id, c.nomination_id FROM conflict c"
                                         " JOIN juror j ON j.id = c.juror_id"
                                         " WHERE j.edition_id = ?1", f->edition);

  g_assert_cmpuint (pairs->len, >, 0);
  for (guint i = 0; i < pairs->len; i += 2)
    {
      gint64 juror = g_array_index (pairs, gint64, i);
      gint64 nomination = g_array_index (pairs, gint64, i + 1);
      g_autoptr(GError) error = NULL;
      g_autoptr(PjScoreSheet) forged = pj_score_sheet_new (juror, nomination);
      g_autoptr(GListModel) queue = NULL;

      g_assert_null (pj_store_get_sheet (f->ws, juror, nomination, &error));
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "conflict of interest"));
      g_clear_error (&error);
      g_assert_false (pj_store_save_sheet_draft (f->ws, forged, &error));
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_null (pj_store_list_other_sheets (f->ws, juror, nomination, &error));
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_clear_error (&error);

      queue = pj_store_list_juror_queue (f->ws, juror, &error);
      g_assert_no_error (error);
      for (guint k = 0; k < g_list_model_get_n_items (queue); k++)
        {
          g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, k);

          g_assert_cmpint (pj_queue_item_get_nomination_id (item), !=, nomination);
        }
    }
}

static void
test_demo_queue_and_sheets (DemoFixture   *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) jurors = pj_store_list_jurors (f->ws, f->edition, &error);
  guint n_drafts_checked = 0;
  guint n_submitted_seen = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jurors), >, 0);

  for (guint j = 0; j < g_list_model_get_n_items (jurors); j++)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, j);
      gint64 juror_id = pj_juror_get_id (juror);
      g_autoptr(GListModel) queue = pj_store_list_juror_queue (f->ws, juror_id, &error);
      guint submitted, total;
      gint64 next;

      g_assert_no_error (error);
      /* The queue is every assignment of the juror (the demo assigns only
       * nominations in scoring and never a conflicted pair). */
      g_assert_cmpuint (g_list_model_get_n_items (queue), ==,
                        query_int (f->ws, "SELECT count(*) FROM assignment WHERE juror_id = ?1",
                                   juror_id));
      g_assert_true (pj_store_juror_progress (f->ws, juror_id, &submitted, &total));
      g_assert_cmpuint (total, ==, g_list_model_get_n_items (queue));
      g_assert_cmpuint (submitted, ==,
                        query_int (f->ws, "SELECT count(*) FROM score_sheet WHERE juror_id = ?1"
                                          " AND status IN ('submitted', 'abstained')", juror_id));
      n_submitted_seen += submitted;

      next = pj_store_next_nomination_for_juror (f->ws, juror_id, PJ_NO_ID);
      if (submitted == total)
        g_assert_cmpint (next, ==, PJ_NO_ID);
      else
        g_assert_cmpint (next, !=, PJ_NO_ID);

      for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
        {
          g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);
          gint64 nomination = pj_queue_item_get_nomination_id (item);
          g_autoptr(PjScoreSheet) sheet = pj_store_get_sheet (f->ws, juror_id, nomination,
                                                              &error);

          g_assert_no_error (error);
          g_assert_cmpint (pj_score_sheet_get_status (sheet), ==,
                           pj_queue_item_get_status (item));
          g_assert_cmpuint (pj_score_sheet_count_values (sheet), ==,
                            pj_queue_item_get_n_scored (item));
          if (pj_score_sheet_get_id (sheet) != PJ_NO_ID)
            g_assert_cmpuint (pj_score_sheet_count_values (sheet), ==,
                              query_int (f->ws, "SELECT count(*) FROM score WHERE sheet_id = ?1",
                                         pj_score_sheet_get_id (sheet)));

          /* A demo draft scores the first half of the criteria: submit
           * names the rest; saving it works. */
          if (pj_score_sheet_get_id (sheet) != PJ_NO_ID &&
              pj_score_sheet_get_status (sheet) == PJ_SHEET_DRAFT && n_drafts_checked < 3)
            {
              g_assert_false (pj_store_submit_sheet (f->ws, sheet, &error));
              g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
              g_assert_true (g_str_has_prefix (error->message, "Score "));
              g_assert_nonnull (strstr (error->message, "Samverkan"));
              g_clear_error (&error);
              pj_score_sheet_set_overall_comment (sheet, "Fortsätter i morgon.");
              g_assert_true (pj_store_save_sheet_draft (f->ws, sheet, &error));
              g_assert_no_error (error);
              n_drafts_checked++;
            }
        }
    }

  g_assert_cmpuint (n_drafts_checked, >, 0);
  g_assert_cmpuint (n_submitted_seen, >, 0);
}

static void
test_demo_closed_phase (DemoFixture   *f,
                        gconstpointer  data)
{
  g_autoptr(GArray) pairs = query_pairs (f->ws,
                                         "SELECT a.juror_id, a.nomination_id FROM assignment a"
                                         " JOIN juror j ON j.id = a.juror_id"
                                         " WHERE j.edition_id = ?1 LIMIT 1", f->closed);
  g_autoptr(GError) error = NULL;
  g_autoptr(PjScoreSheet) sheet = NULL;
  g_autoptr(GListModel) others = NULL;

  /* Kvalitetsutmärkelsen takes nominations still: reading, not scoring. */
  g_assert_cmpuint (pairs->len, ==, 2);
  sheet = pj_store_get_sheet (f->ws, g_array_index (pairs, gint64, 0),
                              g_array_index (pairs, gint64, 1), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_id (sheet), ==, PJ_NO_ID);
  g_assert_false (pj_store_save_sheet_draft (f->ws, sheet, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Kvalitetsutmärkelsen 2026"));
  g_clear_error (&error);

  /* Its blind policy is never. */
  others = pj_store_list_other_sheets (f->ws, g_array_index (pairs, gint64, 0),
                                       g_array_index (pairs, gint64, 1), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (others), ==, 0);
}

/* The after-submit policy of the example award, against the stored rows. */
static void
test_demo_blind (DemoFixture   *f,
                 gconstpointer  data)
{
  g_autoptr(GArray) pairs = query_pairs (f->ws,
                                         "SELECT a.juror_id, a.nomination_id FROM assignment a"
                                         " JOIN juror j ON j.id = a.juror_id"
                                         " WHERE j.edition_id = ?1", f->edition);
  guint n_open = 0, n_blind = 0;

  for (guint i = 0; i < pairs->len; i += 2)
    {
      gint64 juror = g_array_index (pairs, gint64, i);
      gint64 nomination = g_array_index (pairs, gint64, i + 1);
      g_autoptr(GError) error = NULL;
      g_autoptr(PjScoreSheet) own = pj_store_get_sheet (f->ws, juror, nomination, &error);
      g_autoptr(GListModel) others = NULL;
      gint64 submitted_others;

      g_assert_no_error (error);
      others = pj_store_list_other_sheets (f->ws, juror, nomination, &error);
      g_assert_no_error (error);
      submitted_others = query_int (f->ws, "SELECT count(*) FROM score_sheet WHERE"
                                           " status = 'submitted' AND nomination_id = ?1",
                                    nomination);
      if (pj_score_sheet_get_status (own) == PJ_SHEET_SUBMITTED)
        submitted_others--;

      if (pj_score_sheet_is_locked (own))
        {
          g_assert_cmpuint (g_list_model_get_n_items (others), ==, submitted_others);
          n_open++;
        }
      else
        {
          g_assert_cmpuint (g_list_model_get_n_items (others), ==, 0);
          n_blind++;
        }
      for (guint k = 0; k < g_list_model_get_n_items (others); k++)
        {
          g_autoptr(PjScoreSheet) other = g_list_model_get_item (others, k);

          g_assert_cmpint (pj_score_sheet_get_juror_id (other), !=, juror);
          g_assert_cmpint (pj_score_sheet_get_status (other), ==, PJ_SHEET_SUBMITTED);
          g_assert_cmpfloat (pj_score_sheet_get_total (other), >=, 0);
          g_assert_cmpfloat (pj_score_sheet_get_total (other), <=, 100);
        }
    }
  g_assert_cmpuint (n_open, >, 0);
  g_assert_cmpuint (n_blind, >, 0);
}

#define add_test(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define add_demo_test(path, func) \
  g_test_add (path, DemoFixture, NULL, demo_set_up, func, demo_tear_down)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  add_test ("/scoring/total", test_total);
  add_test ("/scoring/draft-round-trip", test_draft_round_trip);
  add_test ("/scoring/out-of-range", test_out_of_range);
  add_test ("/scoring/submit-requires", test_submit_requires);
  add_test ("/scoring/submit-lock-reopen", test_submit_lock_reopen);
  add_test ("/scoring/abstain", test_abstain);
  add_test ("/scoring/conflict-refused", test_conflict_refused);
  add_test ("/scoring/unassigned-refused", test_unassigned_refused);
  add_test ("/scoring/blind-policies", test_blind_policies);
  add_test ("/scoring/submit-and-next", test_submit_and_next);
  add_test ("/scoring/queue", test_queue);
  add_test ("/scoring/phase", test_phase);
  add_test ("/scoring/changed-elsewhere", test_changed_elsewhere);
  add_demo_test ("/scoring/demo/conflicts", test_demo_conflicts);
  add_demo_test ("/scoring/demo/queue-and-sheets", test_demo_queue_and_sheets);
  add_demo_test ("/scoring/demo/closed-phase", test_demo_closed_phase);
  add_demo_test ("/scoring/demo/blind", test_demo_blind);

  return g_test_run ();
}
