/* pj-unit.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"
#include "pj-enums.h"

G_BEGIN_DECLS

#define PJ_TYPE_UNIT (pj_unit_get_type ())
G_DECLARE_FINAL_TYPE (PjUnit, pj_unit, PJ, UNIT, GObject)

/* An organisation unit. Properties: id, version, name, unit-type, parent-id
 * (PJ_NO_ID for none). Units belong to the workspace, not to an edition, so
 * that earlier winners can be recognised across years. */
PjUnit      *pj_unit_new             (void);
gint64       pj_unit_get_id          (PjUnit *self);
gint64       pj_unit_get_version     (PjUnit *self);
const char  *pj_unit_get_name        (PjUnit *self);
void         pj_unit_set_name        (PjUnit *self, const char *name);
PjUnitType   pj_unit_get_unit_type   (PjUnit *self);
void         pj_unit_set_unit_type   (PjUnit *self, PjUnitType type);
gint64       pj_unit_get_parent_id   (PjUnit *self);
void         pj_unit_set_parent_id   (PjUnit *self, gint64 parent_id);

G_END_DECLS
