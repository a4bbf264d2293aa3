/* pj-store-import.h: writing an import in one transaction
 *
 * Used by pj-import.c only; the plan decides, this writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-import.h"
#include "pj-workspace.h"
#include "pj-nomination.h"
#include "pj-unit.h"

G_BEGIN_DECLS

/* In @unit_refs: a unit that is the i-th of @new_units, which has no id
 * until it is created in the same transaction. */
#define PJ_IMPORT_NEW_UNIT_ID(i) (-1 - (gint64) (i))

/* In one transaction: creates @new_units (PjUnit, name and type set),
 * sets each nomination's units from @unit_refs (parallel to @nominations:
 * a GArray of gint64, existing unit ids or PJ_IMPORT_NEW_UNIT_ID ()),
 * inserts @nominations (PjNomination) with their units, team and
 * sub-strategies, each with its "create" audit entry, and appends one
 * "import" audit entry on the edition whose new value is @audit_text.
 * All or nothing. On success the units and nominations carry their stored
 * ids and "changed" is emitted ("unit" when units were created, then
 * "nomination"). On failure *failed_index (if not NULL) is the index of the
 * nomination refused, or -1 when the failure was not one nomination's.
 * @progress (may be NULL) is called after every @progress_every
 * nominations inserted and after the last, before the commit. */
gboolean pj_store_import_nominations (PjWorkspace           *ws,
                                      gint64                 edition_id,
                                      GPtrArray             *new_units,
                                      GPtrArray             *nominations,
                                      GPtrArray             *unit_refs,
                                      const char            *audit_text,
                                      guint                  progress_every,
                                      PjImportProgressFunc   progress,
                                      gpointer               progress_data,
                                      int                   *failed_index,
                                      GError               **error);

G_END_DECLS
