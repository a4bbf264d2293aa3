/* test-import.c: the nomination import and the CSV export
 *
 * Each case works on a fresh workspace holding the example awards. Files
 * are written as a city's web form and Excel in Sweden write them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pj-csv.h"
#include "pj-demo.h"
#include "pj-export-csv.h"
#include "pj-import.h"
#include "pj-store.h"
#include "pj-store-nomination.h"

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  gint64       edition_id;   /* Förnyelsepriset 2026 */
} Fixture;

/* Helpers ----------------------------------------------------------------- */

static gint64
find_edition (PjWorkspace *ws,
              const char  *award)
{
  g_autoptr(GListModel) editions = pj_store_list_editions (ws, PJ_NO_ID, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);

      if (g_strcmp0 (pj_edition_get_award_name (e), award) == 0)
        return pj_edition_get_id (e);
    }
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pj-import-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "workspace.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, "Test Användare");
  pj_demo_load_examples (f->ws, &error);
  g_assert_no_error (error);
  f->edition_id = find_edition (f->ws, "Förnyelsepriset");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->ws);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static PjImportPlan *
plan_for (Fixture    *f,
          const char *csv,
          gboolean    create_units)
{
  g_autoptr(GError) error = NULL;
  PjCsvTable *table = pj_csv_parse (csv, strlen (csv), &error);
  PjImportPlan *plan;

  g_assert_no_error (error);
  plan = pj_import_plan_new (table, "nomineringar.csv");
  pj_import_plan_set_create_units (plan, create_units);
  pj_import_plan_check (plan, f->ws, f->edition_id, &error);
  g_assert_no_error (error);
  return plan;
}

static PjImportRow *
row_at_line (PjImportPlan *plan,
             guint         line)
{
  GListModel *rows = pj_import_plan_get_rows (plan);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      PjImportRow *row = g_list_model_get_item (rows, i);

      if (pj_import_row_get_line (row) == line)
        {
          g_object_unref (row);   /* the plan keeps it */
          return row;
        }
      g_object_unref (row);
    }
  g_error ("No row at line %u", line);
}

static void
assert_row (PjImportPlan      *plan,
            guint              line,
            PjImportRowStatus  status,
            const char        *reason_fragment)
{
  PjImportRow *row = row_at_line (plan, line);

  if (pj_import_row_get_status (row) != status)
    g_error ("Line %u: status %s, expected %s (%s)", line,
             pj_import_row_status_to_string (pj_import_row_get_status (row)),
             pj_import_row_status_to_string (status), pj_import_row_get_reason (row));
  if (reason_fragment != NULL && strstr (pj_import_row_get_reason (row), reason_fragment) == NULL)
    g_error ("Line %u: “%s” not in “%s”", line, reason_fragment, pj_import_row_get_reason (row));
}

/* SHA-256 of a file's bytes, "(none)" when there is no such file. */
static char *
read_file_or_empty (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return g_strdup ("(none)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

/* Everything a user could see of the workspace: the file's bytes (with its
 * write-ahead log), every unit, every nomination of every edition with all
 * its fields, and the whole audit log. */
static char *
dump_workspace (Fixture *f)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GListModel) editions = pj_store_list_editions (f->ws, PJ_NO_ID, NULL);
  g_autoptr(GListModel) units = pj_store_list_units (f->ws, NULL);
  g_autoptr(GListModel) audit = pj_store_list_audit (f->ws, NULL, PJ_NO_ID, 0, NULL);
  g_autofree char *wal_path = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *main_bytes = read_file_or_empty (f->path);
  g_autofree char *wal_bytes = read_file_or_empty (wal_path);

  g_string_append_printf (dump, "file %s\nwal %s\n", main_bytes, wal_bytes);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);

      g_string_append_printf (dump, "unit %" G_GINT64_FORMAT " %s %d\n", pj_unit_get_id (unit),
                              pj_unit_get_name (unit), pj_unit_get_unit_type (unit));
    }
  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);
      g_autoptr(GBytes) csv = pj_export_nominations_csv_bytes (f->ws, pj_edition_get_id (e),
                                                               NULL, NULL);
      g_autoptr(GListModel) list = pj_store_list_nominations (f->ws, pj_edition_get_id (e),
                                                              NULL);

      g_string_append_len (dump, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
      for (guint n = 0; n < g_list_model_get_n_items (list); n++)
        {
          g_autoptr(PjNomination) nom = g_list_model_get_item (list, n);

          g_string_append_printf (dump, "nomination %" G_GINT64_FORMAT " v%" G_GINT64_FORMAT
                                  " %d\n", pj_nomination_get_id (nom),
                                  pj_nomination_get_version (nom),
                                  pj_nomination_get_status (nom));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (audit); i++)
    {
      g_autoptr(PjAuditEntry) entry = g_list_model_get_item (audit, i);

      g_string_append_printf (dump, "audit %" G_GINT64_FORMAT " %s %s %s\n",
                              pj_audit_entry_get_id (entry), pj_audit_entry_get_action (entry),
                              pj_audit_entry_get_entity (entry),
                              pj_audit_entry_get_new_value (entry));
    }
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

/* Compares two dumps line by line, naming the first difference (a dump is
 * too long for an assertion message). */
static void
assert_same_dump (const char *before,
                  const char *after)
{
  g_auto(GStrv) a = g_strsplit (before, "\n", -1);
  g_auto(GStrv) b = g_strsplit (after, "\n", -1);

  for (guint i = 0; a[i] != NULL || b[i] != NULL; i++)
    {
      if (a[i] == NULL || b[i] == NULL || !g_str_equal (a[i], b[i]))
        g_error ("The workspace changed at line %u of its dump: “%.60s” became “%.60s”", i,
                 a[i] != NULL ? a[i] : "(end)", b[i] != NULL ? b[i] : "(end)");
      if (a[i] == NULL || b[i] == NULL)
        break;
    }
}

static guint
count_audit (PjWorkspace *ws,
             const char  *action,
             const char  *entity)
{
  g_autoptr(GListModel) audit = pj_store_list_audit (ws, entity, PJ_NO_ID, 0, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (audit); i++)
    {
      g_autoptr(PjAuditEntry) entry = g_list_model_get_item (audit, i);

      n += g_strcmp0 (pj_audit_entry_get_action (entry), action) == 0;
    }
  return n;
}

static PjNomination *
find_nomination (PjWorkspace *ws,
                 gint64       edition_id,
                 const char  *title)
{
  g_autoptr(GListModel) list = pj_store_list_nominations (ws, edition_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PjNomination) n = g_list_model_get_item (list, i);

      if (g_strcmp0 (pj_nomination_get_title (n), title) == 0)
        return g_steal_pointer (&n);
    }
  return NULL;
}

/* Header matching --------------------------------------------------------- */

static void
test_headers (void)
{
  static const struct { const char *header; PjImportField field; } cases[] = {
    { "Titel", PJ_IMPORT_FIELD_TITLE },
    { "  TITEL ", PJ_IMPORT_FIELD_TITLE },
    { "Namn på bidraget *", PJ_IMPORT_FIELD_TITLE },
    { "Title", PJ_IMPORT_FIELD_TITLE },
    { "Kategori", PJ_IMPORT_FIELD_CATEGORY },
    { "Category", PJ_IMPORT_FIELD_CATEGORY },
    { "Nominerad enhet", PJ_IMPORT_FIELD_UNITS },
    { "Enheter", PJ_IMPORT_FIELD_UNITS },
    { "Unit(s)", PJ_IMPORT_FIELD_UNITS },
    { "Teammedlemmar", PJ_IMPORT_FIELD_TEAM },
    { "Kontaktperson", PJ_IMPORT_FIELD_CONTACT_NAME },
    { "Contact_Name", PJ_IMPORT_FIELD_CONTACT_NAME },
    { "E-post", PJ_IMPORT_FIELD_CONTACT_EMAIL },
    { "e_mail", PJ_IMPORT_FIELD_CONTACT_EMAIL },
    { "contact_email", PJ_IMPORT_FIELD_CONTACT_EMAIL },
    { "Telefon", PJ_IMPORT_FIELD_CONTACT_PHONE },
    { "Nominerad av", PJ_IMPORT_FIELD_NOMINATED_BY },
    { "Tidsstämpel", PJ_IMPORT_FIELD_RECEIVED },
    { "Received", PJ_IMPORT_FIELD_RECEIVED },
    { "Sammanfattning", PJ_IMPORT_FIELD_SUMMARY },
    { "Vad är nytt?", PJ_IMPORT_FIELD_WHAT_IS_NEW },
    { "What is new", PJ_IMPORT_FIELD_WHAT_IS_NEW },
    { "Värde och för vem", PJ_IMPORT_FIELD_VALUE_CREATED },
    { "Results and evidence", PJ_IMPORT_FIELD_RESULTS },
    { "Genomförande", PJ_IMPORT_FIELD_IMPLEMENTATION },
    { "Spridning", PJ_IMPORT_FIELD_SPREAD },
    { "Samarbetspartner", PJ_IMPORT_FIELD_PARTNERS },
    { "Delstrategier", PJ_IMPORT_FIELD_SUBSTRATEGIES },
    { "Sub-strategies", PJ_IMPORT_FIELD_SUBSTRATEGIES },
    { "Innovationsklass", PJ_IMPORT_FIELD_INNOVATION_CLASS },
    { "Innovation class", PJ_IMPORT_FIELD_INNOVATION_CLASS },
    { "Övrigt", PJ_IMPORT_FIELD_NONE },
    { "Beskrivning", PJ_IMPORT_FIELD_NONE },
    { "", PJ_IMPORT_FIELD_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PjImportField got = pj_import_match_header (cases[i].header);

      if (got != cases[i].field)
        g_error ("“%s” matched %d, expected %d", cases[i].header, got, cases[i].field);
    }

  /* Every field's first header (what the export writes) and every key is
   * recognised as that field. */
  for (int f = 0; f < PJ_N_IMPORT_FIELDS; f++)
    {
      PjImportField back;

      g_assert_cmpint (pj_import_match_header (pj_import_field_get_headers (f)[0]), ==, f);
      g_assert_cmpint (pj_import_match_header (pj_import_field_to_key (f)), ==, f);
      g_assert_true (pj_import_field_from_key (pj_import_field_to_key (f), &back));
      g_assert_cmpint (back, ==, f);
    }
}

static void
test_english_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PjImportPlan) plan =
    plan_for (f, "Title,Category,Unit(s),Contact name,Email,Date received,Notes\n"
                 "Reading buddies,Skola,Kista grundskola,Maja Lind,maja.lind@stockholm.se,"
                 "2026-03-01,call first\n", FALSE);
  g_auto(GStrv) unmapped = pj_import_plan_dup_unmapped_headers (plan);

  g_assert_cmpint (pj_import_plan_get_column_field (plan, 0), ==, PJ_IMPORT_FIELD_TITLE);
  g_assert_cmpint (pj_import_plan_get_column_field (plan, 2), ==, PJ_IMPORT_FIELD_UNITS);
  g_assert_cmpint (pj_import_plan_get_column_field (plan, 5), ==, PJ_IMPORT_FIELD_RECEIVED);
  g_assert_cmpuint (g_strv_length (unmapped), ==, 1);
  g_assert_cmpstr (unmapped[0], ==, "Notes");
  assert_row (plan, 2, PJ_IMPORT_ROW_WILL_IMPORT, NULL);
}

static void
test_map (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjImportPlan) plan =
    plan_for (f, "Titel;Beskrivning;Kategori\n"
                 "Pop-up-bibliotek i parken;Lån av böcker i Rålambshovsparken.;"
                 "Övriga verksamheter\n",
              FALSE);
  g_auto(GStrv) unmapped = NULL;
  PjImportRow *row;

  g_assert_cmpint (pj_import_plan_get_column_field (plan, 1), ==, PJ_IMPORT_FIELD_NONE);
  g_assert_true (pj_import_plan_map (plan, "  BESKRIVNING=summary", &error));
  g_assert_no_error (error);
  g_assert_cmpint (pj_import_plan_get_column_field (plan, 1), ==, PJ_IMPORT_FIELD_SUMMARY);
  unmapped = pj_import_plan_dup_unmapped_headers (plan);
  g_assert_cmpuint (g_strv_length (unmapped), ==, 0);

  g_assert_false (pj_import_plan_map (plan, "Beskrivning=sammanfattning", &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pj_import_plan_map (plan, "Saknas=summary", &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Saknas"));
  g_clear_error (&error);
  g_assert_false (pj_import_plan_map (plan, "no equals sign", &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_clear_error (&error);

  /* A field comes from one column: mapping another column to the title
   * leaves "Titel" ignored. */
  pj_import_plan_set_column_field (plan, 1, PJ_IMPORT_FIELD_TITLE);
  g_assert_cmpint (pj_import_plan_get_column_field (plan, 0), ==, PJ_IMPORT_FIELD_NONE);
  pj_import_plan_set_column_field (plan, 0, PJ_IMPORT_FIELD_TITLE);
  pj_import_plan_set_column_field (plan, 1, PJ_IMPORT_FIELD_SUMMARY);

  pj_import_plan_check (plan, f->ws, f->edition_id, &error);
  g_assert_no_error (error);
  row = row_at_line (plan, 2);
  g_assert_cmpint (pj_import_row_get_status (row), ==, PJ_IMPORT_ROW_WILL_IMPORT);
}

/* Errors ------------------------------------------------------------------ */

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree char *long_summary = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PjImportPlan) plan = NULL;

  for (guint i = 0; i < 601; i++)
    g_string_append (text, i % 10 == 9 ? " " : "å");
  long_summary = g_strdup (text->str);

  g_string_append (csv, "Titel;Kategori;Enheter;E-post;Inkom;Sammanfattning;Innovationsklass;"
                        "Delstrategier\r\n");
  /* line 2: fine, with a summary over two lines */
  g_string_append (csv, "Sommarskola i matematik;Skola;Kista grundskola;a.b@stockholm.se;"
                        "2026-03-01;\"Två veckor i juni.\r\nFör alla i årskurs 8.\";"
                        "Förbättring;Verktyg, Ledarskap\r\n");
  /* line 4 */ g_string_append (csv, ";Skola;Kista grundskola;;;;;\r\n");
  /* line 5 */ g_string_append (csv, "Okänd kategori;Skolan;Kista grundskola;;;;;\r\n");
  /* line 6 */ g_string_append (csv, "Fel e-post;Skola;Kista grundskola;"
                                     "anna.stockholm.se;;;;\r\n");
  /* line 7 */ g_string_append (csv, "Okänd enhet;Skola;Vårbergs förskola;;;;;\r\n");
  /* line 8 */ g_string_append (csv, "Fel datum;Skola;Kista grundskola;;1/3/2026;;;\r\n");
  /* line 9 */ g_string_append (csv, "Ogiltigt datum;Skola;Kista grundskola;;2026-02-30;;;\r\n");
  /* line 10 */ g_string_append_printf (csv, "Lång sammanfattning;Skola;Kista grundskola;;;%s;;"
                                             "\r\n", long_summary);
  /* line 11 */ g_string_append (csv, "Okänd klass;Skola;Kista grundskola;;;;Banbrytande;\r\n");
  /* line 12 */ g_string_append (csv, "Okänd delstrategi;Skola;Kista grundskola;;;;;Styrning; "
                                      "Budget\r\n");
  /* line 12 above has 9 fields: the header has 8 */
  /* line 13 */ g_string_append (csv, "Kort rad;Skola;Kista grundskola\r\n");
  /* line 14: Excel's padding of a short row is fine */
  g_string_append (csv, "Med tidsstämpel;Skola;Kista grundskola;;2026-03-02 10:15;;;;;\r\n");

  plan = plan_for (f, csv->str, FALSE);

  assert_row (plan, 2, PJ_IMPORT_ROW_WILL_IMPORT, NULL);
  assert_row (plan, 4, PJ_IMPORT_ROW_ERROR, "title is missing");
  assert_row (plan, 5, PJ_IMPORT_ROW_ERROR, "Unknown category “Skolan”");
  assert_row (plan, 5, PJ_IMPORT_ROW_ERROR, "Skola, Äldreomsorg");
  assert_row (plan, 6, PJ_IMPORT_ROW_ERROR, "Bad email address “anna.stockholm.se”");
  assert_row (plan, 7, PJ_IMPORT_ROW_ERROR, "Unknown unit “Vårbergs förskola”");
  assert_row (plan, 8, PJ_IMPORT_ROW_ERROR, "Bad date “1/3/2026”");
  assert_row (plan, 9, PJ_IMPORT_ROW_ERROR, "Bad date “2026-02-30”");
  assert_row (plan, 10, PJ_IMPORT_ROW_ERROR, "601 characters");
  assert_row (plan, 11, PJ_IMPORT_ROW_ERROR, "Unknown innovation class “Banbrytande”");
  assert_row (plan, 12, PJ_IMPORT_ROW_ERROR, "This row has 9 fields; the header has 8.");
  assert_row (plan, 13, PJ_IMPORT_ROW_ERROR, "This row has 3 fields; the header has 8.");
  assert_row (plan, 14, PJ_IMPORT_ROW_WILL_IMPORT, NULL);

  g_assert_cmpuint (pj_import_plan_count (plan, PJ_IMPORT_ROW_WILL_IMPORT), ==, 2);
  g_assert_cmpuint (pj_import_plan_count (plan, PJ_IMPORT_ROW_ERROR), ==, 10);
  g_assert_cmpuint (pj_import_plan_count (plan, PJ_IMPORT_ROW_DUPLICATE), ==, 0);
  g_assert_cmpstr (pj_import_plan_get_missing_units (plan)[0], ==, "Vårbergs förskola");
  g_assert_null (pj_import_plan_get_missing_units (plan)[1]);
}

static void
test_unknown_substrategy (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PjImportPlan) plan =
    plan_for (f, "Titel,Delstrategier\n"
                 "Idébank för medarbetare,\"Styrning; Budget\"\n"
                 "Innovationslabb,\"governance, Medarbetarnas kunskaper\n"
                 "Innovativ upphandling\"\n",
              FALSE);

  assert_row (plan, 2, PJ_IMPORT_ROW_ERROR, "Unknown sub-strategy “Budget”");
  assert_row (plan, 3, PJ_IMPORT_ROW_WILL_IMPORT, NULL);
}

static void
test_no_title_column (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PjImportPlan) plan = plan_for (f, "Projekt;Kategori\nLäsfrämjande;Skola\n", FALSE);

  assert_row (plan, 2, PJ_IMPORT_ROW_ERROR, "map one to Title");
}

/* Duplicates -------------------------------------------------------------- */

static void
test_duplicates (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PjImportPlan) plan =
    plan_for (f, "Titel;Kategori;Enheter\n"
                 /* in the example edition already, written differently */
                 "  läxhjälp i  CHATT med gymnasieelever som chattvärdar ;Skola;"
                 "Hägerstensåsens skola\n"
                 /* same title, another unit: not a duplicate */
                 "Läxhjälp i chatt med gymnasieelever som chattvärdar;Skola;Kista grundskola\n"
                 /* same as the row before */
                 "LÄXHJÄLP I CHATT MED GYMNASIEELEVER SOM CHATTVÄRDAR;Skola;"
                 "\"Stadsbiblioteket; Kista grundskola\"\n"
                 /* a new one, twice, without units */
                 "Öppen förskola på lördagar;Skola;\n"
                 "Öppen förskola på lördagar;Skola;\n",
              FALSE);

  assert_row (plan, 2, PJ_IMPORT_ROW_DUPLICATE, "already has");
  assert_row (plan, 3, PJ_IMPORT_ROW_WILL_IMPORT, NULL);
  assert_row (plan, 4, PJ_IMPORT_ROW_DUPLICATE, "line 3");
  assert_row (plan, 5, PJ_IMPORT_ROW_WILL_IMPORT, NULL);
  assert_row (plan, 6, PJ_IMPORT_ROW_DUPLICATE, "line 5");
}

/* Writing ----------------------------------------------------------------- */

static const char webform_csv[] =
  "Tidsstämpel,Namn på bidraget,Kategori,Nominerad enhet,Teammedlemmar,Kontaktperson,E-post\r\n"
  "2026-02-11 09:14:03,Språkcafé för nyanlända föräldrar,Övriga verksamheter,Stadsbiblioteket,"
  "Leila Ahmadi (bibliotekarie); Per Sundqvist,Leila Ahmadi,leila.ahmadi@stockholm.se\r\n"
  "2026-02-12 13:40:00,Gemensam matsal för äldre och förskolebarn,Äldreomsorg,"
  "\"Skärholmens hemtjänst; Vårbergs förskola\",,Anna Holm,anna.holm@stockholm.se\r\n"
  "2026-02-13 08:02:51,Trygghetsvandringar med Bolaget AB,Socialtjänst,"
  "\"Trygga Hem Stockholm AB\nHässelby-Vällingby stadsdelsförvaltning\",,Sara Ek,"
  "sara.ek@stockholm.se\r\n"
  "2026-02-14 10:00:00,,Skola,Kista grundskola,,,\r\n";

static void
test_plan_writes_nothing (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *before = dump_workspace (f);
  g_autofree char *after = NULL;
  g_autoptr(PjImportPlan) plan = plan_for (f, webform_csv, TRUE);

  /* Checked twice, with and without units to create */
  pj_import_plan_set_create_units (plan, FALSE);
  g_assert_true (pj_import_plan_check (plan, f->ws, f->edition_id, NULL));
  g_assert_cmpuint (pj_import_plan_count (plan, PJ_IMPORT_ROW_WILL_IMPORT), ==, 1);

  after = dump_workspace (f);
  assert_same_dump (before, after);
}

static void
changed_cb (PjWorkspace *ws,
            const char  *what,
            GPtrArray   *seen)
{
  g_ptr_array_add (seen, g_strdup (what));
}

static void
test_apply (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjImportPlan) plan = plan_for (f, webform_csv, TRUE);
  g_autoptr(PjNomination) cafe = NULL;
  g_autoptr(PjNomination) trygg = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) audit = NULL;
  g_autoptr(PjAuditEntry) last = NULL;
  g_autoptr(PjWorkspace) backup = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autofree char *summary = NULL;
  guint before = pj_store_count_nominations (f->ws, f->edition_id);
  guint creates_before = count_audit (f->ws, "create", "nomination");
  const char * const *missing = pj_import_plan_get_missing_units (plan);
  GListModel *team;
  guint n_types = 0;

  /* Hässelby-Vällingby stadsdelsförvaltning is in the examples. */
  g_assert_cmpuint (g_strv_length ((char **) missing), ==, 2);
  g_assert_cmpstr (missing[0], ==, "Vårbergs förskola");
  g_assert_cmpstr (missing[1], ==, "Trygga Hem Stockholm AB");
  assert_row (plan, 2, PJ_IMPORT_ROW_WILL_IMPORT, NULL);
  assert_row (plan, 3, PJ_IMPORT_ROW_WILL_IMPORT, NULL);
  assert_row (plan, 4, PJ_IMPORT_ROW_WILL_IMPORT, NULL);
  assert_row (plan, 6, PJ_IMPORT_ROW_ERROR, "title is missing");

  g_signal_connect (f->ws, "changed", G_CALLBACK (changed_cb), seen);
  g_assert_true (pj_import_plan_apply (plan, f->ws, &error));
  g_assert_no_error (error);
  g_signal_handlers_disconnect_by_func (f->ws, changed_cb, seen);

  summary = pj_import_plan_dup_summary (plan);
  g_assert_cmpstr (summary, ==, "3 imported, 1 skipped");
  g_assert_cmpuint (pj_import_plan_get_n_imported (plan), ==, 3);
  g_assert_cmpuint (pj_import_plan_get_n_units_created (plan), ==, 2);
  g_assert_cmpuint (pj_store_count_nominations (f->ws, f->edition_id), ==, before + 3);
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "unit");
  g_assert_cmpstr (g_ptr_array_index (seen, 1), ==, "nomination");
  /* New nominee units may bring new conflicts of interest. */
  g_assert_cmpstr (g_ptr_array_index (seen, 2), ==, "conflict");

  /* The nominations, their units and team */
  cafe = find_nomination (f->ws, f->edition_id, "Språkcafé för nyanlända föräldrar");
  g_assert_nonnull (cafe);
  g_assert_cmpstr (pj_nomination_get_received (cafe), ==, "2026-02-11");
  g_assert_cmpstr (pj_nomination_get_category_name (cafe), ==, "Övriga verksamheter");
  g_assert_cmpstr (pj_nomination_get_unit_names (cafe), ==, "Stadsbiblioteket");
  g_assert_cmpint (pj_nomination_get_status (cafe), ==, PJ_NOMINATION_SUBMITTED);
  team = pj_nomination_get_team (cafe);
  g_assert_cmpuint (g_list_model_get_n_items (team), ==, 2);
  {
    g_autoptr(PjTeamMember) first = g_list_model_get_item (team, 0);
    g_autoptr(PjTeamMember) second = g_list_model_get_item (team, 1);

    g_assert_cmpstr (pj_team_member_get_name (first), ==, "Leila Ahmadi");
    g_assert_cmpstr (pj_team_member_get_role (first), ==, "bibliotekarie");
    g_assert_cmpstr (pj_team_member_get_name (second), ==, "Per Sundqvist");
    g_assert_cmpstr (pj_team_member_get_role (second), ==, "");
  }
  trygg = find_nomination (f->ws, f->edition_id, "Trygghetsvandringar med Bolaget AB");
  g_assert_nonnull (trygg);
  g_assert_cmpstr (pj_nomination_get_unit_names (trygg), ==,
                   "Trygga Hem Stockholm AB, Hässelby-Vällingby stadsdelsförvaltning");

  /* The units created, with a type from their name */
  units = pj_store_list_units (f->ws, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);

      if (g_str_equal (pj_unit_get_name (unit), "Trygga Hem Stockholm AB"))
        {
          g_assert_cmpint (pj_unit_get_unit_type (unit), ==, PJ_UNIT_BOLAG);
          n_types++;
        }
      if (g_str_equal (pj_unit_get_name (unit), "Vårbergs förskola"))
        {
          g_assert_cmpint (pj_unit_get_unit_type (unit), ==, PJ_UNIT_FORVALTNING);
          n_types++;
        }
    }
  g_assert_cmpuint (n_types, ==, 2);

  /* The audit: a create per nomination and unit, and one import entry */
  g_assert_cmpuint (count_audit (f->ws, "create", "nomination"), ==, creates_before + 3);
  audit = pj_store_list_audit (f->ws, NULL, PJ_NO_ID, 1, NULL);
  last = g_list_model_get_item (audit, 0);
  g_assert_cmpstr (pj_audit_entry_get_action (last), ==, "import");
  g_assert_cmpstr (pj_audit_entry_get_entity (last), ==, "edition");
  g_assert_cmpint (pj_audit_entry_get_entity_id (last), ==, f->edition_id);
  g_assert_cmpstr (pj_audit_entry_get_who (last), ==, "Test Användare");
  g_assert_cmpstr (pj_audit_entry_get_new_value (last), ==,
                   "nomineringar.csv: 3 imported, 1 skipped, 2 units created");
  g_assert_cmpuint (count_audit (f->ws, "import", NULL), ==, 1);

  /* The backup beside the workspace holds it as it was */
  g_assert_nonnull (pj_import_plan_get_backup_path (plan));
  g_assert_true (g_str_has_prefix (pj_import_plan_get_backup_path (plan), f->path));
  g_assert_nonnull (strstr (pj_import_plan_get_backup_path (plan), ".backup-import-"));
  backup = pj_workspace_open (pj_import_plan_get_backup_path (plan), PJ_WORKSPACE_OPEN_DEFAULT,
                              &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pj_store_count_nominations (backup, f->edition_id), ==, before);

  /* Once only */
  g_assert_false (pj_import_plan_apply (plan, f->ws, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_FAILED);
  g_assert_cmpuint (pj_store_count_nominations (f->ws, f->edition_id), ==, before + 3);
}

/* A failure part-way through the write leaves nothing behind: the third
 * row's category is deleted by someone else after the preview, so the
 * import fails after the units and two nominations were written. */
static void
test_one_transaction (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjCategory) category = pj_category_new ();
  g_autoptr(PjWorkspace) other = NULL;
  g_autoptr(PjImportPlan) plan = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  pj_category_set_edition_id (category, f->edition_id);
  pj_category_set_name (category, "Tillfällig kategori");
  pj_store_create_category (f->ws, category, &error);
  g_assert_no_error (error);

  plan = plan_for (f,
                   "Titel;Kategori;Enheter\n"
                   "Första;Skola;Ny enhet för test\n"
                   "Andra;Skola;Kista grundskola\n"
                   "Tredje;Tillfällig kategori;Kista grundskola\n"
                   "Fjärde;Skola;Kista grundskola\n",
                   TRUE);
  g_assert_cmpuint (pj_import_plan_count (plan, PJ_IMPORT_ROW_WILL_IMPORT), ==, 4);

  other = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  pj_store_delete_category (other, pj_category_get_id (category), &error);
  g_assert_no_error (error);
  g_clear_object (&other);

  before = dump_workspace (f);
  g_assert_false (pj_import_plan_apply (plan, f->ws, &error));
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Nothing was imported"));
  g_assert_nonnull (strstr (error->message, "Line 4"));
  after = dump_workspace (f);
  assert_same_dump (before, after);
  g_assert_false (pj_store_name_exists (f->ws, "unit", PJ_NO_ID, "Ny enhet för test",
                                        PJ_NO_ID));
}

/* Windows-1252 from Excel -------------------------------------------------- */

static void
test_excel_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "data",
                                                 "excel-1252.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PjCsvTable) table = pj_csv_parse_file (file, NULL, &error);
  g_autoptr(PjImportPlan) plan = NULL;
  g_autoptr(PjNomination) kok = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (pj_csv_table_get_encoding (table), ==, PJ_CSV_ENCODING_WINDOWS_1252);
  plan = pj_import_plan_new (g_steal_pointer (&table), "excel-1252.csv");
  g_assert_true (pj_import_plan_check (plan, f->ws, f->edition_id, &error));

  assert_row (plan, 2, PJ_IMPORT_ROW_WILL_IMPORT, NULL);
  assert_row (plan, 4, PJ_IMPORT_ROW_ERROR, "Bad date “1/3/2026”");
  g_assert_cmpstr (pj_import_row_get_title (row_at_line (plan, 4)), ==,
                   "Nattpatrull med ”trygghetsvärdar”");
  assert_row (plan, 5, PJ_IMPORT_ROW_ERROR, "Unknown unit “Farsta hemtjänst”");
  assert_row (plan, 6, PJ_IMPORT_ROW_ERROR, "This row has 4 fields; the header has 10.");

  g_assert_true (pj_import_plan_apply (plan, f->ws, &error));
  g_assert_no_error (error);
  kok = find_nomination (f->ws, f->edition_id, "Energismart skolkök");
  g_assert_cmpstr (pj_nomination_get_summary (kok), ==,
                   "Köket sparar 40 000 € om året – med nya rutiner; \"släck när du går\".");
  g_assert_cmpstr (pj_nomination_get_results (kok), ==,
                   "Elförbrukningen minskade med 18 %.\nMätt under ett helt år.");
  g_assert_cmpstr (pj_nomination_get_contact_name (kok), ==, "Örjan Åberg");
  g_assert_cmpint (pj_nomination_get_class_claimed (kok), ==, PJ_CLASS_FORBATTRING);
  g_assert_cmpstr (pj_nomination_get_received (kok), ==, "2026-03-01");
}

/* Export and import again -------------------------------------------------- */

static PjNomination *
tricky_nomination (gint64      edition_id,
                   gint64      category_id,
                   const gint64 *units,
                   guint        n_units,
                   guint        index)
{
  PjNomination *n = pj_nomination_new ();
  g_autofree char *title = g_strdup_printf ("Ärende %u: ”Smått & gott”; \"citat\" – €", index);

  pj_nomination_set_edition_id (n, edition_id);
  pj_nomination_set_category_id (n, category_id);
  pj_nomination_set_title (n, title);
  pj_nomination_set_unit_ids (n, units, n_units);
  pj_nomination_add_team_member (n, "Åsa Öberg", "projektledare");
  pj_nomination_add_team_member (n, "Märta Ek", "");
  pj_nomination_add_team_member (n, "Jörgen Lund", "IT, drift");
  pj_nomination_set_contact_name (n, "Åsa Öberg");
  pj_nomination_set_contact_email (n, "asa.oberg@stockholm.se");
  pj_nomination_set_contact_phone (n, "+46 8-508 000 00");
  pj_nomination_set_nominated_by (n, "Kjell Ström");
  pj_nomination_set_nominated_by_unit (n, "Kulturförvaltningen");
  pj_nomination_set_received (n, "2026-02-28");
  pj_nomination_set_summary (n, "Första raden; med semikolon.\nAndra raden, med \"citat\" "
                                "och ”typografiska” – tecken: 1 500 €.");
  pj_nomination_set_what_is_new (n, "  Inledande mellanslag och avslutande  ");
  pj_nomination_set_value_created (n, "För äldre i Skärholmen.\n\nEtt stycke till.");
  pj_nomination_set_results (n, "Väntetiden: 12 → 4 dagar.");
  pj_nomination_set_implementation (n, "Steg 1\nSteg 2\nSteg 3");
  pj_nomination_set_spread (n, "Farsta, Bromma");
  pj_nomination_set_partners (n, "KTH; Röda Korset");
  pj_nomination_set_substrategies (n, PJ_SUBSTRATEGY_BIT (PJ_SUBSTRATEGY_TOOLS) |
                                      PJ_SUBSTRATEGY_BIT (PJ_SUBSTRATEGY_MEETING_PLACES) |
                                      PJ_SUBSTRATEGY_BIT (PJ_SUBSTRATEGY_PROCUREMENT));
  pj_nomination_set_class_claimed (n, index % 2 == 0 ? PJ_CLASS_GOTT_EXEMPEL
                                                     : PJ_CLASS_INNOVATION);
  return n;
}

static void
assert_same_nomination (PjNomination *a,
                        PjNomination *b)
{
  GListModel *ta = pj_nomination_get_team (a);
  GListModel *tb = pj_nomination_get_team (b);

  g_assert_cmpstr (pj_nomination_get_title (a), ==, pj_nomination_get_title (b));
  g_assert_cmpstr (pj_nomination_get_category_name (a), ==, pj_nomination_get_category_name (b));
  g_assert_cmpstr (pj_nomination_get_unit_names (a), ==, pj_nomination_get_unit_names (b));
  g_assert_cmpstr (pj_nomination_get_contact_name (a), ==, pj_nomination_get_contact_name (b));
  g_assert_cmpstr (pj_nomination_get_contact_email (a), ==, pj_nomination_get_contact_email (b));
  g_assert_cmpstr (pj_nomination_get_contact_phone (a), ==, pj_nomination_get_contact_phone (b));
  g_assert_cmpstr (pj_nomination_get_nominated_by (a), ==, pj_nomination_get_nominated_by (b));
  g_assert_cmpstr (pj_nomination_get_nominated_by_unit (a), ==,
                   pj_nomination_get_nominated_by_unit (b));
  g_assert_cmpstr (pj_nomination_get_received (a), ==, pj_nomination_get_received (b));
  g_assert_cmpstr (pj_nomination_get_summary (a), ==, pj_nomination_get_summary (b));
  g_assert_cmpstr (pj_nomination_get_value_created (a), ==, pj_nomination_get_value_created (b));
  g_assert_cmpstr (pj_nomination_get_results (a), ==, pj_nomination_get_results (b));
  g_assert_cmpstr (pj_nomination_get_implementation (a), ==,
                   pj_nomination_get_implementation (b));
  g_assert_cmpstr (pj_nomination_get_spread (a), ==, pj_nomination_get_spread (b));
  g_assert_cmpstr (pj_nomination_get_partners (a), ==, pj_nomination_get_partners (b));
  g_assert_cmpuint (pj_nomination_get_substrategies (a), ==, pj_nomination_get_substrategies (b));
  g_assert_cmpint (pj_nomination_get_class_claimed (a), ==, pj_nomination_get_class_claimed (b));
  g_assert_cmpuint (g_list_model_get_n_items (ta), ==, g_list_model_get_n_items (tb));
  for (guint i = 0; i < g_list_model_get_n_items (ta); i++)
    {
      g_autoptr(PjTeamMember) ma = g_list_model_get_item (ta, i);
      g_autoptr(PjTeamMember) mb = g_list_model_get_item (tb, i);

      g_assert_cmpstr (pj_team_member_get_name (ma), ==, pj_team_member_get_name (mb));
      g_assert_cmpstr (pj_team_member_get_role (ma), ==, pj_team_member_get_role (mb));
    }
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(PjCategory) skola = NULL;
  g_autoptr(PjUnit) unit = pj_unit_new ();
  g_autoptr(GListModel) originals = NULL;
  g_autoptr(GListModel) copies = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PjCsvTable) table = NULL;
  g_autoptr(PjImportPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *file_path = g_build_filename (f->dir, "export.csv", NULL);
  g_autofree char *written = NULL;
  gsize written_len;
  gint64 copy_id;
  gint64 units[2];
  guint n = 0;
  const char *csv;
  gsize len;

  /* A fresh edition, the same award: the categories are copied. */
  copy_id = pj_store_copy_edition (f->ws, f->edition_id, 2027, &error);
  g_assert_no_error (error);
  categories = pj_store_list_categories (f->ws, f->edition_id, NULL);
  skola = g_list_model_get_item (categories, 0);

  pj_unit_set_name (unit, "Förvaltning Ö, enhet ”Å”");
  pj_store_create_unit (f->ws, unit, &error);
  g_assert_no_error (error);
  units[0] = pj_unit_get_id (unit);
  {
    g_autoptr(GListModel) all = pj_store_list_units (f->ws, NULL);
    g_autoptr(PjUnit) first = g_list_model_get_item (all, 0);

    units[1] = pj_unit_get_id (first);
    g_assert_cmpint (units[1], !=, units[0]);
  }

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PjNomination) nom = tricky_nomination (f->edition_id,
                                                       pj_category_get_id (skola),
                                                       i == 1 ? units : units + 1,
                                                       i == 1 ? 2 : 1, i);

      if (i == 2)
        pj_nomination_set_unit_ids (nom, units, 1);   /* a unit name with a comma alone */
      pj_store_create_nomination (f->ws, nom, &error);
      g_assert_no_error (error);
    }

  /* The bytes Excel expects */
  bytes = pj_export_nominations_csv_bytes (f->ws, f->edition_id, &n, &error);
  g_assert_no_error (error);
  csv = g_bytes_get_data (bytes, &len);
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbfTitel;Kategori;Enheter;Team;"));
  g_assert_true (g_utf8_validate (csv, len, NULL));
  g_assert_nonnull (strstr (csv, ";Innovationsklass\r\n"));
  g_assert_cmpuint (n, ==, pj_store_count_nominations (f->ws, f->edition_id));

  /* Written atomically to a file, the same bytes */
  file = g_file_new_for_path (file_path);
  g_assert_true (pj_export_nominations_csv (f->ws, f->edition_id, file, NULL, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (file_path, &written, &written_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (written, written_len, csv, len);

  /* Read back into the empty edition: every row, every field */
  table = pj_csv_parse (csv, len, &error);
  g_assert_no_error (error);
  plan = pj_import_plan_new (g_steal_pointer (&table), "export.csv");
  {
    g_auto(GStrv) unmapped = pj_import_plan_dup_unmapped_headers (plan);

    g_assert_cmpuint (g_strv_length (unmapped), ==, 0);
  }
  g_assert_true (pj_import_plan_check (plan, f->ws, copy_id, &error));
  g_assert_cmpuint (pj_import_plan_count (plan, PJ_IMPORT_ROW_WILL_IMPORT), ==, n);
  g_assert_true (pj_import_plan_apply (plan, f->ws, &error));
  g_assert_no_error (error);

  originals = pj_store_list_nominations (f->ws, f->edition_id, NULL);
  copies = pj_store_list_nominations (f->ws, copy_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (copies), ==, g_list_model_get_n_items (originals));
  for (guint i = 0; i < g_list_model_get_n_items (originals); i++)
    {
      g_autoptr(PjNomination) a = g_list_model_get_item (originals, i);
      g_autoptr(PjNomination) b = g_list_model_get_item (copies, i);

      assert_same_nomination (a, b);
    }
}

/* Speed and the worker thread ---------------------------------------------- */

static void
apply_async_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GError **error = user_data;

  if (!pj_import_plan_apply_finish (PJ_IMPORT_PLAN (object), result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");   /* marker */
}

static void
test_large_async (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("Titel;Kategori;Enheter;Sammanfattning;Teammedlemmar\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) result = NULL;
  g_autoptr(PjImportPlan) plan = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  guint before = pj_store_count_nominations (f->ws, f->edition_id);
  gint64 start;
  double plan_s, apply_s;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (csv, "Förslag nummer %u;Skola;Kista grundskola;"
                                 "\"Ett förslag som sparar tid; %u timmar i veckan.\";"
                                 "\"Anna Ek (lärare); Bo Ström\"\n", i, i % 40);

  start = g_get_monotonic_time ();
  plan = plan_for (f, csv->str, FALSE);
  plan_s = (g_get_monotonic_time () - start) / 1e6;
  g_assert_cmpuint (pj_import_plan_count (plan, PJ_IMPORT_ROW_WILL_IMPORT), ==, 5000);

  g_signal_connect (f->ws, "changed", G_CALLBACK (changed_cb), seen);
  start = g_get_monotonic_time ();
  pj_import_plan_apply_async (plan, f->ws, NULL, apply_async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  apply_s = (g_get_monotonic_time () - start) / 1e6;
  g_signal_handlers_disconnect_by_func (f->ws, changed_cb, seen);

  g_assert_error (result, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_test_message ("5 000 rows: plan %.2f s, apply in a thread %.2f s", plan_s, apply_s);
  g_assert_cmpuint (pj_store_count_nominations (f->ws, f->edition_id), ==, before + 5000);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "nomination");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/headers", test_headers);
  g_test_add ("/import/english-file", Fixture, NULL, fixture_set_up, test_english_file,
              fixture_tear_down);
  g_test_add ("/import/map", Fixture, NULL, fixture_set_up, test_map, fixture_tear_down);
  g_test_add ("/import/errors", Fixture, NULL, fixture_set_up, test_errors, fixture_tear_down);
  g_test_add ("/import/unknown-substrategy", Fixture, NULL, fixture_set_up,
              test_unknown_substrategy, fixture_tear_down);
  g_test_add ("/import/no-title-column", Fixture, NULL, fixture_set_up, test_no_title_column,
              fixture_tear_down);
  g_test_add ("/import/duplicates", Fixture, NULL, fixture_set_up, test_duplicates,
              fixture_tear_down);
  g_test_add ("/import/plan-writes-nothing", Fixture, NULL, fixture_set_up,
              test_plan_writes_nothing, fixture_tear_down);
  g_test_add ("/import/apply", Fixture, NULL, fixture_set_up, test_apply, fixture_tear_down);
  g_test_add ("/import/one-transaction", Fixture, NULL, fixture_set_up, test_one_transaction,
              fixture_tear_down);
  g_test_add ("/import/excel-windows-1252", Fixture, NULL, fixture_set_up, test_excel_file,
              fixture_tear_down);
  g_test_add ("/import/export-round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  g_test_add ("/import/large-async", Fixture, NULL, fixture_set_up, test_large_async,
              fixture_tear_down);

  return g_test_run ();
}
