/* pj-team-member.c: one person in a nominated team (name and role)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-team-member"

#include "config.h"

#include "pj-team-member.h"

struct _PjTeamMember
{
  GObject  parent_instance;

  char    *name;
  char    *role;
};

G_DEFINE_FINAL_TYPE (PjTeamMember, pj_team_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pj_team_member_finalize (GObject *object)
{
  PjTeamMember *self = (PjTeamMember *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);

  G_OBJECT_CLASS (pj_team_member_parent_class)->finalize (object);
}

static void
pj_team_member_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PjTeamMember *self = PJ_TEAM_MEMBER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_team_member_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PjTeamMember *self = PJ_TEAM_MEMBER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pj_team_member_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      pj_team_member_set_role (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_team_member_class_init (PjTeamMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_team_member_finalize;
  object_class->get_property = pj_team_member_get_property;
  object_class->set_property = pj_team_member_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_team_member_init (PjTeamMember *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
}

PjTeamMember *
pj_team_member_new (const char *name,
                    const char *role)
{
  PjTeamMember *self = g_object_new (PJ_TYPE_TEAM_MEMBER, NULL);

  /* A new object has no listeners: set the fields directly. */
  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_free (self->role);
  self->role = g_strdup (role != NULL ? role : "");
  return self;
}

const char *
pj_team_member_get_name (PjTeamMember *self)
{
  g_return_val_if_fail (PJ_IS_TEAM_MEMBER (self), NULL);

  return self->name;
}

void
pj_team_member_set_name (PjTeamMember *self,
                         const char   *name)
{
  g_return_if_fail (PJ_IS_TEAM_MEMBER (self));

  if (name == NULL)
    name = "";
  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
pj_team_member_get_role (PjTeamMember *self)
{
  g_return_val_if_fail (PJ_IS_TEAM_MEMBER (self), NULL);

  return self->role;
}

void
pj_team_member_set_role (PjTeamMember *self,
                         const char   *role)
{
  g_return_if_fail (PJ_IS_TEAM_MEMBER (self));

  if (role == NULL)
    role = "";
  if (g_strcmp0 (self->role, role) == 0)
    return;

  g_free (self->role);
  self->role = g_strdup (role);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}
