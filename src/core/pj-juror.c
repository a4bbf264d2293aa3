/* pj-juror.c: a jury member of one edition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-juror"

#include "config.h"

#include "pj-juror.h"
#include "pj-entity-private.h"

struct _PjJuror
{
  GObject      parent_instance;

  gint64       id;
  gint64       version;
  gint64       edition_id;
  char        *name;
  char        *email;
  gint64       unit_id;
  PjJurorRole  role;
  GArray      *category_ids;  /* gint64, sorted, unique */
};

G_DEFINE_FINAL_TYPE (PjJuror, pj_juror, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_EDITION_ID,
  PROP_NAME,
  PROP_EMAIL,
  PROP_UNIT_ID,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Strings are never NULL: NULL is stored as "". */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Replaces @array's contents with @ids, sorted and without repeats. */
static void
set_sorted_ids (GArray       *array,
                const gint64 *ids,
                guint         n_ids)
{
  guint kept = 0;

  g_array_set_size (array, 0);
  if (n_ids == 0)
    return;

  g_array_append_vals (array, ids, n_ids);
  g_array_sort (array, compare_ids);

  for (guint i = 0; i < array->len; i++)
    {
      gint64 id = g_array_index (array, gint64, i);

      if (kept == 0 || g_array_index (array, gint64, kept - 1) != id)
        g_array_index (array, gint64, kept++) = id;
    }
  g_array_set_size (array, kept);
}

static void
pj_juror_finalize (GObject *object)
{
  PjJuror *self = (PjJuror *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->category_ids, g_array_unref);

  G_OBJECT_CLASS (pj_juror_parent_class)->finalize (object);
}

static void
pj_juror_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PjJuror *self = PJ_JUROR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_EDITION_ID:
      g_value_set_int64 (value, self->edition_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_juror_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PjJuror *self = PJ_JUROR (object);

  switch (prop_id)
    {
    case PROP_EDITION_ID:
      pj_juror_set_edition_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      pj_juror_set_name (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      pj_juror_set_email (self, g_value_get_string (value));
      break;

    case PROP_UNIT_ID:
      pj_juror_set_unit_id (self, g_value_get_int64 (value));
      break;

    case PROP_ROLE:
      pj_juror_set_role (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_juror_class_init (PjJurorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_juror_finalize;
  object_class->get_property = pj_juror_get_property;
  object_class->set_property = pj_juror_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_EDITION_ID] =
    g_param_spec_int64 ("edition-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, rw);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "", rw);
  properties[PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, rw);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, PJ_TYPE_JUROR_ROLE, PJ_ROLE_MEMBER, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_juror_init (PjJuror *self)
{
  self->name = g_strdup ("");
  self->email = g_strdup ("");
  self->role = PJ_ROLE_MEMBER;
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

PjJuror *
pj_juror_new (void)
{
  return g_object_new (PJ_TYPE_JUROR, NULL);
}

gint64
pj_juror_get_id (PjJuror *self)
{
  g_return_val_if_fail (PJ_IS_JUROR (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_juror_get_version (PjJuror *self)
{
  g_return_val_if_fail (PJ_IS_JUROR (self), 0);

  return self->version;
}

void
pj_juror_set_stored (PjJuror *self,
                     gint64   id,
                     gint64   version)
{
  g_return_if_fail (PJ_IS_JUROR (self));

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

gint64
pj_juror_get_edition_id (PjJuror *self)
{
  g_return_val_if_fail (PJ_IS_JUROR (self), PJ_NO_ID);

  return self->edition_id;
}

void
pj_juror_set_edition_id (PjJuror *self,
                         gint64   edition_id)
{
  g_return_if_fail (PJ_IS_JUROR (self));

  if (self->edition_id == edition_id)
    return;

  self->edition_id = edition_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION_ID]);
}

const char *
pj_juror_get_name (PjJuror *self)
{
  g_return_val_if_fail (PJ_IS_JUROR (self), NULL);

  return self->name;
}

void
pj_juror_set_name (PjJuror    *self,
                   const char *name)
{
  g_return_if_fail (PJ_IS_JUROR (self));

  if (replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pj_juror_get_email (PjJuror *self)
{
  g_return_val_if_fail (PJ_IS_JUROR (self), NULL);

  return self->email;
}

void
pj_juror_set_email (PjJuror    *self,
                    const char *email)
{
  g_return_if_fail (PJ_IS_JUROR (self));

  if (replace_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

gint64
pj_juror_get_unit_id (PjJuror *self)
{
  g_return_val_if_fail (PJ_IS_JUROR (self), PJ_NO_ID);

  return self->unit_id;
}

void
pj_juror_set_unit_id (PjJuror *self,
                      gint64   unit_id)
{
  g_return_if_fail (PJ_IS_JUROR (self));

  if (self->unit_id == unit_id)
    return;

  self->unit_id = unit_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_ID]);
}

PjJurorRole
pj_juror_get_role (PjJuror *self)
{
  g_return_val_if_fail (PJ_IS_JUROR (self), PJ_ROLE_MEMBER);

  return self->role;
}

void
pj_juror_set_role (PjJuror     *self,
                   PjJurorRole  role)
{
  g_return_if_fail (PJ_IS_JUROR (self));
  g_return_if_fail ((guint) role < PJ_N_JUROR_ROLES);

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const gint64 *
pj_juror_get_category_ids (PjJuror *self,
                           guint   *n_ids)
{
  g_return_val_if_fail (PJ_IS_JUROR (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->category_ids->len;
  return (const gint64 *) (gpointer) self->category_ids->data;
}

void
pj_juror_set_category_ids (PjJuror      *self,
                           const gint64 *ids,
                           guint         n_ids)
{
  g_return_if_fail (PJ_IS_JUROR (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  set_sorted_ids (self->category_ids, ids, n_ids);
}
