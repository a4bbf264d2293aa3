/* pj-decision-private.h: what the store sets on a PjDecision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-decision.h"

G_BEGIN_DECLS

void pj_decision_set_stored (PjDecision *self,
                             gint64      id,
                             gint64      version,
                             const char *nomination_title);

G_END_DECLS
