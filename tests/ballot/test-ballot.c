/* test-ballot.c: offline ballot files — export, the offline session,
 * signing and import, with the hostile files of tests/data/ballot/
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every hostile file must be rejected by pj_ballot_import_plan () with
 * PJ_ERROR_INVALID and a message that starts with the file's name, within
 * HOSTILE_MAX_USEC, without opening our secret file (an inotify watch) or
 * connecting to our listener, and without changing a byte of the
 * workspace (a dump of every table before and after).
 */
#define G_LOG_DOMAIN "test-ballot"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#ifdef __linux__
#include <sys/inotify.h>
#endif

#include "pj-nomination.h"
#include "pj-store-nomination.h"

#include "ballot-test-util.h"

#define HOSTILE_MAX_USEC (2 * G_USEC_PER_SEC)
#define SECRET "PRISJURY-BALLOT-SECRET-4711"

/* Helpers */

static GFile *
fixture_file (Fixture    *f,
              const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  return g_file_new_for_path (path);
}

static char *
read_text (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_load_contents (file, NULL, &data, NULL, NULL, &error);
  g_assert_no_error (error);
  return data;
}

static void
write_text (GFile      *file,
            const char *text,
            gssize      len)
{
  g_autoptr(GError) error = NULL;

  g_file_replace_contents (file, text, len < 0 ? strlen (text) : (gsize) len, NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
}

static GFile *
export_juror (Fixture    *f,
              gint64      juror_id,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  GFile *file = fixture_file (f, name);

  pj_ballot_export (f->ws, f->edition_id, juror_id, file, &error);
  g_assert_no_error (error);
  return file;
}

static guint
file_mode (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* Elements named @name anywhere under @node (in document order). */
static void
collect (xmlNode    *node,
         const char *name,
         GPtrArray  *out)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (n->name, BAD_CAST name))
        g_ptr_array_add (out, n);
      collect (n->children, name, out);
    }
}

static gint64
prop_int (xmlNode    *node,
          const char *name)
{
  xmlChar *v = xmlGetNoNsProp (node, BAD_CAST name);
  gint64 value = v != NULL ? g_ascii_strtoll ((const char *) v, NULL, 10) : PJ_NO_ID;

  xmlFree (v);
  return value;
}

static gboolean
has_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *v = xmlGetNoNsProp (node, BAD_CAST name);

  xmlFree (v);
  return v != NULL;
}

/* The juror's queue: nomination id -> category id. */
static GHashTable *
queue_of (PjWorkspace *ws,
          gint64       juror_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) queue = pj_store_list_juror_queue (ws, juror_id, &error);
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (queue); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, i);

      g_hash_table_insert (ids, g_memdup2 (&(gint64) { pj_queue_item_get_nomination_id (item) },
                                           sizeof (gint64)),
                           g_memdup2 (&(gint64) { pj_queue_item_get_category_id (item) },
                                      sizeof (gint64)));
    }
  return ids;
}

static gint64
category_of (GHashTable *queue,
             gint64      nomination_id)
{
  gint64 *category = g_hash_table_lookup (queue, &nomination_id);

  g_assert_nonnull (category);
  return *category;
}

/* Opens @file offline, scores every nomination with @value (the first one
 * submitted, the rest drafts), and submits the ballot. */
static void
score_offline_and_submit (Fixture *f,
                          GFile   *file,
                          int      value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjBallotSession) session = pj_ballot_session_open (file, &error);
  g_autoptr(GHashTable) queue = NULL;
  g_autoptr(GListModel) items = NULL;
  PjWorkspace *tmp;

  g_assert_no_error (error);
  tmp = pj_ballot_session_get_workspace (session);
  queue = queue_of (tmp, f->juror_id);
  items = pj_store_list_juror_queue (tmp, f->juror_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (items, i);

      if (pj_queue_item_is_done (item))
        continue;
      score_in_session (tmp, f->edition_id, f->juror_id, pj_queue_item_get_nomination_id (item),
                        pj_queue_item_get_category_id (item), value, i == 0);
    }
  pj_ballot_session_submit (session, &error);
  g_assert_no_error (error);
}

/* Export */

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(PjCriterion) first = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(PjXmlSchema) schema = NULL;
  g_autoptr(GHashTable) queue = queue_of (f->ws, f->juror_id);
  g_autoptr(GPtrArray) nominations = g_ptr_array_new ();
  g_autoptr(GPtrArray) sheets = g_ptr_array_new ();
  g_autoptr(GListModel) conflicts = NULL;
  g_autofree char *text = NULL;
  g_autofree char *key_hex = NULL;
  g_autofree char *xsd = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  char decimal[16];
  guint8 key[PJ_BALLOT_KEY_SIZE];
  xmlChar *file_key;
  int status = -1;

  /* A weight with a decimal, written under a locale with a decimal comma. */
  criteria = pj_store_list_criteria (f->ws, f->edition_id, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (criteria, 0);
  pj_criterion_set_weight (first, 4.5);
  pj_store_update_criterion (f->ws, first, &error);
  g_assert_no_error (error);

  if (setlocale (LC_ALL, "sv_SE.UTF-8") == NULL)
    g_test_message ("sv_SE.UTF-8 is not installed; checking under the C locale");
  g_snprintf (decimal, sizeof decimal, "%.1f", 4.5);
  g_test_message ("4.5 under this locale: %s", decimal);

  file = export_juror (f, f->juror_id, "juror.prisjury-ballot");
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpuint (file_mode (file), ==, 0600);
  text = read_text (file);
  g_assert_nonnull (strstr (text, "weight=\"4.5\""));
  g_assert_null (strstr (text, "4,5"));

  /* Valid against the schema, with our reader and with xmllint. */
  doc = pj_xml_parse_file (file, NULL, &error);
  g_assert_no_error (error);
  schema = pj_xml_schema_load ("ballot", &error);
  g_assert_no_error (error);
  pj_xml_validate (schema, doc, &error);
  g_assert_no_error (error);

  xsd = g_test_build_filename (G_TEST_DIST, "..", "data", "schemas", "ballot.xsd", NULL);
  path = g_file_get_path (file);
  if (xmllint != NULL)
    {
      const char *argv[] = { "xmllint", "--noout", "--nonet", "--schema", xsd, path, NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                    &status, &error);
      g_assert_no_error (error);
      g_test_message ("xmllint: %s", err);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
  else
    g_test_message ("xmllint not found; validated with libxml2 only");

  /* The key, and exactly the juror's queue: no conflicted nomination. */
  pj_store_get_juror_ballot_key (f->ws, f->juror_id, key, &error);
  g_assert_no_error (error);
  key_hex = hex_of (key, sizeof key);
  file_key = xmlGetNoNsProp (xmlDocGetRootElement (doc), BAD_CAST "key");
  g_assert_cmpstr ((const char *) file_key, ==, key_hex);
  xmlFree (file_key);
  g_assert_false (has_prop (xmlDocGetRootElement (doc), "signature"));

  collect (xmlDocGetRootElement (doc), "nomination", nominations);
  collect (xmlDocGetRootElement (doc), "sheet", sheets);
  g_assert_cmpuint (nominations->len, ==, g_hash_table_size (queue));
  g_assert_cmpuint (sheets->len, ==, nominations->len);

  conflicts = pj_store_list_juror_conflicts (f->ws, f->juror_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), >, 0);

  for (guint i = 0; i < nominations->len; i++)
    {
      xmlNode *n = g_ptr_array_index (nominations, i);
      gint64 id = prop_int (n, "id");
      g_autoptr(PjScoreSheet) own = NULL;
      g_autoptr(GPtrArray) scores = g_ptr_array_new ();

      g_assert_true (g_hash_table_contains (queue, &id));
      g_assert_false (pj_store_is_conflicted (f->ws, f->juror_id, id));
      for (guint k = 0; k < g_list_model_get_n_items (conflicts); k++)
        {
          g_autoptr(PjConflict) c = g_list_model_get_item (conflicts, k);

          if (!pj_conflict_get_lifted (c))
            g_assert_cmpint (pj_conflict_get_nomination_id (c), !=, id);
        }

      /* Only the juror's own scores, all of them. */
      own = pj_store_get_sheet (f->ws, f->juror_id, id, &error);
      g_assert_no_error (error);
      collect (n->children, "score", scores);
      g_assert_cmpuint (scores->len, ==, pj_score_sheet_count_values (own));
      for (guint k = 0; k < scores->len; k++)
        {
          xmlNode *s = g_ptr_array_index (scores, k);

          g_assert_cmpint (prop_int (s, "value"), ==,
                           pj_score_sheet_get_value (own, prop_int (s, "criterion")));
        }
      g_assert_cmpint (prop_int (g_ptr_array_index (sheets, i), "base-version"), ==,
                       pj_score_sheet_get_id (own) != PJ_NO_ID
                       ? pj_score_sheet_get_version (own) : 0);
    }
}

static void
test_export_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = fixture_file (f, "x.prisjury-ballot");
  g_autoptr(GListModel) editions = pj_store_list_editions (f->ws, PJ_NO_ID, NULL);

  /* A juror of another edition. */
  pj_ballot_export (f->ws, f->edition_id + 1000, f->juror_id, file, &error);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An edition outside the scoring phase. */
  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);
      g_autoptr(GListModel) jurors = NULL;
      g_autoptr(PjJuror) juror = NULL;

      if (pj_edition_get_phase (e) == PJ_PHASE_SCORING)
        continue;
      jurors = pj_store_list_jurors (f->ws, pj_edition_get_id (e), NULL);
      if (jurors == NULL || g_list_model_get_n_items (jurors) == 0)
        continue;
      juror = g_list_model_get_item (jurors, 0);
      pj_ballot_export (f->ws, pj_edition_get_id (e), pj_juror_get_id (juror), file, &error);
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_clear_error (&error);
    }
  g_assert_false (g_file_query_exists (file, NULL));
}

static void
test_file_names (void)
{
  struct { const char *name; const char *file; } cases[] = {
    { "Karin Lindqvist", "Karin Lindqvist.prisjury-ballot" },
    { "Åsa Öberg-Ärlig", "Åsa Öberg-Ärlig.prisjury-ballot" },
    { "../../etc/passwd", "etc-passwd.prisjury-ballot" },
    { ".hidden", "hidden.prisjury-ballot" },
    { "a/b\\c:d*e?f", "a-b-c-d-e-f.prisjury-ballot" },
    { "", "juror-7.prisjury-ballot" },
    { "///", "juror-7.prisjury-ballot" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = pj_ballot_file_name_for_juror (cases[i].name, 7);

      g_assert_cmpstr (name, ==, cases[i].file);
    }
}

static void
test_export_all (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GListModel) jurors = NULL;
  g_autoptr(GFile) dir = fixture_file (f, "ballots");
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *twins[] = { "Test/Jurymedlem", "Test:Jurymedlem" };

  for (guint i = 0; i < G_N_ELEMENTS (twins); i++)
    {
      g_autoptr(PjJuror) juror = pj_juror_new ();

      pj_juror_set_edition_id (juror, f->edition_id);
      pj_juror_set_name (juror, twins[i]);
      pj_store_create_juror (f->ws, juror, &error);
      g_assert_no_error (error);
    }

  pj_ballot_export_all (f->ws, f->edition_id, dir, &files, &error);
  g_assert_no_error (error);
  jurors = pj_store_list_jurors (f->ws, f->edition_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files->len, ==, g_list_model_get_n_items (jurors));

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autoptr(GFile) parent = g_file_get_parent (file);

      g_assert_true (g_file_equal (parent, dir));
      g_assert_cmpuint (file_mode (file), ==, 0600);
      g_assert_true (g_hash_table_add (names, g_file_get_basename (file)));
    }
  g_assert_true (g_hash_table_contains (names, "Test-Jurymedlem.prisjury-ballot"));
  g_assert_true (g_hash_table_contains (names, "Test-Jurymedlem (2).prisjury-ballot"));
}

/* The offline session */

static void
test_session_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = export_juror (f, f->juror_id, "karin.prisjury-ballot");
  g_autoptr(GHashTable) queue = queue_of (f->ws, f->juror_id);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(PjScoreSheet) sheet = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *text = NULL;
  PjBallotSession *session;
  PjWorkspace *tmp;
  gint64 first_id, second_id;
  struct stat st;

  session = pj_ballot_session_open (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_ballot_session_get_juror_id (session), ==, f->juror_id);
  g_assert_cmpint (pj_ballot_session_get_edition_id (session), ==, f->edition_id);
  g_assert_false (pj_ballot_session_is_signed (session));
  tmp = pj_ballot_session_get_workspace (session);
  tmp_path = g_strdup (pj_workspace_get_path (tmp));
  tmp_dir = g_path_get_dirname (tmp_path);
  g_assert_cmpint (g_stat (tmp_dir, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0700);

  /* The same queue as in the organiser's workspace. */
  items = pj_store_list_juror_queue (tmp, f->juror_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, g_hash_table_size (queue));
  /* Two unfinished ones. */
  first_id = second_id = PJ_NO_ID;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (items, i);

      if (pj_queue_item_is_done (item))
        continue;
      if (first_id == PJ_NO_ID)
        first_id = pj_queue_item_get_nomination_id (item);
      else if (second_id == PJ_NO_ID)
        second_id = pj_queue_item_get_nomination_id (item);
    }
  g_assert_cmpint (first_id, !=, PJ_NO_ID);
  g_assert_cmpint (second_id, !=, PJ_NO_ID);

  score_in_session (tmp, f->edition_id, f->juror_id, first_id, category_of (queue, first_id),
                    4, TRUE);
  score_in_session (tmp, f->edition_id, f->juror_id, second_id,
                    category_of (queue, second_id), 2, FALSE);
  pj_ballot_session_save (session, &error);
  g_assert_no_error (error);
  pj_ballot_session_free (session);
  g_assert_false (g_file_test (tmp_dir, G_FILE_TEST_EXISTS));

  text = read_text (file);
  g_assert_nonnull (strstr (text, " key=\""));
  g_assert_null (strstr (text, "signature="));
  g_assert_cmpuint (file_mode (file), ==, 0600);

  /* Reopened: the scores are there. */
  session = pj_ballot_session_open (file, &error);
  g_assert_no_error (error);
  tmp = pj_ballot_session_get_workspace (session);
  sheet = pj_store_get_sheet (tmp, f->juror_id, first_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_SUBMITTED);
  g_assert_cmpuint (pj_score_sheet_count_values (sheet), >, 0);
  g_assert_cmpstr (pj_score_sheet_get_overall_comment (sheet), ==,
                   "Sammantaget: 4.5 av 5, “starkt”.");
  g_clear_object (&sheet);
  sheet = pj_store_get_sheet (tmp, f->juror_id, second_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_status (sheet), ==, PJ_SHEET_DRAFT);
  g_assert_cmpuint (pj_score_sheet_count_values (sheet), >, 0);

  /* Submitted: signed, the key gone, read-only. */
  pj_ballot_session_submit (session, &error);
  g_assert_no_error (error);
  g_assert_true (pj_ballot_session_is_signed (session));
  g_free (text);
  text = read_text (file);
  g_assert_nonnull (strstr (text, " signature=\""));
  g_assert_null (strstr (text, " key=\""));
  g_assert_cmpuint (file_mode (file), ==, 0600);

  pj_ballot_session_save (session, &error);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  pj_score_sheet_set_overall_comment (sheet, "Changed after submit");
  g_assert_false (pj_store_save_sheet_draft (tmp, sheet, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  pj_ballot_session_free (session);

  /* A signed ballot opens read-only. */
  session = pj_ballot_session_open (file, &error);
  g_assert_no_error (error);
  g_assert_true (pj_ballot_session_is_signed (session));
  pj_ballot_session_submit (session, &error);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  pj_ballot_session_free (session);
}

/* Import */

static void
test_import_clean (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = export_juror (f, f->juror_id, "ballot.prisjury-ballot");
  g_autoptr(PjBallotImportPlan) plan = NULL;
  g_autoptr(PjBallotImportPlan) again = NULL;
  g_autoptr(GListModel) audit = NULL;
  g_autoptr(PjBallotSession) session = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *summary = NULL;
  guint n_written;

  score_offline_and_submit (f, file, 3);

  plan = pj_ballot_import_plan (f->ws, file, &error);
  g_assert_no_error (error);
  summary = pj_ballot_import_plan_dup_summary (plan);
  g_test_message ("%s", summary);
  g_assert_cmpint (pj_ballot_import_plan_get_juror_id (plan), ==, f->juror_id);
  g_assert_cmpuint (pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CONFLICT), ==, 0);
  n_written = pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_NEW) +
              pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CHANGED);
  g_assert_cmpuint (n_written, >, 0);
  g_assert_cmpuint (n_written + pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_UNCHANGED),
                    ==, pj_ballot_import_plan_get_n_sheets (plan));
  g_assert_cmpuint (strlen (pj_ballot_import_plan_get_file_sha256 (plan)), ==, 64);

  pj_ballot_import_apply (plan, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pj_ballot_import_plan_get_backup_path (plan));
  g_assert_true (g_file_test (pj_ballot_import_plan_get_backup_path (plan),
                              G_FILE_TEST_EXISTS));
  pj_ballot_import_apply (plan, &error);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  /* The workspace holds what the juror scored offline. */
  session = pj_ballot_session_open (file, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pj_ballot_import_plan_get_n_sheets (plan); i++)
    {
      const PjBallotSheetPlan *sp = pj_ballot_import_plan_get_sheet (plan, i);
      g_autoptr(PjScoreSheet) stored = pj_store_get_sheet (f->ws, f->juror_id,
                                                           sp->nomination_id, &error);
      g_autoptr(PjScoreSheet) offline = pj_store_get_sheet (
        pj_ballot_session_get_workspace (session), f->juror_id, sp->nomination_id, &error);
      g_autoptr(GArray) ids = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (pj_score_sheet_get_status (stored), ==,
                       pj_score_sheet_get_status (offline));
      g_assert_cmpstr (pj_score_sheet_get_overall_comment (stored), ==,
                       pj_score_sheet_get_overall_comment (offline));
      g_assert_cmpuint (pj_score_sheet_count_values (stored), ==,
                        pj_score_sheet_count_values (offline));
      ids = pj_score_sheet_dup_criterion_ids (offline);
      for (guint k = 0; k < ids->len; k++)
        {
          gint64 id = g_array_index (ids, gint64, k);

          g_assert_cmpint (pj_score_sheet_get_value (stored, id), ==,
                           pj_score_sheet_get_value (offline, id));
          g_assert_cmpstr (pj_score_sheet_get_comment (stored, id), ==,
                           pj_score_sheet_get_comment (offline, id));
        }
      g_assert_cmpfloat_with_epsilon (pj_score_sheet_get_total (stored),
                                      pj_score_sheet_get_total (offline), 1e-9);
    }

  audit = pj_store_list_audit (f->ws, "ballot_import", PJ_NO_ID, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (audit), ==, 1);

  /* Again: nothing changes. */
  before = dump_scores (f->path);
  again = pj_ballot_import_plan (f->ws, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pj_ballot_import_plan_count (again, PJ_BALLOT_SHEET_UNCHANGED), ==,
                    pj_ballot_import_plan_get_n_sheets (again));
  pj_ballot_import_apply (again, &error);
  g_assert_no_error (error);
  g_assert_null (pj_ballot_import_plan_get_backup_path (again));
  after = dump_scores (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_import_changed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = export_juror (f, f->juror_id, "one.prisjury-ballot");
  g_autoptr(GHashTable) queue = queue_of (f->ws, f->juror_id);
  g_autoptr(PjBallotImportPlan) plan = NULL;
  g_autoptr(GListModel) items = NULL;
  PjBallotSession *session;
  gint64 target = PJ_NO_ID;
  guint n_other = 0;

  /* Only one nomination scored offline. */
  session = pj_ballot_session_open (file, &error);
  g_assert_no_error (error);
  items = pj_store_list_juror_queue (pj_ballot_session_get_workspace (session), f->juror_id,
                                     &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items) && target == PJ_NO_ID; i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (items, i);

      if (!pj_queue_item_is_done (item))
        target = pj_queue_item_get_nomination_id (item);
    }
  g_assert_cmpint (target, !=, PJ_NO_ID);
  score_in_session (pj_ballot_session_get_workspace (session), f->edition_id, f->juror_id,
                    target, category_of (queue, target), 5, FALSE);
  pj_ballot_session_submit (session, &error);
  g_assert_no_error (error);
  pj_ballot_session_free (session);

  plan = pj_ballot_import_plan (f->ws, file, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pj_ballot_import_plan_get_n_sheets (plan); i++)
    {
      const PjBallotSheetPlan *sp = pj_ballot_import_plan_get_sheet (plan, i);

      if (sp->nomination_id == target)
        g_assert_true (sp->change == (sp->base_version == 0 ? PJ_BALLOT_SHEET_NEW
                                                            : PJ_BALLOT_SHEET_CHANGED));
      else
        {
          g_assert_cmpint (sp->change, ==, PJ_BALLOT_SHEET_UNCHANGED);
          n_other++;
        }
    }
  g_assert_cmpuint (n_other + 1, ==, pj_ballot_import_plan_get_n_sheets (plan));
}

static void
test_import_conflict (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = export_juror (f, f->juror_id, "conflict.prisjury-ballot");
  g_autoptr(GHashTable) queue = queue_of (f->ws, f->juror_id);
  g_autoptr(PjBallotImportPlan) plan = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(PjScoreSheet) sheet = NULL;
  g_autoptr(PjScoreSheet) now = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 target = PJ_NO_ID;
  gint64 criterion;
  const PjBallotSheetPlan *found = NULL;

  score_offline_and_submit (f, file, 5);

  /* Meanwhile, in the workspace, the same sheet gets another score. */
  items = pj_store_list_juror_queue (f->ws, f->juror_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items) && target == PJ_NO_ID; i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (items, i);

      if (!pj_queue_item_is_done (item))
        target = pj_queue_item_get_nomination_id (item);
    }
  g_assert_cmpint (target, !=, PJ_NO_ID);
  score_in_session (f->ws, f->edition_id, f->juror_id, target, category_of (queue, target), 1,
                    FALSE);
  sheet = pj_store_get_sheet (f->ws, f->juror_id, target, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GArray) ids = pj_score_sheet_dup_criterion_ids (sheet);

    criterion = g_array_index (ids, gint64, 0);
  }

  before = dump_workspace (f->path);
  plan = pj_ballot_import_plan (f->ws, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CONFLICT), >=, 1);
  for (guint i = 0; i < pj_ballot_import_plan_get_n_sheets (plan); i++)
    if (pj_ballot_import_plan_get_sheet (plan, i)->nomination_id == target)
      found = pj_ballot_import_plan_get_sheet (plan, i);
  g_assert_nonnull (found);
  g_assert_cmpint (found->change, ==, PJ_BALLOT_SHEET_CONFLICT);
  /* Both versions, side by side. */
  g_assert_cmpint (pj_score_sheet_get_value (found->workspace, criterion), ==,
                   pj_score_sheet_get_value (sheet, criterion));
  g_assert_cmpint (pj_score_sheet_get_value (found->ballot, criterion), !=,
                   pj_score_sheet_get_value (sheet, criterion));
  g_assert_cmpint (found->workspace_version, !=, found->base_version);

  /* Never overwritten silently. */
  g_assert_false (pj_ballot_import_apply (plan, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  after = dump_workspace (f->path);
  g_assert_cmpstr (before, ==, after);

  /* Skipping the conflicts writes the rest and keeps the workspace's. */
  pj_ballot_import_plan_set_skip_conflicts (plan, TRUE);
  pj_ballot_import_apply (plan, &error);
  g_assert_no_error (error);
  now = pj_store_get_sheet (f->ws, f->juror_id, target, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_score_sheet_get_value (now, criterion), ==,
                   pj_score_sheet_get_value (sheet, criterion));
  g_assert_cmpint (pj_score_sheet_get_version (now), ==, pj_score_sheet_get_version (sheet));
}

/* Hostile files */

typedef struct
{
  char *dir;
  char *secret;
  int inotify_fd;
  int listen_fd;
  guint16 port;
} Watch;

static void
watch_start (Watch      *w,
             const char *parent)
{
  g_autoptr(GError) error = NULL;
  struct sockaddr_in addr = { 0 };
  socklen_t addr_len = sizeof addr;

  w->dir = g_build_filename (parent, "secret", NULL);
  g_mkdir (w->dir, 0700);
  w->secret = g_build_filename (w->dir, "secret.txt", NULL);
  g_file_set_contents (w->secret, SECRET "\n", -1, &error);
  g_assert_no_error (error);
#ifdef __linux__
  w->inotify_fd = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);
  g_assert_cmpint (w->inotify_fd, >=, 0);
  g_assert_cmpint (inotify_add_watch (w->inotify_fd, w->secret, IN_OPEN | IN_ACCESS), >=, 0);
#else
  w->inotify_fd = -1;
#endif
  w->listen_fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  g_assert_cmpint (w->listen_fd, >=, 0);
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  g_assert_cmpint (bind (w->listen_fd, (struct sockaddr *) &addr, sizeof addr), ==, 0);
  g_assert_cmpint (listen (w->listen_fd, 8), ==, 0);
  g_assert_cmpint (getsockname (w->listen_fd, (struct sockaddr *) &addr, &addr_len), ==, 0);
  w->port = ntohs (addr.sin_port);
}

/* Nothing opened our secret and nothing connected since the last call. */
static void
watch_check (Watch *w)
{
  struct pollfd pfd = { w->listen_fd, POLLIN, 0 };

  g_assert_cmpint (poll (&pfd, 1, 0), ==, 0);
#ifdef __linux__
  {
    char buf[4096];
    ssize_t n = read (w->inotify_fd, buf, sizeof buf);

    g_assert_cmpint (n, ==, -1);
    g_assert_cmpint (errno, ==, EAGAIN);
  }
#endif
}

static void
watch_finish (Watch *w)
{
  watch_check (w);
  close (w->listen_fd);
  if (w->inotify_fd >= 0)
    close (w->inotify_fd);
  g_unlink (w->secret);
  g_rmdir (w->dir);
  g_free (w->secret);
  g_free (w->dir);
}

static long
max_rss_kb (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

static void
assert_rejected (Fixture    *f,
                 Watch      *w,
                 GFile      *file,
                 const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjBallotImportPlan) plan = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *before = dump_workspace (f->path);
  g_autofree char *after = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  plan = pj_ballot_import_plan (f->ws, file, &error);
  elapsed = g_get_monotonic_time () - start;
  g_assert_null (plan);
  g_assert_nonnull (error);
  g_test_message ("%s (%" G_GINT64_FORMAT " ms): %s", name, elapsed / 1000, error->message);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, name));
  g_assert_null (strstr (error->message, SECRET));
  if (fragment != NULL)
    g_assert_nonnull (strstr (error->message, fragment));
  g_assert_cmpint (elapsed, <, HOSTILE_MAX_USEC);
  after = dump_workspace (f->path);
  g_assert_cmpstr (before, ==, after);
  watch_check (w);

  /* The offline session refuses it the same way (unless only the
   * workspace can tell). */
  if (fragment == NULL || strstr (fragment, "signature") == NULL)
    {
      g_autoptr(PjBallotSession) session = NULL;

      g_clear_error (&error);
      session = pj_ballot_session_open (file, &error);
      if (session == NULL)
        g_assert_true (g_str_has_prefix (error->message, name));
      watch_check (w);
    }
}

static char *
expand (Watch      *w,
        const char *key_hex,
        const char *text)
{
  g_autoptr(GString) s = g_string_new (text);
  g_autofree char *port = g_strdup_printf ("%u", w->port);

  g_string_replace (s, "@SECRET_PATH@", w->secret, 0);
  g_string_replace (s, "@PORT@", port, 0);
  g_string_replace (s, "@KEY@", key_hex, 0);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_hostile_files (Fixture       *f,
                    gconstpointer  data)
{
  static const struct { const char *file; const char *fragment; } stored[] = {
    { "xxe-file.prisjury-ballot", "document type" },
    { "xxe-url.prisjury-ballot", "document type" },
    { "parameter-entity.prisjury-ballot", "document type" },
    { "external-dtd.prisjury-ballot", "document type" },
    { "billion-laughs.prisjury-ballot", "document type" },
    { "xinclude.prisjury-ballot", NULL },
    { "invalid-utf8.prisjury-ballot", "UTF-8" },
    { "empty.prisjury-ballot", "empty" },
    { "truncated.prisjury-ballot", NULL },
    { "wrong-namespace.prisjury-ballot", "namespace" },
    { "no-namespace.prisjury-ballot", "namespace" },
    { "newer-version.prisjury-ballot", "newer" },
    { "schema-invalid.prisjury-ballot", NULL },
  };
  g_autoptr(GError) error = NULL;
  guint8 key[PJ_BALLOT_KEY_SIZE];
  g_autofree char *key_hex = NULL;
  long rss_before = max_rss_kb ();
  Watch w = { 0 };

  pj_store_get_juror_ballot_key (f->ws, f->juror_id, key, &error);
  g_assert_no_error (error);
  key_hex = hex_of (key, sizeof key);
  watch_start (&w, f->dir);

  for (guint i = 0; i < G_N_ELEMENTS (stored); i++)
    {
      g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "ballot",
                                                    stored[i].file, NULL);
      g_autofree char *template = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GFile) file = fixture_file (f, stored[i].file);
      gsize len = 0;

      g_file_get_contents (src, &template, &len, &error);
      g_assert_no_error (error);
      /* The invalid UTF-8 file is written as it is. */
      if (g_utf8_validate (template, len, NULL))
        {
          text = expand (&w, key_hex, template);
          write_text (file, text, -1);
        }
      else
        write_text (file, template, len);
      assert_rejected (f, &w, file, stored[i].fragment);
    }

  /* Generated: a quadratic blowup, 100 000 levels deep, random bytes, a
   * file over the size cap, and 100 MB. */
  {
    g_autoptr(GString) s = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<!DOCTYPE ballot [<!ENTITY a \"");
    g_autoptr(GFile) file = fixture_file (f, "quadratic.prisjury-ballot");

    for (guint i = 0; i < 30000; i++)
      g_string_append_c (s, 'x');
    g_string_append (s, "\">]>\n<ballot xmlns=\"" PJ_BALLOT_NAMESPACE "\" version=\"1\">"
                        "<edition id=\"1\" award=\"");
    for (guint i = 0; i < 10000; i++)
      g_string_append (s, "&a;");
    g_string_append (s, "\" year=\"2026\" blind-policy=\"never\"/></ballot>\n");
    write_text (file, s->str, s->len);
    assert_rejected (f, &w, file, "document type");
  }
  {
    g_autoptr(GString) s = g_string_new ("<ballot xmlns=\"" PJ_BALLOT_NAMESPACE "\" "
                                         "version=\"1\">");
    g_autoptr(GFile) file = fixture_file (f, "deep.prisjury-ballot");

    for (guint i = 0; i < 100000; i++)
      g_string_append (s, "<categories>");
    for (guint i = 0; i < 100000; i++)
      g_string_append (s, "</categories>");
    g_string_append (s, "</ballot>");
    write_text (file, s->str, s->len);
    assert_rejected (f, &w, file, NULL);
  }
  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (4711);
    g_autofree guint8 *bytes = g_malloc (65536);
    g_autoptr(GFile) file = fixture_file (f, "random.prisjury-ballot");

    for (guint i = 0; i < 65536; i++)
      bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
    write_text (file, (const char *) bytes, 65536);
    assert_rejected (f, &w, file, NULL);
  }
  {
    g_autoptr(GFile) file = fixture_file (f, "huge.prisjury-ballot");
    g_autofree char *path = g_file_get_path (file);
    int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

    /* 100 MB, sparse: never read, refused by its size. */
    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (ftruncate (fd, (off_t) 100 * 1000 * 1000), ==, 0);
    close (fd);
#ifdef __linux__
    {
      int wd = inotify_add_watch (w.inotify_fd, path, IN_OPEN | IN_ACCESS);

      g_assert_cmpint (wd, >=, 0);
      assert_rejected (f, &w, file, "MB");
      inotify_rm_watch (w.inotify_fd, wd);
      /* The removal queues an IN_IGNORED event: drain it. */
      {
        char buf[4096];

        while (read (w.inotify_fd, buf, sizeof buf) > 0)
          ;
      }
    }
#else
    assert_rejected (f, &w, file, "MB");
#endif
    g_unlink (path);
  }

  watch_finish (&w);
  g_test_message ("max RSS grew by %ld KB", max_rss_kb () - rss_before);
  g_assert_cmpint (max_rss_kb () - rss_before, <, 256 * 1024);
}

/* @text with the value of its first score replaced by @value. */
static GString *
with_first_score (const char *text,
                  const char *value)
{
  const char *score = strstr (text, "<score ");
  const char *attr = score != NULL ? strstr (score, "value=\"") : NULL;
  const char *end = attr != NULL ? strchr (attr + 7, '"') : NULL;
  GString *s = g_string_new_len (text, attr != NULL ? attr + 7 - text : 0);

  g_assert_nonnull (end);
  g_string_append (s, value);
  g_string_append (s, end);
  return s;
}

/* A ballot the juror really submitted, as text. */
static char *
submitted_ballot (Fixture    *f,
                  const char *name,
                  int         value)
{
  g_autoptr(GFile) file = export_juror (f, f->juror_id, name);

  score_offline_and_submit (f, file, value);
  return read_text (file);
}

static void
test_hostile_signatures (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *valid = submitted_ballot (f, "valid.prisjury-ballot", 4);
  g_autofree char *other_key_hex = NULL;
  guint8 own_key[PJ_BALLOT_KEY_SIZE];
  guint8 other_key[PJ_BALLOT_KEY_SIZE];
  Watch w = { 0 };

  pj_store_get_juror_ballot_key (f->ws, f->juror_id, own_key, &error);
  g_assert_no_error (error);
  pj_store_get_juror_ballot_key (f->ws, f->other_juror_id, other_key, &error);
  g_assert_no_error (error);
  other_key_hex = hex_of (other_key, sizeof other_key);
  watch_start (&w, f->dir);

  /* Our own re-signing gives the same signature as the app's. */
  {
    g_autofree char *resigned = sign_ballot_text (valid, own_key);
    g_autoptr(GFile) file = fixture_file (f, "resigned.prisjury-ballot");
    g_autoptr(PjBallotImportPlan) plan = NULL;

    write_text (file, resigned, -1);
    plan = pj_ballot_import_plan (f->ws, file, &error);
    g_assert_no_error (error);
  }

  /* Re-signed by another juror. */
  {
    g_autofree char *text = sign_ballot_text (valid, other_key);
    g_autoptr(GFile) file = fixture_file (f, "other-juror.prisjury-ballot");

    write_text (file, text, -1);
    assert_rejected (f, &w, file, "signature");
  }

  /* A score changed after signing. */
  {
    g_autoptr(GString) text = with_first_score (valid, "3");
    g_autoptr(GFile) file = fixture_file (f, "tampered.prisjury-ballot");

    write_text (file, text->str, text->len);
    assert_rejected (f, &w, file, "signature");
  }

  /* Not submitted: the exported ballot, with its key. */
  {
    g_autoptr(GFile) file = export_juror (f, f->juror_id, "unsigned.prisjury-ballot");

    assert_rejected (f, &w, file, "not submitted");
  }

  /* Both a key and a signature. */
  {
    g_autoptr(GString) text = g_string_new (valid);
    g_autoptr(GFile) file = fixture_file (f, "key-and-signature.prisjury-ballot");
    g_autofree char *attr = g_strdup_printf ("<ballot key=\"%s\" ", other_key_hex);

    g_assert_cmpuint (g_string_replace (text, "<ballot ", attr, 1), ==, 1);
    write_text (file, text->str, text->len);
    assert_rejected (f, &w, file, "key");
  }

  watch_finish (&w);
}

static void
test_hostile_semantics (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *valid = submitted_ballot (f, "valid.prisjury-ballot", 4);
  g_autoptr(PjNomination) conflicted = NULL;
  g_autoptr(GListModel) criteria = NULL;
  g_autoptr(PjCriterion) criterion = NULL;
  guint8 key[PJ_BALLOT_KEY_SIZE];
  Watch w = { 0 };
  gint64 category;

  pj_store_get_juror_ballot_key (f->ws, f->juror_id, key, &error);
  g_assert_no_error (error);
  conflicted = pj_store_get_nomination (f->ws, f->conflicted_id, &error);
  g_assert_no_error (error);
  category = pj_nomination_get_category_id (conflicted);
  criteria = pj_store_list_criteria (f->ws, f->edition_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (criteria) && criterion == NULL; i++)
    {
      g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, i);

      if (pj_criterion_applies_to (c, category))
        criterion = g_object_ref (c);
    }
  g_assert_nonnull (criterion);
  watch_start (&w, f->dir);

  /* A score for a nomination the juror has a conflict with, properly
   * signed with the juror's own key. */
  {
    g_autoptr(GString) text = g_string_new (valid);
    g_autofree char *element = g_strdup_printf (
      "<nomination id=\"%" G_GINT64_FORMAT "\" category=\"%" G_GINT64_FORMAT "\">"
      "<title>Jäv</title><summary/><what-is-new/><value-created/><results/>"
      "<implementation/><spread/><sheet base-version=\"0\" status=\"draft\">"
      "<score criterion=\"%" G_GINT64_FORMAT "\" value=\"%d\">x</score></sheet></nomination>"
      "</nominations>",
      f->conflicted_id, category, pj_criterion_get_id (criterion),
      pj_criterion_get_scale_max (criterion));
    g_autofree char *signed_text = NULL;
    g_autoptr(GFile) file = fixture_file (f, "conflicted.prisjury-ballot");

    g_assert_cmpuint (g_string_replace (text, "</nominations>", element, 1), ==, 1);
    signed_text = sign_ballot_text (text->str, key);
    write_text (file, signed_text, -1);
    assert_rejected (f, &w, file, "conflict of interest");
  }

  /* A score outside its scale, signed. */
  {
    g_autoptr(GString) text = with_first_score (valid, "99");
    g_autofree char *signed_text = NULL;
    g_autoptr(GFile) file = fixture_file (f, "out-of-scale.prisjury-ballot");

    signed_text = sign_ballot_text (text->str, key);
    write_text (file, signed_text, -1);
    assert_rejected (f, &w, file, "outside the scale");
  }

  /* The same (nomination, criterion) pair twice, signed. */
  {
    g_autoptr(GString) text = g_string_new (valid);
    g_autofree char *signed_text = NULL;
    g_autoptr(GFile) file = fixture_file (f, "pair-twice.prisjury-ballot");
    const char *score = strstr (valid, "<score ");
    const char *end = score != NULL ? strstr (score, "</score>") : NULL;
    g_autofree char *copy = NULL;
    g_autofree char *twice = NULL;

    g_assert_nonnull (end);
    copy = g_strndup (score, end - score + strlen ("</score>"));
    twice = g_strconcat (copy, copy, NULL);
    g_assert_cmpuint (g_string_replace (text, copy, twice, 1), ==, 1);
    signed_text = sign_ballot_text (text->str, key);
    write_text (file, signed_text, -1);
    assert_rejected (f, &w, file, "twice");
  }

  /* A juror of another workspace's edition. */
  {
    g_autoptr(GString) text = g_string_new (valid);
    g_autofree char *signed_text = NULL;
    g_autoptr(GFile) file = fixture_file (f, "unknown-juror.prisjury-ballot");
    g_autofree char *from = g_strdup_printf ("<juror id=\"%" G_GINT64_FORMAT "\"", f->juror_id);

    g_assert_cmpuint (g_string_replace (text, from, "<juror id=\"999999\"", 1), ==, 1);
    signed_text = sign_ballot_text (text->str, key);
    write_text (file, signed_text, -1);
    assert_rejected (f, &w, file, "juror");
  }

  watch_finish (&w);
}

/* An older ballot replayed after newer scores were imported. */
static void
test_hostile_replay (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) older = export_juror (f, f->juror_id, "older.prisjury-ballot");
  g_autoptr(GFile) newer = export_juror (f, f->juror_id, "newer.prisjury-ballot");
  g_autoptr(PjBallotImportPlan) plan = NULL;
  g_autoptr(PjBallotImportPlan) replay = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  score_offline_and_submit (f, older, 2);
  score_offline_and_submit (f, newer, 5);

  plan = pj_ballot_import_plan (f->ws, newer, &error);
  g_assert_no_error (error);
  pj_ballot_import_apply (plan, &error);
  g_assert_no_error (error);

  before = dump_workspace (f->path);
  replay = pj_ballot_import_plan (f->ws, older, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pj_ballot_import_plan_count (replay, PJ_BALLOT_SHEET_CONFLICT), >, 0);
  g_assert_cmpuint (pj_ballot_import_plan_count (replay, PJ_BALLOT_SHEET_NEW), ==, 0);
  g_assert_cmpuint (pj_ballot_import_plan_count (replay, PJ_BALLOT_SHEET_CHANGED), ==, 0);
  g_assert_false (pj_ballot_import_apply (replay, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE);
  g_assert_true (g_str_has_prefix (error->message, "older.prisjury-ballot"));
  after = dump_workspace (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  fixture_set_up (f);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  fixture_tear_down (f);
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  ADD ("/ballot/export", test_export);
  ADD ("/ballot/export-refused", test_export_refused);
  ADD ("/ballot/export-all", test_export_all);
  g_test_add_func ("/ballot/file-names", test_file_names);
  ADD ("/ballot/session-round-trip", test_session_round_trip);
  ADD ("/ballot/import-clean", test_import_clean);
  ADD ("/ballot/import-changed", test_import_changed);
  ADD ("/ballot/import-conflict", test_import_conflict);
  ADD ("/ballot/hostile/files", test_hostile_files);
  ADD ("/ballot/hostile/signatures", test_hostile_signatures);
  ADD ("/ballot/hostile/semantics", test_hostile_semantics);
  ADD ("/ballot/hostile/replay", test_hostile_replay);

  return g_test_run ();
}
