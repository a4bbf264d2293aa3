/* pj-distribute.h: sharing nominations out among jurors (pure functions)
 *
 * Every nomination in scoring should get at least K jurors (the edition's
 * minimum) with an even load. A juror only gets nominations of their own
 * categories, never one they have a conflict with, and what is assigned
 * already stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include "pj-types.h"

G_BEGIN_DECLS

/* A juror × nomination pair: a conflict or an assignment. */
typedef struct
{
  gint64 juror_id;
  gint64 nomination_id;
} PjPair;

typedef struct
{
  gint64 id;
  gint64 category_id;            /* PJ_NO_ID: none yet */
} PjDistNomination;

typedef struct
{
  gint64        id;
  const gint64 *category_ids;    /* the categories the juror serves in */
  guint         n_category_ids;
  guint         load;            /* assignments the juror holds already */
} PjDistJuror;

typedef struct
{
  const PjDistNomination *nominations;
  guint                   n_nominations;
  const PjDistJuror      *jurors;
  guint                   n_jurors;
  const PjPair           *conflicts;    /* active ones only */
  guint                   n_conflicts;
  const PjPair           *existing;     /* assignments kept as they are */
  guint                   n_existing;
  guint                   k;            /* jurors wanted per nomination, >= 1 */
} PjDistInput;

/* Why a nomination stays below K. */
typedef enum
{
  PJ_SHORTFALL_NO_CATEGORY,     /* the nomination has no category */
  PJ_SHORTFALL_NO_JURORS,       /* nobody serves in its category */
  PJ_SHORTFALL_TOO_FEW_JURORS,  /* fewer than K jurors serve in its category */
  PJ_SHORTFALL_CONFLICTS,       /* conflicts leave fewer than K of them */
} PjShortfallReason;

typedef struct
{
  gint64            nomination_id;
  guint             assigned;       /* jurors it has after distribution */
  guint             in_category;    /* jurors serving in its category */
  guint             conflicted;     /* of those, how many have a conflict */
  PjShortfallReason reason;
} PjShortfall;

typedef struct
{
  GArray *added;       /* PjPair: the new assignments, by nomination id then juror id */
  GArray *shortfalls;  /* PjShortfall: nominations left below K, by nomination id */
  guint  *loads;       /* each input juror's load afterwards, in input order */
  guint   n_loads;
} PjDistResult;

/* Greedy: nominations with the fewest free jurors first (ties by id); each
 * takes the least-loaded free jurors of its category (ties by the lower
 * juror id). In a pool where every juror may take every nomination, loads
 * end up at most one apart. Deterministic: the same input gives the same
 * output. Existing assignments count towards K (unless conflicted) and
 * towards the juror's load through PjDistJuror.load. */
PjDistResult *pj_distribute            (const PjDistInput *input);
void          pj_dist_result_free      (PjDistResult      *result);

/* "Only 2 of the 3 jurors needed: 2 of the category's 4 jurors have a
 * conflict of interest." — translated, for a list of shortfalls. */
char         *pj_shortfall_describe    (const PjShortfall *shortfall,
                                        guint              k);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjDistResult, pj_dist_result_free)

G_END_DECLS
