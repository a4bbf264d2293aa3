/* pj-unit.c: an organisation unit (förvaltning, bolag, ...)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-unit"

#include "config.h"

#include "pj-unit.h"
#include "pj-entity-private.h"

struct _PjUnit
{
  GObject     parent_instance;

  gint64      id;
  gint64      version;
  char       *name;
  PjUnitType  unit_type;
  gint64      parent_id;
};

G_DEFINE_FINAL_TYPE (PjUnit, pj_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_NAME,
  PROP_UNIT_TYPE,
  PROP_PARENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pj_unit_finalize (GObject *object)
{
  PjUnit *self = (PjUnit *) object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (pj_unit_parent_class)->finalize (object);
}

static void
pj_unit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PjUnit *self = PJ_UNIT (object);

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

    case PROP_UNIT_TYPE:
      g_value_set_enum (value, self->unit_type);
      break;

    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_unit_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PjUnit *self = PJ_UNIT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pj_unit_set_name (self, g_value_get_string (value));
      break;

    case PROP_UNIT_TYPE:
      pj_unit_set_unit_type (self, g_value_get_enum (value));
      break;

    case PROP_PARENT_ID:
      pj_unit_set_parent_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_unit_class_init (PjUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_unit_finalize;
  object_class->get_property = pj_unit_get_property;
  object_class->set_property = pj_unit_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_UNIT_TYPE] =
    g_param_spec_enum ("unit-type", NULL, NULL,
                       PJ_TYPE_UNIT_TYPE, PJ_UNIT_FORVALTNING, rw);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_unit_init (PjUnit *self)
{
  self->name = g_strdup ("");
  self->unit_type = PJ_UNIT_FORVALTNING;
}

PjUnit *
pj_unit_new (void)
{
  return g_object_new (PJ_TYPE_UNIT, NULL);
}

gint64
pj_unit_get_id (PjUnit *self)
{
  g_return_val_if_fail (PJ_IS_UNIT (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_unit_get_version (PjUnit *self)
{
  g_return_val_if_fail (PJ_IS_UNIT (self), 0);

  return self->version;
}

void
pj_unit_set_stored (PjUnit *self,
                    gint64  id,
                    gint64  version)
{
  g_return_if_fail (PJ_IS_UNIT (self));

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

const char *
pj_unit_get_name (PjUnit *self)
{
  g_return_val_if_fail (PJ_IS_UNIT (self), NULL);

  return self->name;
}

void
pj_unit_set_name (PjUnit     *self,
                  const char *name)
{
  g_return_if_fail (PJ_IS_UNIT (self));

  if (name == NULL)
    name = "";
  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

PjUnitType
pj_unit_get_unit_type (PjUnit *self)
{
  g_return_val_if_fail (PJ_IS_UNIT (self), PJ_UNIT_FORVALTNING);

  return self->unit_type;
}

void
pj_unit_set_unit_type (PjUnit     *self,
                       PjUnitType  type)
{
  g_return_if_fail (PJ_IS_UNIT (self));
  g_return_if_fail ((guint) type < PJ_N_UNIT_TYPES);

  if (self->unit_type == type)
    return;

  self->unit_type = type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_TYPE]);
}

gint64
pj_unit_get_parent_id (PjUnit *self)
{
  g_return_val_if_fail (PJ_IS_UNIT (self), PJ_NO_ID);

  return self->parent_id;
}

void
pj_unit_set_parent_id (PjUnit *self,
                       gint64  parent_id)
{
  g_return_if_fail (PJ_IS_UNIT (self));

  if (self->parent_id == parent_id)
    return;

  self->parent_id = parent_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}
