/* pj-export-csv.c: nominations to CSV for Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-export-csv"

#include "config.h"

#include "pj-export-csv.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pj-csv-write.h"
#include "pj-import.h"
#include "pj-store.h"
#include "pj-store-nomination.h"

/* Swedish on purpose: the header is Swedish whatever the language of the
 * app, and the importer reads these words. */
static const char * const class_words[PJ_N_INNOVATION_CLASSES] = {
  "", "Innovation", "Förbättring", "Gott exempel",
};

static const char * const substrategy_words[PJ_N_SUBSTRATEGIES] = {
  "Styrning", "Verktyg", "Medarbetarnas kunskaper", "Ledarskap",
  "Mötesplatser och samarbeten", "Innovativ upphandling",
};

void
pj_csv_append_cell (GString    *out,
                    const char *value,
                    gboolean    first)
{
  gsize len = value != NULL ? strlen (value) : 0;
  gboolean quote;

  if (!first)
    g_string_append_c (out, ';');
  if (len == 0)
    return;

  quote = strpbrk (value, ";\"\r\n") != NULL ||
          g_ascii_isspace (value[0]) || g_ascii_isspace (value[len - 1]);
  if (!quote)
    {
      g_string_append_len (out, value, len);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append (out, "\"\"");
      else if (*p == '\r')
        {
          /* CRLF or a lone CR inside a text: one line break, as Excel
           * writes it inside a cell. */
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
dup_with_detail (const char *name,
                 const char *detail)
{
  if (detail == NULL || *detail == '\0')
    return g_strdup (name);
  return g_strdup_printf ("%s (%s)", name, detail);
}

GBytes *
pj_export_nominations_csv_bytes (PjWorkspace   *ws,
                                 gint64         edition_id,
                                 guint         *n_nominations,
                                 GError       **error)
{
  g_autoptr(PjEdition) edition = NULL;
  g_autoptr(GListModel) nominations = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) unit_names = NULL;
  g_autoptr(GString) out = g_string_new ("\xef\xbb\xbf");
  guint n;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  edition = pj_store_get_edition (ws, edition_id, error);
  if (edition == NULL)
    return NULL;
  nominations = pj_store_list_nominations (ws, edition_id, error);
  if (nominations == NULL)
    return NULL;
  units = pj_store_list_units (ws, error);
  if (units == NULL)
    return NULL;

  unit_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PjUnit) unit = g_list_model_get_item (units, i);
      gint64 id = pj_unit_get_id (unit);

      g_hash_table_insert (unit_names, g_memdup2 (&id, sizeof id),
                           g_strdup (pj_unit_get_name (unit)));
    }

  for (int f = 0; f < PJ_N_IMPORT_FIELDS; f++)
    pj_csv_append_cell (out, pj_import_field_get_headers (f)[0], f == 0);
  g_string_append (out, "\r\n");

  n = g_list_model_get_n_items (nominations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjNomination) nom = g_list_model_get_item (nominations, i);
      g_autoptr(GString) list = g_string_new (NULL);
      GListModel *team = pj_nomination_get_team (nom);
      const gint64 *ids;
      guint n_ids;

      for (int f = 0; f < PJ_N_IMPORT_FIELDS; f++)
        {
          g_autofree char *owned = NULL;
          const char *value = "";

          g_string_truncate (list, 0);
          switch ((PjImportField) f)
            {
            case PJ_IMPORT_FIELD_TITLE:
              value = pj_nomination_get_title (nom);
              break;
            case PJ_IMPORT_FIELD_CATEGORY:
              value = pj_nomination_get_category_name (nom);
              break;
            case PJ_IMPORT_FIELD_UNITS:
              ids = pj_nomination_get_unit_ids (nom, &n_ids);
              for (guint u = 0; u < n_ids; u++)
                {
                  const char *name = g_hash_table_lookup (unit_names, &ids[u]);

                  if (u > 0)
                    g_string_append (list, "; ");
                  g_string_append (list, name != NULL ? name : "");
                }
              value = list->str;
              break;
            case PJ_IMPORT_FIELD_TEAM:
              for (guint m = 0; m < g_list_model_get_n_items (team); m++)
                {
                  g_autoptr(PjTeamMember) member = g_list_model_get_item (team, m);
                  g_autofree char *text = dup_with_detail (pj_team_member_get_name (member),
                                                           pj_team_member_get_role (member));

                  if (m > 0)
                    g_string_append (list, "; ");
                  g_string_append (list, text);
                }
              value = list->str;
              break;
            case PJ_IMPORT_FIELD_CONTACT_NAME:
              value = pj_nomination_get_contact_name (nom);
              break;
            case PJ_IMPORT_FIELD_CONTACT_EMAIL:
              value = pj_nomination_get_contact_email (nom);
              break;
            case PJ_IMPORT_FIELD_CONTACT_PHONE:
              value = pj_nomination_get_contact_phone (nom);
              break;
            case PJ_IMPORT_FIELD_NOMINATED_BY:
              value = owned = dup_with_detail (pj_nomination_get_nominated_by (nom),
                                               pj_nomination_get_nominated_by_unit (nom));
              break;
            case PJ_IMPORT_FIELD_RECEIVED:
              value = pj_nomination_get_received (nom);
              break;
            case PJ_IMPORT_FIELD_SUMMARY:
              value = pj_nomination_get_summary (nom);
              break;
            case PJ_IMPORT_FIELD_WHAT_IS_NEW:
              value = pj_nomination_get_what_is_new (nom);
              break;
            case PJ_IMPORT_FIELD_VALUE_CREATED:
              value = pj_nomination_get_value_created (nom);
              break;
            case PJ_IMPORT_FIELD_RESULTS:
              value = pj_nomination_get_results (nom);
              break;
            case PJ_IMPORT_FIELD_IMPLEMENTATION:
              value = pj_nomination_get_implementation (nom);
              break;
            case PJ_IMPORT_FIELD_SPREAD:
              value = pj_nomination_get_spread (nom);
              break;
            case PJ_IMPORT_FIELD_PARTNERS:
              value = pj_nomination_get_partners (nom);
              break;
            case PJ_IMPORT_FIELD_SUBSTRATEGIES:
              for (guint s = 0; s < PJ_N_SUBSTRATEGIES; s++)
                if (pj_nomination_has_substrategy (nom, s))
                  {
                    if (list->len > 0)
                      g_string_append (list, "; ");
                    g_string_append (list, substrategy_words[s]);
                  }
              value = list->str;
              break;
            case PJ_IMPORT_FIELD_INNOVATION_CLASS:
              value = class_words[pj_nomination_get_class_claimed (nom)];
              break;
            case PJ_IMPORT_FIELD_NONE:
            default:
              g_assert_not_reached ();
            }
          pj_csv_append_cell (out, value, f == 0);
        }
      g_string_append (out, "\r\n");
    }

  if (n_nominations != NULL)
    *n_nominations = n;
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

gboolean
pj_export_nominations_csv (PjWorkspace   *ws,
                           gint64         edition_id,
                           GFile         *file,
                           guint         *n_nominations,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len;
  const char *data;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = pj_export_nominations_csv_bytes (ws, edition_id, n_nominations, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  /* g_file_replace_contents writes a temporary file and renames it. */
  if (!g_file_replace_contents (file, data, len, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                cancellable, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"), name,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}
