/* pj-enums.c: GTypes, stored names and translated labels of the enumerations
 *
 * The stored names are part of the file format and the database: never
 * translate or rename them. Labels are what the user reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-enums"

#include "config.h"

#include "pj-enums.h"

#include <string.h>

#include <glib/gi18n-lib.h>

G_DEFINE_ENUM_TYPE (PjPhase, pj_phase,
  G_DEFINE_ENUM_VALUE (PJ_PHASE_SETUP, "setup"),
  G_DEFINE_ENUM_VALUE (PJ_PHASE_NOMINATIONS, "nominations"),
  G_DEFINE_ENUM_VALUE (PJ_PHASE_SCORING, "scoring"),
  G_DEFINE_ENUM_VALUE (PJ_PHASE_DELIBERATION, "deliberation"),
  G_DEFINE_ENUM_VALUE (PJ_PHASE_DECIDED, "decided"),
  G_DEFINE_ENUM_VALUE (PJ_PHASE_PUBLISHED, "published"))

G_DEFINE_ENUM_TYPE (PjBlindPolicy, pj_blind_policy,
  G_DEFINE_ENUM_VALUE (PJ_BLIND_NEVER, "never"),
  G_DEFINE_ENUM_VALUE (PJ_BLIND_AFTER_SUBMIT, "after-submit"),
  G_DEFINE_ENUM_VALUE (PJ_BLIND_ALWAYS, "always"))

G_DEFINE_ENUM_TYPE (PjAggregation, pj_aggregation,
  G_DEFINE_ENUM_VALUE (PJ_AGGREGATION_MEAN, "mean"),
  G_DEFINE_ENUM_VALUE (PJ_AGGREGATION_MEDIAN, "median"),
  G_DEFINE_ENUM_VALUE (PJ_AGGREGATION_TRIMMED_MEAN, "trimmed-mean"),
  G_DEFINE_ENUM_VALUE (PJ_AGGREGATION_Z_SCORE, "z-score"))

G_DEFINE_ENUM_TYPE (PjAwardMode, pj_award_mode,
  G_DEFINE_ENUM_VALUE (PJ_AWARD_MODE_TOP_N, "top-n"),
  G_DEFINE_ENUM_VALUE (PJ_AWARD_MODE_THRESHOLD, "threshold"))

G_DEFINE_ENUM_TYPE (PjUnitType, pj_unit_type,
  G_DEFINE_ENUM_VALUE (PJ_UNIT_FORVALTNING, "forvaltning"),
  G_DEFINE_ENUM_VALUE (PJ_UNIT_STADSDELSFORVALTNING, "stadsdelsforvaltning"),
  G_DEFINE_ENUM_VALUE (PJ_UNIT_BOLAG, "bolag"),
  G_DEFINE_ENUM_VALUE (PJ_UNIT_EXTERN_UTFORARE, "extern-utforare"))

G_DEFINE_ENUM_TYPE (PjNominationStatus, pj_nomination_status,
  G_DEFINE_ENUM_VALUE (PJ_NOMINATION_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (PJ_NOMINATION_SUBMITTED, "submitted"),
  G_DEFINE_ENUM_VALUE (PJ_NOMINATION_ELIGIBLE, "eligible"),
  G_DEFINE_ENUM_VALUE (PJ_NOMINATION_INELIGIBLE, "ineligible"),
  G_DEFINE_ENUM_VALUE (PJ_NOMINATION_WITHDRAWN, "withdrawn"))

G_DEFINE_ENUM_TYPE (PjSheetStatus, pj_sheet_status,
  G_DEFINE_ENUM_VALUE (PJ_SHEET_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (PJ_SHEET_SUBMITTED, "submitted"),
  G_DEFINE_ENUM_VALUE (PJ_SHEET_ABSTAINED, "abstained"))

G_DEFINE_ENUM_TYPE (PjJurorRole, pj_juror_role,
  G_DEFINE_ENUM_VALUE (PJ_ROLE_MEMBER, "member"),
  G_DEFINE_ENUM_VALUE (PJ_ROLE_EXAMINER, "examiner"),
  G_DEFINE_ENUM_VALUE (PJ_ROLE_CHAIR, "chair"))

G_DEFINE_ENUM_TYPE (PjInnovationClass, pj_innovation_class,
  G_DEFINE_ENUM_VALUE (PJ_CLASS_NONE, "none"),
  G_DEFINE_ENUM_VALUE (PJ_CLASS_INNOVATION, "innovation"),
  G_DEFINE_ENUM_VALUE (PJ_CLASS_FORBATTRING, "forbattring"),
  G_DEFINE_ENUM_VALUE (PJ_CLASS_GOTT_EXEMPEL, "gott-exempel"))

/* Stored names, indexed by value */

static const char * const phase_names[PJ_N_PHASES] = {
  "setup", "nominations", "scoring", "deliberation", "decided", "published",
};

static const char * const blind_policy_names[PJ_N_BLIND_POLICIES] = {
  "never", "after-submit", "always",
};

static const char * const aggregation_names[PJ_N_AGGREGATIONS] = {
  "mean", "median", "trimmed-mean", "z-score",
};

static const char * const award_mode_names[PJ_N_AWARD_MODES] = {
  "top-n", "threshold",
};

static const char * const unit_type_names[PJ_N_UNIT_TYPES] = {
  "forvaltning", "stadsdelsforvaltning", "bolag", "extern-utforare",
};

static const char * const juror_role_names[PJ_N_JUROR_ROLES] = {
  "member", "examiner", "chair",
};

/* PJ_CLASS_NONE is stored as NULL (not stated). */
static const char * const innovation_class_names[PJ_N_INNOVATION_CLASSES] = {
  NULL, "innovation", "forbattring", "gott-exempel",
};

static const char * const nomination_status_names[PJ_N_NOMINATION_STATUSES] = {
  "draft", "submitted", "eligible", "ineligible", "withdrawn",
};

static const char * const substrategy_names[PJ_N_SUBSTRATEGIES] = {
  "governance", "tools", "knowledge", "leadership", "meeting-places", "procurement",
};

static const char * const sheet_status_names[PJ_N_SHEET_STATUSES] = {
  "draft", "submitted", "abstained",
};

/* Labels, indexed by value; translated when asked for */

static const char * const phase_labels[PJ_N_PHASES] = {
  N_("Setup"),
  N_("Nominations"),
  N_("Scoring"),
  N_("Deliberation"),
  N_("Decided"),
  N_("Published"),
};

static const char * const blind_policy_labels[PJ_N_BLIND_POLICIES] = {
  N_("Never"),
  N_("After submitting own scores"),
  N_("Always"),
};

static const char * const aggregation_labels[PJ_N_AGGREGATIONS] = {
  N_("Mean"),
  N_("Median"),
  N_("Trimmed mean"),
  N_("Z-score normalised"),
};

static const char * const award_mode_labels[PJ_N_AWARD_MODES] = {
  N_("Top N"),
  N_("Threshold"),
};

static const char * const unit_type_labels[PJ_N_UNIT_TYPES] = {
  N_("Administration"),
  N_("District administration"),
  N_("Municipal company"),
  N_("Contracted provider"),
};

static const char * const juror_role_labels[PJ_N_JUROR_ROLES] = {
  N_("Jury member"),
  N_("Examiner"),
  N_("Chair"),
};

static const char * const innovation_class_labels[PJ_N_INNOVATION_CLASSES] = {
  N_("Not stated"),
  N_("Innovation"),
  N_("Continuous improvement"),
  N_("Good practice"),
};

/* Labels that read alike in English but not in Swedish carry a context. */
static const char * const nomination_status_labels[PJ_N_NOMINATION_STATUSES] = {
  NC_("nomination status", "Draft"),
  NC_("nomination status", "Submitted"),
  NC_("nomination status", "Eligible"),
  NC_("nomination status", "Ineligible"),
  NC_("nomination status", "Withdrawn"),
};

static const char * const substrategy_labels[PJ_N_SUBSTRATEGIES] = {
  N_("Governance"),
  N_("Tools"),
  N_("Staff knowledge"),
  N_("Leadership"),
  N_("Meeting places and collaboration"),
  N_("Innovative procurement"),
};

static const char * const sheet_status_labels[PJ_N_SHEET_STATUSES] = {
  NC_("score sheet status", "Draft"),
  NC_("score sheet status", "Submitted"),
  NC_("score sheet status", "Abstained"),
};

static gboolean
find_name (const char * const *names,
           guint               n_names,
           const char         *s,
           guint              *index)
{
  if (s == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (names[i] != NULL && strcmp (names[i], s) == 0)
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* One to_string, from_string and to_label per enumeration. */
#define PJ_DEFINE_ENUM_NAMES(Type, prefix, N, context)                         \
const char *                                                                   \
pj_ ## prefix ## _to_string (Type value)                                       \
{                                                                              \
  g_return_val_if_fail ((guint) value < N, NULL);                              \
  return prefix ## _names[value];                                              \
}                                                                              \
                                                                               \
gboolean                                                                       \
pj_ ## prefix ## _from_string (const char *s,                                  \
                               Type       *out)                                \
{                                                                              \
  guint index;                                                                 \
                                                                               \
  if (!find_name (prefix ## _names, N, s, &index))                             \
    return FALSE;                                                              \
  if (out != NULL)                                                             \
    *out = (Type) index;                                                       \
  return TRUE;                                                                 \
}                                                                              \
                                                                               \
const char *                                                                   \
pj_ ## prefix ## _to_label (Type value)                                        \
{                                                                              \
  g_return_val_if_fail ((guint) value < N, "");                                \
  if (context != NULL)                                                         \
    return g_dpgettext2 (GETTEXT_PACKAGE, context, prefix ## _labels[value]);  \
  return _(prefix ## _labels[value]);                                          \
}

PJ_DEFINE_ENUM_NAMES (PjPhase, phase, PJ_N_PHASES, NULL)
PJ_DEFINE_ENUM_NAMES (PjBlindPolicy, blind_policy, PJ_N_BLIND_POLICIES, NULL)
PJ_DEFINE_ENUM_NAMES (PjAggregation, aggregation, PJ_N_AGGREGATIONS, NULL)
PJ_DEFINE_ENUM_NAMES (PjAwardMode, award_mode, PJ_N_AWARD_MODES, NULL)
PJ_DEFINE_ENUM_NAMES (PjUnitType, unit_type, PJ_N_UNIT_TYPES, NULL)
PJ_DEFINE_ENUM_NAMES (PjJurorRole, juror_role, PJ_N_JUROR_ROLES, NULL)
PJ_DEFINE_ENUM_NAMES (PjNominationStatus, nomination_status, PJ_N_NOMINATION_STATUSES, "nomination status")
PJ_DEFINE_ENUM_NAMES (PjSubstrategy, substrategy, PJ_N_SUBSTRATEGIES, NULL)
PJ_DEFINE_ENUM_NAMES (PjSheetStatus, sheet_status, PJ_N_SHEET_STATUSES, "score sheet status")

/* The innovation class differs: "not stated" is stored as NULL, so NULL and
 * an empty string read back as PJ_CLASS_NONE. */
const char *
pj_innovation_class_to_string (PjInnovationClass value)
{
  g_return_val_if_fail ((guint) value < PJ_N_INNOVATION_CLASSES, NULL);
  return innovation_class_names[value];
}

gboolean
pj_innovation_class_from_string (const char        *s,
                                 PjInnovationClass *out)
{
  guint index;

  if (s == NULL || *s == '\0')
    index = PJ_CLASS_NONE;
  else if (!find_name (innovation_class_names, PJ_N_INNOVATION_CLASSES, s, &index))
    return FALSE;

  if (out != NULL)
    *out = (PjInnovationClass) index;
  return TRUE;
}

const char *
pj_innovation_class_to_label (PjInnovationClass value)
{
  g_return_val_if_fail ((guint) value < PJ_N_INNOVATION_CLASSES, "");
  return _(innovation_class_labels[value]);
}
