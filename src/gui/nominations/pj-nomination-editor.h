/* pj-nomination-editor.h: every field of one nomination, saved as you go
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-store-nomination.h"

G_BEGIN_DECLS

typedef enum
{
  PJ_SAVE_STATE_NONE,      /* no nomination shown */
  PJ_SAVE_STATE_SAVED,     /* what the widgets show is stored */
  PJ_SAVE_STATE_SAVING,    /* edits wait for the save */
  PJ_SAVE_STATE_FAILED,    /* the last save was refused: see the message */
  PJ_SAVE_STATE_CONFLICT,  /* changed elsewhere since it was read */
} PjSaveState;

#define PJ_TYPE_NOMINATION_EDITOR (pj_nomination_editor_get_type ())
G_DECLARE_FINAL_TYPE (PjNominationEditor, pj_nomination_editor,
                      PJ, NOMINATION_EDITOR, GtkWidget)

/* The milliseconds an edit waits for the next one before it is saved. */
#define PJ_NOMINATION_EDITOR_SAVE_DELAY 600

/* Properties: "workspace", "nomination-id" (PJ_NO_ID: none), "save-state"
 * (read only), "show-back" (a back button for a folded leaflet; it
 * activates "nominations.back").
 *
 * Edits are written to the store PJ_NOMINATION_EDITOR_SAVE_DELAY ms after
 * the last one, and at once when another nomination is shown. Actions
 * (group "editor"): undo (Ctrl+Z: writes back the nomination as it was
 * before the last save), reload (drops unsaved edits), add-member,
 * remove-member ("u"), remove-unit ("x"). */
GtkWidget    *pj_nomination_editor_new               (PjWorkspace *workspace);

PjWorkspace  *pj_nomination_editor_get_workspace     (PjNominationEditor *self);
void          pj_nomination_editor_set_workspace     (PjNominationEditor *self,
                                                      PjWorkspace        *workspace);
gint64        pj_nomination_editor_get_nomination_id (PjNominationEditor *self);
/* Saves pending edits of the nomination shown, then reads @id. */
void          pj_nomination_editor_set_nomination_id (PjNominationEditor *self,
                                                      gint64              id);
/* The nomination as edited (may hold unsaved edits), or NULL. */
PjNomination *pj_nomination_editor_get_nomination    (PjNominationEditor *self);
void          pj_nomination_editor_set_show_back     (PjNominationEditor *self,
                                                      gboolean            show_back);

PjSaveState   pj_nomination_editor_get_save_state    (PjNominationEditor *self);
/* "Saved", "Saving…", "Not saved: <reason>", "Changed elsewhere", as shown. */
const char   *pj_nomination_editor_get_save_message  (PjNominationEditor *self);
/* Writes pending edits now. TRUE when nothing is left unsaved. */
gboolean      pj_nomination_editor_save_now          (PjNominationEditor *self);
/* TRUE when the last save can be undone. */
gboolean      pj_nomination_editor_can_undo          (PjNominationEditor *self);

/* The input widget of a field, as a user would type into it: "title",
 * "category", "contact-name", "contact-email", "contact-phone",
 * "nominated-by", "nominated-by-unit", "received", "summary" (and the other
 * texts: a GtkTextView), "summary-counter" (a GtkLabel), "class-claimed",
 * "class-assessed", "status", "ineligible-reason", "staff-count",
 * "budget-in-balance", "resident-share", "substrategy-N" (a GtkCheckButton),
 * "units" and "team" (their GtkListBoxes), "eligibility" (the rule rows'
 * GtkListBox), "attachments". NULL for an unknown key. */
GtkWidget    *pj_nomination_editor_get_field         (PjNominationEditor *self,
                                                      const char         *key);
/* Adds a nominee unit as the picker does. */
gboolean      pj_nomination_editor_add_unit          (PjNominationEditor *self,
                                                      gint64              unit_id);

G_END_DECLS
