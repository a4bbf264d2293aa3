/* pj-ballot.h: offline ballot files — export, the juror's offline session,
 * signing, and the organiser's import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ballot (*.prisjury-ballot, application/x-prisjury-ballot) is an XML
 * file valid against data/schemas/ballot.xsd, namespace
 * %PJ_BALLOT_NAMESPACE, format version %PJ_BALLOT_FORMAT_VERSION (the root's
 * "version" attribute). It holds one juror's work for one edition: the
 * edition (id, award, year, blind policy), the juror (id, name), the
 * categories and criteria (rubric labels, weight, scale, required, category
 * limits), the juror's assigned nominations that are in scoring and not
 * conflicted, with the texts needed to score them, and per nomination the
 * juror's OWN sheet: status, overall comment, scores with comments, and its
 * base version — the sheet's row version in the workspace at export, 0
 * when there was no sheet. Never another juror's scores, never a
 * conflicted nomination.
 *
 * Keys and signatures. An exported ballot carries the juror's 32-byte
 * ballot key as the root attribute key="…" (64 lower-case hex digits), so
 * it is written private (0600). Submitting it offline signs it and removes
 * the key: the returned file carries signature="…" (HMAC-SHA256, 64 hex
 * digits) and no key.
 *
 * The signed content (the canonical form): parse the file's bytes with
 * pj_xml_parse(), remove the root element's "key" and "signature"
 * attributes, and serialise the document with Canonical XML 1.0 without
 * comments (W3C, xmlC14NDocDumpMemory mode XML_C14N_1_0). The signature is
 * HMAC-SHA256 of those bytes with the juror's key. The canonical form does
 * not depend on attribute order, quoting or the XML declaration, but it
 * does keep every character of content, whitespace between elements
 * included: a ballot re-indented by hand no longer verifies.
 *
 * Import, per file, in this order: a size cap (%PJ_XML_MAX_BYTES); the
 * hardened parse (pj-xml.h); the format version; XSD validation; semantic
 * checks against the workspace (edition and juror exist, the edition is in
 * the scoring phase, every nomination is in the edition, in scoring,
 * assigned to the juror and not conflicted, every criterion exists in the
 * edition and applies to the nomination's category, every value is inside
 * its scale, no nomination and no (nomination, criterion) pair twice, a
 * submitted sheet scores every required criterion); the signature, checked
 * with the juror's key in constant time (an unsigned ballot, or one that
 * still holds the key, is refused); then per sheet a version check and a
 * comparison, giving the plan's preview: new, changed, unchanged or
 * conflict. A conflict is a sheet whose content differs from the
 * workspace's and whose workspace version is not the ballot's base
 * version (changed in the workspace after export, or a replayed older
 * ballot), or a workspace sheet that is locked (submitted or abstained);
 * it is never overwritten silently. A sheet the ballot leaves empty that
 * had no sheet at export (base version 0, a draft without scores or
 * comment) counts as unchanged, whatever the workspace holds. Apply makes
 * a backup of the workspace (pj_workspace_backup) and writes the new and
 * changed sheets in one transaction with audit entries and a ballot_import
 * row (file hash, juror, time, counts). Importing the same ballot again finds every sheet
 * unchanged and writes no sheet.
 *
 * Every error names the file: "anna.prisjury-ballot: …".
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"
#include "pj-enums.h"
#include "pj-score-sheet.h"
#include "pj-workspace.h"

G_BEGIN_DECLS

#define PJ_BALLOT_NAMESPACE      "https://prisjury.se/ns/ballot"
/* The newest format version this Prisjury reads and the one it writes. */
#define PJ_BALLOT_FORMAT_VERSION 1
#define PJ_BALLOT_KEY_SIZE       32
/* The file name extension, with its dot. */
#define PJ_BALLOT_SUFFIX         ".prisjury-ballot"

/* The juror's 32-byte ballot key. PJ_ERROR_NOT_FOUND when the juror does
 * not exist. */
gboolean      pj_store_get_juror_ballot_key    (PjWorkspace  *ws,
                                                gint64        juror_id,
                                                guint8        key[PJ_BALLOT_KEY_SIZE],
                                                GError      **error);

/* Export ------------------------------------------------------------------ */

/* Writes the ballot of one juror of the edition to @dest, atomically and
 * private (0600), replacing it. Refused (PJ_ERROR_INVALID) unless the
 * edition is in the scoring phase and the juror serves in it. */
gboolean      pj_ballot_export                 (PjWorkspace  *ws,
                                                gint64        edition_id,
                                                gint64        juror_id,
                                                GFile        *dest,
                                                GError      **error);

/* Writes a ballot for every juror of the edition into @dir (created if
 * missing), named after the juror ("Karin Lindqvist.prisjury-ballot"; any
 * character that is not a letter, a digit, a space, '-' or '.' becomes '-',
 * and a second juror of the same file name gets " (2)"). *out_files (if
 * not NULL) gets a GPtrArray of the GFiles written, in juror-name order.
 * Stops at the first error. */
gboolean      pj_ballot_export_all             (PjWorkspace  *ws,
                                                gint64        edition_id,
                                                GFile        *dir,
                                                GPtrArray   **out_files,
                                                GError      **error);

/* The file name for a juror's ballot, sanitised as above, without
 * uniqueness. */
char         *pj_ballot_file_name_for_juror    (const char   *juror_name,
                                                gint64        juror_id);

/* The juror's offline session --------------------------------------------- */

/* A ballot opened for scoring. It builds a private temporary workspace (a
 * normal PjWorkspace in a directory of its own, mode 0700, made with the
 * normal schema) that holds just the ballot's edition (in the scoring
 * phase), its categories and criteria, the juror, the juror's nominations
 * (in scoring, assigned) and the juror's sheets, with the workspace's own
 * ids: the scoring store (pj-store-scoring.h) and the scoring view work on
 * it unchanged, with juror id pj_ballot_session_get_juror_id ().
 *
 * A signed ballot (one already submitted) opens read-only: the temporary
 * edition is put in the deliberation phase, so the store refuses every
 * write, and save and submit are refused. The temporary files are deleted
 * when the session is freed. Not thread-safe; one thread. */
typedef struct _PjBallotSession PjBallotSession;

/* Reads the ballot through the full hardened path (size cap, parse, format
 * version, XSD, its own consistency: every score's criterion is in the
 * ballot and in scale, no pair twice, a key or a signature but not both)
 * and builds the temporary workspace. */
PjBallotSession *pj_ballot_session_open        (GFile            *ballot,
                                                GError          **error);
void          pj_ballot_session_free           (PjBallotSession  *session);
/* (transfer none) the temporary workspace */
PjWorkspace  *pj_ballot_session_get_workspace  (PjBallotSession  *session);
gint64        pj_ballot_session_get_juror_id   (PjBallotSession  *session);
gint64        pj_ballot_session_get_edition_id (PjBallotSession  *session);
const char   *pj_ballot_session_get_juror_name (PjBallotSession  *session);
/* (transfer none) the ballot file */
GFile        *pj_ballot_session_get_file       (PjBallotSession  *session);
/* Signed: submitted, and so read-only. */
gboolean      pj_ballot_session_is_signed      (PjBallotSession  *session);
/* Writes the juror's sheets, as the temporary workspace holds them, back
 * into the ballot file atomically and private, keeping the key and every
 * base version. Refused once the ballot is signed. */
gboolean      pj_ballot_session_save           (PjBallotSession  *session,
                                                GError          **error);
/* Saves, signs (see "The signed content" above) with the juror's key,
 * removes the key, writes the file and reads it back to verify the
 * signature. Afterwards the session is read-only. Sheets still in draft go
 * back as drafts: the organiser's import keeps them as drafts. */
gboolean      pj_ballot_session_submit         (PjBallotSession  *session,
                                                GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjBallotSession, pj_ballot_session_free)

/* Import -------------------------------------------------------------------- */

typedef enum
{
  PJ_BALLOT_SHEET_NEW,        /* no sheet in the workspace; the ballot has one */
  PJ_BALLOT_SHEET_CHANGED,    /* the workspace sheet is as exported; the ballot differs */
  PJ_BALLOT_SHEET_UNCHANGED,  /* nothing to write */
  PJ_BALLOT_SHEET_CONFLICT,   /* both changed since export (or locked): never written */
} PjBallotSheetChange;

/* One sheet of a plan. @workspace is the sheet as the workspace holds it
 * (id PJ_NO_ID when there is none), @ballot as the ballot holds it: shown
 * side by side for a conflict. */
typedef struct
{
  gint64               nomination_id;
  char                *title;
  PjBallotSheetChange  change;
  gint64               base_version;       /* in the ballot */
  gint64               workspace_version;  /* 0 when the workspace has no sheet */
  PjScoreSheet        *workspace;
  PjScoreSheet        *ballot;
} PjBallotSheetPlan;

typedef struct _PjBallotImportPlan PjBallotImportPlan;

/* Runs every check of the import (see above) and compares; writes nothing.
 * NULL with PJ_ERROR_INVALID (PJ_ERROR_IO when the file cannot be read) and
 * a message naming the file when the file is rejected. A plan with
 * conflicts is returned: see pj_ballot_import_apply (). */
PjBallotImportPlan *pj_ballot_import_plan      (PjWorkspace         *ws,
                                                GFile               *file,
                                                GError             **error);
void          pj_ballot_import_plan_free       (PjBallotImportPlan  *plan);
/* The file's base name, as messages name it. */
const char   *pj_ballot_import_plan_get_display_name (PjBallotImportPlan *plan);
const char   *pj_ballot_import_plan_get_file_sha256  (PjBallotImportPlan *plan);
gint64        pj_ballot_import_plan_get_edition_id   (PjBallotImportPlan *plan);
gint64        pj_ballot_import_plan_get_juror_id     (PjBallotImportPlan *plan);
const char   *pj_ballot_import_plan_get_juror_name   (PjBallotImportPlan *plan);
guint         pj_ballot_import_plan_get_n_sheets     (PjBallotImportPlan *plan);
/* (transfer none) sheet @i, in the ballot's order */
const PjBallotSheetPlan *pj_ballot_import_plan_get_sheet (PjBallotImportPlan *plan,
                                                          guint               i);
guint         pj_ballot_import_plan_count      (PjBallotImportPlan  *plan,
                                                PjBallotSheetChange  change);
/* "2 new, 1 changed, 5 unchanged, 1 conflict", translated. */
char         *pj_ballot_import_plan_dup_summary (PjBallotImportPlan *plan);
/* By default a plan with any conflict is refused whole by apply. With
 * TRUE, apply writes the new and changed sheets and leaves the conflicted
 * ones as the workspace holds them. */
void          pj_ballot_import_plan_set_skip_conflicts (PjBallotImportPlan *plan,
                                                        gboolean            skip);

/* Writes the plan: a backup of the workspace first (when anything is to be
 * written), then one transaction that checks every sheet's version again,
 * writes the new and changed sheets (audited as entity "score_sheet",
 * action "import"), records the import in ballot_import and the audit log
 * (entity "ballot_import"), and emits "changed" with "score". Refused with
 * PJ_ERROR_CHANGED_ELSEWHERE, writing nothing, when the plan has conflicts
 * (unless skipped) or a sheet changed since the plan was made. Applying a
 * plan twice is refused (PJ_ERROR_INVALID). */
gboolean      pj_ballot_import_apply           (PjBallotImportPlan  *plan,
                                                GError             **error);
/* The backup written by apply, or NULL. */
const char   *pj_ballot_import_plan_get_backup_path (PjBallotImportPlan *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjBallotImportPlan, pj_ballot_import_plan_free)

G_END_DECLS
