/* pj-attachment-list.h: the attachments of one nomination
 *
 * A boxed list with a row per attachment (icon by type, name, size, short
 * hash; Open, Save As…, Remove), an Add Attachment… button, and files
 * dropped onto it are added too. Embed it with the properties "workspace"
 * and "nomination-id"; errors show in the nearest AdwToastOverlay.
 *
 * Actions: attachments.add, attachments.open (x: attachment id),
 * attachments.save-as (x), attachments.remove (x, with Undo in a toast).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-workspace.h"

G_BEGIN_DECLS

#define PJ_TYPE_ATTACHMENT_LIST (pj_attachment_list_get_type ())
G_DECLARE_FINAL_TYPE (PjAttachmentList, pj_attachment_list, PJ, ATTACHMENT_LIST, GtkWidget)

GtkWidget   *pj_attachment_list_new               (void);

PjWorkspace *pj_attachment_list_get_workspace     (PjAttachmentList *self);
void         pj_attachment_list_set_workspace     (PjAttachmentList *self,
                                                   PjWorkspace      *workspace);
gint64       pj_attachment_list_get_nomination_id (PjAttachmentList *self);
void         pj_attachment_list_set_nomination_id (PjAttachmentList *self,
                                                   gint64            nomination_id);

/* Adds @file to the nomination in the background (queued behind files
 * still being added), as the Add button and a drop do; a refusal shows in a
 * toast. Does nothing without a workspace and a nomination id. */
void         pj_attachment_list_add_file          (PjAttachmentList *self,
                                                   GFile            *file);
/* TRUE while files are being added ("busy" property). */
gboolean     pj_attachment_list_get_busy          (PjAttachmentList *self);
/* The attachments shown: a GListModel of PjAttachment, without the ones
 * waiting for their Undo toast to go. */
GListModel  *pj_attachment_list_get_model         (PjAttachmentList *self);

G_END_DECLS
