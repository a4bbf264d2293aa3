/* pj-conflict.c: a conflict of interest (jäv) between a juror and a nomination
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-conflict"

#include "config.h"

#include "pj-conflict.h"

#include <glib/gi18n-lib.h>

G_DEFINE_ENUM_TYPE (PjConflictSource, pj_conflict_source,
  G_DEFINE_ENUM_VALUE (PJ_CONFLICT_AUTOMATIC, "automatic"),
  G_DEFINE_ENUM_VALUE (PJ_CONFLICT_DECLARED, "declared"),
  G_DEFINE_ENUM_VALUE (PJ_CONFLICT_ORGANISER, "organiser"))

G_DEFINE_ENUM_TYPE (PjConflictReason, pj_conflict_reason,
  G_DEFINE_ENUM_VALUE (PJ_CONFLICT_REASON_OWN_UNIT, "own-unit"),
  G_DEFINE_ENUM_VALUE (PJ_CONFLICT_REASON_RELATIONSHIP, "relationship"),
  G_DEFINE_ENUM_VALUE (PJ_CONFLICT_REASON_FINANCIAL, "financial"),
  G_DEFINE_ENUM_VALUE (PJ_CONFLICT_REASON_OTHER, "other"))

static const char * const source_names[PJ_N_CONFLICT_SOURCES] = {
  "automatic", "declared", "organiser",
};

static const char * const reason_names[PJ_N_CONFLICT_REASONS] = {
  "own-unit", "relationship", "financial", "other",
};

static gboolean
name_to_value (const char * const *names,
               guint               n_names,
               const char         *s,
               guint              *out)
{
  if (s == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (names[i], s))
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
pj_conflict_source_to_string (PjConflictSource value)
{
  g_return_val_if_fail ((guint) value < PJ_N_CONFLICT_SOURCES, NULL);

  return source_names[value];
}

gboolean
pj_conflict_source_from_string (const char       *s,
                                PjConflictSource *out)
{
  guint value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!name_to_value (source_names, PJ_N_CONFLICT_SOURCES, s, &value))
    return FALSE;
  *out = (PjConflictSource) value;
  return TRUE;
}

const char *
pj_conflict_source_to_label (PjConflictSource value)
{
  switch (value)
    {
    case PJ_CONFLICT_AUTOMATIC:
      return C_("conflict source", "Automatic");
    case PJ_CONFLICT_DECLARED:
      return C_("conflict source", "Declared by the juror");
    case PJ_CONFLICT_ORGANISER:
      return C_("conflict source", "Added by an organiser");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pj_conflict_reason_to_string (PjConflictReason value)
{
  g_return_val_if_fail ((guint) value < PJ_N_CONFLICT_REASONS, NULL);

  return reason_names[value];
}

gboolean
pj_conflict_reason_from_string (const char       *s,
                                PjConflictReason *out)
{
  guint value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!name_to_value (reason_names, PJ_N_CONFLICT_REASONS, s, &value))
    return FALSE;
  *out = (PjConflictReason) value;
  return TRUE;
}

const char *
pj_conflict_reason_to_label (PjConflictReason value)
{
  switch (value)
    {
    case PJ_CONFLICT_REASON_OWN_UNIT:
      return C_("conflict reason", "Own unit");
    case PJ_CONFLICT_REASON_RELATIONSHIP:
      return C_("conflict reason", "Close relationship");
    case PJ_CONFLICT_REASON_FINANCIAL:
      return C_("conflict reason", "Financial interest");
    case PJ_CONFLICT_REASON_OTHER:
      return C_("conflict reason", "Other");
    default:
      g_return_val_if_reached (NULL);
    }
}

struct _PjConflict
{
  GObject           parent_instance;

  gint64            id;
  gint64            version;
  gint64            juror_id;
  gint64            nomination_id;
  PjConflictSource  source;
  PjConflictReason  reason;
  char             *reason_text;
  gboolean          lifted;
  char             *lifted_reason;
  char             *created;
  char             *juror_name;
  char             *nomination_title;
};

G_DEFINE_FINAL_TYPE (PjConflict, pj_conflict, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_JUROR_ID,
  PROP_NOMINATION_ID,
  PROP_SOURCE,
  PROP_REASON,
  PROP_REASON_TEXT,
  PROP_LIFTED,
  PROP_LIFTED_REASON,
  PROP_CREATED,
  PROP_JUROR_NAME,
  PROP_NOMINATION_TITLE,
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
set_string_prop (PjConflict  *self,
                 char       **field,
                 const char  *value,
                 guint        prop)
{
  if (replace_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_int64_prop (PjConflict *self,
                gint64     *field,
                gint64      value,
                guint       prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
pj_conflict_finalize (GObject *object)
{
  PjConflict *self = (PjConflict *) object;

  g_clear_pointer (&self->reason_text, g_free);
  g_clear_pointer (&self->lifted_reason, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->juror_name, g_free);
  g_clear_pointer (&self->nomination_title, g_free);

  G_OBJECT_CLASS (pj_conflict_parent_class)->finalize (object);
}

static void
pj_conflict_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PjConflict *self = PJ_CONFLICT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_JUROR_ID:
      g_value_set_int64 (value, self->juror_id);
      break;

    case PROP_NOMINATION_ID:
      g_value_set_int64 (value, self->nomination_id);
      break;

    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;

    case PROP_REASON:
      g_value_set_enum (value, self->reason);
      break;

    case PROP_REASON_TEXT:
      g_value_set_string (value, self->reason_text);
      break;

    case PROP_LIFTED:
      g_value_set_boolean (value, self->lifted);
      break;

    case PROP_LIFTED_REASON:
      g_value_set_string (value, self->lifted_reason);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_JUROR_NAME:
      g_value_set_string (value, self->juror_name);
      break;

    case PROP_NOMINATION_TITLE:
      g_value_set_string (value, self->nomination_title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_conflict_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PjConflict *self = PJ_CONFLICT (object);

  switch (prop_id)
    {
    case PROP_JUROR_ID:
      pj_conflict_set_juror_id (self, g_value_get_int64 (value));
      break;

    case PROP_NOMINATION_ID:
      pj_conflict_set_nomination_id (self, g_value_get_int64 (value));
      break;

    case PROP_SOURCE:
      pj_conflict_set_source (self, g_value_get_enum (value));
      break;

    case PROP_REASON:
      pj_conflict_set_reason (self, g_value_get_enum (value));
      break;

    case PROP_REASON_TEXT:
      pj_conflict_set_reason_text (self, g_value_get_string (value));
      break;

    case PROP_LIFTED:
      pj_conflict_set_lifted (self, g_value_get_boolean (value));
      break;

    case PROP_LIFTED_REASON:
      pj_conflict_set_lifted_reason (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      pj_conflict_set_created (self, g_value_get_string (value));
      break;

    case PROP_JUROR_NAME:
      pj_conflict_set_juror_name (self, g_value_get_string (value));
      break;

    case PROP_NOMINATION_TITLE:
      pj_conflict_set_nomination_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_conflict_class_init (PjConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_conflict_finalize;
  object_class->get_property = pj_conflict_get_property;
  object_class->set_property = pj_conflict_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_JUROR_ID] =
    g_param_spec_int64 ("juror-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, rw);
  properties[PROP_NOMINATION_ID] =
    g_param_spec_int64 ("nomination-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, rw);
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, PJ_TYPE_CONFLICT_SOURCE,
                       PJ_CONFLICT_DECLARED, rw);
  properties[PROP_REASON] =
    g_param_spec_enum ("reason", NULL, NULL, PJ_TYPE_CONFLICT_REASON,
                       PJ_CONFLICT_REASON_OWN_UNIT, rw);
  properties[PROP_REASON_TEXT] =
    g_param_spec_string ("reason-text", NULL, NULL, "", rw);
  properties[PROP_LIFTED] =
    g_param_spec_boolean ("lifted", NULL, NULL, FALSE, rw);
  properties[PROP_LIFTED_REASON] =
    g_param_spec_string ("lifted-reason", NULL, NULL, "", rw);
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, "", rw);
  properties[PROP_JUROR_NAME] =
    g_param_spec_string ("juror-name", NULL, NULL, "", rw);
  properties[PROP_NOMINATION_TITLE] =
    g_param_spec_string ("nomination-title", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_conflict_init (PjConflict *self)
{
  self->source = PJ_CONFLICT_DECLARED;
  self->reason = PJ_CONFLICT_REASON_OWN_UNIT;
  self->reason_text = g_strdup ("");
  self->lifted_reason = g_strdup ("");
  self->created = g_strdup ("");
  self->juror_name = g_strdup ("");
  self->nomination_title = g_strdup ("");
}

PjConflict *
pj_conflict_new (void)
{
  return g_object_new (PJ_TYPE_CONFLICT, NULL);
}

gint64
pj_conflict_get_id (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_conflict_get_version (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), 0);

  return self->version;
}

void
pj_conflict_set_stored (PjConflict *self,
                        gint64      id,
                        gint64      version)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));

  set_int64_prop (self, &self->id, id, PROP_ID);
  set_int64_prop (self, &self->version, version, PROP_VERSION);
}

gint64
pj_conflict_get_juror_id (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), PJ_NO_ID);

  return self->juror_id;
}

void
pj_conflict_set_juror_id (PjConflict *self,
                          gint64      juror_id)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));

  set_int64_prop (self, &self->juror_id, juror_id, PROP_JUROR_ID);
}

gint64
pj_conflict_get_nomination_id (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), PJ_NO_ID);

  return self->nomination_id;
}

void
pj_conflict_set_nomination_id (PjConflict *self,
                               gint64      nomination_id)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));

  set_int64_prop (self, &self->nomination_id, nomination_id, PROP_NOMINATION_ID);
}

PjConflictSource
pj_conflict_get_source (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), PJ_CONFLICT_DECLARED);

  return self->source;
}

void
pj_conflict_set_source (PjConflict       *self,
                        PjConflictSource  source)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));
  g_return_if_fail ((guint) source < PJ_N_CONFLICT_SOURCES);

  if (self->source == source)
    return;
  self->source = source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

PjConflictReason
pj_conflict_get_reason (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), PJ_CONFLICT_REASON_OWN_UNIT);

  return self->reason;
}

void
pj_conflict_set_reason (PjConflict       *self,
                        PjConflictReason  reason)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));
  g_return_if_fail ((guint) reason < PJ_N_CONFLICT_REASONS);

  if (self->reason == reason)
    return;
  self->reason = reason;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
pj_conflict_get_reason_text (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), NULL);

  return self->reason_text;
}

void
pj_conflict_set_reason_text (PjConflict *self,
                             const char *text)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));

  set_string_prop (self, &self->reason_text, text, PROP_REASON_TEXT);
}

gboolean
pj_conflict_get_lifted (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), FALSE);

  return self->lifted;
}

void
pj_conflict_set_lifted (PjConflict *self,
                        gboolean    lifted)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));

  lifted = !!lifted;
  if (self->lifted == lifted)
    return;
  self->lifted = lifted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIFTED]);
}

const char *
pj_conflict_get_lifted_reason (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), NULL);

  return self->lifted_reason;
}

void
pj_conflict_set_lifted_reason (PjConflict *self,
                               const char *reason)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));

  set_string_prop (self, &self->lifted_reason, reason, PROP_LIFTED_REASON);
}

const char *
pj_conflict_get_created (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), NULL);

  return self->created;
}

void
pj_conflict_set_created (PjConflict *self,
                         const char *created)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));

  set_string_prop (self, &self->created, created, PROP_CREATED);
}

const char *
pj_conflict_get_juror_name (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), NULL);

  return self->juror_name;
}

void
pj_conflict_set_juror_name (PjConflict *self,
                            const char *name)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));

  set_string_prop (self, &self->juror_name, name, PROP_JUROR_NAME);
}

const char *
pj_conflict_get_nomination_title (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), NULL);

  return self->nomination_title;
}

void
pj_conflict_set_nomination_title (PjConflict *self,
                                  const char *title)
{
  g_return_if_fail (PJ_IS_CONFLICT (self));

  set_string_prop (self, &self->nomination_title, title, PROP_NOMINATION_TITLE);
}

const char *
pj_conflict_describe_reason (PjConflict *self)
{
  g_return_val_if_fail (PJ_IS_CONFLICT (self), NULL);

  if (self->reason == PJ_CONFLICT_REASON_OTHER && self->reason_text[0] != '\0')
    return self->reason_text;
  return pj_conflict_reason_to_label (self->reason);
}
