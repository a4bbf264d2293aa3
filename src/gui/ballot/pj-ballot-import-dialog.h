/* pj-ballot-import-dialog.h: the organiser's preview and import of ballot
 * files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-ballot.h"
#include "pj-store.h"

G_BEGIN_DECLS

#define PJ_TYPE_BALLOT_IMPORT_DIALOG (pj_ballot_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PjBallotImportDialog, pj_ballot_import_dialog,
                      PJ, BALLOT_IMPORT_DIALOG, AdwWindow)

/* Checks each file (pj_ballot_import_plan) and lists, per file, the juror
 * and the counts of new, changed, unchanged and conflicting sheets, or why
 * the file is refused; each conflicting sheet side by side (the workspace's
 * scores and the ballot's, per criterion). "Skip conflicting sheets"
 * imports the rest of such a ballot; without it a ballot with a conflict is
 * not imported.
 *
 * Actions (group "import"): apply (imports every accepted file, emits
 * "finished" with a summary and closes), skip-conflicts (stateful boolean).
 *
 * Signal "finished" (const char *summary): after apply. */
GtkWidget   *pj_ballot_import_dialog_new       (GtkWindow            *parent,
                                                PjWorkspace          *workspace,
                                                GFile               **files,
                                                guint                 n_files);

/* The files that were accepted, and their plans (transfer none). */
guint        pj_ballot_import_dialog_get_n_plans  (PjBallotImportDialog *self);
PjBallotImportPlan *pj_ballot_import_dialog_get_plan (PjBallotImportDialog *self,
                                                      guint                 i);
/* The refused files' messages, in the order given. */
guint        pj_ballot_import_dialog_get_n_rejected (PjBallotImportDialog *self);
const char  *pj_ballot_import_dialog_get_rejected   (PjBallotImportDialog *self,
                                                     guint                 i);
/* The summary of the last apply, or NULL. */
const char  *pj_ballot_import_dialog_get_summary    (PjBallotImportDialog *self);

/* Asks for a folder and writes every juror's ballot of @edition into it;
 * @done gets the message to show (a count, or why it failed). */
typedef void (*PjBallotMessageFunc) (const char *message,
                                     gpointer    user_data);
void         pj_ballot_export_choose_folder    (GtkWindow            *parent,
                                                PjWorkspace          *workspace,
                                                PjEdition            *edition,
                                                PjBallotMessageFunc   done,
                                                gpointer              user_data,
                                                GDestroyNotify        user_data_free);
/* Asks for ballot files and opens the import dialog on them; @done gets its
 * summary. */
void         pj_ballot_import_choose_files     (GtkWindow            *parent,
                                                PjWorkspace          *workspace,
                                                PjBallotMessageFunc   done,
                                                gpointer              user_data,
                                                GDestroyNotify        user_data_free);

G_END_DECLS
