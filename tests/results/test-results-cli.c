/* test-results-cli.c: prisjury-cli results, export-winners and indicators
 *
 * PjTestRun as a separate process on the example awards: output, formats, exit
 * status (0 done, 1 a failure with one line on stderr, 2 bad usage).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "pj-test-util.h"

static const char *cli_path;
static char *dir;
static char *workspace;

static void
run_cli (PjTestRun *run,
         ...)
{
  static const char * const env[] = { "LANGUAGE=C", "LC_ALL=C.UTF-8", NULL };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) cli_path);
  g_ptr_array_add (argv, (gpointer) "--workspace");
  g_ptr_array_add (argv, workspace);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  pj_test_run (run, (const char * const *) argv->pdata, env);
}

static void
assert_one_line_failure (PjTestRun  *run,
                         int         status,
                         const char *fragment)
{
  g_assert_cmpint (run->status, ==, status);
  pj_test_assert_contains (run->err, fragment);
  if (status == 1)
    g_assert_cmpuint (strchr (run->err, '\n') - run->err + 1, ==, strlen (run->err));
}

static void
test_results (void)
{
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "results", "--edition", "3", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_true (g_str_has_prefix (run.out, "Category"));
    pj_test_assert_contains (run.out, "Digitala klassrumsbesök för hemmasittare");
    pj_test_assert_contains (run.out, "Innovation");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    g_auto(GStrv) lines = NULL;

    run_cli (&run, "results", "--edition", "3", "--format", "tsv", "--method", "median", NULL);
    g_assert_cmpint (run.status, ==, 0);
    lines = g_strsplit (run.out, "\n", -1);
    g_assert_true (g_str_has_prefix (lines[0], "category_id\tcategory\trank\tnomination_id\t"));
    /* 10 nominations, a header and the final newline */
    g_assert_cmpuint (g_strv_length (lines), ==, 12);
    /* Ranked first in its category, with a dot in its numbers */
    g_assert_nonnull (strstr (lines[1], "\t1\t"));
    g_assert_nonnull (strchr (lines[1], '.'));
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "results", "--edition", "3", "--jurors", NULL);
    g_assert_cmpint (run.status, ==, 0);
    pj_test_assert_contains (run.out, "Karin Lindqvist");
    pj_test_assert_contains (run.out, "Jury's mean");
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "results", "--edition", "3", "--method", "mode", NULL);
    assert_one_line_failure (&run, 2, "mode");
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "results", NULL);
    assert_one_line_failure (&run, 2, "--edition");
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "results", "--edition", "99", NULL);
    assert_one_line_failure (&run, 1, "no edition with ID 99");
  }
}

static void
test_export_winners (void)
{
  g_autofree char *xml = g_build_filename (dir, "vinnare.xml", NULL);
  g_autofree char *csv = g_build_filename (dir, "vinnare.csv", NULL);
  g_autofree char *refused = g_build_filename (dir, "refused.xml", NULL);
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "..", "data", "schemas",
                                                "winners.xsd", NULL);
  g_autofree char *contents = NULL;

  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "export-winners", "--edition", "3", "-o", xml, NULL);
    g_assert_cmpint (run.status, ==, 0);
    pj_test_assert_contains (run.out, "Exported 10 placements");
  }
  {
    const char *argv[] = { "xmllint", "--noout", "--nonet", "--schema", xsd, xml, NULL };
    g_autofree char *err = NULL;
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                                 G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status,
                                 NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    pj_test_assert_contains (err, "validates");
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "export-winners", "--edition", "4", "--format", "csv", "-o", csv, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbfUtmärkelse;"));
    pj_test_assert_contains (contents, "Kvalitetsutmärkelsen;2025;");
  }
  {
    /* Förnyelsepriset 2026 is still being scored */
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "export-winners", "--edition", "1", "-o", refused, NULL);
    assert_one_line_failure (&run, 1, "not decided");
    g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "export-winners", "--edition", "3", "--format", "pdf", "-o", xml, NULL);
    assert_one_line_failure (&run, 2, "pdf");
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "export-winners", "--edition", "3", NULL);
    assert_one_line_failure (&run, 2, "-o FILE");
  }
}

static void
test_indicators (void)
{
  g_autofree char *csv = g_build_filename (dir, "indikator.csv", NULL);
  g_autofree char *contents = NULL;

  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "indicators", NULL);
    g_assert_cmpint (run.status, ==, 0);
    pj_test_assert_contains (run.out, "Förnyelsepriset\n");
    pj_test_assert_contains (run.out, "Kvalitetsutmärkelsen\n");
    pj_test_assert_contains (run.out, "2025");
    pj_test_assert_contains (run.out, "By administration");
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "indicators", "--award", "1", "--format", "tsv", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "award_id\taward\tedition_id\tyear\tdimension\t"
                                              "key\tlabel\tcount\n"));
    pj_test_assert_contains (run.out, "1\tFörnyelsepriset\t3\t2025\ttotal\t\tNominations\t10\n");
    pj_test_assert_contains (run.out, "\t2026\tcategory\tSkola\tSkola\t3\n");
    g_assert_null (strstr (run.out, "Kvalitetsutmärkelsen"));
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "indicators", "--format", "csv", "-o", csv, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" "Award;Indicator;Value;2025;2026"
                                               "\r\n"));
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "indicators", "--award", "42", NULL);
    assert_one_line_failure (&run, 1, "no award with ID 42");
  }
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "indicators", "--format", "xlsx", NULL);
    assert_one_line_failure (&run, 2, "xlsx");
  }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  cli_path = argv[1];

  dir = g_dir_make_tmp ("pj-results-cli-XXXXXX", &error);
  g_assert_no_error (error);
  workspace = g_build_filename (dir, "examples.prisjury", NULL);
  {
    g_auto(PjTestRun) run = { 0, };

    run_cli (&run, "demo", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }

  g_test_add_func ("/results-cli/results", test_results);
  g_test_add_func ("/results-cli/export-winners", test_export_winners);
  g_test_add_func ("/results-cli/indicators", test_indicators);
  status = g_test_run ();

  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (dir);
  }
  g_free (workspace);
  g_free (dir);
  return status;
}
