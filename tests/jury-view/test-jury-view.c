/* test-jury-view.c: the organiser's jury overview, driven through its actions
 *
 * The view sits in a plain window with a toast overlay, on a workspace
 * filled with the example awards. The tests compare what the tables show
 * with the store, distribute through the action (waiting for its thread),
 * assign and unassign, and add and lift a conflict of interest through the
 * dialogs' own widgets. Run with LANGUAGE=sv it takes the Swedish
 * screenshots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-jury-view"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "pj-demo.h"
#include "pj-jury-view-private.h"
#include "pj-store.h"
#include "pj-store-assignment.h"
#include "pj-store-scoring.h"
#include "gui-test-utils.h"

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  GtkWidget   *window;
  GtkWidget   *overlay;
  PjJuryView  *view;
  PjEdition   *edition;   /* Förnyelsepriset 2026 */
} Fixture;

static const char *lang = "en";

/* Helpers {{{ */

static PjCoverage *
store_coverage (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PjCoverage *coverage = pj_store_coverage (f->ws, pj_edition_get_id (f->edition), &error);

  g_assert_no_error (error);
  g_assert_nonnull (coverage);
  return coverage;
}

static const PjNominationCoverage *
find_nomination (PjCoverage *coverage,
                 gint64      id)
{
  for (guint i = 0; i < coverage->nominations->len; i++)
    {
      const PjNominationCoverage *c = &g_array_index (coverage->nominations,
                                                      PjNominationCoverage, i);
      if (c->nomination_id == id)
        return c;
    }
  g_error ("Nomination %" G_GINT64_FORMAT " is not in the coverage", id);
}

static const PjJurorCoverage *
find_juror (PjCoverage *coverage,
            gint64      id)
{
  for (guint i = 0; i < coverage->jurors->len; i++)
    {
      const PjJurorCoverage *c = &g_array_index (coverage->jurors, PjJurorCoverage, i);

      if (c->juror_id == id)
        return c;
    }
  g_error ("Juror %" G_GINT64_FORMAT " is not in the coverage", id);
}

static void
assert_cell_uint (Fixture    *f,
                  const char *table,
                  guint       position,
                  const char *column,
                  guint       expected)
{
  g_autofree char *text = pj_jury_view_dup_cell_text (f->view, table, position, column);
  g_autofree char *want = g_strdup_printf ("%u", expected);

  g_assert_cmpstr (text, ==, want);
}

/* The row of the nominations table showing @id, or G_MAXUINT. */
static guint
view_position (Fixture    *f,
               const char *table,
               gint64      id)
{
  guint n = pj_jury_view_get_n_rows (f->view, table);

  for (guint i = 0; i < n; i++)
    if (pj_jury_view_get_row_id (f->view, table, i) == id)
      return i;
  return G_MAXUINT;
}

/* Every number the tables show is the store's. */
static void
assert_tables_match_store (Fixture *f)
{
  g_autoptr(PjCoverage) coverage = store_coverage (f);
  GtkCheckButton *below_k = GTK_CHECK_BUTTON (pj_jury_view_get_part (f->view, "below-k"));
  guint n;

  g_assert_false (gtk_check_button_get_active (below_k));
  n = pj_jury_view_get_n_rows (f->view, "nominations");
  g_assert_cmpuint (n, ==, coverage->nominations->len);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = pj_jury_view_get_row_id (f->view, "nominations", i);
      const PjNominationCoverage *c = find_nomination (coverage, id);
      g_autofree char *title = pj_jury_view_dup_cell_text (f->view, "nominations", i, "title");

      g_assert_nonnull (c);
      g_assert_cmpstr (title, ==, c->title);
      assert_cell_uint (f, "nominations", i, "assigned", c->assigned);
      assert_cell_uint (f, "nominations", i, "submitted", c->submitted);
      assert_cell_uint (f, "nominations", i, "needed", coverage->k);
    }

  n = pj_jury_view_get_n_rows (f->view, "jurors");
  g_assert_cmpuint (n, ==, coverage->jurors->len);
  for (guint i = 0; i < n; i++)
    {
      const PjJurorCoverage *c = find_juror (coverage,
                                             pj_jury_view_get_row_id (f->view, "jurors", i));

      g_assert_nonnull (c);
      assert_cell_uint (f, "jurors", i, "load", c->load);
      assert_cell_uint (f, "jurors", i, "submitted", c->submitted);
      assert_cell_uint (f, "jurors", i, "drafts", c->drafts);
      assert_cell_uint (f, "jurors", i, "abstained", c->abstained);
    }

  /* "Only below K" shows exactly the nominations below K. */
  gtk_check_button_set_active (below_k, TRUE);
  n = pj_jury_view_get_n_rows (f->view, "nominations");
  g_assert_cmpuint (n, ==, coverage->n_below_k);
  for (guint i = 0; i < n; i++)
    {
      const PjNominationCoverage *c =
        find_nomination (coverage, pj_jury_view_get_row_id (f->view, "nominations", i));

      g_assert_nonnull (c);
      g_assert_true (c->below_k);
    }
  gtk_check_button_set_active (below_k, FALSE);
  g_assert_cmpuint (pj_jury_view_get_n_rows (f->view, "nominations"), ==,
                    coverage->nominations->len);
}

static AdwMessageDialog *
open_dialog (Fixture    *f,
             const char *action,
             GVariant   *target)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->view), action, target));
  pj_test_iterate ();
  dialog = pj_jury_view_get_open_dialog (f->view);
  g_assert_nonnull (dialog);
  return dialog;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  pj_test_iterate ();
}

static void
choose (AdwComboRow *combo,
        guint        position)
{
  adw_combo_row_set_selected (combo, position);
  pj_test_iterate ();
}

static guint
combo_find (AdwComboRow *combo,
            const char  *label)
{
  GListModel *model = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) s = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (s), label) == 0)
        return i;
    }
  g_error ("No “%s” to choose", label);
  return 0;
}

/* A juror of the nomination's category who may be assigned to it. */
static PjJuror *
free_juror_for (Fixture                    *f,
                const PjNominationCoverage *c)
{
  g_autoptr(GListModel) jurors = pj_store_list_jurors (f->ws, pj_edition_get_id (f->edition),
                                                       NULL);

  for (guint i = 0; i < g_list_model_get_n_items (jurors); i++)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, i);
      guint n_ids = 0;
      const gint64 *ids = pj_juror_get_category_ids (juror, &n_ids);

      for (guint k = 0; k < n_ids; k++)
        if (ids[k] == c->category_id
            && !pj_store_is_assigned (f->ws, pj_juror_get_id (juror), c->nomination_id)
            && !pj_store_is_conflicted (f->ws, pj_juror_get_id (juror), c->nomination_id))
          return g_steal_pointer (&juror);
    }
  return NULL;
}

/* Takes a juror without a finished sheet off @n nominations, so that
 * they fall below K and distribution has something to do. */
static void
make_gaps (Fixture *f,
           guint    n)
{
  g_autoptr(PjCoverage) coverage = store_coverage (f);
  guint made = 0;

  for (guint i = 0; i < coverage->nominations->len && made < n; i++)
    {
      const PjNominationCoverage *c = &g_array_index (coverage->nominations,
                                                      PjNominationCoverage, i);
      g_autoptr(GArray) ids = NULL;

      if (c->below_k || c->assigned != coverage->k)
        continue;
      ids = pj_store_list_nomination_assignments (f->ws, c->nomination_id, NULL);
      for (guint k = 0; ids != NULL && k < ids->len; k++)
        if (pj_store_unassign (f->ws, g_array_index (ids, gint64, k), c->nomination_id, NULL))
          {
            made++;
            break;
          }
    }
  g_assert_cmpuint (made, ==, n);
  pj_test_iterate ();
}

/* Raises the edition's minimum of jurors by one, so that nominations fall
 * below it, and hands the view the edition read again. */
static void
raise_minimum (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjEdition) fresh = pj_store_get_edition (f->ws, pj_edition_get_id (f->edition),
                                                     &error);

  g_assert_no_error (error);
  pj_edition_set_min_jurors (fresh, pj_edition_get_min_jurors (fresh) + 1);
  pj_store_update_edition (f->ws, fresh, &error);
  g_assert_no_error (error);
  g_set_object (&f->edition, fresh);
  pj_test_iterate ();
  pj_jury_view_set_edition (f->view, fresh);
  pj_test_iterate ();
}

/* }}} */

/* Fixture {{{ */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pj-test-jury-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, "Test Organiser");
  pj_demo_load_examples (f->ws, &error);
  g_assert_no_error (error);
  f->edition = pj_test_find_edition (f->ws, "Förnyelsepriset", 2026);
  g_assert_nonnull (f->edition);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1240, 780);
  f->overlay = adw_toast_overlay_new ();
  f->view = PJ_JURY_VIEW (pj_jury_view_new ());
  g_object_set (f->view, "workspace", f->ws, "edition", f->edition, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (f->overlay), GTK_WIDGET (f->view));
  gtk_window_set_child (GTK_WINDOW (f->window), f->overlay);
  gtk_window_present (GTK_WINDOW (f->window));
  pj_test_wait_ms (100);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  AdwMessageDialog *dialog = pj_jury_view_get_open_dialog (f->view);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (f->window));
  pj_test_iterate ();
  g_clear_object (&f->edition);
  g_assert_finalize_object (f->ws);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* }}} */

/* Tests {{{ */

static void
test_coverage_matches_store (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PjCoverage) coverage = store_coverage (f);
  const char *summary;

  g_assert_cmpstr (pj_jury_view_get_visible_page (f->view), ==, "coverage");
  g_assert_cmpuint (coverage->nominations->len, >, 0);
  g_assert_cmpuint (coverage->jurors->len, >, 0);
  assert_tables_match_store (f);

  /* The summary names how many are below K, and the load's range. */
  summary = gtk_label_get_text (GTK_LABEL (pj_jury_view_get_part (f->view, "summary")));
  {
    guint lo = G_MAXUINT, hi = 0;
    g_autofree char *range = NULL;

    for (guint i = 0; i < coverage->jurors->len; i++)
      {
        guint load = g_array_index (coverage->jurors, PjJurorCoverage, i).load;

        lo = MIN (lo, load);
        hi = MAX (hi, load);
      }
    range = lo == hi ? g_strdup_printf ("%u", hi) : g_strdup_printf ("%u–%u", lo, hi);
    g_assert_nonnull (strstr (summary, range));
  }

  /* After raising K, the tables and the summary follow. */
  raise_minimum (f);
  g_clear_pointer (&coverage, pj_coverage_free);
  coverage = store_coverage (f);
  g_assert_cmpuint (coverage->n_below_k, >, 0);
  assert_tables_match_store (f);
  summary = gtk_label_get_text (GTK_LABEL (pj_jury_view_get_part (f->view, "summary")));
  {
    g_autofree char *count = g_strdup_printf ("%u ", coverage->n_below_k);

    g_assert_true (g_str_has_prefix (summary, count));
  }
}

static void
test_distribute (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PjCoverage) before = NULL;
  g_autoptr(PjCoverage) after = NULL;
  AdwMessageDialog *dialog;
  gint64 timeout_at;

  make_gaps (f, 3);
  before = store_coverage (f);
  g_assert_cmpuint (before->n_below_k, >, 0);

  /* Cancel first: nothing happens. */
  dialog = open_dialog (f, "jury.distribute", NULL);
  respond (dialog, "cancel");
  g_assert_false (pj_jury_view_is_busy (f->view));
  after = store_coverage (f);
  g_assert_cmpuint (after->n_below_k, ==, before->n_below_k);
  g_clear_pointer (&after, pj_coverage_free);

  dialog = open_dialog (f, "jury.distribute", NULL);
  adw_message_dialog_response (dialog, "distribute");
  g_assert_true (pj_jury_view_is_busy (f->view));
  /* A second distribution cannot start while one runs. */
  g_assert_false (gtk_widget_get_sensitive (pj_jury_view_get_part (f->view, "distribute")));

  timeout_at = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (pj_jury_view_is_busy (f->view))
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (g_get_monotonic_time (), <, timeout_at);
    }
  pj_test_iterate ();

  after = store_coverage (f);
  g_assert_cmpuint (after->n_below_k, <, before->n_below_k);
  assert_tables_match_store (f);

  /* What is still short is explained in a dialog; or a toast says all is well. */
  dialog = pj_jury_view_get_open_dialog (f->view);
  if (after->n_below_k > 0)
    {
      GtkWidget *list;

      g_assert_nonnull (dialog);
      list = pj_jury_view_get_part (f->view, "shortfalls");
      g_assert_nonnull (list);
      for (guint i = 0; i < after->n_below_k; i++)
        g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) i));
      g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list),
                                                    (int) after->n_below_k));
      gui_test_save_widget_shot (GTK_WIDGET (dialog), "jury-shortfalls", lang, 300);
      respond (dialog, "close");
    }
  else
    {
      g_assert_null (dialog);
      g_assert_nonnull (pj_jury_view_get_last_toast (f->view));
    }

  /* The distribution is one audit entry on the edition. */
  {
    g_autoptr(GListModel) audit = pj_store_list_audit (f->ws, "edition",
                                                       pj_edition_get_id (f->edition), 1,
                                                       NULL);
    g_autoptr(PjAuditEntry) entry = g_list_model_get_item (audit, 0);

    g_assert_cmpstr (pj_audit_entry_get_action (entry), ==, "distribute");
    g_assert_cmpstr (pj_audit_entry_get_who (entry), ==, "Test Organiser");
  }
}

static void
test_assign_and_unassign (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PjCoverage) coverage = NULL;
  g_autoptr(PjJuror) juror = NULL;
  const PjNominationCoverage *target = NULL;
  gint64 submitted_juror = PJ_NO_ID, submitted_nomination = PJ_NO_ID;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  guint position;

  /* Every juror of the example categories is busy: free one. */
  make_gaps (f, 1);
  coverage = store_coverage (f);

  /* A nomination with a free juror, and a pair with a submitted sheet */
  for (guint i = 0; i < coverage->nominations->len && target == NULL; i++)
    {
      const PjNominationCoverage *c = &g_array_index (coverage->nominations,
                                                      PjNominationCoverage, i);

      juror = free_juror_for (f, c);
      if (juror != NULL)
        target = c;
    }
  g_assert_nonnull (target);
  for (guint i = 0; i < coverage->nominations->len && submitted_juror == PJ_NO_ID; i++)
    {
      const PjNominationCoverage *c = &g_array_index (coverage->nominations,
                                                      PjNominationCoverage, i);
      g_autoptr(GArray) ids = pj_store_list_nomination_assignments (f->ws, c->nomination_id,
                                                                    NULL);

      for (guint k = 0; ids != NULL && k < ids->len; k++)
        {
          g_autoptr(PjScoreSheet) sheet =
            pj_store_get_sheet (f->ws, g_array_index (ids, gint64, k), c->nomination_id, NULL);

          if (sheet != NULL && pj_score_sheet_get_status (sheet) == PJ_SHEET_SUBMITTED
              && pj_score_sheet_get_id (sheet) != PJ_NO_ID)
            {
              submitted_juror = g_array_index (ids, gint64, k);
              submitted_nomination = c->nomination_id;
              break;
            }
        }
    }
  g_assert_cmpint (submitted_juror, !=, PJ_NO_ID);

  /* Assign through the action: the store and the table agree. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.assign", "(xx)",
                                             pj_juror_get_id (juror), target->nomination_id));
  pj_test_iterate ();
  g_assert_true (pj_store_is_assigned (f->ws, pj_juror_get_id (juror), target->nomination_id));
  position = view_position (f, "nominations", target->nomination_id);
  g_assert_cmpuint (position, !=, G_MAXUINT);
  assert_cell_uint (f, "nominations", position, "assigned", target->assigned + 1);

  /* The Assignments page lists the juror with a Remove that works. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.select-nomination",
                                             "x", target->nomination_id));
  pj_test_iterate ();
  g_assert_cmpstr (pj_jury_view_get_visible_page (f->view), ==, "assignments");
  list = pj_jury_view_get_part (f->view, "assigned");
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) target->assigned));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.unassign", "(xx)",
                                             pj_juror_get_id (juror), target->nomination_id));
  pj_test_iterate ();
  g_assert_false (pj_store_is_assigned (f->ws, pj_juror_get_id (juror), target->nomination_id));
  position = view_position (f, "nominations", target->nomination_id);
  assert_cell_uint (f, "nominations", position, "assigned", target->assigned);
  g_assert_null (pj_jury_view_get_open_dialog (f->view));

  /* Through the picker: the free juror is offered and assigned by a click. */
  dialog = open_dialog (f, "jury.assign-juror", NULL);
  list = pj_jury_view_get_part (f->view, "jurors");
  g_assert_nonnull (list);
  {
    GtkWidget *row = NULL;

    for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        gint64 *id = g_object_get_data (G_OBJECT (child), "pj-juror-id");

        if (id != NULL && *id == pj_juror_get_id (juror))
          row = child;
        /* Assigned or conflicted jurors cannot be picked. */
        if (id != NULL && (pj_store_is_assigned (f->ws, *id, target->nomination_id)
                           || pj_store_is_conflicted (f->ws, *id, target->nomination_id)))
          g_assert_false (gtk_widget_get_sensitive (child));
      }
    g_assert_nonnull (row);
    g_assert_true (gtk_widget_get_sensitive (row));
    gtk_widget_activate (row);
    pj_test_iterate ();
  }
  g_assert_null (pj_jury_view_get_open_dialog (f->view));
  g_assert_true (pj_store_is_assigned (f->ws, pj_juror_get_id (juror), target->nomination_id));

  /* Removing a juror whose sheet is submitted is refused, with the reason. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.select-nomination",
                                             "x", submitted_nomination));
  pj_test_iterate ();
  list = pj_jury_view_get_part (f->view, "assigned");
  {
    gboolean found = FALSE;

    for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        gint64 *id = g_object_get_data (G_OBJECT (child), "pj-juror-id");

        if (id != NULL && *id == submitted_juror)
          {
            found = TRUE;
            g_assert_false (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (child),
                                                                         "pj-remove")));
          }
      }
    g_assert_true (found);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.unassign", "(xx)",
                                             submitted_juror, submitted_nomination));
  pj_test_iterate ();
  dialog = pj_jury_view_get_open_dialog (f->view);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "”"));
  g_assert_true (pj_store_is_assigned (f->ws, submitted_juror, submitted_nomination));
  respond (dialog, "close");
}

static void
test_conflict_add_and_lift (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PjCoverage) coverage = store_coverage (f);
  AdwMessageDialog *dialog;
  AdwComboRow *juror_combo, *nomination_combo, *reason_combo;
  GtkWidget *text, *caption;
  const PjJurorCoverage *juror = NULL;
  const PjNominationCoverage *nomination = NULL;
  g_autofree char *first_caption = NULL;
  g_autoptr(PjConflict) conflict = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  guint n_conflicts = pj_jury_view_get_n_rows (f->view, "conflicts");
  gint64 conflict_id = PJ_NO_ID;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.show-page", "s",
                                             "conflicts"));
  g_assert_cmpstr (pj_jury_view_get_visible_page (f->view), ==, "conflicts");

  /* A pair with no conflict */
  for (guint i = 0; i < coverage->jurors->len && nomination == NULL; i++)
    for (guint k = 0; k < coverage->nominations->len && nomination == NULL; k++)
      {
        const PjJurorCoverage *j = &g_array_index (coverage->jurors, PjJurorCoverage, i);
        const PjNominationCoverage *n = &g_array_index (coverage->nominations,
                                                        PjNominationCoverage, k);

        if (pj_store_is_assigned (f->ws, j->juror_id, n->nomination_id)
            && !pj_store_is_conflicted (f->ws, j->juror_id, n->nomination_id))
          {
            juror = j;
            nomination = n;
          }
      }
  g_assert_nonnull (nomination);

  /* Add: "Other" needs a text; the form says so and Add is unavailable. */
  dialog = open_dialog (f, "jury.add-conflict", NULL);
  juror_combo = ADW_COMBO_ROW (pj_jury_view_get_part (f->view, "juror"));
  nomination_combo = ADW_COMBO_ROW (pj_jury_view_get_part (f->view, "nomination"));
  reason_combo = ADW_COMBO_ROW (pj_jury_view_get_part (f->view, "reason"));
  text = pj_jury_view_get_part (f->view, "text");
  caption = pj_jury_view_get_part (f->view, "caption");
  choose (juror_combo, combo_find (juror_combo, juror->name));
  choose (nomination_combo, combo_find (nomination_combo, nomination->title));
  first_caption = g_strdup (gtk_label_get_text (GTK_LABEL (caption)));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  choose (reason_combo, PJ_CONFLICT_REASON_OTHER);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption)), !=, first_caption);
  g_assert_true (gtk_widget_has_css_class (text, "error"));
  gtk_editable_set_text (GTK_EDITABLE (text), "Sits on the project's steering group");
  pj_test_iterate ();
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  gui_test_save_widget_shot (GTK_WIDGET (dialog), "jury-add-conflict", lang, 300);
  respond (dialog, "add");

  g_assert_true (pj_store_is_conflicted (f->ws, juror->juror_id, nomination->nomination_id));
  g_assert_false (pj_store_is_assigned (f->ws, juror->juror_id, nomination->nomination_id));
  g_assert_cmpuint (pj_jury_view_get_n_rows (f->view, "conflicts"), ==, n_conflicts + 1);

  conflicts = pj_store_list_nomination_conflicts (f->ws, nomination->nomination_id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(PjConflict) c = g_list_model_get_item (conflicts, i);

      if (pj_conflict_get_juror_id (c) == juror->juror_id)
        {
          g_assert_cmpint (pj_conflict_get_source (c), ==, PJ_CONFLICT_ORGANISER);
          g_assert_cmpint (pj_conflict_get_reason (c), ==, PJ_CONFLICT_REASON_OTHER);
          g_assert_cmpstr (pj_conflict_get_reason_text (c), ==,
                           "Sits on the project's steering group");
          conflict_id = pj_conflict_get_id (c);
        }
    }
  g_assert_cmpint (conflict_id, !=, PJ_NO_ID);
  {
    guint position = view_position (f, "conflicts", conflict_id);
    g_autofree char *reason = NULL;

    g_assert_cmpuint (position, !=, G_MAXUINT);
    reason = pj_jury_view_dup_cell_text (f->view, "conflicts", position, "reason");
    g_assert_cmpstr (reason, ==, "Sits on the project's steering group");
  }

  /* Lift: impossible without a reason. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.select-conflict", "x",
                                             conflict_id));
  pj_test_iterate ();
  g_assert_true (gtk_widget_get_sensitive (pj_jury_view_get_part (f->view, "lift")));
  dialog = open_dialog (f, "jury.lift-conflict", g_variant_new_int64 (conflict_id));
  text = pj_jury_view_get_part (f->view, "reason");
  caption = pj_jury_view_get_part (f->view, "caption");
  g_assert_true (ADW_IS_ENTRY_ROW (text));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "lift"));
  g_assert_true (gtk_widget_get_visible (caption));
  g_clear_pointer (&first_caption, g_free);
  first_caption = g_strdup (gtk_label_get_text (GTK_LABEL (caption)));
  g_assert_cmpstr (first_caption, !=, "");
  gui_test_save_widget_shot (GTK_WIDGET (dialog), "jury-lift-conflict", lang, 300);

  /* Only spaces are no reason either; forcing the response changes nothing. */
  gtk_editable_set_text (GTK_EDITABLE (text), "   ");
  pj_test_iterate ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "lift"));
  respond (dialog, "lift");
  g_assert_true (pj_store_is_conflicted (f->ws, juror->juror_id, nomination->nomination_id));

  dialog = open_dialog (f, "jury.lift-conflict", g_variant_new_int64 (conflict_id));
  text = pj_jury_view_get_part (f->view, "reason");
  caption = pj_jury_view_get_part (f->view, "caption");
  gtk_editable_set_text (GTK_EDITABLE (text), "Left the steering group in January");
  pj_test_iterate ();
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "lift"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption)), !=, first_caption);
  respond (dialog, "lift");
  g_assert_false (pj_store_is_conflicted (f->ws, juror->juror_id, nomination->nomination_id));

  conflict = pj_store_get_conflict (f->ws, conflict_id, NULL);
  g_assert_true (pj_conflict_get_lifted (conflict));
  g_assert_cmpstr (pj_conflict_get_lifted_reason (conflict), ==,
                   "Left the steering group in January");

  /* The row says so, its Lift is gone, and its history holds both steps. */
  {
    guint position = view_position (f, "conflicts", conflict_id);
    g_autofree char *status = pj_jury_view_dup_cell_text (f->view, "conflicts", position,
                                                          "status");
    GtkWidget *history = pj_jury_view_get_part (f->view, "history");

    g_assert_cmpstr (status, ==, _("Lifted"));
    g_assert_false (gtk_widget_get_sensitive (pj_jury_view_get_part (f->view, "lift")));
    g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (history), 0));
    g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (history), 1));
    g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (history), 2));
  }
  {
    g_autoptr(GListModel) audit = pj_store_list_audit (f->ws, "conflict", conflict_id, 0, NULL);
    g_autoptr(PjAuditEntry) newest = g_list_model_get_item (audit, 0);

    g_assert_cmpuint (g_list_model_get_n_items (audit), ==, 2);
    g_assert_cmpstr (pj_audit_entry_get_action (newest), ==, "lift");
    g_assert_cmpstr (pj_audit_entry_get_new_value (newest), ==,
                     "Left the steering group in January");
  }
}

static void
test_reload_on_change (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PjCoverage) coverage = NULL;
  const PjNominationCoverage *target = NULL;
  g_autoptr(PjJuror) juror = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  /* Every juror of the example categories is busy: free one. */
  make_gaps (f, 1);
  coverage = store_coverage (f);

  for (guint i = 0; i < coverage->nominations->len && target == NULL; i++)
    {
      const PjNominationCoverage *c = &g_array_index (coverage->nominations,
                                                      PjNominationCoverage, i);

      juror = free_juror_for (f, c);
      if (juror != NULL)
        target = c;
    }
  g_assert_nonnull (target);

  /* A change made elsewhere through the store shows without a click. */
  pj_store_assign (f->ws, pj_juror_get_id (juror), target->nomination_id, &error);
  g_assert_no_error (error);
  pj_test_iterate ();
  position = view_position (f, "nominations", target->nomination_id);
  assert_cell_uint (f, "nominations", position, "assigned", target->assigned + 1);
  assert_tables_match_store (f);
}

static void
test_no_edition (Fixture       *f,
                 gconstpointer  data)
{
  pj_jury_view_set_edition (f->view, NULL);
  pj_test_iterate ();
  g_assert_cmpuint (pj_jury_view_get_n_rows (f->view, "nominations"), ==, 0);
  g_assert_cmpuint (pj_jury_view_get_n_rows (f->view, "conflicts"), ==, 0);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.distribute", NULL)
                  && pj_jury_view_get_open_dialog (f->view) != NULL);
  pj_jury_view_set_edition (f->view, f->edition);
  pj_test_iterate ();
  g_assert_cmpuint (pj_jury_view_get_n_rows (f->view, "nominations"), >, 0);
}

/* 10 000 nominations and 200 jurors: the view loads in about a second and
 * distribution runs off the main thread. */
static void
test_large_edition (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) editions = NULL;
  g_autoptr(PjEdition) large = NULL;
  g_autoptr(PjCoverage) after = NULL;
  gint64 start, elapsed, timeout_at;
  AdwMessageDialog *dialog;
  gboolean saw_busy_loop = FALSE;

  pj_demo_generate (f->ws, 10000, 200, 7, &error);
  g_assert_no_error (error);
  editions = pj_store_list_editions (f->ws, PJ_NO_ID, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (editions) && large == NULL; i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);

      if (pj_store_count_nominations (f->ws, pj_edition_get_id (e)) == 10000)
        large = g_steal_pointer (&e);
    }
  g_assert_nonnull (large);
  g_set_object (&f->edition, large);

  start = g_get_monotonic_time ();
  pj_jury_view_set_edition (f->view, large);
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("Loading 10 000 nominations took %" G_GINT64_FORMAT " ms", elapsed / 1000);
  /* Well under a second on an idle machine; the bound leaves room for a
   * loaded one and still catches anything quadratic. */
  g_assert_cmpint (elapsed, <, 8 * G_USEC_PER_SEC);
  assert_tables_match_store (f);

  /* Distribute in its thread: the main loop keeps running meanwhile. */
  dialog = open_dialog (f, "jury.distribute", NULL);
  adw_message_dialog_response (dialog, "distribute");
  g_assert_true (pj_jury_view_is_busy (f->view));
  timeout_at = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (pj_jury_view_is_busy (f->view))
    {
      g_main_context_iteration (NULL, TRUE);
      saw_busy_loop = TRUE;
      g_assert_cmpint (g_get_monotonic_time (), <, timeout_at);
    }
  g_assert_true (saw_busy_loop);
  pj_test_iterate ();
  after = store_coverage (f);
  g_test_message ("%u nominations below K after distribution", after->n_below_k);
  assert_tables_match_store (f);
  dialog = pj_jury_view_get_open_dialog (f->view);
  if (dialog != NULL)
    respond (dialog, "close");
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GListModel) conflicts = NULL;

  /* A little of everything: some nominations below K, a lifted conflict. */
  make_gaps (f, 3);
  gui_test_save_widget_shot (f->overlay, "jury-coverage", lang, 300);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (pj_jury_view_get_part (f->view, "below-k")),
                               TRUE);
  gui_test_save_widget_shot (f->overlay, "jury-coverage-below-k", lang, 300);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (pj_jury_view_get_part (f->view, "below-k")),
                               FALSE);

  /* The first nomination below K, with a juror to pick */
  {
    g_autoptr(PjCoverage) coverage = store_coverage (f);
    gint64 below = PJ_NO_ID;

    for (guint i = 0; i < coverage->nominations->len && below == PJ_NO_ID; i++)
      if (g_array_index (coverage->nominations, PjNominationCoverage, i).below_k)
        below = g_array_index (coverage->nominations, PjNominationCoverage, i).nomination_id;
    g_assert_cmpint (below, !=, PJ_NO_ID);
    gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.select-nomination", "x", below);
  }
  pj_test_iterate ();
  gui_test_save_widget_shot (f->overlay, "jury-assignments", lang, 300);
  {
    AdwMessageDialog *dialog = open_dialog (f, "jury.assign-juror", NULL);

    gui_test_save_widget_shot (GTK_WIDGET (dialog), "jury-assign-juror", lang, 300);
    respond (dialog, "cancel");
  }

  conflicts = pj_store_list_conflicts (f->ws, pj_edition_get_id (f->edition), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), >, 0);
  {
    g_autoptr(PjConflict) first = g_list_model_get_item (conflicts, 0);
    g_autoptr(GError) error = NULL;

    pj_store_lift_conflict (f->ws, first, "Moved to another administration in January",
                            &error);
    g_assert_no_error (error);
    pj_test_iterate ();
    gtk_widget_activate_action (GTK_WIDGET (f->view), "jury.select-conflict", "x",
                                pj_conflict_get_id (first));
    pj_test_iterate ();
  }
  gui_test_save_widget_shot (f->overlay, "jury-conflicts", lang, 300);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  /* LANGUAGE=sv runs the same tests in Swedish, for the Swedish screenshots. */
  lang = gui_test_choose_language ();
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init () sets an English locale; take the one set above. */
  setlocale (LC_ALL, "");
  adw_init ();
  pj_test_bind_textdomain (PJ_TEST_LOCALEDIR);

  g_test_add ("/jury-view/coverage-matches-store", Fixture, NULL,
              fixture_setup, test_coverage_matches_store, fixture_teardown);
  g_test_add ("/jury-view/distribute", Fixture, NULL,
              fixture_setup, test_distribute, fixture_teardown);
  g_test_add ("/jury-view/assign-and-unassign", Fixture, NULL,
              fixture_setup, test_assign_and_unassign, fixture_teardown);
  g_test_add ("/jury-view/conflict-add-and-lift", Fixture, NULL,
              fixture_setup, test_conflict_add_and_lift, fixture_teardown);
  g_test_add ("/jury-view/reload-on-change", Fixture, NULL,
              fixture_setup, test_reload_on_change, fixture_teardown);
  g_test_add ("/jury-view/no-edition", Fixture, NULL,
              fixture_setup, test_no_edition, fixture_teardown);
  /* Speed does not depend on the language: once is enough. */
  if (g_strcmp0 (lang, "en") == 0)
    g_test_add ("/jury-view/large-edition", Fixture, NULL,
                fixture_setup, test_large_edition, fixture_teardown);
  g_test_add ("/jury-view/screenshots", Fixture, NULL,
              fixture_setup, test_screenshots, fixture_teardown);

  return g_test_run ();
}
