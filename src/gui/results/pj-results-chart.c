/* pj-results-chart.c: one category's totals, a row per nomination
 *
 * Drawn with GtkSnapshot: a legend on top, then one row per nomination in
 * ranking order with its rank and title on the left and, on a 0–100 axis,
 * a dot for each juror's total, a thin line over their range and a bar at
 * the result, whose value is written at the right end. The axis and its
 * labels run along the bottom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-results-chart"

#include "config.h"

#include "pj-results-chart.h"

#include <glib/gi18n.h>

#define LABEL_WIDTH   340
#define RIGHT_WIDTH    72
#define LEGEND_HEIGHT  36
#define AXIS_HEIGHT    30
#define ROW_HEIGHT     38
#define DOT_RADIUS      5.5f
#define PAD            12

typedef struct
{
  gint64    nomination_id;
  guint     rank;
  char     *title;
  gboolean  has_result;
  gboolean  disagreement;
  double    result;
  double    min;
  double    max;
  GArray   *dots;  /* double */
} ChartRow;

struct _PjResultsChart
{
  GtkWidget  parent_instance;

  GPtrArray *rows;  /* ChartRow */
  char      *method_label;
};

G_DEFINE_FINAL_TYPE (PjResultsChart, pj_results_chart, GTK_TYPE_WIDGET)

static void
chart_row_free (gpointer data)
{
  ChartRow *row = data;

  g_free (row->title);
  g_array_unref (row->dots);
  g_free (row);
}

/* Colours ------------------------------------------------------------------ */

static GdkRGBA
fg_color (GtkWidget *widget,
          float      alpha)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  color.alpha *= alpha;
  return color;
}

/* The dots: GNOME blue. The result: GNOME orange, darker in the dark. */
static const GdkRGBA dot_color = { 0.208f, 0.518f, 0.894f, 0.78f };
static const GdkRGBA result_color = { 0.902f, 0.380f, 0.0f, 1.0f };
static const GdkRGBA warning_color = { 0.898f, 0.647f, 0.039f, 1.0f };

/* Drawing ------------------------------------------------------------------ */

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             float          x,
             float          y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
append_dot (GtkSnapshot   *snapshot,
            float          cx,
            float          cy,
            float          radius,
            const GdkRGBA *color)
{
  GskRoundedRect rect;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (cx - radius, cy - radius,
                                               2 * radius, 2 * radius);

  gsk_rounded_rect_init_from_rect (&rect, &bounds, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &bounds);
  gtk_snapshot_pop (snapshot);
}

static float
x_of (double points,
      float  x0,
      float  x1)
{
  return x0 + (float) (CLAMP (points, 0.0, 100.0) / 100.0) * (x1 - x0);
}

static void
snapshot_legend (PjResultsChart *self,
                 GtkSnapshot    *snapshot,
                 float           x0)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA text = fg_color (widget, 0.8f);
  g_autoptr(PangoLayout) dots = NULL;
  g_autoptr(PangoLayout) result = NULL;
  g_autofree char *result_text = NULL;
  int w, h;
  float x = x0, y = 10;

  dots = gtk_widget_create_pango_layout (widget, _("A juror’s total"));
  append_dot (snapshot, x + DOT_RADIUS, y + 8, DOT_RADIUS, &dot_color);
  x += 2 * DOT_RADIUS + 6;
  append_text (snapshot, dots, x, y, &text);
  pango_layout_get_pixel_size (dots, &w, &h);
  x += w + 24;

  /* TRANSLATORS: the legend of the result mark; %s is a method, "Mean" */
  result_text = g_strdup_printf (_("Result (%s)"), self->method_label ? self->method_label : "");
  result = gtk_widget_create_pango_layout (widget, result_text);
  gtk_snapshot_append_color (snapshot, &result_color,
                             &GRAPHENE_RECT_INIT (x, y, 3, 16));
  x += 10;
  append_text (snapshot, result, x, y, &text);
}

static void
pj_results_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  PjResultsChart *self = PJ_RESULTS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  float x0 = LABEL_WIDTH, x1 = width - RIGHT_WIDTH;
  float top = LEGEND_HEIGHT, bottom;
  GdkRGBA text = fg_color (widget, 1.0f);
  GdkRGBA dim = fg_color (widget, 0.55f);
  GdkRGBA stripe = fg_color (widget, 0.035f);
  GdkRGBA grid = fg_color (widget, 0.08f);
  GdkRGBA grid_strong = fg_color (widget, 0.2f);
  GdkRGBA range = fg_color (widget, 0.35f);

  if (x1 - x0 < 100 || self->rows->len == 0)
    return;

  bottom = top + self->rows->len * ROW_HEIGHT;
  snapshot_legend (self, snapshot, x0);

  /* Stripes */
  for (guint i = 0; i < self->rows->len; i += 2)
    gtk_snapshot_append_color (snapshot, &stripe,
                               &GRAPHENE_RECT_INIT (0, top + i * ROW_HEIGHT,
                                                    width, ROW_HEIGHT));

  /* Grid and axis */
  for (int v = 0; v <= 100; v += 10)
    {
      float x = x_of (v, x0, x1);
      gboolean strong = v % 50 == 0;

      gtk_snapshot_append_color (snapshot, strong ? &grid_strong : &grid,
                                 &GRAPHENE_RECT_INIT (x - 0.5f, top, 1, bottom - top));
      if (v % 20 == 0 || v == 50)
        {
          g_autofree char *label = g_strdup_printf ("%d", v);
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, label);
          int w, h;

          pango_layout_get_pixel_size (layout, &w, &h);
          append_text (snapshot, layout, x - w / 2.0f, bottom + 6, &dim);
        }
    }
  gtk_snapshot_append_color (snapshot, &grid_strong,
                             &GRAPHENE_RECT_INIT (x0, bottom, x1 - x0, 1));

  for (guint i = 0; i < self->rows->len; i++)
    {
      ChartRow *row = g_ptr_array_index (self->rows, i);
      float y = top + i * ROW_HEIGHT, cy = y + ROW_HEIGHT / 2.0f;
      g_autofree char *rank = row->rank > 0 ? g_strdup_printf ("%u", row->rank)
                                            : g_strdup ("–");
      g_autoptr(PangoLayout) rank_layout = gtk_widget_create_pango_layout (widget, rank);
      g_autoptr(PangoLayout) title = gtk_widget_create_pango_layout (widget, row->title);
      int w, h;

      pango_layout_get_pixel_size (rank_layout, &w, &h);
      append_text (snapshot, rank_layout, PAD + 20 - w, cy - h / 2.0f, &dim);

      pango_layout_set_width (title, (LABEL_WIDTH - PAD - 36 - 16) * PANGO_SCALE);
      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (title, &w, &h);
      append_text (snapshot, title, PAD + 32, cy - h / 2.0f, &text);

      if (!row->has_result)
        {
          g_autoptr(PangoLayout) none =
            gtk_widget_create_pango_layout (widget, _("No totals yet"));

          pango_layout_get_pixel_size (none, &w, &h);
          append_text (snapshot, none, x0 + 8, cy - h / 2.0f, &dim);
          continue;
        }

      /* Range */
      gtk_snapshot_append_color (snapshot, &range,
                                 &GRAPHENE_RECT_INIT (x_of (row->min, x0, x1), cy - 1,
                                                      x_of (row->max, x0, x1) -
                                                      x_of (row->min, x0, x1), 2));
      /* Dots */
      for (guint d = 0; d < row->dots->len; d++)
        append_dot (snapshot, x_of (g_array_index (row->dots, double, d), x0, x1),
                    cy, DOT_RADIUS, &dot_color);

      /* Result */
      gtk_snapshot_append_color (snapshot, &result_color,
                                 &GRAPHENE_RECT_INIT (x_of (row->result, x0, x1) - 1.5f,
                                                      y + 6, 3, ROW_HEIGHT - 12));
      {
        g_autofree char *value = pj_results_chart_format_points (row->result);
        g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, value);
        PangoAttrList *attrs = pango_attr_list_new ();

        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
        pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
        pango_layout_set_attributes (layout, attrs);
        pango_attr_list_unref (attrs);
        pango_layout_get_pixel_size (layout, &w, &h);
        append_text (snapshot, layout, width - PAD - w, cy - h / 2.0f, &text);
        if (row->disagreement)
          append_dot (snapshot, width - PAD - w - 10, cy, 4, &warning_color);
      }
    }
}

static void
pj_results_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  PjResultsChart *self = PJ_RESULTS_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = LABEL_WIDTH + RIGHT_WIDTH + 200;
      *natural = LABEL_WIDTH + RIGHT_WIDTH + 560;
    }
  else
    {
      *minimum = *natural = self->rows->len == 0
        ? 0 : LEGEND_HEIGHT + self->rows->len * ROW_HEIGHT + AXIS_HEIGHT;
    }
}

static void
pj_results_chart_finalize (GObject *object)
{
  PjResultsChart *self = PJ_RESULTS_CHART (object);

  g_ptr_array_unref (self->rows);
  g_free (self->method_label);

  G_OBJECT_CLASS (pj_results_chart_parent_class)->finalize (object);
}

static void
pj_results_chart_class_init (PjResultsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pj_results_chart_finalize;
  widget_class->snapshot = pj_results_chart_snapshot;
  widget_class->measure = pj_results_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "pj-results-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pj_results_chart_init (PjResultsChart *self)
{
  self->rows = g_ptr_array_new_with_free_func (chart_row_free);
}

/* Public API */

char *
pj_results_chart_format_points (double points)
{
  /* From the rounded hundredths, so the text agrees with ties and ranks */
  gint64 hundredths = pj_scoring_hundredths (points);

  return g_strdup_printf ("%.2f", (double) hundredths / 100.0);
}

GtkWidget *
pj_results_chart_new (void)
{
  return g_object_new (PJ_TYPE_RESULTS_CHART, NULL);
}

void
pj_results_chart_set_data (PjResultsChart *self,
                           PjResults      *results,
                           GArray         *computed,
                           gint64          category_id,
                           PjAggregation   method)
{
  const PjJurorTotal *totals;
  guint n_totals = 0, first = 0, n;

  g_return_if_fail (PJ_IS_RESULTS_CHART (self));

  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->method_label, g_free);

  if (results != NULL && computed != NULL)
    {
      self->method_label = g_strdup (pj_aggregation_to_label (method));
      totals = pj_results_get_totals (results, &n_totals);
      n = pj_results_category_span (computed, category_id, &first);
      for (guint i = first; i < first + n; i++)
        {
          const PjNominationResult *r = &g_array_index (computed, PjNominationResult, i);
          const PjResultsNomination *nom = pj_results_find_nomination (results,
                                                                       r->nomination_id);
          ChartRow *row = g_new0 (ChartRow, 1);

          row->nomination_id = r->nomination_id;
          row->rank = r->rank;
          row->title = g_strdup (nom ? nom->title : "");
          row->has_result = r->has_result;
          row->disagreement = r->disagreement;
          row->result = r->result;
          row->min = r->min;
          row->max = r->max;
          row->dots = g_array_new (FALSE, FALSE, sizeof (double));
          for (guint t = 0; t < n_totals; t++)
            if (totals[t].nomination_id == r->nomination_id &&
                totals[t].outcome == PJ_SHEET_OUTCOME_TOTAL)
              g_array_append_val (row->dots, totals[t].total);
          g_ptr_array_add (self->rows, row);
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Each juror’s total per nomination, and the result"),
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
pj_results_chart_get_n_rows (PjResultsChart *self)
{
  g_return_val_if_fail (PJ_IS_RESULTS_CHART (self), 0);

  return self->rows->len;
}

gint64
pj_results_chart_get_row_nomination (PjResultsChart *self,
                                     guint           row)
{
  g_return_val_if_fail (PJ_IS_RESULTS_CHART (self), PJ_NO_ID);

  if (row >= self->rows->len)
    return PJ_NO_ID;
  return ((ChartRow *) g_ptr_array_index (self->rows, row))->nomination_id;
}
