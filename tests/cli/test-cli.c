/* test-cli.c: prisjury-cli as a user runs it, as a separate process
 *
 * Each case runs the built executable and checks its exit status, its
 * standard output and its one-line errors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "pj-store.h"
#include "pj-workspace.h"
#include "pj-test-util.h"

static char *cli_path;

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pj-cli-XXXXXX", &error);
  g_assert_no_error (error);
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
}

static char *
fixture_path (Fixture    *f,
              const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* Runs prisjury-cli with the NULL-terminated arguments, in the C locale and
 * with a private data directory, so the default workspace is never the
 * user's. */
static void G_GNUC_NULL_TERMINATED
run_cli (Fixture    *f,
         PjTestRun  *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *data_home = g_strconcat ("XDG_DATA_HOME=", f->dir, NULL);
  const char *env[] = { "LC_ALL=C.UTF-8", "LANGUAGE", data_home, NULL };
  va_list args;

  g_ptr_array_add (argv, cli_path);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  pj_test_run (run, (const char * const *) argv->pdata, env);

  /* Never a crash: the process ends by itself, with a status. */
  g_assert_true (run->exited);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* A failure the user can fix: status 1, nothing on stdout, one line on
 * stderr naming the tool. */
static void
assert_one_line_failure (PjTestRun  *run,
                         const char *fragment)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "prisjury-cli: "));
  g_assert_cmpuint (count_lines (run->err), ==, 1);
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  if (strstr (run->err, fragment) == NULL)
    g_error ("“%s” not in: %s", fragment, run->err);
}

static void
assert_usage_error (PjTestRun  *run,
                    const char *fragment)
{
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "prisjury-cli: "));
  if (strstr (run->err, fragment) == NULL)
    g_error ("“%s” not in: %s", fragment, run->err);
  /* A hint at the help */
  g_assert_nonnull (strstr (run->err, "--help"));
}

/* The value of @column in the tsv row whose @key_column is @key. */
static char *
tsv_lookup (const char *tsv,
            const char *key_column,
            const char *key,
            const char *column)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);
  g_auto(GStrv) header = g_strsplit (lines[0], "\t", -1);
  int key_index = -1, value_index = -1;

  for (int i = 0; header[i] != NULL; i++)
    {
      if (g_str_equal (header[i], key_column))
        key_index = i;
      if (g_str_equal (header[i], column))
        value_index = i;
    }
  g_assert_cmpint (key_index, >=, 0);
  g_assert_cmpint (value_index, >=, 0);

  for (guint l = 1; lines[l] != NULL; l++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[l], "\t", -1);

      if (g_strv_length (cells) > (guint) MAX (key_index, value_index) &&
          g_str_equal (cells[key_index], key))
        return g_strdup (cells[value_index]);
    }
  return NULL;
}

/* One column of every tsv row, in order. */
static GStrv
tsv_column (const char *tsv,
            const char *column)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);
  g_auto(GStrv) header = g_strsplit (lines[0], "\t", -1);
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  int index = -1;

  for (int i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], column))
      index = i;
  g_assert_cmpint (index, >=, 0);

  for (guint l = 1; lines[l] != NULL && *lines[l] != '\0'; l++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[l], "\t", -1);

      g_assert_cmpuint (g_strv_length (cells), ==, g_strv_length (header));
      g_strv_builder_add (values, cells[index]);
    }
  return g_strv_builder_end (values);
}

static void
assert_strv (GStrv               values,
             const char * const *expected)
{
  g_assert_cmpuint (g_strv_length (values), ==, g_strv_length ((GStrv) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (values[i], ==, expected[i]);
}

/* Tests ------------------------------------------------------------------- */

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  static const char * const commands[] = { "init", "demo", "check", "list", NULL };
  g_auto(PjTestRun) run = { 0, };

  run_cli (f, &run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  pj_test_assert_contains (run.out, "Usage:");
  pj_test_assert_contains (run.out, "--workspace");
  for (guint i = 0; commands[i] != NULL; i++)
    {
      g_auto(PjTestRun) command_run = { 0, };

      pj_test_assert_contains (run.out, commands[i]);

      run_cli (f, &command_run, commands[i], "--help", NULL);
      g_assert_cmpint (command_run.status, ==, 0);
      g_assert_cmpstr (command_run.err, ==, "");
      pj_test_assert_contains (command_run.out, "Usage:");
      pj_test_assert_contains (command_run.out, commands[i]);
      pj_test_assert_contains (command_run.out, "--workspace");
    }

  {
    g_auto(PjTestRun) list_run = { 0, };

    run_cli (f, &list_run, "list", "--help", NULL);
    pj_test_assert_contains (list_run.out, "--edition");
    pj_test_assert_contains (list_run.out, "--format");
  }
  {
    g_auto(PjTestRun) demo_run = { 0, };

    run_cli (f, &demo_run, "demo", "--help", NULL);
    pj_test_assert_contains (demo_run.out, "--nominations");
    pj_test_assert_contains (demo_run.out, "--seed");
  }
}

static void
test_bad_usage (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "usage.prisjury");

  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, NULL, NULL);
    assert_usage_error (&run, "No command");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "frobnicate", NULL);
    assert_usage_error (&run, "Unknown command “frobnicate”");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--bogus", "check", NULL);
    assert_usage_error (&run, "--bogus");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "check", "--bogus", NULL);
    assert_usage_error (&run, "--bogus");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "list", NULL);
    assert_usage_error (&run, "awards, editions");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "list", "prizes", NULL);
    assert_usage_error (&run, "“prizes”");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "list", "awards", "--format", "xml", NULL);
    assert_usage_error (&run, "“xml”");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "list", "categories", NULL);
    assert_usage_error (&run, "--edition");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "list", "jurors", "--edition", "x", NULL);
    assert_usage_error (&run, "x");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "demo", "--nominations", "20000", NULL);
    assert_usage_error (&run, "--nominations");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "init", "extra", NULL);
    assert_usage_error (&run, "“extra”");
  }

  /* Bad usage never touches the workspace */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "missing.prisjury");
  g_autofree char *default_path = g_build_filename (f->dir, "prisjury", "workspace.prisjury",
                                                    NULL);

  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "check", NULL);
    assert_one_line_failure (&run, "No workspace at");
    pj_test_assert_contains (run.err, path);
    pj_test_assert_contains (run.err, "init");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "list", "awards", NULL);
    assert_one_line_failure (&run, "No workspace at");
  }
  {
    /* The default workspace, under XDG_DATA_HOME */
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "list", "units", NULL);
    assert_one_line_failure (&run, "No workspace at");
    pj_test_assert_contains (run.err, default_path);
    pj_test_assert_contains (run.err, "“prisjury-cli init”");
  }

  /* Reading commands never create the file */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (default_path, G_FILE_TEST_EXISTS));
}

static void
write_file (const char   *path,
            const guint8 *data,
            gsize         size)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, (const char *) data, (gssize) size, &error);
  g_assert_no_error (error);
}

static void
assert_refused_everywhere (Fixture    *f,
                           const char *path,
                           const char *fragment)
{
  static const char * const kinds[] = { "awards", "editions", "units", NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_size, after_size;

  g_assert_true (g_file_get_contents (path, &before, &before_size, NULL));

  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "check", NULL);
    assert_one_line_failure (&run, fragment);
  }
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_auto(PjTestRun) run = { 0, };
      run_cli (f, &run, "--workspace", path, "list", kinds[i], NULL);
      assert_one_line_failure (&run, fragment);
    }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "list", "jurors", "--edition", "1", NULL);
    assert_one_line_failure (&run, fragment);
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "init", NULL);
    assert_one_line_failure (&run, fragment);
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "demo", NULL);
    assert_one_line_failure (&run, fragment);
  }

  /* The foreign file is left exactly as it was */
  g_assert_true (g_file_get_contents (path, &after, &after_size, NULL));
  g_assert_cmpmem (before, before_size, after, after_size);
}

static void
test_random_bytes (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "random.prisjury");
  g_autofree char *headed = fixture_path (f, "headed.prisjury");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree guint8 *bytes = g_malloc (65536);

  for (gsize i = 0; i < 65536; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  write_file (path, bytes, 65536);
  assert_refused_everywhere (f, path, "not a Prisjury workspace");

  /* Random bytes behind a valid SQLite header get past the first look */
  memcpy (bytes, "SQLite format 3", 16);
  write_file (headed, bytes, 65536);
  assert_refused_everywhere (f, headed, "headed.prisjury");
}

static void
test_text_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "notes.txt");
  static const char text[] = "Protokoll från juryns möte\nInga beslut fattades.\n";

  write_file (path, (const guint8 *) text, sizeof text - 1);
  assert_refused_everywhere (f, path, "not a Prisjury workspace");
}

static void
test_init_check (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "new.prisjury");

  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "init", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    pj_test_assert_contains (run.out, "Created");
    g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "check", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "ok\n");
    g_assert_cmpstr (run.err, ==, "");
  }
  {
    /* A second init leaves the workspace as it is */
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "init", NULL);
    g_assert_cmpint (run.status, ==, 0);
    pj_test_assert_contains (run.out, "already");
  }
  {
    /* Empty: the header alone, in both formats */
    g_auto(PjTestRun) run = { 0, };
    g_auto(PjTestRun) tsv = { 0, };

    run_cli (f, &run, "--workspace", path, "list", "awards", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpuint (count_lines (run.out), ==, 1);
    g_assert_true (g_str_has_prefix (run.out, "ID"));

    run_cli (f, &tsv, "--workspace", path, "list", "awards", "--format", "tsv", NULL);
    g_assert_cmpint (tsv.status, ==, 0);
    g_assert_cmpstr (tsv.out, ==, "id\tname\teditions\tdescription\n");
  }
  {
    /* The default workspace is created where the app looks for it */
    g_autofree char *default_path = g_build_filename (f->dir, "prisjury",
                                                      "workspace.prisjury", NULL);
    g_autofree char *default_dir = g_path_get_dirname (default_path);
    g_auto(PjTestRun) run = { 0, };
    g_auto(PjTestRun) check = { 0, };

    run_cli (f, &run, "init", NULL);
    g_assert_cmpint (run.status, ==, 0);
    pj_test_assert_contains (run.out, default_path);
    g_assert_true (g_file_test (default_path, G_FILE_TEST_IS_REGULAR));

    run_cli (f, &check, "check", NULL);
    g_assert_cmpstr (check.out, ==, "ok\n");

    g_unlink (default_path);
    g_rmdir (default_dir);
  }
}

static char *
list_tsv (Fixture    *f,
          const char *path,
          const char *kind,
          const char *edition)
{
  g_auto(PjTestRun) run = { 0, };

  if (edition != NULL)
    run_cli (f, &run, "--workspace", path, "list", kind, "--edition", edition,
             "--format", "tsv", NULL);
  else
    run_cli (f, &run, "--workspace", path, "list", kind, "--format", "tsv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  return g_steal_pointer (&run.out);
}

static char *
edition_id (Fixture    *f,
            const char *path,
            const char *award)
{
  g_autofree char *editions = list_tsv (f, path, "editions", NULL);
  char *id = tsv_lookup (editions, "award", award, "id");

  g_assert_nonnull (id);
  return id;
}

/* Every line of a text listing has its columns at the same offsets as the
 * header: @column starts where its title does. */
static void
assert_aligned (const char *text,
                const char *title,
                const char *first_value)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  const char *in_header = strstr (lines[0], title);
  glong offset;

  g_assert_nonnull (in_header);
  offset = g_utf8_pointer_to_offset (lines[0], in_header);

  g_assert_nonnull (lines[1]);
  g_assert_true (g_utf8_strlen (lines[1], -1) > offset);
  g_assert_true (g_str_has_prefix (g_utf8_offset_to_pointer (lines[1], offset), first_value));
}

static void
test_examples (Fixture       *f,
               gconstpointer  data)
{
  static const char * const fp_categories[] = {
    "Skola", "Äldreomsorg", "Socialtjänst", "Övriga verksamheter", NULL
  };
  static const char * const ku_categories[] = {
    "Förskola", "Skola", "Äldreomsorg", "Socialtjänst", "Andra verksamheter", NULL
  };
  static const char * const fp_criteria[] = {
    "Nyhetsgrad", "Värdeskapande", "Språng", "Spridningsbarhet", "Genomförande", "Samverkan",
    NULL
  };
  g_autofree char *path = fixture_path (f, "examples.prisjury");
  g_autofree char *fp = NULL;
  g_autofree char *ku = NULL;

  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "demo", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    pj_test_assert_contains (run.out, "example awards");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "check", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "ok\n");
  }
  {
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "list", "awards", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "ID"));
    pj_test_assert_contains (run.out, "Förnyelsepriset");
    pj_test_assert_contains (run.out, "Kvalitetsutmärkelsen");
    g_assert_cmpuint (count_lines (run.out), ==, 3);
  }
  {
    g_autofree char *editions = list_tsv (f, path, "editions", NULL);
    g_autofree char *fp_phase = tsv_lookup (editions, "award", "Förnyelsepriset", "phase");
    g_autofree char *ku_phase = tsv_lookup (editions, "award", "Kvalitetsutmärkelsen", "phase");
    g_autofree char *fp_count = tsv_lookup (editions, "award", "Förnyelsepriset", "nominations");
    g_autofree char *ku_count = tsv_lookup (editions, "award", "Kvalitetsutmärkelsen",
                                            "nominations");
    g_autofree char *ku_min = tsv_lookup (editions, "award", "Kvalitetsutmärkelsen",
                                          "min_jurors");
    g_autofree char *ku_blind = tsv_lookup (editions, "award", "Kvalitetsutmärkelsen",
                                            "blind_policy");
    g_autofree char *year = tsv_lookup (editions, "award", "Förnyelsepriset", "year");

    g_assert_cmpstr (fp_phase, ==, "scoring");
    g_assert_cmpstr (ku_phase, ==, "nominations");
    g_assert_cmpstr (year, ==, "2026");
    g_assert_cmpint (atoi (fp_count), >=, 10);
    g_assert_cmpint (atoi (ku_count), >=, 6);
    g_assert_cmpstr (ku_min, ==, "2");
    g_assert_cmpstr (ku_blind, ==, "never");
  }

  fp = edition_id (f, path, "Förnyelsepriset");
  ku = edition_id (f, path, "Kvalitetsutmärkelsen");

  {
    g_autofree char *tsv = list_tsv (f, path, "categories", fp);
    g_auto(GStrv) names = tsv_column (tsv, "name");
    g_auto(GStrv) positions = tsv_column (tsv, "position");
    g_autofree char *prize = tsv_lookup (tsv, "name", "Skola", "prize");

    assert_strv (names, fp_categories);
    for (guint i = 0; positions[i] != NULL; i++)
      g_assert_cmpint (atoi (positions[i]), ==, (int) i);
    pj_test_assert_contains (prize, "kronor");
  }
  {
    g_autofree char *tsv = list_tsv (f, path, "categories", ku);
    g_auto(GStrv) names = tsv_column (tsv, "name");

    assert_strv (names, ku_categories);
  }
  {
    g_autofree char *tsv = list_tsv (f, path, "criteria", fp);
    g_auto(GStrv) names = tsv_column (tsv, "name");
    g_auto(GStrv) weights = tsv_column (tsv, "weight");
    g_auto(GStrv) labels = tsv_column (tsv, "labels");
    g_autofree char *min = tsv_lookup (tsv, "name", "Språng", "scale_min");
    g_autofree char *max = tsv_lookup (tsv, "name", "Språng", "scale_max");

    assert_strv (names, fp_criteria);
    g_assert_cmpstr (weights[0], ==, "3");
    g_assert_cmpstr (weights[5], ==, "1");
    g_assert_cmpstr (min, ==, "1");
    g_assert_cmpstr (max, ==, "5");
    /* Five rubric labels per criterion */
    for (guint i = 0; labels[i] != NULL; i++)
      {
        g_auto(GStrv) steps = g_strsplit (labels[i], " | ", -1);

        g_assert_cmpuint (g_strv_length (steps), ==, 5);
        for (guint s = 0; steps[s] != NULL; s++)
          g_assert_cmpstr (steps[s], !=, "");
      }
  }
  {
    g_autofree char *tsv = list_tsv (f, path, "criteria", ku);
    g_auto(GStrv) names = tsv_column (tsv, "name");

    g_assert_cmpuint (g_strv_length (names), >=, 4);
    g_assert_true (g_strv_contains ((const char * const *) names, "Brukarfokus"));
  }
  {
    g_autofree char *tsv = list_tsv (f, path, "units", NULL);
    g_auto(GStrv) types = tsv_column (tsv, "type");
    g_autofree char *school_parent = tsv_lookup (tsv, "name", "Hägerstensåsens skola", "parent");
    g_autofree char *provider = tsv_lookup (tsv, "name", "Omsorgsgruppen Norr AB", "type");
    g_autofree char *district = tsv_lookup (tsv, "name", "Skärholmens stadsdelsförvaltning",
                                            "type");
    g_autofree char *company = tsv_lookup (tsv, "name", "Stockholmshem", "type");
    guint per_type[4] = { 0, };
    static const char * const type_names[] = {
      "forvaltning", "stadsdelsforvaltning", "bolag", "extern-utforare"
    };

    g_assert_cmpstr (school_parent, ==, "Utbildningsförvaltningen");
    g_assert_cmpstr (provider, ==, "extern-utforare");
    g_assert_cmpstr (district, ==, "stadsdelsforvaltning");
    g_assert_cmpstr (company, ==, "bolag");
    for (guint i = 0; types[i] != NULL; i++)
      for (guint t = 0; t < G_N_ELEMENTS (type_names); t++)
        per_type[t] += g_str_equal (types[i], type_names[t]);
    for (guint t = 0; t < G_N_ELEMENTS (type_names); t++)
      g_assert_cmpuint (per_type[t], >=, 10);
  }
  {
    g_autofree char *tsv = list_tsv (f, path, "jurors", fp);
    g_auto(GStrv) names = tsv_column (tsv, "name");
    g_auto(GStrv) roles = tsv_column (tsv, "role");
    g_auto(GStrv) emails = tsv_column (tsv, "email");
    guint chairs = 0;

    g_assert_cmpuint (g_strv_length (names), ==, 8);
    for (guint i = 0; roles[i] != NULL; i++)
      chairs += g_str_equal (roles[i], "chair");
    g_assert_cmpuint (chairs, ==, 1);
    for (guint i = 0; emails[i] != NULL; i++)
      g_assert_true (g_str_has_suffix (emails[i], "@stockholm.se"));
  }
  {
    g_autofree char *tsv = list_tsv (f, path, "jurors", ku);
    g_auto(GStrv) names = tsv_column (tsv, "name");

    g_assert_cmpuint (g_strv_length (names), ==, 8);
  }
  {
    /* Text: aligned human columns with translated labels */
    g_auto(PjTestRun) units = { 0, };
    g_auto(PjTestRun) categories = { 0, };

    run_cli (f, &units, "--workspace", path, "list", "units", NULL);
    g_assert_cmpint (units.status, ==, 0);
    g_assert_true (g_str_has_prefix (units.out, "ID"));
    pj_test_assert_contains (units.out, "Contracted provider");
    assert_aligned (units.out, "Name", "Arbetsmarknadsförvaltningen");

    run_cli (f, &categories, "--workspace", path, "list", "categories", "--edition", fp, NULL);
    g_assert_cmpint (categories.status, ==, 0);
    assert_aligned (categories.out, "Name", "Skola");
    g_assert_null (strchr (categories.out, '\t'));
  }
  {
    /* Loading them twice is refused, and changes nothing */
    g_auto(PjTestRun) run = { 0, };
    g_autofree char *before = list_tsv (f, path, "editions", NULL);
    g_autofree char *after = NULL;

    run_cli (f, &run, "--workspace", path, "demo", NULL);
    assert_one_line_failure (&run, "Förnyelsepriset");
    after = list_tsv (f, path, "editions", NULL);
    g_assert_cmpstr (before, ==, after);
  }
  {
    /* An edition that does not exist */
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", path, "list", "criteria", "--edition", "999", NULL);
    assert_one_line_failure (&run, "999");
  }
}

static char *
all_listings (Fixture    *f,
              const char *path)
{
  static const char * const kinds[] = { "awards", "editions", "units", NULL };
  static const char * const edition_kinds[] = { "categories", "criteria", "jurors", NULL };
  g_autoptr(GString) all = g_string_new (NULL);
  g_autofree char *id = edition_id (f, path, "Syntetiskt pris");

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autofree char *tsv = list_tsv (f, path, kinds[i], NULL);
      g_string_append (all, tsv);
    }
  for (guint i = 0; edition_kinds[i] != NULL; i++)
    {
      g_autofree char *tsv = list_tsv (f, path, edition_kinds[i], id);
      g_string_append (all, tsv);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static double
timed_generate (Fixture    *f,
                const char *path)
{
  g_auto(PjTestRun) run = { 0, };
  gint64 start = g_get_monotonic_time ();
  double seconds;

  run_cli (f, &run, "--workspace", path, "demo", "--nominations", "10000", "--jurors", "200",
           "--seed", "7", NULL);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  pj_test_assert_contains (run.out, "10000");
  return seconds;
}

static void
test_generate (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *first = fixture_path (f, "first.prisjury");
  g_autofree char *second = fixture_path (f, "second.prisjury");
  g_autofree char *first_lists = NULL;
  g_autofree char *second_lists = NULL;
  g_autofree char *editions = NULL;
  g_autofree char *count = NULL;
  double t1, t2;

  t1 = timed_generate (f, first);
  t2 = timed_generate (f, second);
  g_test_message ("demo --nominations 10000 --jurors 200: %.2f s and %.2f s", t1, t2);
  g_assert_cmpfloat (t1, <, 20.0);
  g_assert_cmpfloat (t2, <, 20.0);

  {
    g_auto(PjTestRun) run = { 0, };
    gint64 start = g_get_monotonic_time ();

    run_cli (f, &run, "--workspace", first, "check", NULL);
    g_test_message ("check of 10000 nominations: %.2f s",
                    (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "ok\n");
  }

  editions = list_tsv (f, first, "editions", NULL);
  count = tsv_lookup (editions, "award", "Syntetiskt pris", "nominations");
  g_assert_cmpstr (count, ==, "10000");

  /* The same seed, the same workspace */
  first_lists = all_listings (f, first);
  second_lists = all_listings (f, second);
  g_assert_cmpstr (first_lists, ==, second_lists);

  {
    g_autofree char *id = edition_id (f, first, "Syntetiskt pris");
    g_autofree char *jurors = list_tsv (f, first, "jurors", id);

    g_assert_cmpuint (count_lines (jurors), ==, 201);
  }
  {
    /* A second synthetic award in the same workspace is refused */
    g_auto(PjTestRun) run = { 0, };
    run_cli (f, &run, "--workspace", first, "demo", "--nominations", "5", NULL);
    assert_one_line_failure (&run, "Syntetiskt pris");
  }
}

static void
test_seed_matters (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *a = fixture_path (f, "seed-a.prisjury");
  g_autofree char *b = fixture_path (f, "seed-b.prisjury");
  g_autofree char *id_a = NULL;
  g_autofree char *id_b = NULL;
  g_autofree char *jurors_a = NULL;
  g_autofree char *jurors_b = NULL;
  g_auto(PjTestRun) run_a = { 0, };
  g_auto(PjTestRun) run_b = { 0, };

  run_cli (f, &run_a, "--workspace", a, "demo", "-n", "50", "-j", "20", "-s", "1", NULL);
  run_cli (f, &run_b, "--workspace", b, "demo", "-n", "50", "-j", "20", "-s", "2", NULL);
  g_assert_cmpint (run_a.status, ==, 0);
  g_assert_cmpint (run_b.status, ==, 0);

  id_a = edition_id (f, a, "Syntetiskt pris");
  id_b = edition_id (f, b, "Syntetiskt pris");
  jurors_a = list_tsv (f, a, "jurors", id_a);
  jurors_b = list_tsv (f, b, "jurors", id_b);
  /* Different seeds place jurors in different units */
  g_assert_cmpstr (jurors_a, !=, jurors_b);
}

static void
test_tsv_escaping (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = fixture_path (f, "escape.prisjury");
  g_autoptr(GError) error = NULL;
  g_auto(PjTestRun) run = { 0, };
  g_auto(PjTestRun) text = { 0, };
  g_auto(GStrv) lines = NULL;
  g_autofree char *row = NULL;

  {
    g_autoptr(PjWorkspace) ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
    g_autoptr(PjAward) award = pj_award_new ();

    g_assert_no_error (error);
    pj_award_set_name (award, "Priset");
    pj_award_set_description (award, "Rad ett\nRad två\tmed tabb, \\ och\r\nslut");
    pj_store_create_award (ws, award, &error);
    g_assert_no_error (error);
  }

  run_cli (f, &run, "--workspace", path, "list", "awards", "--format", "tsv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  /* A header, one record on one line, and the final newline */
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[0], ==, "id\tname\teditions\tdescription");
  row = g_strdup_printf ("\tPriset\t0\t%s",
                         "Rad ett\\nRad två\\tmed tabb, \\\\ och\\r\\nslut");
  g_assert_true (g_str_has_suffix (lines[1], row));
  g_assert_cmpstr (lines[2], ==, "");

  /* Text never breaks a row either */
  run_cli (f, &text, "--workspace", path, "list", "awards", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_cmpuint (count_lines (text.out), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  const char *from_env;

  g_test_init (&argc, &argv, NULL);

  /* The executable: PJ_CLI, or the first argument, or the build tree */
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
  g_test_add ("/cli/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("help", test_help);
  ADD ("bad-usage", test_bad_usage);
  ADD ("missing-file", test_missing_file);
  ADD ("random-bytes", test_random_bytes);
  ADD ("text-file", test_text_file);
  ADD ("init-check", test_init_check);
  ADD ("examples", test_examples);
  ADD ("generate", test_generate);
  ADD ("seed", test_seed_matters);
  ADD ("tsv-escaping", test_tsv_escaping);
#undef ADD

  return g_test_run ();
}
