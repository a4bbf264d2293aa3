/* pj-store-attachment.c: files attached to nominations, stored as BLOBs
 *
 * Content goes in and out through SQLite's incremental BLOB I/O in chunks:
 * the row is inserted with a zeroblob of the file's size, then filled while
 * the SHA-256 is computed; extraction reads it back the same way into a
 * temporary file that is renamed over the destination only when the hash
 * matches. The async variants run in a thread on a connection of their own
 * to the same workspace file (WAL lets the window keep reading meanwhile).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-store"

#include "config.h"

#include "pj-store-attachment.h"

#include <glib/gi18n-lib.h>

#include "pj-workspace-private.h"

#define CHUNK_BYTES (256 * 1024)
#define ZERO_HASH "0000000000000000000000000000000000000000000000000000000000000000"

/* Helpers {{{ */

static char *
now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
audit_value (const char *name,
             const char *sha256)
{
  return g_strdup_printf ("%s (SHA-256 %s)", name, sha256);
}

/* The name a user knows the file by, for messages. */
static char *
file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_parse_name (file);
  return g_filename_display_name (basename);
}

static PjAttachment *
attachment_from_row (sqlite3_stmt *stmt)
{
  /* id, nomination_id, name, size, sha256, added */
  return pj_attachment_new (sqlite3_column_int64 (stmt, 0),
                            sqlite3_column_int64 (stmt, 1),
                            (const char *) sqlite3_column_text (stmt, 2),
                            sqlite3_column_int64 (stmt, 3),
                            (const char *) sqlite3_column_text (stmt, 4),
                            (const char *) sqlite3_column_text (stmt, 5));
}

static void
set_gone_error (GError **error)
{
  g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
               _("The attachment no longer exists: it was removed elsewhere."));
}

static void
set_blob_error (PjWorkspace  *ws,
                GError      **error,
                int           rc,
                const char   *what)
{
  pj_workspace_set_error (ws, error, rc, what);
}

/* }}} */

/* Adding {{{ */

static gboolean
nomination_exists (PjWorkspace  *ws,
                   gint64        nomination_id,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = pj_workspace_prepare (ws, "SELECT 1 FROM nomination WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, nomination_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                 _("The nomination no longer exists: it was deleted elsewhere."));
  else
    pj_workspace_set_error (ws, error, rc, _("Could not read the nomination"));
  return FALSE;
}

/* The name of another attachment of the nomination with this content, or
 * NULL. */
static char *
find_same_content (PjWorkspace  *ws,
                   gint64        nomination_id,
                   const char   *sha256,
                   gint64        except_id,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  char *name = NULL;
  int rc;

  stmt = pj_workspace_prepare (ws,
                               "SELECT name FROM attachment WHERE nomination_id = ?1"
                               " AND sha256 = ?2 AND id <> ?3 ORDER BY id LIMIT 1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, nomination_id);
  pj_stmt_bind_text (stmt, 2, sha256);
  sqlite3_bind_int64 (stmt, 3, except_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    name = pj_stmt_dup_text (stmt, 0);
  else if (rc != SQLITE_DONE)
    pj_workspace_set_error (ws, error, rc, _("Could not read the attachments"));
  sqlite3_reset (stmt);
  return name;
}

/* Streams @stream (exactly @size bytes) into the content of row @id,
 * returning the SHA-256 of what was written. */
static char *
stream_into_blob (PjWorkspace               *ws,
                  gint64                     id,
                  GInputStream              *stream,
                  gint64                     size,
                  const char                *display,
                  PjAttachmentProgressFunc   progress,
                  gpointer                   progress_data,
                  GCancellable              *cancellable,
                  GError                   **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (CHUNK_BYTES);
  sqlite3_blob *blob = NULL;
  gint64 done = 0;
  int rc;

  rc = sqlite3_blob_open (pj_workspace_get_db (ws), "main", "attachment", "content", id, 1,
                          &blob);
  if (rc != SQLITE_OK)
    {
      set_blob_error (ws, error, rc, _("Could not store the attachment"));
      sqlite3_blob_close (blob);
      return NULL;
    }

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, CHUNK_BYTES, cancellable, error);

      if (n < 0)
        goto fail;
      if (n == 0)
        break;
      if (done + n > size)
        break;

      g_checksum_update (checksum, buffer, n);
      rc = sqlite3_blob_write (blob, buffer, (int) n, (int) done);
      if (rc != SQLITE_OK)
        {
          set_blob_error (ws, error, rc, _("Could not store the attachment"));
          goto fail;
        }
      done += n;
      if (progress != NULL)
        progress (done, size, progress_data);
    }

  if (done != size || g_input_stream_read (stream, buffer, 1, cancellable, NULL) != 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                   _("“%s” changed while it was being read. Try again."), display);
      goto fail;
    }

  rc = sqlite3_blob_close (blob);
  if (rc != SQLITE_OK)
    {
      set_blob_error (ws, error, rc, _("Could not store the attachment"));
      return NULL;
    }
  return g_strdup (g_checksum_get_string (checksum));

fail:
  sqlite3_blob_close (blob);
  return NULL;
}

static PjAttachment *
add_attachment (PjWorkspace               *ws,
                gint64                     nomination_id,
                GFile                     *file,
                PjAttachmentProgressFunc   progress,
                gpointer                   progress_data,
                GCancellable              *cancellable,
                GError                   **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = file_display_name (file);
  g_autofree char *name = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *existing = NULL;
  g_autofree char *added = now_iso ();
  g_autofree char *value = NULL;
  sqlite3_stmt *stmt;
  gint64 size;
  gint64 id;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not read “%s”: %s"),
                     display, local_error->message);
      return NULL;
    }

  g_free (display);
  display = g_strdup (g_file_info_get_display_name (info));
  name = pj_attachment_sanitize_name (display);

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("“%s” is not a file: only files can be attached."), display);
      return NULL;
    }

  size = g_file_info_get_size (info);
  if (size > PJ_ATTACHMENT_MAX_BYTES)
    {
      g_autofree char *have = pj_attachment_format_megabytes (size);
      g_autofree char *cap = pj_attachment_format_megabytes (PJ_ATTACHMENT_MAX_BYTES);

      /* Translators: "“report.pdf” is 41 MB; attachments can be at most 25 MB." */
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("“%s” is %s; attachments can be at most %s."), display, have, cap);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not read “%s”: %s"),
                     display, local_error->message);
      return NULL;
    }

  if (!pj_workspace_begin (ws, error))
    return NULL;

  if (!nomination_exists (ws, nomination_id, error))
    goto fail;

  stmt = pj_workspace_prepare (ws,
                               "INSERT INTO attachment (nomination_id, name, size, sha256,"
                               " content, added) VALUES (?1, ?2, ?3, ?4, zeroblob(?3), ?5)",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, nomination_id);
  pj_stmt_bind_text (stmt, 2, name);
  sqlite3_bind_int64 (stmt, 3, size);
  pj_stmt_bind_text (stmt, 4, ZERO_HASH);
  pj_stmt_bind_text (stmt, 5, added);
  if (!pj_workspace_step_done (ws, stmt, _("Could not store the attachment"), error))
    goto fail;
  id = sqlite3_last_insert_rowid (pj_workspace_get_db (ws));

  sha256 = stream_into_blob (ws, id, G_INPUT_STREAM (stream), size, display,
                             progress, progress_data, cancellable, &local_error);
  if (sha256 == NULL)
    {
      if (local_error->domain == PJ_ERROR ||
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not read “%s”: %s"),
                     display, local_error->message);
      goto fail;
    }

  existing = find_same_content (ws, nomination_id, sha256, id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      goto fail;
    }
  if (existing != NULL)
    {
      if (g_strcmp0 (existing, name) == 0)
        g_set_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE,
                     _("“%s” is already attached to this nomination."), existing);
      else
        /* Translators: the first is the file being added, the second the
         * attachment of the nomination with the very same content. */
        g_set_error (error, PJ_ERROR, PJ_ERROR_DUPLICATE,
                     _("“%s” is already attached to this nomination, as “%s”."),
                     name, existing);
      goto fail;
    }

  stmt = pj_workspace_prepare (ws, "UPDATE attachment SET sha256 = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  pj_stmt_bind_text (stmt, 2, sha256);
  value = audit_value (name, sha256);
  if (!pj_workspace_step_done (ws, stmt, _("Could not store the attachment"), error) ||
      !pj_workspace_audit (ws, "attach", "nomination", nomination_id, "attachment",
                           NULL, value, error) ||
      !pj_workspace_commit (ws, error))
    goto fail;

  g_input_stream_close (G_INPUT_STREAM (stream), NULL, NULL);
  g_debug ("Attached %s (%" G_GINT64_FORMAT " bytes) to nomination %" G_GINT64_FORMAT,
           name, size, nomination_id);
  return pj_attachment_new (id, nomination_id, name, size, sha256, added);

fail:
  pj_workspace_rollback (ws);
  return NULL;
}

/* }}} */

/* Extracting {{{ */

static gboolean
write_blob_to_stream (PjWorkspace    *ws,
                      gint64          id,
                      gint64          size,
                      const char     *sha256,
                      const char     *name,
                      GOutputStream  *out,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (CHUNK_BYTES);
  sqlite3_blob *blob = NULL;
  gint64 done = 0;
  int rc;

  rc = sqlite3_blob_open (pj_workspace_get_db (ws), "main", "attachment", "content", id, 0,
                          &blob);
  if (rc != SQLITE_OK)
    {
      set_blob_error (ws, error, rc, _("Could not read the attachment"));
      sqlite3_blob_close (blob);
      return FALSE;
    }

  if (sqlite3_blob_bytes (blob) != size)
    goto damaged;

  while (done < size)
    {
      int n = (int) MIN ((gint64) CHUNK_BYTES, size - done);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
      rc = sqlite3_blob_read (blob, buffer, n, (int) done);
      if (rc != SQLITE_OK)
        {
          set_blob_error (ws, error, rc, _("Could not read the attachment"));
          goto fail;
        }
      g_checksum_update (checksum, buffer, n);
      if (!g_output_stream_write_all (out, buffer, n, NULL, cancellable, error))
        goto fail;
      done += n;
    }

  if (g_strcmp0 (g_checksum_get_string (checksum), sha256) != 0)
    goto damaged;

  sqlite3_blob_close (blob);
  return TRUE;

damaged:
  g_set_error (error, PJ_ERROR, PJ_ERROR_CORRUPT,
               _("The workspace is damaged: the content of “%s” no longer matches its "
                 "checksum. Restore the workspace from a backup."), name);
fail:
  sqlite3_blob_close (blob);
  return FALSE;
}

static gboolean
extract_attachment (PjWorkspace   *ws,
                    gint64         id,
                    GFile         *dest,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(PjAttachment) attachment = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (dest);
  g_autoptr(GFile) tmp = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = file_display_name (dest);

  attachment = pj_store_get_attachment (ws, id, error);
  if (attachment == NULL)
    return FALSE;

  if (parent == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”."), display);
      return FALSE;
    }

  /* A temporary file beside the destination, so the rename is atomic. */
  for (guint attempt = 0; out == NULL && attempt < 20; attempt++)
    {
      g_autofree char *tmp_name = g_strdup_printf (".prisjury-%08x.part", g_random_int ());

      g_clear_object (&tmp);
      g_clear_error (&local_error);
      tmp = g_file_get_child (parent, tmp_name);
      out = g_file_create (tmp, G_FILE_CREATE_NONE, cancellable, &local_error);
      if (out == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        break;
    }
  if (out == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"),
                     display, local_error->message);
      return FALSE;
    }

  if (!write_blob_to_stream (ws, id, pj_attachment_get_size (attachment),
                             pj_attachment_get_sha256 (attachment),
                             pj_attachment_get_name (attachment),
                             G_OUTPUT_STREAM (out), cancellable, &local_error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, &local_error) ||
      !g_file_move (tmp, dest, G_FILE_COPY_OVERWRITE, cancellable, NULL, NULL, &local_error))
    {
      g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL);
      g_file_delete (tmp, NULL, NULL);
      if (local_error->domain == PJ_ERROR ||
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"),
                     display, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* }}} */

/* Threads {{{ */

/* Progress reported in a thread and delivered in the caller's context, at
 * most one delivery pending at a time. */
typedef struct
{
  GMutex                    lock;
  GMainContext             *context;
  GCancellable             *cancellable;
  PjAttachmentProgressFunc  func;
  gpointer                  data;
  GDestroyNotify            destroy;
  gint64                    done;
  gint64                    total;
  gboolean                  pending;
} Progress;

static void
progress_clear (gpointer data)
{
  Progress *p = data;

  g_mutex_clear (&p->lock);
  g_main_context_unref (p->context);
  g_clear_object (&p->cancellable);
}

static void
progress_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, progress_clear);
}

static gboolean
progress_deliver_cb (gpointer data)
{
  Progress *p = data;
  PjAttachmentProgressFunc func;
  gint64 done, total;

  g_mutex_lock (&p->lock);
  p->pending = FALSE;
  func = p->func;
  done = p->done;
  total = p->total;
  g_mutex_unlock (&p->lock);

  if (func != NULL && !g_cancellable_is_cancelled (p->cancellable))
    func (done, total, p->data);
  return G_SOURCE_REMOVE;
}

static void
progress_report (gint64   done,
                 gint64   total,
                 gpointer data)
{
  Progress *p = data;
  gboolean schedule;

  g_mutex_lock (&p->lock);
  p->done = done;
  p->total = total;
  schedule = !p->pending && p->func != NULL;
  p->pending = p->pending || schedule;
  g_mutex_unlock (&p->lock);

  if (schedule)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_callback (source, progress_deliver_cb, g_atomic_rc_box_acquire (p),
                             progress_unref);
      g_source_set_static_name (source, "[prisjury] attachment progress");
      g_source_attach (source, p->context);
    }
}

/* In the caller's context, when the work is over: no more calls. */
static void
progress_stop (Progress *p)
{
  PjAttachmentProgressFunc func;

  g_mutex_lock (&p->lock);
  func = p->func;
  p->func = NULL;
  g_mutex_unlock (&p->lock);

  if (func != NULL && p->destroy != NULL)
    p->destroy (p->data);
}

typedef struct
{
  char        *path;
  char        *user;
  gint64       id;      /* nomination (add) or attachment (extract) */
  GFile       *file;
  Progress    *progress;
} ThreadData;

static void
thread_data_free (ThreadData *data)
{
  g_free (data->path);
  g_free (data->user);
  g_clear_object (&data->file);
  g_clear_pointer (&data->progress, progress_unref);
  g_free (data);
}

static ThreadData *
thread_data_new (PjWorkspace *ws,
                 gint64       id,
                 GFile       *file)
{
  ThreadData *data = g_new0 (ThreadData, 1);

  data->path = g_strdup (pj_workspace_get_path (ws));
  data->user = g_strdup (pj_workspace_get_user (ws));
  data->id = id;
  data->file = g_object_ref (file);
  return data;
}

static PjWorkspace *
open_own_connection (ThreadData  *data,
                     GError     **error)
{
  PjWorkspace *ws = pj_workspace_open (data->path, PJ_WORKSPACE_OPEN_DEFAULT, error);

  if (ws != NULL)
    pj_workspace_set_user (ws, data->user);
  return ws;
}

static void
add_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  ThreadData *data = task_data;
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  PjAttachment *attachment;

  ws = open_own_connection (data, &error);
  if (ws == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  attachment = add_attachment (ws, data->id, data->file,
                               data->progress != NULL ? progress_report : NULL,
                               data->progress, cancellable, &error);
  if (attachment == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, attachment, g_object_unref);
}

static void
add_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  ThreadData *data = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  PjAttachment *attachment;

  attachment = g_task_propagate_pointer (G_TASK (result), &error);
  if (data->progress != NULL)
    progress_stop (data->progress);

  if (attachment == NULL)
    {
      g_task_return_error (outer, error);
      return;
    }

  pj_workspace_emit_changed (PJ_WORKSPACE (source), "attachment");
  g_task_return_pointer (outer, attachment, g_object_unref);
}

static void
extract_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ThreadData *data = task_data;
  g_autoptr(PjWorkspace) ws = NULL;
  GError *error = NULL;

  ws = open_own_connection (data, &error);
  if (ws == NULL || !extract_attachment (ws, data->id, data->file, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* }}} */

/* Public API {{{ */

PjAttachment *
pj_store_add_attachment (PjWorkspace   *ws,
                         gint64         nomination_id,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  PjAttachment *attachment;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (nomination_id > 0, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  attachment = add_attachment (ws, nomination_id, file, NULL, NULL, cancellable, error);
  if (attachment != NULL)
    pj_workspace_emit_changed (ws, "attachment");
  return attachment;
}

void
pj_store_add_attachment_async (PjWorkspace               *ws,
                               gint64                     nomination_id,
                               GFile                     *file,
                               PjAttachmentProgressFunc   progress,
                               gpointer                   progress_data,
                               GDestroyNotify             progress_destroy,
                               GCancellable              *cancellable,
                               GAsyncReadyCallback        callback,
                               gpointer                   user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  ThreadData *data;

  g_return_if_fail (PJ_IS_WORKSPACE (ws));
  g_return_if_fail (nomination_id > 0);
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  outer = g_task_new (ws, cancellable, callback, user_data);
  g_task_set_source_tag (outer, pj_store_add_attachment_async);
  /* Report what really happened: a commit is not undone by a late cancel. */
  g_task_set_check_cancellable (outer, FALSE);

  data = thread_data_new (ws, nomination_id, file);
  if (progress != NULL)
    {
      Progress *p = g_atomic_rc_box_new0 (Progress);

      g_mutex_init (&p->lock);
      p->context = g_main_context_ref_thread_default ();
      p->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();
      p->func = progress;
      p->data = progress_data;
      p->destroy = progress_destroy;
      data->progress = p;
    }

  inner = g_task_new (ws, cancellable, add_done_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (inner, add_thread);
  g_task_set_check_cancellable (inner, FALSE);
  g_task_set_task_data (inner, data, (GDestroyNotify) thread_data_free);
  g_task_run_in_thread (inner, add_thread);
}

PjAttachment *
pj_store_add_attachment_finish (PjWorkspace   *ws,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (g_task_is_valid (result, ws), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        pj_store_add_attachment_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GListModel *
pj_store_list_attachments (PjWorkspace  *ws,
                           gint64        nomination_id,
                           GError      **error)
{
  g_autoptr(GListStore) store = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The content column is never named: SQLite then does not read it. */
  stmt = pj_workspace_prepare (ws,
                               "SELECT id, nomination_id, name, size, sha256, added"
                               " FROM attachment WHERE nomination_id = ?1 ORDER BY id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, nomination_id);

  store = g_list_store_new (PJ_TYPE_ATTACHMENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(PjAttachment) attachment = attachment_from_row (stmt);

      g_list_store_append (store, attachment);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pj_workspace_set_error (ws, error, rc, _("Could not read the attachments"));
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

PjAttachment *
pj_store_get_attachment (PjWorkspace  *ws,
                         gint64        id,
                         GError      **error)
{
  PjAttachment *attachment = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = pj_workspace_prepare (ws,
                               "SELECT id, nomination_id, name, size, sha256, added"
                               " FROM attachment WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    attachment = attachment_from_row (stmt);
  else if (rc == SQLITE_DONE)
    set_gone_error (error);
  else
    pj_workspace_set_error (ws, error, rc, _("Could not read the attachment"));
  sqlite3_reset (stmt);

  return attachment;
}

gboolean
pj_store_remove_attachment (PjWorkspace  *ws,
                            gint64        id,
                            GError      **error)
{
  g_autoptr(PjAttachment) attachment = NULL;
  g_autofree char *value = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pj_workspace_begin (ws, error))
    return FALSE;

  attachment = pj_store_get_attachment (ws, id, error);
  if (attachment == NULL)
    goto fail;

  stmt = pj_workspace_prepare (ws, "DELETE FROM attachment WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  value = audit_value (pj_attachment_get_name (attachment), pj_attachment_get_sha256 (attachment));
  if (!pj_workspace_step_done (ws, stmt, _("Could not remove the attachment"), error) ||
      !pj_workspace_audit (ws, "detach", "nomination", pj_attachment_get_nomination_id (attachment),
                           "attachment", value, NULL, error) ||
      !pj_workspace_commit (ws, error))
    goto fail;

  pj_workspace_emit_changed (ws, "attachment");
  return TRUE;

fail:
  pj_workspace_rollback (ws);
  return FALSE;
}

gboolean
pj_store_extract_attachment (PjWorkspace   *ws,
                             gint64         id,
                             GFile         *dest,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return extract_attachment (ws, id, dest, cancellable, error);
}

void
pj_store_extract_attachment_async (PjWorkspace         *ws,
                                   gint64               id,
                                   GFile               *dest,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PJ_IS_WORKSPACE (ws));
  g_return_if_fail (G_IS_FILE (dest));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (ws, cancellable, callback, user_data);
  g_task_set_source_tag (task, pj_store_extract_attachment_async);
  g_task_set_task_data (task, thread_data_new (ws, id, dest), (GDestroyNotify) thread_data_free);
  g_task_run_in_thread (task, extract_thread);
}

gboolean
pj_store_extract_attachment_finish (PjWorkspace   *ws,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, ws), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
pj_attachment_format_megabytes (gint64 size)
{
  gint64 mb = (MAX (size, 0) + 999999) / 1000000;

  /* Translators: a file size in whole megabytes, "41 MB" */
  return g_strdup_printf (C_("file size", "%u MB"), (guint) MIN (mb, (gint64) G_MAXUINT));
}

/* }}} */
