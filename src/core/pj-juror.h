/* pj-juror.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"
#include "pj-enums.h"

G_BEGIN_DECLS

#define PJ_TYPE_JUROR (pj_juror_get_type ())
G_DECLARE_FINAL_TYPE (PjJuror, pj_juror, PJ, JUROR, GObject)

/* A jury member of one edition. Properties: id, version, edition-id, name,
 * email, unit-id (PJ_NO_ID for none), role. The ballot key is created by the
 * store and never leaves it except into that juror's ballot. */
PjJuror      *pj_juror_new                (void);
gint64        pj_juror_get_id             (PjJuror *self);
gint64        pj_juror_get_version        (PjJuror *self);
gint64        pj_juror_get_edition_id     (PjJuror *self);
void          pj_juror_set_edition_id     (PjJuror *self, gint64 edition_id);
const char   *pj_juror_get_name           (PjJuror *self);
void          pj_juror_set_name           (PjJuror *self, const char *name);
const char   *pj_juror_get_email          (PjJuror *self);
void          pj_juror_set_email          (PjJuror *self, const char *email);
gint64        pj_juror_get_unit_id        (PjJuror *self);
void          pj_juror_set_unit_id        (PjJuror *self, gint64 unit_id);
PjJurorRole   pj_juror_get_role           (PjJuror *self);
void          pj_juror_set_role           (PjJuror *self, PjJurorRole role);
const gint64 *pj_juror_get_category_ids   (PjJuror *self, guint *n_ids);
void          pj_juror_set_category_ids   (PjJuror *self, const gint64 *ids, guint n_ids);

G_END_DECLS
