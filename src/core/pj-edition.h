/* pj-edition.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"
#include "pj-enums.h"

G_BEGIN_DECLS

#define PJ_TYPE_EDITION (pj_edition_get_type ())
G_DECLARE_FINAL_TYPE (PjEdition, pj_edition, PJ, EDITION, GObject)

/* One year of an award. Properties: id, version, award-id, award-name (read
 * only, filled by the store), year, phase, nominations-close, scoring-close,
 * decision-date (ISO 8601 dates "2026-03-31" or NULL), blind-policy,
 * aggregation, disagreement-threshold (points, 0..100), min-jurors, title
 * (read only: "Förnyelsepriset 2026"). */
PjEdition    *pj_edition_new                       (void);
gint64        pj_edition_get_id                    (PjEdition *self);
gint64        pj_edition_get_version               (PjEdition *self);
gint64        pj_edition_get_award_id              (PjEdition *self);
void          pj_edition_set_award_id              (PjEdition *self, gint64 award_id);
const char   *pj_edition_get_award_name            (PjEdition *self);
char         *pj_edition_dup_title                 (PjEdition *self);
int           pj_edition_get_year                  (PjEdition *self);
void          pj_edition_set_year                  (PjEdition *self, int year);
PjPhase       pj_edition_get_phase                 (PjEdition *self);
void          pj_edition_set_phase                 (PjEdition *self, PjPhase phase);
const char   *pj_edition_get_nominations_close     (PjEdition *self);
void          pj_edition_set_nominations_close     (PjEdition *self, const char *iso_date);
const char   *pj_edition_get_scoring_close         (PjEdition *self);
void          pj_edition_set_scoring_close         (PjEdition *self, const char *iso_date);
const char   *pj_edition_get_decision_date         (PjEdition *self);
void          pj_edition_set_decision_date         (PjEdition *self, const char *iso_date);
PjBlindPolicy pj_edition_get_blind_policy          (PjEdition *self);
void          pj_edition_set_blind_policy          (PjEdition *self, PjBlindPolicy policy);
PjAggregation pj_edition_get_aggregation           (PjEdition *self);
void          pj_edition_set_aggregation           (PjEdition *self, PjAggregation aggregation);
double        pj_edition_get_disagreement_threshold (PjEdition *self);
void          pj_edition_set_disagreement_threshold (PjEdition *self, double points);
int           pj_edition_get_min_jurors            (PjEdition *self);
void          pj_edition_set_min_jurors            (PjEdition *self, int min_jurors);

G_END_DECLS
