/* pj-window.c: the main window, one per open workspace
 *
 * The header bar holds the edition switcher, the view switcher and the
 * primary menu. Below it, an empty workspace shows the welcome page; any
 * other shows the views: Setup, Nominations, Jury, Scoring, Results and
 * Entrants. The primary menu prints the edition's minutes or saves them as
 * a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-window"

#include "config.h"

#include "pj-window.h"

#include <glib/gi18n.h>

#include "pj-demo.h"
#include "pj-nominations-view.h"
#include "pj-indicators-view.h"
#include "pj-jury-view.h"
#include "pj-minutes-print.h"
#include "pj-placeholder-view.h"
#include "pj-results-view.h"
#include "pj-scoring-view.h"
#include "pj-setup-view.h"
#include "pj-store.h"

struct _PjWindow
{
  AdwApplicationWindow  parent_instance;

  PjWorkspace          *workspace;
  GSettings            *settings;
  /* The edition the views show, as read from the store. */
  PjEdition            *edition;
  gint64                edition_id;
  guint                 updating_editions;
  /* "Create an Award" shows Setup on a workspace that is still empty. */
  gboolean              setup_requested;

  /* Template widgets */
  GtkDropDown          *edition_switcher;
  GtkStack             *title_stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwBin               *setup_bin;
  AdwBin               *nominations_bin;
  AdwBin               *jury_bin;
  AdwBin               *scoring_bin;
  AdwBin               *results_bin;
  AdwBin               *entrants_bin;

  GtkWidget            *setup_view;
  GtkWidget            *nominations_view;
  GtkWidget            *jury_view;
  GtkWidget            *scoring_view;
  GtkWidget            *results_view;
  GtkWidget            *entrants_view;
  /* The edition each lazily loaded view was last given. */
  PjEdition            *applied[5];  /* N_LAZY */
  GtkFileChooserNative *minutes_chooser;
};

G_DEFINE_FINAL_TYPE (PjWindow, pj_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static gboolean
pj_window_is_on_views (PjWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "views") == 0;
}

static void
pj_window_update_chrome (PjWindow *self)
{
  gboolean on_views = pj_window_is_on_views (self);
  GListModel *editions = gtk_drop_down_get_model (self->edition_switcher);
  gboolean has_editions = editions != NULL && g_list_model_get_n_items (editions) > 0;

  gtk_stack_set_visible_child_name (self->title_stack, on_views ? "switcher" : "title");
  gtk_widget_set_visible (GTK_WIDGET (self->edition_switcher), on_views && has_editions);
  /* Its "reveal" follows the switcher title's "title-visible". */
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), on_views);
}

static void pj_window_update_nominations (PjWindow *self);

static void
pj_window_show_main (PjWindow   *self,
                     const char *name)
{
  gtk_stack_set_visible_child_name (self->main_stack, name);
  pj_window_update_chrome (self);
  pj_window_update_nominations (self);
}

static void
pj_window_update_main_page (PjWindow *self)
{
  if (!pj_workspace_is_empty (self->workspace))
    self->setup_requested = FALSE;

  if (pj_workspace_is_empty (self->workspace) && !self->setup_requested)
    pj_window_show_main (self, "welcome");
  else
    pj_window_show_main (self, "views");
}

/* The views below load their edition's data when given it: a 10 000-nomination
 * edition takes a while in each. Only the visible one gets the edition; the
 * others get it when they are shown, and let go of an edition no longer
 * chosen, so nothing hidden keeps reloading stale data. */
enum {
  LAZY_NOMINATIONS,
  LAZY_JURY,
  LAZY_SCORING,
  LAZY_RESULTS,
  LAZY_ENTRANTS,
  N_LAZY
};

static const char * const lazy_pages[N_LAZY] = {
  "nominations", "jury", "scoring", "results", "entrants",
};

static void
pj_window_set_view_edition (PjWindow  *self,
                            guint      which,
                            PjEdition *edition)
{
  switch (which)
    {
    case LAZY_NOMINATIONS:
      pj_nominations_view_set_edition (PJ_NOMINATIONS_VIEW (self->nominations_view), edition);
      break;
    case LAZY_JURY:
      pj_jury_view_set_edition (PJ_JURY_VIEW (self->jury_view), edition);
      break;
    case LAZY_SCORING:
      pj_scoring_view_set_edition (PJ_SCORING_VIEW (self->scoring_view), edition);
      break;
    case LAZY_RESULTS:
      pj_results_view_set_edition (PJ_RESULTS_VIEW (self->results_view), edition);
      break;
    case LAZY_ENTRANTS:
      pj_indicators_view_set_edition (PJ_INDICATORS_VIEW (self->entrants_view), edition);
      break;
    default:
      g_assert_not_reached ();
    }
  g_set_object (&self->applied[which], edition);
}

static void
pj_window_update_nominations (PjWindow *self)
{
  const char *visible = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->entrants_view != NULL)
    {
      for (guint i = 0; i < N_LAZY; i++)
        {
          if (self->applied[i] == self->edition)
            continue;
          if (pj_window_is_on_views (self) && g_strcmp0 (visible, lazy_pages[i]) == 0)
            pj_window_set_view_edition (self, i, self->edition);
          else if (self->applied[i] != NULL)
            pj_window_set_view_edition (self, i, NULL);
        }
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-minutes", self->edition != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-minutes-pdf",
                                 self->edition != NULL);
}

static void
on_visible_page_cb (PjWindow *self)
{
  pj_window_update_nominations (self);
}

/* Hands the switcher's edition to the views, unless they already show the
 * same version of it. */
static void
pj_window_apply_edition (PjWindow *self)
{
  PjEdition *edition = gtk_drop_down_get_selected_item (self->edition_switcher);
  PjEdition *current = self->edition;

  self->edition_id = edition ? pj_edition_get_id (edition) : PJ_NO_ID;

  if (current == edition)
    return;
  if (current != NULL && edition != NULL &&
      pj_edition_get_id (current) == pj_edition_get_id (edition) &&
      pj_edition_get_version (current) == pj_edition_get_version (edition))
    return;

  g_set_object (&self->edition, edition);
  pj_setup_view_set_edition (PJ_SETUP_VIEW (self->setup_view), edition);
  pj_window_update_nominations (self);
}

static guint
pj_window_find_edition (PjWindow *self,
                        gint64    edition_id)
{
  GListModel *editions = gtk_drop_down_get_model (self->edition_switcher);
  guint n = editions ? g_list_model_get_n_items (editions) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjEdition) edition = g_list_model_get_item (editions, i);

      if (pj_edition_get_id (edition) == edition_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
pj_window_reload_editions (PjWindow *self)
{
  g_autoptr(GListModel) editions = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  editions = pj_store_list_editions (self->workspace, PJ_NO_ID, &error);
  if (editions == NULL)
    {
      g_warning ("Could not list the editions: %s", error->message);
      pj_window_add_toast (self, error->message);
      editions = G_LIST_MODEL (g_list_store_new (PJ_TYPE_EDITION));
    }

  self->updating_editions++;
  gtk_drop_down_set_model (self->edition_switcher, editions);
  position = pj_window_find_edition (self, self->edition_id);
  if (position == GTK_INVALID_LIST_POSITION && g_list_model_get_n_items (editions) > 0)
    position = 0;
  gtk_drop_down_set_selected (self->edition_switcher, position);
  self->updating_editions--;

  pj_window_apply_edition (self);
  pj_window_update_chrome (self);
}

static void
pj_window_show_page (PjWindow   *self,
                     const char *name)
{
  if (g_strcmp0 (name, "welcome") == 0)
    {
      pj_window_show_main (self, "welcome");
      return;
    }

  if (adw_view_stack_get_child_by_name (self->view_stack, name) == NULL)
    {
      g_warning ("No page named “%s”", name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, name);
  pj_window_show_main (self, "views");
}

static void
pj_window_update_title (PjWindow *self)
{
  g_autofree char *name = g_filename_display_basename (pj_workspace_get_path (self->workspace));

  gtk_window_set_title (GTK_WINDOW (self), name);
}

/* Actions */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  pj_window_show_page (PJ_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
load_examples_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PjWindow *self = PJ_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  GListModel *editions;

  if (!pj_demo_load_examples (self->workspace, &error))
    {
      pj_window_add_toast (self, error->message);
      return;
    }

  pj_window_reload_editions (self);
  editions = gtk_drop_down_get_model (self->edition_switcher);
  if (editions != NULL && g_list_model_get_n_items (editions) > 0)
    gtk_drop_down_set_selected (self->edition_switcher, 0);
  pj_window_show_page (self, "setup");
  pj_window_add_toast (self, _("Example awards loaded"));
}

static void
create_award_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PjWindow *self = PJ_WINDOW (widget);

  self->setup_requested = TRUE;
  pj_window_show_page (self, "setup");
  gtk_widget_activate_action (self->setup_view, "setup.add-award", NULL);
}

static void
print_minutes_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PjWindow *self = PJ_WINDOW (widget);

  if (self->edition_id != PJ_NO_ID)
    pj_minutes_print (GTK_WINDOW (self), self->workspace, self->edition_id);
}

static void
on_minutes_chooser_response_cb (GtkNativeDialog *native,
                                int              response,
                                PjWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->edition_id != PJ_NO_ID)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GError) error = NULL;

      if (!pj_minutes_save_pdf (self->workspace, self->edition_id, file, &error))
        pj_window_add_toast (self, error->message);
      else
        pj_window_add_toast (self, _("Minutes saved"));
    }
  g_clear_object (&self->minutes_chooser);
}

static void
save_minutes_pdf_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  PjWindow *self = PJ_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->edition == NULL)
    return;

  g_clear_object (&self->minutes_chooser);
  self->minutes_chooser = gtk_file_chooser_native_new (_("Save Minutes as PDF"),
                                                       GTK_WINDOW (self),
                                                       GTK_FILE_CHOOSER_ACTION_SAVE,
                                                       _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->minutes_chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->minutes_chooser), filter);
  /* TRANSLATORS: the file name proposed for the minutes; %s is the award, %d the year */
  name = g_strdup_printf (_("Minutes %s %d.pdf"), pj_edition_get_award_name (self->edition),
                          pj_edition_get_year (self->edition));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->minutes_chooser), name);
  g_signal_connect (self->minutes_chooser, "response",
                    G_CALLBACK (on_minutes_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->minutes_chooser));
}

/* Callbacks */

static void
on_workspace_changed_cb (PjWorkspace *workspace,
                         const char  *what,
                         PjWindow    *self)
{
  if (g_strcmp0 (what, "award") != 0 &&
      g_strcmp0 (what, "edition") != 0 &&
      g_strcmp0 (what, "all") != 0)
    return;

  pj_window_reload_editions (self);
  pj_window_update_main_page (self);
}

static void
on_edition_selected_cb (PjWindow *self)
{
  if (self->updating_editions > 0)
    return;

  pj_window_apply_edition (self);
}

/* Setup chooses an edition itself when the user creates or copies one, and
 * none when the user deletes the one shown: the switcher follows. */
static void
on_setup_edition_cb (PjWindow *self)
{
  PjEdition *edition = pj_setup_view_get_edition (PJ_SETUP_VIEW (self->setup_view));
  guint position;

  if (edition == self->edition)
    return;

  if (edition == NULL)
    {
      g_clear_object (&self->edition);
  for (guint i = 0; i < G_N_ELEMENTS (self->applied); i++)
    g_clear_object (&self->applied[i]);
      self->edition_id = PJ_NO_ID;
      pj_window_update_nominations (self);
      pj_window_reload_editions (self);
      return;
    }

  g_set_object (&self->edition, edition);
  self->edition_id = pj_edition_get_id (edition);
  position = pj_window_find_edition (self, self->edition_id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      pj_window_reload_editions (self);
      return;
    }

  self->updating_editions++;
  gtk_drop_down_set_selected (self->edition_switcher, position);
  self->updating_editions--;
  pj_window_update_nominations (self);
}

static void
on_is_active_cb (PjWindow *self)
{
  if (!gtk_window_is_active (GTK_WINDOW (self)))
    return;

  /* Another Prisjury (or the command line) may have written meanwhile. */
  if (pj_workspace_poll_outside_changes (self->workspace))
    pj_workspace_emit_changed (self->workspace, "all");
}

/* Overrides */

static gboolean
pj_window_close_request (GtkWindow *window)
{
  PjWindow *self = PJ_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (!maximized)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (pj_window_parent_class)->close_request (window);
}

static void
pj_window_constructed (GObject *object)
{
  PjWindow *self = PJ_WINDOW (object);

  G_OBJECT_CLASS (pj_window_parent_class)->constructed (object);

  g_assert (PJ_IS_WORKSPACE (self->workspace));

  self->setup_view = g_object_new (PJ_TYPE_SETUP_VIEW,
                                   "workspace", self->workspace,
                                   NULL);
  adw_bin_set_child (self->setup_bin, self->setup_view);
  g_signal_connect_object (self->setup_view, "notify::edition",
                           G_CALLBACK (on_setup_edition_cb), self, G_CONNECT_SWAPPED);

  self->nominations_view = pj_nominations_view_new (self->workspace);
  adw_bin_set_child (self->nominations_bin, self->nominations_view);

  self->jury_view = pj_jury_view_new ();
  pj_jury_view_set_workspace (PJ_JURY_VIEW (self->jury_view), self->workspace);
  adw_bin_set_child (self->jury_bin, self->jury_view);

  self->scoring_view = pj_scoring_view_new (self->workspace);
  adw_bin_set_child (self->scoring_bin, self->scoring_view);

  self->results_view = pj_results_view_new (self->workspace);
  adw_bin_set_child (self->results_bin, self->results_view);

  self->entrants_view = pj_indicators_view_new (self->workspace);
  adw_bin_set_child (self->entrants_bin, self->entrants_view);

  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (on_visible_page_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->workspace, "changed",
                           G_CALLBACK (on_workspace_changed_cb), self, 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-minutes", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-minutes-pdf", FALSE);
  pj_window_update_title (self);
  pj_window_reload_editions (self);
  pj_window_update_main_page (self);
}

static void
pj_window_dispose (GObject *object)
{
  PjWindow *self = PJ_WINDOW (object);

  if (self->minutes_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->minutes_chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->minutes_chooser));
      g_clear_object (&self->minutes_chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_WINDOW);

  G_OBJECT_CLASS (pj_window_parent_class)->dispose (object);
}

static void
pj_window_finalize (GObject *object)
{
  PjWindow *self = PJ_WINDOW (object);

  g_clear_object (&self->edition);
  g_clear_object (&self->workspace);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pj_window_parent_class)->finalize (object);
}

static void
pj_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PjWindow *self = PJ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PjWindow *self = PJ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_window_class_init (PjWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = pj_window_constructed;
  object_class->dispose = pj_window_dispose;
  object_class->finalize = pj_window_finalize;
  object_class->get_property = pj_window_get_property;
  object_class->set_property = pj_window_set_property;

  window_class->close_request = pj_window_close_request;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         PJ_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PJ_TYPE_EDITION);
  g_type_ensure (PJ_TYPE_PLACEHOLDER_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pj-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PjWindow, edition_switcher);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, setup_bin);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, nominations_bin);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, jury_bin);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, scoring_bin);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, results_bin);
  gtk_widget_class_bind_template_child (widget_class, PjWindow, entrants_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_edition_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_is_active_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.load-examples", NULL,
                                   load_examples_action);
  gtk_widget_class_install_action (widget_class, "win.create-award", NULL,
                                   create_award_action);
  gtk_widget_class_install_action (widget_class, "win.print-minutes", NULL,
                                   print_minutes_action);
  gtk_widget_class_install_action (widget_class, "win.save-minutes-pdf", NULL,
                                   save_minutes_pdf_action);
}

static void
pj_window_init (PjWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Public API */

PjWindow *
pj_window_new (PjApplication *application,
               PjWorkspace   *workspace)
{
  g_return_val_if_fail (application == NULL || PJ_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (PJ_IS_WORKSPACE (workspace), NULL);

  return g_object_new (PJ_TYPE_WINDOW,
                       "application", application,
                       "workspace", workspace,
                       NULL);
}

PjWorkspace *
pj_window_get_workspace (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  return self->workspace;
}

GtkWidget *
pj_window_get_setup_view (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  return self->setup_view;
}

GtkWidget *
pj_window_get_nominations_view (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  return self->nominations_view;
}

GtkWidget *
pj_window_get_jury_view (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  return self->jury_view;
}

GtkWidget *
pj_window_get_scoring_view (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  return self->scoring_view;
}

GtkWidget *
pj_window_get_results_view (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  return self->results_view;
}

GtkDropDown *
pj_window_get_edition_switcher (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  return self->edition_switcher;
}

const char *
pj_window_get_visible_page_name (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), NULL);

  if (!pj_window_is_on_views (self))
    return "welcome";

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

gint64
pj_window_get_edition_id (PjWindow *self)
{
  g_return_val_if_fail (PJ_IS_WINDOW (self), PJ_NO_ID);

  return self->edition_id;
}

gboolean
pj_window_set_edition_id (PjWindow *self,
                          gint64    edition_id)
{
  guint position;

  g_return_val_if_fail (PJ_IS_WINDOW (self), FALSE);

  position = pj_window_find_edition (self, edition_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_drop_down_set_selected (self->edition_switcher, position);
  return TRUE;
}

void
pj_window_add_toast (PjWindow   *self,
                     const char *message)
{
  g_return_if_fail (PJ_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}
