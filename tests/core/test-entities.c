/* test-entities.c: the entity objects and the enumerations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-entities"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pj-entity-private.h"
#include "pj-enums.h"

/* Records every "notify" of an object as "name;" so a test can compare the
 * exact sequence of notifications. */
typedef struct
{
  GString *log;
} Notes;

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  Notes *notes = user_data;

  g_string_append_printf (notes->log, "%s;", pspec->name);
}

static Notes *
notes_watch (gpointer object)
{
  Notes *notes = g_new0 (Notes, 1);

  notes->log = g_string_new ("");
  g_signal_connect (object, "notify", G_CALLBACK (on_notify_cb), notes);
  return notes;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Returns what was notified since the last call, sorted by name (GObject
 * may reorder notifications it holds back), and starts over. */
static char *
notes_take (Notes *notes)
{
  g_auto(GStrv) names = g_strsplit (notes->log->str, ";", -1);
  guint n = g_strv_length (names);
  GString *sorted = g_string_new ("");

  /* the last piece is the empty one after the final ";" */
  if (n > 0)
    n--;
  qsort (names, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sorted, "%s;", names[i]);

  g_string_truncate (notes->log, 0);
  return g_string_free (sorted, FALSE);
}

static void
notes_free (Notes *notes)
{
  g_string_free (notes->log, TRUE);
  g_free (notes);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Notes, notes_free)

#define assert_notified(notes, expected)                                       \
  G_STMT_START {                                                               \
    g_autofree char *got_ = notes_take (notes);                                \
    g_assert_cmpstr (got_, ==, (expected));                                    \
  } G_STMT_END

static void
assert_enum_property (GType       object_type,
                      const char *name,
                      GType       enum_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (object_type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
  g_assert_true (pspec->value_type == enum_type);
}

static void
assert_read_only (GType       object_type,
                  const char *name)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (object_type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);

  g_assert_nonnull (pspec);
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
}

/* Award */

static void
test_award (void)
{
  g_autoptr(PjAward) award = pj_award_new ();
  g_autoptr(Notes) notes = notes_watch (award);
  g_autofree char *name = NULL;
  gint64 id = -1;

  g_assert_cmpint (pj_award_get_id (award), ==, PJ_NO_ID);
  g_assert_cmpint (pj_award_get_version (award), ==, 0);
  g_assert_cmpstr (pj_award_get_name (award), ==, "");
  g_assert_cmpstr (pj_award_get_description (award), ==, "");

  pj_award_set_name (award, "Förnyelsepriset");
  assert_notified (notes, "name;");
  pj_award_set_name (award, "Förnyelsepriset");
  assert_notified (notes, "");
  g_assert_cmpstr (pj_award_get_name (award), ==, "Förnyelsepriset");

  g_object_set (award, "description", "Stadens pris för nytänkande", NULL);
  assert_notified (notes, "description;");
  g_object_set (award, "description", "Stadens pris för nytänkande", NULL);
  assert_notified (notes, "");
  g_assert_cmpstr (pj_award_get_description (award), ==, "Stadens pris för nytänkande");

  g_object_get (award, "name", &name, "id", &id, NULL);
  g_assert_cmpstr (name, ==, "Förnyelsepriset");
  g_assert_cmpint (id, ==, PJ_NO_ID);

  /* NULL is stored as "", never as NULL */
  pj_award_set_description (award, NULL);
  assert_notified (notes, "description;");
  g_assert_cmpstr (pj_award_get_description (award), ==, "");
  pj_award_set_description (award, "");
  assert_notified (notes, "");

  pj_award_set_stored (award, 7, 1);
  assert_notified (notes, "id;version;");
  pj_award_set_stored (award, 7, 1);
  assert_notified (notes, "");
  pj_award_set_stored (award, 7, 2);
  assert_notified (notes, "version;");
  g_assert_cmpint (pj_award_get_id (award), ==, 7);
  g_assert_cmpint (pj_award_get_version (award), ==, 2);

  assert_read_only (PJ_TYPE_AWARD, "id");
  assert_read_only (PJ_TYPE_AWARD, "version");
}

/* Edition */

static void
test_edition_defaults (void)
{
  g_autoptr(PjEdition) edition = pj_edition_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *title = NULL;
  g_autofree char *expected_title = NULL;

  g_assert_cmpint (pj_edition_get_id (edition), ==, PJ_NO_ID);
  g_assert_cmpint (pj_edition_get_award_id (edition), ==, PJ_NO_ID);
  g_assert_cmpstr (pj_edition_get_award_name (edition), ==, "");
  g_assert_cmpint (pj_edition_get_year (edition), ==, g_date_time_get_year (now));
  g_assert_cmpint (pj_edition_get_phase (edition), ==, PJ_PHASE_SETUP);
  g_assert_cmpint (pj_edition_get_blind_policy (edition), ==, PJ_BLIND_AFTER_SUBMIT);
  g_assert_cmpint (pj_edition_get_aggregation (edition), ==, PJ_AGGREGATION_MEAN);
  g_assert_cmpfloat (pj_edition_get_disagreement_threshold (edition), ==, 15.0);
  g_assert_cmpint (pj_edition_get_min_jurors (edition), ==, 3);
  g_assert_null (pj_edition_get_nominations_close (edition));
  g_assert_null (pj_edition_get_scoring_close (edition));
  g_assert_null (pj_edition_get_decision_date (edition));

  title = pj_edition_dup_title (edition);
  expected_title = g_strdup_printf ("%d", g_date_time_get_year (now));
  g_assert_cmpstr (title, ==, expected_title);

  assert_enum_property (PJ_TYPE_EDITION, "phase", PJ_TYPE_PHASE);
  assert_enum_property (PJ_TYPE_EDITION, "blind-policy", PJ_TYPE_BLIND_POLICY);
  assert_enum_property (PJ_TYPE_EDITION, "aggregation", PJ_TYPE_AGGREGATION);
  assert_read_only (PJ_TYPE_EDITION, "title");
  assert_read_only (PJ_TYPE_EDITION, "award-name");
}

static void
test_edition_title (void)
{
  g_autoptr(PjEdition) edition = pj_edition_new ();
  g_autoptr(Notes) notes = notes_watch (edition);
  g_autofree char *title = NULL;
  g_autofree char *title_prop = NULL;

  pj_edition_set_year (edition, 2026);
  g_string_truncate (notes->log, 0);

  pj_edition_set_award_name (edition, "Förnyelsepriset");
  assert_notified (notes, "award-name;title;");
  pj_edition_set_award_name (edition, "Förnyelsepriset");
  assert_notified (notes, "");

  title = pj_edition_dup_title (edition);
  g_assert_cmpstr (title, ==, "Förnyelsepriset 2026");

  pj_edition_set_year (edition, 2027);
  assert_notified (notes, "title;year;");
  pj_edition_set_year (edition, 2027);
  assert_notified (notes, "");

  g_object_get (edition, "title", &title_prop, NULL);
  g_assert_cmpstr (title_prop, ==, "Förnyelsepriset 2027");
}

static void
test_edition_round_trip (void)
{
  g_autoptr(PjEdition) edition = pj_edition_new ();
  g_autoptr(Notes) notes = notes_watch (edition);
  PjPhase phase = PJ_PHASE_SETUP;
  PjBlindPolicy blind = PJ_BLIND_NEVER;
  PjAggregation aggregation = PJ_AGGREGATION_MEAN;
  double threshold = 0;
  int min_jurors = 0;
  gint64 award_id = 0;
  g_autofree char *decision = NULL;

  g_object_set (edition,
                "award-id", (gint64) 4,
                "phase", PJ_PHASE_SCORING,
                "blind-policy", PJ_BLIND_ALWAYS,
                "aggregation", PJ_AGGREGATION_Z_SCORE,
                "disagreement-threshold", 20.5,
                "min-jurors", 5,
                "decision-date", "2026-11-30",
                NULL);
  assert_notified (notes, "aggregation;award-id;blind-policy;decision-date;"
                          "disagreement-threshold;min-jurors;phase;");

  g_object_get (edition,
                "award-id", &award_id,
                "phase", &phase,
                "blind-policy", &blind,
                "aggregation", &aggregation,
                "disagreement-threshold", &threshold,
                "min-jurors", &min_jurors,
                "decision-date", &decision,
                NULL);
  g_assert_cmpint (award_id, ==, 4);
  g_assert_cmpint (phase, ==, PJ_PHASE_SCORING);
  g_assert_cmpint (blind, ==, PJ_BLIND_ALWAYS);
  g_assert_cmpint (aggregation, ==, PJ_AGGREGATION_Z_SCORE);
  g_assert_cmpfloat (threshold, ==, 20.5);
  g_assert_cmpint (min_jurors, ==, 5);
  g_assert_cmpstr (decision, ==, "2026-11-30");

  /* the same values again: nothing changes, nothing is announced */
  pj_edition_set_award_id (edition, 4);
  pj_edition_set_phase (edition, PJ_PHASE_SCORING);
  pj_edition_set_blind_policy (edition, PJ_BLIND_ALWAYS);
  pj_edition_set_aggregation (edition, PJ_AGGREGATION_Z_SCORE);
  pj_edition_set_disagreement_threshold (edition, 20.5);
  pj_edition_set_min_jurors (edition, 5);
  pj_edition_set_decision_date (edition, "2026-11-30");
  assert_notified (notes, "");

  pj_edition_set_stored (edition, 12, 3);
  assert_notified (notes, "id;version;");
  g_assert_cmpint (pj_edition_get_id (edition), ==, 12);
  g_assert_cmpint (pj_edition_get_version (edition), ==, 3);
}

static void
test_edition_dates (void)
{
  g_autoptr(PjEdition) edition = pj_edition_new ();
  g_autoptr(Notes) notes = notes_watch (edition);

  pj_edition_set_nominations_close (edition, "2026-03-31");
  pj_edition_set_scoring_close (edition, "2026-09-15");
  assert_notified (notes, "nominations-close;scoring-close;");
  g_assert_cmpstr (pj_edition_get_nominations_close (edition), ==, "2026-03-31");
  g_assert_cmpstr (pj_edition_get_scoring_close (edition), ==, "2026-09-15");

  /* "" means not set, like NULL */
  pj_edition_set_nominations_close (edition, "");
  assert_notified (notes, "nominations-close;");
  g_assert_null (pj_edition_get_nominations_close (edition));
  pj_edition_set_nominations_close (edition, NULL);
  assert_notified (notes, "");

  g_object_set (edition, "scoring-close", NULL, NULL);
  assert_notified (notes, "scoring-close;");
  g_assert_null (pj_edition_get_scoring_close (edition));
  pj_edition_set_decision_date (edition, "");
  assert_notified (notes, "");
  g_assert_null (pj_edition_get_decision_date (edition));
}

/* Category */

static void
test_category (void)
{
  g_autoptr(PjCategory) category = pj_category_new ();
  g_autoptr(Notes) notes = notes_watch (category);
  PjAwardMode mode = PJ_AWARD_MODE_TOP_N;
  g_autofree char *prize = NULL;
  int position = -1;

  g_assert_cmpstr (pj_category_get_name (category), ==, "");
  g_assert_cmpstr (pj_category_get_description (category), ==, "");
  g_assert_cmpstr (pj_category_get_prize (category), ==, "");
  g_assert_cmpint (pj_category_get_award_mode (category), ==, PJ_AWARD_MODE_TOP_N);
  g_assert_cmpint (pj_category_get_winners (category), ==, 1);
  g_assert_cmpint (pj_category_get_honourable_mentions (category), ==, 2);
  g_assert_cmpfloat (pj_category_get_threshold (category), ==, 70.0);
  g_assert_cmpint (pj_category_get_position (category), ==, 0);
  assert_enum_property (PJ_TYPE_CATEGORY, "award-mode", PJ_TYPE_AWARD_MODE);
  assert_read_only (PJ_TYPE_CATEGORY, "position");

  pj_category_set_edition_id (category, 3);
  pj_category_set_name (category, "Äldreomsorg");
  pj_category_set_description (category, "Vård och omsorg om äldre");
  pj_category_set_award_mode (category, PJ_AWARD_MODE_THRESHOLD);
  pj_category_set_winners (category, 2);
  pj_category_set_honourable_mentions (category, 0);
  pj_category_set_threshold (category, 80.0);
  pj_category_set_prize (category, "50 000 kronor");
  assert_notified (notes, "award-mode;description;edition-id;honourable-mentions;"
                          "name;prize;threshold;winners;");

  pj_category_set_edition_id (category, 3);
  pj_category_set_name (category, "Äldreomsorg");
  pj_category_set_description (category, "Vård och omsorg om äldre");
  pj_category_set_award_mode (category, PJ_AWARD_MODE_THRESHOLD);
  pj_category_set_winners (category, 2);
  pj_category_set_honourable_mentions (category, 0);
  pj_category_set_threshold (category, 80.0);
  pj_category_set_prize (category, "50 000 kronor");
  assert_notified (notes, "");

  g_object_get (category, "award-mode", &mode, "prize", &prize, NULL);
  g_assert_cmpint (mode, ==, PJ_AWARD_MODE_THRESHOLD);
  g_assert_cmpstr (prize, ==, "50 000 kronor");
  g_assert_cmpint (pj_category_get_edition_id (category), ==, 3);
  g_assert_cmpint (pj_category_get_winners (category), ==, 2);
  g_assert_cmpint (pj_category_get_honourable_mentions (category), ==, 0);
  g_assert_cmpfloat (pj_category_get_threshold (category), ==, 80.0);

  pj_category_set_position (category, 2);
  assert_notified (notes, "position;");
  pj_category_set_position (category, 2);
  assert_notified (notes, "");
  g_object_get (category, "position", &position, NULL);
  g_assert_cmpint (position, ==, 2);

  pj_category_set_stored (category, 9, 1);
  assert_notified (notes, "id;version;");
  g_assert_cmpint (pj_category_get_id (category), ==, 9);
}

/* Criterion */

static void
test_criterion_defaults (void)
{
  g_autoptr(PjCriterion) criterion = pj_criterion_new ();
  g_auto(GStrv) labels = NULL;
  guint n_ids = 99;

  g_assert_cmpstr (pj_criterion_get_name (criterion), ==, "");
  g_assert_cmpstr (pj_criterion_get_description (criterion), ==, "");
  g_assert_cmpfloat (pj_criterion_get_weight (criterion), ==, 1.0);
  g_assert_cmpint (pj_criterion_get_scale_min (criterion), ==, 1);
  g_assert_cmpint (pj_criterion_get_scale_max (criterion), ==, 5);
  g_assert_true (pj_criterion_get_required (criterion));
  g_assert_cmpint (pj_criterion_get_position (criterion), ==, 0);

  g_assert_cmpuint (g_strv_length ((GStrv) pj_criterion_get_labels (criterion)), ==, 5);
  for (int v = 1; v <= 5; v++)
    g_assert_cmpstr (pj_criterion_get_label (criterion, v), ==, "");

  g_object_get (criterion, "labels", &labels, NULL);
  g_assert_cmpuint (g_strv_length (labels), ==, 5);

  pj_criterion_get_category_ids (criterion, &n_ids);
  g_assert_cmpuint (n_ids, ==, 0);
  g_assert_true (pj_criterion_applies_to (criterion, 1));

  assert_read_only (PJ_TYPE_CRITERION, "scale-min");
  assert_read_only (PJ_TYPE_CRITERION, "scale-max");
  assert_read_only (PJ_TYPE_CRITERION, "position");
}

static void
test_criterion_round_trip (void)
{
  g_autoptr(PjCriterion) criterion = pj_criterion_new ();
  g_autoptr(Notes) notes = notes_watch (criterion);
  double weight = 0;
  gboolean required = TRUE;
  g_autofree char *name = NULL;

  g_object_set (criterion,
                "edition-id", (gint64) 2,
                "name", "Nyhetsgrad",
                "description", "Hur nytt är det?",
                "weight", 2.0,
                "required", FALSE,
                NULL);
  assert_notified (notes, "description;edition-id;name;required;weight;");

  g_object_set (criterion,
                "edition-id", (gint64) 2,
                "name", "Nyhetsgrad",
                "description", "Hur nytt är det?",
                "weight", 2.0,
                "required", FALSE,
                NULL);
  assert_notified (notes, "");

  g_object_get (criterion, "name", &name, "weight", &weight, "required", &required, NULL);
  g_assert_cmpstr (name, ==, "Nyhetsgrad");
  g_assert_cmpfloat (weight, ==, 2.0);
  g_assert_false (required);
  g_assert_cmpint (pj_criterion_get_edition_id (criterion), ==, 2);
  g_assert_cmpstr (pj_criterion_get_description (criterion), ==, "Hur nytt är det?");

  /* weight 0 is allowed: shown but not counted */
  pj_criterion_set_weight (criterion, 0.0);
  assert_notified (notes, "weight;");
  g_assert_cmpfloat (pj_criterion_get_weight (criterion), ==, 0.0);

  pj_criterion_set_position (criterion, 4);
  assert_notified (notes, "position;");
  g_assert_cmpint (pj_criterion_get_position (criterion), ==, 4);

  pj_criterion_set_stored (criterion, 21, 5);
  assert_notified (notes, "id;version;");
  g_assert_cmpint (pj_criterion_get_id (criterion), ==, 21);
  g_assert_cmpint (pj_criterion_get_version (criterion), ==, 5);
}

static void
test_criterion_labels (void)
{
  g_autoptr(PjCriterion) criterion = pj_criterion_new ();
  g_autoptr(Notes) notes = notes_watch (criterion);
  const char *short_labels[] = { "Svag", "Godtagbar", NULL };
  const char *long_labels[] = { "1", "2", "3", "4", "5", "6", "7", NULL };
  const char * const *labels;

  pj_criterion_set_label (criterion, 1, "Inget nytt");
  assert_notified (notes, "labels;");
  pj_criterion_set_label (criterion, 1, "Inget nytt");
  assert_notified (notes, "");
  g_assert_cmpstr (pj_criterion_get_label (criterion, 1), ==, "Inget nytt");
  g_assert_cmpstr (pj_criterion_get_labels (criterion)[0], ==, "Inget nytt");

  /* out of the scale: "" */
  g_assert_cmpstr (pj_criterion_get_label (criterion, 0), ==, "");
  g_assert_cmpstr (pj_criterion_get_label (criterion, 6), ==, "");
  g_assert_cmpstr (pj_criterion_get_label (criterion, -100), ==, "");

  /* a label array given whole is fitted to the scale */
  g_object_set (criterion, "labels", short_labels, NULL);
  assert_notified (notes, "labels;");
  labels = pj_criterion_get_labels (criterion);
  g_assert_cmpuint (g_strv_length ((GStrv) labels), ==, 5);
  g_assert_cmpstr (labels[0], ==, "Svag");
  g_assert_cmpstr (labels[1], ==, "Godtagbar");
  g_assert_cmpstr (labels[2], ==, "");
  g_assert_cmpstr (labels[4], ==, "");

  g_object_set (criterion, "labels", long_labels, NULL);
  labels = pj_criterion_get_labels (criterion);
  g_assert_cmpuint (g_strv_length ((GStrv) labels), ==, 5);
  g_assert_cmpstr (labels[4], ==, "5");
  g_object_set (criterion, "labels", long_labels, NULL);
  assert_notified (notes, "labels;");

  g_object_set (criterion, "labels", NULL, NULL);
  assert_notified (notes, "labels;");
  g_assert_cmpuint (g_strv_length ((GStrv) pj_criterion_get_labels (criterion)), ==, 5);
  g_assert_cmpstr (pj_criterion_get_label (criterion, 3), ==, "");

  pj_criterion_set_label (criterion, 5, NULL);
  assert_notified (notes, "");
}

static void
test_criterion_scale (void)
{
  g_autoptr(PjCriterion) criterion = pj_criterion_new ();
  g_autoptr(Notes) notes = notes_watch (criterion);
  const char * const *labels;

  pj_criterion_set_label (criterion, 1, "a");
  pj_criterion_set_label (criterion, 2, "b");
  pj_criterion_set_label (criterion, 3, "c");
  pj_criterion_set_label (criterion, 4, "d");
  pj_criterion_set_label (criterion, 5, "e");
  g_string_truncate (notes->log, 0);

  /* 1..5 -> 3..7: the labels of 3, 4 and 5 stay with their values */
  pj_criterion_set_scale (criterion, 3, 7);
  assert_notified (notes, "labels;scale-max;scale-min;");
  g_assert_cmpint (pj_criterion_get_scale_min (criterion), ==, 3);
  g_assert_cmpint (pj_criterion_get_scale_max (criterion), ==, 7);
  labels = pj_criterion_get_labels (criterion);
  g_assert_cmpuint (g_strv_length ((GStrv) labels), ==, 5);
  g_assert_cmpstr (pj_criterion_get_label (criterion, 3), ==, "c");
  g_assert_cmpstr (pj_criterion_get_label (criterion, 4), ==, "d");
  g_assert_cmpstr (pj_criterion_get_label (criterion, 5), ==, "e");
  g_assert_cmpstr (pj_criterion_get_label (criterion, 6), ==, "");
  g_assert_cmpstr (pj_criterion_get_label (criterion, 7), ==, "");
  g_assert_cmpstr (pj_criterion_get_label (criterion, 2), ==, "");

  pj_criterion_set_scale (criterion, 3, 7);
  assert_notified (notes, "");

  /* widen: 0..10, nothing lost */
  pj_criterion_set_scale (criterion, 0, 10);
  assert_notified (notes, "labels;scale-max;scale-min;");
  labels = pj_criterion_get_labels (criterion);
  g_assert_cmpuint (g_strv_length ((GStrv) labels), ==, 11);
  g_assert_cmpstr (labels[0], ==, "");
  g_assert_cmpstr (labels[3], ==, "c");
  g_assert_cmpstr (labels[5], ==, "e");
  g_assert_cmpstr (labels[10], ==, "");

  /* only the top moves */
  pj_criterion_set_scale (criterion, 0, 4);
  assert_notified (notes, "labels;scale-max;");
  labels = pj_criterion_get_labels (criterion);
  g_assert_cmpuint (g_strv_length ((GStrv) labels), ==, 5);
  g_assert_cmpstr (labels[4], ==, "d");
  g_assert_cmpstr (pj_criterion_get_label (criterion, 5), ==, "");

  /* narrow past every label: all empty, but still one per step */
  pj_criterion_set_scale (criterion, 50, 52);
  labels = pj_criterion_get_labels (criterion);
  g_assert_cmpuint (g_strv_length ((GStrv) labels), ==, 3);
  for (guint i = 0; labels[i] != NULL; i++)
    g_assert_cmpstr (labels[i], ==, "");

  /* the widest scale */
  pj_criterion_set_scale (criterion, 0, 100);
  g_assert_cmpuint (g_strv_length ((GStrv) pj_criterion_get_labels (criterion)), ==, 101);
}

static void
test_criterion_scale_invalid (void)
{
  g_autoptr(PjCriterion) criterion = pj_criterion_new ();

  /* a bad scale is refused and leaves the criterion as it was */
  g_test_expect_message ("pj-criterion", G_LOG_LEVEL_CRITICAL, "*min < max*");
  pj_criterion_set_scale (criterion, 5, 5);
  g_test_assert_expected_messages ();

  g_test_expect_message ("pj-criterion", G_LOG_LEVEL_CRITICAL, "*max <= 100*");
  pj_criterion_set_scale (criterion, 0, 101);
  g_test_assert_expected_messages ();

  g_assert_cmpint (pj_criterion_get_scale_min (criterion), ==, 1);
  g_assert_cmpint (pj_criterion_get_scale_max (criterion), ==, 5);
  g_assert_cmpuint (g_strv_length ((GStrv) pj_criterion_get_labels (criterion)), ==, 5);
}

static void
test_criterion_category_ids (void)
{
  g_autoptr(PjCriterion) criterion = pj_criterion_new ();
  const gint64 given[] = { 9, 2, 5, 2, 9, 9, 1 };
  const gint64 *ids;
  guint n_ids = 0;

  pj_criterion_set_category_ids (criterion, given, G_N_ELEMENTS (given));
  ids = pj_criterion_get_category_ids (criterion, &n_ids);
  g_assert_cmpuint (n_ids, ==, 4);
  g_assert_cmpint (ids[0], ==, 1);
  g_assert_cmpint (ids[1], ==, 2);
  g_assert_cmpint (ids[2], ==, 5);
  g_assert_cmpint (ids[3], ==, 9);

  g_assert_true (pj_criterion_applies_to (criterion, 1));
  g_assert_true (pj_criterion_applies_to (criterion, 5));
  g_assert_true (pj_criterion_applies_to (criterion, 9));
  g_assert_false (pj_criterion_applies_to (criterion, 3));
  g_assert_false (pj_criterion_applies_to (criterion, 10));

  /* empty: the whole edition */
  pj_criterion_set_category_ids (criterion, NULL, 0);
  pj_criterion_get_category_ids (criterion, &n_ids);
  g_assert_cmpuint (n_ids, ==, 0);
  g_assert_true (pj_criterion_applies_to (criterion, 3));
}

/* Unit */

static void
test_unit (void)
{
  g_autoptr(PjUnit) unit = pj_unit_new ();
  g_autoptr(Notes) notes = notes_watch (unit);
  PjUnitType type = PJ_UNIT_FORVALTNING;
  gint64 parent_id = 0;

  g_assert_cmpstr (pj_unit_get_name (unit), ==, "");
  g_assert_cmpint (pj_unit_get_unit_type (unit), ==, PJ_UNIT_FORVALTNING);
  g_assert_cmpint (pj_unit_get_parent_id (unit), ==, PJ_NO_ID);
  assert_enum_property (PJ_TYPE_UNIT, "unit-type", PJ_TYPE_UNIT_TYPE);

  g_object_set (unit,
                "name", "Södermalms stadsdelsförvaltning",
                "unit-type", PJ_UNIT_STADSDELSFORVALTNING,
                "parent-id", (gint64) 3,
                NULL);
  assert_notified (notes, "name;parent-id;unit-type;");
  pj_unit_set_name (unit, "Södermalms stadsdelsförvaltning");
  pj_unit_set_unit_type (unit, PJ_UNIT_STADSDELSFORVALTNING);
  pj_unit_set_parent_id (unit, 3);
  assert_notified (notes, "");

  g_object_get (unit, "unit-type", &type, "parent-id", &parent_id, NULL);
  g_assert_cmpint (type, ==, PJ_UNIT_STADSDELSFORVALTNING);
  g_assert_cmpint (parent_id, ==, 3);
  g_assert_cmpstr (pj_unit_get_name (unit), ==, "Södermalms stadsdelsförvaltning");

  pj_unit_set_parent_id (unit, PJ_NO_ID);
  assert_notified (notes, "parent-id;");

  pj_unit_set_stored (unit, 30, 2);
  assert_notified (notes, "id;version;");
  g_assert_cmpint (pj_unit_get_id (unit), ==, 30);
  g_assert_cmpint (pj_unit_get_version (unit), ==, 2);
}

/* Juror */

static void
test_juror (void)
{
  g_autoptr(PjJuror) juror = pj_juror_new ();
  g_autoptr(Notes) notes = notes_watch (juror);
  const gint64 given[] = { 4, 4, 3 };
  const gint64 *ids;
  guint n_ids = 99;
  PjJurorRole role = PJ_ROLE_MEMBER;

  g_assert_cmpstr (pj_juror_get_name (juror), ==, "");
  g_assert_cmpstr (pj_juror_get_email (juror), ==, "");
  g_assert_cmpint (pj_juror_get_unit_id (juror), ==, PJ_NO_ID);
  g_assert_cmpint (pj_juror_get_role (juror), ==, PJ_ROLE_MEMBER);
  pj_juror_get_category_ids (juror, &n_ids);
  g_assert_cmpuint (n_ids, ==, 0);
  assert_enum_property (PJ_TYPE_JUROR, "role", PJ_TYPE_JUROR_ROLE);

  g_object_set (juror,
                "edition-id", (gint64) 1,
                "name", "Karin Lindqvist",
                "email", "karin.lindqvist@stockholm.se",
                "unit-id", (gint64) 8,
                "role", PJ_ROLE_CHAIR,
                NULL);
  assert_notified (notes, "edition-id;email;name;role;unit-id;");
  pj_juror_set_edition_id (juror, 1);
  pj_juror_set_name (juror, "Karin Lindqvist");
  pj_juror_set_email (juror, "karin.lindqvist@stockholm.se");
  pj_juror_set_unit_id (juror, 8);
  pj_juror_set_role (juror, PJ_ROLE_CHAIR);
  assert_notified (notes, "");

  g_object_get (juror, "role", &role, NULL);
  g_assert_cmpint (role, ==, PJ_ROLE_CHAIR);
  g_assert_cmpint (pj_juror_get_edition_id (juror), ==, 1);
  g_assert_cmpint (pj_juror_get_unit_id (juror), ==, 8);
  g_assert_cmpstr (pj_juror_get_email (juror), ==, "karin.lindqvist@stockholm.se");

  pj_juror_set_email (juror, NULL);
  assert_notified (notes, "email;");
  g_assert_cmpstr (pj_juror_get_email (juror), ==, "");

  pj_juror_set_category_ids (juror, given, G_N_ELEMENTS (given));
  ids = pj_juror_get_category_ids (juror, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (ids[0], ==, 3);
  g_assert_cmpint (ids[1], ==, 4);

  pj_juror_set_stored (juror, 15, 1);
  assert_notified (notes, "id;version;");
  g_assert_cmpint (pj_juror_get_id (juror), ==, 15);
}

/* Audit entry */

static void
test_audit_entry (void)
{
  g_autoptr(PjAuditEntry) entry =
    pj_audit_entry_new_full (42, "2026-11-29T18:55:31Z", "Karin Lindqvist", "update",
                             "category", 9, "name", "Skola", "Grundskola");
  g_autoptr(PjAuditEntry) created =
    pj_audit_entry_new_full (43, "2026-11-29T18:56:00Z", "Karin Lindqvist", "create",
                             "award", 1, NULL, NULL, NULL);
  g_autofree char *who = NULL;
  g_autofree char *new_value = NULL;
  gint64 entity_id = 0;

  g_assert_cmpint (pj_audit_entry_get_id (entry), ==, 42);
  g_assert_cmpstr (pj_audit_entry_get_at (entry), ==, "2026-11-29T18:55:31Z");
  g_assert_cmpstr (pj_audit_entry_get_who (entry), ==, "Karin Lindqvist");
  g_assert_cmpstr (pj_audit_entry_get_action (entry), ==, "update");
  g_assert_cmpstr (pj_audit_entry_get_entity (entry), ==, "category");
  g_assert_cmpint (pj_audit_entry_get_entity_id (entry), ==, 9);
  g_assert_cmpstr (pj_audit_entry_get_field (entry), ==, "name");
  g_assert_cmpstr (pj_audit_entry_get_old_value (entry), ==, "Skola");
  g_assert_cmpstr (pj_audit_entry_get_new_value (entry), ==, "Grundskola");

  g_object_get (entry, "who", &who, "entity-id", &entity_id, "new-value", &new_value, NULL);
  g_assert_cmpstr (who, ==, "Karin Lindqvist");
  g_assert_cmpint (entity_id, ==, 9);
  g_assert_cmpstr (new_value, ==, "Grundskola");

  g_assert_null (pj_audit_entry_get_field (created));
  g_assert_null (pj_audit_entry_get_old_value (created));
  g_assert_null (pj_audit_entry_get_new_value (created));

  assert_read_only (PJ_TYPE_AUDIT_ENTRY, "who");
  assert_read_only (PJ_TYPE_AUDIT_ENTRY, "new-value");
}

/* Enumerations */

typedef const char *(*ToString) (int value);
typedef gboolean    (*FromString) (const char *s, int *out);
typedef const char *(*ToLabel) (int value);

typedef struct
{
  const char  *name;
  int          n_values;
  ToString     to_string;
  FromString   from_string;
  ToLabel      to_label;
  GType      (*get_type) (void);
  const char  *stored[8];
} EnumCase;

#define ENUM_CASE(prefix, N, get_type_func, ...)                               \
  { #prefix, N,                                                                \
    (ToString) pj_ ## prefix ## _to_string,                                    \
    (FromString) pj_ ## prefix ## _from_string,                                \
    (ToLabel) pj_ ## prefix ## _to_label,                                      \
    get_type_func,                                                             \
    { __VA_ARGS__ } }

static const EnumCase enum_cases[] = {
  ENUM_CASE (phase, PJ_N_PHASES, pj_phase_get_type,
             "setup", "nominations", "scoring", "deliberation", "decided", "published"),
  ENUM_CASE (blind_policy, PJ_N_BLIND_POLICIES, pj_blind_policy_get_type,
             "never", "after-submit", "always"),
  ENUM_CASE (aggregation, PJ_N_AGGREGATIONS, pj_aggregation_get_type,
             "mean", "median", "trimmed-mean", "z-score"),
  ENUM_CASE (award_mode, PJ_N_AWARD_MODES, pj_award_mode_get_type,
             "top-n", "threshold"),
  ENUM_CASE (unit_type, PJ_N_UNIT_TYPES, pj_unit_type_get_type,
             "forvaltning", "stadsdelsforvaltning", "bolag", "extern-utforare"),
  ENUM_CASE (juror_role, PJ_N_JUROR_ROLES, pj_juror_role_get_type,
             "member", "examiner", "chair"),
  ENUM_CASE (innovation_class, PJ_N_INNOVATION_CLASSES, pj_innovation_class_get_type,
             NULL, "innovation", "forbattring", "gott-exempel"),
  ENUM_CASE (nomination_status, PJ_N_NOMINATION_STATUSES, NULL,
             "draft", "submitted", "eligible", "ineligible", "withdrawn"),
  ENUM_CASE (substrategy, PJ_N_SUBSTRATEGIES, NULL,
             "governance", "tools", "knowledge", "leadership", "meeting-places",
             "procurement"),
  ENUM_CASE (sheet_status, PJ_N_SHEET_STATUSES, NULL,
             "draft", "submitted", "abstained"),
};

static void
test_enum_round_trip (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (enum_cases); c++)
    {
      const EnumCase *ec = &enum_cases[c];
      g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

      g_test_message ("%s", ec->name);

      for (int v = 0; v < ec->n_values; v++)
        {
          const char *s = ec->to_string (v);
          const char *label = ec->to_label (v);
          int out = -1;

          g_assert_cmpstr (s, ==, ec->stored[v]);
          g_assert_true (ec->from_string (s, &out));
          g_assert_cmpint (out, ==, v);

          /* every value has its own, non-empty label */
          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
          g_assert_false (g_hash_table_contains (labels, label));
          g_hash_table_add (labels, (gpointer) label);

          /* the GType's nick is the stored name (NONE has "none") */
          if (ec->get_type != NULL)
            {
              g_autoptr(GEnumClass) klass = g_type_class_ref (ec->get_type ());
              GEnumValue *ev = g_enum_get_value (klass, v);

              g_assert_nonnull (ev);
              g_assert_cmpstr (ev->value_nick, ==, s != NULL ? s : "none");
              g_assert_cmpint (klass->n_values, ==, ec->n_values);
            }
        }
    }
}

static void
test_enum_unknown (void)
{
  static const char *unknown[] = {
    "bogus", "Setup", "SCORING", " mean", "mean ", "top_n", "förvaltning",
    "z_score", "after submit", "none", "0",
  };

  for (guint c = 0; c < G_N_ELEMENTS (enum_cases); c++)
    {
      const EnumCase *ec = &enum_cases[c];

      for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
        {
          int out = 1234;

          g_assert_false (ec->from_string (unknown[i], &out));
          g_assert_cmpint (out, ==, 1234);
        }

      /* only the innovation class reads an absent value (as "not stated") */
      if (ec->stored[0] != NULL)
        {
          int out = 1234;

          g_assert_false (ec->from_string (NULL, &out));
          g_assert_false (ec->from_string ("", &out));
          g_assert_cmpint (out, ==, 1234);
        }
    }
}

static void
test_innovation_class_none (void)
{
  PjInnovationClass klass = PJ_CLASS_GOTT_EXEMPEL;

  g_assert_null (pj_innovation_class_to_string (PJ_CLASS_NONE));
  g_assert_true (pj_innovation_class_from_string (NULL, &klass));
  g_assert_cmpint (klass, ==, PJ_CLASS_NONE);

  klass = PJ_CLASS_INNOVATION;
  g_assert_true (pj_innovation_class_from_string ("", &klass));
  g_assert_cmpint (klass, ==, PJ_CLASS_NONE);
}

static void
test_enum_labels (void)
{
  /* the English source strings the UI shows */
  g_assert_cmpstr (pj_phase_to_label (PJ_PHASE_SCORING), ==, "Scoring");
  g_assert_cmpstr (pj_blind_policy_to_label (PJ_BLIND_NEVER), ==, "Never");
  g_assert_cmpstr (pj_blind_policy_to_label (PJ_BLIND_AFTER_SUBMIT), ==,
                   "After submitting own scores");
  g_assert_cmpstr (pj_blind_policy_to_label (PJ_BLIND_ALWAYS), ==, "Always");
  g_assert_cmpstr (pj_unit_type_to_label (PJ_UNIT_FORVALTNING), ==, "Administration");
  g_assert_cmpstr (pj_unit_type_to_label (PJ_UNIT_STADSDELSFORVALTNING), ==,
                   "District administration");
  g_assert_cmpstr (pj_unit_type_to_label (PJ_UNIT_BOLAG), ==, "Municipal company");
  g_assert_cmpstr (pj_unit_type_to_label (PJ_UNIT_EXTERN_UTFORARE), ==, "Contracted provider");
  g_assert_cmpstr (pj_juror_role_to_label (PJ_ROLE_MEMBER), ==, "Jury member");
  g_assert_cmpstr (pj_juror_role_to_label (PJ_ROLE_EXAMINER), ==, "Examiner");
  g_assert_cmpstr (pj_juror_role_to_label (PJ_ROLE_CHAIR), ==, "Chair");
  g_assert_cmpstr (pj_innovation_class_to_label (PJ_CLASS_NONE), ==, "Not stated");
  g_assert_cmpstr (pj_innovation_class_to_label (PJ_CLASS_INNOVATION), ==, "Innovation");
  g_assert_cmpstr (pj_innovation_class_to_label (PJ_CLASS_FORBATTRING), ==,
                   "Continuous improvement");
  g_assert_cmpstr (pj_innovation_class_to_label (PJ_CLASS_GOTT_EXEMPEL), ==, "Good practice");
  g_assert_cmpstr (pj_substrategy_to_label (PJ_SUBSTRATEGY_KNOWLEDGE), ==, "Staff knowledge");
  g_assert_cmpstr (pj_substrategy_to_label (PJ_SUBSTRATEGY_MEETING_PLACES), ==,
                   "Meeting places and collaboration");
  g_assert_cmpstr (pj_substrategy_to_label (PJ_SUBSTRATEGY_PROCUREMENT), ==,
                   "Innovative procurement");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/entities/award", test_award);
  g_test_add_func ("/entities/edition/defaults", test_edition_defaults);
  g_test_add_func ("/entities/edition/title", test_edition_title);
  g_test_add_func ("/entities/edition/round-trip", test_edition_round_trip);
  g_test_add_func ("/entities/edition/dates", test_edition_dates);
  g_test_add_func ("/entities/category", test_category);
  g_test_add_func ("/entities/criterion/defaults", test_criterion_defaults);
  g_test_add_func ("/entities/criterion/round-trip", test_criterion_round_trip);
  g_test_add_func ("/entities/criterion/labels", test_criterion_labels);
  g_test_add_func ("/entities/criterion/scale", test_criterion_scale);
  g_test_add_func ("/entities/criterion/scale-invalid", test_criterion_scale_invalid);
  g_test_add_func ("/entities/criterion/category-ids", test_criterion_category_ids);
  g_test_add_func ("/entities/unit", test_unit);
  g_test_add_func ("/entities/juror", test_juror);
  g_test_add_func ("/entities/audit-entry", test_audit_entry);
  g_test_add_func ("/enums/round-trip", test_enum_round_trip);
  g_test_add_func ("/enums/unknown", test_enum_unknown);
  g_test_add_func ("/enums/innovation-class-none", test_innovation_class_none);
  g_test_add_func ("/enums/labels", test_enum_labels);

  return g_test_run ();
}
