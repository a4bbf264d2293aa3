/* pj-jury-view.c: the organiser's jury overview: coverage, assignments and
 * conflicts of interest (jäv)
 *
 * Three pages in an AdwViewStack. Coverage lists the nominations in scoring
 * with their jurors against the edition's minimum (K) and each juror's
 * load; Distribute tops nominations up to K in a thread with its own
 * connection to the workspace. Assignments shows one nomination's jurors
 * and adds or removes them by hand. Conflicts lists every conflict of
 * interest with its history, and adds and lifts them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-jury-view"

#include "config.h"

#include "pj-jury-view.h"
#include "pj-jury-view-private.h"
#include "pj-gui-util.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pj-ballot-import-dialog.h"
#include "pj-store-assignment.h"
#include "pj-store-nomination.h"
#include "pj-store-scoring.h"

/* Rows {{{ */

/* One row of a table: a nomination's coverage, a juror's load or a
 * conflict. Plain fields: only this file reads them. */
#define PJ_TYPE_JURY_ROW (pj_jury_row_get_type ())
G_DECLARE_FINAL_TYPE (PjJuryRow, pj_jury_row, PJ, JURY_ROW, GObject)

struct _PjJuryRow
{
  GObject     parent_instance;

  gint64      id;            /* nomination, juror or conflict */
  char       *title;         /* nomination title, juror name */
  char       *title_key;
  char       *category;      /* nominations: the category's name */
  char       *category_key;
  gint64      category_id;
  guint       assigned;
  guint       submitted;
  guint       drafts;
  guint       abstained;
  guint       load;
  gboolean    below_k;
  PjConflict *conflict;      /* conflicts */
  char       *nomination_key;
};

G_DEFINE_FINAL_TYPE (PjJuryRow, pj_jury_row, G_TYPE_OBJECT)

static void
pj_jury_row_finalize (GObject *object)
{
  PjJuryRow *self = PJ_JURY_ROW (object);

  g_free (self->title);
  g_free (self->title_key);
  g_free (self->category);
  g_free (self->category_key);
  g_free (self->nomination_key);
  g_clear_object (&self->conflict);
  G_OBJECT_CLASS (pj_jury_row_parent_class)->finalize (object);
}

static void
pj_jury_row_class_init (PjJuryRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pj_jury_row_finalize;
}

static void
pj_jury_row_init (PjJuryRow *self)
{
  self->category_id = PJ_NO_ID;
}

static char *
sort_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);

  return g_utf8_collate_key (folded, -1);
}

/* Collation keys are the slow part of loading a large edition: names
 * repeat (a juror has many conflicts, a category many nominations), so
 * each distinct text gets its key once per load. */
static char *
cached_sort_key (GHashTable *cache,
                 const char *text)
{
  const char *key;

  if (text == NULL)
    text = "";
  key = g_hash_table_lookup (cache, text);
  if (key == NULL)
    {
      key = sort_key (text);
      g_hash_table_insert (cache, g_strdup (text), (char *) key);
    }
  return g_strdup (key);
}

static PjJuryRow *
row_new (gint64      id,
         const char *title,
         GHashTable *keys)
{
  PjJuryRow *row = g_object_new (PJ_TYPE_JURY_ROW, NULL);

  row->id = id;
  row->title = g_strdup (title != NULL ? title : "");
  row->title_key = cached_sort_key (keys, row->title);
  return row;
}

/* }}} */

/* Tables {{{ */

typedef enum
{
  TABLE_NOMINATIONS,
  TABLE_JURORS,
  TABLE_CONFLICTS,
  N_TABLES
} TableId;

typedef enum
{
  CELL_TEXT,
  CELL_NUMBER,
  CELL_ASSIGNED,   /* a number with a warning below K */
  CELL_LOAD,       /* a number with a bar against the mean */
  CELL_STATUS,     /* a pill: active or lifted */
} CellKind;

typedef char *(*CellText) (PjJuryView *self, PjJuryRow *row);

typedef struct
{
  const char       *id;
  const char       *title;
  CellText          text;
  GCompareDataFunc  compare;
  CellKind          kind;
  gboolean          expand;
  int               width;
} ColumnSpec;

typedef struct
{
  PjJuryView         *view;
  TableId             id;
  const ColumnSpec   *specs;
  guint               n_specs;
  GListStore         *store;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GtkWidget          *columns;
  GtkWidget          *state_stack;
} Table;

typedef struct
{
  PjJuryView       *view;
  const ColumnSpec *spec;
} CellInfo;

/* }}} */

/* What a reload reads again: the coverage always, the conflicts only when
 * they may have changed (a large edition has tens of thousands). */
typedef enum
{
  RELOAD_COVERAGE  = 1 << 0,
  RELOAD_CONFLICTS = 1 << 1,
  RELOAD_ALL       = RELOAD_COVERAGE | RELOAD_CONFLICTS,
} ReloadWhat;

struct _PjJuryView
{
  GtkWidget           parent_instance;

  PjWorkspace        *workspace;
  PjEdition          *edition;

  GtkWidget          *main_stack;      /* "content" or "no-edition" */
  GtkWidget          *view_stack;

  Table               tables[N_TABLES];
  GHashTable         *juror_rows;      /* gint64* -> PjJuryRow* (in tables[TABLE_JURORS]) */
  guint               k;
  guint               n_below_k;
  double              mean_load;
  guint               min_load;
  guint               max_load;

  /* Coverage */
  GtkWidget          *summary_label;
  GtkWidget          *summary_icon;
  GtkWidget          *below_k_check;
  GtkWidget          *distribute_button;
  GtkWidget          *spinner;

  /* Assignments */
  GtkWidget          *search_entry;
  GtkCustomFilter    *search_filter;
  GtkFilterListModel *search_filtered;
  GtkSingleSelection *nomination_selection;
  GtkWidget          *nomination_list;
  GtkWidget          *detail_stack;
  GtkWidget          *detail_title;
  GtkWidget          *detail_subtitle;
  GtkWidget          *assigned_list;
  GtkWidget          *assign_button;
  gint64              current_nomination;

  /* Conflicts */
  GtkWidget          *show_lifted_check;
  GtkWidget          *conflict_stack;
  GtkWidget          *conflict_title;
  GtkWidget          *conflict_facts;
  GtkWidget          *lift_button;
  GtkWidget          *history_list;
  gint64              current_conflict;

  AdwMessageDialog   *dialog;          /* weak */
  AdwToast           *last_toast;      /* weak */
  GCancellable       *cancellable;
  gboolean            busy;
  gboolean            syncing;
  guint               reload_idle;
  ReloadWhat          reload_pending;
};

G_DEFINE_FINAL_TYPE (PjJuryView, pj_jury_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_EDITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload_some (PjJuryView *self, ReloadWhat what);
static void reload (PjJuryView *self);
static void update_actions (PjJuryView *self);
static void update_assignment_detail (PjJuryView *self);
static void update_conflict_detail (PjJuryView *self);

/* Helpers {{{ */

static gint64 *
int64_dup (gint64 value)
{
  return g_memdup2 (&value, sizeof value);
}

static gint64
edition_id (PjJuryView *self)
{
  return self->edition != NULL ? pj_edition_get_id (self->edition) : PJ_NO_ID;
}

static void
add_toast (PjJuryView *self,
           AdwToast   *toast)
{
  AdwToast *shown = pj_gui_add_toast (GTK_WIDGET (self), toast);

  if (shown != NULL)
    g_set_weak_pointer (&self->last_toast, shown);
}

static void
show_toast (PjJuryView *self,
            const char *text)
{
  add_toast (self, adw_toast_new (text));
}

static AdwMessageDialog *
dialog_new (PjJuryView *self,
            const char *heading,
            const char *body)
{
  return pj_gui_message_dialog_new_replacing (&self->dialog,
                                              pj_gui_parent_window (GTK_WIDGET (self)),
                                              heading, body);
}

/* A refusal the user must read: the store's message says why. */
static void
show_refusal (PjJuryView   *self,
              const char   *heading,
              const GError *error)
{
  AdwMessageDialog *dialog = dialog_new (self, heading, error->message);

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_part (GObject    *owner,
          const char *name,
          GtkWidget  *widget)
{
  g_object_set_data (owner, name, widget);
}

static GtkWidget *
heading_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
caption_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static PjJuryRow *
find_row (Table  *table,
          gint64  id,
          guint  *position)
{
  GListModel *model = G_LIST_MODEL (table->store);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjJuryRow) row = g_list_model_get_item (model, i);

      if (row->id == id)
        {
          if (position != NULL)
            *position = i;
          return row;   /* the store holds a reference */
        }
    }
  return NULL;
}

/* The position of a row in a model of rows, or GTK_INVALID_LIST_POSITION. */
static guint
model_position (GListModel *model,
                gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjJuryRow) row = g_list_model_get_item (model, i);

      if (row->id == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static const char *
sheet_label (PjScoreSheet *sheet)
{
  if (sheet == NULL || pj_score_sheet_get_id (sheet) == PJ_NO_ID)
    return _("Not started");
  return pj_sheet_status_to_label (pj_score_sheet_get_status (sheet));
}

/* }}} */

/* Cell texts and order {{{ */

static char *
text_title (PjJuryView *self,
            PjJuryRow  *row)
{
  return g_strdup (row->title);
}

static char *
text_category (PjJuryView *self,
               PjJuryRow  *row)
{
  return g_strdup (row->category);
}

static char *
text_assigned (PjJuryView *self,
               PjJuryRow  *row)
{
  return g_strdup_printf ("%u", row->assigned);
}

static char *
text_submitted (PjJuryView *self,
                PjJuryRow  *row)
{
  return g_strdup_printf ("%u", row->submitted);
}

static char *
text_needed (PjJuryView *self,
             PjJuryRow  *row)
{
  return g_strdup_printf ("%u", self->k);
}

static char *
text_load (PjJuryView *self,
           PjJuryRow  *row)
{
  return g_strdup_printf ("%u", row->load);
}

static char *
text_drafts (PjJuryView *self,
             PjJuryRow  *row)
{
  return g_strdup_printf ("%u", row->drafts);
}

static char *
text_abstained (PjJuryView *self,
                PjJuryRow  *row)
{
  return g_strdup_printf ("%u", row->abstained);
}

static char *
text_conflict_juror (PjJuryView *self,
                     PjJuryRow  *row)
{
  return g_strdup (pj_conflict_get_juror_name (row->conflict));
}

static char *
text_conflict_nomination (PjJuryView *self,
                          PjJuryRow  *row)
{
  return g_strdup (pj_conflict_get_nomination_title (row->conflict));
}

static char *
text_conflict_source (PjJuryView *self,
                      PjJuryRow  *row)
{
  return g_strdup (pj_conflict_source_to_label (pj_conflict_get_source (row->conflict)));
}

static char *
text_conflict_reason (PjJuryView *self,
                      PjJuryRow  *row)
{
  return g_strdup (pj_conflict_describe_reason (row->conflict));
}

static char *
text_conflict_status (PjJuryView *self,
                      PjJuryRow  *row)
{
  return g_strdup (pj_conflict_get_lifted (row->conflict) ? _("Lifted") : _("Active"));
}

static int
cmp_uint (guint a,
          guint b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

static int
cmp_title (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  const PjJuryRow *ra = a, *rb = b;
  int c = strcmp (ra->title_key, rb->title_key);

  if (c != 0)
    return c;
  return ra->id < rb->id ? -1 : ra->id > rb->id ? 1 : 0;
}

static int
cmp_category (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const PjJuryRow *ra = a, *rb = b;
  int c = strcmp (ra->category_key, rb->category_key);

  return c != 0 ? c : cmp_title (a, b, data);
}

#define DEFINE_CMP_FIELD(field)                                   \
  static int                                                      \
  cmp_##field (gconstpointer a,                                   \
               gconstpointer b,                                   \
               gpointer      data)                                \
  {                                                               \
    const PjJuryRow *ra = a, *rb = b;                             \
    int c = cmp_uint (ra->field, rb->field);                      \
                                                                  \
    return c != 0 ? c : cmp_title (a, b, data);                   \
  }

DEFINE_CMP_FIELD (assigned)
DEFINE_CMP_FIELD (submitted)
DEFINE_CMP_FIELD (load)
DEFINE_CMP_FIELD (drafts)
DEFINE_CMP_FIELD (abstained)

static int
cmp_conflict_nomination (gconstpointer a,
                         gconstpointer b,
                         gpointer      data)
{
  const PjJuryRow *ra = a, *rb = b;
  int c = strcmp (ra->nomination_key, rb->nomination_key);

  return c != 0 ? c : cmp_title (a, b, data);
}

static int
cmp_conflict_source (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const PjJuryRow *ra = a, *rb = b;
  int c = cmp_uint (pj_conflict_get_source (ra->conflict), pj_conflict_get_source (rb->conflict));

  return c != 0 ? c : cmp_conflict_nomination (a, b, data);
}

static int
cmp_conflict_reason (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const PjJuryRow *ra = a, *rb = b;
  int c = g_utf8_collate (pj_conflict_describe_reason (ra->conflict),
                          pj_conflict_describe_reason (rb->conflict));

  return c != 0 ? c : cmp_conflict_nomination (a, b, data);
}

static int
cmp_conflict_status (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const PjJuryRow *ra = a, *rb = b;
  int c = cmp_uint (pj_conflict_get_lifted (ra->conflict), pj_conflict_get_lifted (rb->conflict));

  return c != 0 ? c : cmp_conflict_nomination (a, b, data);
}

static const ColumnSpec nomination_columns[] = {
  { "title", N_("Nomination"), text_title, cmp_title, CELL_TEXT, TRUE, 0 },
  { "category", N_("Category"), text_category, cmp_category, CELL_TEXT, FALSE, 140 },
  { "assigned", N_("Assigned"), text_assigned, cmp_assigned, CELL_ASSIGNED, FALSE, 92 },
  { "submitted", N_("Submitted"), text_submitted, cmp_submitted, CELL_NUMBER, FALSE, 92 },
  { "needed", N_("Needed"), text_needed, NULL, CELL_NUMBER, FALSE, 76 },
};

static const ColumnSpec juror_columns[] = {
  { "title", N_("Juror"), text_title, cmp_title, CELL_TEXT, TRUE, 0 },
  { "load", N_("Load"), text_load, cmp_load, CELL_LOAD, FALSE, 130 },
  { "submitted", N_("Submitted"), text_submitted, cmp_submitted, CELL_NUMBER, FALSE, 88 },
  { "drafts", N_("Drafts"), text_drafts, cmp_drafts, CELL_NUMBER, FALSE, 66 },
  { "abstained", N_("Abstained"), text_abstained, cmp_abstained, CELL_NUMBER, FALSE, 88 },
};

static const ColumnSpec conflict_columns[] = {
  { "juror", N_("Juror"), text_conflict_juror, cmp_title, CELL_TEXT, FALSE, 150 },
  { "nomination", N_("Nomination"), text_conflict_nomination, cmp_conflict_nomination,
    CELL_TEXT, TRUE, 0 },
  { "source", N_("Source"), text_conflict_source, cmp_conflict_source, CELL_TEXT, FALSE, 104 },
  { "reason", N_("Reason"), text_conflict_reason, cmp_conflict_reason, CELL_TEXT, FALSE, 130 },
  { "status", N_("Status"), text_conflict_status, cmp_conflict_status, CELL_STATUS, FALSE, 90 },
};

/* }}} */

/* The load bar {{{ */

typedef struct
{
  double value;
  double mean;
  double max;
} BarValues;

static void
load_bar_draw_cb (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        data)
{
  BarValues *v = g_object_get_data (G_OBJECT (area), "pj-bar");
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA fg, accent;
  double bar_h = 6, y = (height - bar_h) / 2, radius = bar_h / 2;
  double filled, mean_x;

  if (v == NULL || v->max <= 0)
    return;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");

  /* The track */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.12);
  cairo_new_sub_path (cr);
  cairo_arc (cr, radius, y + radius, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, width - radius, y + radius, radius, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  cairo_fill (cr);

  /* The load */
  filled = MAX (bar_h, width * CLAMP (v->value / v->max, 0, 1));
  if (v->value > 0)
    {
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_new_sub_path (cr);
      cairo_arc (cr, radius, y + radius, radius, G_PI / 2, 3 * G_PI / 2);
      cairo_arc (cr, filled - radius, y + radius, radius, -G_PI / 2, G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
    }

  /* The mean, as a thin mark across the bar */
  mean_x = width * CLAMP (v->mean / v->max, 0, 1);
  mean_x = CLAMP ((int) mean_x + 0.5, 0.5, width - 0.5);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, mean_x, 1);
  cairo_line_to (cr, mean_x, height - 1);
  cairo_stroke (cr);
}

/* }}} */

/* Table cells {{{ */

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               CellInfo                 *info)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "pj-jury-cell");
  g_object_set_data (G_OBJECT (box), "pj-label", label);

  switch (info->spec->kind)
    {
    case CELL_TEXT:
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      break;

    case CELL_NUMBER:
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (box), label);
      break;

    case CELL_ASSIGNED:
      {
        GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

        gtk_widget_add_css_class (icon, "pj-below-k");
        gtk_label_set_xalign (GTK_LABEL (label), 1);
        gtk_widget_set_halign (box, GTK_ALIGN_END);
        gtk_box_set_spacing (GTK_BOX (box), 6);
        gtk_widget_add_css_class (label, "numeric");
        gtk_box_append (GTK_BOX (box), icon);
        gtk_box_append (GTK_BOX (box), label);
        g_object_set_data (G_OBJECT (box), "pj-icon", icon);
      }
      break;

    case CELL_LOAD:
      {
        GtkWidget *bar = gtk_drawing_area_new ();

        gtk_label_set_xalign (GTK_LABEL (label), 1);
        gtk_label_set_width_chars (GTK_LABEL (label), 3);
        gtk_widget_add_css_class (label, "numeric");
        gtk_widget_set_hexpand (bar, TRUE);
        gtk_widget_set_size_request (bar, 60, 14);
        gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
        g_object_set_data_full (G_OBJECT (bar), "pj-bar", g_new0 (BarValues, 1), g_free);
        gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (bar), load_bar_draw_cb, NULL, NULL);
        gtk_box_append (GTK_BOX (box), label);
        gtk_box_append (GTK_BOX (box), bar);
        g_object_set_data (G_OBJECT (box), "pj-bar", bar);
      }
      break;

    case CELL_STATUS:
      gtk_label_set_xalign (GTK_LABEL (label), 0.5);
      gtk_widget_set_halign (label, GTK_ALIGN_START);
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "pj-jury-pill");
      gtk_box_append (GTK_BOX (box), label);
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_list_item_set_child (list_item, box);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              CellInfo                 *info)
{
  PjJuryRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *label = g_object_get_data (G_OBJECT (box), "pj-label");
  g_autofree char *text = info->spec->text (info->view, row);

  gtk_label_set_text (GTK_LABEL (label), text);

  switch (info->spec->kind)
    {
    case CELL_TEXT:
      gtk_widget_set_tooltip_text (box, text);
      break;

    case CELL_ASSIGNED:
      {
        GtkWidget *icon = g_object_get_data (G_OBJECT (box), "pj-icon");

        gtk_widget_set_visible (icon, row->below_k);
        if (row->below_k)
          {
            g_autofree char *tip =
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u juror short of the %u needed",
                                            "%u jurors short of the %u needed",
                                            info->view->k - row->assigned),
                               info->view->k - row->assigned, info->view->k);

            gtk_widget_add_css_class (label, "pj-below-k");
            gtk_widget_set_tooltip_text (box, tip);
          }
        else
          {
            gtk_widget_remove_css_class (label, "pj-below-k");
            gtk_widget_set_tooltip_text (box, NULL);
          }
      }
      break;

    case CELL_LOAD:
      {
        GtkWidget *bar = g_object_get_data (G_OBJECT (box), "pj-bar");
        BarValues *v = g_object_get_data (G_OBJECT (bar), "pj-bar");
        g_autofree char *tip = NULL;

        v->value = row->load;
        v->mean = info->view->mean_load;
        v->max = MAX (1, info->view->max_load);
        /* TRANSLATORS: a juror's load: nominations assigned, and the mean over all jurors */
        tip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u nomination; the mean is %.1f",
                                            "%u nominations; the mean is %.1f",
                                            row->load),
                               row->load, info->view->mean_load);
        gtk_widget_set_tooltip_text (box, tip);
        gtk_widget_queue_draw (bar);
      }
      break;

    case CELL_STATUS:
      if (pj_conflict_get_lifted (row->conflict))
        {
          gtk_widget_remove_css_class (label, "pj-jury-active");
          gtk_widget_add_css_class (label, "pj-jury-lifted");
        }
      else
        {
          gtk_widget_remove_css_class (label, "pj-jury-lifted");
          gtk_widget_add_css_class (label, "pj-jury-active");
        }
      break;

    case CELL_NUMBER:
    default:
      break;
    }
}

static const ColumnSpec *
find_spec (Table      *table,
           const char *column)
{
  for (guint i = 0; i < table->n_specs; i++)
    if (g_strcmp0 (table->specs[i].id, column) == 0)
      return &table->specs[i];
  return NULL;
}

static GtkWidget *
table_build (PjJuryView       *self,
             TableId           id,
             const ColumnSpec *specs,
             guint             n_specs,
             const char       *empty_title,
             const char       *empty_description)
{
  Table *table = &self->tables[id];
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkSorter *sorter;

  table->view = self;
  table->id = id;
  table->specs = specs;
  table->n_specs = n_specs;
  table->store = g_list_store_new (PJ_TYPE_JURY_ROW);
  table->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (table->store)),
                                               NULL);
  table->columns = gtk_column_view_new (NULL);
  gtk_widget_add_css_class (table->columns, "pj-jury-table");
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (table->columns), TRUE);
  gtk_column_view_set_reorderable (GTK_COLUMN_VIEW (table->columns), FALSE);

  for (guint i = 0; i < n_specs; i++)
    {
      CellInfo *info = g_new0 (CellInfo, 1);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      info->view = self;
      info->spec = &specs[i];
      g_signal_connect_data (factory, "setup", G_CALLBACK (cell_setup_cb), info,
                             (GClosureNotify) (void (*) (void)) g_free, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), info);
      column = gtk_column_view_column_new (_(specs[i].title), factory);
      if (specs[i].compare != NULL)
        {
          g_autoptr(GtkSorter) column_sorter =
            GTK_SORTER (gtk_custom_sorter_new (specs[i].compare, NULL, NULL));
          gtk_column_view_column_set_sorter (column, column_sorter);
        }
      gtk_column_view_column_set_expand (column, specs[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (specs[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, specs[i].width);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (table->columns), column);
      if (i == 0)
        gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (table->columns), column,
                                        GTK_SORT_ASCENDING);
    }

  sorter = gtk_column_view_get_sorter (GTK_COLUMN_VIEW (table->columns));
  table->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (table->filtered)),
                                           g_object_ref (sorter));
  table->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (table->sorted)));
  gtk_single_selection_set_autoselect (table->selection, FALSE);
  gtk_single_selection_set_can_unselect (table->selection, TRUE);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (table->columns),
                             GTK_SELECTION_MODEL (table->selection));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), table->columns);
  /* Tables scroll sideways rather than hold the window wide: the window's
   * views share one minimum width. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_add_css_class (scrolled, "pj-jury-card");

  adw_status_page_set_title (ADW_STATUS_PAGE (empty), empty_title);
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), empty_description);
  gtk_widget_add_css_class (empty, "compact");
  gtk_widget_add_css_class (empty, "card");
  gtk_widget_add_css_class (empty, "pj-jury-card");

  table->state_stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (table->state_stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (table->state_stack), empty, "empty");
  gtk_widget_set_vexpand (table->state_stack, TRUE);
  return table->state_stack;
}

static void
table_set_rows (Table     *table,
                GPtrArray *rows)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (table->store));

  g_list_store_splice (table->store, 0, n_old, rows->pdata, rows->len);
}

static void
table_update_state (Table *table)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table->store));

  gtk_stack_set_visible_child_name (GTK_STACK (table->state_stack), n > 0 ? "list" : "empty");
}

static void
table_clear (Table *table)
{
  g_clear_object (&table->selection);
  g_clear_object (&table->sorted);
  g_clear_object (&table->filtered);
  g_clear_object (&table->store);
  table->filter = NULL;
}

static Table *
table_from_name (PjJuryView *self,
                 const char *name)
{
  if (g_strcmp0 (name, "nominations") == 0)
    return &self->tables[TABLE_NOMINATIONS];
  if (g_strcmp0 (name, "jurors") == 0)
    return &self->tables[TABLE_JURORS];
  if (g_strcmp0 (name, "conflicts") == 0)
    return &self->tables[TABLE_CONFLICTS];
  return NULL;
}

/* }}} */

/* Loading {{{ */

static void
load_coverage (PjJuryView *self,
               GHashTable *category_names,
               GHashTable *keys)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjCoverage) coverage = NULL;
  g_autoptr(GPtrArray) nominations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) jurors = g_ptr_array_new_with_free_func (g_object_unref);
  guint64 total = 0;

  self->k = self->edition != NULL ? (guint) MAX (0, pj_edition_get_min_jurors (self->edition))
                                  : 0;
  self->n_below_k = 0;
  self->mean_load = 0;
  self->min_load = 0;
  self->max_load = 0;
  g_hash_table_remove_all (self->juror_rows);

  if (self->workspace != NULL && self->edition != NULL)
    {
      coverage = pj_store_coverage (self->workspace, edition_id (self), &error);
      if (coverage == NULL)
        g_warning ("Could not read the coverage: %s", error->message);
    }

  if (coverage != NULL)
    {
      self->k = coverage->k;
      self->n_below_k = coverage->n_below_k;

      for (guint i = 0; i < coverage->nominations->len; i++)
        {
          const PjNominationCoverage *c = &g_array_index (coverage->nominations,
                                                          PjNominationCoverage, i);
          PjJuryRow *row = row_new (c->nomination_id, c->title, keys);
          const char *category = g_hash_table_lookup (category_names, &c->category_id);

          row->category_id = c->category_id;
          row->category = g_strdup (category != NULL ? category : _("No category"));
          row->category_key = cached_sort_key (keys, row->category);
          row->assigned = c->assigned;
          row->submitted = c->submitted;
          row->drafts = c->drafts;
          row->abstained = c->abstained;
          row->below_k = c->below_k;
          g_ptr_array_add (nominations, row);
        }

      for (guint i = 0; i < coverage->jurors->len; i++)
        {
          const PjJurorCoverage *c = &g_array_index (coverage->jurors, PjJurorCoverage, i);
          PjJuryRow *row = row_new (c->juror_id, c->name, keys);

          row->load = c->load;
          row->submitted = c->submitted;
          row->drafts = c->drafts;
          row->abstained = c->abstained;
          row->category_key = cached_sort_key (keys, "");
          total += c->load;
          self->min_load = i == 0 ? c->load : MIN (self->min_load, c->load);
          self->max_load = MAX (self->max_load, c->load);
          g_hash_table_insert (self->juror_rows, int64_dup (c->juror_id), row);
          g_ptr_array_add (jurors, row);
        }
      if (coverage->jurors->len > 0)
        self->mean_load = (double) total / coverage->jurors->len;
    }

  table_set_rows (&self->tables[TABLE_NOMINATIONS], nominations);
  table_set_rows (&self->tables[TABLE_JURORS], jurors);
}

static void
load_conflicts (PjJuryView *self,
                GHashTable *keys)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->workspace != NULL && self->edition != NULL)
    {
      conflicts = pj_store_list_conflicts (self->workspace, edition_id (self), &error);
      if (conflicts == NULL)
        g_warning ("Could not read the conflicts of interest: %s", error->message);
    }

  for (guint i = 0; conflicts != NULL && i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(PjConflict) conflict = g_list_model_get_item (conflicts, i);
      PjJuryRow *row = row_new (pj_conflict_get_id (conflict),
                                pj_conflict_get_juror_name (conflict), keys);

      row->nomination_key = cached_sort_key (keys, pj_conflict_get_nomination_title (conflict));
      row->conflict = g_steal_pointer (&conflict);
      g_ptr_array_add (rows, row);
    }

  table_set_rows (&self->tables[TABLE_CONFLICTS], rows);
}

static char *
summary_text (PjJuryView *self)
{
  GListModel *nomination_rows = G_LIST_MODEL (self->tables[TABLE_NOMINATIONS].store);
  GListModel *juror_rows = G_LIST_MODEL (self->tables[TABLE_JURORS].store);
  guint n_nominations = g_list_model_get_n_items (nomination_rows);
  guint n_jurors = g_list_model_get_n_items (juror_rows);
  g_autofree char *coverage = NULL;
  g_autofree char *load = NULL;

  if (n_nominations == 0)
    coverage = g_strdup (_("No nominations in scoring yet"));
  else if (self->n_below_k == 0)
    coverage = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Every nomination has at least %u juror",
                                             "Every nomination has at least %u jurors",
                                             self->k), self->k);
  else
    /* TRANSLATORS: "3 nominations below 3 jurors": nominations that have
     * fewer jurors than the edition's minimum */
    coverage = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u nomination below %u jurors",
                                             "%u nominations below %u jurors",
                                             self->n_below_k), self->n_below_k, self->k);

  if (n_jurors == 0)
    load = g_strdup (_("no jurors yet"));
  else if (self->min_load == self->max_load)
    load = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "load %u per juror", "load %u per juror",
                                         self->max_load), self->max_load);
  else
    /* TRANSLATORS: the lightest and heaviest load of a juror, "load 11–13 per juror" */
    load = g_strdup_printf (_("load %u–%u per juror"), self->min_load, self->max_load);

  /* TRANSLATORS: the coverage summary and the jurors' load, joined */
  return g_strdup_printf (_("%s · %s"), coverage, load);
}

static void
update_coverage_header (PjJuryView *self)
{
  g_autofree char *summary = summary_text (self);
  g_autofree char *only = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "Only below %u juror",
                                                        "Only below %u jurors",
                                                        self->k), self->k);

  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
  gtk_check_button_set_label (GTK_CHECK_BUTTON (self->below_k_check), only);
  gtk_widget_set_visible (self->summary_icon, self->n_below_k > 0);
  if (self->n_below_k > 0 && !self->busy)
    gtk_widget_add_css_class (self->distribute_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->distribute_button, "suggested-action");
}

static void
restore_selection (GtkSingleSelection *selection,
                   gint64              id)
{
  guint position = id != PJ_NO_ID
                   ? model_position (gtk_single_selection_get_model (selection), id)
                   : GTK_INVALID_LIST_POSITION;

  gtk_single_selection_set_selected (selection, position);
}

static void
reload_some (PjJuryView *self,
             ReloadWhat  what)
{
  g_autoptr(GHashTable) category_names =
    g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  self->reload_pending = 0;

  gtk_stack_set_visible_child_name (GTK_STACK (self->main_stack),
                                    self->workspace != NULL && self->edition != NULL
                                    ? "content" : "no-edition");

  if (self->workspace != NULL && self->edition != NULL)
    {
      g_autoptr(GListModel) categories =
        pj_store_list_categories (self->workspace, edition_id (self), NULL);

      for (guint i = 0; categories != NULL && i < g_list_model_get_n_items (categories); i++)
        {
          g_autoptr(PjCategory) category = g_list_model_get_item (categories, i);

          g_hash_table_insert (category_names, int64_dup (pj_category_get_id (category)),
                               g_strdup (pj_category_get_name (category)));
        }
    }

  self->syncing = TRUE;
  load_coverage (self, category_names, keys);
  if (what & RELOAD_CONFLICTS)
    load_conflicts (self, keys);
  for (guint i = 0; i < N_TABLES; i++)
    table_update_state (&self->tables[i]);

  if (self->current_nomination != PJ_NO_ID
      && find_row (&self->tables[TABLE_NOMINATIONS], self->current_nomination, NULL) == NULL)
    self->current_nomination = PJ_NO_ID;
  if (self->current_conflict != PJ_NO_ID
      && find_row (&self->tables[TABLE_CONFLICTS], self->current_conflict, NULL) == NULL)
    self->current_conflict = PJ_NO_ID;
  restore_selection (self->nomination_selection, self->current_nomination);
  restore_selection (self->tables[TABLE_CONFLICTS].selection, self->current_conflict);
  self->syncing = FALSE;

  update_coverage_header (self);
  update_assignment_detail (self);
  update_conflict_detail (self);
  update_actions (self);
}

static void
reload (PjJuryView *self)
{
  reload_some (self, RELOAD_ALL);
}

static gboolean
reload_idle_cb (gpointer data)
{
  PjJuryView *self = data;

  self->reload_idle = 0;
  reload_some (self, self->reload_pending);
  return G_SOURCE_REMOVE;
}

static void
workspace_changed_cb (PjWorkspace *ws,
                      const char  *what,
                      PjJuryView  *self)
{
  static const char * const watched[] = {
    "assignment", "conflict", "score", "nomination", "juror", "category", "edition", "unit",
    "all", NULL
  };

  if (!g_strv_contains (watched, what))
    return;

  /* The edition object may be stale (its minimum of jurors changed). */
  if (g_strcmp0 (what, "edition") == 0 || g_strcmp0 (what, "all") == 0)
    {
      if (self->edition != NULL)
        {
          g_autoptr(PjEdition) fresh = pj_store_get_edition (ws, edition_id (self), NULL);

          if (fresh != NULL)
            g_set_object (&self->edition, fresh);
        }
    }

  /* Assignments and scores leave the conflicts as they are. */
  if (g_strcmp0 (what, "assignment") == 0 || g_strcmp0 (what, "score") == 0)
    self->reload_pending |= RELOAD_COVERAGE;
  else
    self->reload_pending |= RELOAD_ALL;
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

/* }}} */

/* Coverage page {{{ */

static gboolean
below_k_filter_cb (gpointer item,
                   gpointer data)
{
  PjJuryView *self = data;

  return !gtk_check_button_get_active (GTK_CHECK_BUTTON (self->below_k_check))
         || PJ_JURY_ROW (item)->below_k;
}

static void
below_k_toggled_cb (GtkCheckButton *check,
                    PjJuryView     *self)
{
  gtk_filter_changed (GTK_FILTER (self->tables[TABLE_NOMINATIONS].filter),
                      gtk_check_button_get_active (check) ? GTK_FILTER_CHANGE_MORE_STRICT
                                                          : GTK_FILTER_CHANGE_LESS_STRICT);
}

static GtkWidget *
section_box (const char *title,
             GtkWidget  *suffix,
             GtkWidget  *content)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = heading_label (title);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (head), label);
  if (suffix != NULL)
    gtk_box_append (GTK_BOX (head), suffix);
  gtk_widget_set_size_request (head, -1, 34);
  gtk_box_append (GTK_BOX (box), head);
  gtk_box_append (GTK_BOX (box), content);
  return box;
}

static GtkWidget *
coverage_page_new (PjJuryView *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *tables = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *nominations, *jurors;
  Table *table;

  gtk_widget_add_css_class (page, "pj-jury-page");

  self->summary_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (self->summary_icon, "pj-below-k");
  gtk_box_append (GTK_BOX (header), self->summary_icon);

  self->summary_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary_label), TRUE);
  gtk_widget_set_hexpand (self->summary_label, TRUE);
  gtk_widget_add_css_class (self->summary_label, "pj-jury-summary");
  gtk_box_append (GTK_BOX (header), self->summary_label);

  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_box_append (GTK_BOX (header), self->spinner);

  self->distribute_button = gtk_button_new_with_mnemonic (_("_Distribute…"));
  gtk_widget_set_tooltip_text (self->distribute_button,
                               _("Give every nomination the jurors it needs, with an even load"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->distribute_button), "jury.distribute");
  gtk_box_append (GTK_BOX (header), self->distribute_button);
  gtk_box_append (GTK_BOX (page), header);

  nominations = table_build (self, TABLE_NOMINATIONS, nomination_columns,
                             G_N_ELEMENTS (nomination_columns),
                             _("No Nominations in Scoring"),
                             _("Eligible and submitted nominations are assigned to jurors."));
  table = &self->tables[TABLE_NOMINATIONS];
  table->filter = gtk_custom_filter_new (below_k_filter_cb, self, NULL);
  gtk_filter_list_model_set_filter (table->filtered, GTK_FILTER (table->filter));
  g_object_unref (table->filter);   /* the model holds it */

  self->below_k_check = gtk_check_button_new_with_label (NULL);
  g_signal_connect (self->below_k_check, "toggled", G_CALLBACK (below_k_toggled_cb), self);
  gtk_box_append (GTK_BOX (tables),
                  section_box (_("Nominations"), self->below_k_check, nominations));

  jurors = table_build (self, TABLE_JURORS, juror_columns, G_N_ELEMENTS (juror_columns),
                        _("No Jurors"),
                        _("Add jurors to the edition’s categories in Setup."));
  {
    GtkWidget *juror_box = section_box (_("Jurors"), NULL, jurors);
    GtkWidget *legend = caption_label (_("The bar shows each juror’s load; the mark is the "
                                         "mean over all jurors."));

    gtk_box_append (GTK_BOX (juror_box), legend);
    gtk_widget_set_hexpand (juror_box, FALSE);
    gtk_box_append (GTK_BOX (tables), juror_box);
  }
  gtk_widget_set_hexpand (gtk_widget_get_first_child (tables), TRUE);
  gtk_widget_set_vexpand (tables, TRUE);
  gtk_box_append (GTK_BOX (page), tables);

  return page;
}

/* }}} */

/* Assignments page {{{ */

static gboolean
search_filter_cb (gpointer item,
                  gpointer data)
{
  PjJuryView *self = data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  g_autofree char *hay = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  hay = g_utf8_casefold (PJ_JURY_ROW (item)->title, -1);
  return strstr (hay, needle) != NULL;
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   PjJuryView     *self)
{
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->syncing = TRUE;
  restore_selection (self->nomination_selection, self->current_nomination);
  self->syncing = FALSE;
}

static void
nomination_item_setup_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *list_item,
                          PjJuryView               *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "pj-jury-list-row");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (list_item, box);
}

static char *
jurors_of_needed (PjJuryView *self,
                  PjJuryRow  *row)
{
  if (row->below_k)
    /* TRANSLATORS: "2 of 3 jurors": jurors assigned to a nomination, of those needed */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u juror", "%u of %u jurors",
                                         self->k),
                            row->assigned, self->k);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u juror", "%u jurors", row->assigned),
                          row->assigned);
}

static void
nomination_item_bind_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item,
                         PjJuryView               *self)
{
  PjJuryRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *jurors = jurors_of_needed (self, row);
  g_autofree char *text = g_strdup_printf ("%s · %s", row->category, jurors);

  gtk_label_set_text (GTK_LABEL (title), row->title);
  gtk_label_set_text (GTK_LABEL (subtitle), text);
  if (row->below_k)
    {
      gtk_widget_remove_css_class (subtitle, "dim-label");
      gtk_widget_add_css_class (subtitle, "pj-below-k");
    }
  else
    {
      gtk_widget_remove_css_class (subtitle, "pj-below-k");
      gtk_widget_add_css_class (subtitle, "dim-label");
    }
}

static void
nomination_selected_cb (GtkSingleSelection *selection,
                        GParamSpec         *pspec,
                        PjJuryView         *self)
{
  PjJuryRow *row = gtk_single_selection_get_selected_item (selection);

  if (self->syncing || row == NULL)
    return;
  self->current_nomination = row->id;
  update_assignment_detail (self);
  update_actions (self);
}

static void
update_assignment_detail (PjJuryView *self)
{
  PjJuryRow *nomination = self->current_nomination != PJ_NO_ID
                          ? find_row (&self->tables[TABLE_NOMINATIONS],
                                      self->current_nomination, NULL)
                          : NULL;
  g_autoptr(GArray) assigned = NULL;
  g_autofree char *jurors = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->assigned_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->assigned_list), child);

  if (nomination == NULL || self->workspace == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->detail_stack), "none");
      return;
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->detail_stack), "detail");

  jurors = jurors_of_needed (self, nomination);
  subtitle = g_strdup_printf ("%s · %s", nomination->category, jurors);
  gtk_label_set_text (GTK_LABEL (self->detail_title), nomination->title);
  gtk_label_set_text (GTK_LABEL (self->detail_subtitle), subtitle);
  if (nomination->below_k)
    {
      gtk_widget_remove_css_class (self->detail_subtitle, "dim-label");
      gtk_widget_add_css_class (self->detail_subtitle, "pj-below-k");
      gtk_widget_add_css_class (self->assign_button, "suggested-action");
    }
  else
    {
      gtk_widget_remove_css_class (self->detail_subtitle, "pj-below-k");
      gtk_widget_add_css_class (self->detail_subtitle, "dim-label");
      gtk_widget_remove_css_class (self->assign_button, "suggested-action");
    }

  assigned = pj_store_list_nomination_assignments (self->workspace, nomination->id, NULL);
  for (guint i = 0; assigned != NULL && i < assigned->len; i++)
    {
      gint64 juror_id = g_array_index (assigned, gint64, i);
      PjJuryRow *juror = g_hash_table_lookup (self->juror_rows, &juror_id);
      g_autoptr(PjScoreSheet) sheet =
        pj_store_get_sheet (self->workspace, juror_id, nomination->id, NULL);
      gboolean locked = sheet != NULL && pj_score_sheet_get_id (sheet) != PJ_NO_ID
                        && pj_score_sheet_get_status (sheet) != PJ_SHEET_DRAFT;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_with_label (_("Remove"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     juror != NULL ? juror->title : "");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (locked)
        {
          g_autofree char *why =
            /* TRANSLATORS: "Submitted · reopen the sheet to remove this juror" */
            g_strdup_printf (_("%s · reopen the sheet to remove this juror"),
                             sheet_label (sheet));

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), why);
          gtk_widget_set_sensitive (remove, FALSE);
          gtk_widget_set_tooltip_text (remove,
                                       _("The juror has finished this sheet. An organiser "
                                         "must reopen it before the juror can be removed."));
        }
      else
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sheet_label (sheet));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "jury.unassign");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "(xx)", juror_id,
                                            nomination->id);
        }
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      g_object_set_data_full (G_OBJECT (row), "pj-juror-id",
                              int64_dup (juror_id), g_free);
      g_object_set_data (G_OBJECT (row), "pj-remove", remove);
      gtk_list_box_append (GTK_LIST_BOX (self->assigned_list), row);
    }

  if (assigned == NULL || assigned->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No jurors assigned yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (GTK_LIST_BOX (self->assigned_list), row);
    }
}

static GtkWidget *
assignments_page_new (PjJuryView *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *detail_scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *detail = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *none = adw_status_page_new ();
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Table *nominations = &self->tables[TABLE_NOMINATIONS];

  /* The nominations, searchable */
  gtk_widget_add_css_class (side, "pj-jury-side");
  gtk_widget_set_size_request (side, 340, -1);
  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Search nominations"), NULL);
  gtk_widget_add_css_class (self->search_entry, "pj-jury-search");
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (side), self->search_entry);

  self->search_filter = gtk_custom_filter_new (search_filter_cb, self, NULL);
  self->search_filtered =
    gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (nominations->store)),
                               GTK_FILTER (g_object_ref (self->search_filter)));
  self->nomination_selection =
    gtk_single_selection_new (G_LIST_MODEL (
      gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->search_filtered)),
                               GTK_SORTER (gtk_custom_sorter_new (cmp_title, NULL, NULL)))));
  gtk_single_selection_set_autoselect (self->nomination_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->nomination_selection, TRUE);
  g_signal_connect (self->nomination_selection, "notify::selected",
                    G_CALLBACK (nomination_selected_cb), self);

  g_signal_connect (factory, "setup", G_CALLBACK (nomination_item_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (nomination_item_bind_cb), self);
  self->nomination_list =
    gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->nomination_selection)),
                       factory);
  gtk_widget_add_css_class (self->nomination_list, "navigation-sidebar");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->nomination_list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (side), scrolled);
  gtk_box_append (GTK_BOX (page), side);
  gtk_box_append (GTK_BOX (page), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  /* The chosen nomination's jurors */
  self->detail_title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->detail_title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->detail_title), TRUE);
  gtk_widget_add_css_class (self->detail_title, "title-2");
  self->detail_subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->detail_subtitle), 0);
  gtk_widget_add_css_class (self->detail_subtitle, "dim-label");
  gtk_box_append (GTK_BOX (titles), self->detail_title);
  gtk_box_append (GTK_BOX (titles), self->detail_subtitle);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (head), titles);
  gtk_box_append (GTK_BOX (detail), head);

  self->assign_button = gtk_button_new_with_mnemonic (_("_Assign Juror…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->assign_button), "jury.assign-juror");
  gtk_widget_set_valign (self->assign_button, GTK_ALIGN_CENTER);

  self->assigned_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->assigned_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->assigned_list, "boxed-list");
  gtk_box_append (GTK_BOX (detail), section_box (_("Assigned Jurors"), self->assign_button,
                                                 self->assigned_list));
  gtk_box_append (GTK_BOX (detail),
                  caption_label (_("A juror whose sheet is submitted or abstained stays "
                                   "assigned until an organiser reopens the sheet. Jurors with "
                                   "a conflict of interest cannot be assigned.")));
  gtk_widget_add_css_class (detail, "pj-jury-page");

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), detail);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (detail_scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (detail_scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("Choose a Nomination"));
  adw_status_page_set_description (ADW_STATUS_PAGE (none),
                                   _("Pick a nomination on the left to see and change its "
                                     "jurors."));

  self->detail_stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->detail_stack), detail_scrolled, "detail");
  gtk_stack_add_named (GTK_STACK (self->detail_stack), none, "none");
  gtk_widget_set_hexpand (self->detail_stack, TRUE);
  gtk_box_append (GTK_BOX (page), self->detail_stack);

  return page;
}

/* }}} */

/* Conflicts page {{{ */

static gboolean
lifted_filter_cb (gpointer item,
                  gpointer data)
{
  PjJuryView *self = data;

  return gtk_check_button_get_active (GTK_CHECK_BUTTON (self->show_lifted_check))
         || !pj_conflict_get_lifted (PJ_JURY_ROW (item)->conflict);
}

static void
show_lifted_toggled_cb (GtkCheckButton *check,
                        PjJuryView     *self)
{
  Table *table = &self->tables[TABLE_CONFLICTS];

  self->syncing = TRUE;
  gtk_filter_changed (GTK_FILTER (table->filter),
                      gtk_check_button_get_active (check) ? GTK_FILTER_CHANGE_LESS_STRICT
                                                          : GTK_FILTER_CHANGE_MORE_STRICT);
  restore_selection (table->selection, self->current_conflict);
  self->syncing = FALSE;
}

static void
conflict_selected_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      PjJuryView         *self)
{
  PjJuryRow *row = gtk_single_selection_get_selected_item (selection);

  if (self->syncing)
    return;
  self->current_conflict = row != NULL ? row->id : PJ_NO_ID;
  update_conflict_detail (self);
}

static const char *
audit_action_label (const char *action)
{
  if (g_strcmp0 (action, "create") == 0)
    return _("Recorded");
  if (g_strcmp0 (action, "lift") == 0)
    return _("Lifted");
  if (g_strcmp0 (action, "reinstate") == 0)
    return _("Recorded again");
  if (g_strcmp0 (action, "delete") == 0)
    return _("Removed");
  if (g_strcmp0 (action, "update") == 0)
    return _("Changed");
  return action;
}

static char *
format_when (const char *iso)
{
  g_autoptr(GDateTime) utc = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (iso != NULL ? iso : "");
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
add_fact (GtkWidget  *list,
          const char *title,
          const char *value)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *key = caption_label (title);
  GtkWidget *label = gtk_label_new (value);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), key);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "pj-jury-fact");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static void
clear_list_box (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

static void
update_conflict_detail (PjJuryView *self)
{
  PjJuryRow *row = self->current_conflict != PJ_NO_ID
                   ? find_row (&self->tables[TABLE_CONFLICTS], self->current_conflict, NULL)
                   : NULL;
  g_autoptr(GListModel) history = NULL;
  g_autofree char *title = NULL;
  gboolean recorded = FALSE;
  PjConflict *conflict;

  clear_list_box (self->conflict_facts);
  clear_list_box (self->history_list);

  if (row == NULL || self->workspace == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->conflict_stack), "none");
      return;
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->conflict_stack), "detail");
  conflict = row->conflict;

  /* TRANSLATORS: a conflict of interest: "Anna Berg and “Digital lunch ordering”" */
  title = g_strdup_printf (_("%s and “%s”"), pj_conflict_get_juror_name (conflict),
                           pj_conflict_get_nomination_title (conflict));
  gtk_label_set_text (GTK_LABEL (self->conflict_title), title);

  add_fact (self->conflict_facts, _("Source"),
            pj_conflict_source_to_label (pj_conflict_get_source (conflict)));
  add_fact (self->conflict_facts, _("Reason"), pj_conflict_describe_reason (conflict));
  if (pj_conflict_get_lifted (conflict))
    add_fact (self->conflict_facts, _("Lifted because"),
              pj_conflict_get_lifted_reason (conflict));
  else
    add_fact (self->conflict_facts, _("Status"),
              _("Active: the juror cannot score this nomination"));

  gtk_widget_set_sensitive (self->lift_button, !pj_conflict_get_lifted (conflict));
  gtk_widget_set_visible (self->lift_button, !pj_conflict_get_lifted (conflict));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->lift_button), "x",
                                    pj_conflict_get_id (conflict));

  history = pj_store_list_audit (self->workspace, "conflict", pj_conflict_get_id (conflict), 0,
                                 NULL);
  for (guint i = 0; history != NULL && i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(PjAuditEntry) entry = g_list_model_get_item (history, i);
      const char *action = pj_audit_entry_get_action (entry);
      GtkWidget *line = adw_action_row_new ();
      g_autofree char *when = format_when (pj_audit_entry_get_at (entry));
      g_autofree char *title_text = NULL;
      g_autofree char *subtitle = NULL;
      const char *detail = pj_audit_entry_get_new_value (entry);

      recorded = recorded || g_strcmp0 (action, "create") == 0;
      if (detail == NULL || *detail == '\0')
        detail = pj_audit_entry_get_old_value (entry);
      title_text = g_strdup_printf ("%s · %s", audit_action_label (action), when);
      if (g_strcmp0 (action, "lift") == 0)
        /* TRANSLATORS: who lifted a conflict and why */
        subtitle = g_strdup_printf (_("%s: “%s”"), pj_audit_entry_get_who (entry), detail);
      else
        subtitle = g_strdup_printf (_("%s: %s"), pj_audit_entry_get_who (entry),
                                    detail != NULL ? detail : "");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (line), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), title_text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (line), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (line), 0);
      gtk_list_box_append (GTK_LIST_BOX (self->history_list), line);
    }
  if (!recorded && pj_conflict_get_source (conflict) == PJ_CONFLICT_AUTOMATIC)
    {
      GtkWidget *line = adw_action_row_new ();
      g_autofree char *when = format_when (pj_conflict_get_created (conflict));
      g_autofree char *title_text =
        /* TRANSLATORS: the first line of an automatic conflict's history, with its date */
        g_strdup_printf (_("Found from the units · %s"), when);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), title_text);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (line),
                                   _("The juror’s unit is a nominee unit, or its parent or "
                                     "child."));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (line), 0);
      gtk_list_box_append (GTK_LIST_BOX (self->history_list), line);
    }
}

static GtkWidget *
conflicts_page_new (PjJuryView *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *main_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Conflict…"));
  GtkWidget *intro = caption_label (_("A juror with a conflict of interest (jäv) never scores "
                                      "the nomination, never gets it on a ballot and never "
                                      "sees its other scores."));
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *side_scrolled = gtk_scrolled_window_new ();
  GtkWidget *none = adw_status_page_new ();
  GtkWidget *lift_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *table_widget;
  Table *table;

  gtk_widget_add_css_class (page, "pj-jury-page");

  self->show_lifted_check = gtk_check_button_new_with_label (_("Show lifted"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->show_lifted_check), TRUE);
  g_signal_connect (self->show_lifted_check, "toggled", G_CALLBACK (show_lifted_toggled_cb),
                    self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "jury.add-conflict");
  gtk_widget_set_hexpand (intro, TRUE);
  gtk_box_append (GTK_BOX (bar), intro);
  gtk_box_append (GTK_BOX (bar), self->show_lifted_check);
  gtk_box_append (GTK_BOX (bar), add);
  gtk_box_append (GTK_BOX (main_box), bar);

  table_widget = table_build (self, TABLE_CONFLICTS, conflict_columns,
                              G_N_ELEMENTS (conflict_columns),
                              _("No Conflicts of Interest"),
                              _("Conflicts are found from the jurors’ units, declared by jurors "
                                "or added here."));
  table = &self->tables[TABLE_CONFLICTS];
  table->filter = gtk_custom_filter_new (lifted_filter_cb, self, NULL);
  gtk_filter_list_model_set_filter (table->filtered, GTK_FILTER (table->filter));
  g_object_unref (table->filter);
  g_signal_connect (table->selection, "notify::selected", G_CALLBACK (conflict_selected_cb),
                    self);
  gtk_box_append (GTK_BOX (main_box), table_widget);
  gtk_widget_set_hexpand (main_box, TRUE);
  gtk_box_append (GTK_BOX (page), main_box);

  /* The chosen conflict, its lift and its history */
  self->conflict_title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->conflict_title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->conflict_title), TRUE);
  gtk_widget_add_css_class (self->conflict_title, "title-4");
  gtk_box_append (GTK_BOX (side), self->conflict_title);

  self->conflict_facts = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->conflict_facts), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->conflict_facts, "boxed-list");
  gtk_box_append (GTK_BOX (side), self->conflict_facts);

  self->lift_button = gtk_button_new_with_mnemonic (_("_Lift…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->lift_button), "jury.lift-conflict");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->lift_button), "x", PJ_NO_ID);
  gtk_widget_set_tooltip_text (self->lift_button,
                               _("Let the juror score this nomination again"));
  gtk_widget_set_halign (lift_row, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (lift_row), self->lift_button);
  gtk_box_append (GTK_BOX (side), lift_row);

  self->history_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->history_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->history_list, "boxed-list");
  gtk_box_append (GTK_BOX (side), section_box (_("History"), NULL, self->history_list));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (side_scrolled), side);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (side_scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "dialog-information-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("Choose a Conflict"));
  adw_status_page_set_description (ADW_STATUS_PAGE (none),
                                   _("Its reason, its history and the Lift action show here."));
  gtk_widget_add_css_class (none, "compact");

  self->conflict_stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->conflict_stack), side_scrolled, "detail");
  gtk_stack_add_named (GTK_STACK (self->conflict_stack), none, "none");
  gtk_widget_set_size_request (self->conflict_stack, 340, -1);
  gtk_box_append (GTK_BOX (page), self->conflict_stack);

  return page;
}

/* }}} */

/* Distribute {{{ */

typedef struct
{
  char   *path;
  char   *user;
  gint64  edition_id;
} DistributeJob;

static void
distribute_job_free (DistributeJob *job)
{
  g_free (job->path);
  g_free (job->user);
  g_free (job);
}

static void
distribute_summary_free (gpointer data)
{
  pj_distribute_summary_free (data);
}

/* In a thread, with its own connection: the window stays responsive. */
static void
distribute_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  DistributeJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PjWorkspace) ws = pj_workspace_open (job->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  PjDistributeSummary *summary = NULL;

  if (ws == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  pj_workspace_set_user (ws, job->user);
  if (!pj_store_distribute (ws, job->edition_id, &summary, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, summary, distribute_summary_free);
}

static void
set_busy (PjJuryView *self,
          gboolean    busy)
{
  self->busy = busy;
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  update_coverage_header (self);
  update_actions (self);
}

static void
show_distribute_result (PjJuryView          *self,
                        PjDistributeSummary *summary)
{
  g_autofree char *added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u assignment added",
                                                         "%u assignments added",
                                                         summary->n_added),
                                            summary->n_added);
  AdwMessageDialog *dialog;
  GtkWidget *list, *scrolled;
  g_autofree char *body = NULL;

  if (summary->shortfalls == NULL || summary->shortfalls->len == 0)
    {
      g_autofree char *text =
        /* TRANSLATORS: "12 assignments added · every nomination has 3 jurors or more" */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%s · every nomination has %u juror or more",
                                      "%s · every nomination has %u jurors or more",
                                      summary->k), added, summary->k);
      show_toast (self, text);
      return;
    }

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s. %u nomination still has fewer than %u jurors:",
                                       "%s. %u nominations still have fewer than %u jurors:",
                                       summary->shortfalls->len),
                          added, summary->shortfalls->len, summary->k);
  dialog = dialog_new (self, _("Some Nominations Lack Jurors"), body);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < summary->shortfalls->len; i++)
    {
      const PjShortfall *s = &g_array_index (summary->shortfalls, PjShortfall, i);
      PjJuryRow *nomination = find_row (&self->tables[TABLE_NOMINATIONS], s->nomination_id,
                                        NULL);
      g_autofree char *why = pj_shortfall_describe (s, summary->k);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     nomination != NULL ? nomination->title : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), why);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  set_part (G_OBJECT (dialog), "shortfalls", list);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
distribute_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  PjJuryView *self = PJ_JURY_VIEW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(PjDistributeSummary) summary =
    g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->workspace == NULL)
    return;

  set_busy (self, FALSE);
  if (summary == NULL)
    {
      show_refusal (self, _("Could Not Distribute"), error);
      return;
    }

  /* The thread wrote through its own connection: tell everyone who
   * watches this one, then show what was done. */
  pj_workspace_emit_changed (self->workspace, "assignment");
  if (summary->n_conflicts_added > 0 || summary->n_conflicts_removed > 0)
    {
      pj_workspace_emit_changed (self->workspace, "conflict");
      reload (self);
    }
  else
    reload_some (self, RELOAD_COVERAGE);
  show_distribute_result (self, summary);
}

static void
start_distribute (PjJuryView *self)
{
  g_autoptr(GTask) task = NULL;
  DistributeJob *job;

  if (self->busy || self->workspace == NULL || self->edition == NULL)
    return;

  job = g_new0 (DistributeJob, 1);
  job->path = g_strdup (pj_workspace_get_path (self->workspace));
  job->user = g_strdup (pj_workspace_get_user (self->workspace));
  job->edition_id = edition_id (self);

  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, distribute_done_cb, NULL);
  g_task_set_source_tag (task, start_distribute);
  g_task_set_task_data (task, job, (GDestroyNotify) distribute_job_free);
  g_task_run_in_thread (task, distribute_thread);
}

static void
distribute_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        PjJuryView       *self)
{
  if (self->dialog == dialog)
    g_clear_weak_pointer (&self->dialog);
  if (g_strcmp0 (response, "distribute") == 0)
    start_distribute (self);
}

static void
distribute_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->busy || self->edition == NULL)
    return;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Every nomination in scoring gets at least %u juror, "
                                       "chosen among the jurors of its category so that "
                                       "everyone’s load stays even. Jurors with a conflict of "
                                       "interest are never chosen, and the assignments made "
                                       "already stay as they are. The change is recorded in "
                                       "the audit log.",
                                       "Every nomination in scoring gets at least %u jurors, "
                                       "chosen among the jurors of its category so that "
                                       "everyone’s load stays even. Jurors with a conflict of "
                                       "interest are never chosen, and the assignments made "
                                       "already stay as they are. The change is recorded in "
                                       "the audit log.",
                                       self->k), self->k);
  dialog = dialog_new (self, _("Distribute Nominations?"), body);
  pj_gui_message_dialog_add_confirm (dialog, "distribute", _("_Distribute"),
                                     ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "distribute");
  g_signal_connect_object (dialog, "response", G_CALLBACK (distribute_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

/* Assign and unassign {{{ */

static void
assign_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 juror_id, nomination_id;

  g_variant_get (parameter, "(xx)", &juror_id, &nomination_id);
  if (self->workspace == NULL)
    return;
  if (!pj_store_assign (self->workspace, juror_id, nomination_id, &error))
    show_refusal (self, _("Cannot Assign Juror"), error);
}

static void
unassign_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 juror_id, nomination_id;

  g_variant_get (parameter, "(xx)", &juror_id, &nomination_id);
  if (self->workspace == NULL)
    return;
  if (!pj_store_unassign (self->workspace, juror_id, nomination_id, &error))
    show_refusal (self, _("Cannot Remove Juror"), error);
}

static void
juror_picked_cb (GtkListBox    *list,
                 GtkListBoxRow *row,
                 PjJuryView    *self)
{
  gint64 *juror_id = g_object_get_data (G_OBJECT (row), "pj-juror-id");
  gint64 *nomination_id = g_object_get_data (G_OBJECT (list), "pj-nomination-id");
  AdwMessageDialog *dialog = self->dialog;

  if (juror_id == NULL || nomination_id == NULL || !gtk_widget_get_sensitive (GTK_WIDGET (row)))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "jury.assign", "(xx)", *juror_id,
                              *nomination_id);
  if (dialog != NULL && self->dialog == dialog)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
assign_juror_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);
  PjJuryRow *nomination = self->current_nomination != PJ_NO_ID
                          ? find_row (&self->tables[TABLE_NOMINATIONS],
                                      self->current_nomination, NULL)
                          : NULL;
  g_autoptr(GListModel) jurors = NULL;
  g_autoptr(GListModel) conflicts = NULL;
  g_autoptr(GArray) assigned = NULL;
  g_autoptr(GHashTable) conflicted = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list, *scrolled;
  guint n_rows = 0;

  if (nomination == NULL || self->workspace == NULL)
    return;

  jurors = pj_store_list_jurors (self->workspace, edition_id (self), NULL);
  conflicts = pj_store_list_nomination_conflicts (self->workspace, nomination->id, NULL);
  assigned = pj_store_list_nomination_assignments (self->workspace, nomination->id, NULL);
  conflicted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; conflicts != NULL && i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(PjConflict) c = g_list_model_get_item (conflicts, i);

      if (!pj_conflict_get_lifted (c))
        g_hash_table_insert (conflicted, int64_dup (pj_conflict_get_juror_id (c)),
                             g_object_ref (c));
    }

  /* TRANSLATORS: the juror picker: "Jurors who serve in Skola. ..." */
  body = g_strdup_printf (_("Jurors who serve in %s. A juror with a conflict of interest "
                            "cannot be assigned."), nomination->category);
  dialog = dialog_new (self, _("Assign Juror"), body);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  g_object_set_data_full (G_OBJECT (list), "pj-nomination-id", int64_dup (nomination->id),
                          g_free);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (juror_picked_cb), self, 0);

  for (guint i = 0; jurors != NULL && i < g_list_model_get_n_items (jurors); i++)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, i);
      gint64 juror_id = pj_juror_get_id (juror);
      guint n_ids = 0;
      const gint64 *ids = pj_juror_get_category_ids (juror, &n_ids);
      gboolean serves = FALSE;
      gboolean is_assigned = FALSE;
      PjConflict *conflict;
      PjJuryRow *load_row = g_hash_table_lookup (self->juror_rows, &juror_id);
      GtkWidget *row;
      g_autofree char *subtitle = NULL;

      for (guint c = 0; c < n_ids; c++)
        serves = serves || ids[c] == nomination->category_id;
      if (!serves)
        continue;
      for (guint a = 0; assigned != NULL && a < assigned->len; a++)
        is_assigned = is_assigned || g_array_index (assigned, gint64, a) == juror_id;
      conflict = g_hash_table_lookup (conflicted, &juror_id);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pj_juror_get_name (juror));
      if (conflict != NULL)
        {
          /* TRANSLATORS: why a juror cannot be assigned: "Conflict of interest: Own unit" */
          subtitle = g_strdup_printf (_("Conflict of interest: %s"),
                                      pj_conflict_describe_reason (conflict));
          gtk_widget_set_sensitive (row, FALSE);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("action-unavailable-symbolic"));
        }
      else if (is_assigned)
        {
          subtitle = g_strdup (_("Assigned already"));
          gtk_widget_set_sensitive (row, FALSE);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("object-select-symbolic"));
        }
      else
        {
          guint load = load_row != NULL ? load_row->load : 0;

          subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u nomination assigned",
                                                   "%u nominations assigned", load), load);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("list-add-symbolic"));
        }
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data_full (G_OBJECT (row), "pj-juror-id", int64_dup (juror_id), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      n_rows++;
    }

  if (n_rows == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Nobody serves in this category yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Give jurors this category in Setup."));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  set_part (G_OBJECT (dialog), "jurors", list);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
select_nomination_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (find_row (&self->tables[TABLE_NOMINATIONS], id, NULL) == NULL)
    return;
  self->current_nomination = id;
  self->syncing = TRUE;
  restore_selection (self->nomination_selection, id);
  self->syncing = FALSE;
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->view_stack), "assignments");
  update_assignment_detail (self);
  update_actions (self);
}

/* }}} */

/* Add and lift conflicts {{{ */

static guint
combo_selected (AdwComboRow *combo)
{
  return adw_combo_row_get_selected (combo);
}

static gint64
combo_id (AdwComboRow *combo)
{
  GArray *ids = g_object_get_data (G_OBJECT (combo), "pj-ids");
  guint selected = combo_selected (combo);

  if (ids == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return PJ_NO_ID;
  return g_array_index (ids, gint64, selected);
}

/* Checks the add-conflict form: the caption says what is missing. */
static gboolean
add_form_check (PjJuryView       *self,
                AdwMessageDialog *dialog)
{
  AdwComboRow *juror = g_object_get_data (G_OBJECT (dialog), "juror");
  AdwComboRow *nomination = g_object_get_data (G_OBJECT (dialog), "nomination");
  AdwComboRow *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  GtkWidget *text_row = g_object_get_data (G_OBJECT (dialog), "text");
  GtkWidget *caption = g_object_get_data (G_OBJECT (dialog), "caption");
  g_autofree char *text = pj_gui_editable_dup_stripped_text (GTK_EDITABLE (text_row));
  gint64 juror_id = combo_id (juror);
  gint64 nomination_id = combo_id (nomination);
  gboolean other = combo_selected (reason) == PJ_CONFLICT_REASON_OTHER;
  const char *problem = NULL;

  if (juror_id == PJ_NO_ID)
    problem = _("Choose a juror.");
  else if (nomination_id == PJ_NO_ID)
    problem = _("Choose a nomination.");
  else if (self->workspace != NULL
           && pj_store_is_conflicted (self->workspace, juror_id, nomination_id))
    problem = _("This juror already has a conflict of interest with this nomination.");
  else if (other && *text == '\0')
    problem = _("Describe the reason: it is needed when the reason is “Other”.");

  if (other && *text == '\0')
    gtk_widget_add_css_class (text_row, "error");
  else
    gtk_widget_remove_css_class (text_row, "error");

  gtk_label_set_text (GTK_LABEL (caption),
                      problem != NULL ? problem
                                      : _("The juror’s assignment and any score sheet for "
                                          "this nomination are removed, and the conflict is "
                                          "recorded in the audit log."));
  if (problem != NULL)
    gtk_widget_add_css_class (caption, "pj-jury-problem");
  else
    gtk_widget_remove_css_class (caption, "pj-jury-problem");
  adw_message_dialog_set_response_enabled (dialog, "add", problem == NULL);
  return problem == NULL;
}

static void
add_form_changed_cb (GObject    *object,
                     GParamSpec *pspec,
                     PjJuryView *self)
{
  if (self->dialog != NULL)
    add_form_check (self, self->dialog);
}

static void
add_form_text_changed_cb (GtkEditable *editable,
                          PjJuryView  *self)
{
  if (self->dialog != NULL)
    add_form_check (self, self->dialog);
}

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 PjJuryView       *self)
{
  g_autoptr(PjConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;
  AdwComboRow *reason;
  GtkWidget *text_row;
  g_autofree char *text = NULL;

  if (self->dialog == dialog)
    g_clear_weak_pointer (&self->dialog);

  if (g_strcmp0 (response, "add") != 0 || self->workspace == NULL)
    return;
  if (!add_form_check (self, dialog))
    return;

  reason = g_object_get_data (G_OBJECT (dialog), "reason");
  text_row = g_object_get_data (G_OBJECT (dialog), "text");
  text = pj_gui_editable_dup_stripped_text (GTK_EDITABLE (text_row));

  conflict = pj_conflict_new ();
  pj_conflict_set_juror_id (conflict, combo_id (g_object_get_data (G_OBJECT (dialog), "juror")));
  pj_conflict_set_nomination_id (conflict,
                                 combo_id (g_object_get_data (G_OBJECT (dialog), "nomination")));
  pj_conflict_set_source (conflict, PJ_CONFLICT_ORGANISER);
  pj_conflict_set_reason (conflict, (PjConflictReason) combo_selected (reason));
  pj_conflict_set_reason_text (conflict, text);

  if (!pj_store_add_conflict (self->workspace, conflict, &error))
    {
      show_refusal (self, _("Could Not Add the Conflict"), error);
      return;
    }
  self->current_conflict = pj_conflict_get_id (conflict);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->view_stack), "conflicts");
  show_toast (self, _("Conflict of interest recorded"));
}

static GtkWidget *
combo_new (const char  *title,
           GtkStringList *labels,
           GArray      *ids)
{
  GtkWidget *combo = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (combo), FALSE);
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (labels));
  if (ids != NULL)
    g_object_set_data_full (G_OBJECT (combo), "pj-ids", g_array_ref (ids),
                            (GDestroyNotify) g_array_unref);
  return combo;
}

static void
add_conflict_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);
  g_autoptr(GtkStringList) juror_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) reasons = gtk_string_list_new (NULL);
  g_autoptr(GArray) juror_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) nomination_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *jurors = G_LIST_MODEL (self->tables[TABLE_JURORS].store);
  GListModel *nominations = G_LIST_MODEL (self->tables[TABLE_NOMINATIONS].store);
  GtkWidget *list, *juror, *nomination, *reason, *text, *caption, *box;
  AdwMessageDialog *dialog;
  guint preselect = GTK_INVALID_LIST_POSITION;

  if (self->workspace == NULL || self->edition == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (jurors); i++)
    {
      g_autoptr(PjJuryRow) row = g_list_model_get_item (jurors, i);

      gtk_string_list_append (juror_names, row->title);
      g_array_append_val (juror_ids, row->id);
    }
  for (guint i = 0; i < g_list_model_get_n_items (nominations); i++)
    {
      g_autoptr(PjJuryRow) row = g_list_model_get_item (nominations, i);

      gtk_string_list_append (titles, row->title);
      g_array_append_val (nomination_ids, row->id);
      if (row->id == self->current_nomination)
        preselect = i;
    }
  for (guint r = 0; r < PJ_N_CONFLICT_REASONS; r++)
    gtk_string_list_append (reasons, pj_conflict_reason_to_label ((PjConflictReason) r));

  dialog = dialog_new (self, _("Add Conflict of Interest"),
                       _("Record that a juror must not score a nomination."));

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  juror = combo_new (_("Juror"), juror_names, juror_ids);
  nomination = combo_new (_("Nomination"), titles, nomination_ids);
  if (preselect != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (ADW_COMBO_ROW (nomination), preselect);
  reason = combo_new (_("Reason"), reasons, NULL);
  text = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (text), _("Explanation"));
  gtk_list_box_append (GTK_LIST_BOX (list), juror);
  gtk_list_box_append (GTK_LIST_BOX (list), nomination);
  gtk_list_box_append (GTK_LIST_BOX (list), reason);
  gtk_list_box_append (GTK_LIST_BOX (list), text);
  caption = caption_label (NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_widget_set_size_request (box, 420, -1);
  adw_message_dialog_set_extra_child (dialog, box);

  set_part (G_OBJECT (dialog), "juror", juror);
  set_part (G_OBJECT (dialog), "nomination", nomination);
  set_part (G_OBJECT (dialog), "reason", reason);
  set_part (G_OBJECT (dialog), "text", text);
  set_part (G_OBJECT (dialog), "caption", caption);

  pj_gui_message_dialog_add_confirm (dialog, "add", _("_Add"), ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");

  g_signal_connect_object (juror, "notify::selected", G_CALLBACK (add_form_changed_cb), self, 0);
  g_signal_connect_object (nomination, "notify::selected", G_CALLBACK (add_form_changed_cb),
                           self, 0);
  g_signal_connect_object (reason, "notify::selected", G_CALLBACK (add_form_changed_cb),
                           self, 0);
  g_signal_connect_object (text, "changed", G_CALLBACK (add_form_text_changed_cb), self, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_response_cb), self, 0);
  add_form_check (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
lift_form_check (AdwMessageDialog *dialog)
{
  GtkWidget *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  GtkWidget *caption = g_object_get_data (G_OBJECT (dialog), "caption");
  g_autofree char *text = pj_gui_editable_dup_stripped_text (GTK_EDITABLE (reason));
  gboolean ok = *text != '\0';

  gtk_label_set_text (GTK_LABEL (caption),
                      ok ? _("The reason is recorded in the audit log with your name.")
                         : _("A reason is required to lift a conflict of interest."));
  gtk_widget_set_visible (caption, TRUE);
  adw_message_dialog_set_response_enabled (dialog, "lift", ok);
  return ok;
}

static void
lift_reason_changed_cb (GtkEditable      *editable,
                        AdwMessageDialog *dialog)
{
  lift_form_check (dialog);
}

static void
lift_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  PjJuryView       *self)
{
  PjConflict *conflict = g_object_get_data (G_OBJECT (dialog), "pj-conflict");
  GtkWidget *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->dialog == dialog)
    g_clear_weak_pointer (&self->dialog);

  if (g_strcmp0 (response, "lift") != 0 || self->workspace == NULL || conflict == NULL)
    return;
  /* Activated with the button disabled: nothing happens without a reason. */
  if (!lift_form_check (dialog))
    return;

  text = pj_gui_editable_dup_stripped_text (GTK_EDITABLE (reason));
  if (!pj_store_lift_conflict (self->workspace, conflict, text, &error))
    {
      show_refusal (self, _("Could Not Lift the Conflict"), error);
      return;
    }
  show_toast (self, _("Conflict of interest lifted"));
}

static void
lift_conflict_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autoptr(PjConflict) conflict = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list, *reason, *caption, *box;

  if (self->workspace == NULL || id == PJ_NO_ID)
    return;
  conflict = pj_store_get_conflict (self->workspace, id, &error);
  if (conflict == NULL)
    {
      show_refusal (self, _("Could Not Lift the Conflict"), error);
      return;
    }
  if (pj_conflict_get_lifted (conflict))
    return;

  body = g_strdup_printf (_("Lifting lets %s score “%s” again, and see its other scores as "
                            "any juror does. The conflict stays on record, marked as lifted, "
                            "and the lift is recorded in the audit log."),
                          pj_conflict_get_juror_name (conflict),
                          pj_conflict_get_nomination_title (conflict));
  dialog = dialog_new (self, _("Lift Conflict of Interest?"), body);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  reason = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (reason), _("Reason for lifting"));
  gtk_list_box_append (GTK_LIST_BOX (list), reason);
  caption = caption_label (NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), caption);
  adw_message_dialog_set_extra_child (dialog, box);

  set_part (G_OBJECT (dialog), "reason", reason);
  set_part (G_OBJECT (dialog), "caption", caption);
  g_object_set_data_full (G_OBJECT (dialog), "pj-conflict", g_object_ref (conflict),
                          g_object_unref);

  pj_gui_message_dialog_add_confirm (dialog, "lift", _("_Lift"), ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (reason, "changed", G_CALLBACK (lift_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (lift_response_cb), self, 0);
  lift_form_check (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
select_conflict_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  Table *table = &self->tables[TABLE_CONFLICTS];

  if (find_row (table, id, NULL) == NULL)
    return;
  self->current_conflict = id;
  self->syncing = TRUE;
  restore_selection (table->selection, id);
  self->syncing = FALSE;
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->view_stack), "conflicts");
  update_conflict_detail (self);
}

/* }}} */

/* Actions {{{ */

/* Ballot files: every juror's ballot into a folder, and the import of the
 * signed ones (src/gui/ballot). */
static void
ballot_message_cb (const char *message,
                   gpointer    user_data)
{
  show_toast (PJ_JURY_VIEW (user_data), message);
}

static void
export_ballots_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);

  if (self->workspace == NULL || self->edition == NULL)
    return;
  pj_ballot_export_choose_folder (pj_gui_parent_window (GTK_WIDGET (self)),
                                  self->workspace, self->edition,
                                  ballot_message_cb, g_object_ref (self), g_object_unref);
}

static void
import_ballots_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);

  if (self->workspace == NULL)
    return;
  pj_ballot_import_choose_files (pj_gui_parent_window (GTK_WIDGET (self)), self->workspace,
                                 ballot_message_cb, g_object_ref (self), g_object_unref);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PjJuryView *self = PJ_JURY_VIEW (widget);
  const char *page = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (ADW_VIEW_STACK (self->view_stack), page) != NULL)
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->view_stack), page);
}

static void
update_actions (PjJuryView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean ready = self->workspace != NULL && self->edition != NULL;

  gtk_widget_action_set_enabled (widget, "jury.distribute", ready && !self->busy);
  gtk_widget_action_set_enabled (widget, "jury.assign", ready && !self->busy);
  gtk_widget_action_set_enabled (widget, "jury.unassign", ready && !self->busy);
  gtk_widget_action_set_enabled (widget, "jury.assign-juror",
                                 ready && !self->busy && self->current_nomination != PJ_NO_ID);
  gtk_widget_action_set_enabled (widget, "jury.add-conflict", ready);
  gtk_widget_action_set_enabled (widget, "jury.lift-conflict", ready);
  gtk_widget_action_set_enabled (widget, "jury.export-ballots",
                                 ready
                                 && pj_edition_get_phase (self->edition) == PJ_PHASE_SCORING);
  gtk_widget_action_set_enabled (widget, "jury.import-ballots", ready);
}

/* }}} */

/* GObject {{{ */

static void
pj_jury_view_dispose (GObject *object)
{
  PjJuryView *self = PJ_JURY_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->last_toast);

  g_clear_pointer (&self->main_stack, gtk_widget_unparent);

  g_clear_object (&self->nomination_selection);
  g_clear_object (&self->search_filtered);
  g_clear_object (&self->search_filter);
  for (guint i = 0; i < N_TABLES; i++)
    table_clear (&self->tables[i]);

  g_clear_object (&self->workspace);
  g_clear_object (&self->edition);

  G_OBJECT_CLASS (pj_jury_view_parent_class)->dispose (object);
}

static void
pj_jury_view_finalize (GObject *object)
{
  PjJuryView *self = PJ_JURY_VIEW (object);

  g_clear_pointer (&self->juror_rows, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (pj_jury_view_parent_class)->finalize (object);
}

static void
pj_jury_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PjJuryView *self = PJ_JURY_VIEW (object);

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
pj_jury_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PjJuryView *self = PJ_JURY_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      pj_jury_view_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_EDITION:
      pj_jury_view_set_edition (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_jury_view_class_init (PjJuryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_jury_view_dispose;
  object_class->finalize = pj_jury_view_finalize;
  object_class->get_property = pj_jury_view_get_property;
  object_class->set_property = pj_jury_view_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, PJ_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITION] =
    g_param_spec_object ("edition", NULL, NULL, PJ_TYPE_EDITION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pjjuryview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "jury.distribute", NULL, distribute_action);
  gtk_widget_class_install_action (widget_class, "jury.assign", "(xx)", assign_action);
  gtk_widget_class_install_action (widget_class, "jury.unassign", "(xx)", unassign_action);
  gtk_widget_class_install_action (widget_class, "jury.assign-juror", NULL,
                                   assign_juror_action);
  gtk_widget_class_install_action (widget_class, "jury.select-nomination", "x",
                                   select_nomination_action);
  gtk_widget_class_install_action (widget_class, "jury.add-conflict", NULL,
                                   add_conflict_action);
  gtk_widget_class_install_action (widget_class, "jury.lift-conflict", "x",
                                   lift_conflict_action);
  gtk_widget_class_install_action (widget_class, "jury.select-conflict", "x",
                                   select_conflict_action);
  gtk_widget_class_install_action (widget_class, "jury.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "jury.export-ballots", NULL,
                                   export_ballots_action);
  gtk_widget_class_install_action (widget_class, "jury.import-ballots", NULL,
                                   import_ballots_action);
}

static void
pj_jury_view_init (PjJuryView *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *switcher_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *switcher = adw_view_switcher_new ();
  GtkWidget *no_edition = adw_status_page_new ();
  GtkWidget *ballot_button = gtk_menu_button_new ();
  g_autoptr(GMenu) ballot_menu = g_menu_new ();
  AdwViewStackPage *page;

  pj_gui_load_css_resource ("/io/github/prisjury/Prisjury/jury/jury.css");
  self->current_nomination = PJ_NO_ID;
  self->current_conflict = PJ_NO_ID;
  self->cancellable = g_cancellable_new ();
  self->juror_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  self->view_stack = adw_view_stack_new ();
  gtk_widget_set_vexpand (self->view_stack, TRUE);
  page = adw_view_stack_add_titled (ADW_VIEW_STACK (self->view_stack), coverage_page_new (self),
                                    "coverage", _("Coverage"));
  adw_view_stack_page_set_icon_name (page, "view-list-bullet-symbolic");
  page = adw_view_stack_add_titled (ADW_VIEW_STACK (self->view_stack),
                                    assignments_page_new (self), "assignments",
                                    _("Assignments"));
  adw_view_stack_page_set_icon_name (page, "system-users-symbolic");
  page = adw_view_stack_add_titled (ADW_VIEW_STACK (self->view_stack), conflicts_page_new (self),
                                    "conflicts", _("Conflicts of Interest"));
  adw_view_stack_page_set_icon_name (page, "action-unavailable-symbolic");

  adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_STACK (self->view_stack));
  adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
  gtk_widget_set_hexpand (switcher, TRUE);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (switcher_bar, "pj-jury-switcher");
  gtk_box_append (GTK_BOX (switcher_bar), switcher);
  /* Offline ballot files, for jurors who score away from the workspace. */
  g_menu_append (ballot_menu, _("_Export Ballots…"), "jury.export-ballots");
  g_menu_append (ballot_menu, _("_Import Ballots…"), "jury.import-ballots");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (ballot_button), G_MENU_MODEL (ballot_menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (ballot_button), "document-send-symbolic");
  gtk_widget_set_tooltip_text (ballot_button, _("Ballot Files"));
  gtk_widget_set_valign (ballot_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (switcher_bar), ballot_button);
  gtk_box_append (GTK_BOX (content), switcher_bar);
  gtk_box_append (GTK_BOX (content), self->view_stack);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (no_edition), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (no_edition), _("No Edition Chosen"));
  adw_status_page_set_description (ADW_STATUS_PAGE (no_edition),
                                   _("Choose an edition to see its jury’s assignments and "
                                     "conflicts of interest."));

  self->main_stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->main_stack), content, "content");
  gtk_stack_add_named (GTK_STACK (self->main_stack), no_edition, "no-edition");
  gtk_widget_set_parent (self->main_stack, GTK_WIDGET (self));

  reload (self);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
pj_jury_view_new (void)
{
  return g_object_new (PJ_TYPE_JURY_VIEW, NULL);
}

PjWorkspace *
pj_jury_view_get_workspace (PjJuryView *self)
{
  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), NULL);

  return self->workspace;
}

void
pj_jury_view_set_workspace (PjJuryView  *self,
                            PjWorkspace *workspace)
{
  g_return_if_fail (PJ_IS_JURY_VIEW (self));
  g_return_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    g_signal_connect (workspace, "changed", G_CALLBACK (workspace_changed_cb), self);
  self->current_nomination = PJ_NO_ID;
  self->current_conflict = PJ_NO_ID;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

PjEdition *
pj_jury_view_get_edition (PjJuryView *self)
{
  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), NULL);

  return self->edition;
}

void
pj_jury_view_set_edition (PjJuryView *self,
                          PjEdition  *edition)
{
  g_return_if_fail (PJ_IS_JURY_VIEW (self));
  g_return_if_fail (edition == NULL || PJ_IS_EDITION (edition));

  if (self->edition == edition)
    return;
  if (self->edition != NULL && edition != NULL
      && pj_edition_get_id (self->edition) == pj_edition_get_id (edition))
    {
      /* The same edition, read again: keep the choices on screen. */
      g_set_object (&self->edition, edition);
      reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION]);
      return;
    }

  g_set_object (&self->edition, edition);
  self->current_nomination = PJ_NO_ID;
  self->current_conflict = PJ_NO_ID;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION]);
}

/* }}} */

/* For the tests {{{ */

AdwMessageDialog *
pj_jury_view_get_open_dialog (PjJuryView *self)
{
  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), NULL);

  return self->dialog;
}

AdwToast *
pj_jury_view_get_last_toast (PjJuryView *self)
{
  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), NULL);

  return self->last_toast;
}

gboolean
pj_jury_view_is_busy (PjJuryView *self)
{
  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), FALSE);

  return self->busy;
}

const char *
pj_jury_view_get_visible_page (PjJuryView *self)
{
  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (self->view_stack));
}

GtkWidget *
pj_jury_view_get_part (PjJuryView *self,
                       const char *name)
{
  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->dialog != NULL)
    {
      GtkWidget *part = g_object_get_data (G_OBJECT (self->dialog), name);

      if (part != NULL)
        return part;
    }
  if (g_str_equal (name, "summary"))
    return self->summary_label;
  if (g_str_equal (name, "below-k"))
    return self->below_k_check;
  if (g_str_equal (name, "distribute"))
    return self->distribute_button;
  if (g_str_equal (name, "assigned"))
    return self->assigned_list;
  if (g_str_equal (name, "assign-juror"))
    return self->assign_button;
  if (g_str_equal (name, "lift"))
    return self->lift_button;
  if (g_str_equal (name, "history"))
    return self->history_list;
  return NULL;
}

guint
pj_jury_view_get_n_rows (PjJuryView *self,
                         const char *table_name)
{
  Table *table;

  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), 0);
  table = table_from_name (self, table_name);
  g_return_val_if_fail (table != NULL, 0);

  return g_list_model_get_n_items (G_LIST_MODEL (table->sorted));
}

gint64
pj_jury_view_get_row_id (PjJuryView *self,
                         const char *table_name,
                         guint       position)
{
  g_autoptr(PjJuryRow) row = NULL;
  Table *table;

  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), PJ_NO_ID);
  table = table_from_name (self, table_name);
  g_return_val_if_fail (table != NULL, PJ_NO_ID);

  row = g_list_model_get_item (G_LIST_MODEL (table->sorted), position);
  return row != NULL ? row->id : PJ_NO_ID;
}

char *
pj_jury_view_dup_cell_text (PjJuryView *self,
                            const char *table_name,
                            guint       position,
                            const char *column)
{
  g_autoptr(PjJuryRow) row = NULL;
  const ColumnSpec *spec;
  Table *table;

  g_return_val_if_fail (PJ_IS_JURY_VIEW (self), NULL);
  table = table_from_name (self, table_name);
  g_return_val_if_fail (table != NULL, NULL);
  spec = find_spec (table, column);
  g_return_val_if_fail (spec != NULL, NULL);

  row = g_list_model_get_item (G_LIST_MODEL (table->sorted), position);
  return row != NULL ? spec->text (self, row) : NULL;
}

/* }}} */
