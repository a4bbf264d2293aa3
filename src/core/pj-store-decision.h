/* pj-store-decision.h: deliberation and the jury's decision in the workspace
 *
 * The rules are enforced here, not only in the views:
 * - Deliberation notes and the jury's assessed innovation class may be
 *   written in every phase until the edition is decided.
 * - Placements are written only in the deliberation phase, a category at a
 *   time, and only as a set that passes pj_decision_check_category ()
 *   against the ranking by the edition's method: the kinds fit the
 *   category's mode, the counts its settings, every placement has a
 *   citation, and one placed out of ranking order has a reason.
 * - "Mark decided" checks every category again and locks the edition
 *   (phase decided): nothing here writes until an organiser reopens it,
 *   with a reason, back to deliberation.
 * - Each write is one transaction with audit entries and "changed"
 *   (detail "decision", "nomination" or "edition") after commit; a row
 *   changed by someone else since it was read is refused with
 *   PJ_ERROR_CHANGED_ELSEWHERE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-enums.h"
#include "pj-workspace.h"
#include "pj-decision.h"

G_BEGIN_DECLS

/* Deliberation notes ------------------------------------------------------ */

/* The note for the consensus meeting ("" when there is none), with its row
 * version in *version (0 when there is none). */
char       *pj_store_get_deliberation_note  (PjWorkspace  *ws,
                                             gint64        nomination_id,
                                             gint64       *version,
                                             GError      **error);
/* Writes the note, optimistically: *version is the version it was read
 * at (0 for none) and becomes the stored one. Audited old → new. */
gboolean    pj_store_set_deliberation_note  (PjWorkspace  *ws,
                                             gint64        nomination_id,
                                             const char   *note,
                                             gint64       *version,
                                             GError      **error);
/* Every note of the edition's nominations: nomination id (gint64 *) ->
 * note (char *), notes that are empty left out. For the minutes. */
GHashTable *pj_store_list_deliberation_notes (PjWorkspace *ws,
                                              gint64       edition_id,
                                              GError     **error);

/* The jury's assessment of the innovation class (PJ_CLASS_NONE clears it).
 * Audited as a change of the nomination's class_assessed. */
gboolean    pj_store_set_class_assessed     (PjWorkspace        *ws,
                                             gint64              nomination_id,
                                             PjInnovationClass   value,
                                             GError            **error);

/* Placements -------------------------------------------------------------- */

/* Every placement of the edition: a GListModel of PjDecision with
 * nomination-title, by category position, then winners, honourable
 * mentions, awarded, then position. */
GListModel *pj_store_list_decisions         (PjWorkspace  *ws,
                                             gint64        edition_id,
                                             GError      **error);
/* The same for one category, as a GPtrArray of PjDecision to edit and save
 * back. */
GPtrArray  *pj_store_get_category_decisions (PjWorkspace  *ws,
                                             gint64        category_id,
                                             GError      **error);
/* Replaces the category's placements with @decisions (PjDecision, each of
 * @category_id): those with an id are updated (refused when changed since
 * read), those without are created, stored ones not in the set are
 * removed. Refused unless the edition is in deliberation and the set passes
 * pj_decision_check_category (). On success the objects carry their ids
 * and versions. */
gboolean    pj_store_save_category_decisions (PjWorkspace *ws,
                                              gint64       category_id,
                                              GPtrArray   *decisions,
                                              GError     **error);

/* Phases ------------------------------------------------------------------ */

/* Scoring is over: the edition goes from scoring to deliberation. */
gboolean    pj_store_begin_deliberation     (PjWorkspace  *ws,
                                             gint64        edition_id,
                                             GError      **error);
/* Checks every category's placements again and locks them: deliberation →
 * decided. */
gboolean    pj_store_mark_decided           (PjWorkspace  *ws,
                                             gint64        edition_id,
                                             GError      **error);
/* An organiser's action: decided → deliberation, with a reason (required)
 * that goes to the audit log. */
gboolean    pj_store_reopen_decisions       (PjWorkspace  *ws,
                                             gint64        edition_id,
                                             const char   *reason,
                                             GError      **error);

G_END_DECLS
