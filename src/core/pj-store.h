/* pj-store.h: reading and writing the domain
 *
 * Every function is one user action: one transaction, with an audit entry
 * per changed field, and "changed" emitted on the workspace after commit.
 * Updates are optimistic: the object carries the row version it was read
 * at; if the row changed since, the update is refused with
 * PJ_ERROR_CHANGED_ELSEWHERE ("… was changed elsewhere. Reload?") and
 * nothing is written. A successful create or update sets the object's id and
 * version to the stored ones.
 *
 * Lists are GListStores of the entity type, in the order the UI shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-enums.h"
#include "pj-award.h"
#include "pj-edition.h"
#include "pj-category.h"
#include "pj-criterion.h"
#include "pj-unit.h"
#include "pj-juror.h"
#include "pj-audit-entry.h"
#include "pj-eligibility.h"
#include "pj-workspace.h"

G_BEGIN_DECLS

/* Awards, by name (collated with the current locale). */
GListModel *pj_store_list_awards     (PjWorkspace *ws, GError **error);
PjAward    *pj_store_get_award       (PjWorkspace *ws, gint64 id, GError **error);
gboolean    pj_store_create_award    (PjWorkspace *ws, PjAward *award, GError **error);
gboolean    pj_store_update_award    (PjWorkspace *ws, PjAward *award, GError **error);
/* Creates (id PJ_NO_ID) or updates the award and replaces its eligibility
 * rules, as one user action: one transaction, all or nothing. */
gboolean    pj_store_save_award      (PjWorkspace *ws, PjAward *award,
                                      const PjEligibilityRule *rules, guint n_rules,
                                      GError **error);
/* Refused with PJ_ERROR_IN_USE while any of its editions has nominations;
 * otherwise deletes the award with its editions and everything in them. */
gboolean    pj_store_delete_award    (PjWorkspace *ws, gint64 id, GError **error);
/* Number of nominations in all editions of the award (for the confirmation). */
guint       pj_store_count_award_nominations (PjWorkspace *ws, gint64 award_id);

/* Editions: award_id PJ_NO_ID lists all, ordered by award name then year
 * descending. Each has award-name filled. */
GListModel *pj_store_list_editions   (PjWorkspace *ws, gint64 award_id, GError **error);
PjEdition  *pj_store_get_edition     (PjWorkspace *ws, gint64 id, GError **error);
gboolean    pj_store_create_edition  (PjWorkspace *ws, PjEdition *edition, GError **error);
gboolean    pj_store_update_edition  (PjWorkspace *ws, PjEdition *edition, GError **error);
/* Refused with PJ_ERROR_IN_USE while the edition has nominations. */
gboolean    pj_store_delete_edition  (PjWorkspace *ws, gint64 id, GError **error);
/* "New edition from…": a new edition of the same award in @year, in phase
 * setup, with the settings, categories, criteria (labels and category
 * limits mapped to the new categories) and jurors (with their categories,
 * new ballot keys) of @source_id. Returns the new edition id, 0 on error. */
gint64      pj_store_copy_edition    (PjWorkspace *ws, gint64 source_id, int year, GError **error);

/* Categories of an edition, by position. */
GListModel *pj_store_list_categories (PjWorkspace *ws, gint64 edition_id, GError **error);
PjCategory *pj_store_get_category    (PjWorkspace *ws, gint64 id, GError **error);
/* Appends at the end of the edition's order. */
gboolean    pj_store_create_category (PjWorkspace *ws, PjCategory *category, GError **error);
gboolean    pj_store_update_category (PjWorkspace *ws, PjCategory *category, GError **error);
gboolean    pj_store_delete_category (PjWorkspace *ws, gint64 id, GError **error);
/* Moves a category to @position (0-based, clamped) in its edition,
 * shifting the others; one transaction, audited. */
gboolean    pj_store_move_category   (PjWorkspace *ws, gint64 id, guint position, GError **error);

/* Criteria of an edition, by position, labels and category ids filled. */
GListModel  *pj_store_list_criteria  (PjWorkspace *ws, gint64 edition_id, GError **error);
PjCriterion *pj_store_get_criterion  (PjWorkspace *ws, gint64 id, GError **error);
gboolean     pj_store_create_criterion (PjWorkspace *ws, PjCriterion *criterion, GError **error);
gboolean     pj_store_update_criterion (PjWorkspace *ws, PjCriterion *criterion, GError **error);
gboolean     pj_store_delete_criterion (PjWorkspace *ws, gint64 id, GError **error);

/* Units of the workspace, by name. */
GListModel *pj_store_list_units      (PjWorkspace *ws, GError **error);
PjUnit     *pj_store_get_unit        (PjWorkspace *ws, gint64 id, GError **error);
gboolean    pj_store_create_unit     (PjWorkspace *ws, PjUnit *unit, GError **error);
/* Refuses a parent that would make a cycle (PJ_ERROR_INVALID). */
gboolean    pj_store_update_unit     (PjWorkspace *ws, PjUnit *unit, GError **error);
/* Refused with PJ_ERROR_IN_USE while a nomination names the unit. Child
 * units lose their parent; jurors lose their unit. */
gboolean    pj_store_delete_unit     (PjWorkspace *ws, gint64 id, GError **error);

/* Jurors of an edition, by name, category ids filled. */
GListModel *pj_store_list_jurors     (PjWorkspace *ws, gint64 edition_id, GError **error);
PjJuror    *pj_store_get_juror       (PjWorkspace *ws, gint64 id, GError **error);
/* Creates the juror's 32-byte ballot key from the system's random source. */
gboolean    pj_store_create_juror    (PjWorkspace *ws, PjJuror *juror, GError **error);
gboolean    pj_store_update_juror    (PjWorkspace *ws, PjJuror *juror, GError **error);
gboolean    pj_store_delete_juror    (PjWorkspace *ws, gint64 id, GError **error);

/* Is @name already used in its scope? kind is "award", "category",
 * "criterion", "unit" or "juror"; scope_id is the edition for category,
 * criterion and juror, ignored otherwise; except_id is the row being edited
 * (PJ_NO_ID when creating). Compared after trimming, case-insensitively. */
gboolean    pj_store_name_exists     (PjWorkspace *ws, const char *kind, gint64 scope_id,
                                      const char *name, gint64 except_id);
/* Is @year already used by another edition of the award? */
gboolean    pj_store_edition_year_exists (PjWorkspace *ws, gint64 award_id, int year,
                                          gint64 except_id);

/* The audit log, newest first. entity NULL means every entity; entity_id
 * PJ_NO_ID every row of it; limit 0 means no limit. */
GListModel *pj_store_list_audit      (PjWorkspace *ws, const char *entity, gint64 entity_id,
                                      guint limit, GError **error);

/* Counts for the CLI and the overview. */
guint       pj_store_count_nominations (PjWorkspace *ws, gint64 edition_id);

G_END_DECLS
