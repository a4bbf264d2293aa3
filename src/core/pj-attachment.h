/* pj-attachment.h: a file attached to a nomination
 *
 * The description of one attachment as the workspace stores it: the content
 * itself stays in the workspace and is read only when extracted
 * (pj-store-attachment.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"

G_BEGIN_DECLS

#define PJ_TYPE_ATTACHMENT (pj_attachment_get_type ())
G_DECLARE_FINAL_TYPE (PjAttachment, pj_attachment, PJ, ATTACHMENT, GObject)

/* Read only. Properties: id, nomination-id, name (the file name, already
 * sanitised), size (bytes), sha256 (64 lower-case hex digits), added
 * (ISO 8601 UTC, "2026-11-29T18:55:31Z"). */
PjAttachment *pj_attachment_new               (gint64        id,
                                               gint64        nomination_id,
                                               const char   *name,
                                               gint64        size,
                                               const char   *sha256,
                                               const char   *added);

gint64        pj_attachment_get_id            (PjAttachment *self);
gint64        pj_attachment_get_nomination_id (PjAttachment *self);
const char   *pj_attachment_get_name          (PjAttachment *self);
gint64        pj_attachment_get_size          (PjAttachment *self);
const char   *pj_attachment_get_sha256        (PjAttachment *self);
const char   *pj_attachment_get_added         (PjAttachment *self);
/* The first 8 hex digits of the hash, enough to tell two files apart at a
 * glance ("3f9a1c2b"). */
char         *pj_attachment_dup_short_hash    (PjAttachment *self);

/* A file name safe to store and to write into a folder: valid UTF-8, no
 * path separators ('/' and '\' become '_'), no control characters, no
 * leading or trailing spaces, not "." or "..", at most 255 bytes (the
 * extension is kept when the name is shortened). An empty result becomes
 * "attachment". */
char         *pj_attachment_sanitize_name     (const char   *name);

G_END_DECLS
