/* pj-eligibility.h: an award's eligibility rules and how a nomination fares
 *
 * Pure functions: the store gathers the facts, these decide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include "pj-nomination.h"

G_BEGIN_DECLS

typedef enum
{
  PJ_RULE_MIN_STAFF,          /* value: the fewest staff allowed */
  PJ_RULE_BUDGET_BALANCE,     /* value unused: the budget must be in balance */
  PJ_RULE_WINNER_QUARANTINE,  /* value: years a winner waits before entering again */
  PJ_RULE_RESIDENT_SHARE,     /* value: percent of a contracted provider's places */
} PjRuleKind;
#define PJ_N_RULE_KINDS 4

typedef enum
{
  PJ_ELIGIBILITY_PASSED,
  PJ_ELIGIBILITY_FAILED,
  PJ_ELIGIBILITY_UNKNOWN,
} PjEligibilityOutcome;

typedef struct
{
  PjRuleKind kind;
  double     value;
} PjEligibilityRule;

/* What is known of a nomination. */
typedef struct
{
  int          staff_count;          /* -1 unknown */
  PjTristate   budget_in_balance;
  double       resident_share;       /* percent, -1 unknown */
  gboolean     contracted_provider;  /* a nominee unit is an extern utförare */
  guint        n_units;              /* nominee units */
  int          edition_year;
  const int   *win_years;            /* years any nominee unit won this award before */
  guint        n_win_years;
} PjEligibilityFacts;

typedef struct
{
  PjRuleKind            kind;
  PjEligibilityOutcome  outcome;
  char                 *explanation;  /* translated, one sentence */
} PjEligibilityResult;

/* Stored names: "min-staff", "budget-balance", "winner-quarantine",
 * "resident-share". */
const char *pj_rule_kind_to_string   (PjRuleKind kind);
gboolean    pj_rule_kind_from_string (const char *s, PjRuleKind *out);
/* Translated names for the UI ("Minimum staff"). */
const char *pj_rule_kind_to_label    (PjRuleKind kind);
/* A translated sentence for the rule with its value ("At least 10 staff."). */
char       *pj_rule_describe         (const PjEligibilityRule *rule);
/* NULL when the value suits the kind, else a translated reason. */
char       *pj_rule_validate         (const PjEligibilityRule *rule);

const char *pj_eligibility_outcome_to_label (PjEligibilityOutcome outcome);

/* Fills facts from a nomination's own fields (staff, budget, share, number
 * of units); contracted_provider, edition_year and win years stay zero. */
void        pj_eligibility_facts_init_from_nomination (PjEligibilityFacts *facts,
                                                       PjNomination       *nomination);

PjEligibilityResult *pj_eligibility_check_rule (const PjEligibilityRule  *rule,
                                                const PjEligibilityFacts *facts);
/* One result per rule, in the rules' order; a GPtrArray that frees them. */
GPtrArray  *pj_eligibility_check              (const PjEligibilityRule  *rules,
                                               guint                     n_rules,
                                               const PjEligibilityFacts *facts);
/* FAILED if any failed, else UNKNOWN if any is unknown, else PASSED. */
PjEligibilityOutcome pj_eligibility_overall   (GPtrArray *results);

void        pj_eligibility_result_free        (PjEligibilityResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjEligibilityResult, pj_eligibility_result_free)

G_END_DECLS
