/* test-results-cli.c: prisjury-cli results, export-winners and indicators
 *
 * Run as a separate process on the example awards: output, formats, exit
 * status (0 done, 1 a failure with one line on stderr, 2 bad usage).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

static const char *cli_path;
static char *dir;
static char *workspace;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run *run,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
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

  envp = g_environ_setenv (envp, "LANGUAGE", "C", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &run->status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
assert_one_line_failure (Run        *run,
                         int         status,
                         const char *fragment)
{
  g_assert_cmpint (run->status, ==, status);
  assert_contains (run->err, fragment);
  if (status == 1)
    g_assert_cmpuint (strchr (run->err, '\n') - run->err + 1, ==, strlen (run->err));
}

static void
test_results (void)
{
  {
    g_auto(Run) run = { 0, };

    run_cli (&run, "results", "--edition", "3", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_true (g_str_has_prefix (run.out, "Category"));
    assert_contains (run.out, "Digitala klassrumsbesök för hemmasittare");
    assert_contains (run.out, "Innovation");
  }
  {
    g_auto(Run) run = { 0, };
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
    g_auto(Run) run = { 0, };

    run_cli (&run, "results", "--edition", "3", "--jurors", NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "Karin Lindqvist");
    assert_contains (run.out, "Jury's mean");
  }
  {
    g_auto(Run) run = { 0, };

    run_cli (&run, "results", "--edition", "3", "--method", "mode", NULL);
    assert_one_line_failure (&run, 2, "mode");
  }
  {
    g_auto(Run) run = { 0, };

    run_cli (&run, "results", NULL);
    assert_one_line_failure (&run, 2, "--edition");
  }
  {
    g_auto(Run) run = { 0, };

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
    g_auto(Run) run = { 0, };

    run_cli (&run, "export-winners", "--edition", "3", "-o", xml, NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "Exported 10 placements");
  }
  {
    const char *argv[] = { "xmllint", "--noout", "--nonet", "--schema", xsd, xml, NULL };
    g_autofree char *err = NULL;
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                                 G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status,
                                 NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    assert_contains (err, "validates");
  }
  {
    g_auto(Run) run = { 0, };

    run_cli (&run, "export-winners", "--edition", "4", "--format", "csv", "-o", csv, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbfUtmärkelse;"));
    assert_contains (contents, "Kvalitetsutmärkelsen;2025;");
  }
  {
    /* Förnyelsepriset 2026 is still being scored */
    g_auto(Run) run = { 0, };

    run_cli (&run, "export-winners", "--edition", "1", "-o", refused, NULL);
    assert_one_line_failure (&run, 1, "not decided");
    g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = { 0, };

    run_cli (&run, "export-winners", "--edition", "3", "--format", "pdf", "-o", xml, NULL);
    assert_one_line_failure (&run, 2, "pdf");
  }
  {
    g_auto(Run) run = { 0, };

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
    g_auto(Run) run = { 0, };

    run_cli (&run, "indicators", NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "Förnyelsepriset\n");
    assert_contains (run.out, "Kvalitetsutmärkelsen\n");
    assert_contains (run.out, "2025");
    assert_contains (run.out, "By administration");
  }
  {
    g_auto(Run) run = { 0, };

    run_cli (&run, "indicators", "--award", "1", "--format", "tsv", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "award_id\taward\tedition_id\tyear\tdimension\t"
                                              "key\tlabel\tcount\n"));
    assert_contains (run.out, "1\tFörnyelsepriset\t3\t2025\ttotal\t\tNominations\t10\n");
    assert_contains (run.out, "\t2026\tcategory\tSkola\tSkola\t3\n");
    g_assert_null (strstr (run.out, "Kvalitetsutmärkelsen"));
  }
  {
    g_auto(Run) run = { 0, };

    run_cli (&run, "indicators", "--format", "csv", "-o", csv, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf" "Award;Indicator;Value;2025;2026"
                                               "\r\n"));
  }
  {
    g_auto(Run) run = { 0, };

    run_cli (&run, "indicators", "--award", "42", NULL);
    assert_one_line_failure (&run, 1, "no award with ID 42");
  }
  {
    g_auto(Run) run = { 0, };

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
    g_auto(Run) run = { 0, };

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
