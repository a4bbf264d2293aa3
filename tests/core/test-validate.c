/* test-validate.c: the form rules and name normalisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-validate"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pj-validate.h"

/* The value passes: no message. */
#define assert_ok(expr)                                                        \
  G_STMT_START {                                                               \
    g_autofree char *msg_ = (expr);                                            \
    if (msg_ != NULL)                                                          \
      g_error ("%s: expected no message, got \"%s\"", #expr, msg_);            \
  } G_STMT_END

/* The value fails with exactly @expected. */
#define assert_fails(expr, expected)                                           \
  G_STMT_START {                                                               \
    g_autofree char *msg_ = (expr);                                            \
    if (msg_ == NULL)                                                          \
      g_error ("%s: expected \"%s\", got no message", #expr, (expected));      \
    g_assert_cmpstr (msg_, ==, (expected));                                    \
  } G_STMT_END

#define EMPTY_NAME "The name is empty."
#define BAD_EMAIL "This is not an email address: it needs a name, an @ and a domain."
#define SCALE_ORDER "The lowest score must be below the highest."
#define SCALE_RANGE "A scale can go from 0 to at most 100."
#define BAD_DATE "Enter a date as YYYY-MM-DD, for example 2026-03-31."

static void
test_name (void)
{
  assert_ok (pj_validate_name ("Skola"));
  assert_ok (pj_validate_name ("  Äldreomsorg  "));
  assert_ok (pj_validate_name ("x"));

  assert_fails (pj_validate_name (NULL), EMPTY_NAME);
  assert_fails (pj_validate_name (""), EMPTY_NAME);
  assert_fails (pj_validate_name (" \t\n "), EMPTY_NAME);
  /* no-break and em spaces are still nothing */
  assert_fails (pj_validate_name ("\u00a0\u2003"), EMPTY_NAME);
}

static void
test_email (void)
{
  /* optional */
  assert_ok (pj_validate_email (NULL));
  assert_ok (pj_validate_email (""));

  assert_ok (pj_validate_email ("anna.andersson@stockholm.se"));
  assert_ok (pj_validate_email ("a@b.se"));
  assert_ok (pj_validate_email ("per+jury@edu.stockholm.se"));
  assert_ok (pj_validate_email ("åsa.öberg@förskola.stockholm.se"));
  assert_ok (pj_validate_email ("x@sub-domain.example.com"));

  assert_fails (pj_validate_email ("anna"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@"), BAD_EMAIL);
  assert_fails (pj_validate_email ("@stockholm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@stockholm"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@@stockholm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@b@stockholm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna andersson@stockholm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@stock holm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email (" anna@stockholm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@stockholm.se\n"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@.se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@stockholm..se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@stockholm.se."), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@-stockholm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna@stock_holm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email (".anna@stockholm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna..b@stockholm.se"), BAD_EMAIL);
  assert_fails (pj_validate_email ("<anna@stockholm.se>"), BAD_EMAIL);
  assert_fails (pj_validate_email ("anna,b@stockholm.se"), BAD_EMAIL);
}

static void
test_scale (void)
{
  assert_ok (pj_validate_scale (1, 5));
  assert_ok (pj_validate_scale (0, 1));
  assert_ok (pj_validate_scale (0, 100));
  assert_ok (pj_validate_scale (99, 100));

  assert_fails (pj_validate_scale (5, 5), SCALE_ORDER);
  assert_fails (pj_validate_scale (5, 1), SCALE_ORDER);
  assert_fails (pj_validate_scale (0, 0), SCALE_ORDER);

  assert_fails (pj_validate_scale (-1, 5), SCALE_RANGE);
  assert_fails (pj_validate_scale (0, 101), SCALE_RANGE);
  assert_fails (pj_validate_scale (-10, 1000), SCALE_RANGE);
}

static void
test_weight (void)
{
  assert_ok (pj_validate_weight (0.0));
  assert_ok (pj_validate_weight (1.0));
  assert_ok (pj_validate_weight (2.5));
  assert_ok (pj_validate_weight (1000.0));

  assert_fails (pj_validate_weight (-0.1), "The weight cannot be negative.");
  assert_fails (pj_validate_weight (-5.0), "The weight cannot be negative.");
  assert_fails (pj_validate_weight (NAN), "The weight must be a number.");
  assert_fails (pj_validate_weight (INFINITY), "The weight must be a number.");
  assert_fails (pj_validate_weight (-INFINITY), "The weight must be a number.");
}

static void
test_year (void)
{
  assert_ok (pj_validate_year (2000));
  assert_ok (pj_validate_year (2026));
  assert_ok (pj_validate_year (2100));

  assert_fails (pj_validate_year (1999), "The year must be between 2000 and 2100.");
  assert_fails (pj_validate_year (2101), "The year must be between 2000 and 2100.");
  assert_fails (pj_validate_year (0), "The year must be between 2000 and 2100.");
  assert_fails (pj_validate_year (-2026), "The year must be between 2000 and 2100.");
}

static void
test_iso_date (void)
{
  /* optional */
  assert_ok (pj_validate_iso_date (NULL));
  assert_ok (pj_validate_iso_date (""));

  assert_ok (pj_validate_iso_date ("2026-03-31"));
  assert_ok (pj_validate_iso_date ("2024-02-29"));
  assert_ok (pj_validate_iso_date ("2000-01-01"));
  assert_ok (pj_validate_iso_date ("2026-12-31"));

  assert_fails (pj_validate_iso_date ("2026-3-31"), BAD_DATE);
  assert_fails (pj_validate_iso_date ("31/03/2026"), BAD_DATE);
  assert_fails (pj_validate_iso_date ("2026-03-31x"), BAD_DATE);
  assert_fails (pj_validate_iso_date ("2026-03-31T10:00"), BAD_DATE);
  assert_fails (pj_validate_iso_date ("2026/03/31"), BAD_DATE);
  assert_fails (pj_validate_iso_date ("abcd-ef-gh"), BAD_DATE);
  assert_fails (pj_validate_iso_date (" 2026-03-31"), BAD_DATE);
  assert_fails (pj_validate_iso_date ("+026-03-31"), BAD_DATE);
  assert_fails (pj_validate_iso_date ("31 mars"), BAD_DATE);

  /* the right shape, but no such day */
  assert_fails (pj_validate_iso_date ("2026-13-01"), "There is no such date: 2026-13-01.");
  assert_fails (pj_validate_iso_date ("2026-00-10"), "There is no such date: 2026-00-10.");
  assert_fails (pj_validate_iso_date ("2026-02-29"), "There is no such date: 2026-02-29.");
  assert_fails (pj_validate_iso_date ("2026-04-31"), "There is no such date: 2026-04-31.");
  assert_fails (pj_validate_iso_date ("2026-01-00"), "There is no such date: 2026-01-00.");
  assert_fails (pj_validate_iso_date ("0000-01-01"), "There is no such date: 0000-01-01.");
}

static void
test_normalize_name (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { NULL, "" },
    { "", "" },
    { "   ", "" },
    { "Skola", "Skola" },
    { "  Förnyelse \t  priset  ", "Förnyelse priset" },
    { "Äldre\n\nomsorg", "Äldre omsorg" },
    { "a b c", "a b c" },
    { "\u00a0Södermalms\u2003 förvaltning\u00a0", "Södermalms förvaltning" },
    { "Övriga\r\nverksamheter", "Övriga verksamheter" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = pj_normalize_name (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_normalize_name_invalid_utf8 (void)
{
  g_autofree char *out = pj_normalize_name ("Skola \xff  Norr");

  /* never hands invalid UTF-8 on to the database */
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_true (g_str_has_prefix (out, "Skola "));
  g_assert_true (g_str_has_suffix (out, " Norr"));
  g_assert_null (strstr (out, "  "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/name", test_name);
  g_test_add_func ("/validate/email", test_email);
  g_test_add_func ("/validate/scale", test_scale);
  g_test_add_func ("/validate/weight", test_weight);
  g_test_add_func ("/validate/year", test_year);
  g_test_add_func ("/validate/iso-date", test_iso_date);
  g_test_add_func ("/validate/normalize-name", test_normalize_name);
  g_test_add_func ("/validate/normalize-name-invalid-utf8", test_normalize_name_invalid_utf8);

  return g_test_run ();
}
