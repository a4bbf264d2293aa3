/* pj-store-nomination-private.h: nomination writes for other store files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-nomination.h"
#include "pj-workspace.h"
#include "pj-eligibility.h"

G_BEGIN_DECLS

/* Validates and inserts one nomination with its units, team and
 * sub-strategies, audited, inside the caller's open transaction. Does not
 * refresh conflicts of interest nor emit "changed": the caller does, once. */
gboolean pj_store_insert_nomination_txn (PjWorkspace   *ws,
                                         PjNomination  *nomination,
                                         gint64        *out_id,
                                         GError       **error);

/* Replaces the award's eligibility rules inside the caller's open
 * transaction, audited per rule; *changed says whether anything was
 * written. The caller emits "eligibility". */
gboolean pj_store_write_eligibility_rules_txn (PjWorkspace             *ws,
                                               gint64                   award_id,
                                               const PjEligibilityRule *rules,
                                               guint                    n_rules,
                                               gboolean                *changed,
                                               GError                 **error);

G_END_DECLS
