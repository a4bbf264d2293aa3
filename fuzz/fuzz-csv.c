/* fuzz-csv.c: libFuzzer target for the CSV reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parses the input and reads every cell back, checking what the reader
 * promises: cells and header names are valid UTF-8, line numbers never go
 * backwards, every row has at least one field, and an error is a
 * PJ_ERROR_INVALID with a message in valid UTF-8.
 */
#define G_LOG_DOMAIN "fuzz-csv"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pj-csv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define CHECK(cond)                                                            \
  G_STMT_START {                                                               \
    if (!(cond))                                                               \
      {                                                                        \
        g_critical ("%s:%d: %s", __FILE__, __LINE__, #cond);                   \
        abort ();                                                              \
      }                                                                        \
  } G_STMT_END

static void
check_table (PjCsvTable *table)
{
  const char * const *header = pj_csv_table_get_header (table);
  guint n_columns = pj_csv_table_get_n_columns (table);
  guint n_rows = pj_csv_table_get_n_rows (table);
  guint last_line = pj_csv_table_get_header_line (table);
  char sep = pj_csv_table_get_separator (table);

  CHECK (sep == ',' || sep == ';');
  CHECK (n_columns >= 1);
  CHECK (g_strv_length ((char **) header) == n_columns);
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *key = pj_csv_normalize_header (header[i]);

      CHECK (g_utf8_validate (header[i], -1, NULL));
      CHECK (key[0] != '\0');
    }

  for (guint row = 0; row < n_rows; row++)
    {
      guint n_fields = pj_csv_table_get_n_fields (table, row);
      guint line = pj_csv_table_get_line (table, row);
      gboolean all_empty = TRUE;

      CHECK (n_fields >= 1);
      CHECK (line > last_line);
      last_line = line;

      /* One past the fields, and one past the header, read as "". */
      for (guint col = 0; col <= MAX (n_fields, n_columns); col++)
        {
          const char *cell = pj_csv_table_get_cell (table, row, col);

          CHECK (cell != NULL);
          CHECK (g_utf8_validate (cell, -1, NULL));
          if (col >= n_fields)
            CHECK (cell[0] == '\0');
          if (cell[0] != '\0')
            all_empty = FALSE;
        }
      CHECK (!all_empty);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjCsvTable) table = NULL;
  g_autofree char *normalized = NULL;

  table = pj_csv_parse ((const char *) data, size, &error);
  if (table == NULL)
    {
      CHECK (error != NULL);
      CHECK (g_error_matches (error, PJ_ERROR, PJ_ERROR_INVALID));
      CHECK (g_utf8_validate (error->message, -1, NULL));
    }
  else
    {
      CHECK (error == NULL);
      check_table (table);
    }

  /* The header normalization takes any text, valid UTF-8 or not. */
  if (size < 4096)
    {
      g_autofree char *text = g_strndup ((const char *) data, size);

      normalized = pj_csv_normalize_header (text);
      CHECK (g_utf8_validate (normalized, -1, NULL));
    }

  return 0;
}
