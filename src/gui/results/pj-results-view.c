/* pj-results-view.c: an edition's results, the jury's deliberation and
 * decision
 *
 * On top, the category and a method switch for comparison (the edition's
 * method stays the official one), the edition's phase and the step that
 * comes next. Below, the ranked table of the category, and three pages:
 * the chart of every juror's total, the juror overview (lenient and strict
 * scorers) and the deliberation: a card per nomination with the notes for
 * the consensus meeting (saved as one types), the jury's assessed class,
 * and the placement with its citation, and a reason when it departs from
 * the ranking. Everything is read once per change into an immutable
 * PjResults; switching the method recomputes in memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-results-view"

#include "config.h"

#include "pj-results-view.h"
#include "pj-results-view-private.h"
#include "pj-gui-util.h"

#include <glib/gi18n.h>

#include "pj-decision.h"
#include "pj-results.h"
#include "pj-results-chart.h"
#include "pj-store-decision.h"

#define NOTE_SAVE_DELAY_MS 600

/* PjResultsRow: one line of the ranked table {{{ */

#define PJ_TYPE_RESULTS_ROW (pj_results_row_get_type ())
G_DECLARE_FINAL_TYPE (PjResultsRow, pj_results_row, PJ, RESULTS_ROW, GObject)

struct _PjResultsRow
{
  GObject             parent_instance;
  PjNominationResult  r;
  char               *title;
  char               *units;
  PjInnovationClass   claimed;
  PjInnovationClass   assessed;
  char               *placement;
};

G_DEFINE_FINAL_TYPE (PjResultsRow, pj_results_row, G_TYPE_OBJECT)

static void
pj_results_row_finalize (GObject *object)
{
  PjResultsRow *self = PJ_RESULTS_ROW (object);

  g_free (self->title);
  g_free (self->units);
  g_free (self->placement);
  G_OBJECT_CLASS (pj_results_row_parent_class)->finalize (object);
}

static void
pj_results_row_class_init (PjResultsRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pj_results_row_finalize;
}

static void
pj_results_row_init (PjResultsRow *self)
{
}

/* }}} */

/* A nomination's card on the decision page {{{ */

typedef struct
{
  PjResultsView *view;
  gint64         nomination_id;
  guint          rank;
  GtkWidget     *box;
  GtkDropDown   *placement;
  GtkEditable   *citation;
  GtkEditable   *reason;
  GtkWidget     *reason_box;
  GtkDropDown   *assessed;
  GtkTextBuffer *notes;
  GtkLabel      *notes_status;
  gint64         note_version;
  guint          save_source;
  guint          loading;
} Card;

/* }}} */

struct _PjResultsView
{
  GtkWidget         parent_instance;

  PjWorkspace      *workspace;
  PjEdition        *edition;
  PjResults        *results;
  GArray           *computed;
  PjAggregation     method;
  gint64            category_id;
  guint             own_write;
  guint             reload_source;
  guint             updating;

  GtkWidget        *root;
  GtkDropDown      *category_dropdown;
  GtkDropDown      *method_dropdown;
  GtkLabel         *phase_label;
  GtkLabel         *method_note;
  GtkWidget        *start_button;
  GtkWidget        *decided_button;
  GtkWidget        *reopen_button;
  GtkWidget        *export_button;
  GtkStack         *content_stack;
  AdwStatusPage    *empty_page;
  GListStore       *rows;
  GtkColumnView    *table;
  GtkStack         *pages;
  PjResultsChart   *chart;
  GtkWidget        *jurors_grid;
  GtkWidget        *jurors_bin;
  GtkWidget        *cards_box;
  GtkLabel         *decision_info;
  GtkLabel         *message;
  GtkWidget        *save_button;

  GPtrArray        *cards;    /* Card */
  GPtrArray        *stored;   /* PjDecision of the category, as read */

  AdwMessageDialog *dialog;
  GtkEditable      *dialog_entry;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PjResultsView, pj_results_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_EDITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const PjAggregation methods[] = {
  PJ_AGGREGATION_MEAN,
  PJ_AGGREGATION_MEDIAN,
  PJ_AGGREGATION_TRIMMED_MEAN,
  PJ_AGGREGATION_Z_SCORE,
};

static void pj_results_view_reload        (PjResultsView *self);
static void pj_results_view_show_category (PjResultsView *self);
static void update_reasons                (PjResultsView *self);

/* Helpers {{{ */

static PjPhase
current_phase (PjResultsView *self)
{
  return self->results ? pj_results_get_phase (self->results) : PJ_PHASE_SETUP;
}

static void
show_toast (PjResultsView *self,
            const char    *text)
{
  pj_gui_add_toast (GTK_WIDGET (self), adw_toast_new (text));
}

static void
set_message (PjResultsView *self,
             const char    *text)
{
  gtk_label_set_text (self->message, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL && *text != '\0');
}

static const PjResultsCategory *
current_category (PjResultsView *self)
{
  return self->results ? pj_results_find_category (self->results, self->category_id) : NULL;
}

static const PjNominationResult *
category_results (PjResultsView *self,
                  guint         *n)
{
  guint first = 0;

  *n = 0;
  if (self->computed == NULL)
    return NULL;
  *n = pj_results_category_span (self->computed, self->category_id, &first);
  return *n > 0 ? &g_array_index (self->computed, PjNominationResult, first) : NULL;
}

static PjDecision *
find_stored (PjResultsView *self,
             gint64         nomination_id)
{
  for (guint i = 0; self->stored != NULL && i < self->stored->len; i++)
    {
      PjDecision *d = g_ptr_array_index (self->stored, i);

      if (pj_decision_get_nomination_id (d) == nomination_id)
        return d;
    }
  return NULL;
}

static Card *
find_card (PjResultsView *self,
           gint64         nomination_id)
{
  for (guint i = 0; i < self->cards->len; i++)
    {
      Card *card = g_ptr_array_index (self->cards, i);

      if (card->nomination_id == nomination_id)
        return card;
    }
  return NULL;
}

/* }}} */

/* The ranked table {{{ */

static char *
row_text (PjResultsRow *row,
          const char   *column)
{
  const PjNominationResult *r = &row->r;

  if (g_str_equal (column, "rank"))
    return r->rank > 0 ? g_strdup_printf ("%u", r->rank) : g_strdup ("–");
  if (g_str_equal (column, "nomination"))
    return g_strdup (row->title);
  if (g_str_equal (column, "units"))
    return g_strdup (row->units);
  if (g_str_equal (column, "sheets"))
    /* TRANSLATORS: sheets submitted out of sheets needed */
    return g_strdup_printf (_("%u of %u"), r->n_totals, r->n_needed);
  if (g_str_equal (column, "disagreement"))
    return g_strdup (r->disagreement ? "yes" : "");
  if (g_str_equal (column, "class"))
    return g_strdup (row->claimed != PJ_CLASS_NONE ? pj_innovation_class_to_label (row->claimed)
                                                   : "–");
  if (g_str_equal (column, "assessed"))
    return g_strdup (row->assessed != PJ_CLASS_NONE
                     ? pj_innovation_class_to_label (row->assessed) : "");
  if (g_str_equal (column, "placement"))
    return g_strdup (row->placement ? row->placement : "");

  if (!r->has_result)
    return g_strdup ("–");
  if (g_str_equal (column, "result"))
    return pj_results_chart_format_points (r->result);
  if (g_str_equal (column, "mean"))
    return pj_results_chart_format_points (r->mean);
  if (g_str_equal (column, "median"))
    return pj_results_chart_format_points (r->median);
  if (g_str_equal (column, "sd"))
    return pj_results_chart_format_points (r->sd);
  if (g_str_equal (column, "range"))
    return pj_results_chart_format_points (r->range);

  g_return_val_if_reached (NULL);
}

typedef struct
{
  const char *id;
  const char *title;
  const char *sub;     /* the column shown small below, or NULL */
  gboolean    expand;
} ColumnSpec;

static const ColumnSpec columns[] = {
  { "rank", N_("Rank"), NULL, FALSE },
  { "nomination", N_("Nomination"), "units", TRUE },
  { "sheets", N_("Sheets"), NULL, FALSE },
  { "result", N_("Result"), "mean", FALSE },
  { "median", N_("Median"), NULL, FALSE },
  { "spread", N_("Spread"), NULL, FALSE },
  { "disagreement", "", NULL, FALSE },
  { "class", N_("Innovation Class"), "assessed", FALSE },
  { "placement", N_("Decision"), NULL, FALSE },
};

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *main_label = gtk_label_new (NULL);
  GtkWidget *sub_label = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "pj-results-cell");
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (icon, "pj-results-disagreement");
  gtk_label_set_xalign (GTK_LABEL (main_label), 0);
  gtk_label_set_xalign (GTK_LABEL (sub_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (main_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (sub_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (sub_label, "caption");
  gtk_widget_add_css_class (sub_label, "dim-label");
  gtk_box_append (GTK_BOX (texts), main_label);
  gtk_box_append (GTK_BOX (texts), sub_label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_list_item_set_child (item, box);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  data)
{
  const ColumnSpec *spec = data;
  PjResultsRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *texts = gtk_widget_get_next_sibling (icon);
  GtkLabel *main_label = GTK_LABEL (gtk_widget_get_first_child (texts));
  GtkLabel *sub_label = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (main_label)));
  g_autofree char *main_text = NULL;
  g_autofree char *sub_text = NULL;
  gboolean numeric = FALSE;

  gtk_widget_set_visible (icon, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (main_label), "pj-results-strong");

  if (g_str_equal (spec->id, "spread"))
    {
      if (row->r.has_result)
        {
          g_autofree char *sd = row_text (row, "sd");
          g_autofree char *range = row_text (row, "range");

          /* TRANSLATORS: standard deviation, in points */
          main_text = g_strdup_printf (_("SD %s"), sd);
          /* TRANSLATORS: the range of the totals, in points */
          sub_text = g_strdup_printf (_("range %s"), range);
        }
      else
        main_text = g_strdup ("–");
      numeric = TRUE;
    }
  else if (g_str_equal (spec->id, "disagreement"))
    {
      gtk_widget_set_visible (icon, row->r.disagreement);
      gtk_widget_set_tooltip_text (icon, _("Spread above the edition’s threshold: discuss"));
      main_text = g_strdup ("");
    }
  else
    {
      main_text = row_text (row, spec->id);
      if (spec->sub != NULL)
        {
          g_autofree char *sub = row_text (row, spec->sub);

          if (g_str_equal (spec->sub, "mean") && row->r.has_result)
            /* TRANSLATORS: the raw mean beside the result */
            sub_text = g_strdup_printf (_("mean %s"), sub);
          else if (g_str_equal (spec->sub, "assessed") && *sub != '\0')
            /* TRANSLATORS: the class the jury assessed */
            sub_text = g_strdup_printf (_("assessed: %s"), sub);
          else if (!g_str_equal (spec->sub, "mean") && !g_str_equal (spec->sub, "assessed"))
            sub_text = g_steal_pointer (&sub);
        }
      numeric = g_str_equal (spec->id, "rank") || g_str_equal (spec->id, "result") ||
                g_str_equal (spec->id, "median") || g_str_equal (spec->id, "sheets");
      if (g_str_equal (spec->id, "result") || g_str_equal (spec->id, "rank"))
        gtk_widget_add_css_class (GTK_WIDGET (main_label), "pj-results-strong");
    }

  if (numeric)
    gtk_widget_add_css_class (GTK_WIDGET (main_label), "numeric");
  gtk_label_set_text (main_label, main_text);
  gtk_label_set_text (sub_label, sub_text ? sub_text : "");
  gtk_widget_set_visible (GTK_WIDGET (sub_label), sub_text != NULL && *sub_text != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (main_label),
                               g_str_equal (spec->id, "nomination") ? main_text : NULL);
}

static GtkWidget *
build_table (PjResultsView *self)
{
  GtkNoSelection *selection;
  GtkWidget *scrolled;

  self->rows = g_list_store_new (PJ_TYPE_RESULTS_ROW);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  self->table = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_column_view_set_show_column_separators (self->table, FALSE);
  gtk_column_view_set_show_row_separators (self->table, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "pj-results-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Ranking"), -1);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (*columns[i].title ? _(columns[i].title) : "",
                                           factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_append_column (self->table, column);
      g_object_unref (column);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->table));
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_add_css_class (scrolled, "pj-results-card");
  return scrolled;
}

static void
fill_table (PjResultsView *self)
{
  const PjNominationResult *results;
  guint n;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  results = category_results (self, &n);
  for (guint i = 0; i < n; i++)
    {
      const PjResultsNomination *nom = pj_results_find_nomination (self->results,
                                                                   results[i].nomination_id);
      PjResultsRow *row = g_object_new (PJ_TYPE_RESULTS_ROW, NULL);
      PjDecision *d = find_stored (self, results[i].nomination_id);

      row->r = results[i];
      row->title = g_strdup (nom ? nom->title : "");
      row->units = g_strdup (nom ? nom->unit_names : "");
      row->claimed = nom ? nom->class_claimed : PJ_CLASS_NONE;
      row->assessed = nom ? nom->class_assessed : PJ_CLASS_NONE;
      row->placement = d ? g_strdup (pj_placement_to_label (pj_decision_get_placement (d)))
                         : NULL;
      g_ptr_array_add (items, row);
    }
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
}

/* }}} */

/* The juror overview {{{ */

static void
draw_diverging_cb (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        data)
{
  double difference = *(double *) data;
  double scale = *((double *) data + 1);
  double mid = width / 2.0;
  double w = CLAMP (difference / scale, -1.0, 1.0) * (mid - 2);
  GdkRGBA fg;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.06);
  cairo_rectangle (cr, 0, 3, width, height - 6);
  cairo_fill (cr);

  if (difference >= 0)
    cairo_set_source_rgba (cr, 0.902, 0.380, 0.0, 0.9);   /* lenient */
  else
    cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.9); /* strict */
  cairo_rectangle (cr, w >= 0 ? mid : mid + w, 5, fabs (w), height - 10);
  cairo_fill (cr);

  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
  cairo_rectangle (cr, mid - 0.5, 0, 1, height);
  cairo_fill (cr);
}

static GtkWidget *
grid_label (const char *text,
            gboolean    numeric,
            gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (heading)
    {
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
    }
  return label;
}

static void
fill_jurors (PjResultsView *self)
{
  g_autoptr(GArray) overview = NULL;
  GtkWidget *grid;
  double scale = 10;
  int y = 1;

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_add_css_class (grid, "pj-results-jurors");
  gtk_grid_attach (GTK_GRID (grid), grid_label (_("Juror"), FALSE, TRUE), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), grid_label (_("Totals"), TRUE, TRUE), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), grid_label (_("Average"), TRUE, TRUE), 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), grid_label (_("Jury’s Average"), TRUE, TRUE), 3, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), grid_label (_("Difference"), TRUE, TRUE), 4, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid),
                   grid_label (_("Stricter ← → More lenient"), FALSE, TRUE), 5, 0, 1, 1);

  if (self->results != NULL)
    {
      overview = pj_results_juror_overview (self->results);
      for (guint i = 0; i < overview->len; i++)
        {
          const PjJurorOverview *o = &g_array_index (overview, PjJurorOverview, i);

          if (o->has_totals)
            scale = MAX (scale, ceil (fabs (o->difference) / 5.0) * 5.0);
        }

      for (guint j = 0; j < pj_results_get_n_jurors (self->results); j++)
        {
          const PjResultsJuror *juror = pj_results_get_juror (self->results, j);
          const PjJurorOverview *o = NULL;
          g_autofree char *n = NULL;
          g_autofree char *mean = NULL;
          g_autofree char *jury = NULL;
          g_autofree char *diff = NULL;
          GtkWidget *bar;
          double *values;

          for (guint i = 0; i < overview->len; i++)
            if (g_array_index (overview, PjJurorOverview, i).juror_id == juror->id)
              o = &g_array_index (overview, PjJurorOverview, i);
          if (o == NULL || !o->has_totals)
            continue;

          n = g_strdup_printf ("%u", o->n_totals);
          mean = pj_results_chart_format_points (o->mean);
          jury = pj_results_chart_format_points (o->jury_mean);
          diff = pj_results_chart_format_points (o->difference);
          if (o->difference > 0)
            {
              char *plus = g_strconcat ("+", diff, NULL);

              g_free (diff);
              diff = plus;
            }

          values = g_new (double, 2);
          values[0] = o->difference;
          values[1] = scale;
          bar = gtk_drawing_area_new ();
          gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (bar), 260);
          gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (bar), 22);
          gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (bar), draw_diverging_cb,
                                          values, g_free);

          gtk_grid_attach (GTK_GRID (grid), grid_label (juror->name, FALSE, FALSE), 0, y, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), grid_label (n, TRUE, FALSE), 1, y, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), grid_label (mean, TRUE, FALSE), 2, y, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), grid_label (jury, TRUE, FALSE), 3, y, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), grid_label (diff, TRUE, FALSE), 4, y, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), bar, 5, y, 1, 1);
          y++;
        }
    }

  adw_bin_set_child (ADW_BIN (self->jurors_bin), grid);
  self->jurors_grid = grid;
}

/* }}} */

/* Deliberation: notes, assessed class and placements {{{ */

static int
placement_to_index (const PjResultsCategory *category,
                    PjPlacement              placement)
{
  if (category->mode == PJ_AWARD_MODE_THRESHOLD)
    return placement == PJ_PLACEMENT_AWARDED ? 1 : 0;
  switch (placement)
    {
    case PJ_PLACEMENT_WINNER:
      return 1;
    case PJ_PLACEMENT_HONOURABLE_MENTION:
      return 2;
    case PJ_PLACEMENT_AWARDED:
    default:
      return 0;
    }
}

/* -1 when not placed. */
static int
card_placement (Card *card)
{
  const PjResultsCategory *category = current_category (card->view);
  guint index = gtk_drop_down_get_selected (card->placement);

  if (category == NULL || index == 0 || index == GTK_INVALID_LIST_POSITION)
    return -1;
  if (category->mode == PJ_AWARD_MODE_THRESHOLD)
    return PJ_PLACEMENT_AWARDED;
  return index == 1 ? PJ_PLACEMENT_WINNER : PJ_PLACEMENT_HONOURABLE_MENTION;
}

/* The placements as the cards show them, in ranking order, reusing the
 * stored ones (their ids and versions) where the nomination is the same. */
static GPtrArray *
collect_decisions (PjResultsView *self)
{
  GPtrArray *decisions = g_ptr_array_new_with_free_func (g_object_unref);
  guint positions[PJ_N_PLACEMENTS] = { 0, };

  for (guint i = 0; i < self->cards->len; i++)
    {
      Card *card = g_ptr_array_index (self->cards, i);
      int placement = card_placement (card);
      PjDecision *d;

      if (placement < 0)
        continue;

      d = find_stored (self, card->nomination_id);
      if (d != NULL)
        g_object_ref (d);
      else
        d = pj_decision_new (self->category_id, card->nomination_id, placement, "");
      pj_decision_set_placement (d, placement);
      pj_decision_set_citation (d, gtk_editable_get_text (card->citation));
      pj_decision_set_reason (d, gtk_editable_get_text (card->reason));
      pj_decision_set_position (d, positions[placement]++);
      g_ptr_array_add (decisions, d);
    }

  return decisions;
}

/* A reason field shows where the placement departs from the ranking, or
 * where a reason is already written. */
static void
update_reasons (PjResultsView *self)
{
  const PjResultsCategory *category = current_category (self);
  const PjNominationResult *results;
  g_autoptr(GPtrArray) decisions = NULL;
  guint n;

  if (category == NULL)
    return;

  results = category_results (self, &n);
  decisions = collect_decisions (self);
  for (guint i = 0; i < self->cards->len; i++)
    {
      Card *card = g_ptr_array_index (self->cards, i);
      gboolean show = *gtk_editable_get_text (card->reason) != '\0';

      for (guint d = 0; d < decisions->len; d++)
        {
          PjDecision *decision = g_ptr_array_index (decisions, d);

          if (pj_decision_get_nomination_id (decision) == card->nomination_id &&
              pj_decision_is_out_of_order (results, n, decisions, decision,
                                           category->mode, category->threshold))
            show = TRUE;
        }
      gtk_widget_set_visible (card->reason_box, show && card_placement (card) >= 0);
    }
}

static void
on_placement_changed_cb (GtkDropDown *dropdown,
                         GParamSpec  *pspec,
                         Card        *card)
{
  if (card->loading > 0)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (card->citation),
                            card_placement (card) >= 0 &&
                            current_phase (card->view) == PJ_PHASE_DELIBERATION);
  update_reasons (card->view);
}

static void
on_reason_changed_cb (GtkEditable *editable,
                      Card        *card)
{
  if (card->loading > 0)
    return;
  update_reasons (card->view);
}

static void
on_assessed_changed_cb (GtkDropDown *dropdown,
                        GParamSpec  *pspec,
                        Card        *card)
{
  PjResultsView *self = card->view;
  g_autoptr(GError) error = NULL;
  guint index = gtk_drop_down_get_selected (dropdown);
  PjInnovationClass value = index == GTK_INVALID_LIST_POSITION ? PJ_CLASS_NONE : index;

  if (card->loading > 0)
    return;
  if (!pj_store_set_class_assessed (self->workspace, card->nomination_id, value, &error))
    show_toast (self, error->message);
}

static void
save_note (Card *card)
{
  PjResultsView *self = card->view;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  gboolean ok;

  g_clear_handle_id (&card->save_source, g_source_remove);
  gtk_text_buffer_get_bounds (card->notes, &start, &end);
  text = gtk_text_buffer_get_text (card->notes, &start, &end, FALSE);

  self->own_write++;
  ok = pj_store_set_deliberation_note (self->workspace, card->nomination_id, text,
                                       &card->note_version, &error);
  self->own_write--;

  if (ok)
    {
      gtk_label_set_text (card->notes_status, _("Saved"));
      return;
    }

  if (g_error_matches (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE))
    {
      g_autoptr(GError) read_error = NULL;
      g_autofree char *stored = pj_store_get_deliberation_note (self->workspace,
                                                                card->nomination_id,
                                                                &card->note_version,
                                                                &read_error);

      card->loading++;
      gtk_text_buffer_set_text (card->notes, stored ? stored : "", -1);
      card->loading--;
      gtk_label_set_text (card->notes_status,
                          _("Changed elsewhere: the note shows the other version"));
      show_toast (self, _("The note was changed elsewhere and has been reloaded"));
      return;
    }

  gtk_label_set_text (card->notes_status, error->message);
}

static gboolean
save_note_cb (gpointer data)
{
  Card *card = data;

  card->save_source = 0;
  save_note (card);
  return G_SOURCE_REMOVE;
}

static void
on_notes_changed_cb (GtkTextBuffer *buffer,
                     Card          *card)
{
  if (card->loading > 0)
    return;
  gtk_label_set_text (card->notes_status, _("Saving…"));
  g_clear_handle_id (&card->save_source, g_source_remove);
  card->save_source = g_timeout_add (NOTE_SAVE_DELAY_MS, save_note_cb, card);
}

static void
card_free (gpointer data)
{
  Card *card = data;

  /* A note being typed is saved, not lost. */
  if (card->save_source != 0)
    save_note (card);
  g_signal_handlers_disconnect_by_data (card->notes, card);
  g_signal_handlers_disconnect_by_data (card->placement, card);
  g_signal_handlers_disconnect_by_data (card->assessed, card);
  g_signal_handlers_disconnect_by_data (card->reason, card);
  g_object_unref (card->notes);
  g_free (card);
}

static GtkWidget *
field_label (const char *text,
             GtkWidget  *target)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), target);
  return label;
}

static Card *
build_card (PjResultsView             *self,
            const PjResultsCategory   *category,
            const PjNominationResult  *result,
            const PjResultsNomination *nom,
            PjPhase                    phase)
{
  Card *card = g_new0 (Card, 1);
  PjDecision *stored = find_stored (self, result->nomination_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *rank = NULL;
  GtkStringList *placements;
  GtkStringList *classes;
  GtkWidget *header, *title, *units, *grid, *left, *right, *notes_view, *scrolled, *label;
  gboolean deliberating = phase == PJ_PHASE_DELIBERATION;
  gboolean editable_notes = phase < PJ_PHASE_DECIDED;

  card->view = self;
  card->nomination_id = result->nomination_id;
  card->rank = result->rank;
  card->loading = 1;

  card->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (card->box, "card");
  gtk_widget_add_css_class (card->box, "pj-results-decision-card");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  rank = result->rank > 0 ? g_strdup_printf ("%u", result->rank) : g_strdup ("–");
  label = gtk_label_new (rank);
  gtk_widget_add_css_class (label, "pj-results-rank");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), label);
  title = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (title, TRUE);
  label = gtk_label_new (nom ? nom->title : "");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (title), label);
  units = gtk_label_new (nom ? nom->unit_names : "");
  gtk_label_set_xalign (GTK_LABEL (units), 0);
  gtk_widget_add_css_class (units, "dim-label");
  gtk_widget_add_css_class (units, "caption");
  gtk_box_append (GTK_BOX (title), units);
  gtk_box_append (GTK_BOX (header), title);
  if (result->has_result)
    {
      g_autofree char *points = pj_results_chart_format_points (result->result);

      label = gtk_label_new (points);
      gtk_widget_add_css_class (label, "title-4");
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (header), label);
    }
  gtk_box_append (GTK_BOX (card->box), header);

  grid = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  gtk_box_set_homogeneous (GTK_BOX (grid), TRUE);
  left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (grid), left);
  gtk_box_append (GTK_BOX (grid), right);
  gtk_box_append (GTK_BOX (card->box), grid);

  /* Left: the decision */
  if (category->mode == PJ_AWARD_MODE_THRESHOLD)
    {
      const char *strings[] = { _("Not placed"),
                                pj_placement_to_label (PJ_PLACEMENT_AWARDED), NULL };
      placements = gtk_string_list_new (strings);
    }
  else
    {
      const char *strings[] = { _("Not placed"),
                                pj_placement_to_label (PJ_PLACEMENT_WINNER),
                                pj_placement_to_label (PJ_PLACEMENT_HONOURABLE_MENTION),
                                NULL };
      placements = gtk_string_list_new (strings);
    }
  card->placement = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (placements), NULL));
  gtk_widget_set_halign (GTK_WIDGET (card->placement), GTK_ALIGN_START);
  gtk_drop_down_set_selected (card->placement,
                              stored ? placement_to_index (category,
                                                           pj_decision_get_placement (stored))
                                     : 0);
  gtk_widget_set_sensitive (GTK_WIDGET (card->placement), deliberating);
  gtk_box_append (GTK_BOX (left), field_label (_("_Placement"), GTK_WIDGET (card->placement)));
  gtk_box_append (GTK_BOX (left), GTK_WIDGET (card->placement));

  card->citation = GTK_EDITABLE (gtk_entry_new ());
  gtk_entry_set_placeholder_text (GTK_ENTRY (card->citation),
                                  _("Why the jury chose it, as it will be published"));
  gtk_editable_set_text (card->citation, stored ? pj_decision_get_citation (stored) : "");
  gtk_widget_set_sensitive (GTK_WIDGET (card->citation), deliberating && stored != NULL);
  gtk_box_append (GTK_BOX (left), field_label (_("_Citation"), GTK_WIDGET (card->citation)));
  gtk_box_append (GTK_BOX (left), GTK_WIDGET (card->citation));

  card->reason_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  card->reason = GTK_EDITABLE (gtk_entry_new ());
  gtk_entry_set_placeholder_text (GTK_ENTRY (card->reason),
                                  _("Why the jury departs from the ranking"));
  gtk_editable_set_text (card->reason, stored ? pj_decision_get_reason (stored) : "");
  gtk_widget_set_sensitive (GTK_WIDGET (card->reason), deliberating);
  gtk_widget_add_css_class (card->reason_box, "pj-results-reason");
  gtk_box_append (GTK_BOX (card->reason_box),
                  field_label (_("_Reason: placed out of ranking order"),
                               GTK_WIDGET (card->reason)));
  gtk_box_append (GTK_BOX (card->reason_box), GTK_WIDGET (card->reason));
  gtk_widget_set_visible (card->reason_box, FALSE);
  gtk_box_append (GTK_BOX (left), card->reason_box);

  /* Right: the deliberation */
  {
    const char *strings[] = { _("Not assessed"),
                              pj_innovation_class_to_label (PJ_CLASS_INNOVATION),
                              pj_innovation_class_to_label (PJ_CLASS_FORBATTRING),
                              pj_innovation_class_to_label (PJ_CLASS_GOTT_EXEMPEL),
                              NULL };
    classes = gtk_string_list_new (strings);
  }
  card->assessed = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (classes), NULL));
  gtk_widget_set_halign (GTK_WIDGET (card->assessed), GTK_ALIGN_START);
  gtk_drop_down_set_selected (card->assessed, nom ? (guint) nom->class_assessed : 0);
  gtk_widget_set_sensitive (GTK_WIDGET (card->assessed), editable_notes);
  {
    g_autofree char *claimed = g_strdup_printf (_("Assessed _class (claimed: %s)"),
                                                nom && nom->class_claimed != PJ_CLASS_NONE
                                                ? pj_innovation_class_to_label (nom->class_claimed)
                                                : "–");
    gtk_box_append (GTK_BOX (right), field_label (claimed, GTK_WIDGET (card->assessed)));
  }
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (card->assessed));

  notes_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (notes_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (notes_view), editable_notes);
  gtk_widget_add_css_class (notes_view, "pj-results-notes");
  card->notes = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes_view)));
  note = pj_store_get_deliberation_note (self->workspace, card->nomination_id,
                                         &card->note_version, &error);
  if (note == NULL)
    g_warning ("Could not read the note: %s", error->message);
  gtk_text_buffer_set_text (card->notes, note ? note : "", -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 64);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), notes_view);
  gtk_widget_add_css_class (scrolled, "pj-results-notes-frame");
  {
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    label = field_label (_("_Notes for the meeting"), notes_view);
    gtk_widget_set_hexpand (label, TRUE);
    gtk_box_append (GTK_BOX (row), label);
    card->notes_status = GTK_LABEL (gtk_label_new (NULL));
    gtk_widget_add_css_class (GTK_WIDGET (card->notes_status), "caption");
    gtk_widget_add_css_class (GTK_WIDGET (card->notes_status), "dim-label");
    gtk_box_append (GTK_BOX (row), GTK_WIDGET (card->notes_status));
    gtk_box_append (GTK_BOX (right), row);
  }
  gtk_box_append (GTK_BOX (right), scrolled);

  g_signal_connect (card->placement, "notify::selected",
                    G_CALLBACK (on_placement_changed_cb), card);
  g_signal_connect (card->assessed, "notify::selected",
                    G_CALLBACK (on_assessed_changed_cb), card);
  g_signal_connect (card->reason, "changed", G_CALLBACK (on_reason_changed_cb), card);
  g_signal_connect (card->notes, "changed", G_CALLBACK (on_notes_changed_cb), card);

  heading = g_strdup_printf ("%s %s", rank, nom ? nom->title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  card->loading = 0;
  return card;
}

static void
fill_cards (PjResultsView *self)
{
  const PjResultsCategory *category = current_category (self);
  const PjNominationResult *results;
  GtkWidget *child;
  PjPhase phase = current_phase (self);
  guint n;

  g_ptr_array_set_size (self->cards, 0);
  while ((child = gtk_widget_get_first_child (self->cards_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->cards_box), child);

  if (category == NULL)
    return;

  results = category_results (self, &n);
  for (guint i = 0; i < n; i++)
    {
      const PjResultsNomination *nom = pj_results_find_nomination (self->results,
                                                                   results[i].nomination_id);
      Card *card = build_card (self, category, &results[i], nom, phase);

      g_ptr_array_add (self->cards, card);
      gtk_box_append (GTK_BOX (self->cards_box), card->box);
    }
  update_reasons (self);

  switch (phase)
    {
    case PJ_PHASE_DELIBERATION:
      if (category->mode == PJ_AWARD_MODE_THRESHOLD)
        {
          g_autofree char *points = pj_results_chart_format_points (category->threshold);
          g_autofree char *text =
            g_strdup_printf (_("Award those the jury finds worthy; %s points are needed. "
                               "Each placement needs a citation."), points);
          gtk_label_set_text (self->decision_info, text);
        }
      else
        {
          g_autofree char *winners =
            g_strdup_printf (ngettext ("Choose up to %u winner", "Choose up to %u winners",
                                       category->winners), category->winners);
          g_autofree char *mentions =
            g_strdup_printf (ngettext ("%u honourable mention", "%u honourable mentions",
                                       category->honourable_mentions),
                             category->honourable_mentions);
          /* TRANSLATORS: "Choose up to 1 winner" and "2 honourable mentions" */
          g_autofree char *text =
            g_strdup_printf (_("%s and %s. Each placement needs a citation; placing out of "
                               "ranking order needs a reason."), winners, mentions);
          gtk_label_set_text (self->decision_info, text);
        }
      break;
    case PJ_PHASE_DECIDED:
    case PJ_PHASE_PUBLISHED:
      gtk_label_set_text (self->decision_info,
                          _("The decisions are locked. An organiser can reopen them, "
                            "with a reason."));
      break;
    case PJ_PHASE_SETUP:
    case PJ_PHASE_NOMINATIONS:
    case PJ_PHASE_SCORING:
    default:
      gtk_label_set_text (self->decision_info,
                          _("Notes and the assessed class can be written now. Placements "
                            "are made once the deliberation has started."));
      break;
    }
  gtk_widget_set_visible (self->save_button, phase == PJ_PHASE_DELIBERATION);
}

/* }}} */

/* Loading {{{ */

static void
update_actions (PjResultsView *self)
{
  PjPhase phase = current_phase (self);
  gboolean has = self->results != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.start-deliberation",
                                 has && phase == PJ_PHASE_SCORING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.mark-decided",
                                 has && phase == PJ_PHASE_DELIBERATION);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.save-decision",
                                 has && phase == PJ_PHASE_DELIBERATION);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.reopen",
                                 has && phase == PJ_PHASE_DECIDED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.export-winners",
                                 has && (phase == PJ_PHASE_DECIDED ||
                                         phase == PJ_PHASE_PUBLISHED));

  gtk_widget_set_visible (self->start_button, phase == PJ_PHASE_SCORING);
  gtk_widget_set_visible (self->decided_button, phase == PJ_PHASE_DELIBERATION);
  gtk_widget_set_visible (self->reopen_button, phase == PJ_PHASE_DECIDED);
  gtk_widget_set_tooltip_text (self->export_button,
                               phase == PJ_PHASE_DECIDED || phase == PJ_PHASE_PUBLISHED
                               ? _("Export the winners to XML or CSV")
                               : _("Winners can be exported once the decisions are "
                                   "marked decided"));
  if (has)
    {
      g_autofree char *text = g_strdup_printf (_("Phase: %s"), pj_phase_to_label (phase));

      gtk_label_set_text (self->phase_label, text);
    }
  else
    gtk_label_set_text (self->phase_label, "");
}

static void
update_method_note (PjResultsView *self)
{
  g_autofree char *text = NULL;
  PjAggregation official;

  if (self->results == NULL)
    return;
  official = pj_results_get_method (self->results);
  if (self->method == official)
    text = g_strdup_printf (_("Ranked by %s, the edition’s official method."),
                            pj_aggregation_to_label (official));
  else
    text = g_strdup_printf (_("Compared by %s. The edition’s method, %s, stays official: "
                              "decisions follow its ranking."),
                            pj_aggregation_to_label (self->method),
                            pj_aggregation_to_label (official));
  gtk_label_set_text (self->method_note, text);
}

static void
fill_method_dropdown (PjResultsView *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  PjAggregation official = self->results ? pj_results_get_method (self->results)
                                         : PJ_AGGREGATION_MEAN;
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      if (methods[i] == official)
        {
          /* TRANSLATORS: a method in the switch, marked as the official one */
          g_autofree char *text = g_strdup_printf (_("%s (official)"),
                                                   pj_aggregation_to_label (methods[i]));
          gtk_string_list_append (list, text);
        }
      else
        gtk_string_list_append (list, pj_aggregation_to_label (methods[i]));
      if (methods[i] == self->method)
        selected = i;
    }

  self->updating++;
  gtk_drop_down_set_model (self->method_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->method_dropdown, selected);
  self->updating--;
}

static void
pj_results_view_show_category (PjResultsView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->stored, g_ptr_array_unref);
  if (self->results != NULL && self->category_id != PJ_NO_ID)
    {
      self->stored = pj_store_get_category_decisions (self->workspace, self->category_id,
                                                      &error);
      if (self->stored == NULL)
        g_warning ("Could not read the decisions: %s", error->message);
    }

  fill_table (self);
  pj_results_chart_set_data (self->chart, self->results, self->computed,
                             self->category_id, self->method);
  fill_cards (self);
  set_message (self, NULL);
}

static void
pj_results_view_reload (PjResultsView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  PjAggregation old_official = self->results ? pj_results_get_method (self->results)
                                             : (PjAggregation) -1;
  gint64 old_edition = self->results ? pj_results_get_edition_id (self->results) : PJ_NO_ID;
  guint selected = 0;
  gboolean found = FALSE;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  /* Pending notes go to the store before the cards go. */
  g_ptr_array_set_size (self->cards, 0);
  g_clear_pointer (&self->results, pj_results_unref);
  g_clear_pointer (&self->computed, g_array_unref);

  if (self->workspace != NULL && self->edition != NULL)
    {
      self->results = pj_store_load_results (self->workspace,
                                             pj_edition_get_id (self->edition), &error);
      if (self->results == NULL)
        g_warning ("Could not load the results: %s", error->message);
    }

  if (self->results == NULL || pj_results_get_n_categories (self->results) == 0)
    {
      adw_status_page_set_description (self->empty_page,
                                       self->edition == NULL
                                       ? _("Choose an edition to see its results.")
                                       : _("This edition has no categories yet."));
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      self->updating++;
      gtk_drop_down_set_model (self->category_dropdown, NULL);
      self->updating--;
      g_list_store_remove_all (self->rows);
      pj_results_chart_set_data (self->chart, NULL, NULL, PJ_NO_ID, PJ_AGGREGATION_MEAN);
      fill_jurors (self);
      fill_cards (self);
      update_actions (self);
      return;
    }

  /* A new edition, or a new official method, starts from the official. */
  if (old_edition != pj_results_get_edition_id (self->results) ||
      old_official != pj_results_get_method (self->results))
    self->method = pj_results_get_method (self->results);
  self->computed = pj_results_compute (self->results, self->method);

  for (guint i = 0; i < pj_results_get_n_categories (self->results); i++)
    {
      const PjResultsCategory *category = pj_results_get_category (self->results, i);

      gtk_string_list_append (names, category->name);
      if (category->id == self->category_id)
        {
          selected = i;
          found = TRUE;
        }
    }
  if (!found)
    self->category_id = pj_results_get_category (self->results, 0)->id;

  self->updating++;
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->category_dropdown, selected);
  self->updating--;

  fill_method_dropdown (self);
  update_method_note (self);
  gtk_stack_set_visible_child_name (self->content_stack, "results");
  fill_jurors (self);
  update_actions (self);
  pj_results_view_show_category (self);
}

static gboolean
reload_cb (gpointer data)
{
  PjResultsView *self = data;

  self->reload_source = 0;
  pj_results_view_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_workspace_changed_cb (PjWorkspace   *workspace,
                         const char    *what,
                         PjResultsView *self)
{
  static const char * const watched[] = {
    "score", "decision", "nomination", "edition", "all", "category", "juror", "unit", NULL
  };

  if (self->own_write > 0 || !g_strv_contains (watched, what))
    return;
  /* Later: the change may come from one of the view's own widgets. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
on_category_selected_cb (GtkDropDown   *dropdown,
                         GParamSpec    *pspec,
                         PjResultsView *self)
{
  guint index = gtk_drop_down_get_selected (dropdown);

  if (self->updating > 0 || self->results == NULL ||
      index >= pj_results_get_n_categories (self->results))
    return;
  self->category_id = pj_results_get_category (self->results, index)->id;
  pj_results_view_show_category (self);
}

static void
set_method (PjResultsView *self,
            PjAggregation  method)
{
  if (self->results == NULL)
    return;
  self->method = method;
  g_clear_pointer (&self->computed, g_array_unref);
  self->computed = pj_results_compute (self->results, method);
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    if (methods[i] == method)
      {
        self->updating++;
        gtk_drop_down_set_selected (self->method_dropdown, i);
        self->updating--;
      }
  update_method_note (self);
  fill_table (self);
  pj_results_chart_set_data (self->chart, self->results, self->computed,
                             self->category_id, self->method);
}

static void
on_method_selected_cb (GtkDropDown   *dropdown,
                       GParamSpec    *pspec,
                       PjResultsView *self)
{
  guint index = gtk_drop_down_get_selected (dropdown);

  if (self->updating > 0 || index >= G_N_ELEMENTS (methods))
    return;
  set_method (self, methods[index]);
}

/* }}} */

/* Actions {{{ */

static void
select_category_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  PjResultsView *self = PJ_RESULTS_VIEW (widget);
  gint64 id = g_variant_get_int64 (param);

  for (guint i = 0; self->results && i < pj_results_get_n_categories (self->results); i++)
    if (pj_results_get_category (self->results, i)->id == id)
      {
        gtk_drop_down_set_selected (self->category_dropdown, i);
        if (self->category_id != id)
          {
            self->category_id = id;
            pj_results_view_show_category (self);
          }
        return;
      }
  g_warning ("No category %" G_GINT64_FORMAT " in this edition", id);
}

static void
set_method_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  PjAggregation method;

  if (!pj_aggregation_from_string (g_variant_get_string (param, NULL), &method))
    {
      g_warning ("No method “%s”", g_variant_get_string (param, NULL));
      return;
    }
  set_method (PJ_RESULTS_VIEW (widget), method);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PjResultsView *self = PJ_RESULTS_VIEW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (gtk_stack_get_child_by_name (self->pages, name) != NULL)
    gtk_stack_set_visible_child_name (self->pages, name);
}

static void
place_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  PjResultsView *self = PJ_RESULTS_VIEW (widget);
  const PjResultsCategory *category = current_category (self);
  const char *name = NULL;
  gint64 id;
  Card *card;
  PjPlacement placement;

  g_variant_get (param, "(x&s)", &id, &name);
  card = find_card (self, id);
  if (card == NULL || category == NULL)
    {
      g_warning ("Nomination %" G_GINT64_FORMAT " is not in this category", id);
      return;
    }
  if (g_str_equal (name, "none"))
    gtk_drop_down_set_selected (card->placement, 0);
  else if (pj_placement_from_string (name, &placement))
    gtk_drop_down_set_selected (card->placement, placement_to_index (category, placement));
  else
    g_warning ("No placement “%s”", name);
  gtk_stack_set_visible_child_name (self->pages, "decision");
}

static void
set_text_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  PjResultsView *self = PJ_RESULTS_VIEW (widget);
  const char *text = NULL;
  gint64 id;
  Card *card;

  g_variant_get (param, "(x&s)", &id, &text);
  card = find_card (self, id);
  if (card == NULL)
    {
      g_warning ("Nomination %" G_GINT64_FORMAT " is not in this category", id);
      return;
    }
  gtk_editable_set_text (g_str_equal (action_name, "results.set-reason")
                         ? card->reason : card->citation, text);
}

static void
save_decision_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PjResultsView *self = PJ_RESULTS_VIEW (widget);
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GError) error = NULL;

  if (current_category (self) == NULL)
    return;

  update_reasons (self);
  decisions = collect_decisions (self);
  if (!pj_store_save_category_decisions (self->workspace, self->category_id, decisions,
                                         &error))
    {
      set_message (self, error->message);
      if (g_error_matches (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE))
        pj_results_view_reload (self);
      return;
    }
  set_message (self, NULL);
  show_toast (self, _("Decision saved"));
}

static void
start_deliberation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  PjResultsView *self = PJ_RESULTS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!pj_store_begin_deliberation (self->workspace,
                                    pj_results_get_edition_id (self->results), &error))
    {
      show_toast (self, error->message);
      return;
    }
  show_toast (self, _("Deliberation started"));
}

static void
on_dialog_destroyed_cb (PjResultsView *self)
{
  self->dialog = NULL;
  self->dialog_entry = NULL;
}

static AdwMessageDialog *
new_dialog (PjResultsView *self,
            const char    *heading,
            const char    *body)
{
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (pj_gui_parent_window (GTK_WIDGET (self)),
                                                heading, body));

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  self->dialog = dialog;
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_dialog_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  return dialog;
}

static void
on_decided_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        PjResultsView    *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "decide") || self->results == NULL)
    return;

  if (!pj_store_mark_decided (self->workspace, pj_results_get_edition_id (self->results),
                              &error))
    {
      set_message (self, error->message);
      show_toast (self, error->message);
      return;
    }
  show_toast (self, _("The decisions are marked decided and locked"));
}

static void
mark_decided_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PjResultsView *self = PJ_RESULTS_VIEW (widget);
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  heading = g_strdup_printf (_("Mark %s %d Decided?"), pj_results_get_award_name (self->results),
                             pj_results_get_year (self->results));
  dialog = new_dialog (self, heading,
                       _("The decisions of every category are checked again and locked. "
                         "Only an organiser can reopen them, with a reason."));
  pj_gui_message_dialog_add_confirm (dialog, "decide", _("_Mark Decided"), ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decided_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reopen_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       PjResultsView    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;

  if (!g_str_equal (response, "reopen") || self->results == NULL ||
      self->dialog_entry == NULL)
    return;

  reason = pj_gui_editable_dup_stripped_text (self->dialog_entry);
  if (!pj_store_reopen_decisions (self->workspace, pj_results_get_edition_id (self->results),
                                  reason, &error))
    {
      show_toast (self, error->message);
      return;
    }
  show_toast (self, _("The decisions are reopened"));
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PjResultsView *self = PJ_RESULTS_VIEW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  dialog = new_dialog (self, _("Reopen the Decisions?"),
                       _("The edition goes back to deliberation and the placements can be "
                         "changed. The reason is kept in the audit log."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason (required)"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  self->dialog_entry = GTK_EDITABLE (entry);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reopen", _("_Reopen"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reopen", ADW_RESPONSE_DESTRUCTIVE);
  pj_gui_message_dialog_require_text (dialog, GTK_EDITABLE (entry), "reopen");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reopen_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response_cb (GtkNativeDialog *native,
                        int              response,
                        PjResultsView   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *choice;
  PjWinnersFormat format;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "format");
      format = g_strcmp0 (choice, "csv") == 0 ? PJ_WINNERS_FORMAT_CSV : PJ_WINNERS_FORMAT_XML;
      if (!pj_results_view_export_winners_to (self, file, format, &error))
        show_toast (self, error->message);
      else
        show_toast (self, _("Winners exported"));
    }
  g_clear_object (&self->chooser);
}

static void
export_winners_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PjResultsView *self = PJ_RESULTS_VIEW (widget);
  const char *options[] = { "xml", "csv", NULL };
  const char *labels[] = { _("XML"), _("CSV for Excel"), NULL };
  g_autofree char *name = NULL;

  if (self->results == NULL)
    return;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Winners"),
                                               pj_gui_parent_window (GTK_WIDGET (self)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "format", _("Format"),
                               options, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "format", "xml");
  /* TRANSLATORS: the file name proposed for the export; %s is the award, %d the year */
  name = g_strdup_printf (_("winners %s %d.xml"), pj_results_get_award_name (self->results),
                          pj_results_get_year (self->results));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* }}} */

/* Building {{{ */

static GtkWidget *
toolbar_button (const char *label,
                const char *action,
                const char *css)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (css != NULL)
    gtk_widget_add_css_class (button, css);
  return button;
}

static GtkWidget *
page_scroller (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), child);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static void
build_ui (PjResultsView *self)
{
  GtkWidget *toolbar, *label, *box, *switcher, *page, *results, *caption, *actions;

  self->root = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->root, GTK_WIDGET (self));

  /* The toolbar */
  toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (toolbar, "pj-results-toolbar");
  label = gtk_label_new_with_mnemonic (_("_Category"));
  gtk_box_append (GTK_BOX (toolbar), label);
  self->category_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->category_dropdown));
  g_signal_connect (self->category_dropdown, "notify::selected",
                    G_CALLBACK (on_category_selected_cb), self);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->category_dropdown));
  label = gtk_label_new_with_mnemonic (_("_Method"));
  gtk_widget_set_margin_start (label, 12);
  gtk_box_append (GTK_BOX (toolbar), label);
  self->method_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (self->method_dropdown));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->method_dropdown),
                               _("Compare the ranking by another method; the edition’s "
                                 "method stays official"));
  g_signal_connect (self->method_dropdown, "notify::selected",
                    G_CALLBACK (on_method_selected_cb), self);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->method_dropdown));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (toolbar), box);

  self->phase_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->phase_label), "pj-results-phase");
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->phase_label));
  self->start_button = toolbar_button (_("_Start Deliberation"),
                                       "results.start-deliberation", "suggested-action");
  gtk_box_append (GTK_BOX (toolbar), self->start_button);
  self->decided_button = toolbar_button (_("Mark _Decided…"), "results.mark-decided",
                                         "suggested-action");
  gtk_box_append (GTK_BOX (toolbar), self->decided_button);
  self->reopen_button = toolbar_button (_("_Reopen Decisions…"), "results.reopen", NULL);
  gtk_box_append (GTK_BOX (toolbar), self->reopen_button);
  self->export_button = toolbar_button (_("_Export Winners…"), "results.export-winners", NULL);
  gtk_box_append (GTK_BOX (toolbar), self->export_button);
  gtk_box_append (GTK_BOX (self->root), toolbar);

  /* Empty or results */
  self->content_stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->content_stack), TRUE);
  gtk_box_append (GTK_BOX (self->root), GTK_WIDGET (self->content_stack));

  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty_page, "view-list-ordered-symbolic");
  adw_status_page_set_title (self->empty_page, _("No Results"));
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->empty_page), "empty");

  results = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (results, "pj-results-page");
  gtk_stack_add_named (self->content_stack, results, "results");

  self->method_note = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->method_note, 0);
  gtk_label_set_wrap (self->method_note, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->method_note), "dim-label");
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->method_note));
  gtk_box_append (GTK_BOX (results), build_table (self));

  self->pages = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->pages, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->pages), TRUE);
  switcher = gtk_stack_switcher_new ();
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->pages);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (results), switcher);
  gtk_box_append (GTK_BOX (results), GTK_WIDGET (self->pages));

  /* The chart */
  page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->chart = PJ_RESULTS_CHART (pj_results_chart_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->chart), "card");
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->chart));
  caption = gtk_label_new (_("Each row is a nomination, in ranking order, on a scale of 0 to "
                             "100 points. A dot is one juror’s total, the line their range "
                             "and the bar the result; a yellow dot marks a spread above the "
                             "edition’s threshold."));
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (page), caption);
  gtk_stack_add_titled (self->pages, page_scroller (page), "chart", _("Chart"));

  /* The juror overview */
  page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  caption = gtk_label_new (_("Each juror’s average total across the edition against the "
                             "jury’s average for the same nominations: above it, a lenient "
                             "scorer; below it, a strict one."));
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (page), caption);
  self->jurors_bin = adw_bin_new ();
  gtk_widget_add_css_class (self->jurors_bin, "card");
  gtk_widget_add_css_class (self->jurors_bin, "pj-results-jurors-card");
  gtk_box_append (GTK_BOX (page), self->jurors_bin);
  gtk_stack_add_titled (self->pages, page_scroller (page), "jurors", _("Jurors"));

  /* The deliberation and decision */
  page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  self->decision_info = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->decision_info, TRUE);
  gtk_label_set_xalign (self->decision_info, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->decision_info), "dim-label");
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->decision_info));
  self->cards_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (page), self->cards_box);
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->message), "pj-results-message");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->message));
  actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_halign (actions, GTK_ALIGN_END);
  self->save_button = toolbar_button (_("_Save Decision"), "results.save-decision",
                                      "suggested-action");
  gtk_box_append (GTK_BOX (actions), self->save_button);
  gtk_box_append (GTK_BOX (page), actions);
  gtk_stack_add_titled (self->pages, page_scroller (page), "decision",
                        _("Deliberation and Decision"));
}

/* }}} */

/* GObject {{{ */

static void
pj_results_view_dispose (GObject *object)
{
  PjResultsView *self = PJ_RESULTS_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->cards != NULL)
    g_ptr_array_set_size (self->cards, 0);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_pointer (&self->root, gtk_widget_unparent);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);

  G_OBJECT_CLASS (pj_results_view_parent_class)->dispose (object);
}

static void
pj_results_view_finalize (GObject *object)
{
  PjResultsView *self = PJ_RESULTS_VIEW (object);

  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->stored, g_ptr_array_unref);
  g_clear_pointer (&self->results, pj_results_unref);
  g_clear_pointer (&self->computed, g_array_unref);
  g_clear_object (&self->rows);
  g_clear_object (&self->edition);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (pj_results_view_parent_class)->finalize (object);
}

static void
pj_results_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PjResultsView *self = PJ_RESULTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_EDITION:
      g_value_set_object (value, self->edition);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_results_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PjResultsView *self = PJ_RESULTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      if (self->workspace != NULL)
        g_signal_connect (self->workspace, "changed",
                          G_CALLBACK (on_workspace_changed_cb), self);
      break;
    case PROP_EDITION:
      pj_results_view_set_edition (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_results_view_class_init (PjResultsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_results_view_dispose;
  object_class->finalize = pj_results_view_finalize;
  object_class->get_property = pj_results_view_get_property;
  object_class->set_property = pj_results_view_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, PJ_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITION] =
    g_param_spec_object ("edition", NULL, NULL, PJ_TYPE_EDITION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pj-results-view");

  gtk_widget_class_install_action (widget_class, "results.select-category", "x",
                                   select_category_action);
  gtk_widget_class_install_action (widget_class, "results.set-method", "s",
                                   set_method_action);
  gtk_widget_class_install_action (widget_class, "results.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "results.place", "(xs)", place_action);
  gtk_widget_class_install_action (widget_class, "results.set-citation", "(xs)",
                                   set_text_action);
  gtk_widget_class_install_action (widget_class, "results.set-reason", "(xs)",
                                   set_text_action);
  gtk_widget_class_install_action (widget_class, "results.save-decision", NULL,
                                   save_decision_action);
  gtk_widget_class_install_action (widget_class, "results.start-deliberation", NULL,
                                   start_deliberation_action);
  gtk_widget_class_install_action (widget_class, "results.mark-decided", NULL,
                                   mark_decided_action);
  gtk_widget_class_install_action (widget_class, "results.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "results.export-winners", NULL,
                                   export_winners_action);
}

static void
pj_results_view_init (PjResultsView *self)
{
  pj_gui_load_css_resource ("/io/github/prisjury/Prisjury/results/results.css");
  self->category_id = PJ_NO_ID;
  self->method = PJ_AGGREGATION_MEAN;
  self->cards = g_ptr_array_new_with_free_func (card_free);
  build_ui (self);
  fill_jurors (self);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

/* }}} */

/* Public API {{{ */

GtkWidget *
pj_results_view_new (PjWorkspace *workspace)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (workspace), NULL);

  return g_object_new (PJ_TYPE_RESULTS_VIEW, "workspace", workspace, NULL);
}

PjWorkspace *
pj_results_view_get_workspace (PjResultsView *self)
{
  g_return_val_if_fail (PJ_IS_RESULTS_VIEW (self), NULL);

  return self->workspace;
}

PjEdition *
pj_results_view_get_edition (PjResultsView *self)
{
  g_return_val_if_fail (PJ_IS_RESULTS_VIEW (self), NULL);

  return self->edition;
}

void
pj_results_view_set_edition (PjResultsView *self,
                             PjEdition     *edition)
{
  g_return_if_fail (PJ_IS_RESULTS_VIEW (self));
  g_return_if_fail (edition == NULL || PJ_IS_EDITION (edition));

  if (self->edition != edition)
    {
      gboolean other = self->edition == NULL || edition == NULL ||
                       pj_edition_get_id (self->edition) != pj_edition_get_id (edition);

      g_set_object (&self->edition, edition);
      if (other)
        self->category_id = PJ_NO_ID;
      pj_results_view_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION]);
    }
}

gboolean
pj_results_view_export_winners_to (PjResultsView   *self,
                                   GFile           *file,
                                   PjWinnersFormat  format,
                                   GError         **error)
{
  g_return_val_if_fail (PJ_IS_RESULTS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->edition == NULL)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID, _("No edition is chosen"));
      return FALSE;
    }
  return pj_winners_export (self->workspace, pj_edition_get_id (self->edition), format, file,
                            NULL, NULL, error);
}

/* }}} */

/* For the tests {{{ */

guint
pj_results_view_get_n_rows (PjResultsView *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

gint64
pj_results_view_get_row_nomination (PjResultsView *self,
                                    guint          position)
{
  g_autoptr(PjResultsRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  return row ? row->r.nomination_id : PJ_NO_ID;
}

char *
pj_results_view_dup_cell_text (PjResultsView *self,
                               guint          position,
                               const char    *column)
{
  g_autoptr(PjResultsRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  return row ? row_text (row, column) : NULL;
}

gint64
pj_results_view_get_category_id (PjResultsView *self)
{
  return self->category_id;
}

PjAggregation
pj_results_view_get_method (PjResultsView *self)
{
  return self->method;
}

PjResultsChart *
pj_results_view_get_chart (PjResultsView *self)
{
  return self->chart;
}

const char *
pj_results_view_get_message (PjResultsView *self)
{
  return gtk_label_get_text (self->message);
}

gboolean
pj_results_view_reason_is_visible (PjResultsView *self,
                                   gint64         nomination_id)
{
  Card *card = find_card (self, nomination_id);

  return card != NULL && gtk_widget_get_visible (card->reason_box);
}

void
pj_results_view_focus_card (PjResultsView *self,
                            gint64         nomination_id)
{
  Card *card = find_card (self, nomination_id);

  if (card != NULL)
    gtk_widget_grab_focus (gtk_widget_get_visible (card->reason_box)
                           ? GTK_WIDGET (card->reason) : GTK_WIDGET (card->citation));
}

AdwMessageDialog *
pj_results_view_get_open_dialog (PjResultsView *self)
{
  return self->dialog;
}

GtkEditable *
pj_results_view_get_dialog_entry (PjResultsView *self)
{
  return self->dialog_entry;
}

/* }}} */
