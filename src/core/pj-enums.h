/* pj-enums.h: the domain's enumerations, their stored names and their labels
 *
 * Each enum has a GType (for properties), a stable string used in the database
 * and in files (never translated), and a translated label for the UI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PJ_PHASE_SETUP,
  PJ_PHASE_NOMINATIONS,
  PJ_PHASE_SCORING,
  PJ_PHASE_DELIBERATION,
  PJ_PHASE_DECIDED,
  PJ_PHASE_PUBLISHED,
} PjPhase;
#define PJ_N_PHASES 6

typedef enum
{
  PJ_BLIND_NEVER,         /* other jurors' scores never visible */
  PJ_BLIND_AFTER_SUBMIT,  /* visible after one's own sheet is submitted */
  PJ_BLIND_ALWAYS,        /* always visible */
} PjBlindPolicy;
#define PJ_N_BLIND_POLICIES 3

typedef enum
{
  PJ_AGGREGATION_MEAN,
  PJ_AGGREGATION_MEDIAN,
  PJ_AGGREGATION_TRIMMED_MEAN,
  PJ_AGGREGATION_Z_SCORE,
} PjAggregation;
#define PJ_N_AGGREGATIONS 4

typedef enum
{
  PJ_AWARD_MODE_TOP_N,
  PJ_AWARD_MODE_THRESHOLD,
} PjAwardMode;
#define PJ_N_AWARD_MODES 2

typedef enum
{
  PJ_UNIT_FORVALTNING,
  PJ_UNIT_STADSDELSFORVALTNING,
  PJ_UNIT_BOLAG,
  PJ_UNIT_EXTERN_UTFORARE,
} PjUnitType;
#define PJ_N_UNIT_TYPES 4

typedef enum
{
  PJ_ROLE_MEMBER,
  PJ_ROLE_EXAMINER,
  PJ_ROLE_CHAIR,
} PjJurorRole;
#define PJ_N_JUROR_ROLES 3

typedef enum
{
  PJ_CLASS_NONE,
  PJ_CLASS_INNOVATION,
  PJ_CLASS_FORBATTRING,
  PJ_CLASS_GOTT_EXEMPEL,
} PjInnovationClass;
#define PJ_N_INNOVATION_CLASSES 4

typedef enum
{
  PJ_NOMINATION_DRAFT,
  PJ_NOMINATION_SUBMITTED,
  PJ_NOMINATION_ELIGIBLE,
  PJ_NOMINATION_INELIGIBLE,
  PJ_NOMINATION_WITHDRAWN,
} PjNominationStatus;
#define PJ_N_NOMINATION_STATUSES 5

typedef enum
{
  PJ_SUBSTRATEGY_GOVERNANCE,
  PJ_SUBSTRATEGY_TOOLS,
  PJ_SUBSTRATEGY_KNOWLEDGE,
  PJ_SUBSTRATEGY_LEADERSHIP,
  PJ_SUBSTRATEGY_MEETING_PLACES,
  PJ_SUBSTRATEGY_PROCUREMENT,
} PjSubstrategy;
#define PJ_N_SUBSTRATEGIES 6

typedef enum
{
  PJ_SHEET_DRAFT,
  PJ_SHEET_SUBMITTED,
  PJ_SHEET_ABSTAINED,
} PjSheetStatus;
#define PJ_N_SHEET_STATUSES 3

GType pj_phase_get_type            (void) G_GNUC_CONST;
GType pj_blind_policy_get_type     (void) G_GNUC_CONST;
GType pj_aggregation_get_type      (void) G_GNUC_CONST;
GType pj_award_mode_get_type       (void) G_GNUC_CONST;
GType pj_unit_type_get_type        (void) G_GNUC_CONST;
GType pj_juror_role_get_type       (void) G_GNUC_CONST;
GType pj_innovation_class_get_type (void) G_GNUC_CONST;
GType pj_nomination_status_get_type (void) G_GNUC_CONST;
GType pj_sheet_status_get_type     (void) G_GNUC_CONST;
#define PJ_TYPE_PHASE            (pj_phase_get_type ())
#define PJ_TYPE_BLIND_POLICY     (pj_blind_policy_get_type ())
#define PJ_TYPE_AGGREGATION      (pj_aggregation_get_type ())
#define PJ_TYPE_AWARD_MODE       (pj_award_mode_get_type ())
#define PJ_TYPE_UNIT_TYPE        (pj_unit_type_get_type ())
#define PJ_TYPE_JUROR_ROLE       (pj_juror_role_get_type ())
#define PJ_TYPE_INNOVATION_CLASS (pj_innovation_class_get_type ())
#define PJ_TYPE_NOMINATION_STATUS (pj_nomination_status_get_type ())
#define PJ_TYPE_SHEET_STATUS     (pj_sheet_status_get_type ())

/* Stored names ("setup", "after-submit", "forvaltning", ...): stable, ASCII,
 * used in the database and exchange files. _from_string returns FALSE for an
 * unknown name and leaves *out alone. */
const char *pj_phase_to_string            (PjPhase value);
gboolean    pj_phase_from_string          (const char *s, PjPhase *out);
const char *pj_blind_policy_to_string     (PjBlindPolicy value);
gboolean    pj_blind_policy_from_string   (const char *s, PjBlindPolicy *out);
const char *pj_aggregation_to_string      (PjAggregation value);
gboolean    pj_aggregation_from_string    (const char *s, PjAggregation *out);
const char *pj_award_mode_to_string       (PjAwardMode value);
gboolean    pj_award_mode_from_string     (const char *s, PjAwardMode *out);
const char *pj_unit_type_to_string        (PjUnitType value);
gboolean    pj_unit_type_from_string      (const char *s, PjUnitType *out);
const char *pj_juror_role_to_string       (PjJurorRole value);
gboolean    pj_juror_role_from_string     (const char *s, PjJurorRole *out);
const char *pj_innovation_class_to_string (PjInnovationClass value);  /* NONE -> NULL */
gboolean    pj_innovation_class_from_string (const char *s, PjInnovationClass *out);
const char *pj_nomination_status_to_string (PjNominationStatus value);
gboolean    pj_nomination_status_from_string (const char *s, PjNominationStatus *out);
const char *pj_substrategy_to_string      (PjSubstrategy value);
gboolean    pj_substrategy_from_string    (const char *s, PjSubstrategy *out);
const char *pj_sheet_status_to_string     (PjSheetStatus value);
gboolean    pj_sheet_status_from_string   (const char *s, PjSheetStatus *out);

/* Translated labels for the UI ("Scoring" / "Bedömning"). */
const char *pj_phase_to_label             (PjPhase value);
const char *pj_blind_policy_to_label      (PjBlindPolicy value);
const char *pj_aggregation_to_label       (PjAggregation value);
const char *pj_award_mode_to_label        (PjAwardMode value);
const char *pj_unit_type_to_label         (PjUnitType value);
const char *pj_juror_role_to_label        (PjJurorRole value);
const char *pj_innovation_class_to_label  (PjInnovationClass value);
const char *pj_nomination_status_to_label (PjNominationStatus value);
const char *pj_substrategy_to_label       (PjSubstrategy value);
const char *pj_sheet_status_to_label      (PjSheetStatus value);

G_END_DECLS
