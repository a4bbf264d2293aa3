/* pj-workspace.c: open, create and migrate the SQLite file; transactions
 *
 * A workspace is one SQLite file with application_id "PJRY" and the schema
 * version in user_version. Every connection is hardened the same way (WAL,
 * synchronous=FULL, foreign keys, defensive mode, no double-quoted string
 * literals, untrusted schema) before anything else touches it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-workspace"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pj-workspace-private.h"
#include "pj-schema.h"

#define BUSY_TIMEOUT_MS 5000

struct _PjWorkspace
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *user;
  char       *backup_path;
  GHashTable *statements;   /* const char *sql -> sqlite3_stmt * */
  gint64      data_version;
  int         schema_version;
  gboolean    in_transaction;
};

G_DEFINE_FINAL_TYPE (PjWorkspace, pj_workspace, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_USER,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const migration_steps[PJ_WORKSPACE_SCHEMA_VERSION] = {
  PJ_SCHEMA_STEP_1,
  PJ_SCHEMA_STEP_2,
};

static const char sqlite_magic[16] = "SQLite format 3";

/* Helpers */

static char *
default_user (void)
{
  const char *real = g_get_real_name ();

  if (real != NULL && *real != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

static char *
dup_display_name (const char *path)
{
  return g_filename_display_name (path);
}

/* Reads one integer from a PRAGMA or a single-value query. */
static gboolean
query_int (PjWorkspace  *self,
           const char   *sql,
           gint64       *out,
           GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = pj_workspace_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      return TRUE;
    }

  sqlite3_reset (stmt);
  pj_workspace_set_error (self, error, rc, _("Could not read the workspace"));
  return FALSE;
}

static void
finalize_statements (PjWorkspace *self)
{
  GHashTableIter iter;
  gpointer value;

  if (self->statements == NULL)
    return;

  g_hash_table_iter_init (&iter, self->statements);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    sqlite3_finalize (value);
  g_hash_table_remove_all (self->statements);
}

/* The first 16 bytes of a file decide whether it is an SQLite database at
 * all; SQLite itself would only say "file is not a database" later. An
 * empty file is a new database. */
static gboolean
check_file_header (const char  *path,
                   gboolean    *exists,
                   GError     **error)
{
  g_autofree char *display = dup_display_name (path);
  char header[16];
  FILE *f;
  size_t n;

  *exists = FALSE;
  f = g_fopen (path, "rb");
  if (f == NULL)
    {
      int saved = errno;

      if (saved == ENOENT)
        return TRUE;
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                   _("Could not open “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }

  *exists = TRUE;
  n = fread (header, 1, sizeof header, f);
  fclose (f);

  if (n == 0)
    {
      *exists = FALSE;
      return TRUE;
    }

  if (n < sizeof header || memcmp (header, sqlite_magic, sizeof header) != 0)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_A_WORKSPACE,
                   _("“%s” is not a Prisjury workspace."), display);
      return FALSE;
    }

  return TRUE;
}

static gboolean
configure_connection (PjWorkspace  *self,
                      GError      **error)
{
  int enabled = 0;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  if (sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, &enabled) != SQLITE_OK || !enabled)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_FAILED,
                   _("This SQLite cannot protect the workspace (defensive mode is missing)."));
      return FALSE;
    }
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, NULL);

  return TRUE;
}

/* Called once the file is known to be ours (or new): these change the
 * file, so they never run on somebody else's database. */
static gboolean
set_pragmas (PjWorkspace  *self,
             GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 value = 0;
  int rc;

  stmt = pj_workspace_prepare (self, "PRAGMA journal_mode = WAL", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW ||
      g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_ROW)
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                     _("The workspace cannot use write-ahead logging on this file system."));
      else
        pj_workspace_set_error (self, error, rc, _("Could not prepare the workspace"));
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (!pj_workspace_exec (self, "PRAGMA synchronous = FULL", error) ||
      !pj_workspace_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (!query_int (self, "PRAGMA foreign_keys", &value, error))
    return FALSE;
  if (value != 1)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_FAILED,
                   _("This SQLite cannot enforce foreign keys."));
      return FALSE;
    }

  return TRUE;
}

/* Copies the database with SQLite's backup API to "<file>.backup-<suffix>"
 * (or "…-2", "…-3" when that exists) and returns the path written. */
static char *
write_backup (PjWorkspace  *self,
              const char   *suffix,
              GError      **error)
{
  g_autofree char *backup = NULL;
  g_autofree char *display = NULL;
  sqlite3_backup *backup_op;
  sqlite3 *dest = NULL;
  int rc;

  backup = g_strdup_printf ("%s.backup-%s", self->path, suffix);
  for (guint i = 2; g_file_test (backup, G_FILE_TEST_EXISTS); i++)
    {
      g_free (backup);
      backup = g_strdup_printf ("%s.backup-%s-%u", self->path, suffix, i);
    }
  display = dup_display_name (backup);

  rc = sqlite3_open_v2 (backup, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                   _("Could not write the backup “%s”: %s"), display,
                   dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      return NULL;
    }

  backup_op = sqlite3_backup_init (dest, "main", self->db, "main");
  if (backup_op == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                   _("Could not write the backup “%s”: %s"), display, sqlite3_errmsg (dest));
      sqlite3_close (dest);
      g_unlink (backup);
      return NULL;
    }

  rc = sqlite3_backup_step (backup_op, -1);
  sqlite3_backup_finish (backup_op);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                   _("Could not write the backup “%s”: %s"), display, sqlite3_errstr (rc));
      sqlite3_close (dest);
      g_unlink (backup);
      return NULL;
    }

  sqlite3_close (dest);
  g_debug ("Backup of %s written to %s", self->path, backup);
  return g_steal_pointer (&backup);
}

static gboolean
write_migration_backup (PjWorkspace  *self,
                        int           old_version,
                        GError      **error)
{
  g_autofree char *suffix = g_strdup_printf ("v%d", old_version);
  char *backup = write_backup (self, suffix, error);

  if (backup == NULL)
    return FALSE;

  g_free (self->backup_path);
  self->backup_path = backup;
  return TRUE;
}

static gboolean
migrate (PjWorkspace  *self,
         int           from,
         int           to,
         GError      **error)
{
  for (int step = from + 1; step <= to; step++)
    {
      g_autofree char *set_version = NULL;

      if (!pj_workspace_begin (self, error))
        return FALSE;

      if (step == 1)
        {
          g_autofree char *set_app = g_strdup_printf ("PRAGMA application_id = %d",
                                                      PJ_WORKSPACE_APPLICATION_ID);
          if (!pj_workspace_exec (self, set_app, error))
            goto fail;
        }

      if (!pj_workspace_exec (self, migration_steps[step - 1], error))
        goto fail;

      /* user_version is part of the database header, and so of the
       * transaction: a failed step leaves the old number behind. */
      set_version = g_strdup_printf ("PRAGMA user_version = %d", step);
      if (!pj_workspace_exec (self, set_version, error))
        goto fail;

      if (!pj_workspace_commit (self, error))
        goto fail;

      g_debug ("Migrated %s to schema version %d", self->path, step);
      self->schema_version = step;
      continue;

    fail:
      pj_workspace_rollback (self);
      g_prefix_error (error, _("Could not upgrade the workspace to version %d: "), step);
      return FALSE;
    }

  return TRUE;
}

static PjWorkspace *
open_internal (const char            *path,
               PjWorkspaceOpenFlags   flags,
               int                    target_version,
               GError               **error)
{
  g_autoptr(PjWorkspace) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  gboolean exists = FALSE;
  gint64 app_id = 0;
  gint64 version = 0;
  gint64 n_objects = 0;
  int open_flags;
  int rc;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = dup_display_name (path);

  if (!check_file_header (path, &exists, error))
    return NULL;

  if (!exists && !(flags & PJ_WORKSPACE_OPEN_CREATE))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("There is no workspace at “%s”."), display);
      return NULL;
    }

  if (!exists)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;
          g_autofree char *dir_display = dup_display_name (dir);

          g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                       _("Could not create the folder “%s”: %s"),
                       dir_display, g_strerror (saved));
          return NULL;
        }
    }

  self = g_object_new (PJ_TYPE_WORKSPACE, NULL);
  self->path = g_strdup (path);

  open_flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW;
  if (!exists)
    open_flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not open “%s”: %s"), display,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;

  /* Is it ours? Read only, so a foreign file is never touched. */
  if (!query_int (self, "PRAGMA application_id", &app_id, &local_error) ||
      !query_int (self, "PRAGMA user_version", &version, &local_error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, &local_error))
    {
      if (g_error_matches (local_error, PJ_ERROR, PJ_ERROR_CORRUPT))
        g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_A_WORKSPACE,
                     _("“%s” is not a Prisjury workspace, or it is damaged."), display);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (app_id != PJ_WORKSPACE_APPLICATION_ID && !(app_id == 0 && version == 0 && n_objects == 0))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_A_WORKSPACE,
                   _("“%s” is an SQLite database, but not a Prisjury workspace."), display);
      return NULL;
    }

  if (version > PJ_WORKSPACE_SCHEMA_VERSION)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Prisjury (workspace version %d; this "
                     "one reads up to %d). Update Prisjury to open it."),
                   display, (int) version, PJ_WORKSPACE_SCHEMA_VERSION);
      return NULL;
    }

  if (!set_pragmas (self, error))
    return NULL;

  self->schema_version = (int) version;

  if (version > 0 && version < target_version &&
      !write_migration_backup (self, (int) version, error))
    return NULL;

  if (!migrate (self, (int) version, target_version, error))
    return NULL;

  if (!query_int (self, "PRAGMA data_version", &self->data_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* GObject */

static void
pj_workspace_finalize (GObject *object)
{
  PjWorkspace *self = (PjWorkspace *) object;

  if (self->in_transaction)
    pj_workspace_rollback (self);

  finalize_statements (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      int rc = sqlite3_close (self->db);

      if (rc != SQLITE_OK)
        g_warning ("Closing %s: %s", self->path, sqlite3_errstr (rc));
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->user, g_free);
  g_clear_pointer (&self->backup_path, g_free);

  G_OBJECT_CLASS (pj_workspace_parent_class)->finalize (object);
}

static void
pj_workspace_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PjWorkspace *self = PJ_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_USER:
      g_value_set_string (value, self->user);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_workspace_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PjWorkspace *self = PJ_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_USER:
      pj_workspace_set_user (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_workspace_class_init (PjWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pj_workspace_finalize;
  object_class->get_property = pj_workspace_get_property;
  object_class->set_property = pj_workspace_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER] =
    g_param_spec_string ("user", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PjWorkspace::changed:
   * @what: what changed: a table name such as "award", or "all"
   *
   * Emitted after a committed change, detailed by @what.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
pj_workspace_init (PjWorkspace *self)
{
  self->statements = g_hash_table_new (g_str_hash, g_str_equal);
  self->user = default_user ();
}

/* Public API */

char *
pj_workspace_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "prisjury", "workspace.prisjury", NULL);
}

PjWorkspace *
pj_workspace_open (const char            *path,
                   PjWorkspaceOpenFlags   flags,
                   GError               **error)
{
  return open_internal (path, flags, PJ_WORKSPACE_SCHEMA_VERSION, error);
}

PjWorkspace *
pj_workspace_open_at_version (const char  *path,
                              int          version,
                              GError     **error)
{
  g_return_val_if_fail (version >= 1 && version <= PJ_WORKSPACE_SCHEMA_VERSION, NULL);

  return open_internal (path, PJ_WORKSPACE_OPEN_CREATE, version, error);
}

const char *
pj_workspace_get_path (PjWorkspace *self)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (self), NULL);

  return self->path;
}

int
pj_workspace_get_schema_version (PjWorkspace *self)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (self), 0);

  return self->schema_version;
}

const char *
pj_workspace_get_backup_path (PjWorkspace *self)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (self), NULL);

  return self->backup_path;
}

const char *
pj_workspace_get_user (PjWorkspace *self)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (self), NULL);

  return self->user;
}

void
pj_workspace_set_user (PjWorkspace *self,
                       const char  *user)
{
  g_autofree char *value = NULL;

  g_return_if_fail (PJ_IS_WORKSPACE (self));

  if (user != NULL)
    value = g_strstrip (g_strdup (user));
  if (value == NULL || *value == '\0')
    {
      g_free (value);
      value = default_user ();
    }

  if (g_strcmp0 (value, self->user) == 0)
    return;

  g_free (self->user);
  self->user = g_steal_pointer (&value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER]);
}

gboolean
pj_workspace_backup (PjWorkspace  *self,
                     const char   *suffix,
                     char        **out_path,
                     GError      **error)
{
  char *backup;

  g_return_val_if_fail (PJ_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (suffix != NULL && *suffix != '\0', FALSE);
  g_return_val_if_fail (strchr (suffix, G_DIR_SEPARATOR) == NULL, FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  backup = write_backup (self, suffix, error);
  if (backup == NULL)
    return FALSE;

  if (out_path != NULL)
    *out_path = backup;
  else
    g_free (backup);
  return TRUE;
}

gboolean
pj_workspace_is_empty (PjWorkspace *self)
{
  g_autoptr(GError) error = NULL;
  gint64 exists = 0;

  g_return_val_if_fail (PJ_IS_WORKSPACE (self), TRUE);

  if (!query_int (self, "SELECT EXISTS (SELECT 1 FROM award)", &exists, &error))
    {
      g_warning ("%s", error->message);
      return FALSE;
    }

  return exists == 0;
}

gboolean
pj_workspace_poll_outside_changes (PjWorkspace *self)
{
  g_autoptr(GError) error = NULL;
  gint64 version = 0;

  g_return_val_if_fail (PJ_IS_WORKSPACE (self), FALSE);

  if (!query_int (self, "PRAGMA data_version", &version, &error))
    {
      g_warning ("%s", error->message);
      return FALSE;
    }

  if (version == self->data_version)
    return FALSE;

  self->data_version = version;
  return TRUE;
}

gboolean
pj_workspace_check (PjWorkspace  *self,
                    GPtrArray   **problems,
                    GError      **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (self), FALSE);

  stmt = pj_workspace_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (found, g_strdup (line));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pj_workspace_set_error (self, error, rc, _("Could not check the workspace"));
      return FALSE;
    }

  stmt = pj_workspace_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* table, rowid, parent table, foreign key index */
      g_ptr_array_add (found,
                       g_strdup_printf (_("Row %lld in “%s” refers to a missing row in “%s”."),
                                        (long long) sqlite3_column_int64 (stmt, 1),
                                        (const char *) sqlite3_column_text (stmt, 0),
                                        (const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      pj_workspace_set_error (self, error, rc, _("Could not check the workspace"));
      return FALSE;
    }

  if (problems != NULL)
    *problems = g_ptr_array_ref (found);

  return found->len == 0;
}

void
pj_workspace_emit_changed (PjWorkspace *self,
                           const char  *what)
{
  g_return_if_fail (PJ_IS_WORKSPACE (self));
  g_return_if_fail (what != NULL);

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (what), what);
}

/* Private API for the store */

sqlite3 *
pj_workspace_get_db (PjWorkspace *self)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (self), NULL);

  return self->db;
}

sqlite3_stmt *
pj_workspace_prepare (PjWorkspace  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pj_workspace_set_error (self, error, rc, _("Could not read the workspace"));
      g_debug ("Failed statement: %s", sql);
      return NULL;
    }

  /* Keys are the callers' static strings; copying would make every
   * dynamic caller leak into the cache, so only static SQL is cached. */
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
pj_workspace_exec (PjWorkspace  *self,
                   const char   *sql,
                   GError      **error)
{
  char *message = NULL;
  int rc;

  g_return_val_if_fail (PJ_IS_WORKSPACE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    {
      g_debug ("exec failed (%s): %.60s…", message != NULL ? message : "", sql);
      sqlite3_free (message);
      pj_workspace_set_error (self, error, rc, _("Could not change the workspace"));
      return FALSE;
    }

  return TRUE;
}

gboolean
pj_workspace_begin (PjWorkspace  *self,
                    GError      **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (!self->in_transaction, FALSE);

  if (!pj_workspace_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_transaction = TRUE;
  return TRUE;
}

gboolean
pj_workspace_commit (PjWorkspace  *self,
                     GError      **error)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (self->in_transaction, FALSE);

  if (!pj_workspace_exec (self, "COMMIT", error))
    return FALSE;

  self->in_transaction = FALSE;
  return TRUE;
}

void
pj_workspace_rollback (PjWorkspace *self)
{
  g_return_if_fail (PJ_IS_WORKSPACE (self));

  if (!self->in_transaction)
    return;

  /* A failed statement may already have rolled back (e.g. SQLITE_FULL). */
  if (!sqlite3_get_autocommit (self->db))
    {
      int rc = sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

      if (rc != SQLITE_OK)
        g_warning ("Rollback of %s failed: %s", self->path, sqlite3_errstr (rc));
    }
  self->in_transaction = FALSE;
}

gboolean
pj_workspace_in_transaction (PjWorkspace *self)
{
  g_return_val_if_fail (PJ_IS_WORKSPACE (self), FALSE);

  return self->in_transaction;
}

gboolean
pj_workspace_audit (PjWorkspace  *self,
                    const char   *action,
                    const char   *entity,
                    gint64        entity_id,
                    const char   *field,
                    const char   *old_value,
                    const char   *new_value,
                    GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PJ_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (self->in_transaction, FALSE);
  g_return_val_if_fail (action != NULL && entity != NULL, FALSE);

  stmt = pj_workspace_prepare (self,
                               "INSERT INTO audit (at, who, action, entity, entity_id, field,"
                               " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               error);
  if (stmt == NULL)
    return FALSE;

  pj_stmt_bind_text (stmt, 1, at);
  pj_stmt_bind_text (stmt, 2, self->user);
  pj_stmt_bind_text (stmt, 3, action);
  pj_stmt_bind_text (stmt, 4, entity);
  if (entity_id != PJ_NO_ID)
    sqlite3_bind_int64 (stmt, 5, entity_id);
  pj_stmt_bind_text (stmt, 6, field);
  pj_stmt_bind_text (stmt, 7, old_value);
  pj_stmt_bind_text (stmt, 8, new_value);

  return pj_workspace_step_done (self, stmt, _("Could not write the audit log"), error);
}

void
pj_workspace_set_error (PjWorkspace  *self,
                        GError      **error,
                        int           rc,
                        const char   *what)
{
  const char *detail;
  PjError code;

  g_return_if_fail (PJ_IS_WORKSPACE (self));

  detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      code = PJ_ERROR_DUPLICATE;
      break;

    case SQLITE_CONSTRAINT_FOREIGNKEY:
      code = PJ_ERROR_IN_USE;
      break;

    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_TRIGGER:
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT:
      code = PJ_ERROR_INVALID;
      break;

    default:
      switch (rc & 0xff)
        {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
          code = PJ_ERROR_BUSY;
          detail = _("another program is writing to the workspace; try again in a moment");
          break;

        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
          code = PJ_ERROR_CORRUPT;
          break;

        case SQLITE_IOERR:
        case SQLITE_FULL:
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
        case SQLITE_PERM:
          code = PJ_ERROR_IO;
          break;

        case SQLITE_CONSTRAINT:
          code = PJ_ERROR_INVALID;
          break;

        default:
          code = PJ_ERROR_FAILED;
        }
    }

  g_set_error (error, PJ_ERROR, code, "%s: %s", what, detail);
}

gboolean
pj_workspace_step_done (PjWorkspace   *self,
                        sqlite3_stmt  *stmt,
                        const char    *what,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  /* Read the message before reset, which keeps it but may change rc. */
  pj_workspace_set_error (self, error,
                          rc == SQLITE_ROW ? SQLITE_MISUSE : sqlite3_extended_errcode (self->db),
                          what);
  sqlite3_reset (stmt);
  return FALSE;
}

char *
pj_stmt_dup_text (sqlite3_stmt *stmt,
                  int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? (const char *) text : "");
}

int
pj_stmt_bind_text (sqlite3_stmt *stmt,
                   int           index,
                   const char   *s)
{
  if (s == NULL)
    return sqlite3_bind_null (stmt, index);
  return sqlite3_bind_text (stmt, index, s, -1, SQLITE_TRANSIENT);
}
