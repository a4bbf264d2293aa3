/* pj-category.c: a competition class of an edition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-category"

#include "config.h"

#include "pj-category.h"
#include "pj-entity-private.h"

struct _PjCategory
{
  GObject      parent_instance;

  gint64       id;
  gint64       version;
  gint64       edition_id;
  char        *name;
  char        *description;
  PjAwardMode  award_mode;
  int          winners;
  int          honourable_mentions;
  double       threshold;
  char        *prize;
  int          position;
};

G_DEFINE_FINAL_TYPE (PjCategory, pj_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_EDITION_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_AWARD_MODE,
  PROP_WINNERS,
  PROP_HONOURABLE_MENTIONS,
  PROP_THRESHOLD,
  PROP_PRIZE,
  PROP_POSITION,
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

static void
pj_category_finalize (GObject *object)
{
  PjCategory *self = (PjCategory *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->prize, g_free);

  G_OBJECT_CLASS (pj_category_parent_class)->finalize (object);
}

static void
pj_category_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PjCategory *self = PJ_CATEGORY (object);

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

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_AWARD_MODE:
      g_value_set_enum (value, self->award_mode);
      break;

    case PROP_WINNERS:
      g_value_set_int (value, self->winners);
      break;

    case PROP_HONOURABLE_MENTIONS:
      g_value_set_int (value, self->honourable_mentions);
      break;

    case PROP_THRESHOLD:
      g_value_set_double (value, self->threshold);
      break;

    case PROP_PRIZE:
      g_value_set_string (value, self->prize);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_category_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PjCategory *self = PJ_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_EDITION_ID:
      pj_category_set_edition_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      pj_category_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      pj_category_set_description (self, g_value_get_string (value));
      break;

    case PROP_AWARD_MODE:
      pj_category_set_award_mode (self, g_value_get_enum (value));
      break;

    case PROP_WINNERS:
      pj_category_set_winners (self, g_value_get_int (value));
      break;

    case PROP_HONOURABLE_MENTIONS:
      pj_category_set_honourable_mentions (self, g_value_get_int (value));
      break;

    case PROP_THRESHOLD:
      pj_category_set_threshold (self, g_value_get_double (value));
      break;

    case PROP_PRIZE:
      pj_category_set_prize (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_category_class_init (PjCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_category_finalize;
  object_class->get_property = pj_category_get_property;
  object_class->set_property = pj_category_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_EDITION_ID] =
    g_param_spec_int64 ("edition-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, rw);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_AWARD_MODE] =
    g_param_spec_enum ("award-mode", NULL, NULL,
                       PJ_TYPE_AWARD_MODE, PJ_AWARD_MODE_TOP_N, rw);
  properties[PROP_WINNERS] =
    g_param_spec_int ("winners", NULL, NULL, 1, G_MAXINT, 1, rw);
  properties[PROP_HONOURABLE_MENTIONS] =
    g_param_spec_int ("honourable-mentions", NULL, NULL, 0, G_MAXINT, 2, rw);
  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL, 0.0, 100.0, 70.0, rw);
  properties[PROP_PRIZE] =
    g_param_spec_string ("prize", NULL, NULL, "", rw);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_category_init (PjCategory *self)
{
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->prize = g_strdup ("");
  self->award_mode = PJ_AWARD_MODE_TOP_N;
  self->winners = 1;
  self->honourable_mentions = 2;
  self->threshold = 70.0;
}

PjCategory *
pj_category_new (void)
{
  return g_object_new (PJ_TYPE_CATEGORY, NULL);
}

gint64
pj_category_get_id (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_category_get_version (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), 0);

  return self->version;
}

void
pj_category_set_stored (PjCategory *self,
                        gint64      id,
                        gint64      version)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));

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
pj_category_get_edition_id (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), PJ_NO_ID);

  return self->edition_id;
}

void
pj_category_set_edition_id (PjCategory *self,
                            gint64      edition_id)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));

  if (self->edition_id == edition_id)
    return;

  self->edition_id = edition_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION_ID]);
}

const char *
pj_category_get_name (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), NULL);

  return self->name;
}

void
pj_category_set_name (PjCategory *self,
                      const char *name)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));

  if (replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pj_category_get_description (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), NULL);

  return self->description;
}

void
pj_category_set_description (PjCategory *self,
                             const char *description)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));

  if (replace_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

PjAwardMode
pj_category_get_award_mode (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), PJ_AWARD_MODE_TOP_N);

  return self->award_mode;
}

void
pj_category_set_award_mode (PjCategory  *self,
                            PjAwardMode  mode)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));
  g_return_if_fail ((guint) mode < PJ_N_AWARD_MODES);

  if (self->award_mode == mode)
    return;

  self->award_mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AWARD_MODE]);
}

int
pj_category_get_winners (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), 0);

  return self->winners;
}

void
pj_category_set_winners (PjCategory *self,
                         int         winners)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));

  if (self->winners == winners)
    return;

  self->winners = winners;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINNERS]);
}

int
pj_category_get_honourable_mentions (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), 0);

  return self->honourable_mentions;
}

void
pj_category_set_honourable_mentions (PjCategory *self,
                                     int         count)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));

  if (self->honourable_mentions == count)
    return;

  self->honourable_mentions = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HONOURABLE_MENTIONS]);
}

double
pj_category_get_threshold (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), 0.0);

  return self->threshold;
}

void
pj_category_set_threshold (PjCategory *self,
                           double      points)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));

  if (self->threshold == points)
    return;

  self->threshold = points;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

const char *
pj_category_get_prize (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), NULL);

  return self->prize;
}

void
pj_category_set_prize (PjCategory *self,
                       const char *prize)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));

  if (replace_string (&self->prize, prize))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIZE]);
}

int
pj_category_get_position (PjCategory *self)
{
  g_return_val_if_fail (PJ_IS_CATEGORY (self), 0);

  return self->position;
}

void
pj_category_set_position (PjCategory *self,
                          int         position)
{
  g_return_if_fail (PJ_IS_CATEGORY (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}
