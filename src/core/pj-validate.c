/* pj-validate.c: the rules a form checks as you type, and the store again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-validate"

#include "config.h"

#include "pj-validate.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#define PJ_YEAR_MIN 2000
#define PJ_YEAR_MAX 2100
#define PJ_SCALE_LIMIT 100

char *
pj_normalize_name (const char *name)
{
  g_autofree char *valid = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (name == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (name, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          /* Only a space between two words survives. */
          pending_space = out->len > 0;
          continue;
        }

      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

char *
pj_validate_name (const char *name)
{
  g_autofree char *normalized = pj_normalize_name (name);

  if (*normalized == '\0')
    return g_strdup (_("The name is empty."));

  return NULL;
}

/* A domain is at least two labels of letters, digits and hyphens, separated
 * by dots, neither starting nor ending with a hyphen. Non-ASCII letters are
 * allowed (internationalised domains such as "stockholm.se" or "ö.se"). */
static gboolean
domain_is_valid (const char *domain)
{
  g_auto(GStrv) labels = g_strsplit (domain, ".", -1);
  guint n_labels = g_strv_length (labels);

  if (n_labels < 2)
    return FALSE;

  for (guint i = 0; i < n_labels; i++)
    {
      const char *label = labels[i];
      gsize len = strlen (label);

      if (len == 0 || label[0] == '-' || label[len - 1] == '-')
        return FALSE;

      for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c != '-' && !g_unichar_isalnum (c))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
local_part_is_valid (const char *local,
                     gsize       len)
{
  if (len == 0 || local[0] == '.' || local[len - 1] == '.')
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) local[i];

      if (c < 0x80 && (g_ascii_iscntrl (c) || strchr ("()<>[]:;,\\\"", c) != NULL))
        return FALSE;
      if (c == '.' && i + 1 < len && local[i + 1] == '.')
        return FALSE;
    }

  return TRUE;
}

char *
pj_validate_email (const char *email)
{
  const char *at;
  gboolean ok;

  if (email == NULL || *email == '\0')
    return NULL;

  at = strchr (email, '@');
  ok = g_utf8_validate (email, -1, NULL)
       && at != NULL
       && strchr (at + 1, '@') == NULL
       && local_part_is_valid (email, (gsize) (at - email))
       && domain_is_valid (at + 1);

  /* No whitespace anywhere, Unicode spaces included. */
  for (const char *p = email; ok && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      ok = FALSE;

  if (!ok)
    return g_strdup (_("This is not an email address: it needs a name, an @ and a domain."));

  return NULL;
}

char *
pj_validate_scale (int min,
                   int max)
{
  if (min < 0 || max > PJ_SCALE_LIMIT)
    return g_strdup_printf (_("A scale can go from 0 to at most %d."), PJ_SCALE_LIMIT);

  if (min >= max)
    return g_strdup (_("The lowest score must be below the highest."));

  return NULL;
}

char *
pj_validate_weight (double weight)
{
  if (!isfinite (weight))
    return g_strdup (_("The weight must be a number."));

  if (weight < 0.0)
    return g_strdup (_("The weight cannot be negative."));

  return NULL;
}

char *
pj_validate_year (int year)
{
  if (year < PJ_YEAR_MIN || year > PJ_YEAR_MAX)
    return g_strdup_printf (_("The year must be between %d and %d."),
                            PJ_YEAR_MIN, PJ_YEAR_MAX);

  return NULL;
}

char *
pj_validate_iso_date (const char *date)
{
  int year, month, day;

  if (date == NULL || *date == '\0')
    return NULL;

  if (strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return g_strdup (_("Enter a date as YYYY-MM-DD, for example 2026-03-31."));

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (date[i]))
      return g_strdup (_("Enter a date as YYYY-MM-DD, for example 2026-03-31."));

  year = (int) g_ascii_strtoll (date, NULL, 10);
  month = (int) g_ascii_strtoll (date + 5, NULL, 10);
  day = (int) g_ascii_strtoll (date + 8, NULL, 10);

  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    /* Translators: the argument is the date as typed, e.g. 2026-02-30 */
    return g_strdup_printf (_("There is no such date: %s."), date);

  return NULL;
}
