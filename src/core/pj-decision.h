/* pj-decision.h: one placement the jury decided on, and its rules
 *
 * A category's decision is a set of placements: in top-N mode winners and
 * honourable mentions, in threshold mode those awarded. Every placement
 * carries a citation (motivering). A placement that departs from the
 * ranking by the edition's method carries a reason too, which is kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-enums.h"
#include "pj-scoring.h"

G_BEGIN_DECLS

typedef enum
{
  PJ_PLACEMENT_WINNER,
  PJ_PLACEMENT_HONOURABLE_MENTION,
  PJ_PLACEMENT_AWARDED,            /* threshold mode */
} PjPlacement;
#define PJ_N_PLACEMENTS 3

GType       pj_placement_get_type    (void) G_GNUC_CONST;
#define PJ_TYPE_PLACEMENT (pj_placement_get_type ())

/* "winner", "honourable-mention", "awarded": stored and in files. */
const char *pj_placement_to_string   (PjPlacement  value);
gboolean    pj_placement_from_string (const char  *s,
                                      PjPlacement *out);
/* "Winner" / "Vinnare", translated. */
const char *pj_placement_to_label    (PjPlacement  value);

#define PJ_TYPE_DECISION (pj_decision_get_type ())
G_DECLARE_FINAL_TYPE (PjDecision, pj_decision, PJ, DECISION, GObject)

/* Properties: id, version (read-only, set by the store), category-id,
 * nomination-id, placement (PjPlacement), position (order among the
 * placements of the same kind, 0-based), citation, reason (why it departs
 * from the ranking; "" when it does not), and for display, filled by the
 * store: nomination-title. Strings are "" when empty, never NULL. */
PjDecision  *pj_decision_new                  (gint64       category_id,
                                               gint64       nomination_id,
                                               PjPlacement  placement,
                                               const char  *citation);
gint64       pj_decision_get_id               (PjDecision  *self);
gint64       pj_decision_get_version          (PjDecision  *self);
gint64       pj_decision_get_category_id      (PjDecision  *self);
void         pj_decision_set_category_id      (PjDecision  *self,
                                               gint64       category_id);
gint64       pj_decision_get_nomination_id    (PjDecision  *self);
void         pj_decision_set_nomination_id    (PjDecision  *self,
                                               gint64       nomination_id);
PjPlacement  pj_decision_get_placement        (PjDecision  *self);
void         pj_decision_set_placement        (PjDecision  *self,
                                               PjPlacement  placement);
guint        pj_decision_get_position         (PjDecision  *self);
void         pj_decision_set_position         (PjDecision  *self,
                                               guint        position);
const char  *pj_decision_get_citation         (PjDecision  *self);
void         pj_decision_set_citation         (PjDecision  *self,
                                               const char  *citation);
const char  *pj_decision_get_reason           (PjDecision  *self);
void         pj_decision_set_reason           (PjDecision  *self,
                                               const char  *reason);
const char  *pj_decision_get_nomination_title (PjDecision  *self);

/* The rules, as pure functions ---------------------------------------------
 *
 * Ranking levels: in top-N mode a winner is level 0, an honourable mention
 * level 1 and a nomination not placed level 2; in threshold mode awarded is
 * 0 and not placed 1. A placement is out of ranking order when a
 * nomination of the category ranked strictly better (a lower rank with a
 * result) sits at a higher level, when the nomination has no result, or, in
 * threshold mode, when its result is below the category's threshold. Ties
 * are never out of order. */

/* Whether @placement (of @nomination_id) departs from the ranking, given
 * the category's results @results (n entries of PjNominationResult, one
 * category) and all its placements (@decisions: PjDecision, the one judged
 * included). */
gboolean     pj_decision_is_out_of_order      (const PjNominationResult *results,
                                               guint                     n_results,
                                               GPtrArray                *decisions,
                                               PjDecision               *decision,
                                               PjAwardMode               mode,
                                               double                    threshold);

/* Checks a category's set of placements (a GPtrArray of PjDecision, all of
 * @category_id): the kinds fit the mode, at most @winners winners and
 * @honourable_mentions honourable mentions in top-N mode, each nomination
 * at most once and in scoring in the category (listed in @results), a
 * citation on every placement, and a reason on every placement that is out
 * of ranking order. FALSE with PJ_ERROR_INVALID naming the nomination and
 * what is missing. */
gboolean     pj_decision_check_category       (const PjNominationResult *results,
                                               guint                     n_results,
                                               GPtrArray                *decisions,
                                               PjAwardMode               mode,
                                               guint                     winners,
                                               guint                     honourable_mentions,
                                               double                    threshold,
                                               GHashTable               *titles,
                                               GError                  **error);

G_END_DECLS
