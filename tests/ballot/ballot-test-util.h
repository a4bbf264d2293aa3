/* ballot-test-util.h: what the ballot tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workspace with the example awards, its edition in scoring and a juror
 * with nominations and a conflict; signing a ballot the way pj-ballot.h
 * documents it, independently of the code under test; and a dump of every
 * table, to check that a rejected file changed nothing.
 */
#pragma once

#include <string.h>

#include <glib/gstdio.h>
#include <libxml/c14n.h>
#include <libxml/tree.h>
#include <sqlite3.h>

#include "pj-ballot.h"
#include "pj-conflict.h"
#include "pj-demo.h"
#include "pj-store.h"
#include "pj-store-assignment.h"
#include "pj-store-scoring.h"
#include "pj-xml.h"

typedef struct
{
  char        *dir;
  char        *path;
  PjWorkspace *ws;
  gint64       edition_id;
  gint64       juror_id;          /* with nominations and a conflict */
  gint64       other_juror_id;    /* another juror of the edition */
  gint64       conflicted_id;     /* a nomination the juror has a conflict with */
} Fixture;

static inline void
fixture_set_up (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) editions = NULL;
  g_autoptr(GListModel) jurors = NULL;

  f->dir = g_dir_make_tmp ("pj-ballot-test-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "workspace.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, "Test");
  pj_demo_load_examples (f->ws, &error);
  g_assert_no_error (error);

  editions = pj_store_list_editions (f->ws, PJ_NO_ID, &error);
  g_assert_no_error (error);
  f->edition_id = PJ_NO_ID;
  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(PjEdition) e = g_list_model_get_item (editions, i);

      if (pj_edition_get_phase (e) == PJ_PHASE_SCORING)
        f->edition_id = pj_edition_get_id (e);
    }
  g_assert_cmpint (f->edition_id, !=, PJ_NO_ID);

  /* A juror with at least two unfinished nominations and a conflict. */
  jurors = pj_store_list_jurors (f->ws, f->edition_id, &error);
  g_assert_no_error (error);
  f->juror_id = f->other_juror_id = f->conflicted_id = PJ_NO_ID;
  for (guint i = 0; i < g_list_model_get_n_items (jurors); i++)
    {
      g_autoptr(PjJuror) j = g_list_model_get_item (jurors, i);
      g_autoptr(GListModel) queue = pj_store_list_juror_queue (f->ws, pj_juror_get_id (j), NULL);
      g_autoptr(GListModel) conflicts = pj_store_list_juror_conflicts (f->ws,
                                                                       pj_juror_get_id (j),
                                                                       NULL);
      gint64 conflicted = PJ_NO_ID;
      guint open = 0;

      for (guint k = 0; queue != NULL && k < g_list_model_get_n_items (queue); k++)
        {
          g_autoptr(PjQueueItem) item = g_list_model_get_item (queue, k);

          if (!pj_queue_item_is_done (item))
            open++;
        }

      for (guint k = 0; conflicts != NULL && k < g_list_model_get_n_items (conflicts); k++)
        {
          g_autoptr(PjConflict) c = g_list_model_get_item (conflicts, k);

          if (!pj_conflict_get_lifted (c))
            conflicted = pj_conflict_get_nomination_id (c);
        }
      if (f->juror_id == PJ_NO_ID && conflicted != PJ_NO_ID && open >= 2)
        {
          f->juror_id = pj_juror_get_id (j);
          f->conflicted_id = conflicted;
        }
      else if (f->other_juror_id == PJ_NO_ID)
        f->other_juror_id = pj_juror_get_id (j);
    }
  g_assert_cmpint (f->juror_id, !=, PJ_NO_ID);
  g_assert_cmpint (f->other_juror_id, !=, PJ_NO_ID);
}

static inline void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

static inline void
fixture_tear_down (Fixture *f)
{
  g_clear_object (&f->ws);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static inline char *
hex_of (const guint8 *bytes,
        gsize         len)
{
  GString *s = g_string_new (NULL);

  for (gsize i = 0; i < len; i++)
    g_string_append_printf (s, "%02x", bytes[i]);
  return g_string_free (s, FALSE);
}

/* Signs @data as pj-ballot.h defines it: HMAC-SHA256 with @key over the
 * Canonical XML 1.0 (no comments) of the document without the root's key
 * and signature attributes; returns the document with signature="…" and
 * no key, serialised. */
static inline char *
sign_ballot_text (const char   *data,
                  const guint8 *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = pj_xml_parse (data, strlen (data), "sign", &error);
  g_autoptr(GHmac) hmac = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *hex = NULL;
  xmlChar *text = NULL;
  guint8 mac[32];
  gsize mac_len = sizeof mac;
  int len;

  g_assert_no_error (error);
  xmlUnsetProp (xmlDocGetRootElement (doc), BAD_CAST "key");
  xmlUnsetProp (xmlDocGetRootElement (doc), BAD_CAST "signature");
  len = xmlC14NDocDumpMemory (doc, NULL, XML_C14N_1_0, NULL, 0, &text);
  g_assert_cmpint (len, >, 0);
  hmac = g_hmac_new (G_CHECKSUM_SHA256, key, 32);
  g_hmac_update (hmac, text, len);
  g_hmac_get_digest (hmac, mac, &mac_len);
  xmlFree (text);
  hex = hex_of (mac, sizeof mac);
  xmlSetProp (xmlDocGetRootElement (doc), BAD_CAST "signature", BAD_CAST hex);
  bytes = pj_xml_serialize (doc, &error);
  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Every row of every table, as text. */
static inline char *
dump_workspace (const char *path)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " ORDER BY name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"",
                                              (char *) g_ptr_array_index (tables, i));

      g_string_append_printf (out, "# %s\n", (char *) g_ptr_array_index (tables, i));
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              if (sqlite3_column_type (stmt, c) == SQLITE_BLOB)
                {
                  g_autofree char *hex = hex_of (sqlite3_column_blob (stmt, c),
                                                 sqlite3_column_bytes (stmt, c));

                  g_string_append_printf (out, "%s|", hex);
                }
              else
                g_string_append_printf (out, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                        ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* The scoring tables only. */
static inline char *
dump_scores (const char *path)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                   "SELECT s.id, s.juror_id, s.nomination_id, s.status, s.overall_comment,"
                   " s.version, group_concat(c.criterion_id || '=' || c.value || ':' || c.comment)"
                   " FROM score_sheet s LEFT JOIN score c ON c.sheet_id = s.id"
                   " GROUP BY s.id ORDER BY s.id", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (out, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* Scores every criterion that applies to the nomination's category in the
 * session, with @value clamped to each scale, and saves (and submits). */
static inline void
score_in_session (PjWorkspace *ws,
                  gint64       edition_id,
                  gint64       juror_id,
                  gint64       nomination_id,
                  gint64       category_id,
                  int          value,
                  gboolean     submit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) criteria = pj_store_list_criteria (ws, edition_id, &error);
  g_autoptr(PjScoreSheet) sheet = pj_store_get_sheet (ws, juror_id, nomination_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(PjCriterion) c = g_list_model_get_item (criteria, i);

      if (!pj_criterion_applies_to (c, category_id))
        continue;
      pj_score_sheet_set_value (sheet, pj_criterion_get_id (c),
                                CLAMP (value, pj_criterion_get_scale_min (c),
                                       pj_criterion_get_scale_max (c)));
      pj_score_sheet_set_comment (sheet, pj_criterion_get_id (c), "Tydlig & <bra> motivering");
    }
  pj_score_sheet_set_overall_comment (sheet, "Sammantaget: 4.5 av 5, “starkt”.");
  if (submit)
    pj_store_submit_sheet (ws, sheet, &error);
  else
    pj_store_save_sheet_draft (ws, sheet, &error);
  g_assert_no_error (error);
}
