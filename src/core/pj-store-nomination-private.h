/* pj-store-nomination-private.h: nomination writes for other store files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-nomination.h"
#include "pj-workspace.h"

G_BEGIN_DECLS

/* Validates and inserts one nomination with its units, team and
 * sub-strategies, audited, inside the caller's open transaction. Does not
 * refresh conflicts of interest nor emit "changed": the caller does, once. */
gboolean pj_store_insert_nomination_txn (PjWorkspace   *ws,
                                         PjNomination  *nomination,
                                         gint64        *out_id,
                                         GError       **error);

G_END_DECLS
