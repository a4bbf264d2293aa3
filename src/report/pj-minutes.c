/* pj-minutes.c: the jury minutes (juryprotokoll), laid out with Pango on cairo
 *
 * The content is read once into a list of blocks (a paragraph, a table row,
 * a pair of signature lines), each with Pango markup. Pagination lays each
 * block out for the page width and places it on a page, keeping headings
 * with what follows and repeating a table's header row on a new page.
 * Drawing a page shows the blocks placed on it and the footer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-minutes"

#include "config.h"

#include "pj-minutes.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pj-results.h"
#include "pj-store.h"
#include "pj-store-assignment.h"
#include "pj-store-decision.h"

/* Page geometry, in points */
#define MARGIN_LEFT    64.0
#define MARGIN_RIGHT   56.0
#define MARGIN_TOP     56.0
#define MARGIN_BOTTOM  76.0
#define FOOTER_FROM_BOTTOM 44.0
#define CELL_PAD_X     4.0
#define CELL_PAD_Y     3.5
#define SIGN_SPACE     34.0

/* Colours */
#define INK      0.12, 0.12, 0.13
#define QUIET    0.37, 0.36, 0.39
#define RULE     0.75, 0.75, 0.74
#define SHADE    0.95, 0.95, 0.94
#define QUIET_HEX "#5e5c64"

typedef enum
{
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_HEADING,
  STYLE_SUBHEADING,
  STYLE_BODY,
  STYLE_SMALL,
  STYLE_TABLE,
  STYLE_TABLE_HEAD,
  N_STYLES
} Style;

static const char * const style_fonts[N_STYLES] = {
  "DejaVu Sans 21",
  "DejaVu Sans 12",
  "DejaVu Sans Bold 12.5",
  "DejaVu Sans Bold 10",
  "DejaVu Sans 9.5",
  "DejaVu Sans 8",
  "DejaVu Sans 8.5",
  "DejaVu Sans Bold 8",
};

typedef enum
{
  BLOCK_TEXT,
  BLOCK_ROW,
  BLOCK_RULE,
  BLOCK_SIGNATURES,
} BlockKind;

typedef enum
{
  ROW_PLAIN,
  ROW_HEADER,
  ROW_KEY_VALUE,
} RowKind;

typedef struct
{
  BlockKind      kind;
  Style          style;
  RowKind        row_kind;
  guint          n_cells;
  char         **cells;          /* markup */
  const double  *columns;        /* fractions of the text width, BLOCK_ROW */
  const PangoAlignment *align;   /* per column, or NULL */
  double         space_before;
  double         indent;
  gboolean       keep_with_next;
  int            header;         /* the table's header row block, or -1 */

  /* Laid out */
  PangoLayout  **layouts;
  double         height;
  int            page;
  double         y;
  gboolean       repeat_header;  /* the header row is drawn above it */
} Block;

struct _PjMinutes
{
  gatomicrefcount  ref_count;
  char            *title;
  char            *footer;
  GArray          *blocks;       /* Block */
  int              last_header;  /* while building */

  double           width;
  double           height;
  int              n_pages;
};

G_DEFINE_BOXED_TYPE (PjMinutes, pj_minutes, pj_minutes_ref, pj_minutes_unref)

/* Blocks {{{ */

static void
block_clear_layouts (Block *block)
{
  if (block->layouts == NULL)
    return;
  for (guint i = 0; i < block->n_cells; i++)
    g_clear_object (&block->layouts[i]);
  g_clear_pointer (&block->layouts, g_free);
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  block_clear_layouts (block);
  g_strfreev (block->cells);
}

static Block *
add_block (PjMinutes *self,
           BlockKind  kind,
           Style      style,
           double     space_before)
{
  Block block = { 0 };

  block.kind = kind;
  block.style = style;
  block.space_before = space_before;
  block.header = -1;
  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

/* Takes @markup. */
static Block *
add_text (PjMinutes *self,
          Style      style,
          double     space_before,
          char      *markup)
{
  Block *block = add_block (self, BLOCK_TEXT, style, space_before);

  block->n_cells = 1;
  block->cells = g_new0 (char *, 2);
  block->cells[0] = markup;
  return block;
}

static Block *
add_heading (PjMinutes  *self,
             const char *text)
{
  Block *block = add_text (self, STYLE_HEADING, 20.0, g_markup_escape_text (text, -1));

  block->keep_with_next = TRUE;
  return block;
}

/* Takes @cells, a NULL-terminated array of markup. A header row starts a
 * table: the rows that follow repeat it on a new page. */
static Block *
add_row (PjMinutes            *self,
         RowKind               row_kind,
         const double         *columns,
         const PangoAlignment *align,
         char                **cells)
{
  Block *block = add_block (self, BLOCK_ROW,
                            row_kind == ROW_HEADER ? STYLE_TABLE_HEAD : STYLE_TABLE,
                            row_kind == ROW_HEADER ? 6.0 : 0.0);

  block->row_kind = row_kind;
  block->columns = columns;
  block->align = align;
  block->cells = cells;
  block->n_cells = g_strv_length (cells);
  if (row_kind == ROW_HEADER)
    {
      block->keep_with_next = TRUE;
      self->last_header = self->blocks->len - 1;
    }
  else if (row_kind == ROW_PLAIN)
    block->header = self->last_header;
  return block;
}

static void
end_table (PjMinutes *self)
{
  self->last_header = -1;
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* A number of points as people read them here: two decimals, rounded as
 * everywhere else, with the locale's decimal sign. */
static char *
format_points (double points)
{
  g_autofree char *plain = pj_results_format_points (points);
  const char *decimal = localeconv ()->decimal_point;
  g_auto(GStrv) parts = NULL;

  if (decimal == NULL || *decimal == '\0' || g_str_equal (decimal, "."))
    return g_steal_pointer (&plain);
  parts = g_strsplit (plain, ".", -1);
  return g_strjoinv (decimal, parts);
}

static char *
format_date (const char *iso)
{
  int y = 0, m = 0, d = 0;
  g_autoptr(GDateTime) date = NULL;

  if (iso != NULL && sscanf (iso, "%d-%d-%d", &y, &m, &d) == 3)
    date = g_date_time_new_local (y, m, d, 12, 0, 0);
  if (date == NULL)
    date = g_date_time_new_now_local ();
  /* Translators: the date of the minutes, see g_date_time_format ();
   * in Swedish "%-d %B %Y" gives "20 maj 2025" */
  return g_date_time_format (date, _("%-d %B %Y"));
}

static int
role_order (PjJurorRole role)
{
  switch (role)
    {
    case PJ_ROLE_CHAIR:
      return 0;
    case PJ_ROLE_EXAMINER:
      return 1;
    case PJ_ROLE_MEMBER:
    default:
      return 2;
    }
}

static int
compare_jurors (gconstpointer a,
                gconstpointer b)
{
  const PjResultsJuror *ja = *(const PjResultsJuror * const *) a;
  const PjResultsJuror *jb = *(const PjResultsJuror * const *) b;
  int order = role_order (ja->role) - role_order (jb->role);

  return order != 0 ? order : g_utf8_collate (ja->name, jb->name);
}

/* }}} */

/* Content {{{ */

static const double key_value_columns[] = { 0.36, 0.64 };
static const double jury_columns[] = { 0.5, 0.5 };
static const double conflict_columns[] = { 0.2, 0.3, 0.22, 0.28 };
static const double ranking_columns[] = { 0.07, 0.47, 0.11, 0.12, 0.12, 0.11 };
static const PangoAlignment ranking_align[] = {
  PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT,
  PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT,
};

static void
add_key_value (PjMinutes  *self,
               const char *key,
               const char *value)
{
  char **cells = g_new0 (char *, 3);

  cells[0] = g_markup_printf_escaped ("<span foreground=\"" QUIET_HEX "\">%s</span>", key);
  cells[1] = escape (value);
  add_row (self, ROW_KEY_VALUE, key_value_columns, NULL, cells);
}

static void
add_header_row (PjMinutes            *self,
                const double         *columns,
                const PangoAlignment *align,
                ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *text;
  va_list args;

  va_start (args, align);
  while ((text = va_arg (args, const char *)) != NULL)
    {
      g_autofree char *escaped = escape (text);

      g_strv_builder_add (builder, escaped);
    }
  va_end (args);
  add_row (self, ROW_HEADER, columns, align, g_strv_builder_end (builder));
}

static void
build_front (PjMinutes  *self,
             PjResults  *results,
             PjEdition  *edition,
             const char *date)
{
  g_autofree char *year = g_strdup_printf ("%d", pj_results_get_year (results));

  add_text (self, STYLE_SMALL, 0,
            g_markup_printf_escaped ("<span foreground=\"" QUIET_HEX "\">%s</span>",
                                     pj_results_get_award_name (results)));
  add_text (self, STYLE_TITLE, 6, escape (_("Jury Minutes")));
  add_text (self, STYLE_SUBTITLE, 4,
            /* Translators: "Förnyelsepriset 2025", the award and the edition's year */
            g_markup_printf_escaped (_("%s %s"), pj_results_get_award_name (results), year));
  add_block (self, BLOCK_RULE, STYLE_BODY, 12);

  add_key_value (self, _("Award"), pj_results_get_award_name (results));
  add_key_value (self, _("Edition"), year);
  add_key_value (self, _("Date"), date);
  add_key_value (self, _("Phase"), pj_phase_to_label (pj_edition_get_phase (edition)));

  if (pj_edition_get_phase (edition) < PJ_PHASE_DECIDED)
    add_text (self, STYLE_BODY, 10,
              g_markup_printf_escaped ("<i>%s</i>",
                                       _("Draft: the jury's decision has not been marked as "
                                         "decided.")));
}

static void
build_jury (PjMinutes *self,
            GPtrArray *jurors)
{
  add_heading (self, _("The jury"));
  if (jurors->len == 0)
    {
      add_text (self, STYLE_BODY, 4, escape (_("The edition has no jurors.")));
      return;
    }
  add_header_row (self, jury_columns, NULL, _("Name"), _("Role"), NULL);
  for (guint i = 0; i < jurors->len; i++)
    {
      const PjResultsJuror *juror = g_ptr_array_index (jurors, i);
      char **cells = g_new0 (char *, 3);

      cells[0] = escape (juror->name);
      cells[1] = escape (pj_juror_role_to_label (juror->role));
      add_row (self, ROW_PLAIN, jury_columns, NULL, cells);
    }
  end_table (self);
}

static gboolean
build_conflicts (PjMinutes    *self,
                 PjWorkspace  *ws,
                 gint64        edition_id,
                 GError      **error)
{
  g_autoptr(GListModel) conflicts = pj_store_list_conflicts (ws, edition_id, error);
  guint n, n_lifted = 0;

  if (conflicts == NULL)
    return FALSE;

  add_heading (self, _("Conflicts of interest"));
  n = g_list_model_get_n_items (conflicts);
  if (n == 0)
    {
      add_text (self, STYLE_BODY, 4,
                escape (_("No conflicts of interest were recorded in this edition.")));
      return TRUE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjConflict) conflict = g_list_model_get_item (conflicts, i);

      n_lifted += pj_conflict_get_lifted (conflict);
    }
  add_text (self, STYLE_BODY, 4,
            escape (_("A juror with a conflict of interest does not score the nomination "
                      "and takes no part in the decision on it. Conflicts are found "
                      "automatically from the jurors' units, declared by the jurors, or "
                      "added by the organiser; lifting one needs a reason.")))
    ->keep_with_next = TRUE;

  add_header_row (self, conflict_columns, NULL,
                  _("Juror"), _("Nomination"), _("Source and reason"), _("Handling"), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjConflict) conflict = g_list_model_get_item (conflicts, i);
      char **cells = g_new0 (char *, 5);

      cells[0] = escape (pj_conflict_get_juror_name (conflict));
      cells[1] = escape (pj_conflict_get_nomination_title (conflict));
      cells[2] = g_markup_printf_escaped ("%s\n<span foreground=\"" QUIET_HEX "\">%s</span>",
                                          pj_conflict_source_to_label (
                                            pj_conflict_get_source (conflict)),
                                          pj_conflict_describe_reason (conflict));
      if (pj_conflict_get_lifted (conflict))
        cells[3] = g_markup_printf_escaped (_("Lifted: %s"),
                                            pj_conflict_get_lifted_reason (conflict));
      else
        cells[3] = escape (_("Did not score the nomination"));
      add_row (self, ROW_PLAIN, conflict_columns, NULL, cells);
    }
  end_table (self);

  {
    g_autofree char *count = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u conflict of interest recorded",
                   "%u conflicts of interest recorded", n), n);
    g_autofree char *lifted = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u lifted", "%u lifted", n_lifted), n_lifted);

    add_text (self, STYLE_SMALL, 4,
              g_markup_printf_escaped ("<span foreground=\"" QUIET_HEX "\">%s, %s.</span>",
                                       count, lifted));
  }
  return TRUE;
}

static void
build_method (PjMinutes *self,
              PjResults *results,
              PjEdition *edition)
{
  g_autofree char *min_jurors = g_strdup_printf ("%u", pj_results_get_n_needed (results));
  g_autofree char *points = format_points (pj_results_get_disagreement_threshold (results));
  g_autofree char *threshold = g_strdup_printf (_("Standard deviation above %s points"),
                                                points);

  add_heading (self, _("Method"));
  add_text (self, STYLE_BODY, 4,
            escape (_("Each juror's score sheet gives the nomination a total of 0 to 100 "
                      "points, from the weighted criteria. The nominations of a category "
                      "are ranked by the result of the edition's method; equal results "
                      "share a rank.")))
    ->keep_with_next = TRUE;
  add_block (self, BLOCK_RULE, STYLE_BODY, 6)->keep_with_next = TRUE;
  add_key_value (self, _("Method of aggregation"),
                 pj_aggregation_to_label (pj_results_get_method (results)));
  add_key_value (self, _("Other jurors' scores visible"),
                 pj_blind_policy_to_label (pj_edition_get_blind_policy (edition)));
  add_key_value (self, _("Minimum of jurors per nomination"), min_jurors);
  add_key_value (self, _("Disagreement flagged at"), threshold);
}

static char *
describe_category (const PjResultsCategory *category)
{
  if (category->mode == PJ_AWARD_MODE_THRESHOLD)
    {
      g_autofree char *points = format_points (category->threshold);

      return g_strdup_printf (_("Awarded to every nomination with at least %s points."),
                              points);
    }
  else
    {
      g_autofree char *winners = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u winner", "%u winners", category->winners),
        category->winners);
      g_autofree char *mentions = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u honourable mention", "%u honourable mentions",
                     category->honourable_mentions),
        category->honourable_mentions);

      /* Translators: "At most 1 winner and 2 honourable mentions." */
      return g_strdup_printf (_("At most %s and %s."), winners, mentions);
    }
}

static void
build_category (PjMinutes               *self,
                PjResults               *results,
                GArray                  *computed,
                GListModel              *decisions,
                const PjResultsCategory *category)
{
  g_autofree char *mode = describe_category (category);
  guint first = 0, n;
  gboolean any_disagreement = FALSE, any_decision = FALSE;

  add_heading (self, category->name);
  if (category->prize != NULL && *category->prize != '\0')
    {
      g_autofree char *prize = g_strdup_printf (_("Prize: %s"), category->prize);

      add_text (self, STYLE_BODY, 2,
                g_markup_printf_escaped ("%s %s", mode, prize))->keep_with_next = TRUE;
    }
  else
    add_text (self, STYLE_BODY, 2, escape (mode))->keep_with_next = TRUE;

  n = pj_results_category_span (computed, category->id, &first);
  if (n == 0)
    add_text (self, STYLE_BODY, 6,
              escape (_("No nomination in this category was scored.")));
  else
    {
      add_header_row (self, ranking_columns, ranking_align,
                      _("Rank"), _("Nomination"), _("Sheets"), _("Result"), _("Mean"),
                      _("SD"), NULL);
      for (guint i = first; i < first + n; i++)
        {
          const PjNominationResult *r = &g_array_index (computed, PjNominationResult, i);
          const PjResultsNomination *nomination =
            pj_results_find_nomination (results, r->nomination_id);
          char **cells = g_new0 (char *, 7);

          cells[0] = r->rank > 0 ? g_strdup_printf ("%u", r->rank) : g_strdup ("–");
          cells[1] = g_markup_printf_escaped ("%s\n<span foreground=\"" QUIET_HEX "\""
                                              " size=\"small\">%s</span>",
                                              nomination != NULL ? nomination->title : "",
                                              nomination != NULL ? nomination->unit_names
                                                                 : "");
          /* Translators: sheets submitted of sheets needed, "3 of 3" */
          cells[2] = g_strdup_printf (_("%u of %u"), r->n_totals, r->n_needed);
          if (r->has_result)
            {
              g_autofree char *result = format_points (r->result);
              g_autofree char *mean = format_points (r->mean);
              g_autofree char *sd = format_points (r->sd);

              cells[3] = g_markup_printf_escaped ("<b>%s</b>", result);
              cells[4] = g_steal_pointer (&mean);
              cells[5] = r->disagreement ? g_strconcat (sd, " *", NULL)
                                         : g_steal_pointer (&sd);
              any_disagreement |= r->disagreement;
            }
          else
            {
              cells[3] = g_strdup ("–");
              cells[4] = g_strdup ("–");
              cells[5] = g_strdup ("–");
            }
          add_row (self, ROW_PLAIN, ranking_columns, ranking_align, cells);
        }
      end_table (self);
      if (any_disagreement)
        add_text (self, STYLE_SMALL, 3,
                  g_markup_printf_escaped ("<span foreground=\"" QUIET_HEX "\">%s</span>",
                                           _("* The jurors disagree: the standard deviation "
                                             "is above the edition's threshold.")));
    }

  add_text (self, STYLE_SUBHEADING, 12, escape (_("Decision")))->keep_with_next = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(PjDecision) decision = g_list_model_get_item (decisions, i);
      const char *reason = pj_decision_get_reason (decision);
      Block *block;

      if (pj_decision_get_category_id (decision) != category->id)
        continue;
      any_decision = TRUE;
      block = add_text (self, STYLE_BODY, 6,
                        g_markup_printf_escaped ("<b>%s:</b> %s",
                                                 pj_placement_to_label (
                                                   pj_decision_get_placement (decision)),
                                                 pj_decision_get_nomination_title (decision)));
      block->keep_with_next = TRUE;
      block = add_text (self, STYLE_BODY, 2,
                        g_markup_printf_escaped ("<span foreground=\"" QUIET_HEX "\">%s</span>"
                                                 " %s",
                                                 _("Citation:"),
                                                 pj_decision_get_citation (decision)));
      block->indent = 14;
      if (reason != NULL && *reason != '\0')
        {
          block = add_text (self, STYLE_BODY, 2,
                            g_markup_printf_escaped ("<span foreground=\"" QUIET_HEX "\">"
                                                     "%s</span> %s",
                                                     _("Reason for departing from the "
                                                       "ranking:"),
                                                     reason));
          block->indent = 14;
        }
    }
  if (!any_decision)
    add_text (self, STYLE_BODY, 4, escape (_("The jury placed no nomination in this "
                                              "category.")));
}

static void
build_signatures (PjMinutes *self,
                  GPtrArray *jurors)
{
  add_heading (self, _("Signatures"));
  add_text (self, STYLE_BODY, 4,
            escape (_("The jury confirms the decision recorded in these minutes.")))
    ->keep_with_next = TRUE;
  add_text (self, STYLE_BODY, 10,
            g_markup_printf_escaped ("%s ________________________________",
                                     _("Place and date:")))->keep_with_next = TRUE;
  for (guint i = 0; i < jurors->len; i += 2)
    {
      Block *block = add_block (self, BLOCK_SIGNATURES, STYLE_TABLE, i == 0 ? 8 : 4);

      block->n_cells = MIN (2, jurors->len - i);
      block->cells = g_new0 (char *, block->n_cells + 1);
      for (guint k = 0; k < block->n_cells; k++)
        {
          const PjResultsJuror *juror = g_ptr_array_index (jurors, i + k);

          block->cells[k] = g_markup_printf_escaped ("%s\n<span foreground=\"" QUIET_HEX "\">"
                                                     "%s</span>",
                                                     juror->name,
                                                     pj_juror_role_to_label (juror->role));
        }
    }
}

PjMinutes *
pj_minutes_new (PjWorkspace  *ws,
                gint64        edition_id,
                GError      **error)
{
  g_autoptr(PjMinutes) self = NULL;
  g_autoptr(PjResults) results = NULL;
  g_autoptr(PjEdition) edition = NULL;
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GArray) computed = NULL;
  g_autoptr(GPtrArray) jurors = NULL;
  g_autofree char *date = NULL;
  g_autofree char *year = NULL;

  g_return_val_if_fail (ws != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  edition = pj_store_get_edition (ws, edition_id, error);
  if (edition == NULL)
    return NULL;
  results = pj_store_load_results (ws, edition_id, error);
  if (results == NULL)
    return NULL;
  decisions = pj_store_list_decisions (ws, edition_id, error);
  if (decisions == NULL)
    return NULL;

  self = g_new0 (PjMinutes, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->last_header = -1;
  self->n_pages = 1;

  year = g_strdup_printf ("%d", pj_results_get_year (results));
  /* Translators: "Förnyelsepriset 2025 – Jury Minutes" */
  self->title = g_strdup_printf (_("%s %s – Jury Minutes"),
                                 pj_results_get_award_name (results), year);
  date = format_date (pj_edition_get_decision_date (edition));
  self->footer = g_strdup_printf ("%s · %s", self->title, date);

  jurors = g_ptr_array_new ();
  for (guint i = 0; i < pj_results_get_n_jurors (results); i++)
    g_ptr_array_add (jurors, (gpointer) pj_results_get_juror (results, i));
  g_ptr_array_sort (jurors, compare_jurors);

  build_front (self, results, edition, date);
  build_jury (self, jurors);
  if (!build_conflicts (self, ws, edition_id, error))
    return NULL;
  build_method (self, results, edition);

  computed = pj_results_compute (results, pj_results_get_method (results));
  for (guint c = 0; c < pj_results_get_n_categories (results); c++)
    {
      const PjResultsCategory *category = pj_results_get_category (results, c);

      build_category (self, results, computed, decisions, category);
    }

  build_signatures (self, jurors);
  return g_steal_pointer (&self);
}

PjMinutes *
pj_minutes_ref (PjMinutes *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pj_minutes_unref (PjMinutes *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->blocks, g_array_unref);
  g_free (self->title);
  g_free (self->footer);
  g_free (self);
}

const char *
pj_minutes_get_title (PjMinutes *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/* }}} */

/* Pagination {{{ */

static PangoLayout *
make_layout (PangoContext *context,
             Style         style,
             const char   *markup,
             double        width,
             PangoAlignment align)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (style_fonts[style]);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  if (style == STYLE_BODY)
    pango_layout_set_spacing (layout, (int) (2.0 * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static void
layout_block (Block        *block,
              PangoContext *context,
              double        text_width)
{
  block_clear_layouts (block);
  block->height = 0;

  switch (block->kind)
    {
    case BLOCK_TEXT:
      block->layouts = g_new0 (PangoLayout *, 1);
      block->layouts[0] = make_layout (context, block->style, block->cells[0],
                                       text_width - block->indent, PANGO_ALIGN_LEFT);
      block->height = layout_height (block->layouts[0]);
      break;

    case BLOCK_ROW:
      block->layouts = g_new0 (PangoLayout *, block->n_cells);
      for (guint i = 0; i < block->n_cells; i++)
        {
          double w = block->columns[i] * text_width - 2 * CELL_PAD_X;

          block->layouts[i] = make_layout (context, block->style, block->cells[i], w,
                                           block->align != NULL ? block->align[i]
                                                                : PANGO_ALIGN_LEFT);
          block->height = MAX (block->height, layout_height (block->layouts[i]));
        }
      block->height += 2 * CELL_PAD_Y;
      break;

    case BLOCK_RULE:
      block->height = 6;
      break;

    case BLOCK_SIGNATURES:
      block->layouts = g_new0 (PangoLayout *, block->n_cells);
      for (guint i = 0; i < block->n_cells; i++)
        {
          block->layouts[i] = make_layout (context, block->style, block->cells[i],
                                           text_width * 0.44, PANGO_ALIGN_LEFT);
          block->height = MAX (block->height, layout_height (block->layouts[i]));
        }
      block->height += SIGN_SPACE + 4;
      break;

    default:
      g_assert_not_reached ();
    }
}

void
pj_minutes_paginate (PjMinutes    *self,
                     double        width_pt,
                     double        height_pt,
                     PangoContext *context)
{
  PangoContext *own = NULL;
  double text_width, top, bottom, y;
  int page;

  g_return_if_fail (self != NULL);
  g_return_if_fail (width_pt > MARGIN_LEFT + MARGIN_RIGHT);
  g_return_if_fail (height_pt > MARGIN_TOP + MARGIN_BOTTOM);

  if (context == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      own = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_cairo_context_set_resolution (own, 72.0);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (own, options);
      cairo_font_options_destroy (options);
      context = own;
    }

  self->width = width_pt;
  self->height = height_pt;
  text_width = width_pt - MARGIN_LEFT - MARGIN_RIGHT;
  top = MARGIN_TOP;
  bottom = height_pt - MARGIN_BOTTOM;

  for (guint i = 0; i < self->blocks->len; i++)
    layout_block (&g_array_index (self->blocks, Block, i), context, text_width);

  page = 0;
  y = top;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      double space = y > top ? block->space_before : 0;
      double need = space + block->height;
      double header_height = 0;

      /* A heading stays with what follows it, and a header row with its
       * first row. */
      for (guint k = i; k + 1 < self->blocks->len; k++)
        {
          Block *current = &g_array_index (self->blocks, Block, k);
          Block *next = &g_array_index (self->blocks, Block, k + 1);

          if (!current->keep_with_next)
            break;
          need += next->space_before + next->height;
        }
      if (block->header >= 0)
        header_height = g_array_index (self->blocks, Block, block->header).height;

      block->repeat_header = FALSE;
      if (y + need > bottom && y > top)
        {
          page++;
          y = top;
          space = 0;
          if (block->header >= 0)
            {
              block->repeat_header = TRUE;
              y += header_height;
            }
        }
      block->page = page;
      block->y = y + space;
      y = block->y + block->height;
    }
  self->n_pages = page + 1;
  g_clear_object (&own);
}

int
pj_minutes_get_n_pages (PjMinutes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

/* }}} */

/* Drawing {{{ */

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
hline (cairo_t *cr,
       double   x0,
       double   x1,
       double   y,
       double   width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

static void
draw_row (PjMinutes *self,
          cairo_t   *cr,
          Block     *block,
          double     y)
{
  double text_width = self->width - MARGIN_LEFT - MARGIN_RIGHT;
  double x = MARGIN_LEFT;

  if (block->row_kind == ROW_HEADER)
    {
      cairo_set_source_rgb (cr, SHADE);
      cairo_rectangle (cr, MARGIN_LEFT, y, text_width, block->height);
      cairo_fill (cr);
    }

  cairo_set_source_rgb (cr, INK);
  for (guint i = 0; i < block->n_cells; i++)
    {
      show_layout (cr, block->layouts[i], x + CELL_PAD_X, y + CELL_PAD_Y);
      x += block->columns[i] * text_width;
    }

  cairo_set_source_rgb (cr, RULE);
  if (block->row_kind == ROW_HEADER)
    {
      cairo_set_source_rgb (cr, QUIET);
      hline (cr, MARGIN_LEFT, MARGIN_LEFT + text_width, y + block->height, 0.8);
    }
  else
    hline (cr, MARGIN_LEFT, MARGIN_LEFT + text_width, y + block->height, 0.4);
}

static void
draw_footer (PjMinutes *self,
             cairo_t   *cr,
             int        page)
{
  g_autoptr(PangoLayout) left = pango_cairo_create_layout (cr);
  g_autoptr(PangoLayout) right = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font =
    pango_font_description_from_string (style_fonts[STYLE_SMALL]);
  g_autofree char *number = NULL;
  double text_width = self->width - MARGIN_LEFT - MARGIN_RIGHT;
  double y = self->height - FOOTER_FROM_BOTTOM;

  cairo_set_source_rgb (cr, RULE);
  hline (cr, MARGIN_LEFT, MARGIN_LEFT + text_width, y - 6, 0.4);

  /* Translators: the footer of every page of the minutes, "Page 2 of 5" */
  number = g_strdup_printf (_("Page %d of %d"), page + 1, self->n_pages);
  pango_layout_set_font_description (left, font);
  pango_layout_set_font_description (right, font);
  pango_layout_set_text (left, self->footer, -1);
  pango_layout_set_width (left, (int) (text_width * 0.7 * PANGO_SCALE));
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (right, number, -1);
  pango_layout_set_width (right, (int) (text_width * 0.3 * PANGO_SCALE));
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);

  cairo_set_source_rgb (cr, QUIET);
  show_layout (cr, left, MARGIN_LEFT, y);
  show_layout (cr, right, MARGIN_LEFT + text_width * 0.7, y);
}

void
pj_minutes_draw_page (PjMinutes *self,
                      cairo_t   *cr,
                      int        page)
{
  double text_width;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->width > 0);
  g_return_if_fail (page >= 0 && page < self->n_pages);

  text_width = self->width - MARGIN_LEFT - MARGIN_RIGHT;
  cairo_save (cr);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (block->page < page)
        continue;
      if (block->page > page)
        break;

      if (block->repeat_header)
        {
          Block *header = &g_array_index (self->blocks, Block, block->header);

          draw_row (self, cr, header, block->y - header->height);
        }

      switch (block->kind)
        {
        case BLOCK_TEXT:
          cairo_set_source_rgb (cr, INK);
          show_layout (cr, block->layouts[0], MARGIN_LEFT + block->indent, block->y);
          break;

        case BLOCK_ROW:
          draw_row (self, cr, block, block->y);
          break;

        case BLOCK_RULE:
          cairo_set_source_rgb (cr, RULE);
          hline (cr, MARGIN_LEFT, MARGIN_LEFT + text_width, block->y + 3, 0.6);
          break;

        case BLOCK_SIGNATURES:
          for (guint k = 0; k < block->n_cells; k++)
            {
              double x = MARGIN_LEFT + k * text_width * 0.5;

              cairo_set_source_rgb (cr, INK);
              hline (cr, x, x + text_width * 0.44, block->y + SIGN_SPACE, 0.6);
              show_layout (cr, block->layouts[k], x, block->y + SIGN_SPACE + 4);
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/* }}} */

/* PDF {{{ */

static cairo_status_t
write_to_bytes (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
pj_minutes_write_pdf (PjWorkspace  *ws,
                      gint64        edition_id,
                      GFile        *file,
                      GError      **error)
{
  g_autoptr(PjMinutes) self = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (ws != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self = pj_minutes_new (ws, edition_id, error);
  if (self == NULL)
    return FALSE;
  pj_minutes_paginate (self, PJ_MINUTES_A4_WIDTH, PJ_MINUTES_A4_HEIGHT, NULL);

  bytes = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (write_to_bytes, bytes,
                                                 PJ_MINUTES_A4_WIDTH, PJ_MINUTES_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Prisjury");
  cr = cairo_create (surface);
  for (int page = 0; page < self->n_pages; page++)
    {
      pj_minutes_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_FAILED,
                   _("Could not make the minutes: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  /* Written beside the target and renamed over it. */
  if (!g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error))
    {
      g_prefix_error (error, _("Could not save the minutes: "));
      return FALSE;
    }
  return TRUE;
}

/* }}} */
