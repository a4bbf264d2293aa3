/* pj-import-dialog-private.h: what the tests look at in the import dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-import-dialog.h"
#include "pj-import.h"

G_BEGIN_DECLS

/* The plan of the file shown, or NULL before one is chosen. */
PjImportPlan *pj_import_dialog_get_plan          (PjImportDialog *self);
/* "preview", "done" or "choose". */
const char   *pj_import_dialog_get_page          (PjImportDialog *self);
/* The counts above the preview ("18 will be imported, 2 errors, …"). */
const char   *pj_import_dialog_get_counts_text   (PjImportDialog *self);
/* The mapping row of an unrecognised header, or NULL. */
AdwComboRow  *pj_import_dialog_get_mapping_row   (PjImportDialog *self,
                                                  const char     *header);
GtkSwitch    *pj_import_dialog_get_create_units_switch (PjImportDialog *self);
/* The summary shown after the import, or the error. */
const char   *pj_import_dialog_get_result_text   (PjImportDialog *self);
GtkProgressBar *pj_import_dialog_get_progress_bar (PjImportDialog *self);

G_END_DECLS
