/* pj-validate.h: the rules a form checks as you type, and the store again
 *
 * Pure functions. Each returns NULL when the value is fine, otherwise a
 * newly allocated, translated sentence saying why ("The name is empty.").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *pj_validate_name        (const char *name);
/* NULL or "" is fine (email is optional); otherwise it must look like
 * local@domain.tld, with no spaces. */
char    *pj_validate_email       (const char *email);
/* Integer scale: 0 <= min < max <= 100. */
char    *pj_validate_scale       (int min, int max);
char    *pj_validate_weight      (double weight);
char    *pj_validate_year        (int year);
/* NULL or "" is fine; otherwise a real date YYYY-MM-DD. */
char    *pj_validate_iso_date    (const char *date);
/* Strips and collapses inner whitespace; what names are compared and stored as. */
char    *pj_normalize_name       (const char *name);

G_END_DECLS
