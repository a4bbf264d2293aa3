/* pj-import.h: importing nominations from a CSV table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import is a plan first and a write second. The plan reads the table
 * and the workspace and never writes; the apply writes the plan in one
 * transaction, after a backup of the workspace.
 *
 * Columns are matched to fields by their header, in Swedish or English,
 * compared under pj_csv_normalize_header() and without a trailing "?", ":"
 * or "*" (web forms mark questions and required fields so): "Titel",
 * "TITLE " and "Namn på bidraget?" all give the title. The headers
 * recognised for each field are pj_import_field_get_headers(). A column
 * whose header is not recognised is ignored unless the user maps it.
 *
 * Cells, in short:
 *   units, team, substrategies: several values separated by ";" or line
 *     breaks; when a cell has neither, by ",". A units cell that names one
 *     existing unit as a whole ("Förvaltning X, enhet Y") is that unit.
 *   team: "Name (Role)" or just "Name".
 *   nominated_by: "Name (Unit)" or just "Name".
 *   received: an ISO date, 2026-03-01, optionally with a time as web forms
 *     and Excel write it (2026-03-01 10:00, 2026-03-01T10:00:00Z); the
 *     time is dropped. Day-month orders such as 1/3/2026 or 1.3.2026 are
 *     refused: 1/3 is the 1st of March in Sweden and the 3rd of January in
 *     an American export, and a date read wrongly without a word is worse
 *     than a row to correct.
 *   innovation_class, substrategies: the stored name, the English label
 *     or the Swedish word ("Förbättring", "Innovativ upphandling").
 *   category: a category name of the edition; units: unit names.
 *
 * Each row is then will-import, error (with every reason) or duplicate (the
 * same title, compared case-insensitively with spaces collapsed, and a unit
 * in common with a nomination of the edition or with an earlier row that
 * will be imported; rows without units match rows without units).
 */
#pragma once

#include <gio/gio.h>

#include "pj-types.h"
#include "pj-csv.h"

G_BEGIN_DECLS

typedef enum
{
  PJ_IMPORT_FIELD_NONE = -1,   /* the column is ignored */
  PJ_IMPORT_FIELD_TITLE,
  PJ_IMPORT_FIELD_CATEGORY,
  PJ_IMPORT_FIELD_UNITS,
  PJ_IMPORT_FIELD_TEAM,
  PJ_IMPORT_FIELD_CONTACT_NAME,
  PJ_IMPORT_FIELD_CONTACT_EMAIL,
  PJ_IMPORT_FIELD_CONTACT_PHONE,
  PJ_IMPORT_FIELD_NOMINATED_BY,
  PJ_IMPORT_FIELD_RECEIVED,
  PJ_IMPORT_FIELD_SUMMARY,
  PJ_IMPORT_FIELD_WHAT_IS_NEW,
  PJ_IMPORT_FIELD_VALUE_CREATED,
  PJ_IMPORT_FIELD_RESULTS,
  PJ_IMPORT_FIELD_IMPLEMENTATION,
  PJ_IMPORT_FIELD_SPREAD,
  PJ_IMPORT_FIELD_PARTNERS,
  PJ_IMPORT_FIELD_SUBSTRATEGIES,
  PJ_IMPORT_FIELD_INNOVATION_CLASS,
} PjImportField;
#define PJ_N_IMPORT_FIELDS 18

/* "title", "contact_email", ...: the keys of --map, never translated. */
const char          *pj_import_field_to_key      (PjImportField  field);
gboolean             pj_import_field_from_key    (const char    *key,
                                                  PjImportField *out);
/* Translated, for the preview ("Contact email"). */
const char          *pj_import_field_to_label    (PjImportField  field);
/* The headers recognised for a field, Swedish first; the first is what the
 * export writes. NULL-terminated, static. */
const char * const  *pj_import_field_get_headers (PjImportField  field);
/* The field a header is recognised as, or PJ_IMPORT_FIELD_NONE. */
PjImportField        pj_import_match_header      (const char    *header);

typedef enum
{
  PJ_IMPORT_ROW_WILL_IMPORT,
  PJ_IMPORT_ROW_ERROR,
  PJ_IMPORT_ROW_DUPLICATE,
} PjImportRowStatus;
#define PJ_N_IMPORT_ROW_STATUSES 3

/* "will-import", "error", "duplicate" (stable) and translated labels. */
const char *pj_import_row_status_to_string (PjImportRowStatus status);
const char *pj_import_row_status_to_label  (PjImportRowStatus status);

/* One data row of the file as the plan sees it. */
#define PJ_TYPE_IMPORT_ROW (pj_import_row_get_type ())
G_DECLARE_FINAL_TYPE (PjImportRow, pj_import_row, PJ, IMPORT_ROW, GObject)

guint              pj_import_row_get_line     (PjImportRow *self);
PjImportRowStatus  pj_import_row_get_status   (PjImportRow *self);
/* Every reason, one sentence each, space-separated; "" when importable. */
const char        *pj_import_row_get_reason   (PjImportRow *self);
const char        *pj_import_row_get_title    (PjImportRow *self);
const char        *pj_import_row_get_category (PjImportRow *self);
/* The units as written, "; "-joined. */
const char        *pj_import_row_get_units    (PjImportRow *self);

#define PJ_TYPE_IMPORT_PLAN (pj_import_plan_get_type ())
G_DECLARE_FINAL_TYPE (PjImportPlan, pj_import_plan, PJ, IMPORT_PLAN, GObject)

/* Takes @table; @file_name names the file in messages and the audit log
 * (a display name, not necessarily a path). Columns are matched by header
 * at once; pj_import_plan_check() then looks at the rows. */
PjImportPlan       *pj_import_plan_new                (PjCsvTable     *table,
                                                       const char     *file_name);
const char         *pj_import_plan_get_file_name      (PjImportPlan   *self);
guint               pj_import_plan_get_n_columns      (PjImportPlan   *self);
const char         *pj_import_plan_get_header         (PjImportPlan   *self,
                                                       guint           column);
PjImportField       pj_import_plan_get_column_field   (PjImportPlan   *self,
                                                       guint           column);
/* Maps a column to a field (or PJ_IMPORT_FIELD_NONE). A column that held
 * the field before is unmapped: one field comes from one column. */
void                pj_import_plan_set_column_field   (PjImportPlan   *self,
                                                       guint           column,
                                                       PjImportField   field);
/* "Header=field" as --map takes it; the header is matched as headers are
 * (case and spacing ignored). PJ_ERROR_INVALID naming what is wrong. */
gboolean            pj_import_plan_map                (PjImportPlan   *self,
                                                       const char     *mapping,
                                                       GError        **error);
/* The headers of columns mapped to no field, in file order. */
GStrv               pj_import_plan_dup_unmapped_headers (PjImportPlan *self);

/* Create unknown units (as type förvaltning, stadsdelsförvaltning when the
 * name says so, bolag for names ending in " AB") instead of marking their
 * rows errors. */
void                pj_import_plan_set_create_units   (PjImportPlan   *self,
                                                       gboolean        create_units);
gboolean            pj_import_plan_get_create_units   (PjImportPlan   *self);

/* Classifies every row against the workspace and the edition. Reads only.
 * Call again after changing the mapping or create-units. FALSE when the
 * workspace cannot be read or the edition does not exist. */
gboolean            pj_import_plan_check              (PjImportPlan   *self,
                                                       PjWorkspace    *ws,
                                                       gint64          edition_id,
                                                       GError        **error);
/* The rows (PjImportRow) of the last check, in file order. */
GListModel         *pj_import_plan_get_rows           (PjImportPlan   *self);
guint               pj_import_plan_count              (PjImportPlan   *self,
                                                       PjImportRowStatus status);
/* Units named in the file that the workspace does not have, as first
 * written, in file order; with create-units on, those to be created. */
const char * const *pj_import_plan_get_missing_units  (PjImportPlan   *self);

/* Progress of an apply: @done of the @total nominations are written
 * (within the transaction, so not yet committed). */
typedef void (*PjImportProgressFunc) (guint    done,
                                      guint    total,
                                      gpointer user_data);

/* Calls @func after every @every nominations written by an apply, and after
 * the last one; NULL removes it. pj_import_plan_apply() calls it in the
 * calling thread; pj_import_plan_apply_async() in the thread-default main
 * context of its call. @destroy frees @user_data when the function is
 * replaced or the plan finalized. */
void                pj_import_plan_set_progress_func  (PjImportPlan         *self,
                                                       guint                 every,
                                                       PjImportProgressFunc  func,
                                                       gpointer              user_data,
                                                       GDestroyNotify        destroy);

/* Writes the will-import rows of the last check in one transaction: a
 * backup "<workspace>.backup-import-<time>" first, then the missing units
 * (with create-units on) and the nominations, each audited, and one
 * "import" audit entry naming the file and the counts. All or nothing.
 * The plan must have been checked against this workspace's file. */
gboolean            pj_import_plan_apply              (PjImportPlan   *self,
                                                       PjWorkspace    *ws,
                                                       GError        **error);
/* The same in a worker thread, on a connection of its own to the same
 * file; "changed" is emitted on @ws when it has finished. Do not change
 * the plan meanwhile. */
void                pj_import_plan_apply_async        (PjImportPlan        *self,
                                                       PjWorkspace         *ws,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean            pj_import_plan_apply_finish       (PjImportPlan   *self,
                                                       GAsyncResult   *result,
                                                       GError        **error);

/* After a successful apply: what was written. */
guint               pj_import_plan_get_n_imported     (PjImportPlan   *self);
guint               pj_import_plan_get_n_units_created (PjImportPlan  *self);
const char         *pj_import_plan_get_backup_path    (PjImportPlan   *self);

/* "23 imported, 2 skipped" after an apply, "23 will be imported, 2 will be
 * skipped" before; translated. */
char               *pj_import_plan_dup_summary        (PjImportPlan   *self);

G_END_DECLS
