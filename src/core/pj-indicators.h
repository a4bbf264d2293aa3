/* pj-indicators.h: the entrants indicator
 *
 * The city reports the number of entrants to its management system. Per
 * edition: the nominations entered (every nomination but drafts; those
 * found ineligible or withdrawn later did enter) by category, by the type
 * of their units, by administration (the top of each nominee unit's parent
 * chain: the förvaltning, stadsdelsförvaltning or the company group), by
 * innovation class (the jury's assessment where it has one, else the class
 * claimed) and by sub-strategy. A nomination with two units of one type or
 * administration counts once there; one with several sub-strategies counts
 * once for each; so only the category and class rows add up to the total.
 * Across the editions of an award the same, one column per edition.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"

G_BEGIN_DECLS

typedef enum
{
  PJ_INDICATOR_CATEGORY,
  PJ_INDICATOR_UNIT_TYPE,
  PJ_INDICATOR_ADMINISTRATION,
  PJ_INDICATOR_INNOVATION_CLASS,
  PJ_INDICATOR_SUBSTRATEGY,
} PjIndicatorDimension;
#define PJ_N_INDICATOR_DIMENSIONS 5

/* "category", "unit-type", "administration", "innovation-class",
 * "substrategy": stable, for machine-readable output. */
const char *pj_indicator_dimension_to_string (PjIndicatorDimension dimension);
/* Translated: "By category". */
const char *pj_indicator_dimension_to_label  (PjIndicatorDimension dimension);

typedef struct _PjIndicators PjIndicators;

#define PJ_TYPE_INDICATORS (pj_indicators_get_type ())
GType         pj_indicators_get_type          (void) G_GNUC_CONST;

/* One edition. */
PjIndicators *pj_store_indicators_for_edition (PjWorkspace  *ws,
                                               gint64        edition_id,
                                               GError      **error);
/* Every edition of the award, by year, oldest first. */
PjIndicators *pj_store_indicators_for_award   (PjWorkspace  *ws,
                                               gint64        award_id,
                                               GError      **error);

PjIndicators *pj_indicators_ref               (PjIndicators *self);
void          pj_indicators_unref             (PjIndicators *self);

const char   *pj_indicators_get_award_name    (PjIndicators *self);
gint64        pj_indicators_get_award_id      (PjIndicators *self);

/* Editions are the columns. */
guint         pj_indicators_get_n_editions    (PjIndicators *self);
gint64        pj_indicators_get_edition_id    (PjIndicators *self,
                                               guint         edition);
int           pj_indicators_get_year          (PjIndicators *self,
                                               guint         edition);
/* Nominations entered in the edition. */
guint         pj_indicators_get_total         (PjIndicators *self,
                                               guint         edition);

/* Rows of a dimension. Unit types, classes and sub-strategies list every
 * value (zeros included) in their order, then "none" if any nomination
 * has none; categories by their position in the latest edition, then the
 * ones only earlier editions had; administrations by name. The key is
 * stable (a stored name, a category name, a unit id; "" for none), the
 * label is for people. */
guint         pj_indicators_get_n_rows        (PjIndicators         *self,
                                               PjIndicatorDimension  dimension);
const char   *pj_indicators_get_row_key       (PjIndicators         *self,
                                               PjIndicatorDimension  dimension,
                                               guint                 row);
const char   *pj_indicators_get_row_label     (PjIndicators         *self,
                                               PjIndicatorDimension  dimension,
                                               guint                 row);
guint         pj_indicators_get_count         (PjIndicators         *self,
                                               PjIndicatorDimension  dimension,
                                               guint                 row,
                                               guint                 edition);
/* The count of the row with @key, 0 when there is none. */
guint         pj_indicators_lookup            (PjIndicators         *self,
                                               PjIndicatorDimension  dimension,
                                               const char           *key,
                                               guint                 edition);

/* CSV for Excel (UTF-8 with a byte order mark, semicolons): award,
 * indicator, value, then one column per year found in any of @list, the
 * first row of each award its total. */
GBytes       *pj_indicators_to_csv            (PjIndicators * const *list,
                                               guint                 n_list);
gboolean      pj_indicators_export_csv        (PjIndicators * const *list,
                                               guint                 n_list,
                                               GFile                *file,
                                               GCancellable         *cancellable,
                                               GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjIndicators, pj_indicators_unref)

G_END_DECLS
