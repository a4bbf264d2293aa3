/* test-results.c: results, the jury's decision, the winners export and the
 * entrants indicator
 *
 * A small edition made by hand (two categories, two criteria of different
 * weights and scales, three jurors, one abstention) is ranked through the
 * store and compared with numbers computed by hand:
 *
 *   total = 100 * (2 * (c1 - 1) / 4 + 1 * c2 / 10) / 3
 *
 *   A  N1  J1 (5,10) 100      J2 (4,5) 66.67   J3 (3,8) 60       mean 75.56
 *      N2  J1 (5,6)  86.67    J2 (5,6) 86.67   J3 abstains       mean 86.67
 *      N3  J1 (1,0)  0        J2 (3,5) 50      J3 (2,5) 33.33    mean 27.78
 *   B  N4  J1 (4,10) 83.33    J2 (5,10) 100                      mean 91.67
 *      N5  J1 (3,4)  46.67    J2 (3,6) 53.33                     mean 50.00
 *
 * Then the decision rules, the lock and the reopening, the audit, the
 * winners XML (validated with xmllint, parsed back, byte-identical twice,
 * under sv_SE.UTF-8 too, forbidden characters gone), the CSV, and the
 * indicator on the example awards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pj-decision.h"
#include "pj-demo.h"
#include "pj-indicators.h"
#include "pj-results.h"
#include "pj-store.h"
#include "pj-store-decision.h"
#include "pj-winners.h"
#include "pj-workspace.h"
#include "pj-xml.h"

#define USER "Eva Organisatör"

/* Ids of the hand-made edition: rows are inserted in this order. */
enum { ED = 1, CAT_A = 1, CAT_B = 2, J1 = 1, J2 = 2, J3 = 3 };
enum { N1 = 1, N2, N3, N4, N5 };

static const char hand_sql[] =
  "INSERT INTO award (id, name) VALUES (1, 'Provpriset');"
  "INSERT INTO edition (id, award_id, year, phase, aggregation, disagreement_threshold,"
  " min_jurors, decision_date) VALUES (1, 1, 2025, 'scoring', 'mean', 10, 2, '2025-05-20');"
  "INSERT INTO category (id, edition_id, name, award_mode, winners, honourable_mentions,"
  " threshold, prize, position) VALUES"
  " (1, 1, 'Skola', 'top-n', 1, 1, 70, 'Diplom och 4.5 kilo tårta', 0),"
  " (2, 1, 'Övrigt', 'threshold', 1, 0, 60, 'Diplom', 1);"
  "INSERT INTO criterion (id, edition_id, name, weight, scale_min, scale_max, required,"
  " position) VALUES (1, 1, 'Nyhetsgrad', 2, 1, 5, 1, 0), (2, 1, 'Värde', 1, 0, 10, 1, 1);"
  "INSERT INTO unit (id, name, type, parent_id) VALUES"
  " (1, 'Utbildningsförvaltningen', 'forvaltning', NULL),"
  " (2, 'Kista skola', 'forvaltning', 1),"
  " (3, 'Bolaget AB', 'bolag', NULL);"
  "INSERT INTO juror (id, edition_id, name, ballot_key) VALUES"
  " (1, 1, 'Anna', randomblob(32)), (2, 1, 'Bertil', randomblob(32)),"
  " (3, 1, 'Cecilia', randomblob(32));"
  "INSERT INTO nomination (id, edition_id, category_id, title, summary, class_claimed, status)"
  " VALUES (1, 1, 1, 'Ett', 'Sammanfattning ett.', 'innovation', 'eligible'),"
  " (2, 1, 1, 'Två', 'Sammanfattning två.', 'forbattring', 'eligible'),"
  " (3, 1, 1, 'Tre', '', NULL, 'submitted'),"
  " (4, 1, 2, 'Fyra', 'Fyra & <fem>', 'gott-exempel', 'eligible'),"
  " (5, 1, 2, 'Fem', '', NULL, 'eligible'),"
  " (6, 1, 2, 'Utkast', '', NULL, 'draft');"
  "INSERT INTO nomination_unit (nomination_id, unit_id, position) VALUES"
  " (1, 2, 0), (2, 1, 0), (3, 3, 0), (4, 2, 0), (4, 3, 1), (5, 3, 0);"
  "INSERT INTO team_member (nomination_id, name, role, position) VALUES"
  " (1, 'Maja Holm', 'Lärare', 0), (1, 'Nils Ek', '', 1);"
  "INSERT INTO nomination_substrategy (nomination_id, substrategy) VALUES"
  " (1, 'tools'), (1, 'knowledge'), (4, 'tools');";

typedef struct
{
  int juror, nomination, c1, c2;
  const char *status;
} HandSheet;

static const HandSheet hand_sheets[] = {
  { J1, N1, 5, 10, "submitted" }, { J2, N1, 4, 5, "submitted" }, { J3, N1, 3, 8, "submitted" },
  { J1, N2, 5, 6, "submitted" },  { J2, N2, 5, 6, "submitted" }, { J3, N2, 0, 0, "abstained" },
  { J1, N3, 1, 0, "submitted" },  { J2, N3, 3, 5, "submitted" }, { J3, N3, 2, 5, "submitted" },
  { J1, N4, 4, 10, "submitted" }, { J2, N4, 5, 10, "submitted" },
  { J1, N5, 3, 4, "submitted" },  { J2, N5, 3, 6, "submitted" },
  /* a draft never counts */
  { J3, N4, 1, 0, "draft" },
};

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
} Fixture;

static void
exec_sql (PjWorkspace *ws,
          const char  *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (pj_workspace_get_path (ws), &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (db);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) sql = g_string_new (hand_sql);

  f->dir = g_dir_make_tmp ("pj-results-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "results.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, USER);

  if (data != NULL)
    return;   /* the examples instead */

  for (guint i = 0; i < G_N_ELEMENTS (hand_sheets); i++)
    {
      const HandSheet *s = &hand_sheets[i];

      g_string_append_printf (sql, "INSERT INTO assignment (juror_id, nomination_id)"
                              " VALUES (%d, %d);", s->juror, s->nomination);
      g_string_append_printf (sql, "INSERT INTO score_sheet (id, juror_id, nomination_id,"
                              " status) VALUES (%u, %d, %d, '%s');", i + 1, s->juror,
                              s->nomination, s->status);
      if (!g_str_equal (s->status, "abstained"))
        g_string_append_printf (sql, "INSERT INTO score (sheet_id, criterion_id, value)"
                                " VALUES (%u, 1, %d), (%u, 2, %d);", i + 1, s->c1, i + 1, s->c2);
    }
  exec_sql (f->ws, sql->str);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->ws);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
assert_points (double      points,
               const char *expected)
{
  g_autofree char *text = pj_results_format_points (points);

  g_assert_cmpstr (text, ==, expected);
}

static const PjNominationResult *
result_of (GArray *computed,
           gint64  id)
{
  const PjNominationResult *r = pj_results_lookup (computed, id);

  g_assert_nonnull (r);
  return r;
}

/* Results ------------------------------------------------------------------ */

static void
test_results_by_hand (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjResults) results = pj_store_load_results (f->ws, ED, &error);
  g_autoptr(GArray) computed = NULL;
  const PjNominationResult *r;
  guint first, n;

  g_assert_no_error (error);
  g_assert_cmpstr (pj_results_get_award_name (results), ==, "Provpriset");
  g_assert_cmpint (pj_results_get_method (results), ==, PJ_AGGREGATION_MEAN);
  g_assert_cmpuint (pj_results_get_n_categories (results), ==, 2);
  /* the draft nomination is not in scoring */
  g_assert_cmpuint (pj_results_get_n_nominations (results), ==, 5);
  g_assert_null (pj_results_find_nomination (results, 6));
  g_assert_cmpstr (pj_results_find_nomination (results, N4)->unit_names, ==,
                   "Kista skola, Bolaget AB");

  computed = pj_results_compute (results, PJ_AGGREGATION_MEAN);
  g_assert_cmpuint (computed->len, ==, 5);

  /* Category A in rank order */
  n = pj_results_category_span (computed, CAT_A, &first);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpint (g_array_index (computed, PjNominationResult, 0).nomination_id, ==, N2);
  g_assert_cmpint (g_array_index (computed, PjNominationResult, 1).nomination_id, ==, N1);
  g_assert_cmpint (g_array_index (computed, PjNominationResult, 2).nomination_id, ==, N3);

  r = result_of (computed, N1);
  g_assert_cmpuint (r->rank, ==, 2);
  g_assert_cmpuint (r->n_totals, ==, 3);
  g_assert_cmpuint (r->n_needed, ==, 2);
  assert_points (r->result, "75.56");
  assert_points (r->mean, "75.56");
  assert_points (r->median, "66.67");
  assert_points (r->sd, "17.50");
  assert_points (r->range, "40.00");
  g_assert_true (r->disagreement);

  r = result_of (computed, N2);
  g_assert_cmpuint (r->rank, ==, 1);
  g_assert_cmpuint (r->n_totals, ==, 2);
  g_assert_cmpuint (r->n_abstained, ==, 1);
  assert_points (r->result, "86.67");
  assert_points (r->sd, "0.00");
  g_assert_false (r->disagreement);

  r = result_of (computed, N3);
  g_assert_cmpuint (r->rank, ==, 3);
  assert_points (r->mean, "27.78");
  assert_points (r->median, "33.33");

  /* Category B: the draft sheet of J3 does not count */
  r = result_of (computed, N4);
  g_assert_cmpuint (r->rank, ==, 1);
  g_assert_cmpuint (r->n_totals, ==, 2);
  assert_points (r->mean, "91.67");
  r = result_of (computed, N5);
  g_assert_cmpuint (r->rank, ==, 2);
  assert_points (r->mean, "50.00");

  /* The chart's dots: the 13 finished sheets */
  {
    guint n_totals;

    pj_results_get_totals (results, &n_totals);
    g_assert_cmpuint (n_totals, ==, 13);
  }
}

static void
test_results_methods (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjResults) results = pj_store_load_results (f->ws, ED, &error);
  g_autoptr(GArray) median = NULL;
  g_autoptr(GArray) trimmed = NULL;
  g_autoptr(GArray) z = NULL;
  g_autoptr(GArray) overview = NULL;

  g_assert_no_error (error);

  median = pj_results_compute (results, PJ_AGGREGATION_MEDIAN);
  assert_points (result_of (median, N1)->result, "66.67");
  assert_points (result_of (median, N1)->mean, "75.56");   /* raw mean beside it */
  assert_points (result_of (median, N3)->result, "33.33");

  /* Fewer than 5 totals: the trimmed mean is the mean */
  trimmed = pj_results_compute (results, PJ_AGGREGATION_TRIMMED_MEAN);
  assert_points (result_of (trimmed, N1)->result, "75.56");

  /* z-scores per juror over the edition, computed by hand */
  z = pj_results_compute (results, PJ_AGGREGATION_Z_SCORE);
  assert_points (result_of (z, N1)->result, "80.62");
  assert_points (result_of (z, N2)->result, "84.30");
  assert_points (result_of (z, N3)->result, "27.44");
  assert_points (result_of (z, N4)->result, "89.77");
  assert_points (result_of (z, N5)->result, "44.12");
  g_assert_cmpuint (result_of (z, N2)->rank, ==, 1);

  /* The juror overview: J1 averages 63.33 over five totals */
  overview = pj_results_juror_overview (results);
  g_assert_cmpuint (overview->len, ==, 3);
  g_assert_cmpint (g_array_index (overview, PjJurorOverview, 0).juror_id, ==, J1);
  g_assert_cmpuint (g_array_index (overview, PjJurorOverview, 0).n_totals, ==, 5);
  assert_points (g_array_index (overview, PjJurorOverview, 0).mean, "63.33");
  g_assert_cmpuint (g_array_index (overview, PjJurorOverview, 2).n_abstained, ==, 1);
}

/* Decisions ----------------------------------------------------------------- */

static GPtrArray *
placements (gint64 category_id,
            ...)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;
  gint64 nomination;

  /* (nomination, placement, citation, reason) ... 0 */
  va_start (args, category_id);
  while ((nomination = va_arg (args, int)) != 0)
    {
      PjPlacement placement = va_arg (args, int);
      const char *citation = va_arg (args, const char *);
      const char *reason = va_arg (args, const char *);
      PjDecision *d = pj_decision_new (category_id, nomination, placement, citation);

      pj_decision_set_reason (d, reason);
      g_ptr_array_add (list, d);
    }
  va_end (args);
  return list;
}

static void
assert_refused (Fixture    *f,
                gint64      category_id,
                GPtrArray  *list,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) owned = list;
  g_autoptr(GPtrArray) stored = NULL;

  g_assert_false (pj_store_save_category_decisions (f->ws, category_id, owned, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
  /* nothing written */
  stored = pj_store_get_category_decisions (f->ws, category_id, NULL);
  g_assert_cmpuint (stored->len, ==, 0);
}

static guint
count_audit (Fixture    *f,
             const char *entity,
             const char *action,
             const char *field,
             const char *new_value)
{
  g_autoptr(GListModel) audit = pj_store_list_audit (f->ws, entity, PJ_NO_ID, 0, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (audit); i++)
    {
      g_autoptr(PjAuditEntry) e = g_list_model_get_item (audit, i);

      if ((action == NULL || g_strcmp0 (pj_audit_entry_get_action (e), action) == 0) &&
          (field == NULL || g_strcmp0 (pj_audit_entry_get_field (e), field) == 0) &&
          (new_value == NULL || g_strcmp0 (pj_audit_entry_get_new_value (e), new_value) == 0))
        {
          g_assert_cmpstr (pj_audit_entry_get_who (e), ==, USER);
          n++;
        }
    }
  return n;
}

static void
decide_hand_edition (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;

  g_assert_true (pj_store_begin_deliberation (f->ws, ED, &error));
  g_assert_no_error (error);
  a = placements (CAT_A, N2, PJ_PLACEMENT_WINNER, "Vinnaren.", "",
                  N1, PJ_PLACEMENT_HONOURABLE_MENTION,
                  "Ett nytt sätt \x01" "att arbeta\xEF\xBF\xBE med <läxor> & prov.", "", 0);
  g_assert_true (pj_store_save_category_decisions (f->ws, CAT_A, a, &error));
  g_assert_no_error (error);
  b = placements (CAT_B, N4, PJ_PLACEMENT_AWARDED, "Över gränsen.", "", 0);
  g_assert_true (pj_store_save_category_decisions (f->ws, CAT_B, b, &error));
  g_assert_no_error (error);
  g_assert_true (pj_store_mark_decided (f->ws, ED, &error));
  g_assert_no_error (error);
}

static void
test_decision_rules (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ok = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(PjEdition) edition = NULL;
  PjDecision *d;

  /* Not before the deliberation */
  {
    g_autoptr(GPtrArray) early = placements (CAT_A, N2, PJ_PLACEMENT_WINNER, "Bra.", "", 0);

    g_assert_false (pj_store_save_category_decisions (f->ws, CAT_A, early, &error));
    g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "deliberation"));
    g_clear_error (&error);
  }
  g_assert_true (pj_store_begin_deliberation (f->ws, ED, &error));
  g_assert_no_error (error);

  /* Every placement needs a citation */
  assert_refused (f, CAT_A, placements (CAT_A, N2, PJ_PLACEMENT_WINNER, "  \n ", "", 0),
                  "citation");
  /* Counts: one winner, one honourable mention */
  assert_refused (f, CAT_A, placements (CAT_A, N2, PJ_PLACEMENT_WINNER, "a", "",
                                        N1, PJ_PLACEMENT_WINNER, "b", "r", 0), "winner");
  assert_refused (f, CAT_A, placements (CAT_A, N2, PJ_PLACEMENT_WINNER, "a", "",
                                        N1, PJ_PLACEMENT_HONOURABLE_MENTION, "b", "",
                                        N3, PJ_PLACEMENT_HONOURABLE_MENTION, "c", "r", 0),
                  "honourable mention");
  /* The kinds follow the mode */
  assert_refused (f, CAT_A, placements (CAT_A, N2, PJ_PLACEMENT_AWARDED, "a", "", 0),
                  "threshold");
  assert_refused (f, CAT_B, placements (CAT_B, N4, PJ_PLACEMENT_WINNER, "a", "", 0),
                  "threshold");
  /* Out of ranking order needs a reason: N1 (2nd) as winner over N2 (1st) */
  assert_refused (f, CAT_A, placements (CAT_A, N1, PJ_PLACEMENT_WINNER, "a", "",
                                        N2, PJ_PLACEMENT_HONOURABLE_MENTION, "b", "", 0),
                  "ranking order");
  /* ... and so does skipping N1 for N3 */
  assert_refused (f, CAT_A, placements (CAT_A, N2, PJ_PLACEMENT_WINNER, "a", "",
                                        N3, PJ_PLACEMENT_HONOURABLE_MENTION, "b", "", 0),
                  "Tre");
  /* Below the threshold needs a reason too */
  assert_refused (f, CAT_B, placements (CAT_B, N5, PJ_PLACEMENT_AWARDED, "a", "", 0),
                  "ranking order");
  /* A nomination of another category */
  assert_refused (f, CAT_A, placements (CAT_A, N4, PJ_PLACEMENT_WINNER, "a", "", 0),
                  "not a nomination");

  /* With the reason it is kept */
  ok = placements (CAT_A, N1, PJ_PLACEMENT_WINNER, "Språnget är störst.",
                   "Juryn väger nyhetsgraden tyngst.",
                   N2, PJ_PLACEMENT_HONOURABLE_MENTION, "Ett gott exempel.", "", 0);
  g_assert_true (pj_store_save_category_decisions (f->ws, CAT_A, ok, &error));
  g_assert_no_error (error);
  d = g_ptr_array_index (ok, 0);
  g_assert_cmpint (pj_decision_get_id (d), !=, PJ_NO_ID);
  g_assert_cmpint (pj_decision_get_version (d), ==, 1);

  stored = pj_store_get_category_decisions (f->ws, CAT_A, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  d = g_ptr_array_index (stored, 0);
  g_assert_cmpint (pj_decision_get_placement (d), ==, PJ_PLACEMENT_WINNER);
  g_assert_cmpstr (pj_decision_get_reason (d), ==, "Juryn väger nyhetsgraden tyngst.");
  g_assert_cmpstr (pj_decision_get_nomination_title (d), ==, "Ett");

  /* An object read before a change is refused */
  {
    g_autoptr(GPtrArray) again = pj_store_get_category_decisions (f->ws, CAT_A, NULL);

    pj_decision_set_citation (g_ptr_array_index (stored, 1), "Ändrad.");
    g_assert_true (pj_store_save_category_decisions (f->ws, CAT_A, stored, &error));
    g_assert_no_error (error);
    pj_decision_set_citation (g_ptr_array_index (again, 1), "Också ändrad.");
    g_assert_false (pj_store_save_category_decisions (f->ws, CAT_A, again, &error));
    g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
    g_clear_error (&error);
  }

  /* Awarded below the threshold, with a reason */
  {
    g_autoptr(GPtrArray) b = placements (CAT_B, N4, PJ_PLACEMENT_AWARDED, "Klart över.", "",
                                         N5, PJ_PLACEMENT_AWARDED, "Nästan.",
                                         "Resultaten kom efter ansökan.", 0);

    g_assert_true (pj_store_save_category_decisions (f->ws, CAT_B, b, &error));
    g_assert_no_error (error);
  }

  /* Mark decided: locked */
  g_assert_true (pj_store_mark_decided (f->ws, ED, &error));
  g_assert_no_error (error);
  edition = pj_store_get_edition (f->ws, ED, &error);
  g_assert_cmpint (pj_edition_get_phase (edition), ==, PJ_PHASE_DECIDED);
  {
    g_autoptr(GPtrArray) late = pj_store_get_category_decisions (f->ws, CAT_A, NULL);
    gint64 version = 0;

    g_assert_false (pj_store_save_category_decisions (f->ws, CAT_A, late, &error));
    g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "locked"));
    g_clear_error (&error);
    g_assert_false (pj_store_set_deliberation_note (f->ws, N1, "Sent.", &version, &error));
    g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (pj_store_set_class_assessed (f->ws, N1, PJ_CLASS_FORBATTRING, &error));
    g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (pj_store_mark_decided (f->ws, ED, &error));
    g_clear_error (&error);
  }

  /* Reopen: only with a reason */
  g_assert_false (pj_store_reopen_decisions (f->ws, ED, "   ", &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pj_store_reopen_decisions (f->ws, ED, "Fel motivering i Skola.", &error));
  g_assert_no_error (error);
  g_clear_object (&edition);
  edition = pj_store_get_edition (f->ws, ED, &error);
  g_assert_cmpint (pj_edition_get_phase (edition), ==, PJ_PHASE_DELIBERATION);
  g_assert_false (pj_store_reopen_decisions (f->ws, ED, "Igen.", &error));
  g_clear_error (&error);

  /* Every step is in the audit log */
  g_assert_cmpuint (count_audit (f, "decision", "create", "placement", "winner"), ==, 1);
  g_assert_cmpuint (count_audit (f, "decision", "create", "reason",
                                 "Juryn väger nyhetsgraden tyngst."), ==, 1);
  g_assert_cmpuint (count_audit (f, "decision", "update", "citation", "Ändrad."), ==, 1);
  g_assert_cmpuint (count_audit (f, "edition", "update", "phase", "deliberation"), ==, 1);
  g_assert_cmpuint (count_audit (f, "edition", "decide", "phase", "decided"), ==, 1);
  g_assert_cmpuint (count_audit (f, "edition", "reopen", "phase", "deliberation"), ==, 1);
  g_assert_cmpuint (count_audit (f, "edition", "reopen", "reason", "Fel motivering i Skola."),
                    ==, 1);

  /* Removing a placement is audited too */
  {
    g_autoptr(GPtrArray) fewer = pj_store_get_category_decisions (f->ws, CAT_B, NULL);

    g_ptr_array_remove_index (fewer, 1);
    g_assert_true (pj_store_save_category_decisions (f->ws, CAT_B, fewer, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_audit (f, "decision", "delete", "placement", NULL), ==, 1);
  }
}

static void
test_deliberation_notes (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autoptr(GHashTable) notes = NULL;
  g_autoptr(PjResults) results = NULL;
  gint64 version = 0;
  gint64 stale = 0;

  g_assert_true (pj_store_set_deliberation_note (f->ws, N1, "Diskutera spridningen.", &version,
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 1);
  g_assert_false (pj_store_set_deliberation_note (f->ws, N1, "Annat.", &stale, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
  g_clear_error (&error);
  g_assert_true (pj_store_set_deliberation_note (f->ws, N1, "Diskutera spridningen igen.",
                                                 &version, &error));
  g_assert_cmpint (version, ==, 2);

  note = pj_store_get_deliberation_note (f->ws, N1, &version, &error);
  g_assert_cmpstr (note, ==, "Diskutera spridningen igen.");
  g_assert_cmpint (version, ==, 2);
  notes = pj_store_list_deliberation_notes (f->ws, ED, &error);
  g_assert_cmpuint (g_hash_table_size (notes), ==, 1);
  g_assert_cmpuint (count_audit (f, "deliberation_note", "update", "note",
                                 "Diskutera spridningen igen."), ==, 1);

  /* The jury's class */
  g_assert_true (pj_store_set_class_assessed (f->ws, N1, PJ_CLASS_FORBATTRING, &error));
  g_assert_no_error (error);
  results = pj_store_load_results (f->ws, ED, &error);
  g_assert_cmpint (pj_results_find_nomination (results, N1)->class_assessed, ==,
                   PJ_CLASS_FORBATTRING);
  g_assert_cmpint (pj_results_find_nomination (results, N1)->class_claimed, ==,
                   PJ_CLASS_INNOVATION);
  g_assert_cmpuint (count_audit (f, "nomination", "update", "class_assessed", "forbattring"),
                    ==, 1);
}

/* Winners ------------------------------------------------------------------- */

static char *
export_file (Fixture         *f,
             PjWinnersFormat  format,
             const char      *name,
             gsize           *len)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *contents = NULL;
  guint n = 0;

  g_assert_true (pj_winners_export (f->ws, ED, format, file, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (g_file_get_contents (path, &contents, len, NULL));
  return contents;
}

static void
assert_xmllint_valid (const char *path)
{
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "..", "data", "schemas",
                                                "winners.xsd", NULL);
  const char *argv[] = { "xmllint", "--noout", "--nonet", "--schema", xsd, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (g_find_program_in_path ("xmllint") == NULL)
    {
      g_test_skip ("xmllint is not installed");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint: %s", err);
  g_assert_nonnull (strstr (err, "validates"));
}

static void
check_winners_xml (Fixture    *f,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(PjXmlSchema) schema = NULL;
  gsize len1, len2;
  xmlNode *root;

  first = export_file (f, PJ_WINNERS_FORMAT_XML, name, &len1);
  second = export_file (f, PJ_WINNERS_FORMAT_XML, name, &len2);
  g_assert_cmpmem (first, len1, second, len2);

  assert_xmllint_valid (path);

  /* Parsed back through the hardened parser, valid, with what was decided */
  doc = pj_xml_parse (first, len1, name, &error);
  g_assert_no_error (error);
  schema = pj_xml_schema_load ("winners", &error);
  g_assert_no_error (error);
  g_assert_true (pj_xml_validate (schema, doc, &error));
  g_assert_no_error (error);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->ns->href, ==, "urn:prisjury:winners:1");

  /* Numbers with a dot, whatever the locale */
  g_assert_nonnull (strstr (first, "<result rank=\"1\" mean=\"86.67\">86.67</result>"));
  g_assert_nonnull (strstr (first, "4.5 kilo"));
  g_assert_null (strstr (first, "86,67"));
  /* Forbidden characters removed, the rest escaped */
  g_assert_null (memchr (first, '\x01', len1));
  g_assert_null (strstr (first, "\xEF\xBF\xBE"));
  g_assert_nonnull (strstr (first, "Ett nytt sätt att arbeta med &lt;läxor&gt; &amp; prov."));
  g_assert_nonnull (strstr (first, "<unit id=\"3\" type=\"bolag\">Bolaget AB</unit>"));
  g_assert_nonnull (strstr (first, "<member role=\"Lärare\">Maja Holm</member>"));
  g_assert_nonnull (strstr (first, "<innovation-class assessed=\"false\">innovation"));
  g_assert_nonnull (strstr (first, "year=\"2025\""));
  /* The winner comes before the honourable mention */
  g_assert_true (strstr (first, "kind=\"winner\"") <
                 strstr (first, "kind=\"honourable-mention\""));
}

static void
test_winners_xml (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "refused.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *c_export = NULL;
  g_autofree char *sv_export = NULL;
  gsize c_len, sv_len;
  const char *old_locale;

  /* Not decided: refused, nothing written */
  g_assert_false (pj_winners_export (f->ws, ED, PJ_WINNERS_FORMAT_XML, file, NULL, NULL,
                                     &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "not decided"));
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  decide_hand_edition (f);
  check_winners_xml (f, "winners.xml");
  c_export = export_file (f, PJ_WINNERS_FORMAT_XML, "c.xml", &c_len);

  /* The same bytes under Swedish number formatting */
  old_locale = setlocale (LC_ALL, NULL);
  {
    g_autofree char *saved = g_strdup (old_locale);

    if (setlocale (LC_ALL, "sv_SE.UTF-8") == NULL)
      g_test_message ("sv_SE.UTF-8 is not installed: checked under C only");
    check_winners_xml (f, "winners-sv.xml");
    sv_export = export_file (f, PJ_WINNERS_FORMAT_XML, "sv.xml", &sv_len);
    setlocale (LC_ALL, saved);
  }
  g_assert_cmpmem (c_export, c_len, sv_export, sv_len);
}

static void
test_winners_csv (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  gsize len;

  decide_hand_edition (f);
  csv = export_file (f, PJ_WINNERS_FORMAT_CSV, "winners.csv", &len);
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf" "Utmärkelse;År;Kategori;Placering;"));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);   /* header, 3 rows, "" */
  g_assert_true (g_str_has_prefix (lines[1], "Provpriset;2025;Skola;Vinnare;1;Två;"));
  g_assert_nonnull (strstr (lines[1], ";86.67;Diplom och 4.5 kilo tårta"));
  g_assert_nonnull (strstr (lines[2], ";Hedersomnämnande;1;Ett;Kista skola;Förvaltning;"
                                      "\"Maja Holm (Lärare); Nils Ek\";"));
  g_assert_nonnull (strstr (lines[3], "Övrigt;Pristagare;1;Fyra;\"Kista skola; Bolaget AB\";"
                                      "\"Förvaltning; Bolag\";"));
  g_assert_null (memchr (csv, '\x01', len));
}

/* The examples ---------------------------------------------------------------- */

static gint64
edition_id (PjWorkspace *ws,
            const char  *award,
            int          year)
{
  g_autoptr(GListModel) editions = pj_store_list_editions (ws, PJ_NO_ID, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);

      if (g_str_equal (pj_edition_get_award_name (e), award) && pj_edition_get_year (e) == year)
        return pj_edition_get_id (e);
    }
  g_assert_not_reached ();
  return PJ_NO_ID;
}

static void
test_examples_decided (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char * const awards[] = { "Förnyelsepriset", "Kvalitetsutmärkelsen" };

  g_assert_true (pj_demo_load_examples (f->ws, &error));
  g_assert_no_error (error);

  for (guint a = 0; a < G_N_ELEMENTS (awards); a++)
    {
      gint64 id = edition_id (f->ws, awards[a], 2025);
      g_autoptr(PjEdition) edition = pj_store_get_edition (f->ws, id, &error);
      g_autoptr(PjEdition) current = pj_store_get_edition (f->ws,
                                                           edition_id (f->ws, awards[a], 2026),
                                                           &error);
      g_autoptr(GListModel) decisions = pj_store_list_decisions (f->ws, id, &error);
      g_autoptr(GHashTable) notes = pj_store_list_deliberation_notes (f->ws, id, &error);
      g_autoptr(GBytes) xml = NULL;
      guint n_winners = 0, n_mentions = 0;

      g_assert_cmpint (pj_edition_get_phase (edition), ==, PJ_PHASE_DECIDED);
      g_assert_cmpint (pj_edition_get_phase (current), !=, PJ_PHASE_DECIDED);
      g_assert_cmpuint (g_hash_table_size (notes), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
        {
          g_autoptr(PjDecision) d = g_list_model_get_item (decisions, i);

          g_assert_cmpuint (strlen (pj_decision_get_citation (d)), >, 20);
          n_winners += pj_decision_get_placement (d) == PJ_PLACEMENT_WINNER;
          n_mentions += pj_decision_get_placement (d) == PJ_PLACEMENT_HONOURABLE_MENTION;
        }
      g_assert_cmpuint (n_winners, >=, 4);
      g_assert_cmpuint (n_mentions, >=, 1);

      /* The placements pass the rules: reopened and decided again */
      g_assert_true (pj_store_reopen_decisions (f->ws, id, "Kontroll.", &error));
      g_assert_no_error (error);
      g_assert_true (pj_store_mark_decided (f->ws, id, &error));
      g_assert_no_error (error);

      xml = pj_winners_to_bytes (f->ws, id, PJ_WINNERS_FORMAT_XML, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (xml);
    }
}

static void
test_indicators (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) awards = NULL;
  g_autoptr(PjIndicators) fp = NULL;
  g_autoptr(PjIndicators) one = NULL;
  g_autoptr(GBytes) csv = NULL;
  PjIndicators *list[2];
  gint64 fp_id = PJ_NO_ID;
  guint n;
  const char *text;

  g_assert_true (pj_demo_load_examples (f->ws, &error));
  g_assert_no_error (error);
  awards = pj_store_list_awards (f->ws, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (awards); i++)
    {
      g_autoptr(PjAward) award = g_list_model_get_item (awards, i);

      if (g_str_equal (pj_award_get_name (award), "Förnyelsepriset"))
        fp_id = pj_award_get_id (award);
    }

  /* Across the years, oldest first */
  fp = pj_store_indicators_for_award (f->ws, fp_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pj_indicators_get_n_editions (fp), ==, 2);
  g_assert_cmpint (pj_indicators_get_year (fp, 0), ==, 2025);
  g_assert_cmpint (pj_indicators_get_year (fp, 1), ==, 2026);
  g_assert_cmpuint (pj_indicators_get_total (fp, 0), ==, 10);
  g_assert_cmpuint (pj_indicators_get_total (fp, 1), ==, 12);
  g_assert_cmpuint (pj_indicators_lookup (fp, PJ_INDICATOR_CATEGORY, "Skola", 0), ==, 3);
  g_assert_cmpuint (pj_indicators_lookup (fp, PJ_INDICATOR_CATEGORY, "Socialtjänst", 0), ==, 2);
  g_assert_cmpstr (pj_indicators_get_row_key (fp, PJ_INDICATOR_CATEGORY, 0), ==, "Skola");
  /* 2025: Mälarstrand and Ljusnäset are contracted providers */
  g_assert_cmpuint (pj_indicators_lookup (fp, PJ_INDICATOR_UNIT_TYPE, "extern-utforare", 0), ==,
                    2);
  g_assert_cmpuint (pj_indicators_lookup (fp, PJ_INDICATOR_UNIT_TYPE, "bolag", 0), ==, 1);
  /* Units under a parent count for their administration: Kista grundskola,
   * Hägerstensåsens skola and Utbildningsförvaltningen itself */
  for (guint r = 0; r < pj_indicators_get_n_rows (fp, PJ_INDICATOR_ADMINISTRATION); r++)
    if (g_str_equal (pj_indicators_get_row_label (fp, PJ_INDICATOR_ADMINISTRATION, r),
                     "Utbildningsförvaltningen"))
      g_assert_cmpuint (pj_indicators_get_count (fp, PJ_INDICATOR_ADMINISTRATION, r, 0), ==, 3);
  /* Familjebostäder belongs to the Stadshus group */
  n = 0;
  for (guint r = 0; r < pj_indicators_get_n_rows (fp, PJ_INDICATOR_ADMINISTRATION); r++)
    if (g_str_equal (pj_indicators_get_row_label (fp, PJ_INDICATOR_ADMINISTRATION, r),
                     "Stockholms Stadshus AB"))
      n = pj_indicators_get_count (fp, PJ_INDICATOR_ADMINISTRATION, r, 0);
  g_assert_cmpuint (n, ==, 1);
  /* Classes: assessed where the jury assessed, else claimed; they add up */
  g_assert_cmpuint (pj_indicators_lookup (fp, PJ_INDICATOR_INNOVATION_CLASS, "innovation", 0),
                    ==, 4);
  g_assert_cmpuint (pj_indicators_lookup (fp, PJ_INDICATOR_INNOVATION_CLASS, "forbattring", 0)
                    + pj_indicators_lookup (fp, PJ_INDICATOR_INNOVATION_CLASS, "gott-exempel", 0)
                    + pj_indicators_lookup (fp, PJ_INDICATOR_INNOVATION_CLASS, "innovation", 0)
                    + pj_indicators_lookup (fp, PJ_INDICATOR_INNOVATION_CLASS, "", 0), ==, 10);
  g_assert_cmpuint (pj_indicators_lookup (fp, PJ_INDICATOR_SUBSTRATEGY, "tools", 0), ==, 6);
  /* Every sub-strategy has a row, zeros included */
  g_assert_cmpuint (pj_indicators_get_n_rows (fp, PJ_INDICATOR_SUBSTRATEGY), >=, 6);

  /* One edition alone gives the same column */
  one = pj_store_indicators_for_edition (f->ws, edition_id (f->ws, "Förnyelsepriset", 2026),
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pj_indicators_get_n_editions (one), ==, 1);
  g_assert_cmpuint (pj_indicators_get_total (one, 0), ==, 12);
  g_assert_cmpuint (pj_indicators_lookup (one, PJ_INDICATOR_CATEGORY, "Skola", 0), ==,
                    pj_indicators_lookup (fp, PJ_INDICATOR_CATEGORY, "Skola", 1));

  /* CSV for Excel */
  list[0] = fp;
  list[1] = one;
  csv = pj_indicators_to_csv (list, 2);
  text = g_bytes_get_data (csv, NULL);
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf" "Award;Indicator;Value;2025;2026\r\n"));
  g_assert_nonnull (strstr (text, "\r\nFörnyelsepriset;Nominations;All;10;12\r\n"));
  g_assert_nonnull (strstr (text, "\r\nFörnyelsepriset;By category;Skola;3;3\r\n"));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, examples) \
  g_test_add (path, Fixture, examples, fixture_set_up, func, fixture_tear_down)
  ADD ("/results/by-hand", test_results_by_hand, NULL);
  ADD ("/results/methods", test_results_methods, NULL);
  ADD ("/results/decision-rules", test_decision_rules, NULL);
  ADD ("/results/deliberation-notes", test_deliberation_notes, NULL);
  ADD ("/results/winners-xml", test_winners_xml, NULL);
  ADD ("/results/winners-csv", test_winners_csv, NULL);
  ADD ("/results/examples-decided", test_examples_decided, GINT_TO_POINTER (1));
  ADD ("/results/indicators", test_indicators, GINT_TO_POINTER (1));
#undef ADD

  return g_test_run ();
}
