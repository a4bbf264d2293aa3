/* pj-entity-private.h: what the store sets on entities and nobody else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-award.h"
#include "pj-edition.h"
#include "pj-category.h"
#include "pj-criterion.h"
#include "pj-unit.h"
#include "pj-juror.h"
#include "pj-audit-entry.h"

G_BEGIN_DECLS

/* id and row version as stored; notifies "id"/"version" on change. */
void          pj_award_set_stored        (PjAward     *self, gint64 id, gint64 version);
void          pj_edition_set_stored      (PjEdition   *self, gint64 id, gint64 version);
void          pj_category_set_stored     (PjCategory  *self, gint64 id, gint64 version);
void          pj_criterion_set_stored    (PjCriterion *self, gint64 id, gint64 version);
void          pj_unit_set_stored         (PjUnit      *self, gint64 id, gint64 version);
void          pj_juror_set_stored        (PjJuror     *self, gint64 id, gint64 version);

void          pj_edition_set_award_name  (PjEdition   *self, const char *award_name);
void          pj_category_set_position   (PjCategory  *self, int position);
void          pj_criterion_set_position  (PjCriterion *self, int position);

PjAuditEntry *pj_audit_entry_new_full    (gint64      id,
                                          const char *at,
                                          const char *who,
                                          const char *action,
                                          const char *entity,
                                          gint64      entity_id,
                                          const char *field,
                                          const char *old_value,
                                          const char *new_value);

G_END_DECLS
