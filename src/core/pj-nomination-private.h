/* pj-nomination-private.h: what the store sets on a nomination and nobody else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-nomination.h"

G_BEGIN_DECLS

/* id and row version as stored; notifies "id"/"version" on change. */
void pj_nomination_set_stored        (PjNomination *self,
                                      gint64        id,
                                      gint64        version);
void pj_nomination_set_category_name (PjNomination *self,
                                      const char   *name);
void pj_nomination_set_unit_names    (PjNomination *self,
                                      const char   *names);

/* Everything a stored row holds, for filling a new object in one go
 * without notifications (nobody listens to an object being read). Strings
 * are copied; NULL reads as "" (received stays NULL). */
typedef struct
{
  gint64              id;
  gint64              version;
  gint64              edition_id;
  gint64              category_id;
  const char         *title;
  const char         *contact_name;
  const char         *contact_email;
  const char         *contact_phone;
  const char         *nominated_by;
  const char         *nominated_by_unit;
  const char         *summary;
  const char         *what_is_new;
  const char         *value_created;
  const char         *results;
  const char         *implementation;
  const char         *spread;
  const char         *partners;
  const char         *ineligible_reason;
  const char         *category_name;
  const char         *received;
  PjInnovationClass   class_claimed;
  PjInnovationClass   class_assessed;
  PjNominationStatus  status;
  int                 staff_count;
  PjTristate          budget_in_balance;
  double              resident_share;
  guint               substrategies;
} PjNominationRow;

PjNomination *pj_nomination_new_from_row (const PjNominationRow *row);

G_END_DECLS
