/* test-nomination.c: nominations as the store keeps them, and eligibility
 *
 * Each test works on a fresh workspace file in a temporary directory with
 * one award, two editions (2022 and 2025), categories and units.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-nomination"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "pj-eligibility.h"
#include "pj-store.h"
#include "pj-store-nomination.h"
#include "pj-workspace-private.h"
#include "pj-test-util.h"

#define USER "Eva Organisatör"

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  gint64       award;
  gint64       edition;        /* 2025 */
  gint64       old_edition;    /* 2022 */
  gint64       category;       /* "Skola" in 2025 */
  gint64       category2;      /* "Äldreomsorg" in 2025 */
  gint64       old_category;   /* "Skola" in 2022 */
  gint64       unit_a;         /* Utbildningsförvaltningen */
  gint64       unit_b;         /* Stadsbyggnadskontoret */
  gint64       provider;       /* an extern utförare */
  guint        n_changed;
} Fixture;

static void
changed_cb (PjWorkspace *ws,
            const char  *what,
            gpointer     user_data)
{
  Fixture *f = user_data;

  if (g_strcmp0 (what, "nomination") == 0)
    f->n_changed++;
}

static gint64
add_edition (PjWorkspace *ws,
             gint64       award,
             int          year)
{
  g_autoptr(PjEdition) edition = pj_edition_new ();
  g_autoptr(GError) error = NULL;

  pj_edition_set_award_id (edition, award);
  pj_edition_set_year (edition, year);
  g_assert_true (pj_store_create_edition (ws, edition, &error));
  g_assert_no_error (error);
  return pj_edition_get_id (edition);
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
add_unit (PjWorkspace *ws,
          const char  *name,
          PjUnitType   type)
{
  g_autoptr(PjUnit) unit = pj_unit_new ();
  g_autoptr(GError) error = NULL;

  pj_unit_set_name (unit, name);
  pj_unit_set_unit_type (unit, type);
  g_assert_true (pj_store_create_unit (ws, unit, &error));
  g_assert_no_error (error);
  return pj_unit_get_id (unit);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = pj_award_new ();

  f->dir = g_dir_make_tmp ("pj-nomination-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, USER);

  pj_award_set_name (award, "Kvalitetsutmärkelsen");
  g_assert_true (pj_store_create_award (f->ws, award, &error));
  g_assert_no_error (error);
  f->award = pj_award_get_id (award);

  f->edition = add_edition (f->ws, f->award, 2025);
  f->old_edition = add_edition (f->ws, f->award, 2022);
  f->category = add_category (f->ws, f->edition, "Skola");
  f->category2 = add_category (f->ws, f->edition, "Äldreomsorg");
  f->old_category = add_category (f->ws, f->old_edition, "Skola");
  f->unit_a = add_unit (f->ws, "Utbildningsförvaltningen", PJ_UNIT_FORVALTNING);
  f->unit_b = add_unit (f->ws, "Stadsbyggnadskontoret", PJ_UNIT_FORVALTNING);
  f->provider = add_unit (f->ws, "Omsorg Öst AB", PJ_UNIT_EXTERN_UTFORARE);

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

/* A complete, valid nomination in "Skola" 2025 by unit A and B. */
static PjNomination *
new_nomination (Fixture    *f,
                const char *title)
{
  PjNomination *n = pj_nomination_new ();
  const gint64 units[] = { f->unit_a, f->unit_b };

  pj_nomination_set_edition_id (n, f->edition);
  pj_nomination_set_category_id (n, f->category);
  pj_nomination_set_title (n, title);
  pj_nomination_set_contact_name (n, "Åsa Öberg");
  pj_nomination_set_contact_email (n, "asa.oberg@example.se");
  pj_nomination_set_contact_phone (n, "08-508 000 00");
  pj_nomination_set_nominated_by (n, "Per Lind");
  pj_nomination_set_nominated_by_unit (n, "Stadsledningskontoret");
  pj_nomination_set_received (n, "2025-02-14");
  pj_nomination_set_summary (n, "Elever lagar trasiga möbler i slöjden.");
  pj_nomination_set_what_is_new (n, "Ingen skola har gjort så förut.");
  pj_nomination_set_value_created (n, "Mindre avfall, för eleverna och staden.");
  pj_nomination_set_results (n, "300 stolar lagade.");
  pj_nomination_set_implementation (n, "I schemat sedan hösten.");
  pj_nomination_set_spread (n, "Två skolor i Farsta.");
  pj_nomination_set_partners (n, "KTH");
  pj_nomination_set_class_claimed (n, PJ_CLASS_INNOVATION);
  pj_nomination_set_staff_count (n, 42);
  pj_nomination_set_budget_in_balance (n, PJ_TRISTATE_YES);
  pj_nomination_set_resident_share (n, 87.5);
  pj_nomination_set_unit_ids (n, units, G_N_ELEMENTS (units));
  pj_nomination_set_substrategies (n, PJ_SUBSTRATEGY_BIT (PJ_SUBSTRATEGY_TOOLS) |
                                      PJ_SUBSTRATEGY_BIT (PJ_SUBSTRATEGY_PROCUREMENT));
  pj_nomination_add_team_member (n, "Ali Karimi", "Slöjdlärare");
  pj_nomination_add_team_member (n, "Lena Ek", "Rektor");
  return n;
}

static PjNomination *
create (Fixture    *f,
        const char *title)
{
  g_autoptr(GError) error = NULL;
  PjNomination *n = new_nomination (f, title);

  g_assert_true (pj_store_create_nomination (f->ws, n, &error));
  g_assert_no_error (error);
  return n;
}

static PjTeamMember *
team_member (PjNomination *n,
             guint         i)
{
  g_autoptr(PjTeamMember) member = g_list_model_get_item (pj_nomination_get_team (n), i);

  return member;   /* the nomination keeps it alive */
}

/* The audit entry of @field for nomination @id, newest first; NULL if none. */
static PjAuditEntry *
find_audit (PjWorkspace *ws,
            gint64       id,
            const char  *action,
            const char  *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) log = pj_store_list_audit (ws, "nomination", id, 0, &error);

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

static void
test_create_get (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PjNomination) n = create (f, "Återbruk i slöjden");
  g_autoptr(PjNomination) got = NULL;
  g_autoptr(PjAuditEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 *units;
  guint n_units;

  g_assert_cmpint (pj_nomination_get_id (n), >, 0);
  g_assert_cmpint (pj_nomination_get_version (n), ==, 1);
  g_assert_cmpstr (pj_nomination_get_category_name (n), ==, "Skola");
  g_assert_cmpstr (pj_nomination_get_unit_names (n), ==,
                   "Utbildningsförvaltningen, Stadsbyggnadskontoret");
  g_assert_cmpuint (f->n_changed, ==, 1);

  got = pj_store_get_nomination (f->ws, pj_nomination_get_id (n), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_nomination_get_title (got), ==, "Återbruk i slöjden");
  g_assert_cmpint (pj_nomination_get_edition_id (got), ==, f->edition);
  g_assert_cmpint (pj_nomination_get_category_id (got), ==, f->category);
  g_assert_cmpstr (pj_nomination_get_contact_name (got), ==, "Åsa Öberg");
  g_assert_cmpstr (pj_nomination_get_contact_email (got), ==, "asa.oberg@example.se");
  g_assert_cmpstr (pj_nomination_get_contact_phone (got), ==, "08-508 000 00");
  g_assert_cmpstr (pj_nomination_get_nominated_by (got), ==, "Per Lind");
  g_assert_cmpstr (pj_nomination_get_nominated_by_unit (got), ==, "Stadsledningskontoret");
  g_assert_cmpstr (pj_nomination_get_received (got), ==, "2025-02-14");
  g_assert_cmpstr (pj_nomination_get_summary (got), ==, "Elever lagar trasiga möbler i slöjden.");
  g_assert_cmpstr (pj_nomination_get_what_is_new (got), ==, "Ingen skola har gjort så förut.");
  g_assert_cmpstr (pj_nomination_get_value_created (got), ==,
                   "Mindre avfall, för eleverna och staden.");
  g_assert_cmpstr (pj_nomination_get_results (got), ==, "300 stolar lagade.");
  g_assert_cmpstr (pj_nomination_get_implementation (got), ==, "I schemat sedan hösten.");
  g_assert_cmpstr (pj_nomination_get_spread (got), ==, "Två skolor i Farsta.");
  g_assert_cmpstr (pj_nomination_get_partners (got), ==, "KTH");
  g_assert_cmpint (pj_nomination_get_class_claimed (got), ==, PJ_CLASS_INNOVATION);
  g_assert_cmpint (pj_nomination_get_class_assessed (got), ==, PJ_CLASS_NONE);
  g_assert_cmpint (pj_nomination_get_status (got), ==, PJ_NOMINATION_SUBMITTED);
  g_assert_cmpint (pj_nomination_get_staff_count (got), ==, 42);
  g_assert_cmpint (pj_nomination_get_budget_in_balance (got), ==, PJ_TRISTATE_YES);
  g_assert_cmpfloat (pj_nomination_get_resident_share (got), ==, 87.5);
  g_assert_cmpstr (pj_nomination_get_category_name (got), ==, "Skola");
  g_assert_cmpstr (pj_nomination_get_unit_names (got), ==,
                   "Utbildningsförvaltningen, Stadsbyggnadskontoret");

  units = pj_nomination_get_unit_ids (got, &n_units);
  g_assert_cmpuint (n_units, ==, 2);
  g_assert_cmpint (units[0], ==, f->unit_a);
  g_assert_cmpint (units[1], ==, f->unit_b);
  g_assert_true (pj_nomination_is_collaboration (got));

  g_assert_cmpuint (pj_nomination_get_substrategies (got), ==,
                    PJ_SUBSTRATEGY_BIT (PJ_SUBSTRATEGY_TOOLS) |
                    PJ_SUBSTRATEGY_BIT (PJ_SUBSTRATEGY_PROCUREMENT));
  g_assert_true (pj_nomination_has_substrategy (got, PJ_SUBSTRATEGY_TOOLS));
  g_assert_false (pj_nomination_has_substrategy (got, PJ_SUBSTRATEGY_GOVERNANCE));

  g_assert_cmpuint (g_list_model_get_n_items (pj_nomination_get_team (got)), ==, 2);
  g_assert_cmpstr (pj_team_member_get_name (team_member (got, 0)), ==, "Ali Karimi");
  g_assert_cmpstr (pj_team_member_get_role (team_member (got, 0)), ==, "Slöjdlärare");
  g_assert_cmpstr (pj_team_member_get_name (team_member (got, 1)), ==, "Lena Ek");

  entry = find_audit (f->ws, pj_nomination_get_id (n), "create", NULL);
  g_assert_nonnull (entry);
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "Återbruk i slöjden");
  g_assert_cmpstr (pj_audit_entry_get_who (entry), ==, USER);

  /* Unknown facts stay unknown through the store. */
  {
    g_autoptr(PjNomination) bare = pj_nomination_new ();
    g_autoptr(PjNomination) back = NULL;

    pj_nomination_set_edition_id (bare, f->edition);
    pj_nomination_set_title (bare, "Utan detaljer");
    g_assert_true (pj_store_create_nomination (f->ws, bare, &error));
    g_assert_no_error (error);
    back = pj_store_get_nomination (f->ws, pj_nomination_get_id (bare), &error);
    g_assert_no_error (error);
    g_assert_cmpint (pj_nomination_get_category_id (back), ==, PJ_NO_ID);
    g_assert_cmpstr (pj_nomination_get_category_name (back), ==, "");
    g_assert_null (pj_nomination_get_received (back));
    g_assert_cmpint (pj_nomination_get_staff_count (back), ==, -1);
    g_assert_cmpint (pj_nomination_get_budget_in_balance (back), ==, PJ_TRISTATE_UNKNOWN);
    g_assert_cmpfloat (pj_nomination_get_resident_share (back), <, 0);
    g_assert_cmpuint (pj_nomination_get_n_units (back), ==, 0);
    g_assert_false (pj_nomination_is_collaboration (back));
  }
}

static void
test_update_audit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PjNomination) n = create (f, "Återbruk i slöjden");
  g_autoptr(PjNomination) got = NULL;
  g_autoptr(PjAuditEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 units[] = { f->unit_b };
  gint64 id = pj_nomination_get_id (n);

  pj_nomination_set_title (n, "Återbruk i slöjd och hemkunskap");
  pj_nomination_set_category_id (n, f->category2);
  pj_nomination_set_staff_count (n, -1);
  pj_nomination_set_class_assessed (n, PJ_CLASS_FORBATTRING);
  pj_nomination_set_unit_ids (n, units, 1);
  pj_nomination_remove_team_member (n, 0);
  pj_nomination_add_team_member (n, "Sara Nilsson", "");
  pj_nomination_set_substrategy (n, PJ_SUBSTRATEGY_PROCUREMENT, FALSE);
  pj_nomination_set_substrategy (n, PJ_SUBSTRATEGY_LEADERSHIP, TRUE);

  g_assert_true (pj_store_update_nomination (f->ws, n, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_nomination_get_version (n), ==, 2);
  g_assert_cmpstr (pj_nomination_get_category_name (n), ==, "Äldreomsorg");
  g_assert_cmpstr (pj_nomination_get_unit_names (n), ==, "Stadsbyggnadskontoret");
  g_assert_cmpuint (f->n_changed, ==, 2);

  got = pj_store_get_nomination (f->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_nomination_get_title (got), ==, "Återbruk i slöjd och hemkunskap");
  g_assert_cmpint (pj_nomination_get_category_id (got), ==, f->category2);
  g_assert_cmpint (pj_nomination_get_staff_count (got), ==, -1);
  g_assert_cmpint (pj_nomination_get_class_assessed (got), ==, PJ_CLASS_FORBATTRING);
  g_assert_cmpuint (pj_nomination_get_n_units (got), ==, 1);
  g_assert_false (pj_nomination_is_collaboration (got));
  g_assert_cmpuint (g_list_model_get_n_items (pj_nomination_get_team (got)), ==, 2);
  g_assert_cmpstr (pj_team_member_get_name (team_member (got, 0)), ==, "Lena Ek");
  g_assert_cmpstr (pj_team_member_get_name (team_member (got, 1)), ==, "Sara Nilsson");
  g_assert_cmpuint (pj_nomination_get_substrategies (got), ==,
                    PJ_SUBSTRATEGY_BIT (PJ_SUBSTRATEGY_TOOLS) |
                    PJ_SUBSTRATEGY_BIT (PJ_SUBSTRATEGY_LEADERSHIP));

  /* One entry per changed field, old → new as text. */
  entry = find_audit (f->ws, id, "update", "title");
  g_assert_nonnull (entry);
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "Återbruk i slöjden");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "Återbruk i slöjd och hemkunskap");
  g_clear_object (&entry);
  entry = find_audit (f->ws, id, "update", "category");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "Skola");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "Äldreomsorg");
  g_clear_object (&entry);
  entry = find_audit (f->ws, id, "update", "staff_count");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "42");
  g_assert_null (pj_audit_entry_get_new_value (entry));
  g_clear_object (&entry);
  entry = find_audit (f->ws, id, "update", "class_assessed");
  g_assert_null (pj_audit_entry_get_old_value (entry));
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "forbattring");
  g_clear_object (&entry);
  entry = find_audit (f->ws, id, "update", "units");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==,
                   "Utbildningsförvaltningen, Stadsbyggnadskontoret");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "Stadsbyggnadskontoret");
  g_clear_object (&entry);
  entry = find_audit (f->ws, id, "update", "team");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==,
                   "Ali Karimi (Slöjdlärare); Lena Ek (Rektor)");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "Lena Ek (Rektor); Sara Nilsson");
  g_clear_object (&entry);
  entry = find_audit (f->ws, id, "update", "substrategies");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "tools,procurement");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "tools,leadership");
  g_clear_object (&entry);
  /* Unchanged fields leave no trace. */
  g_assert_null (find_audit (f->ws, id, "update", "summary"));
  g_assert_null (find_audit (f->ws, id, "update", "contact_email"));

  /* Saving again without a change writes nothing. */
  g_assert_true (pj_store_update_nomination (f->ws, n, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_nomination_get_version (n), ==, 2);
  g_assert_cmpuint (f->n_changed, ==, 2);

  /* Delete: gone, audited with the title. */
  g_assert_true (pj_store_delete_nomination (f->ws, id, &error));
  g_assert_no_error (error);
  g_clear_object (&got);
  got = pj_store_get_nomination (f->ws, id, &error);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_assert_null (got);
  g_clear_error (&error);
  g_clear_object (&entry);
  entry = find_audit (f->ws, id, "delete", NULL);
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "Återbruk i slöjd och hemkunskap");
  g_assert_false (pj_store_delete_nomination (f->ws, id, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_assert_cmpuint (pj_store_count_nominations_filtered (f->ws, f->edition, PJ_NO_ID, -1), ==, 0);
}

typedef void (*Spoil) (Fixture *f, PjNomination *n);

static void
spoil_title (Fixture *f, PjNomination *n)
{
  pj_nomination_set_title (n, "  \t ");
}

static void
spoil_summary (Fixture *f, PjNomination *n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 601; i++)
    g_string_append (s, "å");
  pj_nomination_set_summary (n, s->str);
  g_string_free (s, TRUE);
}

static void
spoil_email (Fixture *f, PjNomination *n)
{
  pj_nomination_set_contact_email (n, "asa.oberg at example.se");
}

static void
spoil_received (Fixture *f, PjNomination *n)
{
  pj_nomination_set_received (n, "2025-02-30");
}

static void
spoil_ineligible (Fixture *f, PjNomination *n)
{
  pj_nomination_set_status (n, PJ_NOMINATION_INELIGIBLE);
  pj_nomination_set_ineligible_reason (n, "   ");
}

static void
spoil_category (Fixture *f, PjNomination *n)
{
  pj_nomination_set_category_id (n, f->old_category);
}

static void
spoil_missing_category (Fixture *f, PjNomination *n)
{
  pj_nomination_set_category_id (n, 999999);
}

static void
spoil_unit (Fixture *f, PjNomination *n)
{
  pj_nomination_add_unit_id (n, 999999);
}

static void
spoil_team (Fixture *f, PjNomination *n)
{
  pj_nomination_add_team_member (n, " ", "Kock");
}

static void
spoil_edition (Fixture *f, PjNomination *n)
{
  pj_nomination_set_edition_id (n, 999999);
  pj_nomination_set_category_id (n, PJ_NO_ID);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  static const struct {
    Spoil       spoil;
    const char *words;   /* the message names the field */
  } cases[] = {
    { spoil_title, "title" },
    { spoil_summary, "601" },
    { spoil_email, "Contact email" },
    { spoil_received, "Date received" },
    { spoil_ineligible, "reason" },
    { spoil_category, "another edition" },
    { spoil_missing_category, "Category" },
    { spoil_unit, "unit" },
    { spoil_team, "Team" },
    { spoil_edition, "Edition" },
  };
  g_autoptr(PjNomination) good = create (f, "Giltig");
  guint audit_before;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(GError) error = NULL;

  log = pj_store_list_audit (f->ws, NULL, PJ_NO_ID, 0, &error);
  g_assert_no_error (error);
  audit_before = g_list_model_get_n_items (log);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PjNomination) n = new_nomination (f, "Ny nominering");
      g_autoptr(PjNomination) stored = NULL;

      cases[i].spoil (f, n);
      g_assert_false (pj_store_create_nomination (f->ws, n, &error));
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_test_message ("create refused: %s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].words));
      g_assert_cmpint (pj_nomination_get_id (n), ==, PJ_NO_ID);
      g_clear_error (&error);

      /* An update with the same fault is refused and leaves the row alone. */
      if (cases[i].spoil == spoil_edition)
        continue;
      stored = pj_store_get_nomination (f->ws, pj_nomination_get_id (good), &error);
      g_assert_no_error (error);
      cases[i].spoil (f, stored);
      g_assert_false (pj_store_update_nomination (f->ws, stored, &error));
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].words));
      g_clear_error (&error);
    }

  /* Moving to another edition is refused too. */
  {
    g_autoptr(PjNomination) stored = pj_store_get_nomination (f->ws, pj_nomination_get_id (good),
                                                              &error);

    pj_nomination_set_edition_id (stored, f->old_edition);
    pj_nomination_set_category_id (stored, f->old_category);
    g_assert_false (pj_store_update_nomination (f->ws, stored, &error));
    g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Nothing was written. */
  g_assert_cmpuint (pj_store_count_nominations_filtered (f->ws, f->edition, PJ_NO_ID, -1), ==, 1);
  g_clear_object (&log);
  log = pj_store_list_audit (f->ws, NULL, PJ_NO_ID, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, audit_before);

  /* The summary counts characters, not bytes: 600 "å" (1200 bytes) fit. */
  {
    g_autoptr(PjNomination) n = new_nomination (f, "Lång sammanfattning");
    GString *s = g_string_new (NULL);

    for (guint i = 0; i < PJ_NOMINATION_SUMMARY_MAX; i++)
      g_string_append (s, "å");
    pj_nomination_set_summary (n, s->str);
    g_string_free (s, TRUE);
    g_assert_true (pj_store_create_nomination (f->ws, n, &error));
    g_assert_no_error (error);
  }

  /* An empty email is fine: it is optional. */
  {
    g_autoptr(PjNomination) n = new_nomination (f, "Utan e-post");

    pj_nomination_set_contact_email (n, "");
    pj_nomination_set_received (n, NULL);
    g_assert_true (pj_store_create_nomination (f->ws, n, &error));
    g_assert_no_error (error);
  }
}

static void
test_changed_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PjNomination) mine = create (f, "Digital läxhjälp");
  g_autoptr(PjWorkspace) other_ws = NULL;
  g_autoptr(PjNomination) theirs = NULL;
  g_autoptr(PjNomination) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = pj_nomination_get_id (mine);

  other_ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  theirs = pj_store_get_nomination (other_ws, id, &error);
  g_assert_no_error (error);

  /* The other instance saves first. */
  pj_nomination_set_summary (theirs, "Läxhjälp på nätet, varje kväll.");
  g_assert_true (pj_store_update_nomination (other_ws, theirs, &error));
  g_assert_no_error (error);

  /* Ours is refused and nothing of it is written. */
  pj_nomination_set_title (mine, "Digital läxhjälp för alla");
  g_assert_false (pj_store_update_nomination (f->ws, mine, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
  g_assert_cmpstr (error->message, ==,
                   "“Digital läxhjälp för alla” was changed elsewhere since you opened it. "
                   "Reload to see the changes.");
  g_clear_error (&error);
  g_assert_cmpint (pj_nomination_get_version (mine), ==, 1);

  g_assert_false (pj_store_set_nomination_status (f->ws, mine, PJ_NOMINATION_WITHDRAWN, NULL,
                                                  &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
  g_clear_error (&error);

  reloaded = pj_store_get_nomination (f->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_nomination_get_title (reloaded), ==, "Digital läxhjälp");
  g_assert_cmpstr (pj_nomination_get_summary (reloaded), ==, "Läxhjälp på nätet, varje kväll.");
  g_assert_cmpint (pj_nomination_get_status (reloaded), ==, PJ_NOMINATION_SUBMITTED);
  g_assert_cmpint (pj_nomination_get_version (reloaded), ==, 2);
  g_assert_null (find_audit (f->ws, id, "update", "title"));

  /* After a reload the same edit goes through. */
  pj_nomination_set_title (reloaded, "Digital läxhjälp för alla");
  g_assert_true (pj_store_update_nomination (f->ws, reloaded, &error));
  g_assert_no_error (error);

  /* Deleted in the other instance: not found. */
  g_assert_true (pj_store_delete_nomination (other_ws, id, &error));
  g_assert_no_error (error);
  pj_nomination_set_title (reloaded, "Ännu en titel");
  g_assert_false (pj_store_update_nomination (f->ws, reloaded, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pj_store_set_nomination_status (f->ws, reloaded, PJ_NOMINATION_WITHDRAWN,
                                                  NULL, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
}

static void
test_status (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PjNomination) n = create (f, "Nattvandring");
  g_autoptr(PjNomination) got = NULL;
  g_autoptr(PjAuditEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = pj_nomination_get_id (n);

  g_assert_true (pj_nomination_is_in_scoring (n));

  /* Ineligible requires a reason; nothing is written without one. */
  g_assert_false (pj_store_set_nomination_status (f->ws, n, PJ_NOMINATION_INELIGIBLE, "  ",
                                                  &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pj_nomination_get_status (n), ==, PJ_NOMINATION_SUBMITTED);
  g_assert_cmpint (pj_nomination_get_version (n), ==, 1);

  g_assert_true (pj_store_set_nomination_status (f->ws, n, PJ_NOMINATION_INELIGIBLE,
                                                 "Inkom efter sista dag.", &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_nomination_get_status (n), ==, PJ_NOMINATION_INELIGIBLE);
  g_assert_cmpstr (pj_nomination_get_ineligible_reason (n), ==, "Inkom efter sista dag.");
  g_assert_cmpint (pj_nomination_get_version (n), ==, 2);
  g_assert_false (pj_nomination_is_in_scoring (n));

  got = pj_store_get_nomination (f->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_nomination_get_status (got), ==, PJ_NOMINATION_INELIGIBLE);
  g_assert_cmpstr (pj_nomination_get_ineligible_reason (got), ==, "Inkom efter sista dag.");

  entry = find_audit (f->ws, id, "update", "status");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "submitted");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "ineligible");
  g_clear_object (&entry);

  /* Withdraw, then undo back to where it was. */
  g_assert_true (pj_store_set_nomination_status (f->ws, n, PJ_NOMINATION_WITHDRAWN, NULL,
                                                 &error));
  g_assert_no_error (error);
  g_assert_false (pj_nomination_is_in_scoring (n));
  g_assert_cmpstr (pj_nomination_get_ineligible_reason (n), ==, "");
  g_assert_true (pj_store_set_nomination_status (f->ws, n, PJ_NOMINATION_SUBMITTED, NULL,
                                                 &error));
  g_assert_no_error (error);
  g_assert_true (pj_nomination_is_in_scoring (n));
  g_assert_cmpint (pj_nomination_get_version (n), ==, 4);
  entry = find_audit (f->ws, id, "update", "status");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "withdrawn");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "submitted");

  /* The store's rule is the schema's too. */
  g_assert_false (pj_nomination_status_is_in_scoring (PJ_NOMINATION_WITHDRAWN));
  g_assert_false (pj_nomination_status_is_in_scoring (PJ_NOMINATION_INELIGIBLE));
  g_assert_true (pj_nomination_status_is_in_scoring (PJ_NOMINATION_ELIGIBLE));

  /* Counting by status. */
  g_assert_cmpuint (pj_store_count_nominations_filtered (f->ws, f->edition, PJ_NO_ID,
                                                         PJ_NOMINATION_SUBMITTED), ==, 1);
  g_assert_cmpuint (pj_store_count_nominations_filtered (f->ws, f->edition, PJ_NO_ID,
                                                         PJ_NOMINATION_WITHDRAWN), ==, 0);
  g_assert_cmpuint (pj_store_count_nominations_filtered (f->ws, f->edition, f->category2,
                                                         -1), ==, 0);
}

static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PjNomination) n = create (f, "Återbruk i skolan");
  g_autoptr(GError) error = NULL;
  gint64 id = pj_nomination_get_id (n);

  g_assert_cmpint (pj_store_find_duplicate_nomination (f->ws, f->edition, "ÅTERBRUK  i Skolan ",
                                                       f->unit_b, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (pj_store_find_duplicate_nomination (f->ws, f->edition, "Återbruk i skolan",
                                                       f->provider, &error), ==, PJ_NO_ID);
  g_assert_cmpint (pj_store_find_duplicate_nomination (f->ws, f->edition, "Återbruk i förskolan",
                                                       f->unit_a, &error), ==, PJ_NO_ID);
  g_assert_cmpint (pj_store_find_duplicate_nomination (f->ws, f->old_edition,
                                                       "Återbruk i skolan", f->unit_a, &error),
                   ==, PJ_NO_ID);
  g_assert_cmpint (pj_store_find_duplicate_nomination (f->ws, f->edition, "Återbruk i skolan",
                                                       PJ_NO_ID, &error), ==, PJ_NO_ID);
  g_assert_no_error (error);
}

#define N_GENERATED 10000

static void
test_list_10000 (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double insert_ms, first_ms = 0, best_ms = 0;
  guint n_collaborations = 0;

  for (guint i = 0; i < N_GENERATED; i++)
    {
      g_autofree char *title = g_strdup_printf ("Nominering %05u", i);
      PjNomination *n = pj_nomination_new ();

      pj_nomination_set_edition_id (n, f->edition);
      pj_nomination_set_category_id (n, i % 2 ? f->category : f->category2);
      pj_nomination_set_title (n, title);
      pj_nomination_set_summary (n, "Ett nytt arbetssätt som sparar tid för invånarna "
                                    "och gör verksamheten bättre, steg för steg.");
      pj_nomination_set_contact_email (n, "kontakt@example.se");
      pj_nomination_set_received (n, "2025-03-01");
      pj_nomination_add_unit_id (n, i % 3 ? f->unit_a : f->provider);
      if (i % 5 == 0)
        pj_nomination_add_unit_id (n, f->unit_b);
      pj_nomination_set_substrategies (n, i % (PJ_SUBSTRATEGY_ALL + 1));
      pj_nomination_add_team_member (n, "Anna Berg", "Projektledare");
      if (i % 2)
        pj_nomination_add_team_member (n, "Omar Haddad", "");
      g_ptr_array_add (batch, n);
    }

  start = g_get_monotonic_time ();
  g_assert_true (pj_store_create_nominations (f->ws, batch, &error));
  g_assert_no_error (error);
  insert_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpuint (f->n_changed, ==, 1);

  g_clear_pointer (&batch, g_ptr_array_unref);

  /* The first read is cold (statements prepared, pages read); the bound
   * is on the best of three, each a complete list. */
  for (guint run = 0; run < 3; run++)
    {
      double ms;

      g_clear_object (&list);
      start = g_get_monotonic_time ();
      list = pj_store_list_nominations (f->ws, f->edition, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      g_test_message ("listed %d nominations with display fields in %.1f ms", N_GENERATED, ms);
      best_ms = run == 0 ? ms : MIN (best_ms, ms);
      if (run == 0)
        first_ms = ms;
    }
  g_test_message ("created %d nominations in one transaction in %.1f ms", N_GENERATED,
                  insert_ms);
  g_test_message ("list of %d nominations: %.1f ms cold, %.1f ms best", N_GENERATED,
                  first_ms, best_ms);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, N_GENERATED);
  for (guint i = 0; i < N_GENERATED; i++)
    {
      g_autoptr(PjNomination) n = g_list_model_get_item (list, i);
      g_autofree char *title = g_strdup_printf ("Nominering %05u", i);
      guint n_team = g_list_model_get_n_items (pj_nomination_get_team (n));

      g_assert_cmpstr (pj_nomination_get_title (n), ==, title);
      g_assert_cmpstr (pj_nomination_get_category_name (n), ==, i % 2 ? "Skola" : "Äldreomsorg");
      g_assert_cmpuint (pj_nomination_get_substrategies (n), ==, i % (PJ_SUBSTRATEGY_ALL + 1));
      g_assert_cmpuint (n_team, ==, i % 2 ? 2 : 1);
      if (i % 5 == 0)
        {
          g_assert_cmpstr (pj_nomination_get_unit_names (n), ==,
                           i % 3 ? "Utbildningsförvaltningen, Stadsbyggnadskontoret"
                                 : "Omsorg Öst AB, Stadsbyggnadskontoret");
          n_collaborations += pj_nomination_is_collaboration (n);
        }
      else
        g_assert_cmpstr (pj_nomination_get_unit_names (n), ==,
                         i % 3 ? "Utbildningsförvaltningen" : "Omsorg Öst AB");
    }
  g_assert_cmpuint (n_collaborations, ==, N_GENERATED / 5);

  g_assert_cmpuint (pj_store_count_nominations_filtered (f->ws, f->edition, PJ_NO_ID, -1),
                    ==, N_GENERATED);
  g_assert_cmpuint (pj_store_count_nominations_filtered (f->ws, f->edition, f->category, -1),
                    ==, N_GENERATED / 2);
  g_assert_cmpuint (pj_store_count_nominations (f->ws, f->edition), ==, N_GENERATED);

  /* About 100 ms here on an idle machine. The bound leaves room for a
   * loaded two-core CI machine and still fails on a query per row. A slow
   * checker (valgrind, sanitizers) may set PJ_TEST_SLOW to skip it. */
  if (g_getenv ("PJ_TEST_SLOW") == NULL)
    g_assert_cmpfloat (best_ms, <, 750.0);
}

static void
test_bulk_all_or_nothing (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  PjNomination *bad;

  g_ptr_array_add (batch, new_nomination (f, "Först"));
  bad = new_nomination (f, "Trasig");
  pj_nomination_set_contact_email (bad, "inte-en-adress");
  g_ptr_array_add (batch, bad);

  g_assert_false (pj_store_create_nominations (f->ws, batch, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Trasig"));
  g_assert_cmpint (pj_nomination_get_id (g_ptr_array_index (batch, 0)), ==, PJ_NO_ID);
  g_assert_cmpuint (pj_store_count_nominations_filtered (f->ws, f->edition, PJ_NO_ID, -1), ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

/* Eligibility, pure */

static PjEligibilityOutcome
outcome_of (PjRuleKind                kind,
            double                    value,
            const PjEligibilityFacts *facts)
{
  PjEligibilityRule rule = { kind, value };
  g_autoptr(PjEligibilityResult) result = pj_eligibility_check_rule (&rule, facts);

  g_assert_nonnull (result);
  g_assert_cmpint (result->kind, ==, kind);
  g_assert_nonnull (result->explanation);
  g_assert_cmpstr (result->explanation, !=, "");
  return result->outcome;
}

static void
test_eligibility_rules (void)
{
  const int wins[] = { 2019, 2023 };
  PjEligibilityFacts facts = { 0, };
  PjEligibilityRule all[] = {
    { PJ_RULE_MIN_STAFF, 10 },
    { PJ_RULE_BUDGET_BALANCE, 0 },
  };
  g_autoptr(GPtrArray) results = NULL;

  facts.staff_count = -1;
  facts.resident_share = -1;
  facts.edition_year = 2025;

  /* Minimum staff. */
  g_assert_cmpint (outcome_of (PJ_RULE_MIN_STAFF, 10, &facts), ==, PJ_ELIGIBILITY_UNKNOWN);
  facts.staff_count = 9;
  g_assert_cmpint (outcome_of (PJ_RULE_MIN_STAFF, 10, &facts), ==, PJ_ELIGIBILITY_FAILED);
  facts.staff_count = 10;
  g_assert_cmpint (outcome_of (PJ_RULE_MIN_STAFF, 10, &facts), ==, PJ_ELIGIBILITY_PASSED);

  /* Budget in balance. */
  g_assert_cmpint (outcome_of (PJ_RULE_BUDGET_BALANCE, 0, &facts), ==, PJ_ELIGIBILITY_UNKNOWN);
  facts.budget_in_balance = PJ_TRISTATE_NO;
  g_assert_cmpint (outcome_of (PJ_RULE_BUDGET_BALANCE, 0, &facts), ==, PJ_ELIGIBILITY_FAILED);
  facts.budget_in_balance = PJ_TRISTATE_YES;
  g_assert_cmpint (outcome_of (PJ_RULE_BUDGET_BALANCE, 0, &facts), ==, PJ_ELIGIBILITY_PASSED);

  /* Re-entry after a win: no unit, unknown; won 2023, 3 years: 2026 at the earliest. */
  facts.n_units = 0;
  g_assert_cmpint (outcome_of (PJ_RULE_WINNER_QUARANTINE, 3, &facts), ==,
                   PJ_ELIGIBILITY_UNKNOWN);
  facts.n_units = 1;
  g_assert_cmpint (outcome_of (PJ_RULE_WINNER_QUARANTINE, 3, &facts), ==,
                   PJ_ELIGIBILITY_PASSED);
  facts.win_years = wins;
  facts.n_win_years = G_N_ELEMENTS (wins);
  g_assert_cmpint (outcome_of (PJ_RULE_WINNER_QUARANTINE, 3, &facts), ==,
                   PJ_ELIGIBILITY_FAILED);
  g_assert_cmpint (outcome_of (PJ_RULE_WINNER_QUARANTINE, 2, &facts), ==,
                   PJ_ELIGIBILITY_PASSED);
  facts.edition_year = 2026;
  g_assert_cmpint (outcome_of (PJ_RULE_WINNER_QUARANTINE, 3, &facts), ==,
                   PJ_ELIGIBILITY_PASSED);

  /* Residents' share: only for a contracted provider. */
  facts.n_units = 0;
  g_assert_cmpint (outcome_of (PJ_RULE_RESIDENT_SHARE, 80, &facts), ==, PJ_ELIGIBILITY_UNKNOWN);
  facts.n_units = 1;
  g_assert_cmpint (outcome_of (PJ_RULE_RESIDENT_SHARE, 80, &facts), ==, PJ_ELIGIBILITY_PASSED);
  facts.contracted_provider = TRUE;
  g_assert_cmpint (outcome_of (PJ_RULE_RESIDENT_SHARE, 80, &facts), ==, PJ_ELIGIBILITY_UNKNOWN);
  facts.resident_share = 79.5;
  g_assert_cmpint (outcome_of (PJ_RULE_RESIDENT_SHARE, 80, &facts), ==, PJ_ELIGIBILITY_FAILED);
  facts.resident_share = 80;
  g_assert_cmpint (outcome_of (PJ_RULE_RESIDENT_SHARE, 80, &facts), ==, PJ_ELIGIBILITY_PASSED);

  /* Overall: failed beats unknown beats passed. */
  results = pj_eligibility_check (all, G_N_ELEMENTS (all), &facts);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpint (pj_eligibility_overall (results), ==, PJ_ELIGIBILITY_PASSED);
  g_clear_pointer (&results, g_ptr_array_unref);
  facts.staff_count = -1;
  results = pj_eligibility_check (all, G_N_ELEMENTS (all), &facts);
  g_assert_cmpint (pj_eligibility_overall (results), ==, PJ_ELIGIBILITY_UNKNOWN);
  g_clear_pointer (&results, g_ptr_array_unref);
  facts.budget_in_balance = PJ_TRISTATE_NO;
  results = pj_eligibility_check (all, G_N_ELEMENTS (all), &facts);
  g_assert_cmpint (pj_eligibility_overall (results), ==, PJ_ELIGIBILITY_FAILED);

  /* Stored names round-trip; bad values are refused. */
  for (guint k = 0; k < PJ_N_RULE_KINDS; k++)
    {
      PjRuleKind back;
      PjEligibilityRule rule = { k, 5 };
      g_autofree char *text = pj_rule_describe (&rule);

      g_assert_true (pj_rule_kind_from_string (pj_rule_kind_to_string (k), &back));
      g_assert_cmpint (back, ==, k);
      g_assert_cmpstr (pj_rule_kind_to_label (k), !=, "");
      g_assert_nonnull (text);
    }
  {
    PjEligibilityRule negative = { PJ_RULE_MIN_STAFF, -1 };
    PjEligibilityRule over = { PJ_RULE_RESIDENT_SHARE, 101 };
    g_autofree char *m1 = pj_rule_validate (&negative);
    g_autofree char *m2 = pj_rule_validate (&over);

    g_assert_nonnull (m1);
    g_assert_nonnull (m2);
  }
}

/* Eligibility through the store, across editions */

static void
add_decision (Fixture      *f,
              gint64        category,
              gint64        nomination,
              const char   *placement)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  /* Decisions have no store yet: the test writes the row itself. */
  stmt = pj_workspace_prepare (f->ws,
                               "INSERT INTO decision (category_id, nomination_id, placement,"
                               " citation) VALUES (?1, ?2, ?3, 'För ett föredömligt arbete.')",
                               &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, category);
  sqlite3_bind_int64 (stmt, 2, nomination);
  pj_stmt_bind_text (stmt, 3, placement);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
}

static const PjEligibilityResult *
result_of (GPtrArray  *results,
           PjRuleKind  kind)
{
  for (guint i = 0; i < results->len; i++)
    {
      const PjEligibilityResult *r = g_ptr_array_index (results, i);

      if (r->kind == kind)
        return r;
    }
  g_assert_not_reached ();
}

static void
test_eligibility_store (Fixture       *f,
                        gconstpointer  data)
{
  const PjEligibilityRule rules[] = {
    { PJ_RULE_RESIDENT_SHARE, 90 },
    { PJ_RULE_WINNER_QUARANTINE, 4 },
    { PJ_RULE_MIN_STAFF, 10 },
    { PJ_RULE_BUDGET_BALANCE, 0 },
  };
  const PjEligibilityRule fewer[] = {
    { PJ_RULE_WINNER_QUARANTINE, 2 },
  };
  const PjEligibilityRule twice[] = {
    { PJ_RULE_MIN_STAFF, 10 },
    { PJ_RULE_MIN_STAFF, 12 },
  };
  g_autoptr(PjNomination) old_win = NULL;
  g_autoptr(PjNomination) old_mention = NULL;
  g_autoptr(PjNomination) now = NULL;
  g_autoptr(GArray) stored = NULL;
  g_autoptr(GArray) years = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gint64 edition_2021 = add_edition (f->ws, f->award, 2021);
  gint64 category_2021 = add_category (f->ws, edition_2021, "Skola");
  const gint64 only_a[] = { f->unit_a };
  const gint64 only_provider[] = { f->provider };

  g_assert_true (pj_store_set_eligibility_rules (f->ws, f->award, rules, G_N_ELEMENTS (rules),
                                                 &error));
  g_assert_no_error (error);
  stored = pj_store_list_eligibility_rules (f->ws, f->award, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 4);
  g_assert_cmpint (g_array_index (stored, PjEligibilityRule, 0).kind, ==, PJ_RULE_MIN_STAFF);
  g_assert_cmpfloat (g_array_index (stored, PjEligibilityRule, 0).value, ==, 10);
  g_assert_cmpint (g_array_index (stored, PjEligibilityRule, 3).kind, ==,
                   PJ_RULE_RESIDENT_SHARE);
  g_assert_cmpfloat (g_array_index (stored, PjEligibilityRule, 3).value, ==, 90);

  g_assert_false (pj_store_set_eligibility_rules (f->ws, f->award, twice, 2, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  /* Unit A won in 2022; unit B got an honourable mention in 2021. */
  old_win = new_nomination (f, "Förra vinnaren");
  pj_nomination_set_edition_id (old_win, f->old_edition);
  pj_nomination_set_category_id (old_win, f->old_category);
  pj_nomination_set_unit_ids (old_win, only_a, 1);
  g_assert_true (pj_store_create_nomination (f->ws, old_win, &error));
  g_assert_no_error (error);
  add_decision (f, f->old_category, pj_nomination_get_id (old_win), "winner");

  old_mention = new_nomination (f, "Hedersomnämnd");
  pj_nomination_set_edition_id (old_mention, edition_2021);
  pj_nomination_set_category_id (old_mention, category_2021);
  g_assert_true (pj_store_create_nomination (f->ws, old_mention, &error));
  g_assert_no_error (error);
  add_decision (f, category_2021, pj_nomination_get_id (old_mention), "honourable-mention");

  /* 2025, unit A and B, four years: 2022 + 4 = 2026 > 2025, so not yet. */
  now = create (f, "Återbruk igen");
  years = pj_store_list_unit_win_years (f->ws, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2022);

  results = pj_store_check_eligibility (f->ws, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 4);
  g_assert_cmpint (result_of (results, PJ_RULE_WINNER_QUARANTINE)->outcome, ==,
                   PJ_ELIGIBILITY_FAILED);
  g_assert_nonnull (strstr (result_of (results, PJ_RULE_WINNER_QUARANTINE)->explanation,
                            "2022"));
  g_assert_cmpint (result_of (results, PJ_RULE_MIN_STAFF)->outcome, ==, PJ_ELIGIBILITY_PASSED);
  g_assert_cmpint (result_of (results, PJ_RULE_BUDGET_BALANCE)->outcome, ==,
                   PJ_ELIGIBILITY_PASSED);
  /* Not a contracted provider: the share rule does not apply. */
  g_assert_cmpint (result_of (results, PJ_RULE_RESIDENT_SHARE)->outcome, ==,
                   PJ_ELIGIBILITY_PASSED);
  g_assert_cmpint (pj_eligibility_overall (results), ==, PJ_ELIGIBILITY_FAILED);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* With a two-year wait 2022 + 2 <= 2025 passes. */
  g_assert_true (pj_store_set_eligibility_rules (f->ws, f->award, fewer, 1, &error));
  g_assert_no_error (error);
  results = pj_store_check_eligibility (f->ws, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (result_of (results, PJ_RULE_WINNER_QUARANTINE)->outcome, ==,
                   PJ_ELIGIBILITY_PASSED);
  g_clear_pointer (&results, g_ptr_array_unref);
  g_assert_true (pj_store_set_eligibility_rules (f->ws, f->award, rules, G_N_ELEMENTS (rules),
                                                 &error));
  g_assert_no_error (error);

  /* The rule changes are in the audit log. */
  {
    g_autoptr(GListModel) log = pj_store_list_audit (f->ws, "eligibility_rule", PJ_NO_ID, 0,
                                                     &error);
    gboolean saw_change = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (log); i++)
      {
        g_autoptr(PjAuditEntry) e = g_list_model_get_item (log, i);

        if (g_strcmp0 (pj_audit_entry_get_field (e), "winner-quarantine") == 0 &&
            g_strcmp0 (pj_audit_entry_get_old_value (e), "4") == 0 &&
            g_strcmp0 (pj_audit_entry_get_new_value (e), "2") == 0)
          saw_change = TRUE;
      }
    g_assert_true (saw_change);
  }

  /* Only unit B (honourable mention only): no earlier win. */
  {
    const gint64 only_b[] = { f->unit_b };

    pj_nomination_set_unit_ids (now, only_b, 1);
    results = pj_store_check_eligibility (f->ws, now, &error);
    g_assert_no_error (error);
    g_assert_cmpint (result_of (results, PJ_RULE_WINNER_QUARANTINE)->outcome, ==,
                     PJ_ELIGIBILITY_PASSED);
    g_clear_pointer (&results, g_ptr_array_unref);
  }

  /* An earlier edition does not see the later win. */
  {
    g_autoptr(PjNomination) early = pj_nomination_new ();

    pj_nomination_set_edition_id (early, edition_2021);
    pj_nomination_set_title (early, "Tidigare");
    pj_nomination_set_unit_ids (early, only_a, 1);
    g_clear_pointer (&years, g_array_unref);
    years = pj_store_list_unit_win_years (f->ws, early, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (years->len, ==, 0);
  }

  /* A contracted provider: share unknown, then too low, then enough. */
  pj_nomination_set_unit_ids (now, only_provider, 1);
  pj_nomination_set_resident_share (now, -1);
  pj_nomination_set_staff_count (now, -1);
  results = pj_store_check_eligibility (f->ws, now, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_of (results, PJ_RULE_RESIDENT_SHARE)->outcome, ==,
                   PJ_ELIGIBILITY_UNKNOWN);
  g_assert_cmpint (result_of (results, PJ_RULE_MIN_STAFF)->outcome, ==, PJ_ELIGIBILITY_UNKNOWN);
  g_assert_cmpint (pj_eligibility_overall (results), ==, PJ_ELIGIBILITY_UNKNOWN);
  g_clear_pointer (&results, g_ptr_array_unref);
  pj_nomination_set_resident_share (now, 85);
  results = pj_store_check_eligibility (f->ws, now, &error);
  g_assert_cmpint (result_of (results, PJ_RULE_RESIDENT_SHARE)->outcome, ==,
                   PJ_ELIGIBILITY_FAILED);
  g_clear_pointer (&results, g_ptr_array_unref);
  pj_nomination_set_resident_share (now, 95);
  results = pj_store_check_eligibility (f->ws, now, &error);
  g_assert_cmpint (result_of (results, PJ_RULE_RESIDENT_SHARE)->outcome, ==,
                   PJ_ELIGIBILITY_PASSED);
}

static void
add_test (const char *path,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  add_test ("/nomination/create-get", test_create_get);
  add_test ("/nomination/update-audit", test_update_audit);
  add_test ("/nomination/validation", test_validation);
  add_test ("/nomination/changed-elsewhere", test_changed_elsewhere);
  add_test ("/nomination/status", test_status);
  add_test ("/nomination/duplicates", test_duplicates);
  add_test ("/nomination/bulk-all-or-nothing", test_bulk_all_or_nothing);
  add_test ("/nomination/list-10000", test_list_10000);
  g_test_add_func ("/eligibility/rules", test_eligibility_rules);
  add_test ("/eligibility/store", test_eligibility_store);

  return g_test_run ();
}
