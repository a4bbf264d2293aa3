/* pj-import.c: importing nominations from a CSV table
 *
 * The plan matches columns to fields, reads each row into a PjNomination
 * and classifies it; only pj_import_plan_apply() writes, through
 * pj_store_import_nominations() in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-import"

#include "config.h"

#include "pj-import.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pj-nomination.h"
#include "pj-store.h"
#include "pj-store-import.h"
#include "pj-store-nomination.h"
#include "pj-validate.h"

/* Fields ------------------------------------------------------------------ */

typedef struct
{
  const char *key;
  const char *label;              /* N_() */
  const char *headers[12];        /* Swedish first; the first is exported */
} FieldInfo;

static const FieldInfo fields[PJ_N_IMPORT_FIELDS] = {
  { "title", N_("Title"),
    { "Titel", "Namn på bidraget", "Bidragets namn", "Bidrag", "Rubrik", "Projektnamn",
      "Title", "Name of the entry", "Entry", "Nomination title", NULL } },
  { "category", N_("Category"),
    { "Kategori", "Tävlingsklass", "Category", "Competition class", NULL } },
  { "units", N_("Nominee units"),
    { "Enheter", "Enhet", "Nominerad enhet", "Nominerade enheter", "Förvaltning",
      "Unit(s)", "Units", "Unit", "Nominee units", "Nominee unit(s)", "Nominee unit", NULL } },
  { "team", N_("Team"),
    { "Team", "Teammedlemmar", "Arbetsgrupp", "Medverkande", "Team members", NULL } },
  { "contact_name", N_("Contact person"),
    { "Kontaktperson", "Kontaktpersonens namn", "Kontakt", "Contact person", "Contact name",
      "Contact", NULL } },
  { "contact_email", N_("Contact email"),
    { "E-post", "Epost", "E-postadress", "Kontaktpersonens e-post", "Email", "E-mail",
      "Email address", "Contact email", NULL } },
  { "contact_phone", N_("Contact phone"),
    { "Telefon", "Telefonnummer", "Mobil", "Kontaktpersonens telefon", "Phone", "Telephone",
      "Contact phone", NULL } },
  { "nominated_by", N_("Nominated by"),
    { "Nominerad av", "Nominerande", "Inskickad av", "Nominated by", "Nominator", NULL } },
  { "received", N_("Received"),
    { "Inkom", "Inkommen", "Inkom datum", "Datum", "Tidsstämpel", "Tidstämpel", "Received",
      "Date received", "Date", "Timestamp", NULL } },
  { "summary", N_("Summary"),
    { "Sammanfattning", "Kort beskrivning", "Summary", "Short description", NULL } },
  { "what_is_new", N_("What is new"),
    { "Vad är nytt", "Det nya", "Vad är nytt med bidraget", "What is new", "What's new",
      NULL } },
  { "value_created", N_("Value created, and for whom"),
    { "Värde och för vem", "Skapat värde", "Värde", "Vilket värde skapas och för vem",
      "Value created", "Value", "Value and for whom", NULL } },
  { "results", N_("Results and evidence"),
    { "Resultat", "Resultat och belägg", "Results", "Results and evidence", "Evidence",
      NULL } },
  { "implementation", N_("Implementation"),
    { "Genomförande", "Implementering", "Införande", "Implementation", NULL } },
  { "spread", N_("Spread"),
    { "Spridning", "Spridning till andra enheter", "Spread", NULL } },
  { "partners", N_("Partners"),
    { "Samarbetspartner", "Samarbetspartners", "Samverkanspartner", "Partner", "Partners",
      NULL } },
  { "substrategies", N_("Sub-strategies"),
    { "Delstrategier", "Delstrategi", "Sub-strategies", "Substrategies", "Sub-strategy",
      NULL } },
  { "innovation_class", N_("Innovation class"),
    { "Innovationsklass", "Typ av bidrag", "Klass", "Innovation class", "Class", NULL } },
};

/* Header cells as matched: normalized, without a trailing "?", ":", "*"
 * or "." (web forms' questions and required marks). */
static char *
header_key (const char *header)
{
  char *key = pj_csv_normalize_header (header);
  gsize len = strlen (key);

  while (len > 0 && strchr ("?:*. ", key[len - 1]) != NULL)
    key[--len] = '\0';
  return key;
}

const char *
pj_import_field_to_key (PjImportField field)
{
  g_return_val_if_fail (field >= 0 && field < PJ_N_IMPORT_FIELDS, NULL);

  return fields[field].key;
}

gboolean
pj_import_field_from_key (const char    *key,
                          PjImportField *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (key == NULL)
    return FALSE;
  for (int i = 0; i < PJ_N_IMPORT_FIELDS; i++)
    if (g_str_equal (key, fields[i].key))
      {
        *out = (PjImportField) i;
        return TRUE;
      }
  return FALSE;
}

const char *
pj_import_field_to_label (PjImportField field)
{
  g_return_val_if_fail (field >= 0 && field < PJ_N_IMPORT_FIELDS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, fields[field].label);
}

const char * const *
pj_import_field_get_headers (PjImportField field)
{
  g_return_val_if_fail (field >= 0 && field < PJ_N_IMPORT_FIELDS, NULL);

  return fields[field].headers;
}

PjImportField
pj_import_match_header (const char *header)
{
  g_autofree char *key = header_key (header);

  if (*key == '\0')
    return PJ_IMPORT_FIELD_NONE;

  for (int i = 0; i < PJ_N_IMPORT_FIELDS; i++)
    for (guint h = 0; fields[i].headers[h] != NULL; h++)
      {
        g_autofree char *known = header_key (fields[i].headers[h]);

        if (g_str_equal (key, known))
          return (PjImportField) i;
      }
  /* The keys themselves: "contact_email" normalizes to "contact email". */
  for (int i = 0; i < PJ_N_IMPORT_FIELDS; i++)
    {
      g_autofree char *known = header_key (fields[i].key);

      if (g_str_equal (key, known))
        return (PjImportField) i;
    }
  return PJ_IMPORT_FIELD_NONE;
}

static const char * const row_status_names[PJ_N_IMPORT_ROW_STATUSES] = {
  "will-import", "error", "duplicate",
};

static const char * const row_status_labels[PJ_N_IMPORT_ROW_STATUSES] = {
  /* Translators: the status of a row in the import preview */
  N_("Will import"),
  /* Translators: the status of a row in the import preview */
  N_("Error"),
  /* Translators: the status of a row in the import preview */
  N_("Duplicate"),
};

const char *
pj_import_row_status_to_string (PjImportRowStatus status)
{
  g_return_val_if_fail (status < PJ_N_IMPORT_ROW_STATUSES, NULL);

  return row_status_names[status];
}

const char *
pj_import_row_status_to_label (PjImportRowStatus status)
{
  g_return_val_if_fail (status < PJ_N_IMPORT_ROW_STATUSES, NULL);

  return g_dgettext (GETTEXT_PACKAGE, row_status_labels[status]);
}

/* Rows -------------------------------------------------------------------- */

struct _PjImportRow
{
  GObject             parent_instance;

  guint               line;
  PjImportRowStatus   status;
  char               *reason;
  char               *title;
  char               *category;
  char               *units;

  PjNomination       *nomination;   /* will-import rows only */
  GArray             *unit_refs;    /* gint64: unit id, or -1 - index of a missing unit */
};

G_DEFINE_FINAL_TYPE (PjImportRow, pj_import_row, G_TYPE_OBJECT)

static void
pj_import_row_finalize (GObject *object)
{
  PjImportRow *self = (PjImportRow *) object;

  g_free (self->reason);
  g_free (self->title);
  g_free (self->category);
  g_free (self->units);
  g_clear_object (&self->nomination);
  g_clear_pointer (&self->unit_refs, g_array_unref);

  G_OBJECT_CLASS (pj_import_row_parent_class)->finalize (object);
}

static void
pj_import_row_class_init (PjImportRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pj_import_row_finalize;
}

static void
pj_import_row_init (PjImportRow *self)
{
}

guint
pj_import_row_get_line (PjImportRow *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_ROW (self), 0);
  return self->line;
}

PjImportRowStatus
pj_import_row_get_status (PjImportRow *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_ROW (self), PJ_IMPORT_ROW_ERROR);
  return self->status;
}

const char *
pj_import_row_get_reason (PjImportRow *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_ROW (self), NULL);
  return self->reason;
}

const char *
pj_import_row_get_title (PjImportRow *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_ROW (self), NULL);
  return self->title;
}

const char *
pj_import_row_get_category (PjImportRow *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_ROW (self), NULL);
  return self->category;
}

const char *
pj_import_row_get_units (PjImportRow *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_ROW (self), NULL);
  return self->units;
}

/* The plan ---------------------------------------------------------------- */

struct _PjImportPlan
{
  GObject      parent_instance;

  PjCsvTable  *table;
  char        *file_name;
  int         *column_fields;     /* PjImportField per column */
  gboolean     create_units;

  gboolean     checked;
  gint64       edition_id;
  char        *workspace_path;
  GListStore  *rows;
  guint        counts[PJ_N_IMPORT_ROW_STATUSES];
  GPtrArray   *missing_units;     /* char *, as first written */

  gboolean     applied;
  guint        n_imported;
  guint        n_units_created;
  char        *backup_path;

  guint                 progress_every;
  PjImportProgressFunc  progress_func;
  gpointer              progress_data;
  GDestroyNotify        progress_destroy;
};

G_DEFINE_FINAL_TYPE (PjImportPlan, pj_import_plan, G_TYPE_OBJECT)

static void
pj_import_plan_finalize (GObject *object)
{
  PjImportPlan *self = (PjImportPlan *) object;

  g_clear_pointer (&self->table, pj_csv_table_free);
  g_free (self->file_name);
  g_free (self->column_fields);
  g_free (self->workspace_path);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->missing_units, g_ptr_array_unref);
  g_free (self->backup_path);
  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);

  G_OBJECT_CLASS (pj_import_plan_parent_class)->finalize (object);
}

static void
pj_import_plan_class_init (PjImportPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pj_import_plan_finalize;
}

static void
pj_import_plan_init (PjImportPlan *self)
{
  self->rows = g_list_store_new (PJ_TYPE_IMPORT_ROW);
  self->missing_units = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

PjImportPlan *
pj_import_plan_new (PjCsvTable *table,
                    const char *file_name)
{
  PjImportPlan *self;
  guint n_columns;

  g_return_val_if_fail (table != NULL, NULL);

  self = g_object_new (PJ_TYPE_IMPORT_PLAN, NULL);
  self->table = table;
  self->file_name = g_strdup (file_name != NULL ? file_name : "");

  n_columns = pj_csv_table_get_n_columns (table);
  self->column_fields = g_new (int, MAX (n_columns, 1));
  for (guint c = 0; c < n_columns; c++)
    {
      PjImportField field = pj_import_match_header (pj_csv_table_get_header (table)[c]);

      /* One field, one column: the first column recognised wins. */
      for (guint earlier = 0; earlier < c && field != PJ_IMPORT_FIELD_NONE; earlier++)
        if (self->column_fields[earlier] == (int) field)
          field = PJ_IMPORT_FIELD_NONE;
      self->column_fields[c] = field;
    }

  return self;
}

const char *
pj_import_plan_get_file_name (PjImportPlan *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), NULL);
  return self->file_name;
}

guint
pj_import_plan_get_n_columns (PjImportPlan *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), 0);
  return pj_csv_table_get_n_columns (self->table);
}

const char *
pj_import_plan_get_header (PjImportPlan *self,
                           guint         column)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (column < pj_csv_table_get_n_columns (self->table), NULL);
  return pj_csv_table_get_header (self->table)[column];
}

PjImportField
pj_import_plan_get_column_field (PjImportPlan *self,
                                 guint         column)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), PJ_IMPORT_FIELD_NONE);
  g_return_val_if_fail (column < pj_csv_table_get_n_columns (self->table),
                        PJ_IMPORT_FIELD_NONE);
  return self->column_fields[column];
}

void
pj_import_plan_set_column_field (PjImportPlan  *self,
                                 guint          column,
                                 PjImportField  field)
{
  guint n_columns;

  g_return_if_fail (PJ_IS_IMPORT_PLAN (self));
  g_return_if_fail (!self->applied);
  n_columns = pj_csv_table_get_n_columns (self->table);
  g_return_if_fail (column < n_columns);
  g_return_if_fail (field >= PJ_IMPORT_FIELD_NONE && field < PJ_N_IMPORT_FIELDS);

  if (field != PJ_IMPORT_FIELD_NONE)
    for (guint c = 0; c < n_columns; c++)
      if (self->column_fields[c] == (int) field)
        self->column_fields[c] = PJ_IMPORT_FIELD_NONE;
  self->column_fields[column] = field;
  self->checked = FALSE;
}

gboolean
pj_import_plan_map (PjImportPlan  *self,
                    const char    *mapping,
                    GError       **error)
{
  g_autofree char *header = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *stripped_key = NULL;
  const char *equals;
  const char *key;
  PjImportField field = PJ_IMPORT_FIELD_NONE;
  guint n_columns;

  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (mapping != NULL, FALSE);

  equals = strrchr (mapping, '=');
  if (equals == NULL || equals == mapping)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   /* Translators: --map takes 'Header=field' */
                   _("“%s” is not a mapping: write it as Header=field, for example "
                     "“Beskrivning=summary”."), mapping);
      return FALSE;
    }

  header = g_strndup (mapping, equals - mapping);
  key = stripped_key = g_strstrip (g_strdup (equals + 1));
  if (*key == '\0' || g_str_equal (key, "ignore") || g_str_equal (key, "none"))
    field = PJ_IMPORT_FIELD_NONE;
  else if (!pj_import_field_from_key (key, &field))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("“%s” is not a field. The fields are title, category, units, team, "
                     "contact_name, contact_email, contact_phone, nominated_by, received, "
                     "summary, what_is_new, value_created, results, implementation, spread, "
                     "partners, substrategies and innovation_class."), key);
      return FALSE;
    }

  wanted = pj_csv_normalize_header (header);
  n_columns = pj_csv_table_get_n_columns (self->table);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *have = pj_csv_normalize_header (pj_csv_table_get_header (self->table)[c]);

      if (g_str_equal (have, wanted))
        {
          pj_import_plan_set_column_field (self, c, field);
          return TRUE;
        }
    }

  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
               _("The file has no column “%s”."), header);
  return FALSE;
}

GStrv
pj_import_plan_dup_unmapped_headers (PjImportPlan *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), NULL);

  for (guint c = 0; c < pj_csv_table_get_n_columns (self->table); c++)
    if (self->column_fields[c] == PJ_IMPORT_FIELD_NONE)
      g_strv_builder_add (builder, pj_csv_table_get_header (self->table)[c]);
  return g_strv_builder_end (builder);
}

void
pj_import_plan_set_create_units (PjImportPlan *self,
                                 gboolean      create_units)
{
  g_return_if_fail (PJ_IS_IMPORT_PLAN (self));

  create_units = !!create_units;
  if (self->create_units == create_units)
    return;
  self->create_units = create_units;
  self->checked = FALSE;
}

gboolean
pj_import_plan_get_create_units (PjImportPlan *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), FALSE);
  return self->create_units;
}

/* Reading cells ----------------------------------------------------------- */

/* Names as compared: spaces collapsed, case folded. */
static char *
name_key (const char *name)
{
  g_autofree char *normal = pj_normalize_name (name);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

/* A cell holding several values: split on ";" and line breaks, or, when
 * there are none, on commas (outside parentheses when @parens). */
static GPtrArray *
split_list (const char *cell,
            gboolean    parens)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  gboolean strong = strpbrk (cell, ";\n") != NULL;
  const char *start = cell;
  int depth = 0;

  for (const char *p = cell; ; p++)
    {
      gboolean end = *p == '\0';
      gboolean cut = end || *p == ';' || *p == '\n' ||
                     (!strong && *p == ',' && (!parens || depth == 0));

      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;

      if (cut)
        {
          char *part = g_strstrip (g_strndup (start, p - start));

          if (*part != '\0')
            g_ptr_array_add (parts, part);
          else
            g_free (part);
          start = p + 1;
        }
      if (end)
        break;
    }
  return parts;
}

/* "Name (Role)" -> name, role; "Name" -> name, "". */
static void
split_parenthesis (const char  *text,
                   char       **name,
                   char       **detail)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy);
  char *open;

  if (len > 0 && copy[len - 1] == ')' && (open = strrchr (copy, '(')) != NULL && open > copy)
    {
      *detail = g_strstrip (g_strndup (open + 1, copy + len - 1 - (open + 1)));
      *open = '\0';
      *name = g_strstrip (g_strdup (copy));
      return;
    }
  *name = g_steal_pointer (&copy);
  *detail = g_strdup ("");
}

/* ISO date, optionally followed by a time: 2026-03-01, 2026-03-01 10:00,
 * 2026-03-01T10:00:00Z. Returns the date part, or NULL. */
static char *
parse_received (const char *cell)
{
  g_autofree char *date = NULL;
  g_autofree char *problem = NULL;

  if (strlen (cell) < 10)
    return NULL;
  for (guint i = 0; i < 10; i++)
    {
      gboolean dash = i == 4 || i == 7;

      if (dash ? cell[i] != '-' : !g_ascii_isdigit (cell[i]))
        return NULL;
    }
  if (cell[10] != '\0')
    {
      const char *time = cell + 11;

      if ((cell[10] != ' ' && cell[10] != 'T') ||
          !g_ascii_isdigit (time[0]) || !g_ascii_isdigit (time[1]) || time[2] != ':')
        return NULL;
    }

  date = g_strndup (cell, 10);
  problem = pj_validate_iso_date (date);
  if (problem != NULL)
    return NULL;
  return g_steal_pointer (&date);
}

typedef struct
{
  const char *word;
  int         value;
} Word;

static const Word class_words[] = {
  { "innovation", PJ_CLASS_INNOVATION },
  { "forbattring", PJ_CLASS_FORBATTRING },
  { "förbättring", PJ_CLASS_FORBATTRING },
  { "ständig förbättring", PJ_CLASS_FORBATTRING },
  { "continuous improvement", PJ_CLASS_FORBATTRING },
  { "improvement", PJ_CLASS_FORBATTRING },
  { "gott exempel", PJ_CLASS_GOTT_EXEMPEL },
  { "good practice", PJ_CLASS_GOTT_EXEMPEL },
  { "good example", PJ_CLASS_GOTT_EXEMPEL },
};

static const Word substrategy_words[] = {
  { "governance", PJ_SUBSTRATEGY_GOVERNANCE },
  { "styrning", PJ_SUBSTRATEGY_GOVERNANCE },
  { "tools", PJ_SUBSTRATEGY_TOOLS },
  { "verktyg", PJ_SUBSTRATEGY_TOOLS },
  { "knowledge", PJ_SUBSTRATEGY_KNOWLEDGE },
  { "staff knowledge", PJ_SUBSTRATEGY_KNOWLEDGE },
  { "kunskap", PJ_SUBSTRATEGY_KNOWLEDGE },
  { "medarbetarnas kunskaper", PJ_SUBSTRATEGY_KNOWLEDGE },
  { "leadership", PJ_SUBSTRATEGY_LEADERSHIP },
  { "ledarskap", PJ_SUBSTRATEGY_LEADERSHIP },
  { "meeting places", PJ_SUBSTRATEGY_MEETING_PLACES },
  { "meeting places and collaboration", PJ_SUBSTRATEGY_MEETING_PLACES },
  { "mötesplatser", PJ_SUBSTRATEGY_MEETING_PLACES },
  { "mötesplatser och samarbeten", PJ_SUBSTRATEGY_MEETING_PLACES },
  { "procurement", PJ_SUBSTRATEGY_PROCUREMENT },
  { "innovative procurement", PJ_SUBSTRATEGY_PROCUREMENT },
  { "upphandling", PJ_SUBSTRATEGY_PROCUREMENT },
  { "innovativ upphandling", PJ_SUBSTRATEGY_PROCUREMENT },
};

static gboolean
find_word (const Word *words,
           guint       n_words,
           const char *text,
           int        *out)
{
  g_autofree char *key = header_key (text);

  for (guint i = 0; i < n_words; i++)
    {
      g_autofree char *known = header_key (words[i].word);

      if (g_str_equal (key, known))
        {
          *out = words[i].value;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
parse_class (const char        *text,
             PjInnovationClass *out)
{
  int value;

  if (find_word (class_words, G_N_ELEMENTS (class_words), text, &value))
    {
      *out = value;
      return TRUE;
    }
  /* The label in the current language */
  for (int c = PJ_CLASS_INNOVATION; c < PJ_N_INNOVATION_CLASSES; c++)
    {
      g_autofree char *key = header_key (text);
      g_autofree char *label = header_key (pj_innovation_class_to_label (c));

      if (g_str_equal (key, label))
        {
          *out = c;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
parse_substrategy (const char    *text,
                   PjSubstrategy *out)
{
  int value;

  if (find_word (substrategy_words, G_N_ELEMENTS (substrategy_words), text, &value))
    {
      *out = value;
      return TRUE;
    }
  for (int s = 0; s < PJ_N_SUBSTRATEGIES; s++)
    {
      g_autofree char *key = header_key (text);
      g_autofree char *label = header_key (pj_substrategy_to_label (s));

      if (g_str_equal (key, label))
        {
          *out = s;
          return TRUE;
        }
    }
  return FALSE;
}

/* Unit type of a unit to create, from its name. */
static PjUnitType
guess_unit_type (const char *name)
{
  g_autofree char *key = name_key (name);

  if (strstr (key, "stadsdelsförvaltning") != NULL || strstr (key, "stadsdelsnämnd") != NULL)
    return PJ_UNIT_STADSDELSFORVALTNING;
  if (g_str_has_suffix (key, " ab"))
    return PJ_UNIT_BOLAG;
  return PJ_UNIT_FORVALTNING;
}

/* Checking ---------------------------------------------------------------- */

typedef struct
{
  GHashTable *categories;     /* name key -> gint64 id (boxed) */
  GString    *category_list;  /* "Skola, Äldreomsorg, …" for messages */
  GHashTable *units;          /* name key -> gint64 id (boxed) */
  GHashTable *existing;       /* "title key\nunit id" -> title */
  GHashTable *earlier;        /* "title key\nunit ref" -> line */
  GHashTable *missing;        /* name key -> index + 1 in missing_units */
} CheckContext;

static void
check_context_clear (CheckContext *c)
{
  g_clear_pointer (&c->categories, g_hash_table_unref);
  if (c->category_list != NULL)
    g_string_free (g_steal_pointer (&c->category_list), TRUE);
  g_clear_pointer (&c->units, g_hash_table_unref);
  g_clear_pointer (&c->existing, g_hash_table_unref);
  g_clear_pointer (&c->earlier, g_hash_table_unref);
  g_clear_pointer (&c->missing, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CheckContext, check_context_clear)

static gint64 *
box_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static char *
duplicate_key (const char *title_key,
               gint64      unit_ref)
{
  return g_strdup_printf ("%s\n%" G_GINT64_FORMAT, title_key, unit_ref);
}

static gboolean
load_context (PjImportPlan  *self,
              PjWorkspace   *ws,
              gint64         edition_id,
              CheckContext  *c,
              GError       **error)
{
  g_autoptr(PjEdition) edition = NULL;
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GListModel) nominations = NULL;

  edition = pj_store_get_edition (ws, edition_id, error);
  if (edition == NULL)
    return FALSE;

  categories = pj_store_list_categories (ws, edition_id, error);
  if (categories == NULL)
    return FALSE;
  units = pj_store_list_units (ws, error);
  if (units == NULL)
    return FALSE;
  nominations = pj_store_list_nominations (ws, edition_id, error);
  if (nominations == NULL)
    return FALSE;

  c->categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  c->category_list = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(PjCategory) category = g_list_model_get_item (categories, i);

      g_hash_table_insert (c->categories, name_key (pj_category_get_name (category)),
                           box_id (pj_category_get_id (category)));
      if (i > 0)
        g_string_append (c->category_list, ", ");
      g_string_append (c->category_list, pj_category_get_name (category));
    }

  c->units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);

      g_hash_table_insert (c->units, name_key (pj_unit_get_name (unit)),
                           box_id (pj_unit_get_id (unit)));
    }

  c->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (nominations); i++)
    {
      g_autoptr(PjNomination) n = g_list_model_get_item (nominations, i);
      g_autofree char *title = name_key (pj_nomination_get_title (n));
      const gint64 *ids;
      guint n_ids;

      ids = pj_nomination_get_unit_ids (n, &n_ids);
      if (n_ids == 0)
        g_hash_table_insert (c->existing, duplicate_key (title, 0),
                             g_strdup (pj_nomination_get_title (n)));
      for (guint u = 0; u < n_ids; u++)
        g_hash_table_insert (c->existing, duplicate_key (title, ids[u]),
                             g_strdup (pj_nomination_get_title (n)));
    }

  c->earlier = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->missing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return TRUE;
}

static const char *
field_cell (PjImportPlan *self,
            const int    *field_columns,
            guint         row,
            PjImportField field)
{
  if (field_columns[field] < 0)
    return "";
  return pj_csv_table_get_cell (self->table, row, (guint) field_columns[field]);
}

/* Trimmed copy of a cell; inner line breaks kept. */
static char *
dup_cell (PjImportPlan *self,
          const int    *field_columns,
          guint         row,
          PjImportField field)
{
  return g_strstrip (g_strdup (field_cell (self, field_columns, row, field)));
}

static void
add_reason (GString    *reasons,
            const char *reason)
{
  if (reasons->len > 0)
    g_string_append_c (reasons, ' ');
  g_string_append (reasons, reason);
}

static void G_GNUC_PRINTF (2, 3)
add_reasonf (GString    *reasons,
             const char *format,
             ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add_reason (reasons, text);
}

static PjImportRow *
check_row (PjImportPlan  *self,
           CheckContext  *c,
           const int     *field_columns,
           guint          row)
{
  g_autoptr(PjImportRow) result = g_object_new (PJ_TYPE_IMPORT_ROW, NULL);
  g_autoptr(PjNomination) n = pj_nomination_new ();
  g_autoptr(GString) reasons = g_string_new (NULL);
  g_autoptr(GString) unit_text = g_string_new (NULL);
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) unit_names = NULL;
  g_autofree char *title = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_TITLE);
  g_autofree char *category = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_CATEGORY);
  g_autofree char *units = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_UNITS);
  g_autofree char *email = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_CONTACT_EMAIL);
  g_autofree char *received = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_RECEIVED);
  g_autofree char *summary = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_SUMMARY);
  g_autofree char *team = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_TEAM);
  g_autofree char *by = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_NOMINATED_BY);
  g_autofree char *klass = dup_cell (self, field_columns, row,
                                     PJ_IMPORT_FIELD_INNOVATION_CLASS);
  g_autofree char *strategies = dup_cell (self, field_columns, row,
                                          PJ_IMPORT_FIELD_SUBSTRATEGIES);
  g_autofree char *title_key = NULL;
  guint n_columns = pj_csv_table_get_n_columns (self->table);
  guint n_fields = pj_csv_table_get_n_fields (self->table, row);
  glong summary_length;

  result->line = pj_csv_table_get_line (self->table, row);
  result->title = g_strdup (title);
  result->category = g_strdup (category);

  /* The shape of the row */
  if (n_fields < n_columns)
    add_reasonf (reasons, _("This row has %u fields; the header has %u."), n_fields, n_columns);
  else if (n_fields > n_columns)
    {
      gboolean extra = FALSE;

      /* Excel pads short rows with empty fields up to the widest row. */
      for (guint f = n_columns; f < n_fields && !extra; f++)
        extra = *pj_csv_table_get_cell (self->table, row, f) != '\0';
      if (extra)
        add_reasonf (reasons, _("This row has %u fields; the header has %u."),
                     n_fields, n_columns);
    }

  /* Title */
  if (field_columns[PJ_IMPORT_FIELD_TITLE] < 0)
    add_reason (reasons, _("No column gives the title: map one to Title."));
  else if (*title == '\0')
    add_reason (reasons, _("The title is missing."));
  pj_nomination_set_title (n, title);

  /* Category */
  if (*category != '\0')
    {
      g_autofree char *key = name_key (category);
      gint64 *id = g_hash_table_lookup (c->categories, key);

      if (id != NULL)
        pj_nomination_set_category_id (n, *id);
      else if (c->category_list->len > 0)
        add_reasonf (reasons, _("Unknown category “%s”; the edition has %s."), category,
                     c->category_list->str);
      else
        add_reasonf (reasons, _("Unknown category “%s”; the edition has no categories."),
                     category);
    }

  /* Units */
  if (*units != '\0')
    {
      g_autofree char *whole = name_key (units);

      if (g_hash_table_contains (c->units, whole))
        {
          unit_names = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (unit_names, g_strdup (units));
        }
      else
        unit_names = split_list (units, FALSE);
    }
  for (guint u = 0; unit_names != NULL && u < unit_names->len; u++)
    {
      const char *name = g_ptr_array_index (unit_names, u);
      g_autofree char *key = name_key (name);
      gint64 *id = g_hash_table_lookup (c->units, key);
      gboolean seen = FALSE;
      gint64 ref;

      if (u > 0)
        g_string_append (unit_text, "; ");
      g_string_append (unit_text, name);

      if (id != NULL)
        ref = *id;
      else
        {
          guint index = GPOINTER_TO_UINT (g_hash_table_lookup (c->missing, key));

          if (index == 0)
            {
              g_ptr_array_add (self->missing_units, g_strdup (name));
              index = self->missing_units->len;
              g_hash_table_insert (c->missing, g_strdup (key), GUINT_TO_POINTER (index));
            }
          ref = PJ_IMPORT_NEW_UNIT_ID (index - 1);
          if (!self->create_units)
            add_reasonf (reasons, _("Unknown unit “%s”."), name);
        }

      for (guint i = 0; i < refs->len && !seen; i++)
        seen = g_array_index (refs, gint64, i) == ref;
      if (!seen)
        g_array_append_val (refs, ref);
    }
  result->units = g_strdup (unit_text->str);

  /* Team */
  if (*team != '\0')
    {
      g_autoptr(GPtrArray) members = split_list (team, TRUE);

      for (guint i = 0; i < members->len; i++)
        {
          g_autofree char *name = NULL;
          g_autofree char *role = NULL;

          split_parenthesis (g_ptr_array_index (members, i), &name, &role);
          if (*name == '\0')
            add_reasonf (reasons, _("A team member has no name: “%s”."),
                         (const char *) g_ptr_array_index (members, i));
          else
            pj_nomination_add_team_member (n, name, role);
        }
    }

  /* People */
  pj_nomination_set_contact_name (n, field_cell (self, field_columns, row,
                                                 PJ_IMPORT_FIELD_CONTACT_NAME));
  if (*email != '\0')
    {
      g_autofree char *problem = pj_validate_email (email);

      if (problem != NULL)
        add_reasonf (reasons, _("Bad email address “%s”."), email);
    }
  pj_nomination_set_contact_email (n, email);
  pj_nomination_set_contact_phone (n, field_cell (self, field_columns, row,
                                                  PJ_IMPORT_FIELD_CONTACT_PHONE));
  if (*by != '\0')
    {
      g_autofree char *name = NULL;
      g_autofree char *unit = NULL;

      split_parenthesis (by, &name, &unit);
      pj_nomination_set_nominated_by (n, name);
      pj_nomination_set_nominated_by_unit (n, unit);
    }

  if (*received != '\0')
    {
      g_autofree char *date = parse_received (received);

      if (date == NULL)
        add_reasonf (reasons,
                     _("Bad date “%s”: write dates as year-month-day, for example "
                       "2026-03-01."), received);
      pj_nomination_set_received (n, date);
    }

  /* Texts */
  summary_length = g_utf8_strlen (summary, -1);
  if (summary_length > PJ_NOMINATION_SUMMARY_MAX)
    add_reasonf (reasons, _("The summary has %ld characters; at most %d are allowed."),
                 summary_length, PJ_NOMINATION_SUMMARY_MAX);
  pj_nomination_set_summary (n, summary);
  {
    g_autofree char *what_is_new = dup_cell (self, field_columns, row,
                                             PJ_IMPORT_FIELD_WHAT_IS_NEW);
    g_autofree char *value = dup_cell (self, field_columns, row,
                                       PJ_IMPORT_FIELD_VALUE_CREATED);
    g_autofree char *results = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_RESULTS);
    g_autofree char *implementation = dup_cell (self, field_columns, row,
                                                PJ_IMPORT_FIELD_IMPLEMENTATION);
    g_autofree char *spread = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_SPREAD);
    g_autofree char *partners = dup_cell (self, field_columns, row, PJ_IMPORT_FIELD_PARTNERS);

    pj_nomination_set_what_is_new (n, what_is_new);
    pj_nomination_set_value_created (n, value);
    pj_nomination_set_results (n, results);
    pj_nomination_set_implementation (n, implementation);
    pj_nomination_set_spread (n, spread);
    pj_nomination_set_partners (n, partners);
  }

  /* Context */
  if (*strategies != '\0')
    {
      g_autoptr(GPtrArray) names = NULL;
      guint mask = 0;

      /* No sub-strategy has a comma in its name: commas always separate. */
      g_strdelimit (strategies, ",", ';');
      names = split_list (strategies, FALSE);

      for (guint i = 0; i < names->len; i++)
        {
          PjSubstrategy s;

          if (parse_substrategy (g_ptr_array_index (names, i), &s))
            mask |= PJ_SUBSTRATEGY_BIT (s);
          else
            add_reasonf (reasons, _("Unknown sub-strategy “%s”."),
                         (const char *) g_ptr_array_index (names, i));
        }
      pj_nomination_set_substrategies (n, mask);
    }
  if (*klass != '\0')
    {
      PjInnovationClass value = PJ_CLASS_NONE;

      if (parse_class (klass, &value))
        pj_nomination_set_class_claimed (n, value);
      else
        add_reasonf (reasons,
                     _("Unknown innovation class “%s”: use Innovation, Förbättring or "
                       "Gott exempel."), klass);
    }

  /* Anything else the nomination itself refuses */
  if (reasons->len == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!pj_nomination_validate (n, &error))
        add_reason (reasons, error->message);
    }

  if (reasons->len > 0)
    {
      result->status = PJ_IMPORT_ROW_ERROR;
      result->reason = g_string_free (g_steal_pointer (&reasons), FALSE);
      return g_steal_pointer (&result);
    }

  /* Duplicates: of the edition, then of earlier rows */
  title_key = name_key (title);
  {
    g_autofree char *duplicate_of = NULL;
    guint duplicate_line = 0;

    for (guint i = 0; i < MAX (refs->len, 1) && duplicate_of == NULL && duplicate_line == 0;
         i++)
      {
        gint64 ref = refs->len > 0 ? g_array_index (refs, gint64, i) : 0;
        g_autofree char *key = duplicate_key (title_key, ref);
        const char *existing = ref >= 0 ? g_hash_table_lookup (c->existing, key) : NULL;

        if (existing != NULL)
          duplicate_of = g_strdup (existing);
        else
          duplicate_line = GPOINTER_TO_UINT (g_hash_table_lookup (c->earlier, key));
      }

    if (duplicate_of != NULL)
      {
        result->status = PJ_IMPORT_ROW_DUPLICATE;
        result->reason = g_strdup_printf (_("The edition already has “%s” from the same unit."),
                                          duplicate_of);
        return g_steal_pointer (&result);
      }
    if (duplicate_line != 0)
      {
        result->status = PJ_IMPORT_ROW_DUPLICATE;
        result->reason = g_strdup_printf (_("Same title and unit as line %u."),
                                          duplicate_line);
        return g_steal_pointer (&result);
      }
  }

  for (guint i = 0; i < MAX (refs->len, 1); i++)
    {
      gint64 ref = refs->len > 0 ? g_array_index (refs, gint64, i) : 0;

      g_hash_table_insert (c->earlier, duplicate_key (title_key, ref),
                           GUINT_TO_POINTER (result->line));
    }

  result->status = PJ_IMPORT_ROW_WILL_IMPORT;
  result->reason = g_strdup ("");
  result->nomination = g_steal_pointer (&n);
  result->unit_refs = g_steal_pointer (&refs);
  return g_steal_pointer (&result);
}

gboolean
pj_import_plan_check (PjImportPlan  *self,
                      PjWorkspace   *ws,
                      gint64         edition_id,
                      GError       **error)
{
  g_auto(CheckContext) c = { NULL, };
  g_autoptr(GPtrArray) rows = NULL;
  int field_columns[PJ_N_IMPORT_FIELDS];
  guint n_rows;

  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (!self->applied, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!load_context (self, ws, edition_id, &c, error))
    return FALSE;

  for (guint f = 0; f < PJ_N_IMPORT_FIELDS; f++)
    field_columns[f] = -1;
  for (guint col = 0; col < pj_csv_table_get_n_columns (self->table); col++)
    if (self->column_fields[col] != PJ_IMPORT_FIELD_NONE)
      field_columns[self->column_fields[col]] = (int) col;

  g_ptr_array_set_size (self->missing_units, 0);
  memset (self->counts, 0, sizeof self->counts);

  n_rows = pj_csv_table_get_n_rows (self->table);
  rows = g_ptr_array_new_full (n_rows, g_object_unref);
  for (guint r = 0; r < n_rows; r++)
    {
      PjImportRow *row = check_row (self, &c, field_columns, r);

      self->counts[row->status]++;
      g_ptr_array_add (rows, row);
    }

  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);

  g_free (self->workspace_path);
  self->workspace_path = g_strdup (pj_workspace_get_path (ws));
  self->edition_id = edition_id;
  self->checked = TRUE;
  return TRUE;
}

GListModel *
pj_import_plan_get_rows (PjImportPlan *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), NULL);
  return G_LIST_MODEL (self->rows);
}

guint
pj_import_plan_count (PjImportPlan      *self,
                      PjImportRowStatus  status)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), 0);
  g_return_val_if_fail (status < PJ_N_IMPORT_ROW_STATUSES, 0);
  return self->counts[status];
}

const char * const *
pj_import_plan_get_missing_units (PjImportPlan *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), NULL);

  /* An array that never held anything has no storage at all. */
  if (self->missing_units->pdata == NULL)
    return none;
  return (const char * const *) self->missing_units->pdata;
}

/* Applying ---------------------------------------------------------------- */

void
pj_import_plan_set_progress_func (PjImportPlan         *self,
                                  guint                 every,
                                  PjImportProgressFunc  func,
                                  gpointer              user_data,
                                  GDestroyNotify        destroy)
{
  g_return_if_fail (PJ_IS_IMPORT_PLAN (self));

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  self->progress_every = every;
  self->progress_func = func;
  self->progress_data = user_data;
  self->progress_destroy = destroy;
}

static gboolean
apply_internal (PjImportPlan          *self,
                PjWorkspace           *ws,
                PjImportProgressFunc   progress,
                gpointer               progress_data,
                GCancellable          *cancellable,
                GError               **error)
{
  g_autoptr(GPtrArray) nominations = g_ptr_array_new ();
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) new_units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autofree int *new_index = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "import-%Y%m%d-%H%M%S");
  g_autofree char *backup = NULL;
  g_autofree char *audit_text = NULL;
  GListModel *rows = G_LIST_MODEL (self->rows);
  guint n_missing = self->missing_units->len;
  guint skipped;
  int failed = -1;

  if (self->applied)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_FAILED,
                           _("This file has been imported already."));
      return FALSE;
    }
  if (!self->checked)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_FAILED,
                           _("The import has changed since it was checked; check it again."));
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* The units needed by importable rows, in the order first named. */
  new_index = g_new (int, MAX (n_missing, 1));
  for (guint i = 0; i < n_missing; i++)
    new_index[i] = -1;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PjImportRow) row = g_list_model_get_item (rows, i);
      GArray *row_refs;

      if (row->status != PJ_IMPORT_ROW_WILL_IMPORT)
        continue;

      row_refs = g_array_copy (row->unit_refs);
      for (guint u = 0; u < row_refs->len; u++)
        {
          gint64 *ref = &g_array_index (row_refs, gint64, u);

          if (*ref < 0)
            {
              guint missing = (guint) (-1 - *ref);

              g_assert (missing < n_missing);
              if (new_index[missing] < 0)
                {
                  PjUnit *unit = pj_unit_new ();
                  const char *name = g_ptr_array_index (self->missing_units, missing);

                  pj_unit_set_name (unit, name);
                  pj_unit_set_unit_type (unit, guess_unit_type (name));
                  new_index[missing] = (int) new_units->len;
                  g_ptr_array_add (new_units, unit);
                }
              *ref = PJ_IMPORT_NEW_UNIT_ID (new_index[missing]);
            }
        }

      g_ptr_array_add (nominations, row->nomination);
      g_ptr_array_add (refs, row_refs);
      g_ptr_array_add (lines, GUINT_TO_POINTER (row->line));
    }

  skipped = g_list_model_get_n_items (rows) - nominations->len;
  /* Stable text for the audit log, not translated. */
  audit_text = g_strdup_printf ("%s: %u imported, %u skipped, %u units created",
                                self->file_name, nominations->len, skipped, new_units->len);

  if (!pj_workspace_backup (ws, stamp, &backup, error))
    {
      g_prefix_error (error, _("Nothing was imported: "));
      return FALSE;
    }

  if (!pj_store_import_nominations (ws, self->edition_id, new_units, nominations, refs,
                                    audit_text, self->progress_every, progress, progress_data,
                                    &failed, error))
    {
      if (failed >= 0)
        g_prefix_error (error, _("Line %u: "),
                        GPOINTER_TO_UINT (g_ptr_array_index (lines, failed)));
      g_prefix_error (error, _("Nothing was imported. "));
      return FALSE;
    }

  self->applied = TRUE;
  self->n_imported = nominations->len;
  self->n_units_created = new_units->len;
  g_free (self->backup_path);
  self->backup_path = g_steal_pointer (&backup);
  return TRUE;
}

gboolean
pj_import_plan_apply (PjImportPlan  *self,
                      PjWorkspace   *ws,
                      GError       **error)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return apply_internal (self, ws, self->progress_func, self->progress_data, NULL, error);
}

typedef struct
{
  PjWorkspace *ws;      /* the caller's, used in the main thread only */
  char        *path;
  char        *user;
} ApplyData;

static void
apply_data_free (ApplyData *data)
{
  g_clear_object (&data->ws);
  g_free (data->path);
  g_free (data->user);
  g_free (data);
}

typedef struct
{
  PjImportPlan *plan;
  guint         done;
  guint         total;
} ProgressCall;

static void
progress_call_free (ProgressCall *call)
{
  g_object_unref (call->plan);
  g_free (call);
}

static gboolean
progress_call_cb (gpointer user_data)
{
  ProgressCall *call = user_data;

  if (call->plan->progress_func != NULL)
    call->plan->progress_func (call->done, call->total, call->plan->progress_data);
  return G_SOURCE_REMOVE;
}

/* In the worker thread: passes the progress to the caller's context. */
static void
progress_in_thread (guint    done,
                    guint    total,
                    gpointer user_data)
{
  GTask *task = user_data;
  ProgressCall *call = g_new (ProgressCall, 1);

  call->plan = g_object_ref (g_task_get_source_object (task));
  call->done = done;
  call->total = total;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              progress_call_cb, call, (GDestroyNotify) progress_call_free);
}

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PjImportPlan *self = source_object;
  ApplyData *data = task_data;
  g_autoptr(PjWorkspace) own = NULL;
  GError *error = NULL;

  /* A connection of this thread's own: SQLite connections are not shared
   * between threads here. */
  own = pj_workspace_open (data->path, PJ_WORKSPACE_OPEN_DEFAULT, &error);
  if (own == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  pj_workspace_set_user (own, data->user);

  if (!apply_internal (self, own, self->progress_func != NULL ? progress_in_thread : NULL,
                       task, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
apply_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  PjImportPlan *self = PJ_IMPORT_PLAN (object);
  g_autoptr(GTask) outer = user_data;
  ApplyData *data = g_task_get_task_data (outer);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  /* The other connection's commit: reload what shows it, here. */
  pj_workspace_poll_outside_changes (data->ws);
  if (self->n_units_created > 0)
    pj_workspace_emit_changed (data->ws, "unit");
  pj_workspace_emit_changed (data->ws, "nomination");
  g_task_return_boolean (outer, TRUE);
}

void
pj_import_plan_apply_async (PjImportPlan        *self,
                            PjWorkspace         *ws,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  ApplyData *data;

  g_return_if_fail (PJ_IS_IMPORT_PLAN (self));
  g_return_if_fail (PJ_IS_WORKSPACE (ws));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ApplyData, 1);
  data->ws = g_object_ref (ws);
  data->path = g_strdup (pj_workspace_get_path (ws));
  data->user = g_strdup (pj_workspace_get_user (ws));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, pj_import_plan_apply_async);
  g_task_set_task_data (outer, data, (GDestroyNotify) apply_data_free);

  /* The outer task, and so @data, lives until apply_done_cb () is done. */
  inner = g_task_new (self, cancellable, apply_done_cb, g_steal_pointer (&outer));
  g_task_set_task_data (inner, data, NULL);
  g_task_run_in_thread (inner, apply_thread);
}

gboolean
pj_import_plan_apply_finish (PjImportPlan  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

guint
pj_import_plan_get_n_imported (PjImportPlan *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), 0);
  return self->n_imported;
}

guint
pj_import_plan_get_n_units_created (PjImportPlan *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), 0);
  return self->n_units_created;
}

const char *
pj_import_plan_get_backup_path (PjImportPlan *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), NULL);
  return self->backup_path;
}

char *
pj_import_plan_dup_summary (PjImportPlan *self)
{
  g_return_val_if_fail (PJ_IS_IMPORT_PLAN (self), NULL);

  if (self->applied)
    {
      guint total = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
      guint skipped = total - self->n_imported;
      g_autofree char *imported_text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u imported", "%u imported",
                                      self->n_imported), self->n_imported);
      g_autofree char *skipped_text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u skipped", "%u skipped", skipped),
                         skipped);

      /* Translators: "23 imported, 2 skipped" */
      return g_strdup_printf (_("%s, %s"), imported_text, skipped_text);
    }
  else
    {
      guint ok = self->counts[PJ_IMPORT_ROW_WILL_IMPORT];
      guint errors = self->counts[PJ_IMPORT_ROW_ERROR];
      guint duplicates = self->counts[PJ_IMPORT_ROW_DUPLICATE];
      g_autofree char *ok_text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u will be imported",
                                      "%u will be imported", ok), ok);
      g_autofree char *error_text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors),
                         errors);
      g_autofree char *duplicate_text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u duplicate", "%u duplicates",
                                      duplicates), duplicates);

      /* Translators: "18 will be imported, 2 errors, 1 duplicate" */
      return g_strdup_printf (_("%s, %s, %s"), ok_text, error_text, duplicate_text);
    }
}
