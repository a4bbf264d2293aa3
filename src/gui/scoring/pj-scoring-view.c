/* pj-scoring-view.c: a juror scores the nominations in their queue
 *
 * Three panes in an AdwLeaflet: the juror's queue, the nomination's texts
 * and the criteria form. The form edits a PjScoreSheet in place and writes
 * it to the store as a draft PJ_SCORING_VIEW_SAVE_DELAY ms after the last
 * edit, and at once before another nomination or juror is shown. Every
 * rule (assignment, conflicts, phase, lock, blind policy) is the store's:
 * the view shows what it allows and says why when it refuses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-scoring-view"

#include "config.h"

#include "pj-scoring-view.h"
#include "pj-scoring-view-private.h"
#include "pj-gui-util.h"

#include <glib/gi18n.h>

#include "pj-conflict.h"
#include "pj-scoring-format.h"
#include "pj-store-assignment.h"
#include "pj-store-nomination.h"
#include "pj-store-scoring.h"

/* Scales with more steps than this get a spin button instead of buttons. */
#define MAX_BUTTON_STEPS 11
/* Two digits typed within this time make one number (1, 0 → 10). */
#define DIGIT_PAIR_USEC (900 * G_TIME_SPAN_MILLISECOND)

typedef struct _PjScoringView PjScoringView;

typedef struct
{
  PjScoringView *view;          /* unowned */
  PjCriterion   *criterion;
  guint          index;
  GtkWidget     *card;
  GtkWidget     *score_box;
  GtkWidget     *clear_button;
  GPtrArray     *buttons;       /* GtkToggleButton per step, or NULL */
  GtkSpinButton *spin;          /* or NULL */
  GtkLabel      *chosen_label;
  GPtrArray     *rubric_rows;   /* GtkLabel per step in "All levels" */
  GtkEntry      *comment_entry;
} CriterionRow;

struct _PjScoringView
{
  GtkWidget            parent_instance;

  PjWorkspace         *workspace;
  PjEdition           *edition;
  PjEdition           *fresh_edition;     /* as stored now: phase, policy */
  gint64               juror_id;
  gboolean             juror_only;

  GListModel          *criteria;          /* PjCriterion of the edition */
  GArray              *juror_ids;         /* dropdown position → juror id */
  GtkStringList       *juror_names;
  char                *juror_name;

  GListStore          *queue;             /* PjQueueItem */
  GtkSingleSelection  *selection;

  PjNomination        *nomination;
  PjScoreSheet        *sheet;
  GPtrArray           *rows;              /* CriterionRow */
  int                  current;           /* row index, -1 for none */
  GListStore          *others;            /* PjScoreSheet, or NULL when hidden */

  PjScoringSaveState   save_state;
  char                *save_message;
  guint                save_source;
  gboolean             dirty;
  char                *refused_message;   /* the store's refusal of a submit */

  guint                syncing;
  guint                updating;
  guint                own_write;

  int                  last_digit;
  gint64               last_digit_time;
  int                  last_digit_row;

  char                *progress_text;
  char                *total_text;
  char                *missing_text;
  char                *status_text;
  char                *others_text;
  char                *empty_title;

  AdwToast            *last_toast;        /* weak */
  AdwMessageDialog    *last_dialog;       /* weak */
  GtkEventController  *key_controller;

  /* Template widgets */
  GtkWidget           *header_box;
  GtkDropDown         *juror_dropdown;
  GtkLabel            *juror_label;
  GtkWidget           *progress_box;
  GtkLabel            *progress_label;
  GtkProgressBar      *progress_bar;
  GtkStack            *stack;
  AdwStatusPage       *status_page;
  AdwLeaflet          *leaflet;
  GtkListView         *queue_view;
  GtkWidget           *texts_bar;
  GtkWidget           *texts_box;
  GtkWidget           *form_pane;
  GtkWidget           *back_button;
  GtkWidget           *texts_button;
  GtkLabel            *save_label;
  GtkWidget           *reload_button;
  GtkWidget           *form_menu_button;
  GtkStack            *form_stack;
  GtkWidget           *form_scroller;
  GtkLabel            *form_title_label;
  GtkLabel            *sheet_status_label;
  GtkWidget           *criteria_box;
  GtkTextView         *overall_view;
  GtkExpander         *others_expander;
  GtkLabel            *others_label;
  GtkListBox          *others_list;
  GtkLabel            *total_label;
  GtkLabel            *missing_label;
  GtkWidget           *reopen_button;
  GtkWidget           *abstain_button;
  GtkWidget           *submit_button;
  GtkWidget           *submit_next_button;
};

G_DEFINE_FINAL_TYPE (PjScoringView, pj_scoring_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_EDITION,
  PROP_JUROR_ID,
  PROP_JUROR_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload_all            (PjScoringView *self);
static void refresh_queue         (PjScoringView *self);
static void open_nomination       (PjScoringView *self,
                                   gint64         nomination_id);
static void sync_form             (PjScoringView *self);
static void update_actions        (PjScoringView *self);
static gboolean save_now          (PjScoringView *self);

/* Helpers {{{ */

static void
criterion_row_free (gpointer data)
{
  CriterionRow *row = data;

  g_clear_object (&row->criterion);
  g_clear_pointer (&row->buttons, g_ptr_array_unref);
  g_clear_pointer (&row->rubric_rows, g_ptr_array_unref);
  g_free (row);
}

static gint64
edition_id (PjScoringView *self)
{
  return self->edition != NULL ? pj_edition_get_id (self->edition) : PJ_NO_ID;
}

static gint64
nomination_id (PjScoringView *self)
{
  return self->nomination != NULL ? pj_nomination_get_id (self->nomination) : PJ_NO_ID;
}

static gint64
category_id (PjScoringView *self)
{
  return self->nomination != NULL ? pj_nomination_get_category_id (self->nomination)
                                  : PJ_NO_ID;
}

static gboolean
in_scoring_phase (PjScoringView *self)
{
  return self->fresh_edition != NULL &&
         pj_edition_get_phase (self->fresh_edition) == PJ_PHASE_SCORING;
}

static gboolean
sheet_locked (PjScoringView *self)
{
  return self->sheet != NULL && pj_score_sheet_is_locked (self->sheet);
}

static gboolean
sheet_editable (PjScoringView *self)
{
  return self->workspace != NULL && self->sheet != NULL && !sheet_locked (self) &&
         in_scoring_phase (self) && self->save_state != PJ_SCORING_SAVE_CONFLICT;
}

static void
toast_message (PjScoringView *self,
               const char    *message)
{
  AdwToast *shown = pj_gui_add_toast (GTK_WIDGET (self), adw_toast_new (message));

  if (shown == NULL)
    g_debug ("%s", message);
  g_set_weak_pointer (&self->last_toast, shown);
}

static void
set_text (char       **field,
          const char  *text)
{
  if (g_strcmp0 (*field, text) == 0)
    return;
  g_free (*field);
  *field = g_strdup (text);
}

static void
remove_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_BOX (box))
        gtk_box_remove (GTK_BOX (box), child);
      else if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_widget_unparent (child);
    }
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static CriterionRow *
row_for_criterion (PjScoringView *self,
                   gint64         criterion_id)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      CriterionRow *row = g_ptr_array_index (self->rows, i);

      if (pj_criterion_get_id (row->criterion) == criterion_id)
        return row;
    }
  return NULL;
}

/* The criterion row holding @widget, or NULL. */
static CriterionRow *
row_for_widget (PjScoringView *self,
                GtkWidget     *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      CriterionRow *row = g_object_get_data (G_OBJECT (w), "pj-scoring-row");

      if (row != NULL)
        return row;
      if (w == GTK_WIDGET (self))
        break;
    }
  return NULL;
}

static guint
queue_position (PjScoringView *self,
                gint64         id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->queue));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (G_LIST_MODEL (self->queue), i);

      if (pj_queue_item_get_nomination_id (item) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* }}} */

/* Save state {{{ */

static void
set_save_state (PjScoringView      *self,
                PjScoringSaveState  state,
                const char         *message)
{
  g_autofree char *text = NULL;

  self->save_state = state;
  switch (state)
    {
    case PJ_SCORING_SAVE_NONE:
      text = g_strdup ("");
      break;
    case PJ_SCORING_SAVE_SAVED:
      text = g_strdup (self->sheet != NULL &&
                       pj_score_sheet_get_id (self->sheet) == PJ_NO_ID
                       ? _("Not started") : _("Saved"));
      break;
    case PJ_SCORING_SAVE_PENDING:
      text = g_strdup (_("Saving…"));
      break;
    case PJ_SCORING_SAVE_FAILED:
      /* TRANSLATORS: the draft could not be saved; %s says why */
      text = g_strdup_printf (_("Not saved: %s"), message != NULL ? message : "");
      break;
    case PJ_SCORING_SAVE_CONFLICT:
      text = g_strdup (_("Changed elsewhere. Reload to see the stored scores."));
      break;
    default:
      g_assert_not_reached ();
    }

  set_text (&self->save_message, text);
  gtk_label_set_text (self->save_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_label), text);
  gtk_widget_set_visible (self->reload_button, state == PJ_SCORING_SAVE_CONFLICT);
  if (state == PJ_SCORING_SAVE_FAILED || state == PJ_SCORING_SAVE_CONFLICT)
    gtk_widget_remove_css_class (GTK_WIDGET (self->save_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->save_label), "dim-label");
}

static gboolean
save_timeout_cb (gpointer data)
{
  PjScoringView *self = data;

  self->save_source = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (PjScoringView *self)
{
  if (self->syncing > 0 || self->sheet == NULL)
    return;

  self->dirty = TRUE;
  if (self->save_state != PJ_SCORING_SAVE_CONFLICT)
    set_save_state (self, PJ_SCORING_SAVE_PENDING, NULL);
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (PJ_SCORING_VIEW_SAVE_DELAY, save_timeout_cb, self);
}

static gboolean
save_now (PjScoringView *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty || self->sheet == NULL || self->workspace == NULL)
    return TRUE;
  if (self->save_state == PJ_SCORING_SAVE_CONFLICT)
    return FALSE;

  self->own_write++;
  ok = pj_store_save_sheet_draft (self->workspace, self->sheet, &error);
  self->own_write--;

  if (!ok)
    {
      if (g_error_matches (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE))
        set_save_state (self, PJ_SCORING_SAVE_CONFLICT, NULL);
      else
        set_save_state (self, PJ_SCORING_SAVE_FAILED, error->message);
      update_actions (self);
      return FALSE;
    }

  self->dirty = FALSE;
  set_save_state (self, PJ_SCORING_SAVE_SAVED, NULL);
  refresh_queue (self);
  return TRUE;
}

/* }}} */

/* The header and the empty states {{{ */

static void
update_progress (PjScoringView *self)
{
  guint submitted = 0, total = 0;
  g_autofree char *text = NULL;

  if (self->workspace != NULL && self->juror_id != PJ_NO_ID)
    pj_store_juror_progress (self->workspace, self->juror_id, &submitted, &total);

  text = pj_scoring_format_progress (submitted, total);
  set_text (&self->progress_text, text);
  gtk_label_set_text (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar,
                                 total > 0 ? (double) submitted / total : 0.0);
  gtk_widget_set_visible (self->progress_box, total > 0);
}

static void
show_empty (PjScoringView *self,
            const char    *icon,
            const char    *title,
            const char    *description)
{
  adw_status_page_set_icon_name (self->status_page, icon);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  set_text (&self->empty_title, title);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
fill_jurors (PjScoringView *self)
{
  g_autoptr(GListModel) jurors = NULL;
  g_autoptr(GError) error = NULL;
  guint n, selected = GTK_INVALID_LIST_POSITION;
  gint64 first = PJ_NO_ID;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_array_set_size (self->juror_ids, 0);
  if (self->workspace != NULL && self->edition != NULL)
    {
      jurors = pj_store_list_jurors (self->workspace, edition_id (self), &error);
      if (jurors == NULL)
        toast_message (self, error->message);
    }

  n = jurors != NULL ? g_list_model_get_n_items (jurors) : 0;
  g_clear_pointer (&self->juror_name, g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, i);
      gint64 id = pj_juror_get_id (juror);

      g_array_append_val (self->juror_ids, id);
      g_ptr_array_add (names, g_strdup (pj_juror_get_name (juror)));
      if (i == 0)
        first = id;
      if (id == self->juror_id)
        {
          selected = i;
          self->juror_name = g_strdup (pj_juror_get_name (juror));
        }
    }
  g_ptr_array_add (names, NULL);

  /* Organisers land on the first juror; a ballot names its own. */
  if (selected == GTK_INVALID_LIST_POSITION && !self->juror_only && first != PJ_NO_ID)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, 0);

      selected = 0;
      self->juror_id = first;
      self->juror_name = g_strdup (pj_juror_get_name (juror));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JUROR_ID]);
    }

  self->updating++;
  gtk_string_list_splice (self->juror_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->juror_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->juror_dropdown, selected);
  self->updating--;

  gtk_label_set_text (self->juror_label, self->juror_name != NULL ? self->juror_name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->juror_dropdown), !self->juror_only);
  gtk_widget_set_visible (GTK_WIDGET (self->juror_label), self->juror_only);
}

/* }}} */

/* The queue {{{ */

static void
queue_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title = wrapped_label (NULL, "pj-sc-queue-title");
  GtkWidget *category = gtk_label_new (NULL);
  GtkWidget *total = gtk_label_new (NULL);
  GtkWidget *pill = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "pj-sc-queue-row");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (texts, TRUE);

  gtk_label_set_xalign (GTK_LABEL (category), 0);
  gtk_label_set_ellipsize (GTK_LABEL (category), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (category, TRUE);
  gtk_widget_add_css_class (category, "caption");
  gtk_widget_add_css_class (category, "dim-label");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (pill, "pj-sc-pill");
  gtk_widget_add_css_class (total, "pj-sc-queue-total");
  gtk_widget_add_css_class (total, "caption-heading");
  gtk_label_set_width_chars (GTK_LABEL (total), 4);
  gtk_label_set_xalign (GTK_LABEL (total), 1);
  gtk_box_append (GTK_BOX (line), category);
  gtk_box_append (GTK_BOX (line), pill);
  gtk_box_append (GTK_BOX (line), total);

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), line);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);

  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "category", category);
  g_object_set_data (G_OBJECT (box), "total", total);
  g_object_set_data (G_OBJECT (box), "pill", pill);
  gtk_list_item_set_child (list_item, box);
}

static const char *
queue_state_class (PjQueueItem *item)
{
  if (pj_queue_item_get_sheet_id (item) == PJ_NO_ID)
    return "pj-sc-state-new";
  switch (pj_queue_item_get_status (item))
    {
    case PJ_SHEET_SUBMITTED:
      return "pj-sc-state-submitted";
    case PJ_SHEET_ABSTAINED:
      return "pj-sc-state-abstained";
    case PJ_SHEET_DRAFT:
    default:
      return "pj-sc-state-draft";
    }
}

static void
queue_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  data)
{
  static const char * const classes[] = {
    "pj-sc-state-new", "pj-sc-state-draft", "pj-sc-state-submitted", "pj-sc-state-abstained",
  };
  PjQueueItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = g_object_get_data (G_OBJECT (box), "icon");
  GtkWidget *pill = g_object_get_data (G_OBJECT (box), "pill");
  GtkWidget *total = g_object_get_data (G_OBJECT (box), "total");
  const char *state_class = queue_state_class (item);
  g_autofree char *total_text = pj_scoring_format_total (pj_queue_item_get_total (item));
  g_autofree char *accessible = NULL;
  const char *state_label;
  const char *icon_name;

  if (pj_queue_item_get_sheet_id (item) == PJ_NO_ID)
    {
      state_label = _("Not started");
      icon_name = "radio-symbolic";
    }
  else
    {
      state_label = pj_sheet_status_to_label (pj_queue_item_get_status (item));
      switch (pj_queue_item_get_status (item))
        {
        case PJ_SHEET_SUBMITTED:
          icon_name = "emblem-ok-symbolic";
          break;
        case PJ_SHEET_ABSTAINED:
          icon_name = "action-unavailable-symbolic";
          break;
        case PJ_SHEET_DRAFT:
        default:
          icon_name = "document-edit-symbolic";
          break;
        }
    }

  gtk_label_set_text (GTK_LABEL (g_object_get_data (G_OBJECT (box), "title")),
                      pj_queue_item_get_title (item));
  gtk_label_set_text (GTK_LABEL (g_object_get_data (G_OBJECT (box), "category")),
                      pj_queue_item_get_category_name (item));
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), icon_name);
  gtk_label_set_text (GTK_LABEL (pill), state_label);
  gtk_label_set_text (GTK_LABEL (total), total_text != NULL ? total_text : "");
  gtk_widget_set_visible (total, total_text != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      gtk_widget_remove_css_class (pill, classes[i]);
      gtk_widget_remove_css_class (icon, classes[i]);
    }
  gtk_widget_add_css_class (pill, state_class);
  gtk_widget_add_css_class (icon, state_class);
  gtk_widget_set_opacity (icon, pj_queue_item_get_sheet_id (item) == PJ_NO_ID ? 0.45 : 1.0);

  /* TRANSLATORS: a nomination in the queue for screen readers: title, state */
  accessible = g_strdup_printf (_("%s, %s"), pj_queue_item_get_title (item), state_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

static gboolean
same_item (PjQueueItem *a,
           PjQueueItem *b)
{
  return pj_queue_item_get_nomination_id (a) == pj_queue_item_get_nomination_id (b) &&
         pj_queue_item_get_sheet_id (a) == pj_queue_item_get_sheet_id (b) &&
         pj_queue_item_get_status (a) == pj_queue_item_get_status (b) &&
         pj_queue_item_get_n_scored (a) == pj_queue_item_get_n_scored (b) &&
         pj_queue_item_get_total (a) == pj_queue_item_get_total (b) &&
         g_strcmp0 (pj_queue_item_get_title (a), pj_queue_item_get_title (b)) == 0;
}

/* Reads the queue again, replacing only the items that changed, and keeps
 * the nomination shown selected. */
static void
refresh_queue (PjScoringView *self)
{
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *old = G_LIST_MODEL (self->queue);
  guint n_old = g_list_model_get_n_items (old);
  guint n_new, position;
  gboolean same_ids;

  if (self->workspace != NULL && self->juror_id != PJ_NO_ID && self->edition != NULL)
    {
      fresh = pj_store_list_juror_queue (self->workspace, self->juror_id, &error);
      if (fresh == NULL)
        toast_message (self, error->message);
    }
  n_new = fresh != NULL ? g_list_model_get_n_items (fresh) : 0;

  same_ids = n_new == n_old;
  for (guint i = 0; same_ids && i < n_new; i++)
    {
      g_autoptr(PjQueueItem) a = g_list_model_get_item (old, i);
      g_autoptr(PjQueueItem) b = g_list_model_get_item (fresh, i);

      same_ids = pj_queue_item_get_nomination_id (a) == pj_queue_item_get_nomination_id (b);
    }

  self->updating++;
  if (same_ids)
    {
      for (guint i = 0; i < n_new; i++)
        {
          g_autoptr(PjQueueItem) a = g_list_model_get_item (old, i);
          g_autoptr(PjQueueItem) b = g_list_model_get_item (fresh, i);

          if (!same_item (a, b))
            g_list_store_splice (self->queue, i, 1, (gpointer *) &b, 1);
        }
    }
  else
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n_new; i++)
        g_ptr_array_add (items, g_list_model_get_item (fresh, i));
      g_list_store_splice (self->queue, 0, n_old, items->pdata, items->len);
    }

  position = queue_position (self, nomination_id (self));
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->updating--;

  update_progress (self);
}

static void
selection_changed_cb (PjScoringView *self)
{
  PjQueueItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->updating > 0 || item == NULL)
    return;

  open_nomination (self, pj_queue_item_get_nomination_id (item));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "form");
}

static void
queue_activate_cb (PjScoringView *self,
                   guint          position)
{
  g_autoptr(PjQueueItem) item = g_list_model_get_item (G_LIST_MODEL (self->queue), position);

  if (item == NULL)
    return;
  open_nomination (self, pj_queue_item_get_nomination_id (item));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "form");
  gtk_widget_activate_action (GTK_WIDGET (self), "scoring.next-criterion", NULL);
}

/* The first unfinished nomination of the queue, else the first; PJ_NO_ID. */
static gint64
first_to_score (PjScoringView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->queue));
  gint64 first = PJ_NO_ID;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjQueueItem) item = g_list_model_get_item (G_LIST_MODEL (self->queue), i);

      if (i == 0)
        first = pj_queue_item_get_nomination_id (item);
      if (!pj_queue_item_is_done (item))
        return pj_queue_item_get_nomination_id (item);
    }
  return first;
}

/* }}} */

/* The nomination's texts {{{ */

static void
add_section (GtkWidget  *box,
             const char *heading,
             const char *text)
{
  GtkWidget *title;
  GtkWidget *body;

  if (text == NULL || text[0] == '\0')
    return;

  title = wrapped_label (heading, "heading");
  gtk_widget_add_css_class (title, "pj-sc-section-title");
  body = wrapped_label (text, "pj-sc-body");
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_widget_set_focusable (body, FALSE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), body);
}

static void
fill_texts (PjScoringView *self)
{
  PjNomination *n = self->nomination;
  GtkWidget *title, *meta, *lead;
  g_autoptr(GString) meta_text = g_string_new (NULL);
  PjInnovationClass klass;

  remove_children (self->texts_box);
  if (n == NULL)
    return;

  title = wrapped_label (pj_nomination_get_title (n), "title-2");
  gtk_widget_set_focusable (title, FALSE);
  gtk_box_append (GTK_BOX (self->texts_box), title);

  g_string_append (meta_text, pj_nomination_get_category_name (n));
  if (pj_nomination_get_unit_names (n)[0] != '\0')
    {
      if (meta_text->len > 0)
        g_string_append (meta_text, " · ");
      g_string_append (meta_text, pj_nomination_get_unit_names (n));
    }
  klass = pj_nomination_get_class_claimed (n);
  if (klass != PJ_CLASS_NONE)
    {
      if (meta_text->len > 0)
        g_string_append (meta_text, " · ");
      g_string_append (meta_text, pj_innovation_class_to_label (klass));
    }
  meta = wrapped_label (meta_text->str, "dim-label");
  gtk_widget_add_css_class (meta, "pj-sc-meta");
  gtk_box_append (GTK_BOX (self->texts_box), meta);

  if (pj_nomination_get_summary (n)[0] != '\0')
    {
      lead = wrapped_label (pj_nomination_get_summary (n), "pj-sc-lead");
      gtk_label_set_selectable (GTK_LABEL (lead), TRUE);
      gtk_widget_set_focusable (lead, FALSE);
      gtk_box_append (GTK_BOX (self->texts_box), lead);
    }

  add_section (self->texts_box, _("What Is New"), pj_nomination_get_what_is_new (n));
  add_section (self->texts_box, _("Value Created, and for Whom"),
               pj_nomination_get_value_created (n));
  add_section (self->texts_box, _("Results and Evidence"), pj_nomination_get_results (n));
  add_section (self->texts_box, _("Implementation"), pj_nomination_get_implementation (n));
  add_section (self->texts_box, _("Spread"), pj_nomination_get_spread (n));
  add_section (self->texts_box, _("Partners"), pj_nomination_get_partners (n));
}

/* }}} */

/* The criteria form {{{ */

static void
set_current (PjScoringView *self,
             int            index)
{
  if (self->current >= 0 && (guint) self->current < self->rows->len)
    {
      CriterionRow *old = g_ptr_array_index (self->rows, self->current);

      gtk_widget_remove_css_class (old->card, "pj-sc-current");
    }
  self->current = index;
  if (index >= 0 && (guint) index < self->rows->len)
    {
      CriterionRow *row = g_ptr_array_index (self->rows, index);

      gtk_widget_add_css_class (row->card, "pj-sc-current");
    }
}

static GtkWidget *
score_focus_widget (CriterionRow *row)
{
  int value;

  if (row->spin != NULL)
    return GTK_WIDGET (row->spin);

  value = pj_score_sheet_get_value (row->view->sheet, pj_criterion_get_id (row->criterion));
  if (value >= pj_criterion_get_scale_min (row->criterion) &&
      value <= pj_criterion_get_scale_max (row->criterion))
    return g_ptr_array_index (row->buttons, value - pj_criterion_get_scale_min (row->criterion));
  return g_ptr_array_index (row->buttons, 0);
}

static void
focus_row (PjScoringView *self,
           int            index)
{
  CriterionRow *row;

  if (index < 0 || (guint) index >= self->rows->len)
    return;
  row = g_ptr_array_index (self->rows, index);
  set_current (self, index);
  if (gtk_widget_get_sensitive (row->score_box))
    gtk_widget_grab_focus (score_focus_widget (row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (row->card));
}

static void
sync_row (PjScoringView *self,
          CriterionRow  *row)
{
  PjCriterion *c = row->criterion;
  int min = pj_criterion_get_scale_min (c);
  int max = pj_criterion_get_scale_max (c);
  int value = pj_score_sheet_get_value (self->sheet, pj_criterion_get_id (c));
  gboolean editable = sheet_editable (self);
  const char *comment = pj_score_sheet_get_comment (self->sheet, pj_criterion_get_id (c));
  g_autofree char *chosen = NULL;

  self->syncing++;
  if (row->buttons != NULL)
    {
      for (guint i = 0; i < row->buttons->len; i++)
        {
          GtkToggleButton *button = g_ptr_array_index (row->buttons, i);

          gtk_toggle_button_set_active (button, value == min + (int) i);
        }
    }
  else if (value >= min)
    {
      gtk_spin_button_set_value (row->spin, value);
    }

  if (value >= min && value <= max)
    {
      const char *label = pj_criterion_get_label (c, value);

      chosen = label[0] != '\0' ? g_strdup_printf ("%d · %s", value, label)
                                : g_strdup_printf ("%d", value);
      gtk_widget_remove_css_class (GTK_WIDGET (row->chosen_label), "pj-sc-unset");
    }
  else
    {
      chosen = g_strdup (_("Not scored yet"));
      gtk_widget_add_css_class (GTK_WIDGET (row->chosen_label), "pj-sc-unset");
    }
  gtk_label_set_text (row->chosen_label, chosen);

  for (guint i = 0; i < row->rubric_rows->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (row->rubric_rows, i);
      int step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "step"));

      if (step == value)
        gtk_widget_add_css_class (label, "pj-sc-rubric-chosen");
      else
        gtk_widget_remove_css_class (label, "pj-sc-rubric-chosen");
    }

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row->comment_entry)), comment) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row->comment_entry), comment);

  gtk_widget_set_sensitive (row->score_box, editable);
  gtk_widget_set_visible (row->clear_button, editable && value >= min);
  gtk_editable_set_editable (GTK_EDITABLE (row->comment_entry), editable);
  gtk_widget_set_can_focus (GTK_WIDGET (row->comment_entry), editable || comment[0] != '\0');
  if (value >= min)
    gtk_widget_remove_css_class (row->card, "pj-sc-missing");
  self->syncing--;
}

static void
update_total (PjScoringView *self)
{
  g_autofree char *total = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *missing_text = NULL;
  gboolean editable = sheet_editable (self);

  if (self->sheet == NULL)
    {
      set_text (&self->total_text, "");
      set_text (&self->missing_text, "");
      return;
    }

  if (pj_score_sheet_get_status (self->sheet) == PJ_SHEET_ABSTAINED)
    total = g_strdup (_("Abstained"));
  else
    total = pj_scoring_format_points (pj_sheet_total (self->sheet, self->criteria,
                                                      category_id (self)));
  set_text (&self->total_text, total);
  gtk_label_set_text (self->total_label, total);

  missing = pj_scoring_missing_criteria (self->sheet, self->criteria, category_id (self));
  if (!editable)
    missing_text = NULL;
  else if (self->refused_message != NULL && missing->len > 0)
    missing_text = g_strdup (self->refused_message);
  else
    missing_text = pj_scoring_format_missing (missing);
  if (missing->len == 0)
    g_clear_pointer (&self->refused_message, g_free);

  set_text (&self->missing_text, missing_text != NULL ? missing_text : "");
  gtk_label_set_text (self->missing_label, missing_text != NULL ? missing_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), missing_text != NULL);
  /* Quiet until the juror tries to submit: then the message is a warning. */
  if (self->refused_message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->missing_label), "pj-sc-missing-text");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->missing_label), "pj-sc-missing-text");
  if (self->refused_message == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->missing_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->missing_label), "dim-label");

  gtk_widget_set_sensitive (self->submit_button, editable && missing->len == 0);
  gtk_widget_set_sensitive (self->submit_next_button, editable && missing->len == 0);
}

static void
update_sheet_status (PjScoringView *self)
{
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;
  PjSheetStatus status;

  if (self->sheet == NULL || !sheet_locked (self))
    {
      set_text (&self->status_text, "");
      gtk_widget_set_visible (GTK_WIDGET (self->sheet_status_label), FALSE);
      return;
    }

  status = pj_score_sheet_get_status (self->sheet);
  when = pj_scoring_format_time (pj_score_sheet_get_submitted_at (self->sheet));
  if (status == PJ_SHEET_ABSTAINED)
    text = when != NULL
         ? g_strdup_printf (_("Abstained at %s. An organiser can reopen the sheet."), when)
         : g_strdup (_("Abstained. An organiser can reopen the sheet."));
  else
    text = when != NULL
         ? g_strdup_printf (_("Submitted at %s. The scores are locked; an organiser can "
                              "reopen them."), when)
         : g_strdup (_("Submitted. The scores are locked; an organiser can reopen them."));

  set_text (&self->status_text, text);
  gtk_label_set_text (self->sheet_status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_status_label), TRUE);
  if (status == PJ_SHEET_ABSTAINED)
    gtk_widget_add_css_class (GTK_WIDGET (self->sheet_status_label), "pj-sc-abstained");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->sheet_status_label), "pj-sc-abstained");
}

static void
after_edit (PjScoringView *self,
            CriterionRow  *row)
{
  if (row != NULL)
    sync_row (self, row);
  update_total (self);
  schedule_save (self);
  update_actions (self);
}

/* Sets a score as the buttons, the keys and the action do. */
static gboolean
set_score (PjScoringView *self,
           CriterionRow  *row,
           int            value)
{
  gint64 id = pj_criterion_get_id (row->criterion);

  if (!sheet_editable (self))
    return FALSE;
  if (value >= 0 && (value < pj_criterion_get_scale_min (row->criterion) ||
                     value > pj_criterion_get_scale_max (row->criterion)))
    return FALSE;

  if (value < 0)
    value = PJ_SCORE_UNSET;
  if (pj_score_sheet_get_value (self->sheet, id) == value)
    return TRUE;
  pj_score_sheet_set_value (self->sheet, id, value);
  after_edit (self, row);
  return TRUE;
}

static void
score_toggled_cb (GtkToggleButton *button,
                  CriterionRow    *row)
{
  PjScoringView *self = row->view;

  if (self->syncing > 0 || !gtk_toggle_button_get_active (button))
    return;

  set_current (self, row->index);
  set_score (self, row, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "step")));
}

static void
spin_value_cb (GtkSpinButton *spin,
               CriterionRow  *row)
{
  if (row->view->syncing > 0)
    return;
  set_score (row->view, row, gtk_spin_button_get_value_as_int (spin));
}

static void
clear_clicked_cb (GtkButton    *button,
                  CriterionRow *row)
{
  set_score (row->view, row, PJ_SCORE_UNSET);
  focus_row (row->view, row->index);
}

static void
comment_changed_cb (GtkEditable  *editable,
                    CriterionRow *row)
{
  PjScoringView *self = row->view;
  gint64 id = pj_criterion_get_id (row->criterion);

  if (self->syncing > 0 || self->sheet == NULL || !sheet_editable (self))
    return;
  if (g_strcmp0 (pj_score_sheet_get_comment (self->sheet, id),
                 gtk_editable_get_text (editable)) == 0)
    return;
  pj_score_sheet_set_comment (self->sheet, id, gtk_editable_get_text (editable));
  schedule_save (self);
}

static void
card_focus_enter_cb (GtkEventControllerFocus *controller,
                     CriterionRow            *row)
{
  set_current (row->view, row->index);
}

static char *
criterion_meta (PjCriterion *c)
{
  g_autoptr(GString) text = g_string_new (NULL);
  double weight = pj_criterion_get_weight (c);

  if (pj_criterion_get_required (c))
    g_string_append (text, _("Required"));
  if (text->len > 0)
    g_string_append (text, " · ");
  if (weight > 0)
    {
      g_autofree char *w = g_strdup_printf ("%g", weight);

      /* TRANSLATORS: a criterion's weight in the total, as in "Weight 3" */
      g_string_append_printf (text, _("Weight %s"), w);
    }
  else
    {
      g_string_append (text, _("Not counted in the total"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static CriterionRow *
build_row (PjScoringView *self,
           PjCriterion   *c,
           guint          index)
{
  CriterionRow *row = g_new0 (CriterionRow, 1);
  int min = pj_criterion_get_scale_min (c);
  int max = pj_criterion_get_scale_max (c);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = wrapped_label (pj_criterion_get_name (c), "title-4");
  g_autofree char *meta_text = criterion_meta (c);
  GtkWidget *meta = gtk_label_new (meta_text);
  GtkWidget *expander, *grid;
  GtkEventController *focus;
  g_autofree char *comment_label = NULL;
  gboolean has_labels = FALSE;
  guint grid_row = 0;

  row->view = self;
  row->criterion = g_object_ref (c);
  row->index = index;
  row->card = card;
  row->rubric_rows = g_ptr_array_new ();
  g_object_set_data (G_OBJECT (card), "pj-scoring-row", row);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "pj-sc-criterion");
  gtk_widget_set_focusable (card, FALSE);

  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_valign (meta, GTK_ALIGN_BASELINE);
  gtk_widget_set_valign (name, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "pj-sc-criterion-meta");
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), meta);
  gtk_box_append (GTK_BOX (card), top);

  if (pj_criterion_get_description (c)[0] != '\0')
    gtk_box_append (GTK_BOX (card), wrapped_label (pj_criterion_get_description (c),
                                                   "dim-label"));

  /* The score control */
  row->score_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  if (max - min + 1 <= MAX_BUTTON_STEPS)
    {
      GtkToggleButton *group = NULL;

      row->buttons = g_ptr_array_new ();
      for (int v = min; v <= max; v++)
        {
          g_autofree char *text = g_strdup_printf ("%d", v);
          GtkWidget *button = gtk_toggle_button_new_with_label (text);
          const char *label = pj_criterion_get_label (c, v);
          g_autofree char *accessible = NULL;

          gtk_widget_add_css_class (button, "pj-sc-score");
          g_object_set_data (G_OBJECT (button), "step", GINT_TO_POINTER (v));
          if (label[0] != '\0')
            gtk_widget_set_tooltip_text (button, label);
          /* TRANSLATORS: a score button for screen readers: criterion, value, rubric */
          accessible = g_strdup_printf (_("%s: %d, %s"), pj_criterion_get_name (c), v, label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
          if (group != NULL)
            gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
          else
            group = GTK_TOGGLE_BUTTON (button);
          g_signal_connect (button, "toggled", G_CALLBACK (score_toggled_cb), row);
          g_ptr_array_add (row->buttons, button);
          gtk_box_append (GTK_BOX (row->score_box), button);
        }
    }
  else
    {
      row->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (min, max, 1));
      gtk_spin_button_set_numeric (row->spin, TRUE);
      gtk_widget_set_valign (GTK_WIDGET (row->spin), GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      pj_criterion_get_name (c), -1);
      g_signal_connect (row->spin, "value-changed", G_CALLBACK (spin_value_cb), row);
      g_signal_connect (row->spin, "activate", G_CALLBACK (spin_value_cb), row);
      gtk_box_append (GTK_BOX (row->score_box), GTK_WIDGET (row->spin));
    }
  row->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_add_css_class (row->clear_button, "flat");
  gtk_widget_add_css_class (row->clear_button, "circular");
  gtk_widget_set_valign (row->clear_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (row->clear_button, _("Clear the Score (Delete)"));
  g_signal_connect (row->clear_button, "clicked", G_CALLBACK (clear_clicked_cb), row);
  gtk_box_append (GTK_BOX (row->score_box), row->clear_button);
  gtk_box_append (GTK_BOX (card), row->score_box);

  /* The rubric: the chosen step's label in view, all of them on demand */
  row->chosen_label = GTK_LABEL (wrapped_label (NULL, "pj-sc-chosen"));
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (row->chosen_label));

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 14);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_start (grid, 4);
  gtk_widget_add_css_class (grid, "pj-sc-rubric");
  for (int v = min; v <= max; v++)
    {
      const char *label = pj_criterion_get_label (c, v);
      g_autofree char *number = NULL;
      GtkWidget *number_label, *text_label;

      if (label[0] == '\0')
        continue;
      has_labels = TRUE;
      number = g_strdup_printf ("%d", v);
      number_label = gtk_label_new (number);
      gtk_label_set_xalign (GTK_LABEL (number_label), 1);
      gtk_widget_set_valign (number_label, GTK_ALIGN_START);
      gtk_widget_add_css_class (number_label, "numeric");
      text_label = wrapped_label (label, NULL);
      gtk_widget_set_hexpand (text_label, TRUE);
      g_object_set_data (G_OBJECT (number_label), "step", GINT_TO_POINTER (v));
      g_object_set_data (G_OBJECT (text_label), "step", GINT_TO_POINTER (v));
      g_ptr_array_add (row->rubric_rows, number_label);
      g_ptr_array_add (row->rubric_rows, text_label);
      gtk_grid_attach (GTK_GRID (grid), number_label, 0, grid_row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), text_label, 1, grid_row, 1, 1);
      grid_row++;
    }
  if (has_labels)
    {
      expander = gtk_expander_new_with_mnemonic (_("All _Levels"));
      gtk_expander_set_child (GTK_EXPANDER (expander), grid);
      gtk_widget_add_css_class (expander, "pj-sc-rubric-expander");
      gtk_box_append (GTK_BOX (card), expander);
    }
  else
    {
      g_object_ref_sink (grid);
      g_object_unref (grid);
    }

  row->comment_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (row->comment_entry, _("Comment (optional)"));
  /* TRANSLATORS: the comment field of a criterion, for screen readers */
  comment_label = g_strdup_printf (_("Comment on %s"), pj_criterion_get_name (c));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->comment_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, comment_label, -1);
  gtk_widget_set_margin_top (GTK_WIDGET (row->comment_entry), 4);
  g_signal_connect (row->comment_entry, "changed", G_CALLBACK (comment_changed_cb), row);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (row->comment_entry));

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (card_focus_enter_cb), row);
  gtk_widget_add_controller (card, focus);

  return row;
}

static void
build_rows (PjScoringView *self)
{
  guint n;

  remove_children (self->criteria_box);
  g_ptr_array_set_size (self->rows, 0);
  self->current = -1;
  if (self->nomination == NULL || self->criteria == NULL)
    return;

  n = g_list_model_get_n_items (self->criteria);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCriterion) c = g_list_model_get_item (self->criteria, i);
      CriterionRow *row;

      if (!pj_criterion_applies_to (c, category_id (self)))
        continue;
      row = build_row (self, c, self->rows->len);
      g_ptr_array_add (self->rows, row);
      gtk_box_append (GTK_BOX (self->criteria_box), row->card);
    }
}

static void
overall_changed_cb (PjScoringView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->overall_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->syncing > 0 || self->sheet == NULL || !sheet_editable (self))
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, pj_score_sheet_get_overall_comment (self->sheet)) == 0)
    return;
  pj_score_sheet_set_overall_comment (self->sheet, text);
  schedule_save (self);
}

/* The sheet into every widget of the form. */
static void
sync_form (PjScoringView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->overall_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  const char *overall;

  if (self->sheet == NULL)
    {
      update_total (self);
      update_sheet_status (self);
      update_actions (self);
      return;
    }

  for (guint i = 0; i < self->rows->len; i++)
    sync_row (self, g_ptr_array_index (self->rows, i));

  overall = pj_score_sheet_get_overall_comment (self->sheet);
  overall = overall != NULL ? overall : "";
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  self->syncing++;
  if (g_strcmp0 (text, overall) != 0)
    gtk_text_buffer_set_text (buffer, overall, -1);
  gtk_text_view_set_editable (self->overall_view, sheet_editable (self));
  gtk_text_view_set_cursor_visible (self->overall_view, sheet_editable (self));
  self->syncing--;

  update_total (self);
  update_sheet_status (self);
  update_actions (self);
}

/* }}} */

/* Other jurors' scores {{{ */

static GtkWidget *
other_row_new (PjScoringView *self,
               PjScoreSheet  *other)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) scores = g_string_new (NULL);
  g_autofree char *total = NULL;
  GtkWidget *total_label;
  const char *comment = pj_score_sheet_get_overall_comment (other);

  for (guint i = 0; i < self->rows->len; i++)
    {
      CriterionRow *r = g_ptr_array_index (self->rows, i);
      int value = pj_score_sheet_get_value (other, pj_criterion_get_id (r->criterion));

      if (scores->len > 0)
        g_string_append (scores, " · ");
      if (value >= 0)
        g_string_append_printf (scores, "%s %d", pj_criterion_get_name (r->criterion), value);
      else
        g_string_append_printf (scores, "%s –", pj_criterion_get_name (r->criterion));
    }
  if (comment != NULL && comment[0] != '\0')
    g_string_append_printf (scores, "\n“%s”", comment);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pj_score_sheet_get_juror_name (other));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), scores->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  if (pj_score_sheet_get_status (other) == PJ_SHEET_ABSTAINED)
    total = g_strdup (_("Abstained"));
  else
    total = pj_scoring_format_points (pj_score_sheet_get_total (other));
  total_label = gtk_label_new (total);
  gtk_widget_add_css_class (total_label, "heading");
  gtk_widget_add_css_class (total_label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), total_label);
  return row;
}

static void
load_others (PjScoringView *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = "";
  guint n;

  remove_children (GTK_WIDGET (self->others_list));
  g_clear_object (&self->others);
  if (self->workspace == NULL || self->sheet == NULL)
    return;

  list = pj_store_list_other_sheets (self->workspace, self->juror_id, nomination_id (self),
                                     &error);
  n = list != NULL ? g_list_model_get_n_items (list) : 0;
  if (list == NULL)
    {
      text = error->message;
    }
  else if (n == 0 && self->fresh_edition != NULL &&
           pj_edition_get_blind_policy (self->fresh_edition) == PJ_BLIND_NEVER)
    {
      text = _("Scores of others are not shown in this edition.");
    }
  else if (n == 0 && self->fresh_edition != NULL &&
           pj_edition_get_blind_policy (self->fresh_edition) == PJ_BLIND_AFTER_SUBMIT &&
           !sheet_locked (self))
    {
      text = _("Shown after you submit your own scores.");
    }
  else
    {
      self->others = g_list_store_new (PJ_TYPE_SCORE_SHEET);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PjScoreSheet) other = g_list_model_get_item (list, i);

          g_list_store_append (self->others, other);
          gtk_list_box_append (self->others_list, other_row_new (self, other));
        }
      if (n == 0)
        text = _("No other juror has submitted scores yet.");
    }

  set_text (&self->others_text, text);
  gtk_label_set_text (self->others_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->others_label), text[0] != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->others_list), n > 0);
}

/* }}} */

/* Opening a nomination {{{ */

static void
close_nomination (PjScoringView *self)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->dirty = FALSE;
  g_clear_object (&self->nomination);
  g_clear_object (&self->sheet);
  g_clear_object (&self->others);
  g_clear_pointer (&self->refused_message, g_free);
  build_rows (self);
  fill_texts (self);
  set_save_state (self, PJ_SCORING_SAVE_NONE, NULL);
  set_text (&self->total_text, "");
  set_text (&self->missing_text, "");
  set_text (&self->status_text, "");
  set_text (&self->others_text, "");
  gtk_stack_set_visible_child_name (self->form_stack, "none");
  update_actions (self);
}

static void
open_nomination (PjScoringView *self,
                 gint64         id)
{
  g_autoptr(PjNomination) nomination = NULL;
  g_autoptr(PjScoreSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  if (self->nomination != NULL && id == nomination_id (self))
    return;

  save_now (self);
  if (id == PJ_NO_ID || self->workspace == NULL)
    {
      close_nomination (self);
      return;
    }

  nomination = pj_store_get_nomination (self->workspace, id, &error);
  if (nomination != NULL)
    sheet = pj_store_get_sheet (self->workspace, self->juror_id, id, &error);
  if (sheet == NULL)
    {
      toast_message (self, error->message);
      close_nomination (self);
      return;
    }

  close_nomination (self);
  self->nomination = g_steal_pointer (&nomination);
  self->sheet = g_steal_pointer (&sheet);
  self->last_digit = -1;

  build_rows (self);
  fill_texts (self);
  gtk_label_set_text (self->form_title_label, pj_nomination_get_title (self->nomination));
  set_save_state (self, PJ_SCORING_SAVE_SAVED, NULL);
  sync_form (self);
  load_others (self);
  gtk_stack_set_visible_child_name (self->form_stack, "form");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (self->form_scroller)), 0);

  position = queue_position (self, id);
  self->updating++;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  self->updating--;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->queue_view), "list.scroll-to-item", "u",
                                position);
  update_actions (self);
}

/* Reads the shown sheet again (after submit, abstain, reopen, reload). */
static void
reread_sheet (PjScoringView *self)
{
  g_autoptr(PjScoreSheet) sheet = NULL;
  g_autoptr(GError) error = NULL;

  if (self->nomination == NULL || self->workspace == NULL)
    return;

  sheet = pj_store_get_sheet (self->workspace, self->juror_id, nomination_id (self), &error);
  if (sheet == NULL)
    {
      toast_message (self, error->message);
      close_nomination (self);
      return;
    }
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->dirty = FALSE;
  g_set_object (&self->sheet, sheet);
  set_save_state (self, PJ_SCORING_SAVE_SAVED, NULL);
  sync_form (self);
  load_others (self);
}

/* Everything again: edition, jurors, criteria, queue. Keeps the nomination
 * shown when the queue still holds it. */
static void
reload_all (PjScoringView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 shown = nomination_id (self);
  gboolean has_queue;

  save_now (self);
  g_clear_object (&self->fresh_edition);
  g_clear_object (&self->criteria);
  if (self->workspace != NULL && self->edition != NULL)
    {
      self->fresh_edition = pj_store_get_edition (self->workspace, edition_id (self), &error);
      if (self->fresh_edition != NULL)
        self->criteria = pj_store_list_criteria (self->workspace, edition_id (self), &error);
      if (error != NULL)
        toast_message (self, error->message);
    }

  fill_jurors (self);
  close_nomination (self);
  refresh_queue (self);
  has_queue = g_list_model_get_n_items (G_LIST_MODEL (self->queue)) > 0;

  gtk_widget_set_visible (self->header_box, self->fresh_edition != NULL &&
                          self->juror_ids->len > 0 && in_scoring_phase (self));
  set_text (&self->empty_title, "");

  if (self->workspace == NULL || self->fresh_edition == NULL)
    {
      show_empty (self, "document-edit-symbolic", _("No Edition Chosen"),
                  _("Choose an edition to score its nominations."));
    }
  else if (self->juror_ids->len == 0)
    {
      show_empty (self, "system-users-symbolic", _("No Jurors Yet"),
                  _("Add the jury members of this edition in Setup. Each of them then "
                    "scores the nominations of their categories here."));
    }
  else if (!in_scoring_phase (self))
    {
      g_autofree char *description =
        g_strdup_printf (_("This edition is in the “%s” phase. Scores are given only in the "
                           "scoring phase, which an organiser starts in Setup once the "
                           "nominations are in and the jurors assigned."),
                         pj_phase_to_label (pj_edition_get_phase (self->fresh_edition)));

      show_empty (self, "document-edit-symbolic", _("Not in the Scoring Phase"), description);
    }
  else if (self->juror_name == NULL)
    {
      show_empty (self, "avatar-default-symbolic", _("No Juror Chosen"),
                  _("Choose the juror who scores."));
    }
  else if (!has_queue)
    {
      g_autofree char *description =
        g_strdup_printf (_("%s has no nominations to score in this edition. An organiser "
                           "assigns nominations to the jurors of each category."),
                         self->juror_name);

      show_empty (self, "emblem-ok-symbolic", _("Nothing to Score"), description);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "main");
      if (shown != PJ_NO_ID && queue_position (self, shown) != GTK_INVALID_LIST_POSITION)
        open_nomination (self, shown);
      else if (!adw_leaflet_get_folded (self->leaflet))
        open_nomination (self, first_to_score (self));
    }

  update_actions (self);
}

/* }}} */

/* Signals {{{ */

static void
workspace_changed_cb (PjWorkspace   *workspace,
                      const char    *what,
                      PjScoringView *self)
{
  if (self->own_write > 0)
    return;

  if (g_strcmp0 (what, "all") == 0 || g_strcmp0 (what, "edition") == 0 ||
      g_strcmp0 (what, "juror") == 0 || g_strcmp0 (what, "criterion") == 0 ||
      g_strcmp0 (what, "category") == 0)
    {
      reload_all (self);
      return;
    }

  if (g_strcmp0 (what, "score") == 0 || g_strcmp0 (what, "assignment") == 0 ||
      g_strcmp0 (what, "conflict") == 0 || g_strcmp0 (what, "nomination") == 0)
    {
      gint64 shown = nomination_id (self);

      refresh_queue (self);
      if (shown == PJ_NO_ID)
        return;
      if (queue_position (self, shown) == GTK_INVALID_LIST_POSITION)
        {
          close_nomination (self);
          return;
        }
      if (!self->dirty && self->sheet != NULL)
        {
          g_autoptr(PjScoreSheet) stored =
            pj_store_get_sheet (workspace, self->juror_id, shown, NULL);

          if (stored != NULL &&
              (pj_score_sheet_get_version (stored) != pj_score_sheet_get_version (self->sheet) ||
               pj_score_sheet_get_id (stored) != pj_score_sheet_get_id (self->sheet)))
            reread_sheet (self);
          else
            load_others (self);
        }
    }
}

static void
juror_selected_cb (PjScoringView *self)
{
  guint selected = gtk_drop_down_get_selected (self->juror_dropdown);

  if (self->updating > 0 || selected >= self->juror_ids->len)
    return;
  pj_scoring_view_set_juror_id (self, g_array_index (self->juror_ids, gint64, selected));
}

static void
folded_changed_cb (PjScoringView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_button, folded);
  gtk_widget_set_visible (self->texts_button, folded);
  gtk_widget_set_visible (self->texts_bar, folded);
  /* Side by side, the texts pane already names the nomination. */
  gtk_widget_set_visible (GTK_WIDGET (self->form_title_label), folded);
}

static void
submit_clicked_cb (PjScoringView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "scoring.submit", NULL);
}

static void
submit_next_clicked_cb (PjScoringView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "scoring.submit-and-next", NULL);
}

static gboolean
is_text_widget (GtkWidget *widget)
{
  return GTK_IS_TEXT (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_EDITABLE (widget);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PjScoringView         *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean in_form = focus != NULL && gtk_widget_is_ancestor (focus, self->criteria_box);
  CriterionRow *row = in_form ? row_for_widget (self, focus) : NULL;
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  int digit = -1;

  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
    {
      if (mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
        return gtk_widget_activate_action (GTK_WIDGET (self), "scoring.submit-and-next", NULL);
      if (mods == GDK_CONTROL_MASK)
        return gtk_widget_activate_action (GTK_WIDGET (self), "scoring.submit", NULL);
      return FALSE;
    }

  if (mods != 0 || row == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      set_current (self, row->index);
      gtk_widget_activate_action (GTK_WIDGET (self), "scoring.previous-criterion", NULL);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      set_current (self, row->index);
      gtk_widget_activate_action (GTK_WIDGET (self), "scoring.next-criterion", NULL);
      return TRUE;
    default:
      break;
    }

  /* Typing into a comment or a spin button stays typing. */
  if (is_text_widget (focus))
    return FALSE;

  if (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete || keyval == GDK_KEY_BackSpace)
    {
      set_score (self, row, PJ_SCORE_UNSET);
      return TRUE;
    }

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    digit = keyval - GDK_KEY_0;
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    digit = keyval - GDK_KEY_KP_0;
  if (digit >= 0)
    {
      gint64 now = g_get_monotonic_time ();
      int previous = (self->last_digit_row == (int) row->index &&
                      now - self->last_digit_time < DIGIT_PAIR_USEC) ? self->last_digit : -1;
      int value = pj_scoring_digit_value (previous, digit,
                                          pj_criterion_get_scale_min (row->criterion),
                                          pj_criterion_get_scale_max (row->criterion));

      self->last_digit = digit;
      self->last_digit_time = now;
      self->last_digit_row = row->index;
      set_current (self, row->index);
      if (value == PJ_SCORE_UNSET || !set_score (self, row, value))
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return TRUE;
        }
      /* Arrow keys go on from the chosen button. */
      gtk_widget_grab_focus (score_focus_widget (row));
      return TRUE;
    }

  return FALSE;
}

/* }}} */

/* Dialogs {{{ */

static AdwMessageDialog *
dialog_new (PjScoringView *self,
            const char    *heading,
            const char    *body)
{
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (pj_gui_parent_window (GTK_WIDGET (self)),
                                                heading, body));
  gint64 *id = g_new (gint64, 1);

  *id = nomination_id (self);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_set_weak_pointer (&self->last_dialog, dialog);
  g_object_set_data_full (G_OBJECT (dialog), "nomination-id", id, g_free);
  return dialog;
}

static gboolean
dialog_still_current (PjScoringView    *self,
                      AdwMessageDialog *dialog)
{
  gint64 *id = g_object_get_data (G_OBJECT (dialog), "nomination-id");

  return id != NULL && *id == nomination_id (self) && self->sheet != NULL;
}

static GtkWidget *
dialog_entry_new (AdwMessageDialog *dialog,
                  const char       *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  placeholder, -1);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  return entry;
}

static char *
dialog_entry_text (AdwMessageDialog *dialog)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  return pj_gui_editable_dup_stripped_text (GTK_EDITABLE (entry));
}

static void
abstain_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PjScoringView    *self)
{
  g_autofree char *reason = dialog_entry_text (dialog);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "abstain") != 0 || !dialog_still_current (self, dialog))
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->own_write++;
  ok = pj_store_abstain_sheet (self->workspace, self->sheet, reason, &error);
  self->own_write--;
  if (!ok)
    {
      toast_message (self, error->message);
      return;
    }
  reread_sheet (self);
  refresh_queue (self);
  toast_message (self, _("You abstained. The sheet does not count in the results."));
}

static void
reopen_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PjScoringView    *self)
{
  g_autofree char *reason = dialog_entry_text (dialog);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "reopen") != 0 || !dialog_still_current (self, dialog))
    return;

  self->own_write++;
  ok = pj_store_reopen_sheet (self->workspace, pj_score_sheet_get_id (self->sheet), reason,
                              &error);
  self->own_write--;
  if (!ok)
    {
      toast_message (self, error->message);
      return;
    }
  reread_sheet (self);
  refresh_queue (self);
  toast_message (self, _("The sheet is open for changes again."));
}

static void
conflict_validate (AdwMessageDialog *dialog)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  int reason = -1;
  g_autofree char *text = pj_gui_editable_dup_stripped_text (GTK_EDITABLE (entry));

  for (int i = 0; i < PJ_N_CONFLICT_REASONS; i++)
    {
      g_autofree char *key = g_strdup_printf ("reason-%d", i);
      GtkCheckButton *check = g_object_get_data (G_OBJECT (dialog), key);

      if (gtk_check_button_get_active (check))
        reason = i;
    }
  gtk_widget_set_sensitive (entry, reason == PJ_CONFLICT_REASON_OTHER);
  adw_message_dialog_set_response_enabled (dialog, "declare",
                                           reason >= 0 &&
                                           (reason != PJ_CONFLICT_REASON_OTHER ||
                                            text[0] != '\0'));
  g_object_set_data (G_OBJECT (dialog), "reason", GINT_TO_POINTER (reason + 1));
}

static void
conflict_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      PjScoringView    *self)
{
  g_autofree char *text = dialog_entry_text (dialog);
  int reason = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "reason")) - 1;
  g_autoptr(PjConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "declare") != 0 || reason < 0 ||
      !dialog_still_current (self, dialog))
    return;

  conflict = pj_conflict_new ();
  pj_conflict_set_juror_id (conflict, self->juror_id);
  pj_conflict_set_nomination_id (conflict, nomination_id (self));
  pj_conflict_set_source (conflict, PJ_CONFLICT_DECLARED);
  pj_conflict_set_reason (conflict, reason);
  pj_conflict_set_reason_text (conflict, text);

  /* The store removes the sheet: pending edits have nowhere to go. */
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->dirty = FALSE;
  self->own_write++;
  ok = pj_store_add_conflict (self->workspace, conflict, &error);
  self->own_write--;
  if (!ok)
    {
      toast_message (self, error->message);
      return;
    }

  title = g_strdup (pj_nomination_get_title (self->nomination));
  close_nomination (self);
  refresh_queue (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->queue)) == 0)
    reload_all (self);
  else if (!adw_leaflet_get_folded (self->leaflet))
    open_nomination (self, first_to_score (self));
  else
    adw_leaflet_set_visible_child_name (self->leaflet, "queue");

  message = g_strdup_printf (_("Conflict of interest declared. “%s” left your queue."), title);
  toast_message (self, message);
}

/* }}} */

/* Actions {{{ */

static void
update_actions (PjScoringView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean editable = sheet_editable (self);
  gboolean locked = sheet_locked (self);
  gboolean has_rows = self->rows->len > 0;
  gboolean can_reopen = locked && !self->juror_only && in_scoring_phase (self) &&
                        pj_score_sheet_get_id (self->sheet) != PJ_NO_ID;

  gtk_widget_action_set_enabled (widget, "scoring.set-score", editable);
  gtk_widget_action_set_enabled (widget, "scoring.submit", editable);
  gtk_widget_action_set_enabled (widget, "scoring.submit-and-next", editable);
  gtk_widget_action_set_enabled (widget, "scoring.abstain", editable);
  gtk_widget_action_set_enabled (widget, "scoring.reopen", can_reopen);
  gtk_widget_action_set_enabled (widget, "scoring.declare-conflict",
                                 self->nomination != NULL && in_scoring_phase (self));
  gtk_widget_action_set_enabled (widget, "scoring.select-nomination",
                                 g_list_model_get_n_items (G_LIST_MODEL (self->queue)) > 0);
  gtk_widget_action_set_enabled (widget, "scoring.next-criterion", has_rows);
  gtk_widget_action_set_enabled (widget, "scoring.previous-criterion", has_rows);
  gtk_widget_action_set_enabled (widget, "scoring.reload", self->nomination != NULL);

  gtk_widget_set_visible (self->reopen_button, can_reopen);
  gtk_widget_set_visible (self->abstain_button, !locked);
  gtk_widget_set_visible (self->submit_button, !locked);
  gtk_widget_set_visible (self->submit_next_button, !locked);
}

static void
set_score_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PjScoringView *self = PJ_SCORING_VIEW (widget);
  gint64 criterion_id;
  gint32 value;
  CriterionRow *row;

  g_variant_get (parameter, "(xi)", &criterion_id, &value);
  row = row_for_criterion (self, criterion_id);
  if (row == NULL || !set_score (self, row, value))
    gtk_widget_error_bell (widget);
}

static gboolean
submit (PjScoringView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (!sheet_editable (self))
    return FALSE;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->own_write++;
  ok = pj_store_submit_sheet (self->workspace, self->sheet, &error);
  self->own_write--;

  if (!ok)
    {
      if (g_error_matches (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE))
        {
          set_save_state (self, PJ_SCORING_SAVE_CONFLICT, NULL);
          sync_form (self);
          toast_message (self, error->message);
          return FALSE;
        }

      /* Say what is missing where the juror looks, and go there. */
      set_text (&self->refused_message, error->message);
      missing = pj_scoring_missing_criteria (self->sheet, self->criteria, category_id (self));
      for (guint i = 0; i < self->rows->len; i++)
        {
          CriterionRow *row = g_ptr_array_index (self->rows, i);

          if (pj_criterion_get_required (row->criterion) &&
              pj_score_sheet_get_value (self->sheet, pj_criterion_get_id (row->criterion)) < 0)
            gtk_widget_add_css_class (row->card, "pj-sc-missing");
        }
      if (missing->len == 0)
        toast_message (self, error->message);
      update_total (self);
      for (guint i = 0; i < self->rows->len; i++)
        {
          CriterionRow *row = g_ptr_array_index (self->rows, i);

          if (gtk_widget_has_css_class (row->card, "pj-sc-missing"))
            {
              focus_row (self, i);
              break;
            }
        }
      if (self->dirty)
        schedule_save (self);
      return FALSE;
    }

  self->dirty = FALSE;
  g_clear_pointer (&self->refused_message, g_free);
  message = g_strdup_printf (_("Scores for “%s” submitted."),
                             pj_nomination_get_title (self->nomination));
  reread_sheet (self);
  refresh_queue (self);
  toast_message (self, message);
  return TRUE;
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  submit (PJ_SCORING_VIEW (widget));
}

static void
submit_and_next_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PjScoringView *self = PJ_SCORING_VIEW (widget);
  gint64 next;

  if (!submit (self))
    return;

  next = pj_store_next_nomination_for_juror (self->workspace, self->juror_id,
                                             nomination_id (self));
  if (next == PJ_NO_ID)
    {
      toast_message (self, _("Every nomination in your queue is scored. Thank you!"));
      return;
    }
  pj_scoring_view_select_nomination (self, next);
  for (guint i = 0; i < self->rows->len; i++)
    {
      CriterionRow *row = g_ptr_array_index (self->rows, i);

      if (pj_score_sheet_get_value (self->sheet, pj_criterion_get_id (row->criterion)) < 0)
        {
          focus_row (self, i);
          return;
        }
    }
  focus_row (self, 0);
}

static void
abstain_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PjScoringView *self = PJ_SCORING_VIEW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (!sheet_editable (self))
    return;

  dialog = dialog_new (self, _("Abstain from Scoring?"), NULL);
  adw_message_dialog_format_body (dialog,
                                  _("Your scores for “%s” will not count in the results. "
                                    "You may say why; the reason is kept as your overall "
                                    "comment. An organiser can reopen the sheet."),
                                  pj_nomination_get_title (self->nomination));
  entry = dialog_entry_new (dialog, _("Reason (optional)"));
  adw_message_dialog_set_extra_child (dialog, entry);
  pj_gui_message_dialog_add_confirm (dialog, "abstain", _("_Abstain"), ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (abstain_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PjScoringView *self = PJ_SCORING_VIEW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (!sheet_locked (self) || self->juror_only)
    return;

  dialog = dialog_new (self, _("Reopen the Sheet?"), NULL);
  adw_message_dialog_format_body (dialog,
                                  _("The scores of %s for “%s” go back to draft so they can "
                                    "be changed and submitted again. Give a reason; it is "
                                    "kept in the audit log."),
                                  self->juror_name != NULL ? self->juror_name : "",
                                  pj_nomination_get_title (self->nomination));
  entry = dialog_entry_new (dialog, _("Reason for reopening"));
  adw_message_dialog_set_extra_child (dialog, entry);
  pj_gui_message_dialog_add_confirm (dialog, "reopen", _("_Reopen"), ADW_RESPONSE_SUGGESTED);
  pj_gui_message_dialog_require_text (dialog, GTK_EDITABLE (entry), "reopen");
  adw_message_dialog_set_default_response (dialog, "reopen");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reopen_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
declare_conflict_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PjScoringView *self = PJ_SCORING_VIEW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *box, *entry;
  GtkCheckButton *group = NULL;

  if (self->nomination == NULL)
    return;

  dialog = dialog_new (self, _("Declare a Conflict of Interest?"), NULL);
  adw_message_dialog_format_body (dialog,
                                  _("You will no longer score “%s” or see the other jurors’ "
                                    "scores for it, and any scores you gave it are removed. "
                                    "The organisers see your declaration."),
                                  pj_nomination_get_title (self->nomination));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (int i = 0; i < PJ_N_CONFLICT_REASONS; i++)
    {
      g_autofree char *key = g_strdup_printf ("reason-%d", i);
      GtkWidget *check = gtk_check_button_new_with_label (pj_conflict_reason_to_label (i));

      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        group = GTK_CHECK_BUTTON (check);
      g_object_set_data (G_OBJECT (dialog), key, check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (conflict_validate), dialog);
      gtk_box_append (GTK_BOX (box), check);
    }
  entry = dialog_entry_new (dialog, _("Describe the conflict"));
  gtk_widget_set_margin_start (entry, 28);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (conflict_validate), dialog);
  gtk_box_append (GTK_BOX (box), entry);
  adw_message_dialog_set_extra_child (dialog, box);

  pj_gui_message_dialog_add_confirm (dialog, "declare", _("_Declare Conflict"),
                                     ADW_RESPONSE_DESTRUCTIVE);
  conflict_validate (dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
select_nomination_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  if (!pj_scoring_view_select_nomination (PJ_SCORING_VIEW (widget),
                                          g_variant_get_int64 (parameter)))
    gtk_widget_error_bell (widget);
}

static void
move_criterion (PjScoringView *self,
                int            delta)
{
  int index;

  if (self->rows->len == 0)
    return;
  if (self->current < 0)
    index = delta > 0 ? 0 : (int) self->rows->len - 1;
  else
    index = CLAMP (self->current + delta, 0, (int) self->rows->len - 1);
  focus_row (self, index);
}

static void
next_criterion_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  move_criterion (PJ_SCORING_VIEW (widget), 1);
}

static void
previous_criterion_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  move_criterion (PJ_SCORING_VIEW (widget), -1);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PjScoringView *self = PJ_SCORING_VIEW (widget);

  g_clear_pointer (&self->refused_message, g_free);
  reread_sheet (self);
  refresh_queue (self);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PjScoringView *self = PJ_SCORING_VIEW (widget);
  const char *name = g_str_has_suffix (action_name, "queue") ? "queue"
                   : g_str_has_suffix (action_name, "texts") ? "texts" : "form";

  adw_leaflet_set_visible_child_name (self->leaflet, name);
}

/* }}} */

/* GObject {{{ */

static void
pj_scoring_view_dispose (GObject *object)
{
  PjScoringView *self = PJ_SCORING_VIEW (object);

  if (self->workspace != NULL)
    {
      save_now (self);
      g_signal_handlers_disconnect_by_data (self->workspace, self);
    }
  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->last_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->last_dialog));
  g_clear_weak_pointer (&self->last_dialog);
  g_clear_weak_pointer (&self->last_toast);
  if (self->rows != NULL)
    g_ptr_array_set_size (self->rows, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_SCORING_VIEW);
  remove_children (GTK_WIDGET (self));

  g_clear_object (&self->workspace);
  g_clear_object (&self->edition);
  g_clear_object (&self->fresh_edition);
  g_clear_object (&self->criteria);
  g_clear_object (&self->nomination);
  g_clear_object (&self->sheet);
  g_clear_object (&self->others);
  g_clear_object (&self->selection);
  g_clear_object (&self->queue);
  g_clear_object (&self->juror_names);

  G_OBJECT_CLASS (pj_scoring_view_parent_class)->dispose (object);
}

static void
pj_scoring_view_finalize (GObject *object)
{
  PjScoringView *self = PJ_SCORING_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->juror_ids, g_array_unref);
  g_free (self->juror_name);
  g_free (self->save_message);
  g_free (self->refused_message);
  g_free (self->progress_text);
  g_free (self->total_text);
  g_free (self->missing_text);
  g_free (self->status_text);
  g_free (self->others_text);
  g_free (self->empty_title);

  G_OBJECT_CLASS (pj_scoring_view_parent_class)->finalize (object);
}

static void
pj_scoring_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PjScoringView *self = PJ_SCORING_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_EDITION:
      g_value_set_object (value, self->edition);
      break;
    case PROP_JUROR_ID:
      g_value_set_int64 (value, self->juror_id);
      break;
    case PROP_JUROR_ONLY:
      g_value_set_boolean (value, self->juror_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_scoring_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PjScoringView *self = PJ_SCORING_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      pj_scoring_view_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_EDITION:
      pj_scoring_view_set_edition (self, g_value_get_object (value));
      break;
    case PROP_JUROR_ID:
      pj_scoring_view_set_juror_id (self, g_value_get_int64 (value));
      break;
    case PROP_JUROR_ONLY:
      pj_scoring_view_set_juror_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_scoring_view_class_init (PjScoringViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pj_scoring_view_dispose;
  object_class->finalize = pj_scoring_view_finalize;
  object_class->get_property = pj_scoring_view_get_property;
  object_class->set_property = pj_scoring_view_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, PJ_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EDITION] =
    g_param_spec_object ("edition", NULL, NULL, PJ_TYPE_EDITION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_JUROR_ID] =
    g_param_spec_int64 ("juror-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_JUROR_ONLY] =
    g_param_spec_boolean ("juror-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pjscoringview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prisjury/Prisjury/scoring/"
                                               "pj-scoring-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, header_box);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, juror_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, juror_label);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, progress_box);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, stack);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, status_page);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, queue_view);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, texts_bar);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, texts_box);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, form_pane);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, back_button);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, texts_button);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, save_label);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, reload_button);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, form_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, form_stack);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, form_scroller);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, form_title_label);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, sheet_status_label);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, criteria_box);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, overall_view);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, others_expander);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, others_label);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, others_list);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, total_label);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, missing_label);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, abstain_button);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, submit_button);
  gtk_widget_class_bind_template_child (widget_class, PjScoringView, submit_next_button);
  gtk_widget_class_bind_template_callback (widget_class, juror_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, queue_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, submit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, submit_next_clicked_cb);

  gtk_widget_class_install_action (widget_class, "scoring.set-score", "(xi)", set_score_action);
  gtk_widget_class_install_action (widget_class, "scoring.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "scoring.submit-and-next", NULL,
                                   submit_and_next_action);
  gtk_widget_class_install_action (widget_class, "scoring.abstain", NULL, abstain_action);
  gtk_widget_class_install_action (widget_class, "scoring.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "scoring.declare-conflict", NULL,
                                   declare_conflict_action);
  gtk_widget_class_install_action (widget_class, "scoring.select-nomination", "x",
                                   select_nomination_action);
  gtk_widget_class_install_action (widget_class, "scoring.next-criterion", NULL,
                                   next_criterion_action);
  gtk_widget_class_install_action (widget_class, "scoring.previous-criterion", NULL,
                                   previous_criterion_action);
  gtk_widget_class_install_action (widget_class, "scoring.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "scoring.show-queue", NULL, show_page_action);
  gtk_widget_class_install_action (widget_class, "scoring.show-texts", NULL, show_page_action);
  gtk_widget_class_install_action (widget_class, "scoring.show-form", NULL, show_page_action);
}

static void
pj_scoring_view_init (PjScoringView *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  pj_gui_load_css_resource ("/io/github/prisjury/Prisjury/scoring/scoring.css");
  gtk_widget_init_template (GTK_WIDGET (self));

  self->current = -1;
  self->last_digit = -1;
  self->last_digit_row = -1;
  self->rows = g_ptr_array_new_with_free_func (criterion_row_free);
  self->juror_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->juror_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_expression (self->juror_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                             "string"));
  self->updating++;
  gtk_drop_down_set_model (self->juror_dropdown, G_LIST_MODEL (self->juror_names));
  self->updating--;

  self->queue = g_list_store_new (PJ_TYPE_QUEUE_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->queue)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (queue_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (queue_bind_cb), NULL);
  gtk_list_view_set_factory (self->queue_view, factory);
  gtk_list_view_set_model (self->queue_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->overall_view), "changed",
                            G_CALLBACK (overall_changed_cb), self);

  self->key_controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (self->key_controller, GTK_PHASE_CAPTURE);
  g_signal_connect (self->key_controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), self->key_controller);

  set_save_state (self, PJ_SCORING_SAVE_NONE, NULL);
  folded_changed_cb (self);
  reload_all (self);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
pj_scoring_view_new (PjWorkspace *workspace)
{
  g_return_val_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace), NULL);

  return g_object_new (PJ_TYPE_SCORING_VIEW, "workspace", workspace, NULL);
}

PjWorkspace *
pj_scoring_view_get_workspace (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return self->workspace;
}

void
pj_scoring_view_set_workspace (PjScoringView *self,
                               PjWorkspace   *workspace)
{
  g_return_if_fail (PJ_IS_SCORING_VIEW (self));
  g_return_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  save_now (self);
  close_nomination (self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  if (workspace != NULL)
    g_signal_connect (workspace, "changed", G_CALLBACK (workspace_changed_cb), self);
  if (self->edition != NULL)
    {
      g_clear_object (&self->edition);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION]);
    }
  reload_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

PjEdition *
pj_scoring_view_get_edition (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return self->edition;
}

void
pj_scoring_view_set_edition (PjScoringView *self,
                             PjEdition     *edition)
{
  gboolean same_id;

  g_return_if_fail (PJ_IS_SCORING_VIEW (self));
  g_return_if_fail (edition == NULL || PJ_IS_EDITION (edition));

  if (self->edition == edition)
    return;

  same_id = self->edition != NULL && edition != NULL &&
            pj_edition_get_id (self->edition) == pj_edition_get_id (edition);
  save_now (self);
  if (!same_id)
    close_nomination (self);
  g_set_object (&self->edition, edition);
  reload_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION]);
}

gint64
pj_scoring_view_get_juror_id (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), PJ_NO_ID);

  return self->juror_id;
}

void
pj_scoring_view_set_juror_id (PjScoringView *self,
                              gint64         juror_id)
{
  g_return_if_fail (PJ_IS_SCORING_VIEW (self));

  if (self->juror_id == juror_id)
    return;

  save_now (self);
  close_nomination (self);
  self->juror_id = juror_id;
  reload_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JUROR_ID]);
}

gboolean
pj_scoring_view_get_juror_only (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), FALSE);

  return self->juror_only;
}

void
pj_scoring_view_set_juror_only (PjScoringView *self,
                                gboolean       juror_only)
{
  g_return_if_fail (PJ_IS_SCORING_VIEW (self));

  juror_only = !!juror_only;
  if (self->juror_only == juror_only)
    return;

  self->juror_only = juror_only;
  gtk_widget_set_visible (GTK_WIDGET (self->juror_dropdown), !juror_only);
  gtk_widget_set_visible (GTK_WIDGET (self->juror_label), juror_only);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JUROR_ONLY]);
}

gint64
pj_scoring_view_get_nomination_id (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), PJ_NO_ID);

  return nomination_id (self);
}

gboolean
pj_scoring_view_select_nomination (PjScoringView *self,
                                   gint64         id)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), FALSE);

  if (queue_position (self, id) == GTK_INVALID_LIST_POSITION)
    return FALSE;

  open_nomination (self, id);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "form");
  return nomination_id (self) == id;
}

gboolean
pj_scoring_view_save_now (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), FALSE);

  return save_now (self);
}

/* }}} */

/* Private API, for the tests {{{ */

GListModel *
pj_scoring_view_get_queue (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return G_LIST_MODEL (self->queue);
}

PjScoreSheet *
pj_scoring_view_get_sheet (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return self->sheet;
}

PjScoringSaveState
pj_scoring_view_get_save_state (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), PJ_SCORING_SAVE_NONE);

  return self->save_state;
}

const char *
pj_scoring_view_get_text (PjScoringView *self,
                          const char    *key)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

#define OR_EMPTY(s) ((s) != NULL ? (s) : "")
  if (g_str_equal (key, "progress"))
    return OR_EMPTY (self->progress_text);
  if (g_str_equal (key, "total"))
    return OR_EMPTY (self->total_text);
  if (g_str_equal (key, "missing"))
    return OR_EMPTY (self->missing_text);
  if (g_str_equal (key, "sheet-status"))
    return OR_EMPTY (self->status_text);
  if (g_str_equal (key, "save"))
    return OR_EMPTY (self->save_message);
  if (g_str_equal (key, "others"))
    return OR_EMPTY (self->others_text);
  if (g_str_equal (key, "juror"))
    return OR_EMPTY (self->juror_name);
  if (g_str_equal (key, "empty-title"))
    return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0
           ? OR_EMPTY (self->empty_title) : "";
  if (g_str_has_prefix (key, "chosen-"))
    {
      CriterionRow *row = row_for_criterion (self, g_ascii_strtoll (key + 7, NULL, 10));

      return row != NULL ? gtk_label_get_text (row->chosen_label) : NULL;
    }
#undef OR_EMPTY
  return NULL;
}

GtkWidget *
pj_scoring_view_get_score_widget (PjScoringView *self,
                                  gint64         criterion_id)
{
  CriterionRow *row;

  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  row = row_for_criterion (self, criterion_id);
  if (row == NULL)
    return NULL;
  return row->spin != NULL ? GTK_WIDGET (row->spin) : g_ptr_array_index (row->buttons, 0);
}

GtkWidget *
pj_scoring_view_get_comment_entry (PjScoringView *self,
                                   gint64         criterion_id)
{
  CriterionRow *row;

  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  row = row_for_criterion (self, criterion_id);
  return row != NULL ? GTK_WIDGET (row->comment_entry) : NULL;
}

GtkWidget *
pj_scoring_view_get_submit_button (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return self->submit_button;
}

GtkTextBuffer *
pj_scoring_view_get_overall_buffer (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return gtk_text_view_get_buffer (self->overall_view);
}

gint64
pj_scoring_view_get_current_criterion (PjScoringView *self)
{
  CriterionRow *row;

  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), PJ_NO_ID);

  if (self->current < 0 || (guint) self->current >= self->rows->len)
    return PJ_NO_ID;
  row = g_ptr_array_index (self->rows, self->current);
  return pj_criterion_get_id (row->criterion);
}

GListModel *
pj_scoring_view_get_other_sheets (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return self->others != NULL ? G_LIST_MODEL (self->others) : NULL;
}

GtkEventController *
pj_scoring_view_get_key_controller (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return self->key_controller;
}

AdwToast *
pj_scoring_view_get_last_toast (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return self->last_toast;
}

AdwLeaflet *
pj_scoring_view_get_leaflet (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return self->leaflet;
}

AdwMessageDialog *
pj_scoring_view_get_last_dialog (PjScoringView *self)
{
  g_return_val_if_fail (PJ_IS_SCORING_VIEW (self), NULL);

  return self->last_dialog;
}

/* }}} */
