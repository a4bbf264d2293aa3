/* pj-placeholder-view.c: the empty state of a view whose content is to come
 *
 * An AdwStatusPage with an icon, a title ("No Nominations Yet") and one line
 * saying what the view will hold.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-placeholder-view"

#include "config.h"

#include "pj-placeholder-view.h"

struct _PjPlaceholderView
{
  AdwBin         parent_instance;

  AdwStatusPage *status_page;
};

G_DEFINE_FINAL_TYPE (PjPlaceholderView, pj_placeholder_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ICON_NAME,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pj_placeholder_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PjPlaceholderView *self = PJ_PLACEHOLDER_VIEW (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      g_value_set_string (value, pj_placeholder_view_get_icon_name (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, pj_placeholder_view_get_title (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, pj_placeholder_view_get_description (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_placeholder_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PjPlaceholderView *self = PJ_PLACEHOLDER_VIEW (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      pj_placeholder_view_set_icon_name (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pj_placeholder_view_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      pj_placeholder_view_set_description (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_placeholder_view_class_init (PjPlaceholderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pj_placeholder_view_get_property;
  object_class->set_property = pj_placeholder_view_set_property;

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "placeholderview");
}

static void
pj_placeholder_view_init (PjPlaceholderView *self)
{
  self->status_page = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->status_page), TRUE);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->status_page));
}

GtkWidget *
pj_placeholder_view_new (const char *icon_name,
                         const char *title,
                         const char *description)
{
  return g_object_new (PJ_TYPE_PLACEHOLDER_VIEW,
                       "icon-name", icon_name,
                       "title", title,
                       "description", description,
                       NULL);
}

const char *
pj_placeholder_view_get_icon_name (PjPlaceholderView *self)
{
  g_return_val_if_fail (PJ_IS_PLACEHOLDER_VIEW (self), NULL);

  return adw_status_page_get_icon_name (self->status_page);
}

void
pj_placeholder_view_set_icon_name (PjPlaceholderView *self,
                                   const char        *icon_name)
{
  g_return_if_fail (PJ_IS_PLACEHOLDER_VIEW (self));

  if (g_strcmp0 (icon_name, adw_status_page_get_icon_name (self->status_page)) == 0)
    return;
  adw_status_page_set_icon_name (self->status_page, icon_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

const char *
pj_placeholder_view_get_title (PjPlaceholderView *self)
{
  g_return_val_if_fail (PJ_IS_PLACEHOLDER_VIEW (self), NULL);

  return adw_status_page_get_title (self->status_page);
}

void
pj_placeholder_view_set_title (PjPlaceholderView *self,
                               const char        *title)
{
  g_return_if_fail (PJ_IS_PLACEHOLDER_VIEW (self));

  if (g_strcmp0 (title, adw_status_page_get_title (self->status_page)) == 0)
    return;
  adw_status_page_set_title (self->status_page, title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
pj_placeholder_view_get_description (PjPlaceholderView *self)
{
  g_return_val_if_fail (PJ_IS_PLACEHOLDER_VIEW (self), NULL);

  return adw_status_page_get_description (self->status_page);
}

void
pj_placeholder_view_set_description (PjPlaceholderView *self,
                                     const char        *description)
{
  g_return_if_fail (PJ_IS_PLACEHOLDER_VIEW (self));

  if (g_strcmp0 (description, adw_status_page_get_description (self->status_page)) == 0)
    return;
  adw_status_page_set_description (self->status_page, description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
