/* pj-export-csv.h: nominations to CSV, as Excel in Sweden reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UTF-8 with a byte order mark (so Excel does not take it for
 * Windows-1252), semicolons between fields, CRLF between records, a field
 * quoted when it holds a semicolon, a quote, a line break or spaces at its
 * ends. The header is the Swedish name of each import field
 * (pj_import_field_get_headers()[0]) and the cells are written the way the
 * importer reads them, so an export imports again into an empty edition
 * unchanged: units and team members separated by "; ", a team member as
 * "Name (Role)", nominated by as "Name (Unit)", dates as 2026-03-01, the
 * innovation class and the sub-strategies in Swedish.
 */
#pragma once

#include <gio/gio.h>
#include "pj-types.h"

G_BEGIN_DECLS

/* The CSV of the edition's nominations, in the order they were created. */
GBytes   *pj_export_nominations_csv_bytes (PjWorkspace   *ws,
                                           gint64         edition_id,
                                           guint         *n_nominations,
                                           GError       **error);

/* Writes it to @file atomically (a temporary file renamed over it). */
gboolean  pj_export_nominations_csv       (PjWorkspace   *ws,
                                           gint64         edition_id,
                                           GFile         *file,
                                           guint         *n_nominations,
                                           GCancellable  *cancellable,
                                           GError       **error);

G_END_DECLS
