/* test-csv.c: the CSV reader: dialects, broken files, limits, headers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pj-csv.h"

/* Parses a string literal (which may hold NUL bytes) and expects success. */
#define PARSE_OK(lit) parse_ok ((lit), sizeof (lit) - 1)

/* Parses a string literal and expects exactly the message @msg. */
#define PARSE_FAILS(lit, msg) parse_fails ((lit), sizeof (lit) - 1, (msg))

static PjCsvTable *
parse_ok (const char *data,
          gsize       len)
{
  g_autoptr(GError) error = NULL;
  PjCsvTable *table = pj_csv_parse (data, len, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static void
parse_fails (const char *data,
             gsize       len,
             const char *msg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjCsvTable) table = pj_csv_parse (data, len, &error);

  g_assert_null (table);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, msg);
}

/* Row @row holds exactly the cells of @cells, NULL-terminated. */
static void
assert_row (PjCsvTable  *table,
            guint        row,
            const char **cells)
{
  guint n = g_strv_length ((char **) cells);

  g_assert_cmpuint (pj_csv_table_get_n_fields (table, row), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (pj_csv_table_get_cell (table, row, i), ==, cells[i]);
}

#define ROW(...) ((const char *[]) { __VA_ARGS__, NULL })

static void
test_utf8_comma_lf (void)
{
  g_autoptr(PjCsvTable) t = PARSE_OK ("Titel,Kategori,Enhet\n"
                                      "Läsfrämjande,Skola,Årstaskolan\n"
                                      "Öppna data,Digitalisering,Stadsledningskontoret\n");
  const char * const *header = pj_csv_table_get_header (t);

  g_assert_cmpint (pj_csv_table_get_encoding (t), ==, PJ_CSV_ENCODING_UTF8);
  g_assert_cmpint (pj_csv_table_get_separator (t), ==, ',');
  g_assert_cmpuint (pj_csv_table_get_n_columns (t), ==, 3);
  g_assert_cmpuint (pj_csv_table_get_n_rows (t), ==, 2);
  g_assert_cmpuint (pj_csv_table_get_header_line (t), ==, 1);
  g_assert_cmpstrv (header, ROW ("Titel", "Kategori", "Enhet"));
  assert_row (t, 0, ROW ("Läsfrämjande", "Skola", "Årstaskolan"));
  assert_row (t, 1, ROW ("Öppna data", "Digitalisering", "Stadsledningskontoret"));
  g_assert_cmpuint (pj_csv_table_get_line (t, 0), ==, 2);
  g_assert_cmpuint (pj_csv_table_get_line (t, 1), ==, 3);
}

static void
test_utf8_bom_semicolon_crlf (void)
{
  /* What Excel writes as "CSV UTF-8" in a Swedish locale. */
  g_autoptr(PjCsvTable) t = PARSE_OK ("\xEF\xBB\xBFTitel;Belopp\r\n"
                                      "Äldreomsorg, hemtjänst;1,5 mnkr\r\n"
                                      "Ö;2\r\n");

  g_assert_cmpint (pj_csv_table_get_encoding (t), ==, PJ_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpint (pj_csv_table_get_separator (t), ==, ';');
  /* The mark is not part of the first header name. */
  g_assert_cmpstr (pj_csv_table_get_header (t)[0], ==, "Titel");
  g_assert_cmpuint (pj_csv_table_get_n_rows (t), ==, 2);
  assert_row (t, 0, ROW ("Äldreomsorg, hemtjänst", "1,5 mnkr"));
  assert_row (t, 1, ROW ("Ö", "2"));
  g_assert_cmpuint (pj_csv_table_get_line (t, 1), ==, 3);
}

static void
test_windows_1252 (void)
{
  /* "Åsa – ”Bra”" and "100 €", "ÄÖ åäö", as Excel writes "CSV" on Windows. */
  g_autoptr(PjCsvTable) t = PARSE_OK ("Titel;Belopp\r\n"
                                      "\xC5sa \x96 \x94" "Bra\x94;100 \x80\r\n"
                                      "\xC4\xD6 \xE5\xE4\xF6;\x85\r\n");

  g_assert_cmpint (pj_csv_table_get_encoding (t), ==, PJ_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpint (pj_csv_table_get_separator (t), ==, ';');
  assert_row (t, 0, ROW ("Åsa – ”Bra”", "100 €"));
  assert_row (t, 1, ROW ("ÄÖ åäö", "…"));
}

static void
test_windows_1252_table (void)
{
  /* Every defined byte from 0x80 to 0x9F, and the Latin-1 half above. */
  g_autoptr(PjCsvTable) t = PARSE_OK ("a\n"
                                      "\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8E"
                                      "\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9E\x9F"
                                      "\xA0\xA9\xE9\xFF\n");

  assert_row (t, 0, ROW ("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u00a0©éÿ"));
}

static void
test_line_ends (void)
{
  g_autoptr(PjCsvTable) cr = PARSE_OK ("a,b\r1,2\r3,4");
  g_autoptr(PjCsvTable) mixed = PARSE_OK ("a,b\r\n1,2\n3,4\r5,6\n");
  g_autoptr(PjCsvTable) none = PARSE_OK ("a,b\n1,2");
  g_autoptr(PjCsvTable) trailing_sep = PARSE_OK ("a,b\n1,\n");

  g_assert_cmpuint (pj_csv_table_get_n_rows (cr), ==, 2);
  assert_row (cr, 1, ROW ("3", "4"));
  g_assert_cmpuint (pj_csv_table_get_line (cr, 1), ==, 3);

  g_assert_cmpuint (pj_csv_table_get_n_rows (mixed), ==, 3);
  assert_row (mixed, 2, ROW ("5", "6"));
  g_assert_cmpuint (pj_csv_table_get_line (mixed, 2), ==, 4);

  g_assert_cmpuint (pj_csv_table_get_n_rows (none), ==, 1);
  assert_row (none, 0, ROW ("1", "2"));

  /* A separator at the end of a line makes an empty last field. */
  assert_row (trailing_sep, 0, ROW ("1", ""));
}

static void
test_quoting (void)
{
  g_autoptr(PjCsvTable) t = PARSE_OK ("Titel;Sammanfattning;Enhet\r\n"
                                      "\"A; B\";\"Hon sa \"\"ja\"\".\";X\r\n"
                                      "\"Två\r\nrader\";\"tre\nrader\rhär\";Y\r\n"
                                      "Efter;\"\";Z\r\n"
                                      "\"\"\"\";\"\"\"citat\"\"\";W\r\n");

  g_assert_cmpint (pj_csv_table_get_separator (t), ==, ';');
  g_assert_cmpuint (pj_csv_table_get_n_rows (t), ==, 4);
  assert_row (t, 0, ROW ("A; B", "Hon sa \"ja\".", "X"));
  /* Line breaks inside quotes, whatever their kind, become "\n". */
  assert_row (t, 1, ROW ("Två\nrader", "tre\nrader\nhär", "Y"));
  assert_row (t, 2, ROW ("Efter", "", "Z"));
  assert_row (t, 3, ROW ("\"", "\"citat\"", "W"));

  /* The row after the line breaks starts where an editor shows it. */
  g_assert_cmpuint (pj_csv_table_get_line (t, 0), ==, 2);
  g_assert_cmpuint (pj_csv_table_get_line (t, 1), ==, 3);
  g_assert_cmpuint (pj_csv_table_get_line (t, 2), ==, 7);
  g_assert_cmpuint (pj_csv_table_get_line (t, 3), ==, 8);
}

static void
test_spaces (void)
{
  /* Unquoted fields are trimmed; quoted ones keep their spaces, and the
   * spaces around the quotes go. A quote inside an unquoted field is
   * an ordinary character. */
  g_autoptr(PjCsvTable) t = PARSE_OK ("  Titel ,\tEnhet\t\n"
                                      "  a b  ,  \"  c  \"  \n"
                                      "5\" skärm,x\"y\"\n");

  g_assert_cmpstrv (pj_csv_table_get_header (t), ROW ("Titel", "Enhet"));
  assert_row (t, 0, ROW ("a b", "  c  "));
  assert_row (t, 1, ROW ("5\" skärm", "x\"y\""));
}

static void
test_separator_detection (void)
{
  /* Quoted separators in the header do not count. */
  g_autoptr(PjCsvTable) quoted = PARSE_OK ("Titel,\"Enhet; förvaltning\"\na;b,c\n");
  /* A tie goes to the separator under which rows match the header... */
  g_autoptr(PjCsvTable) tie_semi = PARSE_OK ("a,b;c\n1,2,3;4\n5,6,7;8\n");
  g_autoptr(PjCsvTable) tie_comma = PARSE_OK ("a,b;c\n1;2;3,4\n");
  /* ... and so does a single column. */
  g_autoptr(PjCsvTable) one_semi = PARSE_OK ("Titel\nBättre, snabbare\n");
  g_autoptr(PjCsvTable) one_comma = PARSE_OK ("Titel\nA;B\n");
  /* When both fit, the semicolon, as Excel writes in Sweden. */
  g_autoptr(PjCsvTable) both = PARSE_OK ("a,b;c\n1,2;3\n");
  /* Excel's hint line settles it and is not the header. */
  g_autoptr(PjCsvTable) hint = PARSE_OK ("sep=,\r\na;b,c\n1;2,3\n");

  g_assert_cmpint (pj_csv_table_get_separator (quoted), ==, ',');
  assert_row (quoted, 0, ROW ("a;b", "c"));

  g_assert_cmpint (pj_csv_table_get_separator (tie_semi), ==, ';');
  assert_row (tie_semi, 0, ROW ("1,2,3", "4"));
  g_assert_cmpint (pj_csv_table_get_separator (tie_comma), ==, ',');
  assert_row (tie_comma, 0, ROW ("1;2;3", "4"));

  g_assert_cmpint (pj_csv_table_get_separator (one_semi), ==, ';');
  assert_row (one_semi, 0, ROW ("Bättre, snabbare"));
  g_assert_cmpint (pj_csv_table_get_separator (one_comma), ==, ',');
  assert_row (one_comma, 0, ROW ("A;B"));

  g_assert_cmpint (pj_csv_table_get_separator (both), ==, ';');
  assert_row (both, 0, ROW ("1,2", "3"));

  g_assert_cmpint (pj_csv_table_get_separator (hint), ==, ',');
  g_assert_cmpstrv (pj_csv_table_get_header (hint), ROW ("a;b", "c"));
  g_assert_cmpuint (pj_csv_table_get_header_line (hint), ==, 2);
  assert_row (hint, 0, ROW ("1;2", "3"));
  g_assert_cmpuint (pj_csv_table_get_line (hint, 0), ==, 3);
}

static void
test_empty_lines (void)
{
  /* Blank lines, lines of spaces, and Excel's blank rows of separators. */
  g_autoptr(PjCsvTable) t = PARSE_OK ("\n\r\n"
                                      "a;b;c\n"
                                      "\n"
                                      "1;2;3\n"
                                      "   \n"
                                      ";;\n"
                                      " ; ;\n"
                                      "4;5;6\n"
                                      "\n\n");

  g_assert_cmpuint (pj_csv_table_get_header_line (t), ==, 3);
  g_assert_cmpuint (pj_csv_table_get_n_rows (t), ==, 2);
  assert_row (t, 0, ROW ("1", "2", "3"));
  assert_row (t, 1, ROW ("4", "5", "6"));
  g_assert_cmpuint (pj_csv_table_get_line (t, 0), ==, 5);
  g_assert_cmpuint (pj_csv_table_get_line (t, 1), ==, 9);
}

static void
test_ragged (void)
{
  /* Not an error for the reader: each row's count is there for the importer. */
  g_autoptr(PjCsvTable) t = PARSE_OK ("a;b;c\n1;2\n1;2;3;4;5\n1;2;3\n");

  g_assert_cmpuint (pj_csv_table_get_n_columns (t), ==, 3);
  g_assert_cmpuint (pj_csv_table_get_n_rows (t), ==, 3);
  g_assert_cmpuint (pj_csv_table_get_n_fields (t, 0), ==, 2);
  g_assert_cmpstr (pj_csv_table_get_cell (t, 0, 2), ==, "");
  g_assert_cmpuint (pj_csv_table_get_n_fields (t, 1), ==, 5);
  g_assert_cmpstr (pj_csv_table_get_cell (t, 1, 4), ==, "5");
  g_assert_cmpstr (pj_csv_table_get_cell (t, 1, 5), ==, "");
  g_assert_cmpuint (pj_csv_table_get_line (t, 1), ==, 3);
  g_assert_cmpuint (pj_csv_table_get_n_fields (t, 2), ==, 3);
}

static void
test_header_alone (void)
{
  g_autoptr(PjCsvTable) t = PARSE_OK ("Titel;Kategori\r\n");
  g_autoptr(PjCsvTable) t2 = PARSE_OK ("Titel");

  g_assert_cmpuint (pj_csv_table_get_n_rows (t), ==, 0);
  g_assert_cmpuint (pj_csv_table_get_n_columns (t), ==, 2);
  g_assert_cmpuint (pj_csv_table_get_n_rows (t2), ==, 0);
  g_assert_cmpuint (pj_csv_table_get_n_columns (t2), ==, 1);
}

static void
test_broken (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (pj_csv_parse (NULL, 0, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The file is empty.");

  PARSE_FAILS ("", "The file is empty.");
  PARSE_FAILS ("\n\r\n  \n;;\n", "The file is empty.");
  PARSE_FAILS ("\xEF\xBB\xBF", "The file is empty.");

  PARSE_FAILS ("a;b\n1;2\n3;\"fyra\n\nfem;6\n",
               "Line 3: a quoted field is never closed.");
  PARSE_FAILS ("a;b\n\"x\"y;2\n",
               "Line 2: field 1 has text after its closing quote. "
               "A quote inside a quoted field is written twice (\"\").");
  PARSE_FAILS ("a;b\n1;\"x\ny\" z\n",
               "Line 3: field 2 has text after its closing quote. "
               "A quote inside a quoted field is written twice (\"\").");

  PARSE_FAILS ("a;b\n1;2\nx\0y;3\n",
               "Line 3: the file contains a NUL byte, which a CSV file does not.");
  PARSE_FAILS ("\xFF\xFEt\0i\0", "The file is saved as UTF-16 text. "
               "Save it as “CSV UTF-8” and try again.");

  /* Invalid UTF-8 whose byte 0x81 is undefined in Windows-1252 too. */
  PARSE_FAILS ("a;b\r\n1;2\r\n\xC5sa;\x81\r\n",
               "Line 3: byte 0x81 is neither UTF-8 nor Windows-1252 text. "
               "Save the file as “CSV UTF-8” and try again.");
  /* A mark promises UTF-8; Windows-1252 after it is not guessed. */
  PARSE_FAILS ("\xEF\xBB\xBF" "a;b\n\xC5sa;2\n",
               "Line 2: the text is not valid UTF-8, "
               "although the file starts with a UTF-8 mark.");
  /* UTF-8 Å on line 2, Windows-1252 Ä on line 3: neither reading is safe. */
  PARSE_FAILS ("a;b\n\xC3\x85sa;1\n\xC4;2\n",
               "Line 3: the text is not UTF-8, but other lines are. "
               "Save the file as “CSV UTF-8” and try again.");
}

static void
test_header_names (void)
{
  PARSE_FAILS ("Titel;;Enhet\n1;2;3\n", "Line 1: column 2 of the header has no name.");
  PARSE_FAILS ("\nTitel;Enhet;\"  \"\n", "Line 2: column 3 of the header has no name.");
  PARSE_FAILS ("Titel;Enhet;TITEL\n",
               "Line 1: columns 1 and 3 of the header have the same name, “TITEL”.");
  PARSE_FAILS ("Contact_name,Email,Contact name\n",
               "Line 1: columns 1 and 3 of the header have the same name, “Contact name”.");
}

static void
test_long_header_name (void)
{
  g_autoptr(GString) csv = g_string_new ("x;");
  g_autoptr(GError) error = NULL;
  g_autoptr(PjCsvTable) t = NULL;

  /* The message shows the start of a long name, not all of it. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (csv, "Ö");
  g_string_append (csv, ";");
  for (guint i = 0; i < 1000; i++)
    g_string_append (csv, "ö");
  g_string_append (csv, "\n");
  t = pj_csv_parse (csv->str, csv->len, &error);
  g_assert_null (t);
  g_assert_true (g_str_has_suffix (error->message, "ööö…”."));
  g_assert_cmpuint (strlen (error->message), <, 200);
}

static void
test_big_field (void)
{
  const gsize size = 1024 * 1024;
  g_autoptr(GString) csv = g_string_sized_new (3 * size);
  g_autoptr(PjCsvTable) t = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  const char *cell;

  /* A 1 MB unquoted field, a 1 MB quoted one, and 0.5 MB of doubled quotes. */
  g_string_append (csv, "a;b;c\n");
  for (gsize i = 0; i < size; i++)
    g_string_append_c (csv, 'x');
  g_string_append (csv, ";\"");
  for (gsize i = 0; i < size / 2; i++)
    g_string_append (csv, i % 1000 == 999 ? "\n;" : "y;");
  g_string_append (csv, "\";\"");
  for (gsize i = 0; i < size / 2; i++)
    g_string_append (csv, "\"\"");
  g_string_append (csv, "\"\n1;2;3\n");

  start = g_get_monotonic_time ();
  t = pj_csv_parse (csv->str, csv->len, &error);
  g_assert_no_error (error);
  /* Linear: this takes milliseconds; ten seconds leave room for valgrind. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);

  g_assert_cmpuint (pj_csv_table_get_n_rows (t), ==, 2);
  g_assert_cmpuint (strlen (pj_csv_table_get_cell (t, 0, 0)), ==, size);
  cell = pj_csv_table_get_cell (t, 0, 1);
  g_assert_cmpuint (strlen (cell), ==, size);
  g_assert_true (g_str_has_prefix (cell, "y;y;"));
  cell = pj_csv_table_get_cell (t, 0, 2);
  g_assert_cmpuint (strlen (cell), ==, size / 2);
  g_assert_cmpint (cell[0], ==, '"');
  /* The next row's line counts the breaks inside the quoted field. */
  g_assert_cmpuint (pj_csv_table_get_line (t, 1), ==, 2 + size / 2 / 1000 + 1);
  assert_row (t, 1, ROW ("1", "2", "3"));
}

/* A sparse file of @size bytes. */
static GFile *
make_file (const char *data,
           goffset     size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("test-csv-XXXXXX.csv", &path, &error);

  g_assert_no_error (error);
  if (data != NULL)
    g_assert_cmpint (write (fd, data, strlen (data)), ==, (gssize) strlen (data));
  if (size > 0)
    g_assert_cmpint (ftruncate (fd, size), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);

  return g_file_new_for_path (path);
}

static void
remove_file (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
test_file (void)
{
  g_autoptr(GFile) ok = make_file ("Titel;Enhet\n\xC5sa;\x96\n", 0);
  g_autoptr(GFile) at_cap = make_file ("a\nb\n", PJ_CSV_MAX_BYTES);
  g_autoptr(GFile) over = make_file ("a\nb\n", PJ_CSV_MAX_BYTES + 1);
  g_autoptr(GFile) huge = make_file ("a\nb\n", (goffset) 40 * 1024 * 1024);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/nominations.csv");
  g_autoptr(PjCsvTable) t = NULL;
  g_autoptr(GError) error = NULL;

  t = pj_csv_parse_file (ok, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pj_csv_table_get_encoding (t), ==, PJ_CSV_ENCODING_WINDOWS_1252);
  assert_row (t, 0, ROW ("Åsa", "–"));
  g_clear_pointer (&t, pj_csv_table_free);

  /* Exactly at the limit: read, and the padding of zeros is refused. */
  t = pj_csv_parse_file (at_cap, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Line 3: the file contains a NUL byte, which a CSV file does not.");
  g_clear_error (&error);

  t = pj_csv_parse_file (over, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The file is 16.1 MB; the largest accepted is 16 MB.");
  g_clear_error (&error);

  t = pj_csv_parse_file (huge, NULL, &error);
  g_assert_null (t);
  g_assert_cmpstr (error->message, ==, "The file is 40 MB; the largest accepted is 16 MB.");
  g_clear_error (&error);

  /* A device of size 0 that never ends: the reading stops at the limit. */
  if (g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) endless = g_file_new_for_path ("/dev/zero");

      t = pj_csv_parse_file (endless, NULL, &error);
      g_assert_null (t);
      g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==,
                       "The file is larger than 16 MB, the largest accepted.");
      g_clear_error (&error);
    }

  t = pj_csv_parse_file (missing, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message,
                                   "Could not read “/nonexistent/nominations.csv”: "));
  g_clear_error (&error);

  remove_file (ok);
  remove_file (at_cap);
  remove_file (over);
  remove_file (huge);
}

static void
test_normalize_header (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Titel", "titel" },
    { "  KONTAKTPERSON  ", "kontaktperson" },
    { "Contact_Name", "contact name" },
    { " contact-name ", "contact name" },
    { "CONTACT \t NAME", "contact name" },
    { "contact__--  name", "contact name" },
    { "E-post", "e post" },
    { "Nominerad av", "nominerad av" },
    { "ÅÄÖ enhet", "åäö enhet" },
    { "A\xCC\x8A" "r", "år" },        /* decomposed Å, as macOS writes it */
    { "Titel\u00a0", "titel" },      /* a no-break space */
    { "Vad är nytt – kort", "vad är nytt kort" },
    { "", "" },
    { "_-_", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = pj_csv_normalize_header (cases[i].in);

      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/dialect/utf8-comma-lf", test_utf8_comma_lf);
  g_test_add_func ("/csv/dialect/utf8-bom-semicolon-crlf", test_utf8_bom_semicolon_crlf);
  g_test_add_func ("/csv/dialect/windows-1252", test_windows_1252);
  g_test_add_func ("/csv/dialect/windows-1252-table", test_windows_1252_table);
  g_test_add_func ("/csv/dialect/line-ends", test_line_ends);
  g_test_add_func ("/csv/dialect/quoting", test_quoting);
  g_test_add_func ("/csv/dialect/spaces", test_spaces);
  g_test_add_func ("/csv/dialect/separator", test_separator_detection);
  g_test_add_func ("/csv/dialect/empty-lines", test_empty_lines);
  g_test_add_func ("/csv/ragged", test_ragged);
  g_test_add_func ("/csv/header-alone", test_header_alone);
  g_test_add_func ("/csv/broken", test_broken);
  g_test_add_func ("/csv/header-names", test_header_names);
  g_test_add_func ("/csv/long-header-name", test_long_header_name);
  g_test_add_func ("/csv/big-field", test_big_field);
  g_test_add_func ("/csv/file", test_file);
  g_test_add_func ("/csv/normalize-header", test_normalize_header);

  return g_test_run ();
}
