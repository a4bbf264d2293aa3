/* pj-criterion.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"
#include "pj-enums.h"

G_BEGIN_DECLS

#define PJ_TYPE_CRITERION (pj_criterion_get_type ())
G_DECLARE_FINAL_TYPE (PjCriterion, pj_criterion, PJ, CRITERION, GObject)

/* A bedömningskriterium. Properties: id, version, edition-id, name,
 * description, weight (>= 0; 0 = shown but not counted), scale-min,
 * scale-max (integers, 0 <= min < max <= 100), required, position, labels
 * (GStrv, one rubric label per scale step from min to max, "" where unset).
 * Category ids: empty means the whole edition. */
PjCriterion   *pj_criterion_new                (void);
gint64         pj_criterion_get_id             (PjCriterion *self);
gint64         pj_criterion_get_version        (PjCriterion *self);
gint64         pj_criterion_get_edition_id     (PjCriterion *self);
void           pj_criterion_set_edition_id     (PjCriterion *self, gint64 edition_id);
const char    *pj_criterion_get_name           (PjCriterion *self);
void           pj_criterion_set_name           (PjCriterion *self, const char *name);
const char    *pj_criterion_get_description    (PjCriterion *self);
void           pj_criterion_set_description    (PjCriterion *self, const char *description);
double         pj_criterion_get_weight         (PjCriterion *self);
void           pj_criterion_set_weight         (PjCriterion *self, double weight);
int            pj_criterion_get_scale_min      (PjCriterion *self);
int            pj_criterion_get_scale_max      (PjCriterion *self);
/* Sets both ends; the labels array is resized to match, keeping labels of
 * values still inside the scale. */
void           pj_criterion_set_scale          (PjCriterion *self, int min, int max);
gboolean       pj_criterion_get_required       (PjCriterion *self);
void           pj_criterion_set_required       (PjCriterion *self, gboolean required);
int            pj_criterion_get_position       (PjCriterion *self);
/* Label of one scale step; "" when unset or out of range. */
const char    *pj_criterion_get_label          (PjCriterion *self, int value);
void           pj_criterion_set_label          (PjCriterion *self, int value, const char *label);
const char * const *pj_criterion_get_labels    (PjCriterion *self);
const gint64  *pj_criterion_get_category_ids   (PjCriterion *self, guint *n_ids);
void           pj_criterion_set_category_ids   (PjCriterion *self, const gint64 *ids, guint n_ids);
gboolean       pj_criterion_applies_to         (PjCriterion *self, gint64 category_id);

G_END_DECLS
