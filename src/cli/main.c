/* main.c: prisjury-cli, the same core as the app, scriptable
 *
 *   prisjury-cli [--workspace FILE] COMMAND [ARGS…]
 *
 * Exit status: 0 success, 1 a failure the user can fix (one line on
 * stderr), 2 bad usage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prisjury-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "pj-ballot.h"
#include "pj-demo.h"
#include "pj-export-csv.h"
#include "pj-import.h"
#include "pj-indicators.h"
#include "pj-minutes.h"
#include "pj-results.h"
#include "pj-store.h"
#include "pj-store-nomination.h"
#include "pj-store-scoring.h"
#include "pj-winners.h"
#include "pj-workspace.h"

#define EXIT_OK      0
#define EXIT_FAILED  1
#define EXIT_USAGE   2

#define DEFAULT_DEMO_NOMINATIONS 1000
#define DEFAULT_DEMO_JURORS      50
#define DEFAULT_DEMO_SEED        1
#define MAX_DEMO_NOMINATIONS     10000
#define MAX_DEMO_JURORS          2000

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  const char  *parameters;   /* shown after the name in --help */
  const char  *summary;      /* N_() */
  CommandFunc  run;
} Command;

static char *opt_workspace;

static const GOptionEntry workspace_entries[] = {
  { "workspace", 'w', 0, G_OPTION_ARG_FILENAME, &opt_workspace,
    N_("The workspace file (default: the one the app uses)"), N_("FILE") },
  { NULL }
};

/* Output ------------------------------------------------------------------ */

/* Strings are UTF-8 in and out, whatever the locale's charset: g_print
 * would transliterate "Förnyelsepriset" under LANG=C. */
static void
out (const char *s)
{
  fputs (s, stdout);
}

static void G_GNUC_PRINTF (1, 2)
outf (const char *format,
      ...)
{
  g_autofree char *s = NULL;
  va_list args;

  va_start (args, format);
  s = g_strdup_vprintf (format, args);
  va_end (args);
  fputs (s, stdout);
}

/* One line: newlines in a message would break "one line on stderr". */
static char *
one_line (const char *message)
{
  char *line = g_strdup (message);

  g_strdelimit (line, "\r\n", ' ');
  return g_strchomp (line);
}

static int G_GNUC_PRINTF (2, 3)
usage_error (const char *command,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  line = one_line (message);

  fprintf (stderr, "prisjury-cli: %s\n", line);
  if (command != NULL)
    fprintf (stderr, _("Try “prisjury-cli %s --help” for more information.\n"), command);
  else
    fprintf (stderr, _("Try “prisjury-cli --help” for more information.\n"));
  return EXIT_USAGE;
}

static int
fail (const char   *path,
      const GError *error)
{
  g_autofree char *line = one_line (error->message);

  fprintf (stderr, "prisjury-cli: %s: %s\n", path, line);
  return EXIT_FAILED;
}

/* Workspace --------------------------------------------------------------- */

static char *
dup_workspace_path (void)
{
  if (opt_workspace != NULL && *opt_workspace != '\0')
    return g_strdup (opt_workspace);
  return pj_workspace_default_path ();
}

/* Opens an existing workspace and never creates one: the commands that only
 * read must not leave an empty file behind. */
static PjWorkspace *
open_existing (const char *path,
               int        *status)
{
  g_autoptr(GError) error = NULL;
  PjWorkspace *ws;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (opt_workspace == NULL || *opt_workspace == '\0')
        fprintf (stderr, _("prisjury-cli: No workspace at %s. "
                           "Create one with “prisjury-cli init”.\n"), path);
      else
        {
          g_autofree char *quoted = g_shell_quote (path);

          fprintf (stderr, _("prisjury-cli: No workspace at %s. "
                             "Create one with “prisjury-cli --workspace %s init”.\n"),
                   path, quoted);
        }
      *status = EXIT_FAILED;
      return NULL;
    }

  ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  if (ws == NULL)
    {
      *status = fail (path, error);
      return NULL;
    }

  *status = EXIT_OK;
  return ws;
}

static GOptionContext *
command_context_new (const Command      *command,
                     const GOptionEntry *entries)
{
  g_autofree char *parameters = g_strconcat (command->name,
                                             command->parameters != NULL ? " " : NULL,
                                             command->parameters != NULL
                                             ? _(command->parameters) : NULL,
                                             NULL);
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_add_main_entries (context, workspace_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

/* Parses a command's options; returns -1 to go on, or an exit status. */
static int
parse_command (GOptionContext *context,
               const char     *name,
               int            *argc,
               char         ***argv,
               int             min_args,
               int             max_args)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return usage_error (name, "%s", error->message);

  /* (*argv)[0] is the command itself */
  if (*argc - 1 < min_args)
    return usage_error (name, _("Missing argument."));
  if (*argc - 1 > max_args)
    return usage_error (name, _("Unexpected argument “%s”."), (*argv)[max_args + 1]);

  return -1;
}

/* init -------------------------------------------------------------------- */

static const Command command_init;

static int
run_init (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = command_context_new (&command_init, NULL);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean existed;
  int status;

  if ((status = parse_command (context, command_init.name, &argc, &argv, 0, 0)) >= 0)
    return status;

  path = dup_workspace_path ();
  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  if (ws == NULL)
    return fail (path, error);

  if (existed)
    outf (_("%s is a workspace already (version %d).\n"), path,
          pj_workspace_get_schema_version (ws));
  else
    outf (_("Created the workspace %s.\n"), path);
  return EXIT_OK;
}

static const Command command_init = {
  "init", NULL, N_("Create a workspace, or bring an existing one up to date."), run_init
};

/* demo -------------------------------------------------------------------- */

static const Command command_demo;

static int
run_demo (int    argc,
          char **argv)
{
  gint64 nominations = -1, jurors = -1, seed = -1;
  const GOptionEntry entries[] = {
    { "nominations", 'n', 0, G_OPTION_ARG_INT64, &nominations,
      N_("Generate a synthetic award with N nominations (up to 10 000)"), N_("N") },
    { "jurors", 'j', 0, G_OPTION_ARG_INT64, &jurors,
      N_("Number of jurors of the synthetic award"), N_("M") },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed,
      N_("Seed of the synthetic award: the same seed gives the same data"), N_("S") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_demo, entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean generate;
  int status;

  g_option_context_set_description (context,
    _("Without options, fills the workspace with the example awards Förnyelsepriset 2026 "
      "and Kvalitetsutmärkelsen 2026. With any of --nominations, --jurors or --seed, adds "
      "a large synthetic award for load tests instead."));

  if ((status = parse_command (context, command_demo.name, &argc, &argv, 0, 0)) >= 0)
    return status;

  generate = nominations >= 0 || jurors >= 0 || seed >= 0;
  if (nominations < 0)
    nominations = DEFAULT_DEMO_NOMINATIONS;
  if (jurors < 0)
    jurors = DEFAULT_DEMO_JURORS;
  if (seed < 0)
    seed = DEFAULT_DEMO_SEED;

  if (nominations > MAX_DEMO_NOMINATIONS)
    return usage_error (command_demo.name, _("--nominations must be between 0 and %d."),
                        MAX_DEMO_NOMINATIONS);
  if (jurors < 1 || jurors > MAX_DEMO_JURORS)
    return usage_error (command_demo.name, _("--jurors must be between 1 and %d."),
                        MAX_DEMO_JURORS);
  if (seed > G_MAXUINT32)
    return usage_error (command_demo.name, _("--seed must be between 0 and %u."), G_MAXUINT32);

  path = dup_workspace_path ();
  ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, &error);
  if (ws == NULL)
    return fail (path, error);

  if (generate)
    {
      if (!pj_demo_generate (ws, (guint) nominations, (guint) jurors, (guint32) seed, &error))
        return fail (path, error);
      outf (_("Generated a synthetic award with %u nominations and %u jurors (seed %u) in %s.\n"),
            (guint) nominations, (guint) jurors, (guint) seed, path);
    }
  else
    {
      if (!pj_demo_load_examples (ws, &error))
        return fail (path, error);
      outf (_("Loaded the example awards into %s.\n"), path);
    }

  return EXIT_OK;
}

static const Command command_demo = {
  "demo", NULL, N_("Fill a workspace with the example awards, or with a large synthetic one."),
  run_demo
};

/* check ------------------------------------------------------------------- */

static const Command command_check;

static int
run_check (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = command_context_new (&command_check, NULL);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_option_context_set_description (context,
    _("Runs SQLite's integrity check and foreign key check. Prints “ok”, or one problem per "
      "line and exits with status 1."));

  if ((status = parse_command (context, command_check.name, &argc, &argv, 0, 0)) >= 0)
    return status;

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;

  if (pj_workspace_check (ws, &problems, &error))
    {
      out ("ok\n");
      return EXIT_OK;
    }
  if (error != NULL)
    return fail (path, error);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = one_line (g_ptr_array_index (problems, i));

      outf ("%s\n", line);
    }
  fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                "prisjury-cli: %s: %u problem found.\n",
                                "prisjury-cli: %s: %u problems found.\n",
                                problems != NULL ? problems->len : 0),
           path, problems != NULL ? problems->len : 0);
  return EXIT_FAILED;
}

static const Command command_check = {
  "check", NULL, N_("Check the workspace for damage."), run_check
};

/* list -------------------------------------------------------------------- */

typedef enum
{
  SHOW_BOTH,
  SHOW_TEXT,   /* human columns only */
  SHOW_TSV,    /* machine columns only */
} ColumnShow;

typedef struct
{
  const char *key;     /* tsv header: stable, never translated */
  const char *title;   /* text header: translated */
  ColumnShow  show;
} Column;

typedef struct
{
  gboolean   tsv;
  GArray    *columns;  /* of Column */
  GPtrArray *cells;    /* row after row, only shown columns */
  guint      next;     /* index of the next cell's column */
} Table;

static Table *
table_new (gboolean tsv)
{
  Table *table = g_new0 (Table, 1);

  table->tsv = tsv;
  table->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  table->cells = g_ptr_array_new_with_free_func (g_free);
  return table;
}

static void
table_free (Table *table)
{
  g_array_unref (table->columns);
  g_ptr_array_unref (table->cells);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

static gboolean
column_shown (Table        *table,
              const Column *column)
{
  return column->show == SHOW_BOTH || (column->show == SHOW_TSV) == table->tsv;
}

static void
table_column (Table      *table,
              const char *key,
              const char *title,
              ColumnShow  show)
{
  Column column = { key, title, show };

  g_array_append_val (table->columns, column);
}

static guint
table_n_shown (Table *table)
{
  guint n = 0;

  for (guint i = 0; i < table->columns->len; i++)
    n += column_shown (table, &g_array_index (table->columns, Column, i));
  return n;
}

/* Takes @value; columns are filled in order, row after row. */
static void
table_take (Table *table,
            char  *value)
{
  Column *column = &g_array_index (table->columns, Column, table->next);

  if (column_shown (table, column))
    g_ptr_array_add (table->cells, value != NULL ? value : g_strdup (""));
  else
    g_free (value);
  table->next = (table->next + 1) % table->columns->len;
}

static void
table_add (Table      *table,
           const char *value)
{
  table_take (table, g_strdup (value));
}

/* A stored name for tsv, a translated label for people. */
static void
table_add_enum (Table      *table,
                const char *stored,
                const char *label)
{
  table_add (table, table->tsv ? stored : label);
}

static void
table_add_int (Table  *table,
               gint64  value)
{
  table_take (table, g_strdup_printf ("%" G_GINT64_FORMAT, value));
}

static void
table_add_double (Table  *table,
                  double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  table_add (table, g_ascii_formatd (buffer, sizeof buffer, "%g", value));
}

/* Tabs, newlines and backslashes escaped, so one record is one line. */
static void
append_tsv_escaped (GString    *line,
                    const char *value)
{
  for (const char *p = value; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (line, "\\\\"); break;
        case '\t': g_string_append (line, "\\t"); break;
        case '\n': g_string_append (line, "\\n"); break;
        case '\r': g_string_append (line, "\\r"); break;
        default: g_string_append_c (line, *p);
        }
    }
}

static char *
dup_text_cell (const char *value)
{
  g_autofree char *copy = g_strdup (value);

  g_strdelimit (copy, "\t\r\n", ' ');
  return g_utf8_make_valid (copy, -1);
}

static void
table_print (Table *table)
{
  guint n_shown = table_n_shown (table);
  guint n_rows = n_shown > 0 ? table->cells->len / n_shown : 0;
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree gsize *widths = g_new0 (gsize, n_shown);

  for (guint i = 0; i < table->columns->len; i++)
    {
      Column *column = &g_array_index (table->columns, Column, i);

      if (column_shown (table, column))
        g_ptr_array_add (headers, (gpointer) (table->tsv ? column->key : column->title));
    }

  if (table->tsv)
    {
      for (guint r = 0; r <= n_rows; r++)
        {
          g_string_truncate (line, 0);
          for (guint c = 0; c < n_shown; c++)
            {
              const char *value = r == 0 ? g_ptr_array_index (headers, c)
                                         : g_ptr_array_index (table->cells,
                                                              (r - 1) * n_shown + c);
              if (c > 0)
                g_string_append_c (line, '\t');
              append_tsv_escaped (line, value);
            }
          g_string_append_c (line, '\n');
          out (line->str);
        }
      return;
    }

  /* Text: cleaned cells, aligned on characters */
  for (guint i = 0; i < table->cells->len; i++)
    {
      char *clean = dup_text_cell (g_ptr_array_index (table->cells, i));

      g_free (g_ptr_array_index (table->cells, i));
      g_ptr_array_index (table->cells, i) = clean;
    }

  for (guint r = 0; r <= n_rows; r++)
    for (guint c = 0; c < n_shown; c++)
      {
        const char *value = r == 0 ? g_ptr_array_index (headers, c)
                                   : g_ptr_array_index (table->cells, (r - 1) * n_shown + c);

        widths[c] = MAX (widths[c], (gsize) g_utf8_strlen (value, -1));
      }

  for (guint r = 0; r <= n_rows; r++)
    {
      g_string_truncate (line, 0);
      for (guint c = 0; c < n_shown; c++)
        {
          const char *value = r == 0 ? g_ptr_array_index (headers, c)
                                     : g_ptr_array_index (table->cells, (r - 1) * n_shown + c);

          g_string_append (line, value);
          if (c + 1 < n_shown)
            for (gsize pad = g_utf8_strlen (value, -1); pad < widths[c] + 2; pad++)
              g_string_append_c (line, ' ');
        }
      g_strchomp (line->str);
      out (line->str);
      out ("\n");
    }
}

static gboolean
list_awards (PjWorkspace  *ws,
             Table        *table,
             GError      **error)
{
  g_autoptr(GListModel) awards = pj_store_list_awards (ws, error);
  g_autoptr(GListModel) editions = NULL;

  if (awards == NULL)
    return FALSE;
  editions = pj_store_list_editions (ws, PJ_NO_ID, error);
  if (editions == NULL)
    return FALSE;

  table_column (table, "id", _("ID"), SHOW_BOTH);
  table_column (table, "name", _("Name"), SHOW_BOTH);
  table_column (table, "editions", _("Editions"), SHOW_BOTH);
  table_column (table, "description", _("Description"), SHOW_TSV);

  for (guint i = 0; i < g_list_model_get_n_items (awards); i++)
    {
      g_autoptr(PjAward) award = g_list_model_get_item (awards, i);
      guint n_editions = 0;

      for (guint e = 0; e < g_list_model_get_n_items (editions); e++)
        {
          g_autoptr(PjEdition) edition = g_list_model_get_item (editions, e);

          n_editions += pj_edition_get_award_id (edition) == pj_award_get_id (award);
        }

      table_add_int (table, pj_award_get_id (award));
      table_add (table, pj_award_get_name (award));
      table_add_int (table, n_editions);
      table_add (table, pj_award_get_description (award));
    }
  return TRUE;
}

static gboolean
list_editions (PjWorkspace  *ws,
               Table        *table,
               GError      **error)
{
  g_autoptr(GListModel) editions = pj_store_list_editions (ws, PJ_NO_ID, error);

  if (editions == NULL)
    return FALSE;

  table_column (table, "id", _("ID"), SHOW_BOTH);
  table_column (table, "award", _("Award"), SHOW_BOTH);
  table_column (table, "year", _("Year"), SHOW_BOTH);
  table_column (table, "phase", _("Phase"), SHOW_BOTH);
  table_column (table, "nominations", _("Nominations"), SHOW_BOTH);
  table_column (table, "nominations_close", NULL, SHOW_TSV);
  table_column (table, "scoring_close", NULL, SHOW_TSV);
  table_column (table, "decision_date", NULL, SHOW_TSV);
  table_column (table, "blind_policy", NULL, SHOW_TSV);
  table_column (table, "aggregation", NULL, SHOW_TSV);
  table_column (table, "disagreement_threshold", NULL, SHOW_TSV);
  table_column (table, "min_jurors", NULL, SHOW_TSV);

  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) edition = g_list_model_get_item (editions, i);
      PjPhase phase = pj_edition_get_phase (edition);

      table_add_int (table, pj_edition_get_id (edition));
      table_add (table, pj_edition_get_award_name (edition));
      table_add_int (table, pj_edition_get_year (edition));
      table_add_enum (table, pj_phase_to_string (phase), pj_phase_to_label (phase));
      table_add_int (table, pj_store_count_nominations (ws, pj_edition_get_id (edition)));
      table_add (table, pj_edition_get_nominations_close (edition));
      table_add (table, pj_edition_get_scoring_close (edition));
      table_add (table, pj_edition_get_decision_date (edition));
      table_add (table, pj_blind_policy_to_string (pj_edition_get_blind_policy (edition)));
      table_add (table, pj_aggregation_to_string (pj_edition_get_aggregation (edition)));
      table_add_double (table, pj_edition_get_disagreement_threshold (edition));
      table_add_int (table, pj_edition_get_min_jurors (edition));
    }
  return TRUE;
}

static gboolean
list_categories (PjWorkspace  *ws,
                 gint64        edition_id,
                 Table        *table,
                 GError      **error)
{
  g_autoptr(GListModel) categories = pj_store_list_categories (ws, edition_id, error);

  if (categories == NULL)
    return FALSE;

  table_column (table, "id", _("ID"), SHOW_BOTH);
  table_column (table, "position", _("#"), SHOW_BOTH);
  table_column (table, "name", _("Name"), SHOW_BOTH);
  table_column (table, "award_mode", _("Award mode"), SHOW_BOTH);
  table_column (table, "winners", NULL, SHOW_TSV);
  table_column (table, "honourable_mentions", NULL, SHOW_TSV);
  table_column (table, "threshold", NULL, SHOW_TSV);
  table_column (table, "prize", _("Prize"), SHOW_BOTH);
  table_column (table, "description", NULL, SHOW_TSV);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(PjCategory) category = g_list_model_get_item (categories, i);
      PjAwardMode mode = pj_category_get_award_mode (category);

      table_add_int (table, pj_category_get_id (category));
      table_add_int (table, pj_category_get_position (category) + (table->tsv ? 0 : 1));
      table_add (table, pj_category_get_name (category));
      table_add_enum (table, pj_award_mode_to_string (mode), pj_award_mode_to_label (mode));
      table_add_int (table, pj_category_get_winners (category));
      table_add_int (table, pj_category_get_honourable_mentions (category));
      table_add_double (table, pj_category_get_threshold (category));
      table_add (table, pj_category_get_prize (category));
      table_add (table, pj_category_get_description (category));
    }
  return TRUE;
}

static char *
dup_category_names (const gint64 *ids,
                    guint         n_ids,
                    GHashTable   *names,
                    gboolean      tsv)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  if (n_ids == 0)
    return g_strdup (tsv ? "" : _("All"));

  for (guint i = 0; i < n_ids; i++)
    {
      const char *name = g_hash_table_lookup (names, &ids[i]);

      if (i > 0)
        g_string_append (joined, tsv ? "; " : ", ");
      g_string_append (joined, name != NULL ? name : "?");
    }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* id -> name of every category of the edition */
static GHashTable *
category_names (PjWorkspace  *ws,
                gint64        edition_id,
                GError      **error)
{
  g_autoptr(GListModel) categories = pj_store_list_categories (ws, edition_id, error);
  GHashTable *names;

  if (categories == NULL)
    return NULL;

  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(PjCategory) category = g_list_model_get_item (categories, i);

      g_hash_table_insert (names, g_memdup2 (&(gint64) { pj_category_get_id (category) },
                                             sizeof (gint64)),
                           g_strdup (pj_category_get_name (category)));
    }
  return names;
}

static gboolean
list_criteria (PjWorkspace  *ws,
               gint64        edition_id,
               Table        *table,
               GError      **error)
{
  g_autoptr(GListModel) criteria = pj_store_list_criteria (ws, edition_id, error);
  g_autoptr(GHashTable) names = NULL;

  if (criteria == NULL)
    return FALSE;
  names = category_names (ws, edition_id, error);
  if (names == NULL)
    return FALSE;

  table_column (table, "id", _("ID"), SHOW_BOTH);
  table_column (table, "position", _("#"), SHOW_BOTH);
  table_column (table, "name", _("Name"), SHOW_BOTH);
  table_column (table, "weight", _("Weight"), SHOW_BOTH);
  table_column (table, NULL, _("Scale"), SHOW_TEXT);
  table_column (table, "scale_min", NULL, SHOW_TSV);
  table_column (table, "scale_max", NULL, SHOW_TSV);
  table_column (table, "required", _("Required"), SHOW_BOTH);
  table_column (table, "categories", _("Categories"), SHOW_BOTH);
  table_column (table, "labels", NULL, SHOW_TSV);
  table_column (table, "description", NULL, SHOW_TSV);

  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(PjCriterion) criterion = g_list_model_get_item (criteria, i);
      const char * const *labels = pj_criterion_get_labels (criterion);
      double weight = pj_criterion_get_weight (criterion);
      gboolean required = pj_criterion_get_required (criterion);
      const gint64 *ids;
      guint n_ids;

      ids = pj_criterion_get_category_ids (criterion, &n_ids);

      table_add_int (table, pj_criterion_get_id (criterion));
      table_add_int (table, pj_criterion_get_position (criterion) + (table->tsv ? 0 : 1));
      table_add (table, pj_criterion_get_name (criterion));
      if (weight == 0 && !table->tsv)
        table_add (table, _("not counted"));
      else
        table_add_double (table, weight);
      table_take (table, g_strdup_printf ("%d–%d", pj_criterion_get_scale_min (criterion),
                                          pj_criterion_get_scale_max (criterion)));
      table_add_int (table, pj_criterion_get_scale_min (criterion));
      table_add_int (table, pj_criterion_get_scale_max (criterion));
      table_add_enum (table, required ? "1" : "0", required ? _("yes") : _("no"));
      table_take (table, dup_category_names (ids, n_ids, names, table->tsv));
      table_take (table, labels != NULL ? g_strjoinv (" | ", (char **) labels) : NULL);
      table_add (table, pj_criterion_get_description (criterion));
    }
  return TRUE;
}

/* id -> name of every unit */
static GHashTable *
unit_names (GListModel *units)
{
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);

      g_hash_table_insert (names, g_memdup2 (&(gint64) { pj_unit_get_id (unit) },
                                             sizeof (gint64)),
                           g_strdup (pj_unit_get_name (unit)));
    }
  return names;
}

static gboolean
list_units (PjWorkspace  *ws,
            Table        *table,
            GError      **error)
{
  g_autoptr(GListModel) units = pj_store_list_units (ws, error);
  g_autoptr(GHashTable) names = NULL;

  if (units == NULL)
    return FALSE;
  names = unit_names (units);

  table_column (table, "id", _("ID"), SHOW_BOTH);
  table_column (table, "name", _("Name"), SHOW_BOTH);
  table_column (table, "type", _("Type"), SHOW_BOTH);
  table_column (table, "parent", _("Parent unit"), SHOW_BOTH);
  table_column (table, "parent_id", NULL, SHOW_TSV);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);
      PjUnitType type = pj_unit_get_unit_type (unit);
      gint64 parent_id = pj_unit_get_parent_id (unit);
      const char *parent_name = g_hash_table_lookup (names, &parent_id);

      table_add_int (table, pj_unit_get_id (unit));
      table_add (table, pj_unit_get_name (unit));
      table_add_enum (table, pj_unit_type_to_string (type), pj_unit_type_to_label (type));
      table_add (table, parent_name != NULL ? parent_name : "");
      if (parent_id != PJ_NO_ID)
        table_add_int (table, parent_id);
      else
        table_add (table, "");
    }
  return TRUE;
}

static gboolean
list_jurors (PjWorkspace  *ws,
             gint64        edition_id,
             Table        *table,
             GError      **error)
{
  g_autoptr(GListModel) jurors = pj_store_list_jurors (ws, edition_id, error);
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GHashTable) juror_units = NULL;

  if (jurors == NULL)
    return FALSE;
  names = category_names (ws, edition_id, error);
  if (names == NULL)
    return FALSE;
  units = pj_store_list_units (ws, error);
  if (units == NULL)
    return FALSE;

  juror_units = unit_names (units);

  table_column (table, "id", _("ID"), SHOW_BOTH);
  table_column (table, "name", _("Name"), SHOW_BOTH);
  table_column (table, "email", _("Email"), SHOW_BOTH);
  table_column (table, "role", _("Role"), SHOW_BOTH);
  table_column (table, "unit", _("Unit"), SHOW_BOTH);
  table_column (table, "categories", _("Categories"), SHOW_BOTH);

  for (guint i = 0; i < g_list_model_get_n_items (jurors); i++)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, i);
      PjJurorRole role = pj_juror_get_role (juror);
      gint64 unit_id = pj_juror_get_unit_id (juror);
      const char *unit_name = g_hash_table_lookup (juror_units, &unit_id);
      const gint64 *ids;
      guint n_ids;

      ids = pj_juror_get_category_ids (juror, &n_ids);

      table_add_int (table, pj_juror_get_id (juror));
      table_add (table, pj_juror_get_name (juror));
      table_add (table, pj_juror_get_email (juror));
      table_add_enum (table, pj_juror_role_to_string (role), pj_juror_role_to_label (role));
      table_add (table, unit_name != NULL ? unit_name : "");
      if (n_ids == 0)
        table_add (table, "");
      else
        table_take (table, dup_category_names (ids, n_ids, names, table->tsv));
    }
  return TRUE;
}

static char *
dup_substrategies (PjNomination *nomination,
                   gboolean      tsv)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint s = 0; s < PJ_N_SUBSTRATEGIES; s++)
    if (pj_nomination_has_substrategy (nomination, s))
      {
        if (joined->len > 0)
          g_string_append (joined, tsv ? "; " : ", ");
        g_string_append (joined, tsv ? pj_substrategy_to_string (s) : pj_substrategy_to_label (s));
      }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static gboolean
list_nominations (PjWorkspace  *ws,
                  gint64        edition_id,
                  Table        *table,
                  GError      **error)
{
  g_autoptr(GListModel) editions = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) names = NULL;

  if (edition_id == PJ_NO_ID)
    {
      editions = pj_store_list_editions (ws, PJ_NO_ID, error);
      if (editions == NULL)
        return FALSE;
    }
  units = pj_store_list_units (ws, error);
  if (units == NULL)
    return FALSE;
  names = unit_names (units);

  table_column (table, "id", _("ID"), SHOW_BOTH);
  table_column (table, "edition_id", _("Edition"), SHOW_BOTH);
  table_column (table, "title", _("Title"), SHOW_BOTH);
  table_column (table, "category", _("Category"), SHOW_BOTH);
  table_column (table, "units", _("Units"), SHOW_BOTH);
  table_column (table, "status", _("Status"), SHOW_BOTH);
  table_column (table, "class_claimed", _("Class"), SHOW_BOTH);
  table_column (table, "received", _("Received"), SHOW_BOTH);
  table_column (table, "class_assessed", NULL, SHOW_TSV);
  table_column (table, "contact_name", NULL, SHOW_TSV);
  table_column (table, "contact_email", NULL, SHOW_TSV);
  table_column (table, "contact_phone", NULL, SHOW_TSV);
  table_column (table, "nominated_by", NULL, SHOW_TSV);
  table_column (table, "nominated_by_unit", NULL, SHOW_TSV);
  table_column (table, "team", NULL, SHOW_TSV);
  table_column (table, "substrategies", NULL, SHOW_TSV);
  table_column (table, "summary", NULL, SHOW_TSV);

  for (guint e = 0; e < (editions != NULL ? g_list_model_get_n_items (editions) : 1); e++)
    {
      g_autoptr(GListModel) nominations = NULL;
      gint64 id = edition_id;

      if (editions != NULL)
        {
          g_autoptr(PjEdition) edition = g_list_model_get_item (editions, e);

          id = pj_edition_get_id (edition);
        }
      nominations = pj_store_list_nominations (ws, id, error);
      if (nominations == NULL)
        return FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (nominations); i++)
        {
          g_autoptr(PjNomination) n = g_list_model_get_item (nominations, i);
          g_autoptr(GString) unit_list = g_string_new (NULL);
          g_autoptr(GString) team_list = g_string_new (NULL);
          GListModel *team = pj_nomination_get_team (n);
          PjNominationStatus status = pj_nomination_get_status (n);
          PjInnovationClass claimed = pj_nomination_get_class_claimed (n);
          PjInnovationClass assessed = pj_nomination_get_class_assessed (n);
          const gint64 *ids;
          guint n_ids;

          ids = pj_nomination_get_unit_ids (n, &n_ids);
          for (guint u = 0; u < n_ids; u++)
            {
              const char *name = g_hash_table_lookup (names, &ids[u]);

              if (u > 0)
                g_string_append (unit_list, table->tsv ? "; " : ", ");
              g_string_append (unit_list, name != NULL ? name : "?");
            }
          for (guint m = 0; m < g_list_model_get_n_items (team); m++)
            {
              g_autoptr(PjTeamMember) member = g_list_model_get_item (team, m);
              const char *role = pj_team_member_get_role (member);

              if (m > 0)
                g_string_append (team_list, "; ");
              g_string_append (team_list, pj_team_member_get_name (member));
              if (*role != '\0')
                g_string_append_printf (team_list, " (%s)", role);
            }

          table_add_int (table, pj_nomination_get_id (n));
          table_add_int (table, id);
          table_add (table, pj_nomination_get_title (n));
          table_add (table, pj_nomination_get_category_name (n));
          table_add (table, unit_list->str);
          table_add_enum (table, pj_nomination_status_to_string (status),
                          pj_nomination_status_to_label (status));
          table_add_enum (table, pj_innovation_class_to_string (claimed),
                          claimed != PJ_CLASS_NONE ? pj_innovation_class_to_label (claimed) : "");
          table_add (table, pj_nomination_get_received (n));
          table_add (table, pj_innovation_class_to_string (assessed));
          table_add (table, pj_nomination_get_contact_name (n));
          table_add (table, pj_nomination_get_contact_email (n));
          table_add (table, pj_nomination_get_contact_phone (n));
          table_add (table, pj_nomination_get_nominated_by (n));
          table_add (table, pj_nomination_get_nominated_by_unit (n));
          table_add (table, team_list->str);
          table_take (table, dup_substrategies (n, table->tsv));
          table_add (table, pj_nomination_get_summary (n));
        }
    }
  return TRUE;
}

static const char * const list_kinds[] = {
  "awards", "editions", "categories", "criteria", "units", "jurors", "nominations", NULL
};

static const Command command_list;

/* The edition must exist; prints the error and returns FALSE otherwise. */
static gboolean
require_edition (PjWorkspace *ws,
                 const char  *path,
                 gint64       edition_id,
                 int         *status)
{
  g_autoptr(PjEdition) edition = NULL;
  g_autoptr(GError) error = NULL;

  edition = pj_store_get_edition (ws, edition_id, &error);
  if (edition != NULL)
    return TRUE;

  if (g_error_matches (error, PJ_ERROR, PJ_ERROR_NOT_FOUND))
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, edition_id);

      g_clear_error (&error);
      g_set_error (&error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   /* Translators: %s is a number */
                   _("There is no edition with ID %s."), id_text);
    }
  *status = fail (path, error);
  return FALSE;
}

static int
run_list (int    argc,
          char **argv)
{
  gint64 edition_id = PJ_NO_ID;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_INT64, &edition_id,
      N_("The edition to list categories, criteria or jurors of"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (aligned columns, the default) or tsv (tab-separated, "
         "with a header line)"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_list, entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(Table) table = NULL;
  g_autofree char *path = NULL;
  const char *kind;
  gboolean tsv = FALSE;
  gboolean needs_edition;
  gboolean ok = FALSE;
  int status;

  g_option_context_set_description (context,
    _("KIND is one of awards, editions, categories, criteria, units, jurors or nominations. "
      "Categories, criteria and jurors belong to an edition: give its ID from “prisjury-cli "
      "list editions”; nominations are of every edition unless --edition says which. In tsv, "
      "tabs, newlines and backslashes in values are written as \\t, \\n and \\\\."));

  if ((status = parse_command (context, command_list.name, &argc, &argv, 0, 1)) >= 0)
    return status;

  if (argc < 2)
    return usage_error (command_list.name,
                        _("Say what to list: awards, editions, categories, criteria, units, "
                          "jurors or nominations."));
  kind = argv[1];
  if (!g_strv_contains (list_kinds, kind))
    return usage_error (command_list.name,
                        _("Cannot list “%s”: choose awards, editions, categories, criteria, "
                          "units, jurors or nominations."), kind);

  if (format == NULL || g_str_equal (format, "text"))
    tsv = FALSE;
  else if (g_str_equal (format, "tsv"))
    tsv = TRUE;
  else
    return usage_error (command_list.name,
                        _("Unknown format “%s”: choose text or tsv."), format);

  needs_edition = g_str_equal (kind, "categories") || g_str_equal (kind, "criteria") ||
                  g_str_equal (kind, "jurors");
  if (needs_edition && edition_id <= 0)
    return usage_error (command_list.name,
                        _("Listing %s needs --edition ID; “prisjury-cli list editions” shows "
                          "the IDs."), kind);

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;

  if ((needs_edition || (g_str_equal (kind, "nominations") && edition_id != PJ_NO_ID)) &&
      !require_edition (ws, path, edition_id, &status))
    return status;

  table = table_new (tsv);
  if (g_str_equal (kind, "awards"))
    ok = list_awards (ws, table, &error);
  else if (g_str_equal (kind, "editions"))
    ok = list_editions (ws, table, &error);
  else if (g_str_equal (kind, "categories"))
    ok = list_categories (ws, edition_id, table, &error);
  else if (g_str_equal (kind, "criteria"))
    ok = list_criteria (ws, edition_id, table, &error);
  else if (g_str_equal (kind, "units"))
    ok = list_units (ws, table, &error);
  else if (g_str_equal (kind, "jurors"))
    ok = list_jurors (ws, edition_id, table, &error);
  else if (g_str_equal (kind, "nominations"))
    ok = list_nominations (ws, edition_id, table, &error);

  if (!ok)
    return fail (path, error);

  table_print (table);
  return EXIT_OK;
}

static const Command command_list = {
  "list", N_("KIND"),
  N_("List awards, editions, categories, criteria, units, jurors or nominations."), run_list
};

/* import-nominations ------------------------------------------------------ */

static char *
dup_fields_help (void)
{
  g_autoptr(GString) help = g_string_new (NULL);

  g_string_append (help,
    _("Reads a CSV file as a web form or Excel writes it (UTF-8 or Windows-1252, comma or "
      "semicolon) and imports its rows as nominations of the edition, all in one "
      "transaction, after a backup of the workspace beside it. It first prints every row "
      "with its line number: will import, error (with the reason) or duplicate (the same "
      "title and unit as a nomination of the edition or an earlier row). Columns are "
      "matched by their header, in Swedish or English, ignoring case and spacing; map any "
      "other with --map 'Header=field' (or 'Header=ignore'). Unmapped columns are listed "
      "and ignored. Dates are read as 2026-03-01, with or without a time. Exit status: 0 "
      "when every row was imported, 1 otherwise."));
  g_string_append (help, "\n\n");
  g_string_append (help, _("Fields, and the headers recognised for each:"));
  for (int f = 0; f < PJ_N_IMPORT_FIELDS; f++)
    {
      const char * const *headers = pj_import_field_get_headers (f);
      g_autofree char *joined = g_strjoinv (", ", (char **) headers);

      g_string_append_printf (help, "\n  %-17s %s", pj_import_field_to_key (f), joined);
    }
  return g_string_free (g_steal_pointer (&help), FALSE);
}

static void
print_row (PjImportRow *row)
{
  g_autofree char *title = dup_text_cell (pj_import_row_get_title (row));
  g_autofree char *reason = dup_text_cell (pj_import_row_get_reason (row));
  guint line = pj_import_row_get_line (row);

  switch (pj_import_row_get_status (row))
    {
    case PJ_IMPORT_ROW_WILL_IMPORT:
      outf (_("Line %u: will import “%s”.\n"), line, title);
      break;
    case PJ_IMPORT_ROW_ERROR:
      outf (_("Line %u: error: %s\n"), line, reason);
      break;
    case PJ_IMPORT_ROW_DUPLICATE:
      outf (_("Line %u: duplicate, skipped: %s\n"), line, reason);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Lines on stderr while the import writes, so that a long one shows it
 * is alive; stdout keeps the preview and the summary. */
static void
print_import_progress (guint    done,
                       guint    total,
                       gpointer user_data)
{
  fprintf (stderr, _("Imported %u of %u rows…\n"), done, total);
  fflush (stderr);
}

static const Command command_import_nominations;

static int
run_import_nominations (int    argc,
                        char **argv)
{
  gint64 edition_id = PJ_NO_ID;
  gboolean dry_run = FALSE;
  gboolean create_units = FALSE;
  gboolean progress = FALSE;
  g_auto(GStrv) maps = NULL;
  const GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_INT64, &edition_id,
      N_("The edition to import into (see “prisjury-cli list editions”)"), N_("ID") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Print the preview and write nothing"), NULL },
    { "create-units", 0, 0, G_OPTION_ARG_NONE, &create_units,
      N_("Create the units the file names that the workspace does not have"), NULL },
    { "map", 'm', 0, G_OPTION_ARG_STRING_ARRAY, &maps,
      N_("Read the column Header as field (repeatable)"), N_("HEADER=FIELD") },
    { "progress", 0, 0, G_OPTION_ARG_NONE, &progress,
      N_("Report the rows written on stderr (the default when stderr is a terminal)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_import_nominations,
                                                           entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PjCsvTable) table = NULL;
  g_autoptr(PjImportPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_auto(GStrv) unmapped = NULL;
  g_autofree char *description = dup_fields_help ();
  g_autofree char *path = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *file_name = NULL;
  const char * const *missing;
  const char *file_arg;
  guint n_rows;
  int status;

  g_option_context_set_description (context, description);

  if ((status = parse_command (context, command_import_nominations.name, &argc, &argv,
                               1, 1)) >= 0)
    return status;
  file_arg = argv[1];

  if (edition_id <= 0)
    return usage_error (command_import_nominations.name,
                        _("Say which edition to import into with --edition ID; "
                          "“prisjury-cli list editions” shows the IDs."));

  /* The mappings' form and fields, before anything is read. */
  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    {
      const char *equals = strrchr (maps[i], '=');
      g_autofree char *key = NULL;
      PjImportField field;

      if (equals == NULL || equals == maps[i])
        return usage_error (command_import_nominations.name,
                            _("“%s” is not a mapping: write it as 'Header=field'."), maps[i]);
      key = g_strstrip (g_strdup (equals + 1));
      if (!g_str_equal (key, "ignore") && !pj_import_field_from_key (key, &field))
        return usage_error (command_import_nominations.name,
                            _("“%s” is not a field; “prisjury-cli import-nominations --help” "
                              "lists them."), key);
    }

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;
  if (!require_edition (ws, path, edition_id, &status))
    return status;

  file = g_file_new_for_commandline_arg (file_arg);
  file_name = g_file_get_basename (file);
  table = pj_csv_parse_file (file, NULL, &error);
  if (table == NULL)
    return fail (file_arg, error);

  plan = pj_import_plan_new (g_steal_pointer (&table), file_name);
  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    if (!pj_import_plan_map (plan, maps[i], &error))
      return usage_error (command_import_nominations.name, "%s", error->message);
  pj_import_plan_set_create_units (plan, create_units);

  if (!pj_import_plan_check (plan, ws, edition_id, &error))
    return fail (path, error);

  rows = g_object_ref (pj_import_plan_get_rows (plan));
  n_rows = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PjImportRow) row = g_list_model_get_item (rows, i);

      print_row (row);
    }

  unmapped = pj_import_plan_dup_unmapped_headers (plan);
  if (unmapped[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", unmapped);

      outf (_("Ignored columns: %s\n"), joined);
    }

  missing = pj_import_plan_get_missing_units (plan);
  if (missing[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) missing);

      if (create_units)
        outf (_("Units to create: %s\n"), joined);
      else
        outf (_("Units not in the workspace: %s (--create-units creates them)\n"), joined);
    }

  if (dry_run)
    {
      summary = pj_import_plan_dup_summary (plan);
      outf (_("Dry run: %s. Nothing was written.\n"), summary);
      return pj_import_plan_count (plan, PJ_IMPORT_ROW_WILL_IMPORT) == n_rows
             ? EXIT_OK : EXIT_FAILED;
    }

  if (progress || isatty (STDERR_FILENO))
    {
      guint n_writing = pj_import_plan_count (plan, PJ_IMPORT_ROW_WILL_IMPORT);

      pj_import_plan_set_progress_func (plan, CLAMP (n_writing / 20, 100, 1000),
                                        print_import_progress, NULL, NULL);
    }

  if (pj_import_plan_count (plan, PJ_IMPORT_ROW_WILL_IMPORT) > 0 &&
      !pj_import_plan_apply (plan, ws, &error))
    return fail (path, error);

  if (pj_import_plan_count (plan, PJ_IMPORT_ROW_WILL_IMPORT) == 0)
    {
      outf (_("Nothing to import: %u imported, %u skipped.\n"), 0, n_rows);
      return n_rows == 0 ? EXIT_OK : EXIT_FAILED;
    }

  summary = pj_import_plan_dup_summary (plan);
  outf ("%s.\n", summary);
  if (pj_import_plan_get_n_units_created (plan) > 0)
    outf (g_dngettext (GETTEXT_PACKAGE, "Created %u unit.\n", "Created %u units.\n",
                       pj_import_plan_get_n_units_created (plan)),
          pj_import_plan_get_n_units_created (plan));
  outf (_("Backup of the workspace before the import: %s\n"),
        pj_import_plan_get_backup_path (plan));

  return pj_import_plan_get_n_imported (plan) == n_rows ? EXIT_OK : EXIT_FAILED;
}

static const Command command_import_nominations = {
  "import-nominations", N_("FILE"),
  N_("Import nominations from a CSV file, after a preview."), run_import_nominations
};

/* export-nominations ------------------------------------------------------ */

static const Command command_export_nominations;

static int
run_export_nominations (int    argc,
                        char **argv)
{
  gint64 edition_id = PJ_NO_ID;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_INT64, &edition_id,
      N_("The edition whose nominations to export"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The CSV file to write (replaced if it exists)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_export_nominations,
                                                           entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  guint n = 0;
  int status;

  g_option_context_set_description (context,
    _("Writes the edition's nominations as CSV for Excel: UTF-8 with a byte order mark, "
      "semicolons, one column per import field under its Swedish name, so that the file "
      "imports again with import-nominations."));

  if ((status = parse_command (context, command_export_nominations.name, &argc, &argv,
                               0, 0)) >= 0)
    return status;
  if (edition_id <= 0)
    return usage_error (command_export_nominations.name,
                        _("Say which edition to export with --edition ID; "
                          "“prisjury-cli list editions” shows the IDs."));
  if (output == NULL || *output == '\0')
    return usage_error (command_export_nominations.name,
                        _("Say where to write with -o FILE."));

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;
  if (!require_edition (ws, path, edition_id, &status))
    return status;

  file = g_file_new_for_commandline_arg (output);
  if (!pj_export_nominations_csv (ws, edition_id, file, &n, NULL, &error))
    return fail (output, error);

  outf (g_dngettext (GETTEXT_PACKAGE, "Exported %u nomination to %s.\n",
                     "Exported %u nominations to %s.\n", n), n, output);
  return EXIT_OK;
}

static const Command command_export_nominations = {
  "export-nominations", NULL,
  N_("Export an edition's nominations to CSV for Excel."), run_export_nominations
};

/* export-ballots ---------------------------------------------------------- */

static const Command command_export_ballots;

static int
run_export_ballots (int    argc,
                    char **argv)
{
  gint64 edition_id = PJ_NO_ID;
  gint64 juror_id = PJ_NO_ID;
  g_autofree char *dir_arg = NULL;
  const GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_INT64, &edition_id,
      N_("The edition whose ballots to export"), N_("ID") },
    { "dir", 'd', 0, G_OPTION_ARG_FILENAME, &dir_arg,
      N_("The folder to write the ballots into (created if missing)"), N_("DIR") },
    { "juror", 'j', 0, G_OPTION_ARG_INT64, &juror_id,
      N_("Only the ballot of this juror (see “prisjury-cli list jurors”)"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_export_ballots, entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *path = NULL;
  g_autofree char *description = NULL;
  int status;

  description = g_strdup_printf (
    /* Translators: %s is the file name suffix of ballots, “.prisjury-ballot”. */
    _("Writes one ballot file per juror of the edition (%s), named after "
      "the juror, for scoring offline in Prisjury. A ballot holds the criteria, the juror's "
      "nominations without the ones they have a conflict of interest with, the juror's own "
      "scores and the juror's key, so it is readable by its owner only: send each juror "
      "their own. The edition must be in the scoring phase."),
    PJ_BALLOT_SUFFIX);
  g_option_context_set_description (context, description);

  if ((status = parse_command (context, command_export_ballots.name, &argc, &argv,
                               0, 0)) >= 0)
    return status;
  if (edition_id <= 0)
    return usage_error (command_export_ballots.name,
                        _("Say which edition to export with --edition ID; "
                          "“prisjury-cli list editions” shows the IDs."));
  if (dir_arg == NULL || *dir_arg == '\0')
    return usage_error (command_export_ballots.name,
                        _("Say which folder to write into with --dir DIR."));
  if (juror_id != PJ_NO_ID && juror_id <= 0)
    return usage_error (command_export_ballots.name, _("--juror takes a juror's ID."));

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;
  if (!require_edition (ws, path, edition_id, &status))
    return status;

  dir = g_file_new_for_commandline_arg (dir_arg);
  if (juror_id != PJ_NO_ID)
    {
      g_autoptr(PjJuror) juror = pj_store_get_juror (ws, juror_id, &error);
      g_autofree char *name = NULL;
      g_autoptr(GFile) file = NULL;

      if (juror == NULL || pj_juror_get_edition_id (juror) != edition_id)
        {
          g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, juror_id);

          g_clear_error (&error);
          g_set_error (&error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                       /* Translators: %s is a number */
                       _("The edition has no juror with ID %s."), id_text);
          return fail (path, error);
        }
      if (!g_file_make_directory_with_parents (dir, NULL, &error) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        return fail (dir_arg, error);
      g_clear_error (&error);

      name = pj_ballot_file_name_for_juror (pj_juror_get_name (juror), juror_id);
      file = g_file_get_child (dir, name);
      if (!pj_ballot_export (ws, edition_id, juror_id, file, &error))
        return fail (path, error);
      files = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (files, g_steal_pointer (&file));
    }
  else if (!pj_ballot_export_all (ws, edition_id, dir, &files, &error))
    return fail (path, error);

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *name = g_file_get_parse_name (g_ptr_array_index (files, i));

      outf ("%s\n", name);
    }
  outf (g_dngettext (GETTEXT_PACKAGE, "Exported %u ballot.\n", "Exported %u ballots.\n",
                     files->len), files->len);
  return EXIT_OK;
}

static const Command command_export_ballots = {
  "export-ballots", NULL,
  N_("Export the jurors' ballots for scoring offline."), run_export_ballots
};

/* import-ballot ------------------------------------------------------------ */

static const char *
score_text (PjScoreSheet *sheet,
            gint64        criterion_id,
            char          buf[16])
{
  int value = pj_score_sheet_get_value (sheet, criterion_id);

  if (value == PJ_SCORE_UNSET)
    return "–";
  g_snprintf (buf, 16, "%d", value);
  return buf;
}

/* @s padded with spaces to @width characters (not bytes). */
static char *
dup_padded (const char *s,
            glong       width)
{
  glong len = g_utf8_strlen (s, -1);
  GString *padded = g_string_new (s);

  for (glong i = len; i < width; i++)
    g_string_append_c (padded, ' ');
  return g_string_free (padded, FALSE);
}

static void
print_conflict_row (const char *label,
                    const char *workspace,
                    const char *ballot)
{
  g_autofree char *a = dup_padded (label, 32);
  g_autofree char *b = dup_padded (workspace, 12);

  outf ("    %s %s %s\n", a, b, ballot);
}

/* A conflicted sheet, the workspace's and the ballot's side by side. */
static void
print_conflict (PjWorkspace              *ws,
                gint64                    edition_id,
                const PjBallotSheetPlan  *sp)
{
  g_autoptr(GListModel) criteria = pj_store_list_criteria (ws, edition_id, NULL);
  g_autofree char *title = dup_text_cell (sp->title);
  guint n = criteria != NULL ? g_list_model_get_n_items (criteria) : 0;

  outf (_("  Conflict: “%s” was changed in the workspace after the ballot was exported "
          "(version %lld now, %lld in the ballot).\n"),
        title, (long long) sp->workspace_version, (long long) sp->base_version);
  print_conflict_row (_("Criterion"), _("Workspace"), _("Ballot"));
  print_conflict_row (_("Status"),
                      pj_sheet_status_to_label (pj_score_sheet_get_status (sp->workspace)),
                      pj_sheet_status_to_label (pj_score_sheet_get_status (sp->ballot)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, i);
      gint64 id = pj_criterion_get_id (c);
      char a[16], b[16];

      if (pj_score_sheet_get_value (sp->workspace, id) == PJ_SCORE_UNSET &&
          pj_score_sheet_get_value (sp->ballot, id) == PJ_SCORE_UNSET)
        continue;
      print_conflict_row (pj_criterion_get_name (c), score_text (sp->workspace, id, a),
                          score_text (sp->ballot, id, b));
    }
}

static const Command command_import_ballot;

static int
run_import_ballot (int    argc,
                   char **argv)
{
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the ballots and print what would change; write nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_import_ballot, entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autofree char *path = NULL;
  gboolean all_clean = TRUE;
  int status;

  g_option_context_set_description (context,
    _("Imports the scores of ballots the jurors submitted. Each file is checked in turn: "
      "its size, that it is a well-formed ballot and nothing else, that its edition, juror, "
      "nominations and criteria are in the workspace and its scores within their scales, "
      "the juror's signature, and that no sheet was changed in the workspace after the "
      "ballot was exported (a conflict, shown side by side and never overwritten). A "
      "ballot is imported whole in one transaction, after a backup of the workspace beside "
      "it. Each file gets one line: its counts of new, changed and unchanged sheets, or "
      "the reason it was rejected. Exit status: 0 when every file was imported cleanly, 1 "
      "when any was rejected or had a conflict."));

  if ((status = parse_command (context, command_import_ballot.name, &argc, &argv,
                               1, G_MAXINT)) >= 0)
    return status;

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(PjBallotImportPlan) plan = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *summary = NULL;
      guint n_conflicts;

      plan = pj_ballot_import_plan (ws, file, &error);
      if (plan == NULL)
        {
          g_autofree char *line = one_line (error->message);

          fprintf (stderr, _("prisjury-cli: %s: rejected: %s\n"), argv[i], line);
          all_clean = FALSE;
          continue;
        }

      summary = pj_ballot_import_plan_dup_summary (plan);
      n_conflicts = pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CONFLICT);
      if (n_conflicts > 0)
        {
          fprintf (stderr, _("prisjury-cli: %s: rejected: %s; a sheet changed in the "
                             "workspace is never overwritten.\n"), argv[i], summary);
          for (guint j = 0; j < pj_ballot_import_plan_get_n_sheets (plan); j++)
            {
              const PjBallotSheetPlan *sp = pj_ballot_import_plan_get_sheet (plan, j);

              if (sp->change == PJ_BALLOT_SHEET_CONFLICT)
                print_conflict (ws, pj_ballot_import_plan_get_edition_id (plan), sp);
            }
          all_clean = FALSE;
          continue;
        }

      if (dry_run)
        {
          outf (_("%s: would import: %s (%s)\n"), argv[i], summary,
                pj_ballot_import_plan_get_juror_name (plan));
          continue;
        }

      if (!pj_ballot_import_apply (plan, &error))
        {
          g_autofree char *line = one_line (error->message);

          fprintf (stderr, _("prisjury-cli: %s: rejected: %s\n"), argv[i], line);
          all_clean = FALSE;
          continue;
        }
      outf (_("%s: imported: %s (%s)\n"), argv[i], summary,
            pj_ballot_import_plan_get_juror_name (plan));
      if (pj_ballot_import_plan_get_backup_path (plan) != NULL)
        outf (_("Backup of the workspace before the import: %s\n"),
              pj_ballot_import_plan_get_backup_path (plan));
    }

  if (dry_run)
    outf (_("Dry run: nothing was written.\n"));
  return all_clean ? EXIT_OK : EXIT_FAILED;
}

static const Command command_import_ballot = {
  "import-ballot", N_("FILE…"),
  N_("Import the scores of ballots the jurors submitted."), run_import_ballot
};

/* results ----------------------------------------------------------------- */

static const Command command_results;

static void
add_points_cell (Table  *table,
                 double  points)
{
  table_take (table, pj_results_format_points (points));
}

static void
print_results (PjResults     *results,
               PjAggregation  method,
               gboolean       tsv)
{
  g_autoptr(GArray) computed = pj_results_compute (results, method);
  g_autoptr(Table) table = table_new (tsv);

  table_column (table, "category_id", NULL, SHOW_TSV);
  table_column (table, "category", _("Category"), SHOW_BOTH);
  table_column (table, "rank", _("Rank"), SHOW_BOTH);
  table_column (table, "nomination_id", _("ID"), SHOW_BOTH);
  table_column (table, "title", _("Nomination"), SHOW_BOTH);
  table_column (table, "units", _("Units"), SHOW_BOTH);
  table_column (table, "sheets", NULL, SHOW_TSV);
  table_column (table, "needed", NULL, SHOW_TSV);
  table_column (table, "coverage", _("Sheets"), SHOW_TEXT);
  table_column (table, "abstained", NULL, SHOW_TSV);
  table_column (table, "result", _("Result"), SHOW_BOTH);
  table_column (table, "mean", _("Mean"), SHOW_BOTH);
  table_column (table, "median", _("Median"), SHOW_BOTH);
  table_column (table, "trimmed_mean", NULL, SHOW_TSV);
  table_column (table, "z_score", NULL, SHOW_TSV);
  table_column (table, "sd", _("SD"), SHOW_BOTH);
  table_column (table, "range", _("Range"), SHOW_BOTH);
  table_column (table, "disagreement", _("Disagreement"), SHOW_BOTH);
  table_column (table, "class", _("Innovation class"), SHOW_BOTH);

  for (guint i = 0; i < computed->len; i++)
    {
      const PjNominationResult *r = &g_array_index (computed, PjNominationResult, i);
      const PjResultsNomination *nom = pj_results_find_nomination (results, r->nomination_id);
      const PjResultsCategory *category = pj_results_find_category (results, r->category_id);
      PjInnovationClass klass = nom->class_assessed != PJ_CLASS_NONE ? nom->class_assessed
                                                                      : nom->class_claimed;

      table_add_int (table, r->category_id);
      table_add (table, category != NULL ? category->name : "");
      table_take (table, r->rank > 0 ? g_strdup_printf ("%u", r->rank) : g_strdup (""));
      table_add_int (table, r->nomination_id);
      table_add (table, nom->title);
      table_add (table, nom->unit_names);
      table_add_int (table, r->n_totals);
      table_add_int (table, r->n_needed);
      table_take (table, r->n_abstained > 0
                         ? g_strdup_printf (_("%u of %u (%u abstained)"), r->n_totals,
                                            r->n_needed, r->n_abstained)
                         : g_strdup_printf (_("%u of %u"), r->n_totals, r->n_needed));
      table_add_int (table, r->n_abstained);
      if (r->has_result)
        {
          add_points_cell (table, r->result);
          add_points_cell (table, r->mean);
          add_points_cell (table, r->median);
          add_points_cell (table, r->trimmed_mean);
          add_points_cell (table, r->z_mean);
          add_points_cell (table, r->sd);
          add_points_cell (table, r->range);
        }
      else
        for (guint k = 0; k < 7; k++)
          table_add (table, "");
      table_add (table, tsv ? (r->disagreement ? "1" : "0") : (r->disagreement ? _("yes") : ""));
      table_add_enum (table, klass != PJ_CLASS_NONE ? pj_innovation_class_to_string (klass) : "",
                      klass != PJ_CLASS_NONE ? pj_innovation_class_to_label (klass) : "");
    }

  table_print (table);
}

static void
print_juror_overview (PjResults *results,
                      gboolean   tsv)
{
  g_autoptr(GArray) overview = pj_results_juror_overview (results);
  g_autoptr(Table) table = table_new (tsv);

  table_column (table, "juror_id", _("ID"), SHOW_BOTH);
  table_column (table, "juror", _("Juror"), SHOW_BOTH);
  table_column (table, "sheets", _("Sheets"), SHOW_BOTH);
  table_column (table, "abstained", _("Abstained"), SHOW_BOTH);
  table_column (table, "mean", _("Mean"), SHOW_BOTH);
  table_column (table, "jury_mean", _("Jury's mean"), SHOW_BOTH);
  table_column (table, "difference", _("Difference"), SHOW_BOTH);

  for (guint i = 0; i < overview->len; i++)
    {
      const PjJurorOverview *o = &g_array_index (overview, PjJurorOverview, i);
      const PjResultsJuror *juror = pj_results_find_juror (results, o->juror_id);

      table_add_int (table, o->juror_id);
      table_add (table, juror != NULL ? juror->name : "");
      table_add_int (table, o->n_totals);
      table_add_int (table, o->n_abstained);
      if (o->has_totals)
        {
          add_points_cell (table, o->mean);
          add_points_cell (table, o->jury_mean);
          add_points_cell (table, o->difference);
        }
      else
        for (guint k = 0; k < 3; k++)
          table_add (table, "");
    }

  table_print (table);
}

static int
run_results (int    argc,
             char **argv)
{
  gint64 edition_id = PJ_NO_ID;
  g_autofree char *format = NULL;
  g_autofree char *method_name = NULL;
  gboolean jurors = FALSE;
  const GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_INT64, &edition_id,
      N_("The edition whose results to show"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (aligned columns, the default) or tsv (tab-separated, "
         "stable column names)"), N_("FORMAT") },
    { "method", 'm', 0, G_OPTION_ARG_STRING, &method_name,
      N_("Rank by mean, median, trimmed-mean or z-score instead of the edition's method"),
      N_("METHOD") },
    { "jurors", 0, 0, G_OPTION_ARG_NONE, &jurors,
      N_("Show each juror's average against the jury's instead"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_results, entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PjResults) results = NULL;
  g_autofree char *path = NULL;
  PjAggregation method = PJ_AGGREGATION_MEAN;
  gboolean tsv;
  int status;

  g_option_context_set_description (context,
    _("Ranks every category's nominations by their submitted score sheets: rank (ties "
      "share one), sheets in out of sheets needed, the result by the method, the raw mean, "
      "the median, the spread (standard deviation and range) and whether the jurors "
      "disagree. Points run from 0 to 100 and are written with a decimal point."));

  if ((status = parse_command (context, command_results.name, &argc, &argv, 0, 0)) >= 0)
    return status;
  if (edition_id <= 0)
    return usage_error (command_results.name,
                        _("Say which edition with --edition ID; "
                          "“prisjury-cli list editions” shows the IDs."));
  if (format == NULL || g_str_equal (format, "text"))
    tsv = FALSE;
  else if (g_str_equal (format, "tsv"))
    tsv = TRUE;
  else
    return usage_error (command_results.name,
                        _("Unknown format “%s”: choose text or tsv."), format);
  if (method_name != NULL && !pj_aggregation_from_string (method_name, &method))
    return usage_error (command_results.name,
                        _("Unknown method “%s”: choose mean, median, trimmed-mean or "
                          "z-score."), method_name);

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;
  if (!require_edition (ws, path, edition_id, &status))
    return status;

  results = pj_store_load_results (ws, edition_id, &error);
  if (results == NULL)
    return fail (path, error);
  if (method_name == NULL)
    method = pj_results_get_method (results);

  if (jurors)
    print_juror_overview (results, tsv);
  else
    print_results (results, method, tsv);
  return EXIT_OK;
}

static const Command command_results = {
  "results", NULL, N_("Show an edition's results per category."), run_results
};

/* export-winners ---------------------------------------------------------- */

static const Command command_export_winners;

static int
run_export_winners (int    argc,
                    char **argv)
{
  gint64 edition_id = PJ_NO_ID;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_INT64, &edition_id,
      N_("The decided edition whose winners to export"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("xml (the default) or csv"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write (replaced if it exists)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_export_winners, entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  PjWinnersFormat winners_format;
  guint n = 0;
  int status;

  g_option_context_set_description (context,
    _("Writes the winners of a decided edition: per category the winners, honourable "
      "mentions or those awarded, each with the nomination, its units and team, the "
      "citation, the summary, the innovation class, the result and the prize. XML follows "
      "the schema winners.xsd and is checked against it before it is written; CSV is the "
      "same for Excel."));

  if ((status = parse_command (context, command_export_winners.name, &argc, &argv,
                               0, 0)) >= 0)
    return status;
  if (edition_id <= 0)
    return usage_error (command_export_winners.name,
                        _("Say which edition to export with --edition ID; "
                          "“prisjury-cli list editions” shows the IDs."));
  if (format == NULL || g_str_equal (format, "xml"))
    winners_format = PJ_WINNERS_FORMAT_XML;
  else if (g_str_equal (format, "csv"))
    winners_format = PJ_WINNERS_FORMAT_CSV;
  else
    return usage_error (command_export_winners.name,
                        _("Unknown format “%s”: choose xml or csv."), format);
  if (output == NULL || *output == '\0')
    return usage_error (command_export_winners.name, _("Say where to write with -o FILE."));

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;
  if (!require_edition (ws, path, edition_id, &status))
    return status;

  file = g_file_new_for_commandline_arg (output);
  if (!pj_winners_export (ws, edition_id, winners_format, file, &n, NULL, &error))
    return fail (output, error);

  outf (g_dngettext (GETTEXT_PACKAGE, "Exported %u placement to %s.\n",
                     "Exported %u placements to %s.\n", n), n, output);
  return EXIT_OK;
}

static const Command command_export_winners = {
  "export-winners", NULL,
  N_("Export the winners of a decided edition to XML or CSV."), run_export_winners
};

/* indicators -------------------------------------------------------------- */

static const Command command_indicators;

static void
print_indicators_text (PjIndicators *ind)
{
  g_autoptr(Table) table = table_new (FALSE);
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
  guint n = pj_indicators_get_n_editions (ind);

  outf ("%s\n", pj_indicators_get_award_name (ind));
  table_column (table, "indicator", _("Indicator"), SHOW_BOTH);
  table_column (table, "value", _("Value"), SHOW_BOTH);
  for (guint e = 0; e < n; e++)
    {
      char *year = g_strdup_printf ("%d", pj_indicators_get_year (ind, e));

      g_ptr_array_add (years, year);
      table_column (table, year, year, SHOW_BOTH);
    }

  table_add (table, _("Nominations"));
  table_add (table, _("All"));
  for (guint e = 0; e < n; e++)
    table_add_int (table, pj_indicators_get_total (ind, e));

  for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
    for (guint r = 0; r < pj_indicators_get_n_rows (ind, d); r++)
      {
        table_add (table, pj_indicator_dimension_to_label (d));
        table_add (table, pj_indicators_get_row_label (ind, d, r));
        for (guint e = 0; e < n; e++)
          table_add_int (table, pj_indicators_get_count (ind, d, r, e));
      }

  table_print (table);
}

static void
add_indicator_rows_tsv (Table        *table,
                        PjIndicators *ind)
{
  for (guint e = 0; e < pj_indicators_get_n_editions (ind); e++)
    {
      table_add_int (table, pj_indicators_get_award_id (ind));
      table_add (table, pj_indicators_get_award_name (ind));
      table_add_int (table, pj_indicators_get_edition_id (ind, e));
      table_add_int (table, pj_indicators_get_year (ind, e));
      table_add (table, "total");
      table_add (table, "");
      table_add (table, _("Nominations"));
      table_add_int (table, pj_indicators_get_total (ind, e));

      for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
        for (guint r = 0; r < pj_indicators_get_n_rows (ind, d); r++)
          {
            table_add_int (table, pj_indicators_get_award_id (ind));
            table_add (table, pj_indicators_get_award_name (ind));
            table_add_int (table, pj_indicators_get_edition_id (ind, e));
            table_add_int (table, pj_indicators_get_year (ind, e));
            table_add (table, pj_indicator_dimension_to_string (d));
            table_add (table, pj_indicators_get_row_key (ind, d, r));
            table_add (table, pj_indicators_get_row_label (ind, d, r));
            table_add_int (table, pj_indicators_get_count (ind, d, r, e));
          }
    }
}

static int
run_indicators (int    argc,
                char **argv)
{
  gint64 award_id = PJ_NO_ID;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "award", 'a', 0, G_OPTION_ARG_INT64, &award_id,
      N_("Only this award (see “prisjury-cli list awards”)"), N_("ID") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("text (the default), tsv or csv"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to this file instead of the terminal (replaced if it exists)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_indicators, entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                              pj_indicators_unref);
  g_autofree char *path = NULL;
  enum { FORMAT_TEXT, FORMAT_TSV, FORMAT_CSV } kind;
  int status;

  g_option_context_set_description (context,
    _("The entrants indicator: the nominations entered (all but drafts) in every edition, "
      "by category, unit type, administration (the top of each unit's parent chain), "
      "innovation class (as the jury assessed it, else as claimed) and sub-strategy, one "
      "column per year."));

  if ((status = parse_command (context, command_indicators.name, &argc, &argv, 0, 0)) >= 0)
    return status;
  if (format == NULL || g_str_equal (format, "text"))
    kind = FORMAT_TEXT;
  else if (g_str_equal (format, "tsv"))
    kind = FORMAT_TSV;
  else if (g_str_equal (format, "csv"))
    kind = FORMAT_CSV;
  else
    return usage_error (command_indicators.name,
                        _("Unknown format “%s”: choose text, tsv or csv."), format);
  if (output != NULL && kind != FORMAT_CSV)
    return usage_error (command_indicators.name, _("-o FILE goes with --format csv."));

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;

  if (award_id != PJ_NO_ID)
    {
      PjIndicators *ind = pj_store_indicators_for_award (ws, award_id, &error);

      if (ind == NULL)
        {
          if (g_error_matches (error, PJ_ERROR, PJ_ERROR_NOT_FOUND))
            {
              g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, award_id);

              g_clear_error (&error);
              g_set_error (&error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                           /* Translators: %s is a number */
                           _("There is no award with ID %s."), id_text);
            }
          return fail (path, error);
        }
      g_ptr_array_add (list, ind);
    }
  else
    {
      g_autoptr(GListModel) awards = pj_store_list_awards (ws, &error);

      if (awards == NULL)
        return fail (path, error);
      for (guint i = 0; i < g_list_model_get_n_items (awards); i++)
        {
          g_autoptr(PjAward) award = g_list_model_get_item (awards, i);
          PjIndicators *ind = pj_store_indicators_for_award (ws, pj_award_get_id (award),
                                                             &error);

          if (ind == NULL)
            return fail (path, error);
          g_ptr_array_add (list, ind);
        }
    }

  if (kind == FORMAT_CSV)
    {
      if (output != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

          if (!pj_indicators_export_csv ((PjIndicators * const *) list->pdata, list->len, file,
                                         NULL, &error))
            return fail (output, error);
          outf (_("Wrote the indicator to %s.\n"), output);
        }
      else
        {
          g_autoptr(GBytes) bytes = pj_indicators_to_csv ((PjIndicators * const *) list->pdata,
                                                          list->len);

          fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
        }
      return EXIT_OK;
    }

  if (kind == FORMAT_TSV)
    {
      g_autoptr(Table) table = table_new (TRUE);

      table_column (table, "award_id", NULL, SHOW_TSV);
      table_column (table, "award", NULL, SHOW_TSV);
      table_column (table, "edition_id", NULL, SHOW_TSV);
      table_column (table, "year", NULL, SHOW_TSV);
      table_column (table, "dimension", NULL, SHOW_TSV);
      table_column (table, "key", NULL, SHOW_TSV);
      table_column (table, "label", NULL, SHOW_TSV);
      table_column (table, "count", NULL, SHOW_TSV);
      for (guint i = 0; i < list->len; i++)
        add_indicator_rows_tsv (table, g_ptr_array_index (list, i));
      table_print (table);
      return EXIT_OK;
    }

  for (guint i = 0; i < list->len; i++)
    {
      if (i > 0)
        out ("\n");
      print_indicators_text (g_ptr_array_index (list, i));
    }
  return EXIT_OK;
}

static const Command command_indicators = {
  "indicators", NULL,
  N_("Show the entrants indicator per edition and across the years."), run_indicators
};

/* minutes ----------------------------------------------------------------- */

static const Command command_minutes;

static int
run_minutes (int    argc,
             char **argv)
{
  gint64 edition_id = PJ_NO_ID;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "edition", 'e', 0, G_OPTION_ARG_INT64, &edition_id,
      N_("The edition whose minutes to write"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write (replaced if it exists)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = command_context_new (&command_minutes, entries);
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  int status;

  g_option_context_set_description (context,
    _("Writes the jury minutes as an A4 PDF: the edition, the date and the jury, the "
      "conflicts of interest and how they were handled, the method, for each category the "
      "ranking and the decision with citations and reasons, and signature lines."));

  if ((status = parse_command (context, command_minutes.name, &argc, &argv, 0, 0)) >= 0)
    return status;
  if (edition_id <= 0)
    return usage_error (command_minutes.name,
                        _("Say which edition with --edition ID; "
                          "“prisjury-cli list editions” shows the IDs."));
  if (output == NULL || *output == '\0')
    return usage_error (command_minutes.name, _("Say where to write with -o FILE."));

  path = dup_workspace_path ();
  ws = open_existing (path, &status);
  if (ws == NULL)
    return status;
  if (!require_edition (ws, path, edition_id, &status))
    return status;

  file = g_file_new_for_commandline_arg (output);
  if (!pj_minutes_write_pdf (ws, edition_id, file, &error))
    return fail (output, error);

  outf (_("Wrote the minutes to %s.\n"), output);
  return EXIT_OK;
}

static const Command command_minutes = {
  "minutes", NULL, N_("Write the jury minutes of an edition as PDF."), run_minutes
};

/* main -------------------------------------------------------------------- */

static const Command * const commands[] = {
  &command_init, &command_demo, &command_check, &command_list,
  &command_import_nominations, &command_export_nominations,
  &command_export_ballots, &command_import_ballot,
  &command_results, &command_export_winners, &command_indicators, &command_minutes,
};

static char *
dup_commands_summary (void)
{
  g_autoptr(GString) summary = g_string_new (_("Commands:"));
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i]->name));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (summary, "\n  %-*s %s", width, commands[i]->name,
                            _(commands[i]->summary));
  g_string_append_c (summary, '\n');
  g_string_append (summary, _("Run “prisjury-cli COMMAND --help” for a command's options."));
  return g_string_free (g_steal_pointer (&summary), FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const char *localedir;
  int status;

  setlocale (LC_ALL, "");
  localedir = g_getenv ("PJ_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir
                                                                          : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("prisjury-cli");

  summary = dup_commands_summary ();
  context = g_option_context_new (_("COMMAND [ARGS…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, workspace_entries, GETTEXT_PACKAGE);
  /* Stop at the command: what follows is the command's to parse. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (NULL, "%s", error->message);

  if (argc < 2)
    return usage_error (NULL, _("No command given."));

  status = -1;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i]->name))
      {
        status = commands[i]->run (argc - 1, argv + 1);
        break;
      }
  if (status < 0)
    status = usage_error (NULL, _("Unknown command “%s”."), argv[1]);

  fflush (stdout);
  g_clear_pointer (&opt_workspace, g_free);
  return status;
}
