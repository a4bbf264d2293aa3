/* pj-category.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"
#include "pj-enums.h"

G_BEGIN_DECLS

#define PJ_TYPE_CATEGORY (pj_category_get_type ())
G_DECLARE_FINAL_TYPE (PjCategory, pj_category, PJ, CATEGORY, GObject)

/* A competition class of an edition. Properties: id, version, edition-id,
 * name, description, award-mode, winners (top N: how many winners, >= 1),
 * honourable-mentions (top N, >= 0), threshold (threshold mode: points
 * 0..100), prize, position (0-based order within the edition). */
PjCategory  *pj_category_new                      (void);
gint64       pj_category_get_id                   (PjCategory *self);
gint64       pj_category_get_version              (PjCategory *self);
gint64       pj_category_get_edition_id           (PjCategory *self);
void         pj_category_set_edition_id           (PjCategory *self, gint64 edition_id);
const char  *pj_category_get_name                 (PjCategory *self);
void         pj_category_set_name                 (PjCategory *self, const char *name);
const char  *pj_category_get_description          (PjCategory *self);
void         pj_category_set_description          (PjCategory *self, const char *description);
PjAwardMode  pj_category_get_award_mode           (PjCategory *self);
void         pj_category_set_award_mode           (PjCategory *self, PjAwardMode mode);
int          pj_category_get_winners              (PjCategory *self);
void         pj_category_set_winners              (PjCategory *self, int winners);
int          pj_category_get_honourable_mentions  (PjCategory *self);
void         pj_category_set_honourable_mentions  (PjCategory *self, int count);
double       pj_category_get_threshold            (PjCategory *self);
void         pj_category_set_threshold            (PjCategory *self, double points);
const char  *pj_category_get_prize                (PjCategory *self);
void         pj_category_set_prize                (PjCategory *self, const char *prize);
int          pj_category_get_position             (PjCategory *self);

G_END_DECLS
