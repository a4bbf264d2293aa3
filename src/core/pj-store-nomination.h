/* pj-store-nomination.h: reading and writing nominations and eligibility rules
 *
 * The same rules as pj-store.h: one user action is one transaction, audited
 * field by field, with "changed" (detail "nomination", or "eligibility" for
 * the rules) emitted after commit; updates are refused with
 * PJ_ERROR_CHANGED_ELSEWHERE when the row changed since it was read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-workspace.h"
#include "pj-nomination.h"
#include "pj-eligibility.h"

G_BEGIN_DECLS

/* A nomination with everything filled: units, team, sub-strategies and the
 * display fields. PJ_ERROR_NOT_FOUND when it is gone. */
PjNomination *pj_store_get_nomination        (PjWorkspace   *ws,
                                              gint64         id,
                                              GError       **error);
/* Validates (pj_nomination_validate, then the edition exists, the category
 * belongs to the same edition, the units exist) and inserts with units,
 * team and sub-strategies. Sets id, version and the display fields. */
gboolean      pj_store_create_nomination     (PjWorkspace   *ws,
                                              PjNomination  *nomination,
                                              GError       **error);
/* Many at once, in one transaction (the importer, generated editions):
 * all or nothing. A failure names the title of the nomination refused. */
gboolean      pj_store_create_nominations    (PjWorkspace   *ws,
                                              GPtrArray     *nominations,
                                              GError       **error);
/* Writes every field, units, team and sub-strategies, with one audit entry
 * per changed field (old → new). Nothing changed: nothing written, TRUE. */
gboolean      pj_store_update_nomination     (PjWorkspace   *ws,
                                              PjNomination  *nomination,
                                              GError       **error);
/* Changes only the status (and the reason, which ineligible requires),
 * optimistically against the nomination's version. On success the object
 * carries the new status, reason and version. */
gboolean      pj_store_set_nomination_status (PjWorkspace         *ws,
                                              PjNomination        *nomination,
                                              PjNominationStatus   status,
                                              const char          *reason,
                                              GError             **error);
/* Deletes with its units, team, sub-strategies and attachments. */
gboolean      pj_store_delete_nomination     (PjWorkspace   *ws,
                                              gint64         id,
                                              GError       **error);

/* Nominations of an edition in the order they were created, fully filled
 * (units, team, sub-strategies, category-name, unit-names). */
GListModel   *pj_store_list_nominations      (PjWorkspace   *ws,
                                              gint64         edition_id,
                                              GError       **error);
/* Number of nominations of an edition, optionally only of a category
 * (PJ_NO_ID: all) and a status (-1: all). */
guint         pj_store_count_nominations_filtered (PjWorkspace *ws,
                                                   gint64       edition_id,
                                                   gint64       category_id,
                                                   int          status);
/* An existing nomination of the edition with the same title (trimmed,
 * compared case-insensitively) naming @unit_id, or with no unit at all when
 * @unit_id is PJ_NO_ID. Returns its id, or PJ_NO_ID (also on error). */
gint64        pj_store_find_duplicate_nomination (PjWorkspace  *ws,
                                                  gint64        edition_id,
                                                  const char   *title,
                                                  gint64        unit_id,
                                                  GError      **error);

/* Eligibility rules of an award: a GArray of PjEligibilityRule in kind
 * order. */
GArray       *pj_store_list_eligibility_rules (PjWorkspace  *ws,
                                               gint64        award_id,
                                               GError      **error);
/* Replaces the award's rules with @rules (at most one per kind), auditing
 * each rule added, changed or removed. */
gboolean      pj_store_set_eligibility_rules  (PjWorkspace             *ws,
                                               gint64                   award_id,
                                               const PjEligibilityRule *rules,
                                               guint                    n_rules,
                                               GError                 **error);
/* Years (descending, distinct) in which any of the nomination's units was
 * placed winner in an earlier edition of the same award. A GArray of int. */
GArray       *pj_store_list_unit_win_years    (PjWorkspace   *ws,
                                               PjNomination  *nomination,
                                               GError       **error);
/* The award's rules checked against the nomination (its object fields, so
 * unsaved edits count): a GPtrArray of PjEligibilityResult. */
GPtrArray    *pj_store_check_eligibility      (PjWorkspace   *ws,
                                               PjNomination  *nomination,
                                               GError       **error);

G_END_DECLS
