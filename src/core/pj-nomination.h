/* pj-nomination.h: one nomination of an edition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-enums.h"
#include "pj-team-member.h"

G_BEGIN_DECLS

/* The summary's limit, in characters (not bytes). */
#define PJ_NOMINATION_SUMMARY_MAX 600

/* A yes/no fact that may not be known yet (budget in balance). */
typedef enum
{
  PJ_TRISTATE_UNKNOWN,
  PJ_TRISTATE_NO,
  PJ_TRISTATE_YES,
} PjTristate;

GType pj_tristate_get_type          (void) G_GNUC_CONST;
#define PJ_TYPE_TRISTATE          (pj_tristate_get_type ())

/* Sub-strategies are kept as a bit mask: bit PjSubstrategy. */
#define PJ_SUBSTRATEGY_BIT(s) (1u << (s))
#define PJ_SUBSTRATEGY_ALL    ((1u << PJ_N_SUBSTRATEGIES) - 1)

/* Only submitted and eligible nominations are scored: a draft is not yet
 * entered, an ineligible or withdrawn one is out. */
gboolean pj_nomination_status_is_in_scoring (PjNominationStatus status);

#define PJ_TYPE_NOMINATION (pj_nomination_get_type ())
G_DECLARE_FINAL_TYPE (PjNomination, pj_nomination, PJ, NOMINATION, GObject)

/* Properties (strings are "" when empty, never NULL, except received):
 *   id, version (read-only, set by the store), edition-id, category-id
 *   (PJ_NO_ID for none), title, contact-name, contact-email, contact-phone,
 *   nominated-by, nominated-by-unit, received (ISO date or NULL), summary,
 *   what-is-new, value-created, results, implementation, spread, partners,
 *   class-claimed, class-assessed (PjInnovationClass), status
 *   (PjNominationStatus, default submitted), ineligible-reason, staff-count
 *   (-1 = unknown), budget-in-balance (PjTristate), resident-share (percent,
 *   -1 = unknown), substrategies (bit mask), unit-ids (a GArray of gint64,
 *   read-only; a copy), and the display helpers category-name and
 *   unit-names (", "-joined), filled by the store's get and list.
 *
 * The unit ids are ordered; more than one unit makes a collaboration. */
PjNomination       *pj_nomination_new                   (void);

gint64              pj_nomination_get_id                (PjNomination *self);
gint64              pj_nomination_get_version           (PjNomination *self);
gint64              pj_nomination_get_edition_id        (PjNomination *self);
void                pj_nomination_set_edition_id        (PjNomination *self, gint64 edition_id);
gint64              pj_nomination_get_category_id       (PjNomination *self);
void                pj_nomination_set_category_id       (PjNomination *self, gint64 category_id);

const char         *pj_nomination_get_title             (PjNomination *self);
void                pj_nomination_set_title             (PjNomination *self, const char *title);
const char         *pj_nomination_get_contact_name      (PjNomination *self);
void                pj_nomination_set_contact_name      (PjNomination *self, const char *name);
const char         *pj_nomination_get_contact_email     (PjNomination *self);
void                pj_nomination_set_contact_email     (PjNomination *self, const char *email);
const char         *pj_nomination_get_contact_phone     (PjNomination *self);
void                pj_nomination_set_contact_phone     (PjNomination *self, const char *phone);
const char         *pj_nomination_get_nominated_by      (PjNomination *self);
void                pj_nomination_set_nominated_by      (PjNomination *self, const char *name);
const char         *pj_nomination_get_nominated_by_unit (PjNomination *self);
void                pj_nomination_set_nominated_by_unit (PjNomination *self, const char *unit);
/* ISO date YYYY-MM-DD or NULL; "" is stored as NULL. */
const char         *pj_nomination_get_received          (PjNomination *self);
void                pj_nomination_set_received          (PjNomination *self, const char *iso_date);
const char         *pj_nomination_get_summary           (PjNomination *self);
void                pj_nomination_set_summary           (PjNomination *self, const char *text);
const char         *pj_nomination_get_what_is_new       (PjNomination *self);
void                pj_nomination_set_what_is_new       (PjNomination *self, const char *text);
const char         *pj_nomination_get_value_created     (PjNomination *self);
void                pj_nomination_set_value_created     (PjNomination *self, const char *text);
const char         *pj_nomination_get_results           (PjNomination *self);
void                pj_nomination_set_results           (PjNomination *self, const char *text);
const char         *pj_nomination_get_implementation    (PjNomination *self);
void                pj_nomination_set_implementation    (PjNomination *self, const char *text);
const char         *pj_nomination_get_spread            (PjNomination *self);
void                pj_nomination_set_spread            (PjNomination *self, const char *text);
const char         *pj_nomination_get_partners          (PjNomination *self);
void                pj_nomination_set_partners          (PjNomination *self, const char *text);

PjInnovationClass   pj_nomination_get_class_claimed     (PjNomination *self);
void                pj_nomination_set_class_claimed     (PjNomination *self, PjInnovationClass v);
PjInnovationClass   pj_nomination_get_class_assessed    (PjNomination *self);
void                pj_nomination_set_class_assessed    (PjNomination *self, PjInnovationClass v);

/* Set through pj_store_set_nomination_status () to have it stored; these
 * only change the object (the editor, the importer). */
PjNominationStatus  pj_nomination_get_status            (PjNomination *self);
void                pj_nomination_set_status            (PjNomination *self, PjNominationStatus s);
const char         *pj_nomination_get_ineligible_reason (PjNomination *self);
void                pj_nomination_set_ineligible_reason (PjNomination *self, const char *reason);
gboolean            pj_nomination_is_in_scoring         (PjNomination *self);

/* Eligibility facts. */
int                 pj_nomination_get_staff_count       (PjNomination *self);
void                pj_nomination_set_staff_count       (PjNomination *self, int staff_count);
PjTristate          pj_nomination_get_budget_in_balance (PjNomination *self);
void                pj_nomination_set_budget_in_balance (PjNomination *self, PjTristate value);
double              pj_nomination_get_resident_share    (PjNomination *self);
void                pj_nomination_set_resident_share    (PjNomination *self, double percent);

/* Nominee units, in order. Setting drops repeated ids (keeping the first). */
const gint64       *pj_nomination_get_unit_ids          (PjNomination *self, guint *n_ids);
guint               pj_nomination_get_n_units           (PjNomination *self);
void                pj_nomination_set_unit_ids          (PjNomination *self,
                                                         const gint64 *ids,
                                                         guint         n_ids);
/* Appends; FALSE when the unit is already there. */
gboolean            pj_nomination_add_unit_id           (PjNomination *self, gint64 unit_id);
gboolean            pj_nomination_is_collaboration      (PjNomination *self);

/* Sub-strategies as a bit mask of PJ_SUBSTRATEGY_BIT (). */
guint               pj_nomination_get_substrategies     (PjNomination *self);
void                pj_nomination_set_substrategies     (PjNomination *self, guint mask);
gboolean            pj_nomination_has_substrategy       (PjNomination *self, PjSubstrategy s);
void                pj_nomination_set_substrategy       (PjNomination  *self,
                                                         PjSubstrategy  s,
                                                         gboolean       enabled);

/* The team: a GListModel of PjTeamMember, owned by the nomination. Members
 * may be edited in place; the store reads them when saving. */
GListModel         *pj_nomination_get_team              (PjNomination *self);
void                pj_nomination_add_team_member       (PjNomination *self,
                                                         const char   *name,
                                                         const char   *role);
void                pj_nomination_remove_team_member    (PjNomination *self, guint position);
void                pj_nomination_clear_team            (PjNomination *self);

/* Display helpers, filled by the store. */
const char         *pj_nomination_get_category_name     (PjNomination *self);
const char         *pj_nomination_get_unit_names        (PjNomination *self);

/* Checks what can be checked without the workspace: title, summary length,
 * contact email, received date, ineligible reason, staff count, resident
 * share. FALSE with PJ_ERROR_INVALID naming the field. */
gboolean            pj_nomination_validate              (PjNomination  *self,
                                                         GError       **error);

G_END_DECLS
