/* pj-award.c: an award, e.g. Förnyelsepriset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-award"

#include "config.h"

#include "pj-award.h"
#include "pj-entity-private.h"

struct _PjAward
{
  GObject parent_instance;

  gint64  id;
  gint64  version;
  char   *name;
  char   *description;
};

G_DEFINE_FINAL_TYPE (PjAward, pj_award, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pj_award_finalize (GObject *object)
{
  PjAward *self = (PjAward *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (pj_award_parent_class)->finalize (object);
}

static void
pj_award_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PjAward *self = PJ_AWARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_award_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PjAward *self = PJ_AWARD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pj_award_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      pj_award_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_award_class_init (PjAwardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pj_award_finalize;
  object_class->get_property = pj_award_get_property;
  object_class->set_property = pj_award_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, PJ_NO_ID,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_award_init (PjAward *self)
{
  self->name = g_strdup ("");
  self->description = g_strdup ("");
}

PjAward *
pj_award_new (void)
{
  return g_object_new (PJ_TYPE_AWARD, NULL);
}

gint64
pj_award_get_id (PjAward *self)
{
  g_return_val_if_fail (PJ_IS_AWARD (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_award_get_version (PjAward *self)
{
  g_return_val_if_fail (PJ_IS_AWARD (self), 0);

  return self->version;
}

const char *
pj_award_get_name (PjAward *self)
{
  g_return_val_if_fail (PJ_IS_AWARD (self), NULL);

  return self->name;
}

void
pj_award_set_name (PjAward    *self,
                   const char *name)
{
  g_return_if_fail (PJ_IS_AWARD (self));

  if (name == NULL)
    name = "";
  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pj_award_get_description (PjAward *self)
{
  g_return_val_if_fail (PJ_IS_AWARD (self), NULL);

  return self->description;
}

void
pj_award_set_description (PjAward    *self,
                          const char *description)
{
  g_return_if_fail (PJ_IS_AWARD (self));

  if (description == NULL)
    description = "";
  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

void
pj_award_set_stored (PjAward *self,
                     gint64   id,
                     gint64   version)
{
  g_return_if_fail (PJ_IS_AWARD (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (self->version != version)
    {
      self->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }
}
