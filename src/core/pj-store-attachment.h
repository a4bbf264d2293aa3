/* pj-store-attachment.h: files attached to nominations
 *
 * An attachment's content is stored as a BLOB inside the workspace, so a
 * workspace stays one file that can be copied or backed up whole. Adding
 * and removing are one transaction each, audited on the nomination
 * (action "attach" / "detach", field "attachment", the value
 * "<name> (SHA-256 <hash>)"), and emit "changed" with detail "attachment".
 * Content is streamed in chunks both ways, never held in memory whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-workspace.h"
#include "pj-attachment.h"

G_BEGIN_DECLS

/* The largest file that can be attached: 25 MB (decimal, as file managers
 * show sizes). That is the common e-mail limit, so anything a nominator
 * already sends by mail fits (a report with photos, a slide deck, a short
 * video clip), while a workspace with a few hundred nominations stays
 * small enough to copy, back up before a migration and send on. Adding or
 * extracting one such file takes well under a second. */
#define PJ_ATTACHMENT_MAX_BYTES ((gint64) 25 * 1000 * 1000)

/* Progress of a long add or extract: @done of @total bytes. */
typedef void (*PjAttachmentProgressFunc) (gint64   done,
                                          gint64   total,
                                          gpointer user_data);

/* Copies @file into the workspace as an attachment of the nomination. The
 * name is the file's display name, sanitised (pj_attachment_sanitize_name).
 * Refused before reading with PJ_ERROR_INVALID when the file is larger than
 * PJ_ATTACHMENT_MAX_BYTES or is not a regular file, with PJ_ERROR_DUPLICATE
 * when the nomination already has the same content (the message names that
 * attachment), with PJ_ERROR_NOT_FOUND when the nomination is gone, and
 * with PJ_ERROR_IO when the file cannot be read or changed while it was
 * read. Returns the new attachment. */
PjAttachment *pj_store_add_attachment          (PjWorkspace               *ws,
                                                gint64                     nomination_id,
                                                GFile                     *file,
                                                GCancellable              *cancellable,
                                                GError                   **error);
/* The same in a thread, on a connection of its own to the same file, so the
 * window never waits for the disk. @progress (may be NULL) is called in the
 * thread-default main context of the caller. "changed" is emitted on @ws
 * before @callback runs. */
void          pj_store_add_attachment_async    (PjWorkspace               *ws,
                                                gint64                     nomination_id,
                                                GFile                     *file,
                                                PjAttachmentProgressFunc   progress,
                                                gpointer                   progress_data,
                                                GDestroyNotify             progress_destroy,
                                                GCancellable              *cancellable,
                                                GAsyncReadyCallback        callback,
                                                gpointer                   user_data);
PjAttachment *pj_store_add_attachment_finish   (PjWorkspace               *ws,
                                                GAsyncResult              *result,
                                                GError                   **error);

/* The attachments of a nomination, oldest first, as a GListModel of
 * PjAttachment: the descriptions only, the content is not read. */
GListModel   *pj_store_list_attachments        (PjWorkspace               *ws,
                                                gint64                     nomination_id,
                                                GError                   **error);
/* One attachment's description; PJ_ERROR_NOT_FOUND when it is gone. */
PjAttachment *pj_store_get_attachment          (PjWorkspace               *ws,
                                                gint64                     id,
                                                GError                   **error);
/* Deletes the attachment (audited). PJ_ERROR_NOT_FOUND when it is gone. */
gboolean      pj_store_remove_attachment       (PjWorkspace               *ws,
                                                gint64                     id,
                                                GError                   **error);

/* Writes the attachment's content to @dest atomically: into a temporary
 * file beside it, renamed over @dest only when everything was written and
 * the SHA-256 of what was read matches the stored one. A mismatch is
 * PJ_ERROR_CORRUPT (the workspace is damaged) and leaves @dest untouched. */
gboolean      pj_store_extract_attachment      (PjWorkspace               *ws,
                                                gint64                     id,
                                                GFile                     *dest,
                                                GCancellable              *cancellable,
                                                GError                   **error);
/* The same in a thread, on a connection of its own. */
void          pj_store_extract_attachment_async  (PjWorkspace             *ws,
                                                  gint64                   id,
                                                  GFile                   *dest,
                                                  GCancellable            *cancellable,
                                                  GAsyncReadyCallback      callback,
                                                  gpointer                 user_data);
gboolean      pj_store_extract_attachment_finish (PjWorkspace             *ws,
                                                  GAsyncResult            *result,
                                                  GError                 **error);

/* "41 MB": a size over the cap, in whole megabytes rounded up, as the
 * refusal message says it. */
char         *pj_attachment_format_megabytes   (gint64                     size);

G_END_DECLS
