/* pj-attachment.c: a file attached to a nomination (its description only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-attachment"

#include "config.h"

#include "pj-attachment.h"

#include <string.h>

#define MAX_NAME_BYTES 255

struct _PjAttachment
{
  GObject  parent_instance;

  gint64   id;
  gint64   nomination_id;
  char    *name;
  gint64   size;
  char    *sha256;
  char    *added;
};

G_DEFINE_FINAL_TYPE (PjAttachment, pj_attachment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NOMINATION_ID,
  PROP_NAME,
  PROP_SIZE,
  PROP_SHA256,
  PROP_ADDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* Cuts @s to at most @max_bytes without splitting a character. */
static void
utf8_truncate (GString *s,
               gsize    max_bytes)
{
  const char *end;

  if (s->len <= max_bytes)
    return;
  end = g_utf8_find_prev_char (s->str, s->str + max_bytes + 1);
  g_string_truncate (s, end != NULL ? (gsize) (end - s->str) : 0);
}

/* GObject */

static void
pj_attachment_finalize (GObject *object)
{
  PjAttachment *self = (PjAttachment *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->added, g_free);

  G_OBJECT_CLASS (pj_attachment_parent_class)->finalize (object);
}

static void
pj_attachment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PjAttachment *self = PJ_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NOMINATION_ID:
      g_value_set_int64 (value, self->nomination_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    case PROP_ADDED:
      g_value_set_string (value, self->added);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_attachment_class_init (PjAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_attachment_finalize;
  object_class->get_property = pj_attachment_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NOMINATION_ID] =
    g_param_spec_int64 ("nomination-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", ro);
  properties[PROP_SIZE] = g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_SHA256] = g_param_spec_string ("sha256", NULL, NULL, "", ro);
  properties[PROP_ADDED] = g_param_spec_string ("added", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_attachment_init (PjAttachment *self)
{
  self->name = g_strdup ("");
  self->sha256 = g_strdup ("");
  self->added = g_strdup ("");
}

/* Public API */

PjAttachment *
pj_attachment_new (gint64      id,
                   gint64      nomination_id,
                   const char *name,
                   gint64      size,
                   const char *sha256,
                   const char *added)
{
  PjAttachment *self = g_object_new (PJ_TYPE_ATTACHMENT, NULL);

  /* A new object has no listeners: set the fields directly. */
  self->id = id;
  self->nomination_id = nomination_id;
  self->size = size;
  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_free (self->sha256);
  self->sha256 = g_strdup (sha256 != NULL ? sha256 : "");
  g_free (self->added);
  self->added = g_strdup (added != NULL ? added : "");
  return self;
}

gint64
pj_attachment_get_id (PjAttachment *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_attachment_get_nomination_id (PjAttachment *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT (self), PJ_NO_ID);

  return self->nomination_id;
}

const char *
pj_attachment_get_name (PjAttachment *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT (self), NULL);

  return self->name;
}

gint64
pj_attachment_get_size (PjAttachment *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT (self), 0);

  return self->size;
}

const char *
pj_attachment_get_sha256 (PjAttachment *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT (self), NULL);

  return self->sha256;
}

const char *
pj_attachment_get_added (PjAttachment *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT (self), NULL);

  return self->added;
}

char *
pj_attachment_dup_short_hash (PjAttachment *self)
{
  g_return_val_if_fail (PJ_IS_ATTACHMENT (self), NULL);

  return g_strndup (self->sha256, 8);
}

char *
pj_attachment_sanitize_name (const char *name)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *dot;

  valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\')
        g_string_append_c (out, '_');
      else if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029 ||
               g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;
      else
        g_string_append_unichar (out, c);
    }

  /* Spaces at either end, Unicode ones included. */
  while (out->len > 0)
    {
      const char *last = g_utf8_find_prev_char (out->str, out->str + out->len);

      if (!g_unichar_isspace (g_utf8_get_char (last)))
        break;
      g_string_truncate (out, last - out->str);
    }
  while (out->len > 0 && g_unichar_isspace (g_utf8_get_char (out->str)))
    g_string_erase (out, 0, g_utf8_next_char (out->str) - out->str);

  if (out->len == 0 || strcmp (out->str, ".") == 0 || strcmp (out->str, "..") == 0)
    return g_strdup ("attachment");

  if (out->len > MAX_NAME_BYTES)
    {
      /* Keep a short extension: "report…(cut).pdf". */
      dot = strrchr (out->str, '.');
      if (dot != NULL && dot != out->str && strlen (dot) <= 16)
        {
          g_autofree char *ext = g_strdup (dot);

          g_string_truncate (out, dot - out->str);
          utf8_truncate (out, MAX_NAME_BYTES - strlen (ext));
          g_string_append (out, ext);
        }
      else
        utf8_truncate (out, MAX_NAME_BYTES);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
