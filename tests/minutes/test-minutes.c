/* test-minutes.c: the jury minutes as PDF, read back with pdftotext
 *
 * The example Förnyelsepriset 2025 edition is decided, with winners,
 * citations and conflicts of interest. Its minutes are written as PDF (by
 * the library and by prisjury-cli minutes) and read back with pdftotext and
 * pdfinfo: the pages, the edition and date, the jury, the conflicts, the
 * method, each winner with its citation, the signature lines and the
 * "Page N of M" footers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-minutes"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "pj-demo.h"
#include "pj-minutes.h"
#include "pj-store.h"
#include "pj-store-assignment.h"
#include "pj-store-decision.h"

static const char *cli_path;

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  gint64       edition_id;   /* Förnyelsepriset 2025 */
} Fixture;

static gint64
find_edition (PjWorkspace *ws,
              const char  *award,
              int          year)
{
  g_autoptr(GListModel) editions = pj_store_list_editions (ws, PJ_NO_ID, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);

      if (g_strcmp0 (pj_edition_get_award_name (e), award) == 0 &&
          pj_edition_get_year (e) == year)
        return pj_edition_get_id (e);
    }
  g_assert_not_reached ();
  return PJ_NO_ID;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pj-test-minutes-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, "Test Organiser");
  g_assert_true (pj_demo_load_examples (f->ws, &error));
  g_assert_no_error (error);
  f->edition_id = find_edition (f->ws, "Förnyelsepriset", 2025);
}

static void
remove_all (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->ws);
  remove_all (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Runs a command, asserts it succeeded, returns its stdout. */
static char *
run (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

/* Whitespace collapsed to single spaces: a wrapped citation reads as one. */
static char *
flatten (const char *text)
{
  GString *flat = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || *p == '\f')
        space = TRUE;
      else
        {
          if (space && flat->len > 0)
            g_string_append_c (flat, ' ');
          space = FALSE;
          g_string_append_c (flat, *p);
        }
    }
  return g_string_free (flat, FALSE);
}

static guint
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static char *
pdf_text (const char *pdf)
{
  /* -layout keeps a table row on one line */
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL };

  return run (argv);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in the minutes", needle);
}

/* What a reader of the minutes checks. */
static void
assert_minutes (Fixture    *f,
                const char *pdf)
{
  g_autoptr(GListModel) jurors = pj_store_list_jurors (f->ws, f->edition_id, NULL);
  g_autoptr(GListModel) conflicts = pj_store_list_conflicts (f->ws, f->edition_id, NULL);
  g_autoptr(GListModel) decisions = pj_store_list_decisions (f->ws, f->edition_id, NULL);
  g_autofree char *raw = pdf_text (pdf);
  g_autofree char *text = flatten (raw);
  g_auto(GStrv) pages = g_strsplit (raw, "\f", -1);
  g_autofree char *last_footer = NULL;
  g_autofree char *conflict_count = NULL;
  const char *signatures;
  guint n_pages = pdf_pages (pdf);
  guint n_winners = 0;

  /* Content enough for more than one page; every page says which of how many */
  g_assert_cmpuint (n_pages, >=, 2);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", p + 1, n_pages);

      g_assert_nonnull (pages[p]);
      if (strstr (pages[p], footer) == NULL)
        g_error ("Page %u lacks its footer “%s”", p + 1, footer);
    }

  assert_contains (text, "Jury Minutes");
  assert_contains (text, "Förnyelsepriset 2025");
  assert_contains (text, "20 May 2025");
  assert_contains (text, "Decided");
  g_assert_null (strstr (text, "Draft"));

  /* The jury, each member with a role */
  assert_contains (text, "The jury");
  g_assert_cmpuint (g_list_model_get_n_items (jurors), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (jurors); i++)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, i);

      assert_contains (text, pj_juror_get_name (juror));
    }
  assert_contains (text, "Chair");
  assert_contains (text, "Jury member");

  /* The conflicts and how they were handled */
  assert_contains (text, "Conflicts of interest");
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), >, 0);
  conflict_count = g_strdup_printf ("%u conflicts of interest recorded",
                                    g_list_model_get_n_items (conflicts));
  assert_contains (text, conflict_count);
  assert_contains (text, "Did not score the nomination");
  assert_contains (text, "Automatic");

  /* The method */
  assert_contains (text, "Method of aggregation Mean");
  assert_contains (text, "Minimum of jurors per nomination 3");
  assert_contains (text, "Standard deviation above 15.00 points");

  /* Each category's ranking, and the decisions with their citations */
  assert_contains (text, "Skola");
  assert_contains (text, "Rank Nomination Sheets Result Mean SD");
  assert_contains (text, "90.63");
  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(PjDecision) d = g_list_model_get_item (decisions, i);
      g_autofree char *citation = flatten (pj_decision_get_citation (d));
      g_autofree char *line = g_strdup_printf ("%s: %s",
                                               pj_placement_to_label (
                                                 pj_decision_get_placement (d)),
                                               pj_decision_get_nomination_title (d));

      assert_contains (text, line);
      assert_contains (text, citation);
      n_winners += pj_decision_get_placement (d) == PJ_PLACEMENT_WINNER;
    }
  g_assert_cmpuint (n_winners, >=, 1);
  assert_contains (text, "Winner: Digitala klassrumsbesök för hemmasittare");

  /* Signature lines, last: the chair first */
  signatures = strstr (text, "Signatures");
  g_assert_nonnull (signatures);
  assert_contains (signatures, "Place and date:");
  assert_contains (signatures, "Karin Lindqvist");
  assert_contains (signatures, "Chair");
  last_footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  assert_contains (pages[n_pages - 1], "Signatures");
  assert_contains (pages[n_pages - 1], last_footer);
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "minutes.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;

  /* An existing file is replaced, and nothing else is left behind */
  g_assert_true (g_file_set_contents (pdf, "old", -1, NULL));
  g_assert_true (pj_minutes_write_pdf (f->ws, f->edition_id, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "test.prisjury"))
      n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  assert_minutes (f, pdf);
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjMinutes) minutes = pj_minutes_new (f->ws, f->edition_id, &error);
  cairo_surface_t *surface;
  cairo_t *cr;
  int a4, a5;

  g_assert_no_error (error);
  g_assert_cmpstr (pj_minutes_get_title (minutes), ==, "Förnyelsepriset 2025 – Jury Minutes");

  pj_minutes_paginate (minutes, PJ_MINUTES_A4_WIDTH, PJ_MINUTES_A4_HEIGHT, NULL);
  a4 = pj_minutes_get_n_pages (minutes);
  /* A5 holds less: more pages, and every one of them draws */
  pj_minutes_paginate (minutes, 419.53, 595.28, NULL);
  a5 = pj_minutes_get_n_pages (minutes);
  g_assert_cmpint (a4, >=, 2);
  g_assert_cmpint (a5, >, a4);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 420, 596);
  cr = cairo_create (surface);
  for (int p = 0; p < a5; p++)
    pj_minutes_draw_page (minutes, cr, p);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_draft_and_missing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "draft.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(PjMinutes) gone = NULL;

  /* An edition not yet decided says so, and has no placements */
  g_assert_true (pj_minutes_write_pdf (f->ws, find_edition (f->ws, "Förnyelsepriset", 2026),
                                       file, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  flat = flatten (text);
  assert_contains (flat, "Förnyelsepriset 2026");
  assert_contains (flat, "Draft: the jury's decision has not been marked as decided.");
  assert_contains (flat, "The jury placed no nomination in this category.");

  gone = pj_minutes_new (f->ws, 9999, &error);
  g_assert_null (gone);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->edition_id);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (cli_path == NULL)
    {
      g_test_skip ("No prisjury-cli given");
      return;
    }
  g_clear_object (&f->ws);

  {
    const char *argv[] = { cli_path, "--workspace", f->path, "minutes", "--edition", id,
                           "-o", pdf, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, NULL));
    g_assert_cmpstr (err, ==, "");
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (g_str_has_prefix (out, "Wrote the minutes to "));
  }
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, NULL);
  assert_minutes (f, pdf);

  /* Bad usage: 2; an edition that is not there: 1, one line on stderr */
  {
    const char *argv[] = { cli_path, "--workspace", f->path, "minutes", "--edition", id,
                           NULL };

    g_clear_pointer (&err, g_free);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 NULL, &err, &status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
    g_assert_nonnull (strstr (err, "-o FILE"));
  }
  {
    const char *argv[] = { cli_path, "--workspace", f->path, "minutes", "--edition", "9999",
                           "-o", pdf, NULL };

    g_clear_pointer (&err, g_free);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 NULL, &err, &status, NULL));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_nonnull (strstr (err, "There is no edition with ID 9999."));
  }
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  if (argc > 1)
    cli_path = argv[1];

  g_test_add ("/minutes/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/minutes/pages", Fixture, NULL, fixture_set_up, test_pages,
              fixture_tear_down);
  g_test_add ("/minutes/draft-and-missing", Fixture, NULL, fixture_set_up,
              test_draft_and_missing, fixture_tear_down);
  g_test_add ("/minutes/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);
  return g_test_run ();
}
