/* pj-eligibility.c: deciding each eligibility rule for a nomination
 *
 * A rule is passed, failed, or unknown when a fact it needs is missing.
 * The re-entry rule ("winner-quarantine", N years) lets a unit that won in
 * year W enter again from year W + N.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-eligibility"

#include "config.h"

#include "pj-eligibility.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

static const char * const rule_kind_names[PJ_N_RULE_KINDS] = {
  "min-staff",
  "budget-balance",
  "winner-quarantine",
  "resident-share",
};

static const char * const rule_kind_labels[PJ_N_RULE_KINDS] = {
  N_("Minimum staff"),
  N_("Budget in balance"),
  N_("Re-entry after winning"),
  N_("Share of places for residents"),
};

static const char * const outcome_labels[] = {
  N_("Passed"),
  N_("Failed"),
  N_("Unknown"),
};

const char *
pj_rule_kind_to_string (PjRuleKind kind)
{
  g_return_val_if_fail ((guint) kind < PJ_N_RULE_KINDS, NULL);

  return rule_kind_names[kind];
}

gboolean
pj_rule_kind_from_string (const char *s,
                          PjRuleKind *out)
{
  if (s == NULL)
    return FALSE;

  for (guint i = 0; i < PJ_N_RULE_KINDS; i++)
    {
      if (strcmp (rule_kind_names[i], s) == 0)
        {
          if (out != NULL)
            *out = (PjRuleKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
pj_rule_kind_to_label (PjRuleKind kind)
{
  g_return_val_if_fail ((guint) kind < PJ_N_RULE_KINDS, "");

  return _(rule_kind_labels[kind]);
}

const char *
pj_eligibility_outcome_to_label (PjEligibilityOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome <= PJ_ELIGIBILITY_UNKNOWN, "");

  return _(outcome_labels[outcome]);
}

/* Whole numbers of the rule (staff, years) as an int, rounded up so that
 * "at least 9.5 staff" means 10. */
static int
rule_int (const PjEligibilityRule *rule)
{
  return (int) CLAMP (ceil (rule->value), 0, G_MAXINT / 2);
}

char *
pj_rule_describe (const PjEligibilityRule *rule)
{
  int n;

  g_return_val_if_fail (rule != NULL, NULL);

  switch (rule->kind)
    {
    case PJ_RULE_MIN_STAFF:
      n = rule_int (rule);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "At least %d member of staff.",
                                           "At least %d staff.", n), n);

    case PJ_RULE_BUDGET_BALANCE:
      return g_strdup (_("The budget is in balance."));

    case PJ_RULE_WINNER_QUARANTINE:
      n = rule_int (rule);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "A winner may enter again %d year after winning.",
                                           "A winner may enter again %d years after winning.",
                                           n), n);

    case PJ_RULE_RESIDENT_SHARE:
      return g_strdup_printf (_("A contracted provider keeps at least %g %% of its places "
                                "for the city’s residents."), rule->value);

    default:
      g_return_val_if_reached (NULL);
    }
}

char *
pj_rule_validate (const PjEligibilityRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  if ((guint) rule->kind >= PJ_N_RULE_KINDS)
    return g_strdup (_("This eligibility rule is not known."));
  if (isnan (rule->value) || rule->value < 0)
    return g_strdup (_("The rule’s value cannot be negative."));

  switch (rule->kind)
    {
    case PJ_RULE_MIN_STAFF:
      if (rule->value > 1000000)
        return g_strdup (_("The minimum staff count is too large."));
      break;

    case PJ_RULE_WINNER_QUARANTINE:
      if (rule->value > 100)
        return g_strdup (_("A winner can wait at most 100 years."));
      break;

    case PJ_RULE_RESIDENT_SHARE:
      if (rule->value > 100)
        return g_strdup (_("The residents’ share must be between 0 and 100 percent."));
      break;

    case PJ_RULE_BUDGET_BALANCE:
    default:
      break;
    }

  return NULL;
}

void
pj_eligibility_facts_init_from_nomination (PjEligibilityFacts *facts,
                                           PjNomination       *nomination)
{
  g_return_if_fail (facts != NULL);
  g_return_if_fail (PJ_IS_NOMINATION (nomination));

  memset (facts, 0, sizeof *facts);
  facts->staff_count = pj_nomination_get_staff_count (nomination);
  facts->budget_in_balance = pj_nomination_get_budget_in_balance (nomination);
  facts->resident_share = pj_nomination_get_resident_share (nomination);
  facts->n_units = pj_nomination_get_n_units (nomination);
}

static PjEligibilityResult *
result_new (PjRuleKind            kind,
            PjEligibilityOutcome  outcome,
            char                 *explanation)
{
  PjEligibilityResult *result = g_new0 (PjEligibilityResult, 1);

  result->kind = kind;
  result->outcome = outcome;
  result->explanation = explanation;
  return result;
}

static PjEligibilityResult *
check_min_staff (const PjEligibilityRule  *rule,
                 const PjEligibilityFacts *facts)
{
  int needed = rule_int (rule);

  if (facts->staff_count < 0)
    return result_new (rule->kind, PJ_ELIGIBILITY_UNKNOWN,
                       g_strdup (_("The staff count is not known.")));

  if (facts->staff_count >= needed)
    return result_new (rule->kind, PJ_ELIGIBILITY_PASSED,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%d staff; at least %d is needed.",
                                                     "%d staff; at least %d are needed.",
                                                     needed),
                                        facts->staff_count, needed));

  return result_new (rule->kind, PJ_ELIGIBILITY_FAILED,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Only %d staff; at least %d is needed.",
                                                   "Only %d staff; at least %d are needed.",
                                                   needed),
                                      facts->staff_count, needed));
}

static PjEligibilityResult *
check_budget (const PjEligibilityRule  *rule,
              const PjEligibilityFacts *facts)
{
  switch (facts->budget_in_balance)
    {
    case PJ_TRISTATE_YES:
      return result_new (rule->kind, PJ_ELIGIBILITY_PASSED,
                         g_strdup (_("The budget is in balance.")));

    case PJ_TRISTATE_NO:
      return result_new (rule->kind, PJ_ELIGIBILITY_FAILED,
                         g_strdup (_("The budget is not in balance.")));

    case PJ_TRISTATE_UNKNOWN:
    default:
      return result_new (rule->kind, PJ_ELIGIBILITY_UNKNOWN,
                         g_strdup (_("It is not known whether the budget is in balance.")));
    }
}

static PjEligibilityResult *
check_quarantine (const PjEligibilityRule  *rule,
                  const PjEligibilityFacts *facts)
{
  int years = rule_int (rule);
  int last = 0;

  if (facts->n_units == 0)
    return result_new (rule->kind, PJ_ELIGIBILITY_UNKNOWN,
                       g_strdup (_("No nominee unit is given, so earlier wins cannot be "
                                   "checked.")));

  for (guint i = 0; i < facts->n_win_years; i++)
    if (facts->win_years[i] < facts->edition_year && facts->win_years[i] > last)
      last = facts->win_years[i];

  if (last == 0)
    return result_new (rule->kind, PJ_ELIGIBILITY_PASSED,
                       g_strdup (_("No nominee unit has won this award before.")));

  if (last + years <= facts->edition_year)
    return result_new (rule->kind, PJ_ELIGIBILITY_PASSED,
                       g_strdup_printf (_("A nominee unit won in %d and may enter again "
                                          "from %d."), last, last + years));

  return result_new (rule->kind, PJ_ELIGIBILITY_FAILED,
                     g_strdup_printf (_("A nominee unit won in %d and may enter again only "
                                        "from %d."), last, last + years));
}

static PjEligibilityResult *
check_resident_share (const PjEligibilityRule  *rule,
                      const PjEligibilityFacts *facts)
{
  if (facts->n_units == 0)
    return result_new (rule->kind, PJ_ELIGIBILITY_UNKNOWN,
                       g_strdup (_("No nominee unit is given, so it is not known whether "
                                   "this is a contracted provider.")));

  if (!facts->contracted_provider)
    return result_new (rule->kind, PJ_ELIGIBILITY_PASSED,
                       g_strdup (_("Not a contracted provider: the rule does not apply.")));

  if (facts->resident_share < 0)
    return result_new (rule->kind, PJ_ELIGIBILITY_UNKNOWN,
                       g_strdup (_("The share of places for the city’s residents is not "
                                   "known.")));

  if (facts->resident_share >= rule->value)
    return result_new (rule->kind, PJ_ELIGIBILITY_PASSED,
                       g_strdup_printf (_("%g %% of the places are for the city’s residents; "
                                          "at least %g %% is needed."),
                                        facts->resident_share, rule->value));

  return result_new (rule->kind, PJ_ELIGIBILITY_FAILED,
                     g_strdup_printf (_("Only %g %% of the places are for the city’s "
                                        "residents; at least %g %% is needed."),
                                      facts->resident_share, rule->value));
}

PjEligibilityResult *
pj_eligibility_check_rule (const PjEligibilityRule  *rule,
                           const PjEligibilityFacts *facts)
{
  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail (facts->win_years != NULL || facts->n_win_years == 0, NULL);

  switch (rule->kind)
    {
    case PJ_RULE_MIN_STAFF:
      return check_min_staff (rule, facts);

    case PJ_RULE_BUDGET_BALANCE:
      return check_budget (rule, facts);

    case PJ_RULE_WINNER_QUARANTINE:
      return check_quarantine (rule, facts);

    case PJ_RULE_RESIDENT_SHARE:
      return check_resident_share (rule, facts);

    default:
      g_return_val_if_reached (NULL);
    }
}

GPtrArray *
pj_eligibility_check (const PjEligibilityRule  *rules,
                      guint                     n_rules,
                      const PjEligibilityFacts *facts)
{
  GPtrArray *results;

  g_return_val_if_fail (rules != NULL || n_rules == 0, NULL);
  g_return_val_if_fail (facts != NULL, NULL);

  results = g_ptr_array_new_full (n_rules, (GDestroyNotify) pj_eligibility_result_free);
  for (guint i = 0; i < n_rules; i++)
    {
      PjEligibilityResult *result = pj_eligibility_check_rule (&rules[i], facts);

      if (result != NULL)
        g_ptr_array_add (results, result);
    }

  return results;
}

PjEligibilityOutcome
pj_eligibility_overall (GPtrArray *results)
{
  PjEligibilityOutcome overall = PJ_ELIGIBILITY_PASSED;

  g_return_val_if_fail (results != NULL, PJ_ELIGIBILITY_UNKNOWN);

  for (guint i = 0; i < results->len; i++)
    {
      const PjEligibilityResult *result = g_ptr_array_index (results, i);

      if (result->outcome == PJ_ELIGIBILITY_FAILED)
        return PJ_ELIGIBILITY_FAILED;
      if (result->outcome == PJ_ELIGIBILITY_UNKNOWN)
        overall = PJ_ELIGIBILITY_UNKNOWN;
    }

  return overall;
}

void
pj_eligibility_result_free (PjEligibilityResult *result)
{
  if (result == NULL)
    return;

  g_free (result->explanation);
  g_free (result);
}
