/* pj-setup-format.c: the sentences the Setup view shows under each row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-setup-format"

#include "config.h"

#include "pj-setup-format.h"

#include <stdio.h>

#include <glib/gi18n.h>

char *
pj_setup_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  if (iso_date == NULL || *iso_date == '\0')
    return NULL;
  if (sscanf (iso_date, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;
  if (!g_date_valid_dmy (d, m, y))
    return NULL;

  dt = g_date_time_new_local (y, m, d, 12, 0, 0);
  if (dt == NULL)
    return NULL;

  /* TRANSLATORS: a day in a subtitle, g_date_time_format () syntax:
   * "31 March" */
  return g_date_time_format (dt, _("%-d %B"));
}

char *
pj_setup_format_weight (double weight)
{
  if (weight <= 0)
    return g_strdup (_("Not counted"));

  /* TRANSLATORS: a criterion's weight, e.g. "Weight 2" */
  return g_strdup_printf (_("Weight %g"), weight);
}

char *
pj_setup_format_share (double weight,
                       double total_weight)
{
  if (weight <= 0 || total_weight <= 0)
    return NULL;

  /* TRANSLATORS: a share of the total weight, "25 %" */
  return g_strdup_printf (_("%.0f %%"), 100.0 * weight / total_weight);
}

char *
pj_setup_format_edition_subtitle (PjEdition *edition)
{
  PjPhase phase;
  const char *label;
  g_autofree char *day = NULL;

  g_return_val_if_fail (PJ_IS_EDITION (edition), NULL);

  phase = pj_edition_get_phase (edition);
  label = pj_phase_to_label (phase);
  switch (phase)
    {
    case PJ_PHASE_SETUP:
      day = pj_setup_format_date (pj_edition_get_nominations_close (edition));
      if (day != NULL)
        /* TRANSLATORS: "Setup · nominations close 15 February" */
        return g_strdup_printf (_("%s · nominations close %s"), label, day);
      break;
    case PJ_PHASE_NOMINATIONS:
    case PJ_PHASE_SCORING:
      day = pj_setup_format_date (phase == PJ_PHASE_NOMINATIONS
                                  ? pj_edition_get_nominations_close (edition)
                                  : pj_edition_get_scoring_close (edition));
      if (day != NULL)
        /* TRANSLATORS: "Scoring · closes 31 March" */
        return g_strdup_printf (_("%s · closes %s"), label, day);
      break;
    case PJ_PHASE_DELIBERATION:
      day = pj_setup_format_date (pj_edition_get_decision_date (edition));
      if (day != NULL)
        /* TRANSLATORS: "Deliberation · decision 20 April" */
        return g_strdup_printf (_("%s · decision %s"), label, day);
      break;
    case PJ_PHASE_DECIDED:
    case PJ_PHASE_PUBLISHED:
    default:
      break;
    }

  return g_strdup (label);
}

char *
pj_setup_format_category_subtitle (PjCategory *category)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char *prize;

  g_return_val_if_fail (PJ_IS_CATEGORY (category), NULL);

  if (pj_category_get_award_mode (category) == PJ_AWARD_MODE_THRESHOLD)
    {
      g_string_append_printf (s, _("Everyone above %g points"),
                              pj_category_get_threshold (category));
    }
  else
    {
      int winners = pj_category_get_winners (category);
      int mentions = pj_category_get_honourable_mentions (category);

      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%d winner", "%d winners",
                                              winners), winners);
      if (mentions > 0)
        {
          g_string_append (s, " · ");
          g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE,
                                                  "%d honourable mention",
                                                  "%d honourable mentions",
                                                  mentions), mentions);
        }
    }

  prize = pj_category_get_prize (category);
  if (prize != NULL && *prize != '\0')
    {
      g_string_append (s, " · ");
      g_string_append (s, prize);
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static int
compare_names_cb (gconstpointer a,
                  gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
append_category_names (GString      *s,
                       const gint64 *ids,
                       guint         n_ids,
                       GHashTable   *category_names)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < n_ids; i++)
    {
      const char *name = NULL;

      if (category_names != NULL)
        name = g_hash_table_lookup (category_names, &ids[i]);
      if (name != NULL)
        g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_sort (names, compare_names_cb);
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, g_ptr_array_index (names, i));
    }
}

char *
pj_setup_format_criterion_subtitle (PjCriterion *criterion,
                                    double       total_weight,
                                    GHashTable  *category_names)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *weight = NULL;
  g_autofree char *share = NULL;
  const gint64 *ids;
  guint n_ids = 0;

  g_return_val_if_fail (PJ_IS_CRITERION (criterion), NULL);

  weight = pj_setup_format_weight (pj_criterion_get_weight (criterion));
  share = pj_setup_format_share (pj_criterion_get_weight (criterion), total_weight);

  g_string_append (s, weight);
  /* TRANSLATORS: a scale from min to max, "1–5" */
  g_string_append (s, " · ");
  g_string_append_printf (s, _("%d–%d"),
                          pj_criterion_get_scale_min (criterion),
                          pj_criterion_get_scale_max (criterion));
  if (share != NULL)
    {
      g_string_append (s, " · ");
      g_string_append (s, share);
    }
  if (!pj_criterion_get_required (criterion))
    {
      g_string_append (s, " · ");
      g_string_append (s, _("Optional"));
    }

  ids = pj_criterion_get_category_ids (criterion, &n_ids);
  if (n_ids > 0)
    {
      g_string_append (s, " · ");
      /* TRANSLATORS: followed by category names, "Only Skola, Äldreomsorg" */
      g_string_append (s, _("Only "));
      append_category_names (s, ids, n_ids, category_names);
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

char *
pj_setup_format_juror_subtitle (PjJuror    *juror,
                                GHashTable *category_names)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const gint64 *ids;
  guint n_ids = 0;

  g_return_val_if_fail (PJ_IS_JUROR (juror), NULL);

  g_string_append (s, pj_juror_role_to_label (pj_juror_get_role (juror)));
  g_string_append (s, " · ");

  ids = pj_juror_get_category_ids (juror, &n_ids);
  if (n_ids == 0)
    g_string_append (s, _("No categories"));
  else
    append_category_names (s, ids, n_ids, category_names);

  return g_string_free (g_steal_pointer (&s), FALSE);
}
