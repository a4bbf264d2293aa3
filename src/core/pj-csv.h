/* pj-csv.h: a CSV reader for what web forms and Excel write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole file is read into memory, its encoding and separator detected,
 * and its records split into a table of UTF-8 cells. The first non-empty
 * record is the header. The rules, in short:
 *
 * Encoding: a UTF-8 byte order mark means UTF-8 (and the rest must be valid
 * UTF-8). Otherwise valid UTF-8 is UTF-8, and anything else is decoded as
 * Windows-1252 (not Latin-1: 0x80 to 0x9F are € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž
 * ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). The bytes 0x81 0x8D 0x8F 0x90 0x9D, which
 * Windows-1252 leaves undefined, are an error, and so is a file that mixes
 * UTF-8 letters (such as Å written as C3 85) with Windows-1252 bytes: read
 * as Windows-1252 it would silently show "Ã…". A NUL byte anywhere is an
 * error (UTF-16 files are named as such).
 *
 * Separator: a comma or a semicolon, whichever occurs more often outside
 * quotes in the header. On a tie (including none at all) the first data
 * records are split both ways, and the separator under which more of them
 * have as many fields as the header wins; if that is a tie too, the
 * semicolon wins, as Excel in a Swedish locale writes semicolons. A first
 * line "sep=;" or "sep=," (Excel's own hint) sets the separator and is not
 * the header.
 *
 * Quoting (RFC 4180 as Excel writes it): a field that starts with a double
 * quote runs to the matching closing quote and may hold separators, line
 * breaks and doubled quotes ("" is one "). Spaces and tabs around a quoted
 * field are dropped, and anything else between its closing quote and the
 * next separator or line end is an error. In an unquoted field a quote is
 * an ordinary character, and surrounding spaces and tabs are trimmed; text
 * inside quotes is kept exactly, except that each line break in it becomes
 * a single "\n".
 *
 * Lines: CRLF, LF and a lone CR each end a line; the last line may end
 * without one. Line numbers are 1-based physical lines of the file, so a
 * row after a quoted field holding line breaks has the number a text
 * editor shows. Empty records (nothing but spaces and separators, as Excel
 * writes for blank rows) are skipped.
 *
 * Header: every header cell needs a name, and no two may have the same name
 * under pj_csv_normalize_header(). A header alone is a table of zero rows.
 * Rows with more or fewer fields than the header are kept as they are:
 * pj_csv_table_get_n_fields() tells the importer how many there were.
 */
#pragma once

#include <gio/gio.h>

#include "pj-types.h"

G_BEGIN_DECLS

/* 16 MiB: a nomination is a few kilobytes of text, so this holds thousands
 * of rows, far more than a city's yearly nominations, while it bounds what
 * the reader holds in memory: the cells (up to three times the file for
 * Windows-1252, where € takes 3 bytes in UTF-8) plus 4 bytes per cell. */
#define PJ_CSV_MAX_BYTES (16 * 1024 * 1024)

typedef enum
{
  PJ_CSV_ENCODING_UTF8,
  PJ_CSV_ENCODING_UTF8_BOM,
  PJ_CSV_ENCODING_WINDOWS_1252,
} PjCsvEncoding;

typedef struct _PjCsvTable PjCsvTable;

PjCsvTable          *pj_csv_parse                 (const char  *data,
                                                   gsize        len,
                                                   GError     **error);
PjCsvTable          *pj_csv_parse_file            (GFile       *file,
                                                   GCancellable *cancellable,
                                                   GError     **error);

guint                pj_csv_table_get_n_rows      (const PjCsvTable *table);
guint                pj_csv_table_get_n_columns   (const PjCsvTable *table);
const char * const  *pj_csv_table_get_header      (const PjCsvTable *table);
guint                pj_csv_table_get_header_line (const PjCsvTable *table);
const char          *pj_csv_table_get_cell        (const PjCsvTable *table,
                                                   guint             row,
                                                   guint             column);
guint                pj_csv_table_get_n_fields    (const PjCsvTable *table,
                                                   guint             row);
guint                pj_csv_table_get_line        (const PjCsvTable *table,
                                                   guint             row);
PjCsvEncoding        pj_csv_table_get_encoding    (const PjCsvTable *table);
char                 pj_csv_table_get_separator   (const PjCsvTable *table);
void                 pj_csv_table_free            (PjCsvTable       *table);

char                *pj_csv_normalize_header      (const char       *header);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjCsvTable, pj_csv_table_free)

G_END_DECLS
