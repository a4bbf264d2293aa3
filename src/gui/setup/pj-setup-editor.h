/* pj-setup-editor.h: the modal form that creates or edits one setup row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-store.h"

G_BEGIN_DECLS

typedef enum
{
  PJ_SETUP_EDITOR_AWARD,
  PJ_SETUP_EDITOR_EDITION,
  PJ_SETUP_EDITOR_COPY_EDITION,
  PJ_SETUP_EDITOR_CATEGORY,
  PJ_SETUP_EDITOR_CRITERION,
  PJ_SETUP_EDITOR_UNIT,
  PJ_SETUP_EDITOR_JUROR,
} PjSetupEditorKind;

#define PJ_TYPE_SETUP_EDITOR (pj_setup_editor_get_type ())
G_DECLARE_FINAL_TYPE (PjSetupEditor, pj_setup_editor, PJ, SETUP_EDITOR, AdwWindow)

/* @item_id PJ_NO_ID creates a new row (in @edition_id where it has one);
 * otherwise the row is read from the store and edited. For
 * PJ_SETUP_EDITOR_COPY_EDITION, @item_id is the edition preselected as the
 * source. Returns NULL with @error set when the row cannot be read. Like
 * any toplevel, the window belongs to GTK; present it, it destroys itself.
 * Emits "saved" (GObject *item) after a successful save, then closes. */
PjSetupEditor *pj_setup_editor_new          (PjWorkspace       *workspace,
                                             PjSetupEditorKind  kind,
                                             gint64             edition_id,
                                             gint64             item_id,
                                             GError           **error);

PjSetupEditorKind pj_setup_editor_get_kind  (PjSetupEditor *self);
/* The row being edited or created (a PjAward, PjEdition, ...). */
GObject      *pj_setup_editor_get_item      (PjSetupEditor *self);
/* Why Save is unavailable, or NULL when the form is valid. */
const char   *pj_setup_editor_get_problem   (PjSetupEditor *self);
/* The input widget of a field ("name", "year", "scale-min", "label-3",
 * "category-12", ...), or NULL. Used by the tests to type as a user. */
GtkWidget    *pj_setup_editor_get_field     (PjSetupEditor *self,
                                             const char    *key);
/* The Save button, as the user sees it. */
GtkWidget    *pj_setup_editor_get_save_button (PjSetupEditor *self);
/* The message of the last failed save, or NULL. */
const char   *pj_setup_editor_get_error     (PjSetupEditor *self);

G_END_DECLS
