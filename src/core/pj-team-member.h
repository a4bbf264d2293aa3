/* pj-team-member.h: one person in a nominated team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"

G_BEGIN_DECLS

#define PJ_TYPE_TEAM_MEMBER (pj_team_member_get_type ())
G_DECLARE_FINAL_TYPE (PjTeamMember, pj_team_member, PJ, TEAM_MEMBER, GObject)

/* Properties: name, role (both "" when unset, never NULL). */
PjTeamMember *pj_team_member_new       (const char   *name,
                                        const char   *role);
const char   *pj_team_member_get_name  (PjTeamMember *self);
void          pj_team_member_set_name  (PjTeamMember *self,
                                        const char   *name);
const char   *pj_team_member_get_role  (PjTeamMember *self);
void          pj_team_member_set_role  (PjTeamMember *self,
                                        const char   *role);

G_END_DECLS
