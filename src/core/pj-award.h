/* pj-award.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"
#include "pj-enums.h"

G_BEGIN_DECLS

#define PJ_TYPE_AWARD (pj_award_get_type ())
G_DECLARE_FINAL_TYPE (PjAward, pj_award, PJ, AWARD, GObject)

/* An award, e.g. Förnyelsepriset. Properties: id, version, name, description. */
PjAward     *pj_award_new             (void);
gint64       pj_award_get_id          (PjAward *self);
gint64       pj_award_get_version     (PjAward *self);
const char  *pj_award_get_name        (PjAward *self);
void         pj_award_set_name        (PjAward *self, const char *name);
const char  *pj_award_get_description (PjAward *self);
void         pj_award_set_description (PjAward *self, const char *description);

G_END_DECLS
