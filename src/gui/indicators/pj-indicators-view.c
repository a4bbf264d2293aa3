/* pj-indicators-view.c: the entrants indicator as bar charts
 *
 * The nominations entered in an edition by category, unit type,
 * administration, innovation class and sub-strategy, each a horizontal bar
 * chart drawn with GtkSnapshot. "All editions" shows every edition of the
 * award, one bar per year in each row. "Export as CSV…" writes what is
 * shown, for Excel. The view reloads when the workspace changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-indicators-view"

#include "config.h"

#include "pj-indicators-view.h"
#include "pj-indicators-view-private.h"
#include "pj-gui-util.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#define BAR_HEIGHT     14.0
#define BAR_GAP        2.0
#define ROW_GAP        8.0
#define LABEL_GAP      12.0
#define COUNT_WIDTH    44.0
#define LEGEND_HEIGHT  22.0

/* The chart {{{ */

#define PJ_TYPE_INDICATORS_CHART (pj_indicators_chart_get_type ())
G_DECLARE_FINAL_TYPE (PjIndicatorsChart, pj_indicators_chart, PJ, INDICATORS_CHART, GtkWidget)

struct _PjIndicatorsChart
{
  GtkWidget             parent_instance;

  PjIndicators         *indicators;
  PjIndicatorDimension  dimension;
  double                shared_label_width;  /* the widest label of every chart */
};

G_DEFINE_FINAL_TYPE (PjIndicatorsChart, pj_indicators_chart, GTK_TYPE_WIDGET)

static guint
chart_n_editions (PjIndicatorsChart *self)
{
  return self->indicators != NULL ? pj_indicators_get_n_editions (self->indicators) : 0;
}

static guint
chart_n_rows (PjIndicatorsChart *self)
{
  return self->indicators != NULL
         ? pj_indicators_get_n_rows (self->indicators, self->dimension) : 0;
}

static double
chart_legend_height (PjIndicatorsChart *self)
{
  return chart_n_editions (self) > 1 ? LEGEND_HEIGHT : 0;
}

static double
chart_row_height (PjIndicatorsChart *self)
{
  guint n = MAX (chart_n_editions (self), 1);

  return n * BAR_HEIGHT + (n - 1) * BAR_GAP;
}

/* The widest label of this chart, in pixels. */
static double
chart_widest_label (PjIndicatorsChart *self)
{
  double widest = 0;

  for (guint r = 0; r < chart_n_rows (self); r++)
    {
      g_autoptr(PangoLayout) layout =
        gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                        pj_indicators_get_row_label (self->indicators,
                                                                     self->dimension, r));
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/* The charts of a view line up: their labels share one width. */
static double
chart_label_width (PjIndicatorsChart *self,
                   int                width)
{
  double widest = MAX (self->shared_label_width, chart_widest_label (self));

  return MIN (widest, width * 0.4);
}

static guint
chart_max_count (PjIndicatorsChart *self)
{
  guint max = 0;

  for (guint r = 0; r < chart_n_rows (self); r++)
    for (guint e = 0; e < chart_n_editions (self); e++)
      max = MAX (max, pj_indicators_get_count (self->indicators, self->dimension, r, e));
  return max;
}

/* The bars at @width: the same numbers for drawing and for the tests. */
static GArray *
chart_compute_bars (PjIndicatorsChart *self,
                    int                width,
                    double            *label_width_out)
{
  GArray *bars = g_array_new (FALSE, TRUE, sizeof (PjIndicatorsBar));
  double label_width = chart_label_width (self, width);
  double area = MAX (width - label_width - LABEL_GAP - COUNT_WIDTH, 10.0);
  guint max = chart_max_count (self);

  for (guint r = 0; r < chart_n_rows (self); r++)
    for (guint e = 0; e < chart_n_editions (self); e++)
      {
        PjIndicatorsBar bar = { 0 };

        bar.row = r;
        bar.edition = e;
        bar.year = pj_indicators_get_year (self->indicators, e);
        bar.count = pj_indicators_get_count (self->indicators, self->dimension, r, e);
        bar.width = max > 0 ? area * bar.count / max : 0;
        g_array_append_val (bars, bar);
      }
  if (label_width_out != NULL)
    *label_width_out = label_width;
  return bars;
}

/* Older years lighter, the latest in the accent blue. */
static void
year_colour (guint    edition,
             guint    n_editions,
             GdkRGBA *colour)
{
  static const GdkRGBA light = { 0.60, 0.76, 0.95, 1.0 };
  static const GdkRGBA dark = { 0.11, 0.44, 0.85, 1.0 };
  double t = n_editions > 1 ? (double) edition / (n_editions - 1) : 1.0;

  colour->red = light.red + t * (dark.red - light.red);
  colour->green = light.green + t * (dark.green - light.green);
  colour->blue = light.blue + t * (dark.blue - light.blue);
  colour->alpha = 1.0;
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *colour)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
}

static void
pj_indicators_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  PjIndicatorsChart *self = PJ_INDICATORS_CHART (widget);
  int width = gtk_widget_get_width (widget);
  guint n_editions = chart_n_editions (self);
  double label_width, row_height, top;
  g_autoptr(GArray) bars = NULL;
  GdkRGBA fg, quiet;

  if (self->indicators == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  quiet = fg;
  quiet.alpha *= 0.55;

  bars = chart_compute_bars (self, width, &label_width);
  row_height = chart_row_height (self);
  top = chart_legend_height (self);

  /* Legend: one swatch per year */
  if (n_editions > 1)
    {
      double x = label_width + LABEL_GAP;

      for (guint e = 0; e < n_editions; e++)
        {
          g_autofree char *year = g_strdup_printf ("%d",
                                                   pj_indicators_get_year (self->indicators,
                                                                           e));
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, year);
          GdkRGBA colour;
          int w, h;

          year_colour (e, n_editions, &colour);
          pango_layout_get_pixel_size (layout, &w, &h);
          gtk_snapshot_append_color (snapshot, &colour,
                                     &GRAPHENE_RECT_INIT (x, (h - 10) / 2.0, 10, 10));
          append_text (snapshot, layout, x + 14, 0, &fg);
          x += 14 + w + 16;
        }
    }

  for (guint i = 0; i < bars->len; i++)
    {
      const PjIndicatorsBar *bar = &g_array_index (bars, PjIndicatorsBar, i);
      double y = top + bar->row * (row_height + ROW_GAP) + bar->edition * (BAR_HEIGHT + BAR_GAP);
      double x = label_width + LABEL_GAP;
      g_autofree char *count = g_strdup_printf ("%u", bar->count);
      g_autoptr(PangoLayout) count_layout = gtk_widget_create_pango_layout (widget, count);
      GdkRGBA colour;
      int h;

      if (bar->edition == 0)
        {
          const char *label = pj_indicators_get_row_label (self->indicators, self->dimension,
                                                           bar->row);
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, label);
          int lh;

          pango_layout_set_width (layout, (int) (label_width * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
          pango_layout_get_pixel_size (layout, NULL, &lh);
          append_text (snapshot, layout, 0, y + (row_height - lh) / 2.0, &fg);
        }

      year_colour (bar->edition, n_editions, &colour);
      if (bar->width > 0)
        gtk_snapshot_append_color (snapshot, &colour,
                                   &GRAPHENE_RECT_INIT (x, y, MAX (bar->width, 2.0),
                                                        BAR_HEIGHT));
      pango_layout_get_pixel_size (count_layout, NULL, &h);
      append_text (snapshot, count_layout, x + bar->width + 6, y + (BAR_HEIGHT - h) / 2.0,
                   bar->count > 0 ? &fg : &quiet);
    }
}

static void
pj_indicators_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  PjIndicatorsChart *self = PJ_INDICATORS_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 560;
    }
  else
    {
      guint n = chart_n_rows (self);
      double h = chart_legend_height (self) + n * chart_row_height (self)
                 + (n > 0 ? (n - 1) * ROW_GAP : 0);

      *minimum = *natural = (int) ceil (h);
    }
}

static void
pj_indicators_chart_dispose (GObject *object)
{
  PjIndicatorsChart *self = PJ_INDICATORS_CHART (object);

  g_clear_pointer (&self->indicators, pj_indicators_unref);
  G_OBJECT_CLASS (pj_indicators_chart_parent_class)->dispose (object);
}

static void
pj_indicators_chart_class_init (PjIndicatorsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_indicators_chart_dispose;
  widget_class->snapshot = pj_indicators_chart_snapshot;
  widget_class->measure = pj_indicators_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pj_indicators_chart_init (PjIndicatorsChart *self)
{
}

/* A plain-text account of the chart for screen readers. */
static void
chart_update_description (PjIndicatorsChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint r = 0; r < chart_n_rows (self); r++)
    {
      if (r > 0)
        g_string_append (text, "; ");
      g_string_append (text, pj_indicators_get_row_label (self->indicators, self->dimension, r));
      for (guint e = 0; e < chart_n_editions (self); e++)
        {
          if (chart_n_editions (self) > 1)
            g_string_append_printf (text, " %d:", pj_indicators_get_year (self->indicators, e));
          g_string_append_printf (text, " %u",
                                  pj_indicators_get_count (self->indicators, self->dimension,
                                                           r, e));
        }
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pj_indicator_dimension_to_label (self->dimension),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

static void
pj_indicators_chart_set (PjIndicatorsChart *self,
                         PjIndicators      *indicators)
{
  g_clear_pointer (&self->indicators, pj_indicators_unref);
  if (indicators != NULL)
    self->indicators = pj_indicators_ref (indicators);
  if (self->indicators != NULL)
    chart_update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* }}} */

/* The view {{{ */

struct _PjIndicatorsView
{
  GtkWidget          parent_instance;

  PjWorkspace       *ws;
  PjEdition         *edition;
  PjIndicators      *indicators;

  GtkWidget         *box;
  GtkWidget         *summary;
  GtkWidget         *across;
  GtkWidget         *export_button;
  GtkWidget         *stack;
  GtkWidget         *charts[PJ_N_INDICATOR_DIMENSIONS];
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PjIndicatorsView, pj_indicators_view, GTK_TYPE_WIDGET)

static void
reload (PjIndicatorsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  gboolean across = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->across));

  g_clear_pointer (&self->indicators, pj_indicators_unref);
  if (self->edition != NULL)
    {
      if (across)
        self->indicators = pj_store_indicators_for_award (self->ws,
                                                          pj_edition_get_award_id (self->edition),
                                                          &error);
      else
        self->indicators = pj_store_indicators_for_edition (self->ws,
                                                            pj_edition_get_id (self->edition),
                                                            &error);
      if (self->indicators == NULL)
        g_warning ("Could not read the entrants indicator: %s", error->message);
    }

  for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
    pj_indicators_chart_set (PJ_INDICATORS_CHART (self->charts[d]), self->indicators);
  {
    double widest = 0;

    for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
      widest = MAX (widest, chart_widest_label (PJ_INDICATORS_CHART (self->charts[d])));
    for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
      PJ_INDICATORS_CHART (self->charts[d])->shared_label_width = widest;
  }

  if (self->indicators != NULL)
    {
      guint n = pj_indicators_get_n_editions (self->indicators);

      for (guint e = 0; e < n; e++)
        {
          guint total = pj_indicators_get_total (self->indicators, e);

          if (e > 0)
            g_string_append (summary, " · ");
          g_string_append_printf (summary,
                                  /* Translators: "2025: 10 nominations" */
                                  g_dngettext (GETTEXT_PACKAGE, "%d: %u nomination",
                                               "%d: %u nominations", total),
                                  pj_indicators_get_year (self->indicators, e), total);
        }
    }
  gtk_label_set_text (GTK_LABEL (self->summary), summary->str);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack),
                                    self->indicators != NULL ? "charts" : "empty");
  gtk_widget_set_sensitive (self->export_button, self->indicators != NULL);
  gtk_widget_set_sensitive (self->across, self->edition != NULL);
}

static void
workspace_changed_cb (PjWorkspace      *ws,
                      const char       *what,
                      PjIndicatorsView *self)
{
  if (self->edition != NULL)
    reload (self);
}

static void
across_toggled_cb (GtkToggleButton  *button,
                   PjIndicatorsView *self)
{
  reload (self);
}

static void
chooser_response_cb (GtkNativeDialog  *dialog,
                     int               response,
                     PjIndicatorsView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (!pj_indicators_view_export_to (self, file, &error))
        pj_gui_show_message (pj_gui_parent_window (GTK_WIDGET (self)), _("Could Not Export"),
                             error->message);
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PjIndicatorsView *self = PJ_INDICATORS_VIEW (widget);
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->indicators == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Entrants as CSV"),
                                               pj_gui_parent_window (widget),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* Translators: a file name, "Förnyelsepriset entrants.csv" */
  name = g_strdup_printf (_("%s entrants.csv"), pj_indicators_get_award_name (self->indicators));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
pj_indicators_view_dispose (GObject *object)
{
  PjIndicatorsView *self = PJ_INDICATORS_VIEW (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->indicators, pj_indicators_unref);
  g_clear_object (&self->edition);
  g_clear_object (&self->ws);
  G_OBJECT_CLASS (pj_indicators_view_parent_class)->dispose (object);
}

static void
pj_indicators_view_class_init (PjIndicatorsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_indicators_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "indicatorsview");
  gtk_widget_class_install_action (widget_class, "indicators.export-csv", NULL, export_action);
}

static GtkWidget *
build_header (PjIndicatorsView *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (_("Entrants"));

  gtk_widget_add_css_class (title, "title-4");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  self->summary = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->summary, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_box_append (GTK_BOX (titles), title);
  gtk_box_append (GTK_BOX (titles), self->summary);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (header), titles);

  self->across = gtk_toggle_button_new_with_mnemonic (_("_All Editions"));
  gtk_widget_set_tooltip_text (self->across,
                               _("Compare every edition of the award, year by year"));
  gtk_widget_set_valign (self->across, GTK_ALIGN_CENTER);
  g_signal_connect (self->across, "toggled", G_CALLBACK (across_toggled_cb), self);
  gtk_box_append (GTK_BOX (header), self->across);

  self->export_button = gtk_button_new_with_mnemonic (_("_Export as CSV…"));
  gtk_widget_set_valign (self->export_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->export_button),
                                  "indicators.export-csv");
  gtk_box_append (GTK_BOX (header), self->export_button);
  return header;
}

static void
pj_indicators_view_init (PjIndicatorsView *self)
{
  GtkWidget *scrolled, *clamp, *charts, *empty;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  charts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (charts, 18);
  gtk_widget_set_margin_bottom (charts, 24);
  gtk_widget_set_margin_start (charts, 12);
  gtk_widget_set_margin_end (charts, 12);
  gtk_box_append (GTK_BOX (charts), build_header (self));

  for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
    {
      GtkWidget *heading = gtk_label_new (pj_indicator_dimension_to_label (d));

      gtk_widget_add_css_class (heading, "heading");
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_set_margin_top (heading, 18);
      gtk_widget_set_margin_bottom (heading, 6);
      gtk_box_append (GTK_BOX (charts), heading);

      self->charts[d] = g_object_new (PJ_TYPE_INDICATORS_CHART, NULL);
      PJ_INDICATORS_CHART (self->charts[d])->dimension = d;
      gtk_box_append (GTK_BOX (charts), self->charts[d]);
    }

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  adw_clamp_set_child (ADW_CLAMP (clamp), charts);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);

  empty = adw_status_page_new ();
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Edition"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Choose an edition to see its entrants."));

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "charts");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
  gtk_box_append (GTK_BOX (self->box), self->stack);

  gtk_widget_set_sensitive (self->export_button, FALSE);
  gtk_widget_set_sensitive (self->across, FALSE);
}

GtkWidget *
pj_indicators_view_new (PjWorkspace *ws)
{
  PjIndicatorsView *self;

  g_return_val_if_fail (ws != NULL, NULL);

  self = g_object_new (PJ_TYPE_INDICATORS_VIEW, NULL);
  self->ws = g_object_ref (ws);
  g_signal_connect_object (ws, "changed", G_CALLBACK (workspace_changed_cb), self, 0);
  return GTK_WIDGET (self);
}

void
pj_indicators_view_set_edition (PjIndicatorsView *self,
                                PjEdition        *edition)
{
  g_return_if_fail (PJ_IS_INDICATORS_VIEW (self));
  g_return_if_fail (edition == NULL || PJ_IS_EDITION (edition));

  g_set_object (&self->edition, edition);
  reload (self);
}

PjIndicators *
pj_indicators_view_get_indicators (PjIndicatorsView *self)
{
  g_return_val_if_fail (PJ_IS_INDICATORS_VIEW (self), NULL);

  return self->indicators;
}

gboolean
pj_indicators_view_get_across_editions (PjIndicatorsView *self)
{
  g_return_val_if_fail (PJ_IS_INDICATORS_VIEW (self), FALSE);

  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->across));
}

GtkWidget *
pj_indicators_view_get_part (PjIndicatorsView *self,
                             const char       *name)
{
  g_return_val_if_fail (PJ_IS_INDICATORS_VIEW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "across"))
    return self->across;
  if (g_str_equal (name, "export"))
    return self->export_button;
  if (g_str_equal (name, "summary"))
    return self->summary;
  if (g_str_has_prefix (name, "chart-"))
    for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
      if (g_str_equal (name + 6, pj_indicator_dimension_to_string (d)))
        return self->charts[d];
  return NULL;
}

GArray *
pj_indicators_view_dup_bars (PjIndicatorsView     *self,
                             PjIndicatorDimension  dimension)
{
  GtkWidget *chart;

  g_return_val_if_fail (PJ_IS_INDICATORS_VIEW (self), NULL);
  g_return_val_if_fail (dimension < PJ_N_INDICATOR_DIMENSIONS, NULL);

  chart = self->charts[dimension];
  return chart_compute_bars (PJ_INDICATORS_CHART (chart), gtk_widget_get_width (chart), NULL);
}

gboolean
pj_indicators_view_export_to (PjIndicatorsView  *self,
                              GFile             *file,
                              GError           **error)
{
  PjIndicators *list[1];

  g_return_val_if_fail (PJ_IS_INDICATORS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->indicators == NULL)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID, _("Choose an edition first."));
      return FALSE;
    }
  list[0] = self->indicators;
  return pj_indicators_export_csv (list, 1, file, NULL, error);
}

/* }}} */
