/* pj-minutes-print.h: the jury minutes from the app: print or save as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pj-workspace.h"

G_BEGIN_DECLS

/* Opens the print dialog for the minutes of @edition_id; a failure is shown
 * in a dialog over @parent. */
void     pj_minutes_print    (GtkWindow    *parent,
                              PjWorkspace  *ws,
                              gint64        edition_id);

/* Writes the minutes as an A4 PDF to @file, atomically. */
gboolean pj_minutes_save_pdf (PjWorkspace  *ws,
                              gint64        edition_id,
                              GFile        *file,
                              GError      **error);

G_END_DECLS
