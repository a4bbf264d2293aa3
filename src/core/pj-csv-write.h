/* pj-csv-write.h: writing CSV cells the way Excel in Sweden reads them
 *
 * Shared by every CSV export: semicolons between fields, a field quoted
 * when it holds a semicolon, a quote, a line break or spaces at its ends,
 * quotes doubled, CR and CRLF inside a text written as one LF. The caller
 * starts the file with a UTF-8 byte order mark and ends records with CRLF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PJ_CSV_BOM "\xef\xbb\xbf"
#define PJ_CSV_EOL "\r\n"

/* Appends @value (NULL is empty) as a cell, after a ';' unless @first. */
void pj_csv_append_cell (GString    *out,
                         const char *value,
                         gboolean    first);

G_END_DECLS
