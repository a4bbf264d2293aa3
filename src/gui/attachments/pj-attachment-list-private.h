/* pj-attachment-list-private.h: what the tests look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-attachment-list.h"
#include "pj-attachment.h"

G_BEGIN_DECLS

/* Where Open extracts an attachment for the system viewer:
 * $XDG_CACHE_HOME/prisjury/attachments/<sha256>/<name>. */
GFile      *pj_attachment_list_cache_file      (PjAttachment     *attachment);
/* The last toast this list showed, while it is shown, or NULL. */
AdwToast   *pj_attachment_list_get_last_toast  (PjAttachmentList *self);
/* The row shown for the attachment @id, or NULL. */
GtkWidget  *pj_attachment_list_get_row         (PjAttachmentList *self,
                                                gint64            id);

G_END_DECLS
