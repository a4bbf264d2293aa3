/* test-store.c: the organiser's setup as the store keeps it
 *
 * Each test works on a fresh workspace file in a temporary directory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "pj-demo.h"
#include "pj-store.h"
#include "pj-store-nomination.h"
#include "pj-validate.h"
#include "pj-workspace.h"

#define USER "Eva Organisatör"

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  GPtrArray   *changed;   /* details of "changed", in order */
} Fixture;

static void
changed_cb (PjWorkspace *ws,
            const char  *what,
            gpointer     user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->changed, g_strdup (what));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("prisjury-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.prisjury", NULL);
  fixture->ws = pj_workspace_open (fixture->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->ws);
  pj_workspace_set_user (fixture->ws, USER);

  fixture->changed = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->ws, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->ws);
  remove_dir (fixture->dir);
  g_clear_pointer (&fixture->changed, g_ptr_array_unref);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

/* Helpers */

static gboolean
was_changed (Fixture    *fixture,
             const char *what)
{
  for (guint i = 0; i < fixture->changed->len; i++)
    if (g_str_equal (g_ptr_array_index (fixture->changed, i), what))
      return TRUE;

  return FALSE;
}

static PjAward *
add_award (PjWorkspace *ws,
           const char  *name)
{
  g_autoptr(GError) error = NULL;
  PjAward *award = pj_award_new ();

  pj_award_set_name (award, name);
  g_assert_true (pj_store_create_award (ws, award, &error));
  g_assert_no_error (error);
  return award;
}

static PjEdition *
add_edition (PjWorkspace *ws,
             PjAward     *award,
             int          year)
{
  g_autoptr(GError) error = NULL;
  PjEdition *edition = pj_edition_new ();

  pj_edition_set_award_id (edition, pj_award_get_id (award));
  pj_edition_set_year (edition, year);
  g_assert_true (pj_store_create_edition (ws, edition, &error));
  g_assert_no_error (error);
  return edition;
}

static PjCategory *
add_category (PjWorkspace *ws,
              PjEdition   *edition,
              const char  *name)
{
  g_autoptr(GError) error = NULL;
  PjCategory *category = pj_category_new ();

  pj_category_set_edition_id (category, pj_edition_get_id (edition));
  pj_category_set_name (category, name);
  g_assert_true (pj_store_create_category (ws, category, &error));
  g_assert_no_error (error);
  return category;
}

static PjUnit *
add_unit (PjWorkspace *ws,
          const char  *name,
          PjUnitType   type,
          gint64       parent_id)
{
  g_autoptr(GError) error = NULL;
  PjUnit *unit = pj_unit_new ();

  pj_unit_set_name (unit, name);
  pj_unit_set_unit_type (unit, type);
  pj_unit_set_parent_id (unit, parent_id);
  g_assert_true (pj_store_create_unit (ws, unit, &error));
  g_assert_no_error (error);
  return unit;
}

static guint
n_items (GListModel *model)
{
  g_assert_nonnull (model);
  return g_list_model_get_n_items (model);
}

/* The audit entry of @entity @id with @action and @field (NULL: any), newest first. */
static PjAuditEntry *
find_audit (PjWorkspace *ws,
            const char  *entity,
            gint64       id,
            const char  *action,
            const char  *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) log = pj_store_list_audit (ws, entity, id, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_items (log); i++)
    {
      g_autoptr(PjAuditEntry) entry = g_list_model_get_item (log, i);

      if (g_str_equal (pj_audit_entry_get_action (entry), action)
          && (field == NULL || g_strcmp0 (pj_audit_entry_get_field (entry), field) == 0))
        return g_steal_pointer (&entry);
    }

  return NULL;
}

static void
assert_audit (PjWorkspace *ws,
              const char  *entity,
              gint64       id,
              const char  *action,
              const char  *field,
              const char  *old_value,
              const char  *new_value)
{
  g_autoptr(PjAuditEntry) entry = find_audit (ws, entity, id, action, field);

  if (entry == NULL)
    g_error ("No audit entry %s %s %" G_GINT64_FORMAT " %s", action, entity, id,
             field != NULL ? field : "");

  g_assert_cmpstr (pj_audit_entry_get_who (entry), ==, USER);
  g_assert_cmpstr (pj_audit_entry_get_entity (entry), ==, entity);
  g_assert_cmpint (pj_audit_entry_get_entity_id (entry), ==, id);
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, old_value);
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, new_value);
  g_assert_nonnull (pj_audit_entry_get_at (entry));
  g_assert_true (g_str_has_suffix (pj_audit_entry_get_at (entry), "Z"));
}

static guint
count_audit (PjWorkspace *ws)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) log = pj_store_list_audit (ws, NULL, PJ_NO_ID, 0, &error);

  g_assert_no_error (error);
  return n_items (log);
}

static const char *
category_name_at (GListModel *model,
                  guint       position)
{
  g_autoptr(PjCategory) category = g_list_model_get_item (model, position);

  g_assert_cmpint (pj_category_get_position (category), ==, (int) position);
  /* The name outlives the reference: the model holds the object. */
  return pj_category_get_name (category);
}

/* Awards */

static void
test_award_crud (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = pj_award_new ();
  g_autoptr(PjAward) read = NULL;
  g_autoptr(GListModel) awards = NULL;
  gint64 id;

  pj_award_set_name (award, "  Förnyelse\tpriset  ");
  pj_award_set_description (award, "Stadens pris för innovation.");
  g_assert_true (pj_store_create_award (fixture->ws, award, &error));
  g_assert_no_error (error);
  id = pj_award_get_id (award);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (pj_award_get_version (award), ==, 1);
  g_assert_cmpstr (pj_award_get_name (award), ==, "Förnyelse priset");
  g_assert_true (was_changed (fixture, "award"));
  g_assert_false (pj_workspace_is_empty (fixture->ws));
  assert_audit (fixture->ws, "award", id, "create", NULL, NULL, "Förnyelse priset");

  read = pj_store_get_award (fixture->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_award_get_name (read), ==, "Förnyelse priset");
  g_assert_cmpstr (pj_award_get_description (read), ==, "Stadens pris för innovation.");
  g_assert_cmpint (pj_award_get_version (read), ==, 1);

  awards = pj_store_list_awards (fixture->ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (awards), ==, 1);

  /* Update: one audit entry per changed field, old -> new. */
  pj_award_set_name (award, "Förnyelsepriset");
  pj_award_set_description (award, "Stockholms stads innovationspris.");
  g_assert_true (pj_store_update_award (fixture->ws, award, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_award_get_version (award), ==, 2);
  assert_audit (fixture->ws, "award", id, "update", "name",
                "Förnyelse priset", "Förnyelsepriset");
  assert_audit (fixture->ws, "award", id, "update", "description",
                "Stadens pris för innovation.", "Stockholms stads innovationspris.");

  g_clear_object (&read);
  read = pj_store_get_award (fixture->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_award_get_name (read), ==, "Förnyelsepriset");
  g_assert_cmpint (pj_award_get_version (read), ==, 2);

  /* Saving without a change writes nothing. */
  g_assert_cmpuint (count_audit (fixture->ws), ==, 3);
  g_assert_true (pj_store_update_award (fixture->ws, award, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_award_get_version (award), ==, 2);
  g_assert_cmpuint (count_audit (fixture->ws), ==, 3);

  g_assert_true (pj_store_delete_award (fixture->ws, id, &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "award", id, "delete", NULL, "Förnyelsepriset", NULL);
  g_clear_object (&read);
  read = pj_store_get_award (fixture->ws, id, &error);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_assert_null (read);
  g_clear_error (&error);
  g_assert_true (pj_workspace_is_empty (fixture->ws));

  g_assert_false (pj_store_delete_award (fixture->ws, id, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
}

static void
test_award_rules (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) empty = pj_award_new ();
  g_autoptr(PjAward) award = add_award (fixture->ws, "Äldreomsorgspriset");
  g_autoptr(PjAward) other = add_award (fixture->ws, "Kvalitetsutmärkelsen");
  g_autoptr(PjAward) copy = pj_award_new ();
  g_autoptr(PjAward) read = NULL;
  guint audited = count_audit (fixture->ws);

  pj_award_set_name (empty, " \t ");
  g_assert_false (pj_store_create_award (fixture->ws, empty, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpint (pj_award_get_id (empty), ==, PJ_NO_ID);
  g_clear_error (&error);

  /* Case and spacing do not make a new name, not even for Å, Ä and Ö. */
  pj_award_set_name (copy, "  ÄLDREOMSORGSPRISET ");
  g_assert_false (pj_store_create_award (fixture->ws, copy, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "ÄLDREOMSORGSPRISET"));
  g_clear_error (&error);
  g_assert_cmpuint (count_audit (fixture->ws), ==, audited);

  g_assert_true (pj_store_name_exists (fixture->ws, "award", PJ_NO_ID, " äldreomsorgspriset",
                                       PJ_NO_ID));
  g_assert_false (pj_store_name_exists (fixture->ws, "award", PJ_NO_ID, "Äldreomsorgspriset",
                                        pj_award_get_id (award)));
  g_assert_false (pj_store_name_exists (fixture->ws, "award", PJ_NO_ID, "Skolpriset", PJ_NO_ID));

  /* Renaming onto another award's name is refused and changes nothing. */
  pj_award_set_name (other, "äldreomsorgspriset");
  g_assert_false (pj_store_update_award (fixture->ws, other, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_clear_error (&error);
  pj_award_set_name (other, "");
  g_assert_false (pj_store_update_award (fixture->ws, other, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  read = pj_store_get_award (fixture->ws, pj_award_get_id (other), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_award_get_name (read), ==, "Kvalitetsutmärkelsen");
  g_assert_cmpint (pj_award_get_version (read), ==, 1);
  g_assert_cmpuint (count_audit (fixture->ws), ==, audited);
}

static void
test_award_order (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *names[] = { "Cesarpriset", "alfapriset", "Betapriset" };
  const char *expected[] = { "alfapriset", "Betapriset", "Cesarpriset" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) awards = NULL;
  g_autofree char *old_collate = g_strdup (setlocale (LC_COLLATE, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (add_award (fixture->ws, names[i]));

  awards = pj_store_list_awards (fixture->ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (awards), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PjAward) award = g_list_model_get_item (awards, i);

      g_assert_cmpstr (pj_award_get_name (award), ==, expected[i]);
    }

  /* In Swedish, Å comes before Ä (in code points it is the other way round). */
  if (setlocale (LC_COLLATE, "sv_SE.UTF-8") == NULL)
    {
      g_test_message ("sv_SE.UTF-8 is not installed; the Swedish order is not checked");
      return;
    }

  g_object_unref (add_award (fixture->ws, "Ärlapriset"));
  g_object_unref (add_award (fixture->ws, "Årets chef"));
  g_clear_object (&awards);
  awards = pj_store_list_awards (fixture->ws, &error);
  setlocale (LC_COLLATE, old_collate);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (awards), ==, 5);
  {
    g_autoptr(PjAward) fourth = g_list_model_get_item (awards, 3);
    g_autoptr(PjAward) fifth = g_list_model_get_item (awards, 4);

    g_assert_cmpstr (pj_award_get_name (fourth), ==, "Årets chef");
    g_assert_cmpstr (pj_award_get_name (fifth), ==, "Ärlapriset");
  }
}

/* Editions */

static void
test_edition_crud (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) kvalitet = add_award (fixture->ws, "Kvalitetsutmärkelsen");
  g_autoptr(PjAward) fornyelse = add_award (fixture->ws, "Förnyelsepriset");
  g_autoptr(PjEdition) edition = pj_edition_new ();
  g_autoptr(PjEdition) older = add_edition (fixture->ws, kvalitet, 2025);
  g_autoptr(PjEdition) newer = add_edition (fixture->ws, kvalitet, 2026);
  g_autoptr(PjEdition) read = NULL;
  g_autoptr(GListModel) editions = NULL;
  g_autofree char *title = NULL;
  gint64 id;

  pj_edition_set_award_id (edition, pj_award_get_id (fornyelse));
  pj_edition_set_year (edition, 2026);
  pj_edition_set_nominations_close (edition, "2026-03-31");
  pj_edition_set_scoring_close (edition, "2026-05-15");
  pj_edition_set_decision_date (edition, "2026-06-01");
  pj_edition_set_blind_policy (edition, PJ_BLIND_ALWAYS);
  pj_edition_set_aggregation (edition, PJ_AGGREGATION_MEDIAN);
  pj_edition_set_disagreement_threshold (edition, 12.5);
  pj_edition_set_min_jurors (edition, 4);
  g_assert_true (pj_store_create_edition (fixture->ws, edition, &error));
  g_assert_no_error (error);
  id = pj_edition_get_id (edition);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (pj_edition_get_award_name (edition), ==, "Förnyelsepriset");
  assert_audit (fixture->ws, "edition", id, "create", NULL, NULL, "Förnyelsepriset 2026");
  g_assert_true (was_changed (fixture, "edition"));

  read = pj_store_get_edition (fixture->ws, id, &error);
  g_assert_no_error (error);
  title = pj_edition_dup_title (read);
  g_assert_cmpstr (title, ==, "Förnyelsepriset 2026");
  g_assert_cmpint (pj_edition_get_phase (read), ==, PJ_PHASE_SETUP);
  g_assert_cmpstr (pj_edition_get_nominations_close (read), ==, "2026-03-31");
  g_assert_cmpstr (pj_edition_get_scoring_close (read), ==, "2026-05-15");
  g_assert_cmpstr (pj_edition_get_decision_date (read), ==, "2026-06-01");
  g_assert_cmpint (pj_edition_get_blind_policy (read), ==, PJ_BLIND_ALWAYS);
  g_assert_cmpint (pj_edition_get_aggregation (read), ==, PJ_AGGREGATION_MEDIAN);
  g_assert_cmpfloat (pj_edition_get_disagreement_threshold (read), ==, 12.5);
  g_assert_cmpint (pj_edition_get_min_jurors (read), ==, 4);

  /* All editions: by award name, then the newest year first. */
  editions = pj_store_list_editions (fixture->ws, PJ_NO_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (editions), ==, 3);
  {
    g_autoptr(PjEdition) first = g_list_model_get_item (editions, 0);
    g_autoptr(PjEdition) second = g_list_model_get_item (editions, 1);
    g_autoptr(PjEdition) third = g_list_model_get_item (editions, 2);

    g_assert_cmpint (pj_edition_get_id (first), ==, id);
    g_assert_cmpint (pj_edition_get_id (second), ==, pj_edition_get_id (newer));
    g_assert_cmpint (pj_edition_get_id (third), ==, pj_edition_get_id (older));
    g_assert_cmpstr (pj_edition_get_award_name (third), ==, "Kvalitetsutmärkelsen");
  }
  g_clear_object (&editions);
  editions = pj_store_list_editions (fixture->ws, pj_award_get_id (kvalitet), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (editions), ==, 2);

  /* Update: audited per field, old -> new. */
  pj_edition_set_phase (read, PJ_PHASE_SCORING);
  pj_edition_set_min_jurors (read, 5);
  pj_edition_set_decision_date (read, NULL);
  g_assert_true (pj_store_update_edition (fixture->ws, read, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_edition_get_version (read), ==, 2);
  assert_audit (fixture->ws, "edition", id, "update", "phase", "setup", "scoring");
  assert_audit (fixture->ws, "edition", id, "update", "min_jurors", "4", "5");
  assert_audit (fixture->ws, "edition", id, "update", "decision_date", "2026-06-01", NULL);
  g_assert_null (find_audit (fixture->ws, "edition", id, "update", "year"));

  g_clear_object (&read);
  read = pj_store_get_edition (fixture->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_edition_get_phase (read), ==, PJ_PHASE_SCORING);
  g_assert_null (pj_edition_get_decision_date (read));

  g_assert_true (pj_store_delete_edition (fixture->ws, pj_edition_get_id (older), &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "edition", pj_edition_get_id (older), "delete", NULL,
                "Kvalitetsutmärkelsen 2025", NULL);
  g_clear_object (&editions);
  editions = pj_store_list_editions (fixture->ws, pj_award_get_id (kvalitet), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (editions), ==, 1);

  /* Deleting an award takes its editions along. */
  g_assert_true (pj_store_delete_award (fixture->ws, pj_award_get_id (kvalitet), &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = pj_store_get_edition (fixture->ws, pj_edition_get_id (newer), &error);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_assert_null (read);
}

static void
test_edition_rules (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = add_award (fixture->ws, "Förnyelsepriset");
  g_autoptr(PjAward) other = add_award (fixture->ws, "Kvalitetsutmärkelsen");
  g_autoptr(PjEdition) edition = add_edition (fixture->ws, award, 2026);
  g_autoptr(PjEdition) next = add_edition (fixture->ws, award, 2027);
  g_autoptr(PjEdition) twin = pj_edition_new ();
  g_autoptr(PjEdition) elsewhere = add_edition (fixture->ws, other, 2026);
  g_autoptr(GListModel) editions = NULL;

  /* One edition per award and year; the same year in another award is fine. */
  g_assert_nonnull (elsewhere);
  pj_edition_set_award_id (twin, pj_award_get_id (award));
  pj_edition_set_year (twin, 2026);
  g_assert_false (pj_store_create_edition (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Förnyelsepriset"));
  g_clear_error (&error);
  g_assert_true (pj_store_edition_year_exists (fixture->ws, pj_award_get_id (award), 2026,
                                               PJ_NO_ID));
  g_assert_false (pj_store_edition_year_exists (fixture->ws, pj_award_get_id (award), 2026,
                                                pj_edition_get_id (edition)));
  g_assert_false (pj_store_edition_year_exists (fixture->ws, pj_award_get_id (award), 2028,
                                                PJ_NO_ID));

  pj_edition_set_year (twin, 1999);
  g_assert_false (pj_store_create_edition (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  pj_edition_set_year (twin, 2030);
  pj_edition_set_scoring_close (twin, "2030-02-30");
  g_assert_false (pj_store_create_edition (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2030-02-30"));
  g_clear_error (&error);

  pj_edition_set_scoring_close (twin, "30/4 2030");
  g_assert_false (pj_store_create_edition (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  pj_edition_set_scoring_close (twin, NULL);
  pj_edition_set_min_jurors (twin, 0);
  g_assert_false (pj_store_create_edition (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  pj_edition_set_min_jurors (twin, 3);
  pj_edition_set_award_id (twin, PJ_NO_ID);
  g_assert_false (pj_store_create_edition (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  /* Moving an edition onto a year already taken is refused. */
  pj_edition_set_year (next, 2026);
  g_assert_false (pj_store_update_edition (fixture->ws, next, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* Decided is reached, and left, only through Results' checks. */
  g_clear_object (&next);
  next = pj_store_get_edition (fixture->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  pj_edition_set_phase (next, PJ_PHASE_DECIDED);
  g_assert_false (pj_store_update_edition (fixture->ws, next, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Results"));
  g_clear_error (&error);
  pj_edition_set_phase (next, PJ_PHASE_DELIBERATION);
  g_assert_true (pj_store_update_edition (fixture->ws, next, &error));
  g_assert_no_error (error);
  pj_edition_set_year (twin, 2031);
  pj_edition_set_award_id (twin, pj_award_get_id (award));
  pj_edition_set_phase (twin, PJ_PHASE_PUBLISHED);
  g_assert_false (pj_store_create_edition (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  editions = pj_store_list_editions (fixture->ws, pj_award_get_id (award), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (editions), ==, 2);
}

/* An award and its eligibility rules are one user action. */
static void
test_award_with_rules (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = pj_award_new ();
  g_autoptr(PjAward) twin = pj_award_new ();
  g_autoptr(GArray) stored = NULL;
  g_autoptr(GListModel) awards = NULL;
  PjEligibilityRule rules[2] = {
    { .kind = PJ_RULE_MIN_STAFF, .value = 10 },
    { .kind = PJ_RULE_WINNER_QUARANTINE, .value = 3 },
  };
  PjEligibilityRule bad[1] = { { .kind = PJ_RULE_RESIDENT_SHARE, .value = 150 } };

  pj_award_set_name (award, "Kvalitetsutmärkelsen");
  g_assert_true (pj_store_save_award (fixture->ws, award, rules, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_award_get_id (award), >, 0);
  stored = pj_store_list_eligibility_rules (fixture->ws, pj_award_get_id (award), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_clear_pointer (&stored, g_array_unref);

  /* A bad rule refuses the whole save: the new description is not kept. */
  pj_award_set_description (award, "Stadens kvalitetspris");
  g_assert_false (pj_store_save_award (fixture->ws, award, bad, 1, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(PjAward) read = pj_store_get_award (fixture->ws, pj_award_get_id (award), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (pj_award_get_description (read), ==, "");
  }
  stored = pj_store_list_eligibility_rules (fixture->ws, pj_award_get_id (award), &error);
  g_assert_cmpuint (stored->len, ==, 2);

  /* A new award with a bad rule is not created at all. */
  pj_award_set_name (twin, "Förnyelsepriset");
  g_assert_false (pj_store_save_award (fixture->ws, twin, bad, 1, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pj_award_get_id (twin), ==, PJ_NO_ID);
  awards = pj_store_list_awards (fixture->ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (awards), ==, 1);
}

/* Categories */

static void
test_category_crud (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = add_award (fixture->ws, "Förnyelsepriset");
  g_autoptr(PjEdition) edition = add_edition (fixture->ws, award, 2026);
  g_autoptr(PjEdition) next = add_edition (fixture->ws, award, 2027);
  g_autoptr(PjCategory) skola = add_category (fixture->ws, edition, "Skola");
  g_autoptr(PjCategory) aldre = add_category (fixture->ws, edition, "Äldreomsorg");
  g_autoptr(PjCategory) social = add_category (fixture->ws, edition, "Socialtjänst");
  g_autoptr(PjCategory) twin = pj_category_new ();
  g_autoptr(PjCategory) read = NULL;
  g_autoptr(GListModel) categories = NULL;

  g_assert_cmpint (pj_category_get_position (skola), ==, 0);
  g_assert_cmpint (pj_category_get_position (aldre), ==, 1);
  g_assert_cmpint (pj_category_get_position (social), ==, 2);
  assert_audit (fixture->ws, "category", pj_category_get_id (aldre), "create", NULL,
                NULL, "Äldreomsorg");

  /* A name is unique within its edition only. */
  pj_category_set_edition_id (twin, pj_edition_get_id (edition));
  pj_category_set_name (twin, "äldreomsorg ");
  g_assert_false (pj_store_create_category (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_true (pj_store_name_exists (fixture->ws, "category", pj_edition_get_id (edition),
                                       "ÄLDREOMSORG", PJ_NO_ID));
  g_assert_false (pj_store_name_exists (fixture->ws, "category", pj_edition_get_id (next),
                                        "Äldreomsorg", PJ_NO_ID));
  pj_category_set_edition_id (twin, pj_edition_get_id (next));
  g_assert_true (pj_store_create_category (fixture->ws, twin, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_category_get_position (twin), ==, 0);

  pj_category_set_name (twin, "");
  g_assert_false (pj_store_update_category (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  pj_category_set_name (twin, "Äldreomsorg");

  /* Update with audit. */
  pj_category_set_award_mode (skola, PJ_AWARD_MODE_THRESHOLD);
  pj_category_set_threshold (skola, 75);
  pj_category_set_prize (skola, "50 000 kronor");
  g_assert_true (pj_store_update_category (fixture->ws, skola, &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "category", pj_category_get_id (skola), "update", "award_mode",
                "top-n", "threshold");
  assert_audit (fixture->ws, "category", pj_category_get_id (skola), "update", "threshold",
                "70", "75");
  assert_audit (fixture->ws, "category", pj_category_get_id (skola), "update", "prize",
                "", "50 000 kronor");
  read = pj_store_get_category (fixture->ws, pj_category_get_id (skola), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_category_get_award_mode (read), ==, PJ_AWARD_MODE_THRESHOLD);
  g_assert_cmpfloat (pj_category_get_threshold (read), ==, 75);
  g_assert_cmpstr (pj_category_get_prize (read), ==, "50 000 kronor");

  pj_category_set_winners (skola, 0);
  g_assert_false (pj_store_update_category (fixture->ws, skola, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  pj_category_set_winners (skola, 1);

  /* Move the last one first, then the first one past the end (clamped). */
  g_assert_true (pj_store_move_category (fixture->ws, pj_category_get_id (social), 0, &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "category", pj_category_get_id (social), "move", "position",
                "2", "0");
  categories = pj_store_list_categories (fixture->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (categories), ==, 3);
  g_assert_cmpstr (category_name_at (categories, 0), ==, "Socialtjänst");
  g_assert_cmpstr (category_name_at (categories, 1), ==, "Skola");
  g_assert_cmpstr (category_name_at (categories, 2), ==, "Äldreomsorg");

  g_assert_true (pj_store_move_category (fixture->ws, pj_category_get_id (social), 99, &error));
  g_assert_no_error (error);
  g_clear_object (&categories);
  categories = pj_store_list_categories (fixture->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (category_name_at (categories, 0), ==, "Skola");
  g_assert_cmpstr (category_name_at (categories, 1), ==, "Äldreomsorg");
  g_assert_cmpstr (category_name_at (categories, 2), ==, "Socialtjänst");

  g_assert_true (pj_store_move_category (fixture->ws, pj_category_get_id (aldre), 0, &error));
  g_assert_no_error (error);
  g_clear_object (&categories);
  categories = pj_store_list_categories (fixture->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (category_name_at (categories, 0), ==, "Äldreomsorg");
  g_assert_cmpstr (category_name_at (categories, 1), ==, "Skola");
  g_assert_cmpstr (category_name_at (categories, 2), ==, "Socialtjänst");

  /* Deleting closes the gap in the order; the other edition is untouched. */
  g_assert_true (pj_store_delete_category (fixture->ws, pj_category_get_id (aldre), &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "category", pj_category_get_id (aldre), "delete", NULL,
                "Äldreomsorg", NULL);
  g_clear_object (&categories);
  categories = pj_store_list_categories (fixture->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (categories), ==, 2);
  g_assert_cmpstr (category_name_at (categories, 0), ==, "Skola");
  g_assert_cmpstr (category_name_at (categories, 1), ==, "Socialtjänst");
  g_clear_object (&categories);
  categories = pj_store_list_categories (fixture->ws, pj_edition_get_id (next), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (categories), ==, 1);
}

/* Criteria */

static void
test_criterion_crud (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = add_award (fixture->ws, "Förnyelsepriset");
  g_autoptr(PjEdition) edition = add_edition (fixture->ws, award, 2026);
  g_autoptr(PjEdition) next = add_edition (fixture->ws, award, 2027);
  g_autoptr(PjCategory) skola = add_category (fixture->ws, edition, "Skola");
  g_autoptr(PjCategory) social = add_category (fixture->ws, edition, "Socialtjänst");
  g_autoptr(PjCategory) foreign = add_category (fixture->ws, next, "Skola");
  g_autoptr(PjCriterion) criterion = pj_criterion_new ();
  g_autoptr(PjCriterion) second = pj_criterion_new ();
  g_autoptr(PjCriterion) read = NULL;
  g_autoptr(GListModel) criteria = NULL;
  gint64 ids[2] = { pj_category_get_id (skola), pj_category_get_id (social) };
  gint64 foreign_id = pj_category_get_id (foreign);
  const gint64 *read_ids;
  guint n_read_ids;
  gint64 id;

  pj_criterion_set_edition_id (criterion, pj_edition_get_id (edition));
  pj_criterion_set_name (criterion, "Nyhetsgrad");
  pj_criterion_set_description (criterion, "Hur ny är idén?");
  pj_criterion_set_weight (criterion, 2.5);
  pj_criterion_set_scale (criterion, 1, 5);
  pj_criterion_set_label (criterion, 1, "Känd sedan tidigare");
  pj_criterion_set_label (criterion, 3, "  Ny för staden ");
  pj_criterion_set_label (criterion, 5, "Ny i världen");
  pj_criterion_set_category_ids (criterion, ids, 1);
  g_assert_true (pj_store_create_criterion (fixture->ws, criterion, &error));
  g_assert_no_error (error);
  id = pj_criterion_get_id (criterion);
  g_assert_cmpint (pj_criterion_get_position (criterion), ==, 0);
  assert_audit (fixture->ws, "criterion", id, "create", NULL, NULL, "Nyhetsgrad");

  read = pj_store_get_criterion (fixture->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_criterion_get_name (read), ==, "Nyhetsgrad");
  g_assert_cmpstr (pj_criterion_get_description (read), ==, "Hur ny är idén?");
  g_assert_cmpfloat (pj_criterion_get_weight (read), ==, 2.5);
  g_assert_cmpint (pj_criterion_get_scale_min (read), ==, 1);
  g_assert_cmpint (pj_criterion_get_scale_max (read), ==, 5);
  g_assert_true (pj_criterion_get_required (read));
  g_assert_cmpstr (pj_criterion_get_label (read, 1), ==, "Känd sedan tidigare");
  g_assert_cmpstr (pj_criterion_get_label (read, 2), ==, "");
  g_assert_cmpstr (pj_criterion_get_label (read, 3), ==, "Ny för staden");
  g_assert_cmpstr (pj_criterion_get_label (read, 5), ==, "Ny i världen");
  read_ids = pj_criterion_get_category_ids (read, &n_read_ids);
  g_assert_cmpuint (n_read_ids, ==, 1);
  g_assert_cmpint (read_ids[0], ==, ids[0]);
  g_assert_true (pj_criterion_applies_to (read, ids[0]));
  g_assert_false (pj_criterion_applies_to (read, ids[1]));

  /* Rules: the name, the weight, the scale, the categories of this edition. */
  pj_criterion_set_edition_id (second, pj_edition_get_id (edition));
  pj_criterion_set_name (second, "  nyhetsgrad");
  g_assert_false (pj_store_create_criterion (fixture->ws, second, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_clear_error (&error);

  pj_criterion_set_name (second, "Värdeskapande");
  pj_criterion_set_weight (second, -1);
  g_assert_false (pj_store_create_criterion (fixture->ws, second, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  pj_criterion_set_weight (second, 0);
  pj_criterion_set_category_ids (second, &foreign_id, 1);
  g_assert_false (pj_store_create_criterion (fixture->ws, second, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pj_criterion_get_id (second), ==, PJ_NO_ID);

  /* The object itself cannot hold a bad scale; the store checks with the same rule. */
  {
    g_autofree char *equal = pj_validate_scale (3, 3);
    g_autofree char *reversed = pj_validate_scale (5, 1);
    g_autofree char *wide = pj_validate_scale (0, 101);
    g_autofree char *negative = pj_validate_scale (-1, 5);
    g_autofree char *fine = pj_validate_scale (0, 100);

    g_assert_nonnull (equal);
    g_assert_nonnull (reversed);
    g_assert_nonnull (wide);
    g_assert_nonnull (negative);
    g_assert_null (fine);
  }

  /* Weight 0 is allowed: shown, not counted. Whole edition when no category. */
  pj_criterion_set_category_ids (second, NULL, 0);
  pj_criterion_set_required (second, FALSE);
  g_assert_true (pj_store_create_criterion (fixture->ws, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_criterion_get_position (second), ==, 1);

  criteria = pj_store_list_criteria (fixture->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (criteria), ==, 2);
  {
    g_autoptr(PjCriterion) first = g_list_model_get_item (criteria, 0);
    g_autoptr(PjCriterion) last = g_list_model_get_item (criteria, 1);

    g_assert_cmpstr (pj_criterion_get_label (first, 5), ==, "Ny i världen");
    g_assert_cmpstr (pj_criterion_get_name (last), ==, "Värdeskapande");
    g_assert_cmpfloat (pj_criterion_get_weight (last), ==, 0);
    g_assert_false (pj_criterion_get_required (last));
    g_assert_true (pj_criterion_applies_to (last, ids[1]));
  }

  /* A new scale keeps the labels still inside it and drops the others. */
  pj_criterion_set_scale (read, 3, 7);
  pj_criterion_set_label (read, 7, "Banbrytande");
  pj_criterion_set_category_ids (read, ids, 2);
  g_assert_true (pj_store_update_criterion (fixture->ws, read, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_criterion_get_version (read), ==, 2);
  assert_audit (fixture->ws, "criterion", id, "update", "scale_min", "1", "3");
  assert_audit (fixture->ws, "criterion", id, "update", "scale_max", "5", "7");
  assert_audit (fixture->ws, "criterion", id, "update", "labels",
                "1: Känd sedan tidigare\n3: Ny för staden\n5: Ny i världen",
                "3: Ny för staden\n5: Ny i världen\n7: Banbrytande");
  assert_audit (fixture->ws, "criterion", id, "update", "categories",
                "Skola", "Skola, Socialtjänst");
  g_assert_null (find_audit (fixture->ws, "criterion", id, "update", "weight"));

  g_clear_object (&read);
  read = pj_store_get_criterion (fixture->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_criterion_get_scale_min (read), ==, 3);
  g_assert_cmpint (pj_criterion_get_scale_max (read), ==, 7);
  g_assert_cmpstr (pj_criterion_get_label (read, 1), ==, "");
  g_assert_cmpstr (pj_criterion_get_label (read, 3), ==, "Ny för staden");
  g_assert_cmpstr (pj_criterion_get_label (read, 5), ==, "Ny i världen");
  g_assert_cmpstr (pj_criterion_get_label (read, 7), ==, "Banbrytande");
  read_ids = pj_criterion_get_category_ids (read, &n_read_ids);
  g_assert_cmpuint (n_read_ids, ==, 2);

  /* A category of another edition is refused on update too, and nothing changes. */
  pj_criterion_set_weight (read, 3);
  pj_criterion_set_category_ids (read, &foreign_id, 1);
  g_assert_false (pj_store_update_criterion (fixture->ws, read, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&read);
  read = pj_store_get_criterion (fixture->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (pj_criterion_get_weight (read), ==, 2.5);
  g_assert_cmpint (pj_criterion_get_version (read), ==, 2);

  /* Deleting a category drops it from the criterion's limits. */
  g_assert_true (pj_store_delete_category (fixture->ws, ids[0], &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = pj_store_get_criterion (fixture->ws, id, &error);
  g_assert_no_error (error);
  read_ids = pj_criterion_get_category_ids (read, &n_read_ids);
  g_assert_cmpuint (n_read_ids, ==, 1);
  g_assert_cmpint (read_ids[0], ==, ids[1]);

  /* The category it is now limited to alone cannot go: without it the
   * criterion would silently apply to the whole edition. */
  g_assert_false (pj_store_delete_category (fixture->ws, ids[1], &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Nyhetsgrad"));
  g_clear_error (&error);
  g_clear_object (&read);
  read = pj_store_get_criterion (fixture->ws, id, &error);
  g_assert_no_error (error);
  read_ids = pj_criterion_get_category_ids (read, &n_read_ids);
  g_assert_cmpuint (n_read_ids, ==, 1);

  g_assert_true (pj_store_delete_criterion (fixture->ws, id, &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "criterion", id, "delete", NULL, "Nyhetsgrad", NULL);
  g_clear_object (&criteria);
  criteria = pj_store_list_criteria (fixture->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (criteria), ==, 1);
  {
    g_autoptr(PjCriterion) only = g_list_model_get_item (criteria, 0);

    g_assert_cmpint (pj_criterion_get_position (only), ==, 0);
  }
}

/* Units */

static void
test_unit_crud (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjUnit) forvaltning = add_unit (fixture->ws, "Utbildningsförvaltningen",
                                            PJ_UNIT_FORVALTNING, PJ_NO_ID);
  g_autoptr(PjUnit) skola = add_unit (fixture->ws, "Bredängsskolan", PJ_UNIT_FORVALTNING,
                                      pj_unit_get_id (forvaltning));
  g_autoptr(PjUnit) klass = add_unit (fixture->ws, "Ateljé 7B", PJ_UNIT_EXTERN_UTFORARE,
                                      pj_unit_get_id (skola));
  g_autoptr(PjUnit) twin = pj_unit_new ();
  g_autoptr(PjUnit) read = NULL;
  g_autoptr(PjAward) award = add_award (fixture->ws, "Förnyelsepriset");
  g_autoptr(PjEdition) edition = add_edition (fixture->ws, award, 2026);
  g_autoptr(PjJuror) juror = pj_juror_new ();
  g_autoptr(PjJuror) read_juror = NULL;
  g_autoptr(GListModel) units = NULL;

  units = pj_store_list_units (fixture->ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (units), ==, 3);
  {
    g_autoptr(PjUnit) first = g_list_model_get_item (units, 0);
    g_autoptr(PjUnit) last = g_list_model_get_item (units, 2);

    g_assert_cmpstr (pj_unit_get_name (first), ==, "Ateljé 7B");
    g_assert_cmpstr (pj_unit_get_name (last), ==, "Utbildningsförvaltningen");
  }

  pj_unit_set_name (twin, "BREDÄNGSSKOLAN");
  g_assert_false (pj_store_create_unit (fixture->ws, twin, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* No unit under itself, nor under one of its own units. */
  pj_unit_set_parent_id (forvaltning, pj_unit_get_id (klass));
  g_assert_false (pj_store_update_unit (fixture->ws, forvaltning, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  pj_unit_set_parent_id (forvaltning, pj_unit_get_id (forvaltning));
  g_assert_false (pj_store_update_unit (fixture->ws, forvaltning, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  pj_unit_set_parent_id (forvaltning, PJ_NO_ID);

  /* Update with audit: the parent by name. */
  pj_unit_set_unit_type (klass, PJ_UNIT_BOLAG);
  pj_unit_set_parent_id (klass, pj_unit_get_id (forvaltning));
  g_assert_true (pj_store_update_unit (fixture->ws, klass, &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "unit", pj_unit_get_id (klass), "update", "type",
                "extern-utforare", "bolag");
  assert_audit (fixture->ws, "unit", pj_unit_get_id (klass), "update", "parent",
                "Bredängsskolan", "Utbildningsförvaltningen");
  read = pj_store_get_unit (fixture->ws, pj_unit_get_id (klass), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_unit_get_unit_type (read), ==, PJ_UNIT_BOLAG);
  g_assert_cmpint (pj_unit_get_parent_id (read), ==, pj_unit_get_id (forvaltning));

  /* Deleting a unit: its child units lose their parent, jurors their unit. */
  pj_juror_set_edition_id (juror, pj_edition_get_id (edition));
  pj_juror_set_name (juror, "Anna Lind");
  pj_juror_set_unit_id (juror, pj_unit_get_id (forvaltning));
  g_assert_true (pj_store_create_juror (fixture->ws, juror, &error));
  g_assert_no_error (error);

  g_assert_true (pj_store_delete_unit (fixture->ws, pj_unit_get_id (forvaltning), &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "unit", pj_unit_get_id (forvaltning), "delete", NULL,
                "Utbildningsförvaltningen", NULL);
  g_clear_object (&read);
  read = pj_store_get_unit (fixture->ws, pj_unit_get_id (skola), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_unit_get_parent_id (read), ==, PJ_NO_ID);
  read_juror = pj_store_get_juror (fixture->ws, pj_juror_get_id (juror), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_juror_get_unit_id (read_juror), ==, PJ_NO_ID);

  /* A form still open on the child cannot write the deleted parent back. */
  g_assert_false (pj_store_update_unit (fixture->ws, klass, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
  g_clear_error (&error);

  g_clear_object (&units);
  units = pj_store_list_units (fixture->ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (units), ==, 2);
}

/* Jurors */

static void
test_juror_crud (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = add_award (fixture->ws, "Förnyelsepriset");
  g_autoptr(PjEdition) edition = add_edition (fixture->ws, award, 2026);
  g_autoptr(PjEdition) next = add_edition (fixture->ws, award, 2027);
  g_autoptr(PjCategory) skola = add_category (fixture->ws, edition, "Skola");
  g_autoptr(PjCategory) social = add_category (fixture->ws, edition, "Socialtjänst");
  g_autoptr(PjCategory) foreign = add_category (fixture->ws, next, "Skola");
  g_autoptr(PjUnit) unit = add_unit (fixture->ws, "Stadsledningskontoret",
                                     PJ_UNIT_FORVALTNING, PJ_NO_ID);
  g_autoptr(PjJuror) juror = pj_juror_new ();
  g_autoptr(PjJuror) other = pj_juror_new ();
  g_autoptr(PjJuror) read = NULL;
  g_autoptr(GListModel) jurors = NULL;
  gint64 ids[2] = { pj_category_get_id (skola), pj_category_get_id (social) };
  gint64 foreign_id = pj_category_get_id (foreign);
  const gint64 *read_ids;
  guint n_read_ids;
  gint64 id;

  pj_juror_set_edition_id (juror, pj_edition_get_id (edition));
  pj_juror_set_name (juror, "Sara Öberg");
  pj_juror_set_email (juror, "sara.oberg@stockholm");
  g_assert_false (pj_store_create_juror (fixture->ws, juror, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  pj_juror_set_email (juror, "sara oberg@stockholm.se");
  g_assert_false (pj_store_create_juror (fixture->ws, juror, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  pj_juror_set_email (juror, " sara.oberg@stockholm.se ");
  pj_juror_set_unit_id (juror, pj_unit_get_id (unit));
  pj_juror_set_role (juror, PJ_ROLE_CHAIR);
  pj_juror_set_category_ids (juror, ids, 1);
  g_assert_true (pj_store_create_juror (fixture->ws, juror, &error));
  g_assert_no_error (error);
  id = pj_juror_get_id (juror);
  g_assert_cmpstr (pj_juror_get_email (juror), ==, "sara.oberg@stockholm.se");
  assert_audit (fixture->ws, "juror", id, "create", NULL, NULL, "Sara Öberg");
  g_assert_true (was_changed (fixture, "juror"));

  read = pj_store_get_juror (fixture->ws, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_juror_get_name (read), ==, "Sara Öberg");
  g_assert_cmpstr (pj_juror_get_email (read), ==, "sara.oberg@stockholm.se");
  g_assert_cmpint (pj_juror_get_unit_id (read), ==, pj_unit_get_id (unit));
  g_assert_cmpint (pj_juror_get_role (read), ==, PJ_ROLE_CHAIR);
  read_ids = pj_juror_get_category_ids (read, &n_read_ids);
  g_assert_cmpuint (n_read_ids, ==, 1);
  g_assert_cmpint (read_ids[0], ==, ids[0]);

  /* Same name in the edition: refused; a category of another edition: refused. */
  pj_juror_set_edition_id (other, pj_edition_get_id (edition));
  pj_juror_set_name (other, "sara öberg");
  g_assert_false (pj_store_create_juror (fixture->ws, other, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_clear_error (&error);
  pj_juror_set_name (other, "Ali Hassan");
  pj_juror_set_category_ids (other, &foreign_id, 1);
  g_assert_false (pj_store_create_juror (fixture->ws, other, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  pj_juror_set_category_ids (other, ids, 2);
  g_assert_true (pj_store_create_juror (fixture->ws, other, &error));
  g_assert_no_error (error);

  jurors = pj_store_list_jurors (fixture->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (jurors), ==, 2);
  {
    g_autoptr(PjJuror) first = g_list_model_get_item (jurors, 0);

    g_assert_cmpstr (pj_juror_get_name (first), ==, "Ali Hassan");
    read_ids = pj_juror_get_category_ids (first, &n_read_ids);
    g_assert_cmpuint (n_read_ids, ==, 2);
  }

  /* Update with audit. */
  pj_juror_set_email (read, "sara.oberg@edu.stockholm.se");
  pj_juror_set_role (read, PJ_ROLE_MEMBER);
  pj_juror_set_unit_id (read, PJ_NO_ID);
  pj_juror_set_category_ids (read, &ids[1], 1);
  g_assert_true (pj_store_update_juror (fixture->ws, read, &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "juror", id, "update", "email",
                "sara.oberg@stockholm.se", "sara.oberg@edu.stockholm.se");
  assert_audit (fixture->ws, "juror", id, "update", "role", "chair", "member");
  assert_audit (fixture->ws, "juror", id, "update", "unit", "Stadsledningskontoret", NULL);
  assert_audit (fixture->ws, "juror", id, "update", "categories", "Skola", "Socialtjänst");

  pj_juror_set_email (read, "inte en adress");
  g_assert_false (pj_store_update_juror (fixture->ws, read, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (pj_store_delete_juror (fixture->ws, id, &error));
  g_assert_no_error (error);
  assert_audit (fixture->ws, "juror", id, "delete", NULL, "Sara Öberg", NULL);
  g_clear_object (&jurors);
  jurors = pj_store_list_jurors (fixture->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (jurors), ==, 1);
}

/* "New edition from…" */

static void
test_copy_edition (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = add_award (fixture->ws, "Förnyelsepriset");
  g_autoptr(PjEdition) source = pj_edition_new ();
  g_autoptr(PjCategory) skola = NULL;
  g_autoptr(PjCategory) social = NULL;
  g_autoptr(PjCriterion) criterion = pj_criterion_new ();
  g_autoptr(PjJuror) juror = pj_juror_new ();
  g_autoptr(PjEdition) copy = NULL;
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(GListModel) jurors = NULL;
  g_autoptr(GListModel) source_categories = NULL;
  g_autoptr(PjCategory) new_skola = NULL;
  g_autoptr(PjCategory) new_social = NULL;
  g_autoptr(PjCriterion) new_criterion = NULL;
  g_autoptr(PjJuror) new_juror = NULL;
  gint64 social_id, skola_id;
  const gint64 *ids;
  guint n_ids;
  gint64 copy_id;

  pj_edition_set_award_id (source, pj_award_get_id (award));
  pj_edition_set_year (source, 2026);
  pj_edition_set_phase (source, PJ_PHASE_DELIBERATION);
  pj_edition_set_nominations_close (source, "2026-03-31");
  pj_edition_set_aggregation (source, PJ_AGGREGATION_TRIMMED_MEAN);
  pj_edition_set_min_jurors (source, 5);
  g_assert_true (pj_store_create_edition (fixture->ws, source, &error));
  g_assert_no_error (error);

  skola = add_category (fixture->ws, source, "Skola");
  social = add_category (fixture->ws, source, "Socialtjänst");
  social_id = pj_category_get_id (social);
  skola_id = pj_category_get_id (skola);

  pj_criterion_set_edition_id (criterion, pj_edition_get_id (source));
  pj_criterion_set_name (criterion, "Spridningsbarhet");
  pj_criterion_set_weight (criterion, 1.5);
  pj_criterion_set_scale (criterion, 0, 4);
  pj_criterion_set_label (criterion, 0, "Går inte att sprida");
  pj_criterion_set_label (criterion, 4, "Sprids redan");
  pj_criterion_set_category_ids (criterion, &social_id, 1);
  g_assert_true (pj_store_create_criterion (fixture->ws, criterion, &error));
  g_assert_no_error (error);

  pj_juror_set_edition_id (juror, pj_edition_get_id (source));
  pj_juror_set_name (juror, "Karin Nilsson");
  pj_juror_set_email (juror, "karin.nilsson@stockholm.se");
  pj_juror_set_role (juror, PJ_ROLE_EXAMINER);
  pj_juror_set_category_ids (juror, &skola_id, 1);
  g_assert_true (pj_store_create_juror (fixture->ws, juror, &error));
  g_assert_no_error (error);

  copy_id = pj_store_copy_edition (fixture->ws, pj_edition_get_id (source), 2027, &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy_id, >, 0);
  g_assert_cmpint (copy_id, !=, pj_edition_get_id (source));
  assert_audit (fixture->ws, "edition", copy_id, "copy", NULL,
                "Förnyelsepriset 2026", "Förnyelsepriset 2027");

  copy = pj_store_get_edition (fixture->ws, copy_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_edition_get_award_id (copy), ==, pj_award_get_id (award));
  g_assert_cmpint (pj_edition_get_year (copy), ==, 2027);
  g_assert_cmpint (pj_edition_get_phase (copy), ==, PJ_PHASE_SETUP);
  g_assert_cmpint (pj_edition_get_aggregation (copy), ==, PJ_AGGREGATION_TRIMMED_MEAN);
  g_assert_cmpint (pj_edition_get_min_jurors (copy), ==, 5);
  g_assert_cmpstr (pj_edition_get_nominations_close (copy), ==, "2027-03-31");

  categories = pj_store_list_categories (fixture->ws, copy_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (categories), ==, 2);
  new_skola = g_list_model_get_item (categories, 0);
  new_social = g_list_model_get_item (categories, 1);
  g_assert_cmpstr (pj_category_get_name (new_skola), ==, "Skola");
  g_assert_cmpstr (pj_category_get_name (new_social), ==, "Socialtjänst");
  g_assert_cmpint (pj_category_get_edition_id (new_skola), ==, copy_id);
  g_assert_cmpint (pj_category_get_id (new_skola), !=, skola_id);

  criteria = pj_store_list_criteria (fixture->ws, copy_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (criteria), ==, 1);
  new_criterion = g_list_model_get_item (criteria, 0);
  g_assert_cmpint (pj_criterion_get_id (new_criterion), !=, pj_criterion_get_id (criterion));
  g_assert_cmpstr (pj_criterion_get_name (new_criterion), ==, "Spridningsbarhet");
  g_assert_cmpfloat (pj_criterion_get_weight (new_criterion), ==, 1.5);
  g_assert_cmpint (pj_criterion_get_scale_min (new_criterion), ==, 0);
  g_assert_cmpint (pj_criterion_get_scale_max (new_criterion), ==, 4);
  g_assert_cmpstr (pj_criterion_get_label (new_criterion, 0), ==, "Går inte att sprida");
  g_assert_cmpstr (pj_criterion_get_label (new_criterion, 4), ==, "Sprids redan");
  ids = pj_criterion_get_category_ids (new_criterion, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, pj_category_get_id (new_social));

  jurors = pj_store_list_jurors (fixture->ws, copy_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (jurors), ==, 1);
  new_juror = g_list_model_get_item (jurors, 0);
  g_assert_cmpint (pj_juror_get_id (new_juror), !=, pj_juror_get_id (juror));
  g_assert_cmpstr (pj_juror_get_name (new_juror), ==, "Karin Nilsson");
  g_assert_cmpstr (pj_juror_get_email (new_juror), ==, "karin.nilsson@stockholm.se");
  g_assert_cmpint (pj_juror_get_role (new_juror), ==, PJ_ROLE_EXAMINER);
  ids = pj_juror_get_category_ids (new_juror, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, pj_category_get_id (new_skola));

  /* The source is untouched. */
  source_categories = pj_store_list_categories (fixture->ws, pj_edition_get_id (source), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (source_categories), ==, 2);

  /* A year already used, or a bad year, copies nothing. */
  g_assert_cmpint (pj_store_copy_edition (fixture->ws, pj_edition_get_id (source), 2027, &error),
                   ==, PJ_NO_ID);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (pj_store_copy_edition (fixture->ws, pj_edition_get_id (source), 3000, &error),
                   ==, PJ_NO_ID);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pj_store_copy_edition (fixture->ws, 9999, 2028, &error), ==, PJ_NO_ID);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pj_store_edition_year_exists (fixture->ws, pj_award_get_id (award), 2028,
                                                PJ_NO_ID));
}

/* Two instances on one workspace */

static void
test_changed_elsewhere (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) other_ws = NULL;
  g_autoptr(PjAward) award = add_award (fixture->ws, "Förnyelsepriset");
  g_autoptr(PjEdition) edition = add_edition (fixture->ws, award, 2026);
  g_autoptr(PjCategory) category = add_category (fixture->ws, edition, "Skola");
  g_autoptr(PjCategory) mine = NULL;
  g_autoptr(PjCategory) theirs = NULL;
  g_autoptr(PjCategory) read = NULL;
  g_autoptr(PjAward) stale_award = NULL;
  guint audited;

  other_ws = pj_workspace_open (fixture->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (other_ws, "Olle Annan");

  /* Both read the same row. */
  mine = pj_store_get_category (fixture->ws, pj_category_get_id (category), &error);
  g_assert_no_error (error);
  theirs = pj_store_get_category (other_ws, pj_category_get_id (category), &error);
  g_assert_no_error (error);

  pj_category_set_prize (theirs, "Diplom");
  g_assert_true (pj_store_update_category (other_ws, theirs, &error));
  g_assert_no_error (error);
  g_assert_true (pj_workspace_poll_outside_changes (fixture->ws));

  /* The stale save is refused with a message naming the row; nothing is written. */
  audited = count_audit (fixture->ws);
  pj_category_set_prize (mine, "20 000 kronor");
  pj_category_set_name (mine, "Grundskola");
  g_assert_false (pj_store_update_category (fixture->ws, mine, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
  g_assert_nonnull (strstr (error->message, "Skola"));
  g_clear_error (&error);
  g_assert_cmpuint (count_audit (fixture->ws), ==, audited);
  g_assert_cmpint (pj_category_get_version (mine), ==, 1);

  read = pj_store_get_category (fixture->ws, pj_category_get_id (category), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_category_get_prize (read), ==, "Diplom");
  g_assert_cmpstr (pj_category_get_name (read), ==, "Skola");
  g_assert_cmpint (pj_category_get_version (read), ==, 2);
  {
    g_autoptr(PjAuditEntry) entry = find_audit (fixture->ws, "category",
                                                pj_category_get_id (category), "update", "prize");

    g_assert_nonnull (entry);
    g_assert_cmpstr (pj_audit_entry_get_who (entry), ==, "Olle Annan");
  }

  /* After a reload the save goes through. */
  pj_category_set_name (read, "Grundskola");
  g_assert_true (pj_store_update_category (fixture->ws, read, &error));
  g_assert_no_error (error);

  /* A row deleted elsewhere is reported as such. */
  stale_award = pj_store_get_award (other_ws, pj_award_get_id (award), &error);
  g_assert_no_error (error);
  g_assert_true (pj_store_delete_award (fixture->ws, pj_award_get_id (award), &error));
  g_assert_no_error (error);
  pj_award_set_description (stale_award, "Ny beskrivning");
  g_assert_false (pj_store_update_award (other_ws, stale_award, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_finalize_object (g_steal_pointer (&other_ws));
}

/* Deletes refused while nominations exist */

static PjAward *
find_award (PjWorkspace *ws,
            const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) awards = pj_store_list_awards (ws, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_items (awards); i++)
    {
      g_autoptr(PjAward) award = g_list_model_get_item (awards, i);

      if (g_str_equal (pj_award_get_name (award), name))
        return g_steal_pointer (&award);
    }

  return NULL;
}

static void
test_delete_in_use (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) award = NULL;
  g_autoptr(GListModel) editions = NULL;
  g_autoptr(PjEdition) edition = NULL;
  g_autoptr(PjAward) still = NULL;
  g_autofree char *count_text = NULL;
  guint count;

  g_assert_true (pj_demo_load_examples (fixture->ws, &error));
  g_assert_no_error (error);

  award = find_award (fixture->ws, "Förnyelsepriset");
  g_assert_nonnull (award);
  count = pj_store_count_award_nominations (fixture->ws, pj_award_get_id (award));
  g_assert_cmpuint (count, >, 0);

  g_assert_false (pj_store_delete_award (fixture->ws, pj_award_get_id (award), &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IN_USE);
  count_text = g_strdup_printf ("%u", count);
  g_assert_nonnull (strstr (error->message, count_text));
  g_clear_error (&error);

  editions = pj_store_list_editions (fixture->ws, pj_award_get_id (award), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (editions), >=, 1);
  edition = g_list_model_get_item (editions, 0);
  g_assert_cmpuint (pj_store_count_nominations (fixture->ws, pj_edition_get_id (edition)), >, 0);
  g_assert_false (pj_store_delete_edition (fixture->ws, pj_edition_get_id (edition), &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IN_USE);
  g_clear_error (&error);

  still = pj_store_get_award (fixture->ws, pj_award_get_id (award), &error);
  g_assert_no_error (error);
  g_assert_nonnull (still);
  g_assert_null (find_audit (fixture->ws, "award", pj_award_get_id (award), "delete", NULL));
}

/* The audit log's filters */

static void
test_audit_list (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjAward) first = add_award (fixture->ws, "Förnyelsepriset");
  g_autoptr(PjAward) second = add_award (fixture->ws, "Kvalitetsutmärkelsen");
  g_autoptr(PjUnit) unit = add_unit (fixture->ws, "Kulturförvaltningen", PJ_UNIT_FORVALTNING,
                                     PJ_NO_ID);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) newest = NULL;
  g_autoptr(GListModel) awards = NULL;
  g_autoptr(GListModel) one = NULL;

  all = pj_store_list_audit (fixture->ws, NULL, PJ_NO_ID, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (all), ==, 3);

  newest = pj_store_list_audit (fixture->ws, NULL, PJ_NO_ID, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (newest), ==, 1);
  {
    g_autoptr(PjAuditEntry) entry = g_list_model_get_item (newest, 0);

    g_assert_cmpstr (pj_audit_entry_get_entity (entry), ==, "unit");
    g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "Kulturförvaltningen");
  }

  awards = pj_store_list_audit (fixture->ws, "award", PJ_NO_ID, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (awards), ==, 2);
  {
    g_autoptr(PjAuditEntry) entry = g_list_model_get_item (awards, 0);

    g_assert_cmpint (pj_audit_entry_get_entity_id (entry), ==, pj_award_get_id (second));
  }

  one = pj_store_list_audit (fixture->ws, "award", pj_award_get_id (first), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (one), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/award/crud", test_award_crud);
  ADD ("/store/award/rules", test_award_rules);
  ADD ("/store/award/with-rules", test_award_with_rules);
  ADD ("/store/award/order", test_award_order);
  ADD ("/store/edition/crud", test_edition_crud);
  ADD ("/store/edition/rules", test_edition_rules);
  ADD ("/store/category/crud", test_category_crud);
  ADD ("/store/criterion/crud", test_criterion_crud);
  ADD ("/store/unit/crud", test_unit_crud);
  ADD ("/store/juror/crud", test_juror_crud);
  ADD ("/store/edition/copy", test_copy_edition);
  ADD ("/store/changed-elsewhere", test_changed_elsewhere);
  ADD ("/store/delete-in-use", test_delete_in_use);
  ADD ("/store/audit/list", test_audit_list);

#undef ADD

  return g_test_run ();
}
