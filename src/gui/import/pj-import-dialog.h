/* pj-import-dialog.h: Import Nominations…, a file, its preview, the import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-workspace.h"

G_BEGIN_DECLS

#define PJ_TYPE_IMPORT_DIALOG (pj_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PjImportDialog, pj_import_dialog, PJ, IMPORT_DIALOG, AdwWindow)

/* A modal window over @parent that imports nominations into @edition_id.
 * Its actions: "import.choose-file" and "import.apply". After an import
 * the workspace emits "changed" ("nomination"). */
GtkWindow *pj_import_dialog_new       (GtkWindow   *parent,
                                       PjWorkspace *ws,
                                       gint64       edition_id);

/* Reads @file and shows its preview, as choosing it does. */
void       pj_import_dialog_load_file (PjImportDialog *self,
                                       GFile          *file);

G_END_DECLS
