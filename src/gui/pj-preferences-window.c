/* pj-preferences-window.c: the preferences
 *
 * The name recorded in the audit log for every change, saved in GSettings
 * ("user-name") and applied by the application to each open workspace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-preferences-window"

#include "config.h"

#include "pj-preferences-window.h"

#include <glib/gi18n.h>

#include "pj-application.h"

struct _PjPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  PjWorkspace          *workspace;
  GSettings            *settings;

  AdwPreferencesGroup  *audit_group;
  AdwEntryRow          *name_row;
  AdwPreferencesGroup  *workspace_group;
  AdwActionRow         *workspace_row;
};

G_DEFINE_FINAL_TYPE (PjPreferencesWindow, pj_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_WORKSPACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_name_changed_cb (PjPreferencesWindow *self)
{
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  g_strstrip (name);
  g_settings_set_string (self->settings, "user-name", name);
}

static void
pj_preferences_window_constructed (GObject *object)
{
  PjPreferencesWindow *self = PJ_PREFERENCES_WINDOW (object);
  const char *real_name = pj_application_get_default_user_name ();
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  GtkEditable *text;

  G_OBJECT_CLASS (pj_preferences_window_parent_class)->constructed (object);

  /* Translators: %s is the name of the user's account. */
  description = g_strdup_printf (_("Every change you make is recorded in the workspace’s audit "
                                   "log under this name. Leave it empty to use your account’s "
                                   "name, “%s”."),
                                 real_name);
  adw_preferences_group_set_description (self->audit_group, description);

  text = gtk_editable_get_delegate (GTK_EDITABLE (self->name_row));
  if (GTK_IS_TEXT (text))
    gtk_text_set_placeholder_text (GTK_TEXT (text), real_name);

  name = g_settings_get_string (self->settings, "user-name");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  g_signal_connect_object (self->name_row, "changed",
                           G_CALLBACK (on_name_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->workspace != NULL)
    {
      g_autofree char *path = g_filename_display_name (pj_workspace_get_path (self->workspace));

      adw_action_row_set_subtitle (self->workspace_row, path);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->workspace_row), path);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->workspace_group), self->workspace != NULL);
}

static void
pj_preferences_window_dispose (GObject *object)
{
  PjPreferencesWindow *self = PJ_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PJ_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->workspace);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pj_preferences_window_parent_class)->dispose (object);
}

static void
pj_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PjPreferencesWindow *self = PJ_PREFERENCES_WINDOW (object);

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
pj_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PjPreferencesWindow *self = PJ_PREFERENCES_WINDOW (object);

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
pj_preferences_window_class_init (PjPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pj_preferences_window_constructed;
  object_class->dispose = pj_preferences_window_dispose;
  object_class->get_property = pj_preferences_window_get_property;
  object_class->set_property = pj_preferences_window_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         PJ_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/pj-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, audit_group);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, workspace_group);
  gtk_widget_class_bind_template_child (widget_class, PjPreferencesWindow, workspace_row);
}

static void
pj_preferences_window_init (PjPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
}

GtkWidget *
pj_preferences_window_new (PjWorkspace *workspace)
{
  g_return_val_if_fail (workspace == NULL || PJ_IS_WORKSPACE (workspace), NULL);

  return g_object_new (PJ_TYPE_PREFERENCES_WINDOW,
                       "workspace", workspace,
                       NULL);
}
