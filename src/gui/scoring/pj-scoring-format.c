/* pj-scoring-format.c: what the Scoring view says, as pure functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-scoring-format"

#include "config.h"

#include "pj-scoring-format.h"

#include <glib/gi18n.h>

#include "pj-criterion.h"

char *
pj_scoring_format_points (double total)
{
  if (total < 0)
    return g_strdup (_("No score yet"));

  /* TRANSLATORS: a juror's total for a nomination, 0–100, as in "72.5 points" */
  return g_strdup_printf (_("%.1f points"), total);
}

char *
pj_scoring_format_total (double total)
{
  if (total < 0)
    return NULL;

  return g_strdup_printf ("%.1f", total);
}

char *
pj_scoring_format_progress (guint submitted,
                            guint total)
{
  /* TRANSLATORS: a juror's progress, as in "7 of 12 submitted" */
  return g_strdup_printf (ngettext ("%u of %u submitted", "%u of %u submitted", total),
                          submitted, total);
}

GPtrArray *
pj_scoring_missing_criteria (PjScoreSheet *sheet,
                             GListModel   *criteria,
                             gint64        category_id)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PJ_IS_SCORE_SHEET (sheet), names);
  g_return_val_if_fail (G_IS_LIST_MODEL (criteria), names);

  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(PjCriterion) criterion = g_list_model_get_item (criteria, i);

      if (!pj_criterion_get_required (criterion) ||
          !pj_criterion_applies_to (criterion, category_id))
        continue;
      if (pj_score_sheet_get_value (sheet, pj_criterion_get_id (criterion)) < 0)
        g_ptr_array_add (names, g_strdup (pj_criterion_get_name (criterion)));
    }

  return names;
}

char *
pj_scoring_format_missing (GPtrArray *names)
{
  g_autoptr(GString) head = NULL;
  g_autofree char *list = NULL;

  if (names == NULL || names->len == 0)
    return NULL;

  if (names->len == 1)
    {
      list = g_strdup (g_ptr_array_index (names, 0));
    }
  else
    {
      head = g_string_new (NULL);
      for (guint i = 0; i + 1 < names->len; i++)
        {
          if (i > 0)
            /* TRANSLATORS: between names in a list, as in "Nyhetsgrad, Språng and Samverkan" */
            g_string_append (head, _(", "));
          g_string_append (head, g_ptr_array_index (names, i));
        }
      /* TRANSLATORS: the last two names of a list, as in "Nyhetsgrad and Språng" */
      list = g_strdup_printf (_("%s and %s"), head->str,
                              (const char *) g_ptr_array_index (names, names->len - 1));
    }

  return g_strdup_printf (_("Score %s before you submit."), list);
}

char *
pj_scoring_format_time (const char *iso)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GTimeZone) tz = NULL;

  if (iso == NULL || iso[0] == '\0')
    return NULL;

  tz = g_time_zone_new_utc ();
  utc = g_date_time_new_from_iso8601 (iso, tz);
  if (utc == NULL)
    return NULL;
  local = g_date_time_to_local (utc);

  /* TRANSLATORS: when a sheet was submitted, for g_date_time_format (), as in
   * "12 April 2026, 14:03" */
  return g_date_time_format (local, C_("submitted time", "%-d %B %Y, %H:%M"));
}

int
pj_scoring_digit_value (int previous_digit,
                        int digit,
                        int scale_min,
                        int scale_max)
{
  if (digit < 0 || digit > 9)
    return PJ_SCORE_UNSET;

  if (previous_digit > 0 && previous_digit <= 9)
    {
      int combined = previous_digit * 10 + digit;

      if (combined >= scale_min && combined <= scale_max)
        return combined;
    }

  if (digit >= scale_min && digit <= scale_max)
    return digit;

  return PJ_SCORE_UNSET;
}
