/* pj-criterion.c: a bedömningskriterium with its rubric
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-criterion"

#include "config.h"

#include <stdlib.h>

#include "pj-criterion.h"
#include "pj-entity-private.h"

struct _PjCriterion
{
  GObject   parent_instance;

  gint64    id;
  gint64    version;
  gint64    edition_id;
  char     *name;
  char     *description;
  double    weight;
  int       scale_min;
  int       scale_max;
  gboolean  required;
  int       position;
  GStrv     labels;        /* scale_max - scale_min + 1 entries, never NULL */
  GArray   *category_ids;  /* gint64, sorted, unique */
};

G_DEFINE_FINAL_TYPE (PjCriterion, pj_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_EDITION_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_WEIGHT,
  PROP_SCALE_MIN,
  PROP_SCALE_MAX,
  PROP_REQUIRED,
  PROP_POSITION,
  PROP_LABELS,
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

/* A fresh label array for min..max, taking the labels of @old (for
 * old_min..) where the value is still inside. */
static GStrv
make_labels (int                 min,
             int                 max,
             const char * const *old,
             int                 old_min)
{
  guint n = (guint) (max - min + 1);
  guint n_old = old != NULL ? g_strv_length ((GStrv) old) : 0;
  GStrv labels = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      gint64 j = (gint64) min + i - old_min;

      if (j >= 0 && j < n_old)
        labels[i] = g_strdup (old[j]);
      else
        labels[i] = g_strdup ("");
    }

  return labels;
}

/* Takes @labels as given, fitted to the scale: missing ones are "", extra
 * ones are dropped. */
static void
set_labels (PjCriterion        *self,
            const char * const *labels)
{
  g_auto(GStrv) fitted = make_labels (self->scale_min, self->scale_max,
                                      labels, self->scale_min);

  if (g_strv_equal ((const char * const *) self->labels, (const char * const *) fitted))
    return;

  g_strfreev (self->labels);
  self->labels = g_steal_pointer (&fitted);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABELS]);
}

static void
pj_criterion_finalize (GObject *object)
{
  PjCriterion *self = (PjCriterion *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->labels, g_strfreev);
  g_clear_pointer (&self->category_ids, g_array_unref);

  G_OBJECT_CLASS (pj_criterion_parent_class)->finalize (object);
}

static void
pj_criterion_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PjCriterion *self = PJ_CRITERION (object);

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

    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;

    case PROP_SCALE_MIN:
      g_value_set_int (value, self->scale_min);
      break;

    case PROP_SCALE_MAX:
      g_value_set_int (value, self->scale_max);
      break;

    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_LABELS:
      g_value_set_boxed (value, self->labels);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_criterion_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PjCriterion *self = PJ_CRITERION (object);

  switch (prop_id)
    {
    case PROP_EDITION_ID:
      pj_criterion_set_edition_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      pj_criterion_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      pj_criterion_set_description (self, g_value_get_string (value));
      break;

    case PROP_WEIGHT:
      pj_criterion_set_weight (self, g_value_get_double (value));
      break;

    case PROP_REQUIRED:
      pj_criterion_set_required (self, g_value_get_boolean (value));
      break;

    case PROP_LABELS:
      set_labels (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_criterion_class_init (PjCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_criterion_finalize;
  object_class->get_property = pj_criterion_get_property;
  object_class->set_property = pj_criterion_set_property;

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
  properties[PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL, 0.0, G_MAXDOUBLE, 1.0, rw);
  /* Both ends change together, through pj_criterion_set_scale(). */
  properties[PROP_SCALE_MIN] =
    g_param_spec_int ("scale-min", NULL, NULL, 0, 100, 1, ro);
  properties[PROP_SCALE_MAX] =
    g_param_spec_int ("scale-max", NULL, NULL, 0, 100, 5, ro);
  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL, TRUE, rw);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, ro);
  /* One label per scale step; a value set here is fitted to the scale. */
  properties[PROP_LABELS] =
    g_param_spec_boxed ("labels", NULL, NULL, G_TYPE_STRV, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_criterion_init (PjCriterion *self)
{
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->weight = 1.0;
  self->scale_min = 1;
  self->scale_max = 5;
  self->required = TRUE;
  self->labels = make_labels (self->scale_min, self->scale_max, NULL, 0);
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

PjCriterion *
pj_criterion_new (void)
{
  return g_object_new (PJ_TYPE_CRITERION, NULL);
}

gint64
pj_criterion_get_id (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_criterion_get_version (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), 0);

  return self->version;
}

void
pj_criterion_set_stored (PjCriterion *self,
                         gint64       id,
                         gint64       version)
{
  g_return_if_fail (PJ_IS_CRITERION (self));

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
pj_criterion_get_edition_id (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), PJ_NO_ID);

  return self->edition_id;
}

void
pj_criterion_set_edition_id (PjCriterion *self,
                             gint64       edition_id)
{
  g_return_if_fail (PJ_IS_CRITERION (self));

  if (self->edition_id == edition_id)
    return;

  self->edition_id = edition_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION_ID]);
}

const char *
pj_criterion_get_name (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), NULL);

  return self->name;
}

void
pj_criterion_set_name (PjCriterion *self,
                       const char  *name)
{
  g_return_if_fail (PJ_IS_CRITERION (self));

  if (replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pj_criterion_get_description (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), NULL);

  return self->description;
}

void
pj_criterion_set_description (PjCriterion *self,
                              const char  *description)
{
  g_return_if_fail (PJ_IS_CRITERION (self));

  if (replace_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

double
pj_criterion_get_weight (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), 0.0);

  return self->weight;
}

void
pj_criterion_set_weight (PjCriterion *self,
                         double       weight)
{
  g_return_if_fail (PJ_IS_CRITERION (self));

  if (self->weight == weight)
    return;

  self->weight = weight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
}

int
pj_criterion_get_scale_min (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), 0);

  return self->scale_min;
}

int
pj_criterion_get_scale_max (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), 0);

  return self->scale_max;
}

void
pj_criterion_set_scale (PjCriterion *self,
                        int          min,
                        int          max)
{
  g_auto(GStrv) labels = NULL;
  gboolean labels_changed;
  int old_min, old_max;

  g_return_if_fail (PJ_IS_CRITERION (self));
  g_return_if_fail (0 <= min && min < max && max <= 100);

  if (self->scale_min == min && self->scale_max == max)
    return;

  old_min = self->scale_min;
  old_max = self->scale_max;
  labels = make_labels (min, max, (const char * const *) self->labels, old_min);
  labels_changed = !g_strv_equal ((const char * const *) self->labels,
                                  (const char * const *) labels);

  /* Everything changes before anyone hears of it, so a handler never sees
   * a scale and labels that do not match. */
  self->scale_min = min;
  self->scale_max = max;
  g_strfreev (self->labels);
  self->labels = g_steal_pointer (&labels);

  if (old_min != min)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MIN]);
  if (old_max != max)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MAX]);
  if (labels_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABELS]);
}

gboolean
pj_criterion_get_required (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), FALSE);

  return self->required;
}

void
pj_criterion_set_required (PjCriterion *self,
                           gboolean     required)
{
  g_return_if_fail (PJ_IS_CRITERION (self));

  required = !!required;
  if (self->required == required)
    return;

  self->required = required;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIRED]);
}

int
pj_criterion_get_position (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), 0);

  return self->position;
}

void
pj_criterion_set_position (PjCriterion *self,
                           int          position)
{
  g_return_if_fail (PJ_IS_CRITERION (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
pj_criterion_get_label (PjCriterion *self,
                        int          value)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), "");

  if (value < self->scale_min || value > self->scale_max)
    return "";

  return self->labels[value - self->scale_min];
}

void
pj_criterion_set_label (PjCriterion *self,
                        int          value,
                        const char  *label)
{
  g_return_if_fail (PJ_IS_CRITERION (self));
  g_return_if_fail (value >= self->scale_min && value <= self->scale_max);

  if (replace_string (&self->labels[value - self->scale_min], label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABELS]);
}

const char * const *
pj_criterion_get_labels (PjCriterion *self)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), NULL);

  return (const char * const *) self->labels;
}

const gint64 *
pj_criterion_get_category_ids (PjCriterion *self,
                               guint       *n_ids)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->category_ids->len;
  return (const gint64 *) (gpointer) self->category_ids->data;
}

void
pj_criterion_set_category_ids (PjCriterion  *self,
                               const gint64 *ids,
                               guint         n_ids)
{
  g_return_if_fail (PJ_IS_CRITERION (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  set_sorted_ids (self->category_ids, ids, n_ids);
}

/* A criterion without categories applies to the whole edition. */
gboolean
pj_criterion_applies_to (PjCriterion *self,
                         gint64       category_id)
{
  g_return_val_if_fail (PJ_IS_CRITERION (self), FALSE);

  if (self->category_ids->len == 0)
    return TRUE;

  return bsearch (&category_id, self->category_ids->data, self->category_ids->len,
                  sizeof (gint64), compare_ids) != NULL;
}
