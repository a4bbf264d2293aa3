/* test-import-cli.c: import-nominations, list nominations and
 * export-nominations, run as a user runs them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "pj-test-util.h"

static char *cli_path;

typedef struct
{
  char *dir;
  char *ws;     /* a workspace with the example awards */
} Fixture;

static void
run_argv (Fixture            *f,
          PjTestRun          *run,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *data_home = g_strconcat ("XDG_DATA_HOME=", f->dir, NULL);
  const char *env[] = { "LC_ALL=C.UTF-8", "LANGUAGE", data_home, NULL };

  g_ptr_array_add (argv, cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  pj_test_run (run, (const char * const *) argv->pdata, env);
  g_assert_true (run->exited);
}

#define RUN(f, run, ...) run_argv (f, run, (const char * const []) { __VA_ARGS__, NULL })

static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "import", "data", name, NULL);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return g_strdup ("(none)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

/* Every kind the CLI lists, as tsv, and the file's bytes. */
static char *
dump (Fixture *f)
{
  static const char * const kinds[] = { "awards", "editions", "units", "nominations", NULL };
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *sum = NULL;
  g_auto(PjTestRun) run = { 0, };

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      RUN (f, &run, "--workspace", f->ws, "list", kinds[i], "--format", "tsv");
      g_assert_cmpint (run.status, ==, 0);
      g_string_append (all, run.out);
    }
  for (guint e = 1; e <= 2; e++)
    {
      g_autofree char *id = g_strdup_printf ("%u", e);
      static const char * const per_edition[] = { "categories", "criteria", "jurors", NULL };

      for (guint i = 0; per_edition[i] != NULL; i++)
        {
          RUN (f, &run, "--workspace", f->ws, "list", per_edition[i], "--edition", id,
               "--format", "tsv");
          g_assert_cmpint (run.status, ==, 0);
          g_string_append (all, run.out);
        }
    }
  sum = file_checksum (f->ws);
  g_string_append_printf (all, "file %s\n", sum);
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(PjTestRun) run = { 0, };

  f->dir = g_dir_make_tmp ("pj-import-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->ws = g_build_filename (f->dir, "stad.prisjury", NULL);
  RUN (f, &run, "--workspace", f->ws, "demo");
  g_assert_cmpint (run.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->ws);
}

/* Tests ------------------------------------------------------------------- */

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_auto(PjTestRun) run = { 0, };

  RUN (f, &run, "import-nominations", "--help");
  g_assert_cmpint (run.status, ==, 0);
  pj_test_assert_contains (run.out, "--dry-run");
  pj_test_assert_contains (run.out, "--create-units");
  pj_test_assert_contains (run.out, "--map");
  /* every key, with its headers */
  pj_test_assert_contains (run.out, "title             Titel, Namn på bidraget");
  pj_test_assert_contains (run.out, "contact_email     E-post");
  pj_test_assert_contains (run.out, "innovation_class  Innovationsklass");
  pj_test_assert_contains (run.out, "what_is_new");
  pj_test_assert_contains (run.out, "substrategies");

  RUN (f, &run, "--help");
  g_assert_cmpint (run.status, ==, 0);
  pj_test_assert_contains (run.out, "import-nominations");
  pj_test_assert_contains (run.out, "export-nominations");
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *csv = data_file ("webform-2026.csv");
  g_autofree char *before = dump (f);
  g_autofree char *after = NULL;
  g_auto(PjTestRun) run = { 0, };

  RUN (f, &run, "--workspace", f->ws, "import-nominations", csv);
  g_assert_cmpint (run.status, ==, 2);
  pj_test_assert_contains (run.err, "--edition");

  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1");
  g_assert_cmpint (run.status, ==, 2);

  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1", csv,
       "--map", "Övrigt");
  g_assert_cmpint (run.status, ==, 2);
  pj_test_assert_contains (run.err, "Header=field");

  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1", csv,
       "--map", "Övrigt=anteckning");
  g_assert_cmpint (run.status, ==, 2);
  pj_test_assert_contains (run.err, "“anteckning” is not a field");

  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1", csv,
       "--map", "Finns inte=summary");
  g_assert_cmpint (run.status, ==, 2);
  pj_test_assert_contains (run.err, "no column “Finns inte”");
  g_assert_cmpstr (run.out, ==, "");

  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "99", csv);
  g_assert_cmpint (run.status, ==, 1);
  pj_test_assert_contains (run.err, "no edition with ID 99");

  after = dump (f);
  g_assert_cmpstr (before, ==, after);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *csv = data_file ("webform-2026.csv");
  g_autofree char *before = dump (f);
  g_autofree char *after = NULL;
  g_auto(PjTestRun) run = { 0, };

  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1", "--dry-run",
       csv);
  g_assert_cmpint (run.status, ==, 1);
  pj_test_assert_contains (run.out, "Line 2: will import “Språkcafé på biblioteket för nyanlända "
                            "föräldrar”.\n");
  pj_test_assert_contains (run.out, "Line 4: error: Bad email address “samira.nilsson@stockholm”.\n");
  pj_test_assert_contains (run.out, "Line 5: duplicate, skipped: The edition already has");
  pj_test_assert_contains (run.out, "Line 6: error: Unknown category “Förskola”");
  pj_test_assert_contains (run.out, "Line 7: error: Unknown unit “Vårbergs förskola”.\n");
  pj_test_assert_contains (run.out, "Line 8: error: The title is missing.\n");
  pj_test_assert_contains (run.out, "Line 9: duplicate, skipped: Same title and unit as line 2.\n");
  pj_test_assert_contains (run.out, "Ignored columns: Övrigt\n");
  pj_test_assert_contains (run.out, "Units not in the workspace: Vårbergs förskola");
  pj_test_assert_contains (run.out, "Dry run: 2 will be imported, 4 errors, 2 duplicates. "
                            "Nothing was written.\n");
  g_assert_cmpstr (run.err, ==, "");

  /* With units to create, still nothing written */
  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1", "--dry-run",
       "--create-units", csv);
  g_assert_cmpint (run.status, ==, 1);
  pj_test_assert_contains (run.out, "Units to create: Vårbergs förskola\n");
  pj_test_assert_contains (run.out, "Line 7: will import");

  after = dump (f);
  g_assert_cmpstr (before, ==, after);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *csv = data_file ("webform-2026.csv");
  g_autofree char *tsv = NULL;
  g_auto(PjTestRun) run = { 0, };
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean backup = FALSE;

  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1",
       "--create-units", "--map", "övrigt = ignore", "--map", "Övrigt=partners", csv);
  g_assert_cmpint (run.status, ==, 1);   /* rows were skipped */
  g_assert_cmpstr (run.err, ==, "");
  g_assert_false (strstr (run.out, "Ignored columns") != NULL);
  pj_test_assert_contains (run.out, "3 imported, 5 skipped.\n");
  pj_test_assert_contains (run.out, "Created 1 unit.\n");
  pj_test_assert_contains (run.out, "Backup of the workspace before the import: ");

  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    backup |= g_str_has_prefix (name, "stad.prisjury.backup-import-");
  g_assert_true (backup);

  RUN (f, &run, "--workspace", f->ws, "list", "nominations", "--edition", "1",
       "--format", "tsv");
  g_assert_cmpint (run.status, ==, 0);
  tsv = g_strdup (run.out);
  pj_test_assert_contains (tsv, "\tSpråkcafé på biblioteket för nyanlända föräldrar\tÖvriga "
                        "verksamheter\tStadsbiblioteket\tsubmitted\tinnovation\t2026-02-11\t");
  pj_test_assert_contains (tsv, "\tLeila Ahmadi (bibliotekarie); Per Sundqvist (projektledare)\t");
  pj_test_assert_contains (tsv, "\tSkärholmens hemtjänst; Vårbergs förskola\t");
  pj_test_assert_contains (tsv, "Karin Lund\tKulturförvaltningen\t");
  pj_test_assert_contains (tsv, "\tknowledge; meeting-places\t");

  RUN (f, &run, "--workspace", f->ws, "list", "units", "--format", "tsv");
  pj_test_assert_contains (run.out, "\tVårbergs förskola\tforvaltning\t");

  /* The same file again: everything is a duplicate or an error now */
  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1",
       "--create-units", csv);
  g_assert_cmpint (run.status, ==, 1);
  pj_test_assert_contains (run.out, "Nothing to import: 0 imported, 8 skipped.\n");
}

static void
test_import_all (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->dir, "två.csv", NULL);
  g_auto(PjTestRun) run = { 0, };

  g_file_set_contents (csv,
                       "Titel;Kategori;Enheter;Beskrivning\r\n"
                       "Bokbuss till förskolorna;Övriga verksamheter;Stadsbiblioteket;"
                       "\"Bussen stannar vid 30 förskolor; varannan vecka.\"\r\n"
                       "Simskola för vuxna;Övriga verksamheter;Idrottsförvaltningen;"
                       "Kvällskurser i sju badhus.\r\n", -1, NULL);
  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1",
       "--map", "beskrivning=summary", csv);
  g_assert_cmpint (run.status, ==, 0);
  pj_test_assert_contains (run.out, "2 imported, 0 skipped.\n");

  RUN (f, &run, "--workspace", f->ws, "list", "nominations", "--edition", "1");
  g_assert_cmpint (run.status, ==, 0);
  pj_test_assert_contains (run.out, "Title");
  pj_test_assert_contains (run.out, "Bokbuss till förskolorna");
  pj_test_assert_contains (run.out, "Simskola för vuxna");

  RUN (f, &run, "--workspace", f->ws, "list", "nominations", "--format", "tsv");
  g_assert_cmpint (run.status, ==, 0);
  pj_test_assert_contains (run.out, "\tBussen stannar vid 30 förskolor; varannan vecka.\n");
  /* every edition's */
  pj_test_assert_contains (run.out, "\t2\t");
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *out_path = g_build_filename (f->dir, "nomineringar.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *count = NULL;
  g_auto(PjTestRun) run = { 0, };
  gsize len;

  RUN (f, &run, "--workspace", f->ws, "export-nominations", "--edition", "1", "-o", out_path);
  g_assert_cmpint (run.status, ==, 0);
  pj_test_assert_contains (run.out, "Exported 12 nominations to ");

  g_assert_true (g_file_get_contents (out_path, &contents, &len, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbfTitel;Kategori;Enheter;"));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));

  /* It imports again: every row a duplicate of itself, no column ignored */
  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1", "--dry-run",
       out_path);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_false (strstr (run.out, "Ignored columns") != NULL);
  g_assert_false (strstr (run.out, ": error:") != NULL);
  pj_test_assert_contains (run.out, "0 will be imported, 0 errors, 12 duplicates");

  RUN (f, &run, "--workspace", f->ws, "export-nominations", "--edition", "1");
  g_assert_cmpint (run.status, ==, 2);
  RUN (f, &run, "--workspace", f->ws, "export-nominations", "-o", out_path);
  g_assert_cmpint (run.status, ==, 2);
}

static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->dir, "stor.csv", NULL);
  g_autoptr(GString) big = g_string_new ("Titel;Sammanfattning\n");
  g_auto(PjTestRun) run = { 0, };

  while (big->len <= 17 * 1024 * 1024)
    g_string_append (big, "Ett förslag;En lång text som upprepas många gånger om.\n");
  g_file_set_contents (csv, big->str, big->len, NULL);

  RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1", csv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  pj_test_assert_contains (run.err, "largest accepted is 16 MB");
  g_assert_true (g_str_has_prefix (run.err, "prisjury-cli: "));
}

/* A large valid file: @n rows that all import. */
static char *
write_large_csv (Fixture *f,
                 guint    n)
{
  g_autofree char *csv = g_build_filename (f->dir, "många.csv", NULL);
  g_autoptr(GString) text = g_string_new ("Titel;Kategori;Enheter;Sammanfattning\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 1; i <= n; i++)
    g_string_append_printf (text, "Förslag nummer %05u;Övriga verksamheter;Stadsbiblioteket;"
                            "Ett av många förslag från stadens webbformulär, rad %u.\n", i, i);
  g_assert_cmpuint (text->len, <, 16 * 1024 * 1024);
  g_file_set_contents (csv, text->str, text->len, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&csv);
}

/* Starts the import, waits for its first progress line and kills it: the
 * transaction is open then, with a part of the rows written. */
static void
import_and_kill (Fixture    *f,
                 const char *csv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *wal = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", f->dir, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, cli_path, "--workspace", f->ws,
                                         "import-nominations", "--edition", "1", "--progress",
                                         csv, NULL);
  g_assert_no_error (error);

  err = g_data_input_stream_new (g_subprocess_get_stderr_pipe (process));
  for (;;)
    {
      g_clear_pointer (&line, g_free);
      line = g_data_input_stream_read_line_utf8 (err, NULL, NULL, &error);
      g_assert_no_error (error);
      if (line == NULL)
        g_error ("The import ended without reporting progress");
      if (g_str_has_prefix (line, "Imported "))
        break;
    }
  g_assert_true (g_str_has_suffix (line, " of 20000 rows…"));

  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  /* Killed, not finished: the transaction never committed. */
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);
  /* It left its write-ahead log behind, as a crash does. */
  wal = g_strconcat (f->ws, "-wal", NULL);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_killed_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *csv = write_large_csv (f, 20000);
  g_autofree char *before = dump (f);

  for (guint round = 0; round < 5; round++)
    {
      g_autofree char *after = NULL;
      g_auto(PjTestRun) run = { 0, };

      import_and_kill (f, csv);

      RUN (f, &run, "--workspace", f->ws, "check");
      if (run.status != 0)
        g_error ("check failed after a killed import:\n%s%s", run.out, run.err);

      after = dump (f);
      g_assert_cmpstr (before, ==, after);
    }

  /* The same file, not killed, imports whole and says how far it got. */
  {
    g_auto(PjTestRun) run = { 0, };

    RUN (f, &run, "--workspace", f->ws, "import-nominations", "--edition", "1", "--progress",
         csv);
    g_assert_cmpint (run.status, ==, 0);
    pj_test_assert_contains (run.err, "Imported 1000 of 20000 rows…\n");
    pj_test_assert_contains (run.err, "Imported 20000 of 20000 rows…\n");
    pj_test_assert_contains (run.out, "20000 imported, 0 skipped.\n");
  }
}

int
main (int    argc,
      char **argv)
{
  const char *from_env;

  g_test_init (&argc, &argv, NULL);

  from_env = g_getenv ("PJ_CLI");
  if (from_env != NULL && *from_env != '\0')
    cli_path = g_strdup (from_env);
  else if (argc > 1)
    cli_path = g_strdup (argv[1]);
  else
    cli_path = g_test_build_filename (G_TEST_BUILT, "..", "..", "src", "cli", "prisjury-cli",
                                      NULL);
  if (!g_file_test (cli_path, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("prisjury-cli not found at %s; set PJ_CLI", cli_path);

#define ADD(name, func) \
  g_test_add ("/import-cli/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("help", test_help);
  ADD ("usage", test_usage);
  ADD ("dry-run", test_dry_run);
  ADD ("import", test_import);
  ADD ("import-all", test_import_all);
  ADD ("export", test_export);
  ADD ("too-large", test_too_large);
  ADD ("killed-import", test_killed_import);
#undef ADD

  return g_test_run ();
}
