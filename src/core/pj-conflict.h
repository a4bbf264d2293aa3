/* pj-conflict.h: a conflict of interest (jäv) between a juror and a nomination
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include "pj-types.h"

G_BEGIN_DECLS

/* Where a conflict comes from. */
typedef enum
{
  PJ_CONFLICT_AUTOMATIC,  /* the juror's unit is related to a nominee unit */
  PJ_CONFLICT_DECLARED,   /* declared by the juror */
  PJ_CONFLICT_ORGANISER,  /* added by an organiser */
} PjConflictSource;
#define PJ_N_CONFLICT_SOURCES 3

/* Why. PJ_CONFLICT_REASON_OTHER needs a text. */
typedef enum
{
  PJ_CONFLICT_REASON_OWN_UNIT,
  PJ_CONFLICT_REASON_RELATIONSHIP,
  PJ_CONFLICT_REASON_FINANCIAL,
  PJ_CONFLICT_REASON_OTHER,
} PjConflictReason;
#define PJ_N_CONFLICT_REASONS 4

GType pj_conflict_source_get_type (void) G_GNUC_CONST;
GType pj_conflict_reason_get_type (void) G_GNUC_CONST;
#define PJ_TYPE_CONFLICT_SOURCE (pj_conflict_source_get_type ())
#define PJ_TYPE_CONFLICT_REASON (pj_conflict_reason_get_type ())

/* Stored names ("automatic", "declared", "organiser"; "own-unit",
 * "relationship", "financial", "other") and translated labels. */
const char *pj_conflict_source_to_string   (PjConflictSource value);
gboolean    pj_conflict_source_from_string (const char *s, PjConflictSource *out);
const char *pj_conflict_source_to_label    (PjConflictSource value);
const char *pj_conflict_reason_to_string   (PjConflictReason value);
gboolean    pj_conflict_reason_from_string (const char *s, PjConflictReason *out);
const char *pj_conflict_reason_to_label    (PjConflictReason value);

#define PJ_TYPE_CONFLICT (pj_conflict_get_type ())
G_DECLARE_FINAL_TYPE (PjConflict, pj_conflict, PJ, CONFLICT, GObject)

/* Properties: id, version (set by the store), juror-id, nomination-id,
 * source, reason, reason-text, lifted, lifted-reason, created (UTC, ISO 8601,
 * set by the store); for display, filled by the store's lists: juror-name,
 * nomination-title. Strings are never NULL. */
PjConflict       *pj_conflict_new                   (void);
gint64            pj_conflict_get_id                (PjConflict *self);
gint64            pj_conflict_get_version           (PjConflict *self);
gint64            pj_conflict_get_juror_id          (PjConflict *self);
void              pj_conflict_set_juror_id          (PjConflict *self, gint64 juror_id);
gint64            pj_conflict_get_nomination_id     (PjConflict *self);
void              pj_conflict_set_nomination_id     (PjConflict *self, gint64 nomination_id);
PjConflictSource  pj_conflict_get_source            (PjConflict *self);
void              pj_conflict_set_source            (PjConflict *self, PjConflictSource source);
PjConflictReason  pj_conflict_get_reason            (PjConflict *self);
void              pj_conflict_set_reason            (PjConflict *self, PjConflictReason reason);
const char       *pj_conflict_get_reason_text       (PjConflict *self);
void              pj_conflict_set_reason_text       (PjConflict *self, const char *text);
gboolean          pj_conflict_get_lifted            (PjConflict *self);
void              pj_conflict_set_lifted            (PjConflict *self, gboolean lifted);
const char       *pj_conflict_get_lifted_reason     (PjConflict *self);
void              pj_conflict_set_lifted_reason     (PjConflict *self, const char *reason);
const char       *pj_conflict_get_created           (PjConflict *self);
void              pj_conflict_set_created           (PjConflict *self, const char *created);
const char       *pj_conflict_get_juror_name        (PjConflict *self);
void              pj_conflict_set_juror_name        (PjConflict *self, const char *name);
const char       *pj_conflict_get_nomination_title  (PjConflict *self);
void              pj_conflict_set_nomination_title  (PjConflict *self, const char *title);

/* For the store: id and row version as stored. */
void              pj_conflict_set_stored            (PjConflict *self, gint64 id, gint64 version);

/* "Own unit", or the text for "other": what a list shows as the reason. */
const char       *pj_conflict_describe_reason       (PjConflict *self);

G_END_DECLS
