/* pj-indicators-private.h: what pj-store-indicators.c fills
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-indicators.h"

G_BEGIN_DECLS

PjIndicators *pj_indicators_new          (gint64                award_id,
                                          const char           *award_name);
/* Appends an edition column; returns its index. */
guint         pj_indicators_add_edition  (PjIndicators         *self,
                                          gint64                edition_id,
                                          int                   year,
                                          guint                 total);
/* Adds a row if @key is new (at the end, or sorted by label for
 * administrations when the indicators are finished), and @count to it. */
void          pj_indicators_add          (PjIndicators         *self,
                                          PjIndicatorDimension  dimension,
                                          const char           *key,
                                          const char           *label,
                                          guint                 edition,
                                          guint                 count);
/* Sorts what needs sorting, once everything is added. */
void          pj_indicators_finish       (PjIndicators         *self);

G_END_DECLS
