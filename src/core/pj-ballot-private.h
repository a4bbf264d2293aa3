/* pj-ballot-private.h: a ballot's content in memory, between the XML side
 * (pj-ballot.c) and the workspace side (pj-store-ballot.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-ballot.h"

G_BEGIN_DECLS

typedef struct
{
  int   value;
  char *label;
} PjBallotLabel;

typedef struct
{
  gint64  id;
  char   *name;
  char   *description;
  int     position;
} PjBallotCategory;

typedef struct
{
  gint64   id;
  char    *name;
  char    *description;
  double   weight;
  int      scale_min;
  int      scale_max;
  gboolean required;
  int      position;
  GArray  *labels;         /* PjBallotLabel, by value */
  GArray  *category_ids;   /* gint64; empty: every category */
} PjBallotCriterion;

typedef struct
{
  gint64  id;
  char   *name;
} PjBallotUnit;

typedef struct
{
  gint64  criterion_id;
  int     value;
  char   *comment;
} PjBallotScore;

typedef struct
{
  gint64         id;
  char          *title;
  gint64         category_id;      /* PJ_NO_ID: none */
  char          *summary;
  char          *what_is_new;
  char          *value_created;
  char          *results;
  char          *implementation;
  char          *spread;
  GArray        *units;            /* PjBallotUnit */
  /* The juror's sheet */
  gint64         base_version;     /* 0: no sheet at export */
  PjSheetStatus  status;
  char          *overall_comment;
  char          *submitted_at;     /* NULL unless submitted or abstained */
  GArray        *scores;           /* PjBallotScore, by criterion id */
} PjBallotNomination;

typedef struct
{
  int            version;
  gint64         edition_id;
  char          *award;
  int            year;
  PjBlindPolicy  blind_policy;
  gint64         juror_id;
  char          *juror_name;
  GPtrArray     *categories;       /* PjBallotCategory */
  GPtrArray     *criteria;         /* PjBallotCriterion */
  GPtrArray     *nominations;      /* PjBallotNomination */
  gboolean       has_key;
  guint8         key[PJ_BALLOT_KEY_SIZE];
  gboolean       has_signature;
  guint8         signature[PJ_BALLOT_KEY_SIZE];
} PjBallot;

PjBallot           *pj_ballot_new                (void);
void                pj_ballot_free               (PjBallot *ballot);
PjBallotCategory   *pj_ballot_category_new       (void);
PjBallotCriterion  *pj_ballot_criterion_new      (void);
PjBallotNomination *pj_ballot_nomination_new     (void);
void                pj_ballot_nomination_clear_sheet (PjBallotNomination *n);
PjBallotCriterion  *pj_ballot_find_criterion     (PjBallot *ballot, gint64 id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjBallot, pj_ballot_free)

/* Reads a ballot from bytes: the hardened parse, the format version, the
 * XSD, and the ballot's own consistency (as for pj_ballot_session_open).
 * *out_doc (if not NULL) gets the parsed document, for the signature. */
PjBallot *pj_ballot_read_bytes    (const char  *data,
                                   gsize        len,
                                   const char  *display_name,
                                   void       **out_doc,
                                   GError     **error);

/* @ballot as the bytes of a ballot file (with its key when it has one and
 * @with_key), or NULL. */
GBytes   *pj_ballot_to_bytes      (const PjBallot  *ballot,
                                   gboolean         with_key,
                                   GError         **error);
/* HMAC-SHA256 with @key over the canonical form of @doc (an xmlDoc from
 * pj_ballot_read_bytes; see pj-ballot.h). */
gboolean  pj_ballot_canonical_mac (void           *doc,
                                   const guint8    key[PJ_BALLOT_KEY_SIZE],
                                   guint8          mac[PJ_BALLOT_KEY_SIZE],
                                   GError         **error);

/* The sheet of @n as a PjScoreSheet of @juror_id (id PJ_NO_ID). */
PjScoreSheet *pj_ballot_nomination_to_sheet (PjBallotNomination *n,
                                             gint64              juror_id);

/* pj-store-ballot.c ---------------------------------------------------------- */

/* What the ballot of the juror holds, read from the workspace (the key
 * included). */
PjBallot *pj_store_read_ballot          (PjWorkspace  *ws,
                                         gint64        edition_id,
                                         gint64        juror_id,
                                         GError      **error);

/* Fills a new, empty workspace with what a session needs (see
 * pj_ballot_session_open ()), in one transaction. @read_only puts the
 * edition in the deliberation phase. */
gboolean  pj_store_ballot_fill_session  (PjWorkspace     *tmp,
                                         const PjBallot  *ballot,
                                         gboolean         read_only,
                                         GError         **error);
/* Puts the session's edition in the deliberation phase. */
gboolean  pj_store_ballot_lock_session  (PjWorkspace     *tmp,
                                         gint64           edition_id,
                                         GError         **error);

/* The semantic checks of an import against the workspace. */
gboolean  pj_store_ballot_check         (PjWorkspace     *ws,
                                         const PjBallot  *ballot,
                                         const char      *display_name,
                                         GError         **error);
/* Compares every sheet with the workspace: a GPtrArray of
 * PjBallotSheetPlan (owned, freed with pj_ballot_sheet_plan_free). */
GPtrArray *pj_store_ballot_compare      (PjWorkspace     *ws,
                                         PjBallot        *ballot,
                                         GError         **error);
void      pj_ballot_sheet_plan_free     (gpointer         data);

/* Writes the new and changed sheets of @sheets and records the import, in
 * one transaction; emits "changed" with "score" after commit. */
gboolean  pj_store_ballot_apply         (PjWorkspace     *ws,
                                         PjBallot        *ballot,
                                         GPtrArray       *sheets,
                                         gboolean         skip_conflicts,
                                         const char      *file_sha256,
                                         const char      *display_name,
                                         GError         **error);

G_END_DECLS
