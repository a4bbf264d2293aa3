/* test-attachment.c: attachments in the store
 *
 * Files go into the workspace and come back byte for byte, with the hash
 * sha256sum computes; oversized files, the same content twice and damaged
 * content are refused with a message a user can act on; every add and
 * remove is in the audit log.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-attachment"

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <glib/gstdio.h>

#include "pj-demo.h"
#include "pj-store.h"
#include "pj-store-nomination.h"
#include "pj-store-attachment.h"
#include "pj-workspace-private.h"

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  gint64       nomination_id;
  gint64       other_nomination_id;
  guint        n_changed;
} Fixture;

/* Helpers {{{ */

static void
changed_cb (PjWorkspace *ws,
            const char  *what,
            Fixture     *f)
{
  if (g_strcmp0 (what, "attachment") == 0)
    f->n_changed++;
}

/* A file of @size pseudo-random bytes (deterministic per @seed). */
static GFile *
make_file (Fixture    *f,
           const char *name,
           gsize       size,
           guint32     seed)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree guint8 *bytes = g_malloc (size + 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < size; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_file_set_contents (path, (const char *) bytes, size, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* A sparse file of @size bytes: nothing is written, reading gives zeros. */
static GFile *
make_sparse_file (Fixture    *f,
                  const char *name,
                  gint64      size)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (truncate (path, size), ==, 0);
  return g_file_new_for_path (path);
}

static char *
sha256sum (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  const char *argv[] = { "sha256sum", "--binary", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpuint (strlen (out), >, 64);
  return g_strndup (out, 64);
}

static void
assert_same_bytes (GFile *a,
                   GFile *b)
{
  g_autofree char *path_a = g_file_get_path (a);
  g_autofree char *path_b = g_file_get_path (b);
  g_autofree char *bytes_a = NULL;
  g_autofree char *bytes_b = NULL;
  gsize len_a = 0, len_b = 0;

  g_assert_true (g_file_get_contents (path_a, &bytes_a, &len_a, NULL));
  g_assert_true (g_file_get_contents (path_b, &bytes_b, &len_b, NULL));
  g_assert_cmpmem (bytes_a, len_a, bytes_b, len_b);
}

static guint
n_attachments (Fixture *f,
               gint64   nomination_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = pj_store_list_attachments (f->ws, nomination_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (list);
}

/* Files the extraction may have left in the test folder (it must not). */
static guint
n_partial_files (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".part"))
      n++;
  return n;
}

typedef struct
{
  GAsyncResult *result;
  gint64        last_done;
  gint64        last_total;
  guint         n_progress;
} AsyncWait;

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncWait *wait = user_data;

  wait->result = g_object_ref (result);
}

static void
progress_cb (gint64   done,
             gint64   total,
             gpointer user_data)
{
  AsyncWait *wait = user_data;

  g_assert_cmpint (done, >=, wait->last_done);
  g_assert_cmpint (done, <=, total);
  wait->last_done = done;
  wait->last_total = total;
  wait->n_progress++;
}

static void
wait_for_result (AsyncWait *wait)
{
  while (wait->result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* }}} */

/* Fixture {{{ */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) editions = NULL;
  g_autoptr(GListModel) nominations = NULL;
  g_autoptr(PjEdition) edition = NULL;
  g_autoptr(PjNomination) first = NULL;
  g_autoptr(PjNomination) second = NULL;

  f->dir = g_dir_make_tmp ("pj-test-attachment-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, "Test Organiser");
  pj_demo_load_examples (f->ws, &error);
  g_assert_no_error (error);

  editions = pj_store_list_editions (f->ws, PJ_NO_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (editions), >, 0);
  edition = g_list_model_get_item (editions, 0);
  nominations = pj_store_list_nominations (f->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nominations), >=, 2);
  first = g_list_model_get_item (nominations, 0);
  second = g_list_model_get_item (nominations, 1);
  f->nomination_id = pj_nomination_get_id (first);
  f->other_nomination_id = pj_nomination_get_id (second);

  g_signal_connect (f->ws, "changed", G_CALLBACK (changed_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (f->ws);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_chmod (path, 0600);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* }}} */

/* Tests {{{ */

static void
test_add_list_extract (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) report = make_file (f, "Slutrapport läsfrämjande.pdf", 700 * 1000 + 17, 1);
  g_autoptr(GFile) photo = make_file (f, "foto.jpg", 1, 2);
  g_autoptr(GFile) empty = make_file (f, "tom.txt", 0, 3);
  g_autoptr(GFile) dest = NULL;
  g_autoptr(PjAttachment) a = NULL;
  g_autoptr(PjAttachment) b = NULL;
  g_autoptr(PjAttachment) c = NULL;
  g_autoptr(PjAttachment) got = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(PjAttachment) first = NULL;
  g_autofree char *expected_hash = sha256sum (report);
  g_autofree char *short_hash = NULL;
  g_autofree char *dest_path = NULL;

  a = pj_store_add_attachment (f->ws, f->nomination_id, report, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (a);
  g_assert_cmpint (pj_attachment_get_id (a), >, 0);
  g_assert_cmpint (pj_attachment_get_nomination_id (a), ==, f->nomination_id);
  g_assert_cmpstr (pj_attachment_get_name (a), ==, "Slutrapport läsfrämjande.pdf");
  g_assert_cmpint (pj_attachment_get_size (a), ==, 700 * 1000 + 17);
  g_assert_cmpstr (pj_attachment_get_sha256 (a), ==, expected_hash);
  short_hash = pj_attachment_dup_short_hash (a);
  g_assert_true (g_str_has_prefix (expected_hash, short_hash));
  g_assert_cmpuint (strlen (short_hash), ==, 8);
  g_assert_true (g_str_has_suffix (pj_attachment_get_added (a), "Z"));
  g_assert_cmpuint (f->n_changed, ==, 1);

  b = pj_store_add_attachment (f->ws, f->nomination_id, photo, NULL, &error);
  g_assert_no_error (error);
  c = pj_store_add_attachment (f->ws, f->nomination_id, empty, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_attachment_get_size (c), ==, 0);
  /* The empty file's hash is the well-known one. */
  g_assert_cmpstr (pj_attachment_get_sha256 (c), ==,
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

  /* The list: this nomination's attachments, oldest first. */
  list = pj_store_list_attachments (f->ws, f->nomination_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  g_assert_true (g_list_model_get_item_type (list) == PJ_TYPE_ATTACHMENT);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (pj_attachment_get_name (first), ==, "Slutrapport läsfrämjande.pdf");
  g_assert_cmpstr (pj_attachment_get_sha256 (first), ==, expected_hash);
  g_assert_cmpuint (n_attachments (f, f->other_nomination_id), ==, 0);

  got = pj_store_get_attachment (f->ws, pj_attachment_get_id (b), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_attachment_get_name (got), ==, "foto.jpg");

  /* Out again, byte for byte, also over an existing file. */
  dest_path = g_build_filename (f->dir, "ut.pdf", NULL);
  dest = g_file_new_for_path (dest_path);
  g_assert_true (pj_store_extract_attachment (f->ws, pj_attachment_get_id (a), dest, NULL,
                                              &error));
  g_assert_no_error (error);
  assert_same_bytes (report, dest);
  g_assert_true (pj_store_extract_attachment (f->ws, pj_attachment_get_id (b), dest, NULL,
                                              &error));
  g_assert_no_error (error);
  assert_same_bytes (photo, dest);
  g_assert_true (pj_store_extract_attachment (f->ws, pj_attachment_get_id (c), dest, NULL,
                                              &error));
  g_assert_no_error (error);
  assert_same_bytes (empty, dest);
  g_assert_cmpuint (n_partial_files (f), ==, 0);

  /* The same content may be attached to another nomination. */
  {
    g_autoptr(PjAttachment) again = pj_store_add_attachment (f->ws, f->other_nomination_id,
                                                             report, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (pj_attachment_get_sha256 (again), ==, expected_hash);
  }

  /* Still one healthy file. */
  g_assert_true (pj_workspace_check (f->ws, NULL, &error));
  g_assert_no_error (error);
}

static void
test_names_sanitised (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) odd = make_file (f, "plan\001\033[31m\tvår.odt", 10, 4);
  g_autoptr(PjAttachment) a = NULL;
  g_autofree char *long_name = NULL;
  g_autofree char *cut = NULL;
  struct { const char *in; const char *out; } cases[] = {
    { "rapport.pdf", "rapport.pdf" },
    { "../../etc/passwd", ".._.._etc_passwd" },
    { "C:\\Users\\anna\\bilaga.docx", "C:_Users_anna_bilaga.docx" },
    { "  mellanslag.txt \n", "mellanslag.txt" },
    { "rad\nbrytning.txt", "radbrytning.txt" },
    { "faktura\u202Efdp.exe", "fakturafdp.exe" },
    { "..", "attachment" },
    { ".", "attachment" },
    { " \t ", "attachment" },
    { "", "attachment" },
    { "Åsa \xff.txt", "Åsa \xef\xbf\xbd.txt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = pj_attachment_sanitize_name (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }

  /* Too long: cut to 255 bytes on a character boundary, keeping ".pdf". */
  {
    GString *s = g_string_new (NULL);

    for (guint i = 0; i < 200; i++)
      g_string_append (s, "ö");
    g_string_append (s, ".pdf");
    long_name = g_string_free (s, FALSE);
  }
  cut = pj_attachment_sanitize_name (long_name);
  g_assert_cmpuint (strlen (cut), <=, 255);
  g_assert_true (g_utf8_validate (cut, -1, NULL));
  g_assert_true (g_str_has_suffix (cut, "ö.pdf"));

  /* The stored name is the sanitised display name. */
  a = pj_store_add_attachment (f->ws, f->nomination_id, odd, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pj_attachment_get_name (a), ==, "plan[31mvår.odt");
}

static void
test_oversize_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) huge = make_sparse_file (f, "report.pdf", 41 * 1000 * 1000);
  g_autoptr(GFile) just_over = make_sparse_file (f, "just-over.bin", PJ_ATTACHMENT_MAX_BYTES + 1);
  g_autoptr(PjAttachment) a = NULL;
  g_autofree char *huge_path = g_file_get_path (huge);
  g_autofree char *over_path = g_file_get_path (just_over);

  /* Unreadable: were it read, the error would say it could not be read
   * (except for root, who reads anything; the size check comes first). */
  g_chmod (huge_path, 0);
  g_chmod (over_path, 0);

  a = pj_store_add_attachment (f->ws, f->nomination_id, huge, NULL, &error);
  g_assert_null (a);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "“report.pdf” is 41 MB; attachments can be at most 25 MB.");
  g_clear_error (&error);

  a = pj_store_add_attachment (f->ws, f->nomination_id, just_over, NULL, &error);
  g_assert_null (a);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "is 26 MB; attachments can be at most 25 MB."));
  g_clear_error (&error);

  g_assert_cmpuint (n_attachments (f, f->nomination_id), ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 0);

  /* A folder is not a file. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (f->dir);

    a = pj_store_add_attachment (f->ws, f->nomination_id, folder, NULL, &error);
    g_assert_null (a);
    g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* A file that is not there. */
  {
    g_autoptr(GFile) missing = g_file_new_build_filename (f->dir, "saknas.pdf", NULL);

    a = pj_store_add_attachment (f->ws, f->nomination_id, missing, NULL, &error);
    g_assert_null (a);
    g_assert_error (error, PJ_ERROR, PJ_ERROR_IO);
    g_assert_nonnull (strstr (error->message, "saknas.pdf"));
    g_clear_error (&error);
  }
}

/* Exactly the cap is accepted, in a thread, with progress; the window's
 * connection reads meanwhile. */
static void
test_async_at_cap (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) big = make_sparse_file (f, "video.mp4", PJ_ATTACHMENT_MAX_BYTES);
  g_autoptr(GFile) dest = g_file_new_build_filename (f->dir, "video-ut.mp4", NULL);
  g_autoptr(PjAttachment) a = NULL;
  g_autofree char *expected_hash = sha256sum (big);
  AsyncWait wait = { 0 };
  AsyncWait extract_wait = { 0 };
  gint64 start, longest_gap = 0, last;
  guint reads = 0;

  start = last = g_get_monotonic_time ();
  pj_store_add_attachment_async (f->ws, f->nomination_id, big, progress_cb, &wait, NULL,
                                 NULL, async_done_cb, &wait);
  /* The main connection keeps answering while the thread writes. */
  while (wait.result == NULL)
    {
      gint64 now;

      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpuint (n_attachments (f, f->nomination_id), <=, 1);
      reads++;
      now = g_get_monotonic_time ();
      longest_gap = MAX (longest_gap, now - last);
      last = now;
      g_usleep (1000);
    }
  g_test_message ("25 MB added in %" G_GINT64_FORMAT " ms; %u reads meanwhile, "
                  "the longest took %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000, reads, longest_gap / 1000);
  /* Reads on the main connection never waited for the writer. */
  g_assert_cmpint (longest_gap, <, 100 * 1000);

  a = pj_store_add_attachment_finish (f->ws, wait.result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (a);
  g_assert_cmpint (pj_attachment_get_size (a), ==, PJ_ATTACHMENT_MAX_BYTES);
  g_assert_cmpstr (pj_attachment_get_sha256 (a), ==, expected_hash);
  g_assert_cmpuint (wait.n_progress, >, 0);
  g_assert_cmpint (wait.last_done, ==, PJ_ATTACHMENT_MAX_BYTES);
  g_assert_cmpint (wait.last_total, ==, PJ_ATTACHMENT_MAX_BYTES);
  /* "changed" came on the window's workspace object. */
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (n_attachments (f, f->nomination_id), ==, 1);
  g_clear_object (&wait.result);

  start = g_get_monotonic_time ();
  pj_store_extract_attachment_async (f->ws, pj_attachment_get_id (a), dest, NULL,
                                     async_done_cb, &extract_wait);
  wait_for_result (&extract_wait);
  g_test_message ("25 MB extracted in %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);
  g_assert_true (pj_store_extract_attachment_finish (f->ws, extract_wait.result, &error));
  g_assert_no_error (error);
  g_clear_object (&extract_wait.result);
  {
    g_autofree char *out_hash = sha256sum (dest);

    g_assert_cmpstr (out_hash, ==, expected_hash);
  }
}

static void
test_duplicate_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) report = make_file (f, "Rapport.pdf", 5000, 7);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(PjAttachment) a = NULL;
  g_autoptr(PjAttachment) b = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "Kopia av rapport.pdf", NULL);
  g_autofree char *report_path = g_file_get_path (report);
  g_autofree char *bytes = NULL;
  gsize len;

  a = pj_store_add_attachment (f->ws, f->nomination_id, report, NULL, &error);
  g_assert_no_error (error);

  /* The same file again. */
  b = pj_store_add_attachment (f->ws, f->nomination_id, report, NULL, &error);
  g_assert_null (b);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "“Rapport.pdf” is already attached to this nomination.");
  g_clear_error (&error);

  /* The same content under another name: named after the one there. */
  g_assert_true (g_file_get_contents (report_path, &bytes, &len, NULL));
  g_assert_true (g_file_set_contents (copy_path, bytes, len, NULL));
  copy = g_file_new_for_path (copy_path);
  b = pj_store_add_attachment (f->ws, f->nomination_id, copy, NULL, &error);
  g_assert_null (b);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==,
                   "“Kopia av rapport.pdf” is already attached to this nomination, "
                   "as “Rapport.pdf”.");
  g_clear_error (&error);

  /* Nothing of the refused ones was kept. */
  g_assert_cmpuint (n_attachments (f, f->nomination_id), ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 1);
}

static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) one = make_file (f, "ett.txt", 100, 8);
  g_autoptr(GFile) two = make_file (f, "två.txt", 200, 9);
  g_autoptr(PjAttachment) a = pj_store_add_attachment (f->ws, f->nomination_id, one, NULL,
                                                       &error);
  g_autoptr(PjAttachment) b = pj_store_add_attachment (f->ws, f->nomination_id, two, NULL,
                                                       &error);
  g_autoptr(PjAttachment) gone = NULL;
  g_autoptr(PjAttachment) back = NULL;
  g_autoptr(GFile) dest = g_file_new_build_filename (f->dir, "ut.txt", NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (n_attachments (f, f->nomination_id), ==, 2);

  g_assert_true (pj_store_remove_attachment (f->ws, pj_attachment_get_id (a), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_attachments (f, f->nomination_id), ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 3);

  gone = pj_store_get_attachment (f->ws, pj_attachment_get_id (a), &error);
  g_assert_null (gone);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pj_store_remove_attachment (f->ws, pj_attachment_get_id (a), &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pj_store_extract_attachment (f->ws, pj_attachment_get_id (a), dest, NULL,
                                               &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_query_exists (dest, NULL));

  /* Removed content may be attached again. */
  back = pj_store_add_attachment (f->ws, f->nomination_id, one, NULL, &error);
  g_assert_no_error (error);

  /* Deleting the nomination takes its attachments with it. */
  g_assert_true (pj_store_delete_nomination (f->ws, f->nomination_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_attachments (f, f->nomination_id), ==, 0);
  {
    g_autoptr(PjAttachment) late = pj_store_add_attachment (f->ws, f->nomination_id, two, NULL,
                                                            &error);
    g_assert_null (late);
    g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  }
}

static void
test_corrupt_detected (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) report = make_file (f, "protokoll.pdf", 300 * 1000, 10);
  g_autoptr(PjAttachment) a = NULL;
  g_autoptr(GFile) dest = g_file_new_build_filename (f->dir, "befintlig.pdf", NULL);
  g_autofree char *dest_path = g_file_get_path (dest);
  g_autofree char *kept = NULL;
  sqlite3 *db = pj_workspace_get_db (f->ws);
  sqlite3_blob *blob = NULL;
  guint8 byte;

  a = pj_store_add_attachment (f->ws, f->nomination_id, report, NULL, &error);
  g_assert_no_error (error);

  /* One byte in the middle of the stored content flips. */
  g_assert_cmpint (sqlite3_blob_open (db, "main", "attachment", "content",
                                      pj_attachment_get_id (a), 1, &blob), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_blob_read (blob, &byte, 1, 150000), ==, SQLITE_OK);
  byte ^= 0x01;
  g_assert_cmpint (sqlite3_blob_write (blob, &byte, 1, 150000), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_blob_close (blob), ==, SQLITE_OK);

  /* The destination exists already and is left as it was. */
  g_assert_true (g_file_set_contents (dest_path, "det som fanns", -1, NULL));
  g_assert_false (pj_store_extract_attachment (f->ws, pj_attachment_get_id (a), dest, NULL,
                                               &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_assert_nonnull (strstr (error->message, "protokoll.pdf"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (dest_path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "det som fanns");
  g_assert_cmpuint (n_partial_files (f), ==, 0);

  /* A content of the wrong length is caught too. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE attachment SET content = x'00' WHERE id = "
                                 "(SELECT max(id) FROM attachment)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_false (pj_store_extract_attachment (f->ws, pj_attachment_get_id (a), dest, NULL,
                                               &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_cmpuint (n_partial_files (f), ==, 0);
}

static void
test_audit (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) report = make_file (f, "Bilaga 1.pdf", 1234, 11);
  g_autoptr(PjAttachment) a = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(PjAuditEntry) removed = NULL;
  g_autoptr(PjAuditEntry) added = NULL;
  g_autofree char *value = NULL;

  a = pj_store_add_attachment (f->ws, f->nomination_id, report, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pj_store_remove_attachment (f->ws, pj_attachment_get_id (a), &error));
  g_assert_no_error (error);

  value = g_strdup_printf ("Bilaga 1.pdf (SHA-256 %s)", pj_attachment_get_sha256 (a));
  log = pj_store_list_audit (f->ws, "nomination", f->nomination_id, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 2);

  removed = g_list_model_get_item (log, 0);
  g_assert_cmpstr (pj_audit_entry_get_action (removed), ==, "detach");
  g_assert_cmpstr (pj_audit_entry_get_who (removed), ==, "Test Organiser");
  g_assert_cmpstr (pj_audit_entry_get_field (removed), ==, "attachment");
  g_assert_cmpstr (pj_audit_entry_get_old_value (removed), ==, value);
  g_assert_null (pj_audit_entry_get_new_value (removed));

  added = g_list_model_get_item (log, 1);
  g_assert_cmpstr (pj_audit_entry_get_action (added), ==, "attach");
  g_assert_cmpint (pj_audit_entry_get_entity_id (added), ==, f->nomination_id);
  g_assert_cmpstr (pj_audit_entry_get_new_value (added), ==, value);
  g_assert_null (pj_audit_entry_get_old_value (added));

  /* A refused add leaves no trace. */
  {
    g_autoptr(GFile) huge = make_sparse_file (f, "stor.pdf", PJ_ATTACHMENT_MAX_BYTES * 2);
    g_autoptr(PjAttachment) none = pj_store_add_attachment (f->ws, f->nomination_id, huge, NULL,
                                                            &error);
    g_autoptr(GListModel) after = NULL;
    g_autoptr(PjAuditEntry) newest = NULL;

    g_assert_null (none);
    g_clear_error (&error);
    after = pj_store_list_audit (f->ws, "nomination", f->nomination_id, 1, &error);
    newest = g_list_model_get_item (after, 0);
    g_assert_cmpint (pj_audit_entry_get_id (newest), ==, pj_audit_entry_get_id (removed));
  }
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/attachment/add-list-extract", Fixture, NULL,
              fixture_setup, test_add_list_extract, fixture_teardown);
  g_test_add ("/attachment/names-sanitised", Fixture, NULL,
              fixture_setup, test_names_sanitised, fixture_teardown);
  g_test_add ("/attachment/oversize-refused", Fixture, NULL,
              fixture_setup, test_oversize_refused, fixture_teardown);
  g_test_add ("/attachment/async-at-cap", Fixture, NULL,
              fixture_setup, test_async_at_cap, fixture_teardown);
  g_test_add ("/attachment/duplicate-refused", Fixture, NULL,
              fixture_setup, test_duplicate_refused, fixture_teardown);
  g_test_add ("/attachment/remove", Fixture, NULL,
              fixture_setup, test_remove, fixture_teardown);
  g_test_add ("/attachment/corrupt-detected", Fixture, NULL,
              fixture_setup, test_corrupt_detected, fixture_teardown);
  g_test_add ("/attachment/audit", Fixture, NULL,
              fixture_setup, test_audit, fixture_teardown);

  return g_test_run ();
}
