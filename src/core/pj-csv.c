/* pj-csv.c: a CSV reader for what web forms and Excel write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are described in pj-csv.h. The reader makes one pass to find
 * the encoding (and decodes Windows-1252 to UTF-8), one over the header to
 * find the separator, and one over the records; every pass is linear.
 * Cells are stored back to back in one buffer, each followed by a NUL, and
 * found through an array of offsets, so a million tiny cells do not make a
 * million allocations.
 */
#define G_LOG_DOMAIN "pj-csv"

#include "config.h"

#include "pj-csv.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* How many data records the separator tie-break looks at. */
#define SNIFF_RECORDS 20

/* How many characters of a header name an error message shows. */
#define NAME_IN_MESSAGE 40

typedef struct
{
  guint32 first_cell; /* index into cell_offsets */
  guint32 n_fields;
  guint32 line;       /* 1-based line where the record starts */
} Record;

struct _PjCsvTable
{
  char          *cells;        /* every cell, NUL-terminated, back to back */
  guint32       *cell_offsets; /* where each cell starts in cells */
  Record        *records;      /* records[0] is the header */
  guint          n_records;
  const char   **header;       /* NULL-terminated, points into cells */
  PjCsvEncoding  encoding;
  char           separator;
};

/* Windows-1252 for 0x80 to 0x9F; 0 marks the five undefined bytes. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/* The 1-based line of byte @pos: CRLF, LF and a lone CR each end a line. */
static guint
line_at (const char *data,
         gsize       pos)
{
  guint line = 1;

  for (gsize i = 0; i < pos; i++)
    {
      if (data[i] == '\n')
        line++;
      else if (data[i] == '\r' && data[i + 1] != '\n')
        line++;
    }

  return line;
}

/* A well-formed UTF-8 sequence for a Swedish letter or typographic sign
 * (C3 80..BF: À to ÿ, E2 80..82 xx: – — ‘ ’ “ ” … €), which no one writes
 * as "Ã…" or "â€“" in Windows-1252. */
static gboolean
has_utf8_letters (const guchar *data,
                  gsize         len)
{
  for (gsize i = 0; i + 1 < len; i++)
    {
      if (data[i] == 0xC3 && data[i + 1] >= 0x80 && data[i + 1] <= 0xBF)
        return TRUE;
      if (data[i] == 0xE2 && i + 2 < len
          && data[i + 1] >= 0x80 && data[i + 1] <= 0x82
          && data[i + 2] >= 0x80 && data[i + 2] <= 0xBF)
        return TRUE;
    }

  return FALSE;
}

/* Returns the text as UTF-8 without a byte order mark (owned by @out_buf
 * when it had to be decoded, else pointing into @data). */
static gboolean
decode (const char     *data,
        gsize           len,
        const char    **out_text,
        gsize          *out_len,
        char          **out_buf,
        PjCsvEncoding  *out_encoding,
        GError        **error)
{
  const char *nul;
  const char *bad = NULL;
  GString *buf;

  *out_buf = NULL;

  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                   || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID,
                           _("The file is saved as UTF-16 text. "
                             "Save it as “CSV UTF-8” and try again."));
      return FALSE;
    }

  nul = memchr (data, '\0', len);
  if (nul != NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Line %u: the file contains a NUL byte, which a CSV file does not."),
                   line_at (data, nul - data));
      return FALSE;
    }

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      if (!g_utf8_validate_len (data + 3, len - 3, &bad))
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("Line %u: the text is not valid UTF-8, "
                         "although the file starts with a UTF-8 mark."),
                       line_at (data, bad - data));
          return FALSE;
        }
      *out_text = data + 3;
      *out_len = len - 3;
      *out_encoding = PJ_CSV_ENCODING_UTF8_BOM;
      return TRUE;
    }

  if (g_utf8_validate_len (data, len, &bad))
    {
      *out_text = data;
      *out_len = len;
      *out_encoding = PJ_CSV_ENCODING_UTF8;
      return TRUE;
    }

  /* Not UTF-8: Windows-1252, unless it has UTF-8 letters elsewhere. */
  if (has_utf8_letters ((const guchar *) data, len))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("Line %u: the text is not UTF-8, but other lines are. "
                     "Save the file as “CSV UTF-8” and try again."),
                   line_at (data, bad - data));
      return FALSE;
    }

  buf = g_string_sized_new (len + len / 4);
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) data[i];
      gsize run = i;

      /* Copy ASCII in runs. */
      while (run < len && (guchar) data[run] < 0x80)
        run++;
      if (run > i)
        {
          g_string_append_len (buf, data + i, run - i);
          i = run - 1;
          continue;
        }

      if (c >= 0xA0)
        g_string_append_unichar (buf, c);
      else if (windows_1252_high[c - 0x80] != 0)
        g_string_append_unichar (buf, windows_1252_high[c - 0x80]);
      else
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("Line %u: byte 0x%02X is neither UTF-8 nor Windows-1252 text. "
                         "Save the file as “CSV UTF-8” and try again."),
                       line_at (data, i), (guint) c);
          g_string_free (buf, TRUE);
          return FALSE;
        }
    }

  *out_len = buf->len;
  *out_buf = g_string_free (buf, FALSE);
  *out_text = *out_buf;
  *out_encoding = PJ_CSV_ENCODING_WINDOWS_1252;
  return TRUE;
}

static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

static inline gboolean
is_line_end (char c)
{
  return c == '\r' || c == '\n';
}

typedef struct
{
  GString *cells;
  GArray  *offsets; /* guint32 */
  GArray  *records; /* Record */
} Builder;

static void
builder_init (Builder *b,
              gsize    text_len)
{
  b->cells = g_string_sized_new (text_len + 64);
  b->offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  b->records = g_array_new (FALSE, FALSE, sizeof (Record));
}

static void
builder_clear (Builder *b)
{
  if (b->cells != NULL)
    g_string_free (b->cells, TRUE);
  if (b->offsets != NULL)
    g_array_unref (b->offsets);
  if (b->records != NULL)
    g_array_unref (b->records);
  b->cells = NULL;
  b->offsets = NULL;
  b->records = NULL;
}

/* Splits @text, whose first line is @first_line of the file, into records
 * with @sep, stopping after @max_records (0: no limit). Line numbers count
 * physical lines, inside quotes too. */
static gboolean
split_records (Builder     *b,
               const char  *text,
               gsize        len,
               guint        first_line,
               char         sep,
               guint        max_records,
               GError     **error)
{
  gsize p = 0;
  guint line = first_line;

  while (p < len)
    {
      Record rec;
      gsize cells_mark = b->cells->len;
      gboolean all_empty = TRUE;

      rec.first_cell = b->offsets->len;
      rec.n_fields = 0;
      rec.line = line;

      for (;;)
        {
          guint32 offset = (guint32) b->cells->len;

          while (p < len && is_blank (text[p]))
            p++;

          if (p < len && text[p] == '"')
            {
              guint quote_line = line;

              p++;
              for (;;)
                {
                  gsize run = p;

                  while (p < len && text[p] != '"' && !is_line_end (text[p]))
                    p++;
                  g_string_append_len (b->cells, text + run, p - run);

                  if (p >= len)
                    {
                      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                                   _("Line %u: a quoted field is never closed."),
                                   quote_line);
                      return FALSE;
                    }

                  if (text[p] == '"')
                    {
                      if (p + 1 < len && text[p + 1] == '"')
                        {
                          g_string_append_c (b->cells, '"');
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }

                  /* A line break inside the quotes. */
                  if (text[p] == '\r' && p + 1 < len && text[p + 1] == '\n')
                    p++;
                  p++;
                  line++;
                  g_string_append_c (b->cells, '\n');
                }

              while (p < len && is_blank (text[p]))
                p++;
              if (p < len && text[p] != sep && !is_line_end (text[p]))
                {
                  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                               _("Line %u: field %u has text after its closing quote. "
                                 "A quote inside a quoted field is written twice (\"\")."),
                               line, rec.n_fields + 1);
                  return FALSE;
                }
            }
          else
            {
              gsize run = p;
              gsize end;

              while (p < len && text[p] != sep && !is_line_end (text[p]))
                p++;
              end = p;
              while (end > run && is_blank (text[end - 1]))
                end--;
              g_string_append_len (b->cells, text + run, end - run);
            }

          if (b->cells->len > offset)
            all_empty = FALSE;
          g_string_append_c (b->cells, '\0');
          g_array_append_val (b->offsets, offset);
          rec.n_fields++;

          if (p < len && text[p] == sep)
            {
              p++;
              continue;
            }

          /* The end of the line, or of the file. */
          if (p < len)
            {
              if (text[p] == '\r' && p + 1 < len && text[p + 1] == '\n')
                p++;
              p++;
              line++;
            }
          break;
        }

      if (all_empty)
        {
          g_string_truncate (b->cells, cells_mark);
          g_array_set_size (b->offsets, rec.first_cell);
          continue;
        }

      g_array_append_val (b->records, rec);
      if (max_records > 0 && b->records->len >= max_records)
        break;
    }

  return TRUE;
}

/* How many of the first data records have as many fields as the header
 * when split with @sep; -1 when they do not split at all. */
static int
consistency (const char *text,
             gsize       len,
             char        sep)
{
  Builder b;
  int score = 0;

  builder_init (&b, 0);
  if (!split_records (&b, text, len, 1, sep, SNIFF_RECORDS + 1, NULL))
    score = -1;
  else if (b.records->len > 0)
    {
      const Record *recs = (const Record *) (void *) b.records->data;

      for (guint i = 1; i < b.records->len; i++)
        if (recs[i].n_fields == recs[0].n_fields)
          score++;
    }
  builder_clear (&b);

  return score;
}

static char
detect_separator (const char *text,
                  gsize       len)
{
  gboolean quoted = FALSE;
  gsize commas = 0;
  gsize semicolons = 0;
  gboolean started = FALSE;
  int by_comma, by_semicolon;

  /* Count in the first non-empty record, outside quotes. */
  for (gsize p = 0; p < len; p++)
    {
      char c = text[p];

      if (c == '"')
        {
          quoted = !quoted;
          started = TRUE;
        }
      else if (quoted)
        continue;
      else if (c == ',')
        commas++;
      else if (c == ';')
        semicolons++;
      else if (is_line_end (c))
        {
          /* A line of nothing but separators is skipped as a blank row. */
          if (started)
            break;
          commas = semicolons = 0;
        }
      else if (!is_blank (c))
        started = TRUE;
    }

  if (commas > semicolons)
    return ',';
  if (semicolons > commas)
    return ';';

  by_comma = consistency (text, len, ',');
  by_semicolon = consistency (text, len, ';');
  return by_comma > by_semicolon ? ',' : ';';
}

/* A header name for a message: at most NAME_IN_MESSAGE characters. */
static char *
name_for_message (const char *name)
{
  const char *end = name;

  for (guint i = 0; i < NAME_IN_MESSAGE && *end != '\0'; i++)
    end = g_utf8_next_char (end);

  if (*end == '\0')
    return g_strdup (name);
  else
    {
      g_autofree char *head = g_strndup (name, end - name);

      return g_strconcat (head, "…", NULL);
    }
}

static gboolean
check_header (PjCsvTable  *table,
              GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const Record *header = &table->records[0];

  for (guint i = 0; i < header->n_fields; i++)
    {
      const char *name = table->header[i];
      g_autofree char *key = pj_csv_normalize_header (name);
      gpointer earlier;

      /* Blank inside quotes, or nothing but dashes: nothing to match by. */
      if (key[0] == '\0')
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("Line %u: column %u of the header has no name."),
                       header->line, i + 1);
          return FALSE;
        }

      if (g_hash_table_lookup_extended (seen, key, NULL, &earlier))
        {
          g_autofree char *shown = name_for_message (name);

          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("Line %u: columns %u and %u of the header have the same name, “%s”."),
                       header->line, GPOINTER_TO_UINT (earlier), i + 1, shown);
          return FALSE;
        }
      g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (i + 1));
    }

  return TRUE;
}

/* "16", "16.1": megabytes (MiB), rounded up to a tenth so that a file
 * just over the limit never reads as the limit itself. */
static char *
format_megabytes (guint64 bytes)
{
  guint64 tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);

  if (tenths % 10 == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT, tenths / 10);
  return g_strdup_printf ("%.1f", tenths / 10.0);
}

static void
set_too_large (GError  **error,
               guint64   size)
{
  g_autofree char *shown = format_megabytes (size);

  /* Translators: sizes in megabytes, e.g. "The file is 40 MB; the largest
   * accepted is 16 MB." */
  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
               _("The file is %s MB; the largest accepted is %d MB."),
               shown, PJ_CSV_MAX_BYTES / (1024 * 1024));
}

/**
 * pj_csv_parse:
 * @data: (array length=len): the file's bytes; need not be NUL-terminated
 * @len: their number
 * @error: a #PJ_ERROR_INVALID with a message for the user, naming the line
 *
 * Reads a CSV file held in memory; see pj-csv.h for the rules.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL on error
 */
PjCsvTable *
pj_csv_parse (const char  *data,
              gsize        len,
              GError     **error)
{
  g_autoptr(PjCsvTable) table = NULL;
  g_autofree char *decoded = NULL;
  const char *text = NULL;
  gsize text_len = 0;
  PjCsvEncoding encoding = PJ_CSV_ENCODING_UTF8;
  Builder b;
  guint first_line = 1;
  guint n_columns;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (len > PJ_CSV_MAX_BYTES)
    {
      set_too_large (error, len);
      return NULL;
    }

  if (len == 0)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID, _("The file is empty."));
      return NULL;
    }

  if (!decode (data, len, &text, &text_len, &decoded, &encoding, error))
    return NULL;

  table = g_new0 (PjCsvTable, 1);
  table->encoding = encoding;

  /* Excel's own hint, a first line "sep=;", says it outright. */
  if (text_len >= 5 && strncmp (text, "sep=", 4) == 0 && (text[4] == ',' || text[4] == ';')
      && (text_len == 5 || is_line_end (text[5])))
    {
      gsize skip = 5;

      table->separator = text[4];
      if (skip < text_len && text[skip] == '\r')
        skip++;
      if (skip < text_len && text[skip] == '\n')
        skip++;
      text += skip;
      text_len -= skip;
      first_line = 2;
    }
  else
    table->separator = detect_separator (text, text_len);

  builder_init (&b, text_len);
  if (!split_records (&b, text, text_len, first_line, table->separator, 0, error))
    {
      builder_clear (&b);
      return NULL;
    }

  if (b.records->len == 0)
    {
      builder_clear (&b);
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_INVALID, _("The file is empty."));
      return NULL;
    }

  table->n_records = b.records->len;
  table->records = (Record *) (void *) g_array_free (g_steal_pointer (&b.records), FALSE);
  table->cell_offsets = (guint32 *) (void *) g_array_free (g_steal_pointer (&b.offsets), FALSE);
  table->cells = g_string_free (g_steal_pointer (&b.cells), FALSE);

  n_columns = table->records[0].n_fields;
  table->header = g_new (const char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    table->header[i] = table->cells + table->cell_offsets[i];
  table->header[n_columns] = NULL;

  if (!check_header (table, error))
    return NULL;

  return g_steal_pointer (&table);
}

/**
 * pj_csv_parse_file:
 * @file: the CSV file
 * @cancellable: (nullable): a #GCancellable
 * @error: a #PJ_ERROR_INVALID for a file too large or not readable as CSV,
 *   #PJ_ERROR_IO when it cannot be read at all
 *
 * Checks the size before reading, and never reads more than
 * %PJ_CSV_MAX_BYTES, even from a file that grows or has no size.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL on error
 */
PjCsvTable *
pj_csv_parse_file (GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) buf = NULL;
  g_autofree char *name = NULL;
  goffset size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    goto io_error;

  size = MAX (g_file_info_get_size (info), 0);
  if (size > PJ_CSV_MAX_BYTES)
    {
      set_too_large (error, (guint64) size);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    goto io_error;

  /* Read to the end, but never past the limit: the size can be wrong for
   * a file that grows, or 0 for a pipe. */
  buf = g_byte_array_sized_new ((guint) size + 1);
  for (;;)
    {
      gsize chunk = MAX ((gsize) size + 1, 64 * 1024);
      gsize n_read = 0;
      guint had = buf->len;

      chunk = MIN (chunk, (gsize) PJ_CSV_MAX_BYTES + 1 - had);
      g_byte_array_set_size (buf, had + chunk);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buf->data + had, chunk,
                                    &n_read, cancellable, &local_error))
        goto io_error;
      g_byte_array_set_size (buf, had + n_read);

      if (buf->len > PJ_CSV_MAX_BYTES)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("The file is larger than %d MB, the largest accepted."),
                       PJ_CSV_MAX_BYTES / (1024 * 1024));
          return NULL;
        }
      if (n_read < chunk)
        break;
    }

  return pj_csv_parse ((const char *) buf->data, buf->len, error);

io_error:
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not read “%s”: %s"),
                 name, local_error->message);
  return NULL;
}

/**
 * pj_csv_table_get_n_rows:
 *
 * Returns: the number of data rows, the header not counted
 */
guint
pj_csv_table_get_n_rows (const PjCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->n_records - 1;
}

/**
 * pj_csv_table_get_n_columns:
 *
 * Returns: the number of header cells
 */
guint
pj_csv_table_get_n_columns (const PjCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->records[0].n_fields;
}

/**
 * pj_csv_table_get_header:
 *
 * Returns: (transfer none): the header cells, %NULL-terminated, each
 *   non-empty and distinct under pj_csv_normalize_header()
 */
const char * const *
pj_csv_table_get_header (const PjCsvTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  return (const char * const *) table->header;
}

/**
 * pj_csv_table_get_header_line:
 *
 * Returns: the line of the header: 1 unless empty lines come first
 */
guint
pj_csv_table_get_header_line (const PjCsvTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->records[0].line;
}

/**
 * pj_csv_table_get_cell:
 * @row: a data row, from 0
 * @column: a column, from 0; may be past the header for a long row
 *
 * Returns: (transfer none): the cell as UTF-8; "" when the row has no
 *   such field
 */
const char *
pj_csv_table_get_cell (const PjCsvTable *table,
                       guint             row,
                       guint             column)
{
  const Record *rec;

  g_return_val_if_fail (table != NULL, "");
  g_return_val_if_fail (row < table->n_records - 1, "");

  rec = &table->records[row + 1];
  if (column >= rec->n_fields)
    return "";

  return table->cells + table->cell_offsets[rec->first_cell + column];
}

/**
 * pj_csv_table_get_n_fields:
 * @row: a data row, from 0
 *
 * Returns: how many fields the row had in the file, which may differ from
 *   pj_csv_table_get_n_columns()
 */
guint
pj_csv_table_get_n_fields (const PjCsvTable *table,
                           guint             row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->n_records - 1, 0);

  return table->records[row + 1].n_fields;
}

/**
 * pj_csv_table_get_line:
 * @row: a data row, from 0
 *
 * Returns: the 1-based line of the file where the row starts
 */
guint
pj_csv_table_get_line (const PjCsvTable *table,
                       guint             row)
{
  g_return_val_if_fail (table != NULL, 0);
  g_return_val_if_fail (row < table->n_records - 1, 0);

  return table->records[row + 1].line;
}

PjCsvEncoding
pj_csv_table_get_encoding (const PjCsvTable *table)
{
  g_return_val_if_fail (table != NULL, PJ_CSV_ENCODING_UTF8);

  return table->encoding;
}

/**
 * pj_csv_table_get_separator:
 *
 * Returns: ',' or ';'
 */
char
pj_csv_table_get_separator (const PjCsvTable *table)
{
  g_return_val_if_fail (table != NULL, ',');

  return table->separator;
}

void
pj_csv_table_free (PjCsvTable *table)
{
  if (table == NULL)
    return;

  g_free (table->cells);
  g_free (table->cell_offsets);
  g_free (table->records);
  g_free (table->header);
  g_free (table);
}

/**
 * pj_csv_normalize_header:
 * @header: (nullable): a header cell
 *
 * The form under which headers are matched: case-folded, NFKC, with runs
 * of spaces, underscores and dashes made one space and the ends trimmed.
 * "Contact_Name", " contact-name " and "CONTACT  NAME" all give
 * "contact name"; "E-post" gives "e post".
 *
 * Returns: (transfer full): the normalized header
 */
char *
pj_csv_normalize_header (const char *header)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *composed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (header == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (header, -1);
  folded = g_utf8_casefold (valid, -1);
  composed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);
  if (composed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (composed));
  for (const char *p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '_' || c == '-'
          || g_unichar_type (c) == G_UNICODE_DASH_PUNCTUATION)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}
