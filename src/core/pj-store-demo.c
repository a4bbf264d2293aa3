/* pj-store-demo.c: writing the example awards and synthetic workspaces
 *
 * Both run as one transaction of prepared, bound statements, reused from
 * the workspace's cache, with one "demo" audit entry per award instead of
 * one per row: the 10 000-nomination generator has to stay fast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-demo"

#include "config.h"

#include "pj-demo.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/random.h>
#include <glib/gi18n-lib.h>

#include "pj-decision.h"
#include "pj-demo-private.h"
#include "pj-eligibility.h"
#include "pj-results.h"
#include "pj-workspace-private.h"

#define BALLOT_KEY_SIZE 32
#define SYNTHETIC_AWARD "Syntetiskt pris"
#define MAX_NOMINATIONS 10000
#define MAX_JURORS      2000
#define JURORS_PER_NOMINATION 5

static const char SQL_AWARD_EXISTS[] =
  "SELECT 1 FROM award WHERE lower(name) = lower(?1)";
static const char SQL_INSERT_AWARD[] =
  "INSERT INTO award (name, description) VALUES (?1, ?2)";
static const char SQL_INSERT_RULE[] =
  "INSERT INTO eligibility_rule (award_id, kind, value) VALUES (?1, ?2, ?3)";
static const char SQL_INSERT_EDITION[] =
  "INSERT INTO edition (award_id, year, phase, nominations_close, scoring_close,"
  " decision_date, blind_policy, aggregation, disagreement_threshold, min_jurors)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
static const char SQL_INSERT_CATEGORY[] =
  "INSERT INTO category (edition_id, name, description, award_mode, winners,"
  " honourable_mentions, threshold, prize, position)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char SQL_INSERT_CRITERION[] =
  "INSERT INTO criterion (edition_id, name, description, weight, scale_min, scale_max,"
  " required, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7)";
static const char SQL_INSERT_LABEL[] =
  "INSERT INTO criterion_label (criterion_id, value, label) VALUES (?1, ?2, ?3)";
static const char SQL_FIND_UNIT[] =
  "SELECT id FROM unit WHERE lower(name) = lower(?1)";
static const char SQL_INSERT_UNIT[] =
  "INSERT INTO unit (name, type, parent_id) VALUES (?1, ?2, ?3)";
static const char SQL_INSERT_JUROR[] =
  "INSERT INTO juror (edition_id, name, email, unit_id, role, ballot_key)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_INSERT_JUROR_CATEGORY[] =
  "INSERT INTO juror_category (juror_id, category_id) VALUES (?1, ?2)";
static const char SQL_INSERT_NOMINATION[] =
  "INSERT INTO nomination (edition_id, category_id, title, contact_name, contact_email,"
  " contact_phone, nominated_by, nominated_by_unit, received, summary, what_is_new,"
  " value_created, results, implementation, spread, partners, class_claimed, status,"
  " ineligible_reason, staff_count)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
  " ?18, ?19, ?20)";
static const char SQL_INSERT_NOMINATION_UNIT[] =
  "INSERT INTO nomination_unit (nomination_id, unit_id, position) VALUES (?1, ?2, ?3)";
static const char SQL_INSERT_TEAM_MEMBER[] =
  "INSERT INTO team_member (nomination_id, name, role, position) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_INSERT_SUBSTRATEGY[] =
  "INSERT INTO nomination_substrategy (nomination_id, substrategy) VALUES (?1, ?2)";
static const char SQL_INSERT_CONFLICT[] =
  "INSERT INTO conflict (juror_id, nomination_id, source, reason, created)"
  " VALUES (?1, ?2, 'automatic', 'own-unit', ?3)";
static const char SQL_INSERT_ASSIGNMENT[] =
  "INSERT INTO assignment (juror_id, nomination_id, manual) VALUES (?1, ?2, 0)";
static const char SQL_INSERT_SHEET[] =
  "INSERT INTO score_sheet (juror_id, nomination_id, status, overall_comment, submitted_at)"
  " VALUES (?1, ?2, ?3, ?4, ?5)";
static const char SQL_INSERT_SCORE[] =
  "INSERT INTO score (sheet_id, criterion_id, value, comment) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_SET_CLASS_ASSESSED[] =
  "UPDATE nomination SET class_assessed = ?2 WHERE id = ?1";
static const char SQL_INSERT_NOTE[] =
  "INSERT INTO deliberation_note (nomination_id, note) VALUES (?1, ?2)";
static const char SQL_INSERT_DECISION[] =
  "INSERT INTO decision (category_id, nomination_id, placement, position, citation)"
  " VALUES (?1, ?2, ?3, ?4, ?5)";

/* A small, fixed PRNG (splitmix64), so a seed gives the same workspace on
 * every GLib version. */
typedef struct
{
  guint64 state;
} DemoRng;

static guint64
rng_next (DemoRng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

/* Uniform in 0 .. n - 1 (n > 0). */
static guint
rng_below (DemoRng *rng,
           guint    n)
{
  return (guint) (((rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* Uniform in [0, 1). */
static double
rng_double (DemoRng *rng)
{
  return (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

typedef struct
{
  PjWorkspace *ws;
  sqlite3     *db;
  const char  *created;     /* timestamp of automatic conflicts */
  /* Units of the data table, by index */
  guint        n_units;
  gint64      *unit_ids;
  int         *unit_parents; /* index of the parent, -1 for none */
  GHashTable  *unit_index;   /* name -> index + 1 */
} DemoWriter;

static void
demo_writer_clear (DemoWriter *w)
{
  g_clear_pointer (&w->unit_ids, g_free);
  g_clear_pointer (&w->unit_parents, g_free);
  g_clear_pointer (&w->unit_index, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoWriter, demo_writer_clear)

static gboolean
insert_row (DemoWriter    *w,
            sqlite3_stmt  *stmt,
            gint64        *out_id,
            GError       **error)
{
  if (!pj_workspace_step_done (w->ws, stmt, _("Could not write the example data"), error))
    return FALSE;
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (w->db);
  return TRUE;
}

static gboolean
award_exists (DemoWriter  *w,
              const char  *name,
              gboolean    *exists,
              GError     **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_AWARD_EXISTS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  pj_stmt_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      pj_workspace_set_error (w->ws, error, sqlite3_extended_errcode (w->db),
                              _("Could not read the workspace"));
      sqlite3_reset (stmt);
      return FALSE;
    }
  *exists = (rc == SQLITE_ROW);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
refuse_existing_award (DemoWriter  *w,
                       const char  *name,
                       GError     **error)
{
  gboolean exists = FALSE;

  if (!award_exists (w, name, &exists, error))
    return FALSE;
  if (exists)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("The workspace already holds an award named “%s”. "
                     "Use a new workspace for the example data."), name);
      return FALSE;
    }
  return TRUE;
}

/* Finds each unit of the data table by name, or creates it. Parents come
 * before their children in the table. */
static gboolean
ensure_units (DemoWriter  *w,
              GError     **error)
{
  const PjDemoUnit *units = pj_demo_data_units (&w->n_units);

  w->unit_ids = g_new0 (gint64, w->n_units);
  w->unit_parents = g_new0 (int, w->n_units);
  w->unit_index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < w->n_units; i++)
    {
      sqlite3_stmt *stmt;
      int parent = -1;
      int rc;

      if (units[i].parent != NULL)
        parent = GPOINTER_TO_INT (g_hash_table_lookup (w->unit_index, units[i].parent)) - 1;
      g_assert (units[i].parent == NULL || parent >= 0);
      w->unit_parents[i] = parent;
      g_hash_table_insert (w->unit_index, (gpointer) units[i].name, GINT_TO_POINTER (i + 1));

      stmt = pj_workspace_prepare (w->ws, SQL_FIND_UNIT, error);
      if (stmt == NULL)
        return FALSE;
      pj_stmt_bind_text (stmt, 1, units[i].name);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          w->unit_ids[i] = sqlite3_column_int64 (stmt, 0);
          sqlite3_reset (stmt);
          continue;
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          pj_workspace_set_error (w->ws, error, sqlite3_extended_errcode (w->db),
                                  _("Could not read the workspace"));
          return FALSE;
        }

      stmt = pj_workspace_prepare (w->ws, SQL_INSERT_UNIT, error);
      if (stmt == NULL)
        return FALSE;
      pj_stmt_bind_text (stmt, 1, units[i].name);
      pj_stmt_bind_text (stmt, 2, pj_unit_type_to_string (units[i].type));
      if (parent >= 0)
        sqlite3_bind_int64 (stmt, 3, w->unit_ids[parent]);
      if (!insert_row (w, stmt, &w->unit_ids[i], error))
        return FALSE;
    }

  return TRUE;
}

static int
unit_index (DemoWriter *w,
            const char *name)
{
  int index = GPOINTER_TO_INT (g_hash_table_lookup (w->unit_index, name)) - 1;

  g_assert (index >= 0);
  return index;
}

/* The same unit, or one is the other's parent: an automatic conflict. */
static gboolean
units_related (DemoWriter *w,
               int         a,
               int         b)
{
  return a == b || w->unit_parents[a] == b || w->unit_parents[b] == a;
}

static gboolean
insert_edition (DemoWriter         *w,
                const PjDemoAward  *award,
                gint64              award_id,
                gint64             *edition_id,
                GError            **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_INSERT_EDITION, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, award_id);
  sqlite3_bind_int (stmt, 2, award->year);
  pj_stmt_bind_text (stmt, 3, pj_phase_to_string (award->phase));
  pj_stmt_bind_text (stmt, 4, award->nominations_close);
  pj_stmt_bind_text (stmt, 5, award->scoring_close);
  pj_stmt_bind_text (stmt, 6, award->decision_date);
  pj_stmt_bind_text (stmt, 7, pj_blind_policy_to_string (award->blind_policy));
  pj_stmt_bind_text (stmt, 8, pj_aggregation_to_string (award->aggregation));
  sqlite3_bind_double (stmt, 9, award->disagreement_threshold);
  sqlite3_bind_int (stmt, 10, award->min_jurors);
  return insert_row (w, stmt, edition_id, error);
}

static gboolean
insert_award (DemoWriter         *w,
              const PjDemoAward  *award,
              const char         *name,
              const char         *description,
              gint64             *award_id,
              gint64             *edition_id,
              GError            **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_INSERT_AWARD, error);

  if (stmt == NULL)
    return FALSE;
  pj_stmt_bind_text (stmt, 1, name);
  pj_stmt_bind_text (stmt, 2, description);
  if (!insert_row (w, stmt, award_id, error))
    return FALSE;

  return insert_edition (w, award, *award_id, edition_id, error);
}

static gboolean
insert_categories (DemoWriter            *w,
                   gint64                 edition_id,
                   const PjDemoCategory  *categories,
                   guint                  n_categories,
                   gint64                *ids,
                   GError               **error)
{
  for (guint i = 0; i < n_categories; i++)
    {
      const PjDemoCategory *c = &categories[i];
      sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_INSERT_CATEGORY, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, edition_id);
      pj_stmt_bind_text (stmt, 2, c->name);
      pj_stmt_bind_text (stmt, 3, c->description);
      pj_stmt_bind_text (stmt, 4, pj_award_mode_to_string (c->mode));
      sqlite3_bind_int (stmt, 5, c->winners);
      sqlite3_bind_int (stmt, 6, c->honourable_mentions);
      sqlite3_bind_double (stmt, 7, c->threshold);
      pj_stmt_bind_text (stmt, 8, c->prize);
      sqlite3_bind_int (stmt, 9, (int) i);
      if (!insert_row (w, stmt, &ids[i], error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_criteria (DemoWriter             *w,
                 gint64                  edition_id,
                 const PjDemoCriterion  *criteria,
                 guint                   n_criteria,
                 gint64                 *ids,
                 GError                **error)
{
  for (guint i = 0; i < n_criteria; i++)
    {
      const PjDemoCriterion *c = &criteria[i];
      sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_INSERT_CRITERION, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, edition_id);
      pj_stmt_bind_text (stmt, 2, c->name);
      pj_stmt_bind_text (stmt, 3, c->description);
      sqlite3_bind_double (stmt, 4, c->weight);
      sqlite3_bind_int (stmt, 5, c->scale_min);
      sqlite3_bind_int (stmt, 6, c->scale_max);
      sqlite3_bind_int (stmt, 7, (int) i);
      if (!insert_row (w, stmt, &ids[i], error))
        return FALSE;

      for (int v = c->scale_min; v <= c->scale_max; v++)
        {
          const char *label = c->labels[v - c->scale_min];

          g_assert (v - c->scale_min < PJ_DEMO_MAX_STEPS);
          if (label == NULL)
            continue;
          stmt = pj_workspace_prepare (w->ws, SQL_INSERT_LABEL, error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, ids[i]);
          sqlite3_bind_int (stmt, 2, v);
          pj_stmt_bind_text (stmt, 3, label);
          if (!insert_row (w, stmt, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
insert_juror (DemoWriter    *w,
              gint64         edition_id,
              const char    *name,
              const char    *email,
              gint64         unit_id,
              PjJurorRole    role,
              const guint8  *key,
              const gint64  *category_ids,
              guint          n_category_ids,
              gint64        *juror_id,
              GError       **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_INSERT_JUROR, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  pj_stmt_bind_text (stmt, 2, name);
  pj_stmt_bind_text (stmt, 3, email);
  if (unit_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 4, unit_id);
  pj_stmt_bind_text (stmt, 5, pj_juror_role_to_string (role));
  sqlite3_bind_blob (stmt, 6, key, BALLOT_KEY_SIZE, SQLITE_TRANSIENT);
  if (!insert_row (w, stmt, juror_id, error))
    return FALSE;

  for (guint i = 0; i < n_category_ids; i++)
    {
      stmt = pj_workspace_prepare (w->ws, SQL_INSERT_JUROR_CATEGORY, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *juror_id);
      sqlite3_bind_int64 (stmt, 2, category_ids[i]);
      if (!insert_row (w, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_nomination (DemoWriter              *w,
                   gint64                   edition_id,
                   gint64                   category_id,
                   const PjDemoNomination  *n,
                   const int               *units,
                   guint                    n_units,
                   gint64                  *nomination_id,
                   GError                 **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_INSERT_NOMINATION, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, edition_id);
  sqlite3_bind_int64 (stmt, 2, category_id);
  pj_stmt_bind_text (stmt, 3, n->title);
  pj_stmt_bind_text (stmt, 4, n->contact_name);
  pj_stmt_bind_text (stmt, 5, n->contact_email);
  pj_stmt_bind_text (stmt, 6, n->contact_phone);
  pj_stmt_bind_text (stmt, 7, n->nominated_by);
  pj_stmt_bind_text (stmt, 8, n->nominated_by_unit);
  pj_stmt_bind_text (stmt, 9, n->received);
  pj_stmt_bind_text (stmt, 10, n->summary);
  pj_stmt_bind_text (stmt, 11, n->what_is_new);
  pj_stmt_bind_text (stmt, 12, n->value_created);
  pj_stmt_bind_text (stmt, 13, n->results);
  pj_stmt_bind_text (stmt, 14, n->implementation);
  pj_stmt_bind_text (stmt, 15, n->spread);
  pj_stmt_bind_text (stmt, 16, n->partners);
  pj_stmt_bind_text (stmt, 17, pj_innovation_class_to_string (n->class_claimed));
  pj_stmt_bind_text (stmt, 18, pj_nomination_status_to_string (n->status));
  pj_stmt_bind_text (stmt, 19, n->ineligible_reason != NULL ? n->ineligible_reason : "");
  if (n->staff_count >= 0)
    sqlite3_bind_int (stmt, 20, n->staff_count);
  if (!insert_row (w, stmt, nomination_id, error))
    return FALSE;

  for (guint i = 0; i < n_units; i++)
    {
      stmt = pj_workspace_prepare (w->ws, SQL_INSERT_NOMINATION_UNIT, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *nomination_id);
      sqlite3_bind_int64 (stmt, 2, w->unit_ids[units[i]]);
      sqlite3_bind_int (stmt, 3, (int) i);
      if (!insert_row (w, stmt, NULL, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (n->team) && n->team[i].name != NULL; i++)
    {
      stmt = pj_workspace_prepare (w->ws, SQL_INSERT_TEAM_MEMBER, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *nomination_id);
      pj_stmt_bind_text (stmt, 2, n->team[i].name);
      pj_stmt_bind_text (stmt, 3, n->team[i].role != NULL ? n->team[i].role : "");
      sqlite3_bind_int (stmt, 4, (int) i);
      if (!insert_row (w, stmt, NULL, error))
        return FALSE;
    }

  for (guint s = 0; s < PJ_N_SUBSTRATEGIES; s++)
    {
      if (!(n->substrategies & (1u << s)))
        continue;
      stmt = pj_workspace_prepare (w->ws, SQL_INSERT_SUBSTRATEGY, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *nomination_id);
      pj_stmt_bind_text (stmt, 2, pj_substrategy_to_string ((PjSubstrategy) s));
      if (!insert_row (w, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_pair (DemoWriter  *w,
             const char  *sql,
             gint64       juror_id,
             gint64       nomination_id,
             GError     **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, juror_id);
  sqlite3_bind_int64 (stmt, 2, nomination_id);
  if (sql == SQL_INSERT_CONFLICT)
    pj_stmt_bind_text (stmt, 3, w->created);
  return insert_row (w, stmt, NULL, error);
}

static const char *
pick (DemoRng            *rng,
      const char * const *words,
      guint               n_words)
{
  return words[rng_below (rng, n_words)];
}

static const char *
score_comment (DemoRng *rng,
               double   fraction)
{
  const PjDemoWords *wd = pj_demo_data_words ();

  if (fraction < 0.34)
    return pick (rng, wd->comments_low, wd->n_comments_low);
  if (fraction < 0.67)
    return pick (rng, wd->comments_middle, wd->n_comments_middle);
  return pick (rng, wd->comments_high, wd->n_comments_high);
}

/* One juror's sheet: @n_scored criteria (from the first) scored around
 * @quality + @bias; every @comment_every-th score gets a comment. */
static gboolean
insert_sheet (DemoWriter             *w,
              DemoRng                *rng,
              gint64                  juror_id,
              gint64                  nomination_id,
              PjSheetStatus           status,
              const PjDemoCriterion  *criteria,
              const gint64           *criterion_ids,
              guint                   n_scored,
              double                  quality,
              double                  bias,
              guint                   comment_every,
              GError                **error)
{
  const PjDemoWords *wd = pj_demo_data_words ();
  sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_INSERT_SHEET, error);
  const char *overall = "";
  char submitted_at[32];
  gint64 sheet_id;

  if (stmt == NULL)
    return FALSE;

  if (status == PJ_SHEET_ABSTAINED)
    overall = "Avstår: jag har tidigare arbetat nära projektgruppen.";
  else if (status == PJ_SHEET_SUBMITTED)
    overall = pick (rng, wd->overall_comments, wd->n_overall_comments);

  sqlite3_bind_int64 (stmt, 1, juror_id);
  sqlite3_bind_int64 (stmt, 2, nomination_id);
  pj_stmt_bind_text (stmt, 3, pj_sheet_status_to_string (status));
  pj_stmt_bind_text (stmt, 4, overall);
  if (status != PJ_SHEET_DRAFT)
    {
      g_snprintf (submitted_at, sizeof submitted_at, "2026-03-%02uT%02u:%02u:00Z",
                  1 + rng_below (rng, 28), 8 + rng_below (rng, 10), rng_below (rng, 60));
      pj_stmt_bind_text (stmt, 5, submitted_at);
    }
  if (!insert_row (w, stmt, &sheet_id, error))
    return FALSE;

  for (guint i = 0; i < n_scored; i++)
    {
      const PjDemoCriterion *c = &criteria[i];
      double noise = (rng_double (rng) - 0.5) * 0.4;
      double fraction = CLAMP (quality + bias + noise, 0.0, 1.0);
      int value = c->scale_min + (int) lround (fraction * (c->scale_max - c->scale_min));

      stmt = pj_workspace_prepare (w->ws, SQL_INSERT_SCORE, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, sheet_id);
      sqlite3_bind_int64 (stmt, 2, criterion_ids[i]);
      sqlite3_bind_int (stmt, 3, value);
      pj_stmt_bind_text (stmt, 4, rng_below (rng, comment_every) == 0
                                  ? score_comment (rng, fraction) : "");
      if (!insert_row (w, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
nomination_takes_part (PjNominationStatus status)
{
  return status == PJ_NOMINATION_SUBMITTED || status == PJ_NOMINATION_ELIGIBLE;
}

/* The example awards ------------------------------------------------------ */

/* The quality award's rules, the example the city gave for eligibility. */
static const PjEligibilityRule quality_rules[] = {
  { PJ_RULE_MIN_STAFF, 10 },
  { PJ_RULE_BUDGET_BALANCE, 0 },
  { PJ_RULE_WINNER_QUARANTINE, 3 },
  { PJ_RULE_RESIDENT_SHARE, 50 },
};

static gboolean
insert_example_rules (DemoWriter         *w,
                      const PjDemoAward  *award,
                      gint64              award_id,
                      GError            **error)
{
  if (!g_str_equal (award->name, "Kvalitetsutmärkelsen"))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (quality_rules); i++)
    {
      sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_INSERT_RULE, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, award_id);
      pj_stmt_bind_text (stmt, 2, pj_rule_kind_to_string (quality_rules[i].kind));
      sqlite3_bind_double (stmt, 3, quality_rules[i].value);
      if (!insert_row (w, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
random_key (guint8   *key,
            GError  **error)
{
  gsize done = 0;

  while (done < BALLOT_KEY_SIZE)
    {
      ssize_t n = getrandom (key + done, BALLOT_KEY_SIZE - done, 0);

      if (n < 0)
        {
          int saved = errno;

          if (saved == EINTR)
            continue;
          g_set_error (error, PJ_ERROR, PJ_ERROR_FAILED,
                       _("Could not create a ballot key: %s"), g_strerror (saved));
          return FALSE;
        }
      done += (gsize) n;
    }
  return TRUE;
}

static gboolean
insert_example_jurors (DemoWriter         *w,
                       DemoRng            *rng,
                       const PjDemoAward  *award,
                       gint64              edition_id,
                       const gint64       *category_ids,
                       gint64             *juror_ids,
                       int                *juror_units,
                       double             *juror_bias,
                       GError            **error)
{
  for (guint j = 0; j < award->n_jurors; j++)
    {
      const PjDemoJuror *juror = &award->jurors[j];
      gint64 cats[32];
      guint n_cats = 0;
      guint8 key[BALLOT_KEY_SIZE];

      for (guint c = 0; c < award->n_categories; c++)
        if (juror->categories & (1u << c))
          cats[n_cats++] = category_ids[c];
      juror_units[j] = unit_index (w, juror->unit);
      juror_bias[j] = (rng_double (rng) - 0.5) * 0.15;

      if (!random_key (key, error) ||
          !insert_juror (w, edition_id, juror->name, juror->email,
                         w->unit_ids[juror_units[j]], juror->role, key, cats, n_cats,
                         &juror_ids[j], error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_award (DemoWriter         *w,
            DemoRng            *rng,
            const PjDemoAward  *award,
            gint64             *award_id_out,
            GError            **error)
{
  g_autofree gint64 *category_ids = g_new0 (gint64, award->n_categories);
  g_autofree gint64 *criterion_ids = g_new0 (gint64, award->n_criteria);
  g_autofree gint64 *juror_ids = g_new0 (gint64, award->n_jurors);
  g_autofree int *juror_units = g_new0 (int, award->n_jurors);
  g_autofree double *juror_bias = g_new0 (double, award->n_jurors);
  g_autofree char *audit_text = NULL;
  gint64 award_id, edition_id;

  if (!insert_award (w, award, award->name, award->description, &award_id, &edition_id,
                     error) ||
      !insert_example_rules (w, award, award_id, error) ||
      !insert_categories (w, edition_id, award->categories, award->n_categories,
                          category_ids, error) ||
      !insert_criteria (w, edition_id, award->criteria, award->n_criteria,
                        criterion_ids, error))
    return FALSE;

  if (!insert_example_jurors (w, rng, award, edition_id, category_ids, juror_ids, juror_units,
                              juror_bias, error))
    return FALSE;

  for (guint i = 0; i < award->n_nominations; i++)
    {
      const PjDemoNomination *n = &award->nominations[i];
      int units[2];
      guint n_units = 0;
      gint64 nomination_id;

      for (guint u = 0; u < G_N_ELEMENTS (n->units) && n->units[u] != NULL; u++)
        units[n_units++] = unit_index (w, n->units[u]);

      if (!insert_nomination (w, edition_id, category_ids[n->category], n, units, n_units,
                              &nomination_id, error))
        return FALSE;

      for (guint j = 0; j < award->n_jurors; j++)
        {
          gboolean conflicted = FALSE;
          guint pattern = (i + j) % 7;

          if (!(award->jurors[j].categories & (1u << n->category)))
            continue;

          for (guint u = 0; u < n_units; u++)
            conflicted = conflicted || units_related (w, juror_units[j], units[u]);
          if (conflicted)
            {
              if (!insert_pair (w, SQL_INSERT_CONFLICT, juror_ids[j], nomination_id, error))
                return FALSE;
              continue;
            }

          if (!nomination_takes_part (n->status))
            continue;
          if (!insert_pair (w, SQL_INSERT_ASSIGNMENT, juror_ids[j], nomination_id, error))
            return FALSE;

          if (!award->scored || pattern == 6)
            continue;   /* not started */

          if (pattern == 5 && i % 3 == 0)
            {
              if (!insert_sheet (w, rng, juror_ids[j], nomination_id, PJ_SHEET_ABSTAINED,
                                 award->criteria, criterion_ids, 0, 0, 0, 1, error))
                return FALSE;
            }
          else if (pattern >= 4)
            {
              if (!insert_sheet (w, rng, juror_ids[j], nomination_id, PJ_SHEET_DRAFT,
                                 award->criteria, criterion_ids, award->n_criteria / 2,
                                 n->quality, juror_bias[j], 3, error))
                return FALSE;
            }
          else if (!insert_sheet (w, rng, juror_ids[j], nomination_id, PJ_SHEET_SUBMITTED,
                                  award->criteria, criterion_ids, award->n_criteria,
                                  n->quality, juror_bias[j], 3, error))
            return FALSE;
        }
    }

  *award_id_out = award_id;
  audit_text = g_strdup_printf ("%s %d", award->name, award->year);
  return pj_workspace_audit (w->ws, "demo", "award", award_id, NULL, NULL, audit_text, error);
}

/* The decided editions -------------------------------------------------- */

static gboolean
insert_outcome (DemoWriter           *w,
                gint64                nomination_id,
                const PjDemoOutcome  *outcome,
                GError              **error)
{
  sqlite3_stmt *stmt;

  if (outcome->class_assessed != PJ_CLASS_NONE)
    {
      stmt = pj_workspace_prepare (w->ws, SQL_SET_CLASS_ASSESSED, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, nomination_id);
      pj_stmt_bind_text (stmt, 2, pj_innovation_class_to_string (outcome->class_assessed));
      if (!insert_row (w, stmt, NULL, error))
        return FALSE;
    }
  if (outcome->note != NULL)
    {
      stmt = pj_workspace_prepare (w->ws, SQL_INSERT_NOTE, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, nomination_id);
      pj_stmt_bind_text (stmt, 2, outcome->note);
      if (!insert_row (w, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_placement (DemoWriter   *w,
                  gint64        category_id,
                  gint64        nomination_id,
                  PjPlacement   placement,
                  guint         position,
                  const char   *citation,
                  GError      **error)
{
  sqlite3_stmt *stmt = pj_workspace_prepare (w->ws, SQL_INSERT_DECISION, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, category_id);
  sqlite3_bind_int64 (stmt, 2, nomination_id);
  pj_stmt_bind_text (stmt, 3, pj_placement_to_string (placement));
  sqlite3_bind_int (stmt, 4, (int) position);
  pj_stmt_bind_text (stmt, 5, citation);
  return insert_row (w, stmt, NULL, error);
}

/* The placements follow the ranking by the edition's method, so none needs
 * a reason: winners first, then honourable mentions; in threshold mode all
 * at or above the threshold. */
static gboolean
insert_placements (DemoWriter           *w,
                   gint64                edition_id,
                   const gint64         *nomination_ids,
                   const PjDemoOutcome  *outcomes,
                   guint                 n_nominations,
                   GError              **error)
{
  g_autoptr(PjResults) results = pj_store_load_results (w->ws, edition_id, error);
  g_autoptr(GArray) computed = NULL;

  if (results == NULL)
    return FALSE;
  computed = pj_results_compute (results, pj_results_get_method (results));

  for (guint c = 0; c < pj_results_get_n_categories (results); c++)
    {
      const PjResultsCategory *category = pj_results_get_category (results, c);
      guint first = 0;
      guint n = pj_results_category_span (computed, category->id, &first);
      guint placed = 0;

      for (guint i = 0; i < n; i++)
        {
          const PjNominationResult *r = &g_array_index (computed, PjNominationResult, first + i);
          const PjDemoOutcome *outcome = NULL;
          PjPlacement placement;
          guint position;

          if (!r->has_result)
            break;
          for (guint k = 0; k < n_nominations && outcome == NULL; k++)
            if (nomination_ids[k] == r->nomination_id)
              outcome = &outcomes[k];
          g_assert (outcome != NULL);

          if (category->mode == PJ_AWARD_MODE_THRESHOLD)
            {
              if (pj_scoring_hundredths (r->result) < pj_scoring_hundredths (category->threshold))
                break;
              placement = PJ_PLACEMENT_AWARDED;
              position = placed;
            }
          else if (placed < category->winners)
            {
              placement = PJ_PLACEMENT_WINNER;
              position = placed;
            }
          else if (placed < category->winners + category->honourable_mentions)
            {
              placement = PJ_PLACEMENT_HONOURABLE_MENTION;
              position = placed - category->winners;
            }
          else
            break;

          if (!insert_placement (w, category->id, r->nomination_id, placement, position,
                                 outcome->citation, error))
            return FALSE;
          placed++;
        }
    }
  return TRUE;
}

static gboolean
load_history (DemoWriter           *w,
              DemoRng              *rng,
              gint64                award_id,
              const PjDemoAward    *current,
              const PjDemoHistory  *history,
              GError              **error)
{
  const PjDemoAward *award = history->edition;
  g_autofree gint64 *category_ids = g_new0 (gint64, award->n_categories);
  g_autofree gint64 *criterion_ids = g_new0 (gint64, award->n_criteria);
  g_autofree gint64 *juror_ids = g_new0 (gint64, award->n_jurors);
  g_autofree int *juror_units = g_new0 (int, award->n_jurors);
  g_autofree double *juror_bias = g_new0 (double, award->n_jurors);
  g_autofree gint64 *nomination_ids = g_new0 (gint64, award->n_nominations);
  g_autofree char *audit_text = NULL;
  gint64 edition_id;

  if (!insert_edition (w, award, award_id, &edition_id, error) ||
      !insert_categories (w, edition_id, award->categories, award->n_categories,
                          category_ids, error) ||
      !insert_criteria (w, edition_id, award->criteria, award->n_criteria,
                        criterion_ids, error) ||
      !insert_example_jurors (w, rng, award, edition_id, category_ids, juror_ids, juror_units,
                              juror_bias, error))
    return FALSE;

  for (guint i = 0; i < award->n_nominations; i++)
    {
      const PjDemoNomination *n = &award->nominations[i];
      int units[2];
      guint n_units = 0;

      for (guint u = 0; u < G_N_ELEMENTS (n->units) && n->units[u] != NULL; u++)
        units[n_units++] = unit_index (w, n->units[u]);

      if (!insert_nomination (w, edition_id, category_ids[n->category], n, units, n_units,
                              &nomination_ids[i], error) ||
          !insert_outcome (w, nomination_ids[i], &history->outcomes[i], error))
        return FALSE;

      /* Scoring is over: every assigned juror submitted, a few abstained */
      for (guint j = 0; j < award->n_jurors; j++)
        {
          gboolean conflicted = FALSE;
          PjSheetStatus status = (i + j) % 9 == 4 ? PJ_SHEET_ABSTAINED : PJ_SHEET_SUBMITTED;

          if (!(award->jurors[j].categories & (1u << n->category)))
            continue;
          for (guint u = 0; u < n_units; u++)
            conflicted = conflicted || units_related (w, juror_units[j], units[u]);
          if (conflicted)
            {
              if (!insert_pair (w, SQL_INSERT_CONFLICT, juror_ids[j], nomination_ids[i], error))
                return FALSE;
              continue;
            }
          if (!nomination_takes_part (n->status))
            continue;
          if (!insert_pair (w, SQL_INSERT_ASSIGNMENT, juror_ids[j], nomination_ids[i], error) ||
              !insert_sheet (w, rng, juror_ids[j], nomination_ids[i], status, award->criteria,
                             criterion_ids, status == PJ_SHEET_SUBMITTED ? award->n_criteria : 0,
                             n->quality, juror_bias[j], 4, error))
            return FALSE;
        }
    }

  if (!insert_placements (w, edition_id, nomination_ids, history->outcomes,
                          award->n_nominations, error))
    return FALSE;

  audit_text = g_strdup_printf ("%s %d", current->name, award->year);
  return pj_workspace_audit (w->ws, "demo", "edition", edition_id, NULL, NULL, audit_text,
                             error);
}

gboolean
pj_demo_load_examples (PjWorkspace  *ws,
                       GError      **error)
{
  g_auto(DemoWriter) w = { 0, };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree gint64 *award_ids = NULL;
  const PjDemoAward *awards;
  const PjDemoHistory *history;
  DemoRng rng = { 20260101 };
  DemoRng history_rng = { 20250101 };
  guint n_awards;
  guint n_history;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  w.ws = ws;
  w.db = pj_workspace_get_db (ws);
  w.created = created;
  awards = pj_demo_data_awards (&n_awards);

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  for (guint a = 0; a < n_awards; a++)
    if (!refuse_existing_award (&w, awards[a].name, error))
      goto failed;

  if (!ensure_units (&w, error))
    goto failed;

  award_ids = g_new0 (gint64, n_awards);
  for (guint a = 0; a < n_awards; a++)
    if (!load_award (&w, &rng, &awards[a], &award_ids[a], error))
      goto failed;

  /* The earlier, decided editions, after the current ones (their ids and
   * example scores stay as they were) and from their own generator */
  history = pj_demo_data_history (&n_history);
  for (guint h = 0; h < n_history; h++)
    if (!load_history (&w, &history_rng, award_ids[history[h].award], &awards[history[h].award],
                       &history[h], error))
      goto failed;

  if (!pj_workspace_commit (ws, error))
    goto failed;

  pj_workspace_emit_changed (ws, "all");
  return TRUE;

failed:
  pj_workspace_rollback (ws);
  return FALSE;
}

/* The synthetic generator ------------------------------------------------- */

/* "Anna Öberg" -> "anna.oberg@stockholm.se" */
static char *
dup_email (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);

  g_strdelimit (lower, " ", '.');
  return g_strconcat (lower, "@stockholm.se", NULL);
}

static char *
dup_person (DemoRng *rng)
{
  const PjDemoWords *wd = pj_demo_data_words ();
  const char *first = pick (rng, wd->first_names, wd->n_first_names);

  return g_strdup_printf ("%s %s", first, pick (rng, wd->last_names, wd->n_last_names));
}

static PjNominationStatus
random_status (DemoRng *rng)
{
  guint r = rng_below (rng, 100);

  if (r < 60)
    return PJ_NOMINATION_ELIGIBLE;
  if (r < 90)
    return PJ_NOMINATION_SUBMITTED;
  if (r < 94)
    return PJ_NOMINATION_DRAFT;
  if (r < 97)
    return PJ_NOMINATION_INELIGIBLE;
  return PJ_NOMINATION_WITHDRAWN;
}

typedef struct
{
  guint   n_category_jurors;
  guint  *category_jurors;     /* juror indices */
} GenCategory;

static gboolean
generate_jurors (DemoWriter   *w,
                 DemoRng      *rng,
                 gint64        edition_id,
                 guint         n_jurors,
                 const gint64 *category_ids,
                 guint         n_categories,
                 GenCategory  *categories,
                 gint64       *juror_ids,
                 int          *juror_units,
                 double       *juror_bias,
                 GError      **error)
{
  const PjDemoWords *wd = pj_demo_data_words ();
  guint n_names = wd->n_first_names * wd->n_last_names;

  for (guint c = 0; c < n_categories; c++)
    categories[c].category_jurors = g_new0 (guint, n_jurors);

  for (guint j = 0; j < n_jurors; j++)
    {
      /* (j mod F, (j / F + j) mod L) is unique for j < F * L when F = L. */
      const char *first = wd->first_names[j % wd->n_first_names];
      const char *last = wd->last_names[(j / wd->n_first_names + j) % wd->n_last_names];
      guint suffix = j / n_names;
      g_autofree char *name = suffix > 0 ? g_strdup_printf ("%s %s %u", first, last, suffix + 1)
                                         : g_strdup_printf ("%s %s", first, last);
      g_autofree char *email = dup_email (name);
      PjJurorRole role = j == 0 ? PJ_ROLE_CHAIR : (j % 7 == 3 ? PJ_ROLE_EXAMINER : PJ_ROLE_MEMBER);
      gint64 cats[2];
      guint n_cats = 0;
      guint8 key[BALLOT_KEY_SIZE];

      for (guint k = 0; k < BALLOT_KEY_SIZE; k += 8)
        {
          guint64 r = rng_next (rng);
          memcpy (key + k, &r, 8);
        }
      juror_units[j] = (int) rng_below (rng, w->n_units);
      juror_bias[j] = (rng_double (rng) - 0.5) * 0.2;

      if (j == 0)
        {
          for (guint c = 0; c < n_categories; c++)
            categories[c].category_jurors[categories[c].n_category_jurors++] = j;
        }
      else
        {
          guint a = j % n_categories;
          guint b = (j + n_categories / 2) % n_categories;

          cats[n_cats++] = category_ids[a];
          categories[a].category_jurors[categories[a].n_category_jurors++] = j;
          if (b != a)
            {
              cats[n_cats++] = category_ids[b];
              categories[b].category_jurors[categories[b].n_category_jurors++] = j;
            }
        }

      if (!insert_juror (w, edition_id, name, email, w->unit_ids[juror_units[j]], role, key,
                         j == 0 ? category_ids : cats, j == 0 ? n_categories : n_cats,
                         &juror_ids[j], error))
        return FALSE;
    }
  return TRUE;
}

gboolean
pj_demo_generate (PjWorkspace  *ws,
                  guint         n_nominations,
                  guint         n_jurors,
                  guint32       seed,
                  GError      **error)
{
  const PjDemoWords *wd = pj_demo_data_words ();
  const PjDemoUnit *data_units;
  g_auto(DemoWriter) w = { 0, };
  g_autofree gint64 *category_ids = NULL;
  g_autofree gint64 *criterion_ids = NULL;
  g_autofree gint64 *juror_ids = NULL;
  g_autofree int *juror_units = NULL;
  g_autofree double *juror_bias = NULL;
  g_autofree guint *candidates = NULL;
  g_autofree GenCategory *categories = NULL;
  g_autofree char *audit_text = NULL;
  PjDemoAward award = {
    SYNTHETIC_AWARD,
    "Ett syntetiskt pris för belastningsprov, skapat av prisjury-cli demo.",
    2026, PJ_PHASE_SCORING, PJ_BLIND_AFTER_SUBMIT, PJ_AGGREGATION_MEAN, 15, 3,
    "2026-02-28", "2026-04-15", "2026-05-20",
    wd->categories, wd->n_categories, wd->criteria, wd->n_criteria,
    NULL, 0, NULL, 0, TRUE,
  };
  DemoRng rng = { G_GUINT64_CONSTANT (0x5052495341000000) ^ seed };
  gint64 award_id, edition_id;
  gboolean ok = FALSE;
  guint n_data_units;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_nominations > MAX_NOMINATIONS)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("At most %u nominations can be generated."), MAX_NOMINATIONS);
      return FALSE;
    }
  if (n_jurors < 1 || n_jurors > MAX_JURORS)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("The number of jurors must be between 1 and %u."), MAX_JURORS);
      return FALSE;
    }

  w.ws = ws;
  w.db = pj_workspace_get_db (ws);
  w.created = "2026-03-01T08:00:00Z";
  data_units = pj_demo_data_units (&n_data_units);

  category_ids = g_new0 (gint64, award.n_categories);
  criterion_ids = g_new0 (gint64, award.n_criteria);
  juror_ids = g_new0 (gint64, n_jurors);
  juror_units = g_new0 (int, n_jurors);
  juror_bias = g_new0 (double, n_jurors);
  candidates = g_new0 (guint, n_jurors);
  categories = g_new0 (GenCategory, award.n_categories);

  if (!pj_workspace_begin (ws, error))
    goto out;

  if (!refuse_existing_award (&w, SYNTHETIC_AWARD, error) ||
      !ensure_units (&w, error) ||
      !insert_award (&w, &award, award.name, award.description, &award_id, &edition_id,
                     error) ||
      !insert_categories (&w, edition_id, award.categories, award.n_categories,
                          category_ids, error) ||
      !insert_criteria (&w, edition_id, award.criteria, award.n_criteria,
                        criterion_ids, error) ||
      !generate_jurors (&w, &rng, edition_id, n_jurors, category_ids, award.n_categories,
                        categories, juror_ids, juror_units, juror_bias, error))
    goto failed;

  for (guint i = 0; i < n_nominations; i++)
    {
      guint category = rng_below (&rng, award.n_categories);
      GenCategory *gc = &categories[category];
      const char *start = pick (&rng, wd->title_starts, wd->n_title_starts);
      const char *subject = pick (&rng, wd->title_subjects, wd->n_title_subjects);
      const char *place = pick (&rng, wd->places, wd->n_places);
      g_autofree char *title = g_strdup_printf ("%s %s i %s", start, subject, place);
      g_autofree char *member1 = dup_person (&rng);
      g_autofree char *member2 = dup_person (&rng);
      g_autofree char *member3 = dup_person (&rng);
      g_autofree char *nominator = dup_person (&rng);
      g_autofree char *contact_email = NULL;
      g_autofree char *phone = NULL;
      g_autofree char *received = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *what_is_new = NULL;
      g_autofree char *value_created = NULL;
      g_autofree char *results = NULL;
      g_autofree char *spread = NULL;
      PjDemoNomination n = { 0, };
      guint n_team = 1 + rng_below (&rng, 3);
      guint day = rng_below (&rng, 59);
      double quality = rng_double (&rng);
      int units[2];
      guint n_units = 1;
      guint n_candidates = 0;
      guint n_assigned;
      gint64 nomination_id;

      units[0] = (int) rng_below (&rng, w.n_units);
      if (rng_below (&rng, 5) == 0)
        {
          units[1] = (int) rng_below (&rng, w.n_units);
          if (units[1] != units[0])
            n_units = 2;
        }

      contact_email = dup_email (member1);
      phone = g_strdup_printf ("08-508 %03u %02u", rng_below (&rng, 1000), rng_below (&rng, 100));
      received = g_strdup_printf ("2026-%02u-%02u", day < 31 ? 1 : 2,
                                  day < 31 ? day + 1 : day - 30);
      summary = g_strdup_printf ("%s har tagit fram ett nytt sätt att arbeta med %s i %s. "
                                 "Arbetet har pågått sedan %u och når i dag omkring %u "
                                 "personer. Det har utvecklats tillsammans med dem det berör "
                                 "och följs upp varje kvartal.",
                                 data_units[units[0]].name, subject, place,
                                 2021 + rng_below (&rng, 5), 50 + rng_below (&rng, 5000));
      what_is_new = g_strdup_printf ("Arbetet med %s organiseras på ett sätt som inte "
                                     "prövats i %s tidigare.", subject, place);
      value_created = g_strdup_printf ("Invånare och medarbetare i %s får %s.", place,
                                       rng_below (&rng, 2) ? "kortare väntetider"
                                                           : "ett bättre bemötande");
      results = g_strdup_printf ("Ledtiderna har minskat med %u procent och nöjdheten ökat "
                                 "med %u procentenheter.",
                                 5 + rng_below (&rng, 50), 1 + rng_below (&rng, 20));
      spread = g_strdup_printf ("%u andra enheter har visat intresse.", rng_below (&rng, 12));

      n.title = title;
      n.team[0].name = member1;
      n.team[0].role = pick (&rng, wd->team_roles, wd->n_team_roles);
      if (n_team > 1)
        {
          n.team[1].name = member2;
          n.team[1].role = pick (&rng, wd->team_roles, wd->n_team_roles);
        }
      if (n_team > 2)
        {
          n.team[2].name = member3;
          n.team[2].role = pick (&rng, wd->team_roles, wd->n_team_roles);
        }
      n.contact_name = member1;
      n.contact_email = contact_email;
      n.contact_phone = phone;
      n.nominated_by = nominator;
      n.nominated_by_unit = data_units[units[0]].name;
      n.received = received;
      n.summary = summary;
      n.what_is_new = what_is_new;
      n.value_created = value_created;
      n.results = results;
      n.implementation = rng_below (&rng, 2) ? "Infört i hela verksamheten."
                                             : "Infört i delar av verksamheten.";
      n.spread = spread;
      n.partners = data_units[rng_below (&rng, w.n_units)].name;
      n.substrategies = (1u << rng_below (&rng, PJ_N_SUBSTRATEGIES)) |
                        (rng_below (&rng, 2) ? 1u << rng_below (&rng, PJ_N_SUBSTRATEGIES) : 0);
      n.class_claimed = (PjInnovationClass) rng_below (&rng, PJ_N_INNOVATION_CLASSES);
      n.status = random_status (&rng);
      n.ineligible_reason = n.status == PJ_NOMINATION_INELIGIBLE
                            ? "Verksamheten uppfyller inte kravet på antal anställda." : "";
      n.staff_count = (int) rng_below (&rng, 400);

      if (!insert_nomination (&w, edition_id, category_ids[category], &n, units, n_units,
                              &nomination_id, error))
        goto failed;

      /* Conflicts and candidates among the category's jurors */
      for (guint k = 0; k < gc->n_category_jurors; k++)
        {
          guint j = gc->category_jurors[k];
          gboolean conflicted = FALSE;

          for (guint u = 0; u < n_units; u++)
            conflicted = conflicted || units_related (&w, juror_units[j], units[u]);
          if (conflicted)
            {
              if (!insert_pair (&w, SQL_INSERT_CONFLICT, juror_ids[j], nomination_id, error))
                goto failed;
            }
          else
            candidates[n_candidates++] = j;
        }

      if (!nomination_takes_part (n.status))
        continue;

      n_assigned = MIN (JURORS_PER_NOMINATION, n_candidates);
      for (guint k = 0; k < n_assigned; k++)
        {
          guint pick_at = k + rng_below (&rng, n_candidates - k);
          guint j = candidates[pick_at];
          guint r = rng_below (&rng, 100);

          candidates[pick_at] = candidates[k];
          candidates[k] = j;

          if (!insert_pair (&w, SQL_INSERT_ASSIGNMENT, juror_ids[j], nomination_id, error))
            goto failed;

          if (r < 70)
            {
              if (!insert_sheet (&w, &rng, juror_ids[j], nomination_id, PJ_SHEET_SUBMITTED,
                                 award.criteria, criterion_ids, award.n_criteria, quality,
                                 juror_bias[j], 10, error))
                goto failed;
            }
          else if (r < 85)
            {
              if (!insert_sheet (&w, &rng, juror_ids[j], nomination_id, PJ_SHEET_DRAFT,
                                 award.criteria, criterion_ids, award.n_criteria / 2,
                                 quality, juror_bias[j], 10, error))
                goto failed;
            }
          else if (r < 87)
            {
              if (!insert_sheet (&w, &rng, juror_ids[j], nomination_id, PJ_SHEET_ABSTAINED,
                                 award.criteria, criterion_ids, 0, 0, 0, 1, error))
                goto failed;
            }
        }
    }

  audit_text = g_strdup_printf ("%u nominations, %u jurors, seed %u",
                                n_nominations, n_jurors, seed);
  if (!pj_workspace_audit (ws, "demo", "award", award_id, NULL, NULL, audit_text, error) ||
      !pj_workspace_commit (ws, error))
    goto failed;

  pj_workspace_emit_changed (ws, "all");
  ok = TRUE;
  goto out;

failed:
  pj_workspace_rollback (ws);
out:
  for (guint c = 0; categories != NULL && c < award.n_categories; c++)
    g_free (categories[c].category_jurors);
  return ok;
}
