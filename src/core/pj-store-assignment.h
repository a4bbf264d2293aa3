/* pj-store-assignment.h: conflicts of interest (jäv) and assignments
 *
 * Conflicts
 * - Automatic: juror J has a conflict with nomination N when J serves in
 *   N's category and J's unit is one of N's nominee units, the parent of
 *   one, or a child of one (J works under a förvaltning that is nominated).
 *   Drafts and out-of-scoring nominations get them too, so nothing changes
 *   when their status does. pj_store_refresh_automatic_conflicts () keeps
 *   them in step with units, categories and nominee units.
 * - Declared by the juror or added by an organiser, with a reason (a text
 *   for "other").
 * - Lifting one needs a reason; its record stays.
 * - Enforced in the store: recording an active conflict first removes that
 *   juror's assignment and score sheet for the nomination (a draft, and also
 *   a submitted or abstained one: it is deleted and its scores are written
 *   to the audit log, so results can never count it); an assignment or a
 *   sheet of a conflicted pair is refused by the schema's triggers.
 * Every change to a conflict, and every assignment or sheet it removes, is
 * in the audit log: entity "conflict" (id = the conflict), "assignment"
 * (id = the nomination, values = the juror's name), "score_sheet".
 *
 * Assignments
 * A juror scores the eligible and submitted nominations of their
 * categories, minus conflicts. pj_store_distribute () tops every such
 * nomination up to the edition's minimum of jurors (K) with an even load;
 * organisers adjust by hand with pj_store_assign () / pj_store_unassign ().
 *
 * Each write is one transaction, audited, and emits "changed" with
 * "conflict" and/or "assignment" after commit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-conflict.h"
#include "pj-distribute.h"
#include "pj-workspace.h"

G_BEGIN_DECLS

/* Conflicts ---------------------------------------------------------------- */

/* Lists of PjConflict (lifted ones included), with juror-name and
 * nomination-title filled, by nomination title then juror name. */
GListModel *pj_store_list_conflicts            (PjWorkspace *ws, gint64 edition_id,
                                                GError **error);
GListModel *pj_store_list_juror_conflicts      (PjWorkspace *ws, gint64 juror_id,
                                                GError **error);
GListModel *pj_store_list_nomination_conflicts (PjWorkspace *ws, gint64 nomination_id,
                                                GError **error);
PjConflict *pj_store_get_conflict              (PjWorkspace *ws, gint64 id, GError **error);

/* TRUE when the pair has an active (not lifted) conflict. */
gboolean    pj_store_is_conflicted             (PjWorkspace *ws, gint64 juror_id,
                                                gint64 nomination_id);

/* Records a declared or organiser conflict from @conflict's juror-id,
 * nomination-id, source (not automatic), reason and reason-text (needed for
 * "other", kept as a note for the others). Removes the juror's assignment
 * and sheet for the nomination (see above). A pair whose earlier conflict
 * was lifted gets it back with the new source and reason. Refused with
 * PJ_ERROR_DUPLICATE when the pair already has an active conflict. Sets id,
 * version and created. */
gboolean    pj_store_add_conflict              (PjWorkspace *ws, PjConflict *conflict,
                                                GError **error);

/* Lifts @conflict (as read: its version is checked) with @reason, which
 * must not be empty. Sets lifted, lifted-reason and version on success. */
gboolean    pj_store_lift_conflict             (PjWorkspace *ws, PjConflict *conflict,
                                                const char *reason, GError **error);

/* Brings the automatic conflicts of an edition in step with jurors' units
 * and categories and nominations' units and category: adds the missing ones
 * (removing what they must), removes active automatic ones whose cause is
 * gone; a lifted one is left as it is. Each change audited. On its own it is
 * one transaction and emits "conflict"; called while a transaction is open
 * (from another pj-store-*.c file, after it changed a juror's unit or
 * categories, a nomination's units or category, or a unit's parent) it joins
 * that transaction and emits nothing. edition_id PJ_NO_ID refreshes every
 * edition (after a unit's parent changed or a unit was deleted). */
gboolean    pj_store_refresh_automatic_conflicts (PjWorkspace *ws, gint64 edition_id,
                                                  GError **error);

/* Assignments -------------------------------------------------------------- */

/* Assigns by hand (manual = 1). Refused (PJ_ERROR_INVALID) when the pair has
 * a conflict (recorded, or an unrecorded automatic cause), when the
 * nomination is not eligible or submitted, when the juror does not serve
 * in its category, or when they belong to different editions. An existing
 * distributed assignment becomes manual; an existing manual one is kept. */
gboolean    pj_store_assign                    (PjWorkspace *ws, gint64 juror_id,
                                                gint64 nomination_id, GError **error);

/* Removes an assignment and the juror's draft sheet for it. Refused with
 * PJ_ERROR_IN_USE when the sheet is submitted or abstained (reopen it
 * first); PJ_ERROR_NOT_FOUND when there is no such assignment. */
gboolean    pj_store_unassign                  (PjWorkspace *ws, gint64 juror_id,
                                                gint64 nomination_id, GError **error);

gboolean    pj_store_is_assigned               (PjWorkspace *ws, gint64 juror_id,
                                                gint64 nomination_id);
/* Nomination ids assigned to a juror / juror ids assigned to a nomination,
 * ascending (GArray of gint64). */
GArray     *pj_store_list_juror_assignments    (PjWorkspace *ws, gint64 juror_id,
                                                GError **error);
GArray     *pj_store_list_nomination_assignments (PjWorkspace *ws, gint64 nomination_id,
                                                  GError **error);

typedef struct
{
  guint   k;                   /* the edition's minimum of jurors */
  guint   n_nominations;       /* eligible and submitted ones */
  guint   n_added;             /* assignments added */
  guint   n_conflicts_added;   /* automatic conflicts the refresh added */
  guint   n_conflicts_removed; /* automatic conflicts the refresh removed */
  GArray *shortfalls;          /* PjShortfall: nominations still below K */
} PjDistributeSummary;

void        pj_distribute_summary_free         (PjDistributeSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjDistributeSummary, pj_distribute_summary_free)

/* Refreshes the automatic conflicts, then gives every eligible and
 * submitted nomination of the edition at least K jurors where it can
 * (pj_distribute ()), keeping every existing assignment. One transaction,
 * audited as one "distribute" entry on the edition with the counts.
 * *summary (if not NULL) gets what was done. */
gboolean    pj_store_distribute                (PjWorkspace *ws, gint64 edition_id,
                                                PjDistributeSummary **summary,
                                                GError **error);

/* Coverage ----------------------------------------------------------------- */

typedef struct
{
  gint64  nomination_id;
  char   *title;
  gint64  category_id;         /* PJ_NO_ID for none */
  guint   assigned;            /* jurors assigned */
  guint   submitted;           /* sheets submitted */
  guint   abstained;           /* sheets abstained */
  guint   drafts;              /* sheets in draft */
  gboolean below_k;            /* assigned < K */
} PjNominationCoverage;

typedef struct
{
  gint64  juror_id;
  char   *name;
  guint   load;                /* nominations assigned (in scoring) */
  guint   submitted;
  guint   abstained;
  guint   drafts;
} PjJurorCoverage;

typedef struct
{
  guint   k;
  guint   n_below_k;
  GArray *nominations;         /* PjNominationCoverage, eligible and submitted, by id */
  GArray *jurors;              /* PjJurorCoverage, by name */
} PjCoverage;

/* Two queries, whatever the edition's size. NULL on error. */
PjCoverage *pj_store_coverage                  (PjWorkspace *ws, gint64 edition_id,
                                                GError **error);
void        pj_coverage_free                   (PjCoverage *coverage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjCoverage, pj_coverage_free)

G_END_DECLS
