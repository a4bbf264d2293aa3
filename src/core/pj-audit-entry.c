/* pj-audit-entry.c: one line of the audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-audit-entry"

#include "config.h"

#include "pj-audit-entry.h"
#include "pj-entity-private.h"

struct _PjAuditEntry
{
  GObject  parent_instance;

  gint64   id;
  char    *at;
  char    *who;
  char    *action;
  char    *entity;
  gint64   entity_id;
  char    *field;
  char    *old_value;
  char    *new_value;
};

G_DEFINE_FINAL_TYPE (PjAuditEntry, pj_audit_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AT,
  PROP_WHO,
  PROP_ACTION,
  PROP_ENTITY,
  PROP_ENTITY_ID,
  PROP_FIELD,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pj_audit_entry_finalize (GObject *object)
{
  PjAuditEntry *self = (PjAuditEntry *) object;

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->entity, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);

  G_OBJECT_CLASS (pj_audit_entry_parent_class)->finalize (object);
}

static void
pj_audit_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PjAuditEntry *self = PJ_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_AT:
      g_value_set_string (value, self->at);
      break;

    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;

    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;

    case PROP_ENTITY:
      g_value_set_string (value, self->entity);
      break;

    case PROP_ENTITY_ID:
      g_value_set_int64 (value, self->entity_id);
      break;

    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;

    case PROP_OLD_VALUE:
      g_value_set_string (value, self->old_value);
      break;

    case PROP_NEW_VALUE:
      g_value_set_string (value, self->new_value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_audit_entry_class_init (PjAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_audit_entry_finalize;
  object_class->get_property = pj_audit_entry_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  properties[PROP_AT] =
    g_param_spec_string ("at", NULL, NULL, NULL, ro);
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL, NULL, ro);
  properties[PROP_ACTION] =
    g_param_spec_string ("action", NULL, NULL, NULL, ro);
  properties[PROP_ENTITY] =
    g_param_spec_string ("entity", NULL, NULL, NULL, ro);
  properties[PROP_ENTITY_ID] =
    g_param_spec_int64 ("entity-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL, ro);
  properties[PROP_OLD_VALUE] =
    g_param_spec_string ("old-value", NULL, NULL, NULL, ro);
  properties[PROP_NEW_VALUE] =
    g_param_spec_string ("new-value", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_audit_entry_init (PjAuditEntry *self)
{
}

PjAuditEntry *
pj_audit_entry_new_full (gint64      id,
                         const char *at,
                         const char *who,
                         const char *action,
                         const char *entity,
                         gint64      entity_id,
                         const char *field,
                         const char *old_value,
                         const char *new_value)
{
  PjAuditEntry *self = g_object_new (PJ_TYPE_AUDIT_ENTRY, NULL);

  self->id = id;
  self->at = g_strdup (at);
  self->who = g_strdup (who);
  self->action = g_strdup (action);
  self->entity = g_strdup (entity);
  self->entity_id = entity_id;
  self->field = g_strdup (field);
  self->old_value = g_strdup (old_value);
  self->new_value = g_strdup (new_value);

  return self;
}

gint64
pj_audit_entry_get_id (PjAuditEntry *self)
{
  g_return_val_if_fail (PJ_IS_AUDIT_ENTRY (self), PJ_NO_ID);

  return self->id;
}

const char *
pj_audit_entry_get_at (PjAuditEntry *self)
{
  g_return_val_if_fail (PJ_IS_AUDIT_ENTRY (self), NULL);

  return self->at;
}

const char *
pj_audit_entry_get_who (PjAuditEntry *self)
{
  g_return_val_if_fail (PJ_IS_AUDIT_ENTRY (self), NULL);

  return self->who;
}

const char *
pj_audit_entry_get_action (PjAuditEntry *self)
{
  g_return_val_if_fail (PJ_IS_AUDIT_ENTRY (self), NULL);

  return self->action;
}

const char *
pj_audit_entry_get_entity (PjAuditEntry *self)
{
  g_return_val_if_fail (PJ_IS_AUDIT_ENTRY (self), NULL);

  return self->entity;
}

gint64
pj_audit_entry_get_entity_id (PjAuditEntry *self)
{
  g_return_val_if_fail (PJ_IS_AUDIT_ENTRY (self), PJ_NO_ID);

  return self->entity_id;
}

const char *
pj_audit_entry_get_field (PjAuditEntry *self)
{
  g_return_val_if_fail (PJ_IS_AUDIT_ENTRY (self), NULL);

  return self->field;
}

const char *
pj_audit_entry_get_old_value (PjAuditEntry *self)
{
  g_return_val_if_fail (PJ_IS_AUDIT_ENTRY (self), NULL);

  return self->old_value;
}

const char *
pj_audit_entry_get_new_value (PjAuditEntry *self)
{
  g_return_val_if_fail (PJ_IS_AUDIT_ENTRY (self), NULL);

  return self->new_value;
}
