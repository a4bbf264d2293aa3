/* pj-winners.c: the winners of a decided edition, as XML and CSV
 *
 * Both formats come from one gathered list, so they always agree. The XML
 * is built as a libxml2 tree with every text through pj_xml_clean_text (),
 * serialised, parsed back through pj_xml_parse () and validated against
 * winners.xsd before a byte is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-winners"

#include "config.h"

#include "pj-winners.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pj-csv-write.h"
#include "pj-decision.h"
#include "pj-results.h"
#include "pj-store.h"
#include "pj-store-decision.h"
#include "pj-store-nomination.h"
#include "pj-xml.h"

/* Swedish on purpose, as in the nominations export: the readers are the
 * city's communicators, whatever the language of the app. */
static const char * const class_words[PJ_N_INNOVATION_CLASSES] = {
  "", "Innovation", "Förbättring", "Gott exempel",
};
static const char * const unit_type_words[PJ_N_UNIT_TYPES] = {
  "Förvaltning", "Stadsdelsförvaltning", "Bolag", "Extern utförare",
};
static const char * const placement_words[PJ_N_PLACEMENTS] = {
  "Vinnare", "Hedersomnämnande", "Pristagare",
};
static const char * const csv_headers[] = {
  "Utmärkelse", "År", "Kategori", "Placering", "Ordning", "Nominering", "Enheter",
  "Enhetstyper", "Team", "Motivering", "Sammanfattning", "Innovationsklass", "Resultat",
  "Pris",
};

typedef struct
{
  PjDecision         *decision;
  PjNomination       *nomination;
  guint               position;      /* 1-based among the same kind */
  gboolean            has_result;
  PjNominationResult  result;
} Placement;

typedef struct
{
  const PjResultsCategory *category;
  GArray                  *placements;  /* Placement */
} Category;

typedef struct
{
  PjEdition  *edition;
  PjResults  *results;
  GHashTable *units;       /* id -> PjUnit */
  GArray     *categories;  /* Category */
  guint       n_placements;
} Winners;

static void
placement_clear (gpointer data)
{
  Placement *p = data;

  g_clear_object (&p->decision);
  g_clear_object (&p->nomination);
}

static void
category_clear (gpointer data)
{
  Category *c = data;

  g_clear_pointer (&c->placements, g_array_unref);
}

static void
winners_free (Winners *w)
{
  g_clear_object (&w->edition);
  g_clear_pointer (&w->results, pj_results_unref);
  g_clear_pointer (&w->units, g_hash_table_unref);
  g_clear_pointer (&w->categories, g_array_unref);
  g_free (w);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Winners, winners_free)

static Winners *
gather (PjWorkspace  *ws,
        gint64        edition_id,
        GError      **error)
{
  g_autoptr(Winners) w = g_new0 (Winners, 1);
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GArray) computed = NULL;
  PjPhase phase;

  w->edition = pj_store_get_edition (ws, edition_id, error);
  if (w->edition == NULL)
    return NULL;

  phase = pj_edition_get_phase (w->edition);
  if (phase != PJ_PHASE_DECIDED && phase != PJ_PHASE_PUBLISHED)
    {
      g_autofree char *title = pj_edition_dup_title (w->edition);

      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s is not decided yet (it is in the phase “%s”). Winners can be "
                     "exported once the jury has marked the decisions decided."),
                   title, pj_phase_to_label (phase));
      return NULL;
    }

  w->results = pj_store_load_results (ws, edition_id, error);
  if (w->results == NULL)
    return NULL;
  computed = pj_results_compute (w->results, pj_results_get_method (w->results));

  units = pj_store_list_units (ws, error);
  if (units == NULL)
    return NULL;
  w->units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      PjUnit *unit = g_list_model_get_item (units, i);
      gint64 id = pj_unit_get_id (unit);

      g_hash_table_insert (w->units, g_memdup2 (&id, sizeof id), unit);
    }

  decisions = pj_store_list_decisions (ws, edition_id, error);
  if (decisions == NULL)
    return NULL;

  w->categories = g_array_new (FALSE, TRUE, sizeof (Category));
  g_array_set_clear_func (w->categories, category_clear);
  for (guint c = 0; c < pj_results_get_n_categories (w->results); c++)
    {
      Category category = { pj_results_get_category (w->results, c), NULL };
      guint counts[PJ_N_PLACEMENTS] = { 0, };

      category.placements = g_array_new (FALSE, TRUE, sizeof (Placement));
      g_array_set_clear_func (category.placements, placement_clear);

      /* The list is ordered by category, kind and position already */
      for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
        {
          g_autoptr(PjDecision) d = g_list_model_get_item (decisions, i);
          const PjNominationResult *r;
          Placement p = { 0, };

          if (pj_decision_get_category_id (d) != category.category->id)
            continue;
          p.nomination = pj_store_get_nomination (ws, pj_decision_get_nomination_id (d), error);
          if (p.nomination == NULL)
            {
              g_array_unref (category.placements);
              return NULL;
            }
          p.decision = g_steal_pointer (&d);
          p.position = ++counts[pj_decision_get_placement (p.decision)];
          r = pj_results_lookup (computed, pj_decision_get_nomination_id (p.decision));
          if (r != NULL && r->has_result)
            {
              p.has_result = TRUE;
              p.result = *r;
            }
          g_array_append_val (category.placements, p);
          w->n_placements++;
        }
      g_array_append_val (w->categories, category);
    }

  return g_steal_pointer (&w);
}

/* Text fit for both formats: clean for XML, line breaks as LF. */
static char *
dup_clean (const char *s)
{
  g_autofree char *clean = pj_xml_clean_text (s != NULL ? s : "");
  GString *out = g_string_sized_new (strlen (clean));

  for (const char *p = clean; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s = g_utf8_next_char (s))
    if (!g_unichar_isspace (g_utf8_get_char (s)))
      return FALSE;
  return TRUE;
}

static char *
dup_points (double points)
{
  return pj_results_format_points (points);
}

static char *
dup_int (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static PjInnovationClass
placement_class (Placement *p,
                 gboolean  *assessed)
{
  PjInnovationClass c = pj_nomination_get_class_assessed (p->nomination);

  *assessed = c != PJ_CLASS_NONE;
  return c != PJ_CLASS_NONE ? c : pj_nomination_get_class_claimed (p->nomination);
}

static const char *
placement_prize (Winners  *w,
                 Category *c,
                 Placement *p)
{
  if (pj_decision_get_placement (p->decision) == PJ_PLACEMENT_HONOURABLE_MENTION)
    return NULL;
  return is_blank (c->category->prize) ? NULL : c->category->prize;
}

/* XML --------------------------------------------------------------------- */

static xmlNode *
add_text (xmlNode    *parent,
          xmlNs      *ns,
          const char *name,
          const char *text)
{
  g_autofree char *clean = dup_clean (text);

  /* xmlNewTextChild escapes the content */
  return xmlNewTextChild (parent, ns, (const xmlChar *) name, (const xmlChar *) clean);
}

static void
set_attr (xmlNode    *node,
          const char *name,
          const char *value)
{
  g_autofree char *clean = dup_clean (value);

  xmlNewProp (node, (const xmlChar *) name, (const xmlChar *) clean);
}

static void
take_attr (xmlNode    *node,
           const char *name,
           char       *value)
{
  set_attr (node, name, value);
  g_free (value);
}

static void
add_placement (Winners   *w,
               Category  *c,
               Placement *p,
               xmlNode   *parent,
               xmlNs     *ns)
{
  xmlNode *node = xmlNewChild (parent, ns, (const xmlChar *) "placement", NULL);
  xmlNode *units, *team;
  GListModel *members = pj_nomination_get_team (p->nomination);
  const gint64 *unit_ids;
  guint n_units;
  PjInnovationClass klass;
  gboolean assessed;
  const char *prize;

  set_attr (node, "kind", pj_placement_to_string (pj_decision_get_placement (p->decision)));
  take_attr (node, "position", dup_int (p->position));
  take_attr (node, "nomination-id", dup_int (pj_nomination_get_id (p->nomination)));

  add_text (node, ns, "title", pj_nomination_get_title (p->nomination));

  units = xmlNewChild (node, ns, (const xmlChar *) "units", NULL);
  unit_ids = pj_nomination_get_unit_ids (p->nomination, &n_units);
  for (guint i = 0; i < n_units; i++)
    {
      PjUnit *unit = g_hash_table_lookup (w->units, &unit_ids[i]);
      xmlNode *u;

      if (unit == NULL)
        continue;
      u = add_text (units, ns, "unit", pj_unit_get_name (unit));
      take_attr (u, "id", dup_int (pj_unit_get_id (unit)));
      set_attr (u, "type", pj_unit_type_to_string (pj_unit_get_unit_type (unit)));
    }

  team = xmlNewChild (node, ns, (const xmlChar *) "team", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(PjTeamMember) member = g_list_model_get_item (members, i);
      xmlNode *m = add_text (team, ns, "member", pj_team_member_get_name (member));

      if (!is_blank (pj_team_member_get_role (member)))
        set_attr (m, "role", pj_team_member_get_role (member));
    }

  add_text (node, ns, "citation", pj_decision_get_citation (p->decision));
  add_text (node, ns, "summary", pj_nomination_get_summary (p->nomination));

  klass = placement_class (p, &assessed);
  if (klass != PJ_CLASS_NONE)
    {
      xmlNode *k = add_text (node, ns, "innovation-class", pj_innovation_class_to_string (klass));

      set_attr (k, "assessed", assessed ? "true" : "false");
    }

  if (p->has_result && p->result.rank > 0)
    {
      g_autofree char *points = dup_points (p->result.result);
      xmlNode *r = add_text (node, ns, "result", points);

      take_attr (r, "rank", dup_int (p->result.rank));
      take_attr (r, "mean", dup_points (p->result.mean));
    }

  prize = placement_prize (w, c, p);
  if (prize != NULL)
    add_text (node, ns, "prize", prize);
}

static xmlDoc *
build_tree (Winners *w)
{
  xmlDoc *doc = xmlNewDoc ((const xmlChar *) "1.0");
  xmlNode *root = xmlNewNode (NULL, (const xmlChar *) "winners");
  xmlNs *ns = xmlNewNs (root, (const xmlChar *) PJ_WINNERS_NAMESPACE, NULL);
  xmlNode *award, *edition;
  const char *decision_date;

  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  take_attr (root, "version", dup_int (PJ_WINNERS_VERSION));

  award = add_text (root, ns, "award", pj_edition_get_award_name (w->edition));
  take_attr (award, "id", dup_int (pj_edition_get_award_id (w->edition)));

  edition = xmlNewChild (root, ns, (const xmlChar *) "edition", NULL);
  take_attr (edition, "id", dup_int (pj_edition_get_id (w->edition)));
  take_attr (edition, "year", g_strdup_printf ("%04d", pj_edition_get_year (w->edition)));
  set_attr (edition, "phase", pj_phase_to_string (pj_edition_get_phase (w->edition)));
  set_attr (edition, "method", pj_aggregation_to_string (pj_edition_get_aggregation (w->edition)));
  decision_date = pj_edition_get_decision_date (w->edition);
  if (decision_date != NULL && *decision_date != '\0')
    set_attr (edition, "decision-date", decision_date);

  for (guint c = 0; c < w->categories->len; c++)
    {
      Category *category = &g_array_index (w->categories, Category, c);
      xmlNode *node = xmlNewChild (root, ns, (const xmlChar *) "category", NULL);

      take_attr (node, "id", dup_int (category->category->id));
      set_attr (node, "mode", pj_award_mode_to_string (category->category->mode));
      add_text (node, ns, "name", category->category->name);
      if (!is_blank (category->category->prize))
        add_text (node, ns, "prize", category->category->prize);

      for (guint i = 0; i < category->placements->len; i++)
        add_placement (w, category, &g_array_index (category->placements, Placement, i),
                       node, ns);
    }

  return doc;
}

/* The tree, serialised, parsed back and validated: what is returned is the
 * document as it reads back from the file. */
static xmlDoc *
build_validated (Winners  *w,
                 GBytes  **bytes_out,
                 GError  **error)
{
  g_autoptr(xmlDoc) tree = build_tree (w);
  g_autoptr(xmlDoc) parsed = NULL;
  g_autoptr(PjXmlSchema) schema = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len;
  const char *data;

  bytes = pj_xml_serialize (tree, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &len);
  parsed = pj_xml_parse (data, len, "winners.xml", error);
  if (parsed == NULL)
    return NULL;

  schema = pj_xml_schema_load ("winners", error);
  if (schema == NULL)
    return NULL;
  if (!pj_xml_validate (schema, parsed, &local_error))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_FAILED,
                   _("The winners could not be exported, as the file would not follow its "
                     "format: %s"), local_error->message);
      return NULL;
    }

  if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);
  return g_steal_pointer (&parsed);
}

xmlDoc *
pj_winners_build_xml (PjWorkspace  *ws,
                      gint64        edition_id,
                      guint        *n_placements,
                      GError      **error)
{
  g_autoptr(Winners) w = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  w = gather (ws, edition_id, error);
  if (w == NULL)
    return NULL;
  if (n_placements != NULL)
    *n_placements = w->n_placements;
  return build_validated (w, NULL, error);
}

/* CSV --------------------------------------------------------------------- */

static GBytes *
build_csv (Winners *w)
{
  g_autoptr(GString) out = g_string_new (PJ_CSV_BOM);
  g_autofree char *year = g_strdup_printf ("%d", pj_edition_get_year (w->edition));
  g_autofree char *award = dup_clean (pj_edition_get_award_name (w->edition));

  for (guint i = 0; i < G_N_ELEMENTS (csv_headers); i++)
    pj_csv_append_cell (out, csv_headers[i], i == 0);
  g_string_append (out, PJ_CSV_EOL);

  for (guint c = 0; c < w->categories->len; c++)
    {
      Category *category = &g_array_index (w->categories, Category, c);
      g_autofree char *category_name = dup_clean (category->category->name);

      for (guint i = 0; i < category->placements->len; i++)
        {
          Placement *p = &g_array_index (category->placements, Placement, i);
          g_autoptr(GString) names = g_string_new (NULL);
          g_autoptr(GString) types = g_string_new (NULL);
          g_autoptr(GString) team = g_string_new (NULL);
          GListModel *members = pj_nomination_get_team (p->nomination);
          g_autofree char *position = dup_int (p->position);
          g_autofree char *title = dup_clean (pj_nomination_get_title (p->nomination));
          g_autofree char *citation = dup_clean (pj_decision_get_citation (p->decision));
          g_autofree char *summary = dup_clean (pj_nomination_get_summary (p->nomination));
          g_autofree char *points = NULL;
          g_autofree char *names_clean = NULL;
          g_autofree char *team_clean = NULL;
          g_autofree char *prize = NULL;
          const gint64 *unit_ids;
          guint n_units;
          gboolean assessed;
          PjInnovationClass klass = placement_class (p, &assessed);

          unit_ids = pj_nomination_get_unit_ids (p->nomination, &n_units);
          for (guint u = 0; u < n_units; u++)
            {
              PjUnit *unit = g_hash_table_lookup (w->units, &unit_ids[u]);

              if (unit == NULL)
                continue;
              if (names->len > 0)
                {
                  g_string_append (names, "; ");
                  g_string_append (types, "; ");
                }
              g_string_append (names, pj_unit_get_name (unit));
              g_string_append (types, unit_type_words[pj_unit_get_unit_type (unit)]);
            }
          for (guint m = 0; m < g_list_model_get_n_items (members); m++)
            {
              g_autoptr(PjTeamMember) member = g_list_model_get_item (members, m);
              const char *role = pj_team_member_get_role (member);

              if (team->len > 0)
                g_string_append (team, "; ");
              g_string_append (team, pj_team_member_get_name (member));
              if (!is_blank (role))
                g_string_append_printf (team, " (%s)", role);
            }
          names_clean = dup_clean (names->str);
          team_clean = dup_clean (team->str);
          if (p->has_result && p->result.rank > 0)
            points = dup_points (p->result.result);
          prize = dup_clean (placement_prize (w, category, p));

          pj_csv_append_cell (out, award, TRUE);
          pj_csv_append_cell (out, year, FALSE);
          pj_csv_append_cell (out, category_name, FALSE);
          pj_csv_append_cell (out, placement_words[pj_decision_get_placement (p->decision)],
                              FALSE);
          pj_csv_append_cell (out, position, FALSE);
          pj_csv_append_cell (out, title, FALSE);
          pj_csv_append_cell (out, names_clean, FALSE);
          pj_csv_append_cell (out, types->str, FALSE);
          pj_csv_append_cell (out, team_clean, FALSE);
          pj_csv_append_cell (out, citation, FALSE);
          pj_csv_append_cell (out, summary, FALSE);
          pj_csv_append_cell (out, class_words[klass], FALSE);
          pj_csv_append_cell (out, points, FALSE);
          pj_csv_append_cell (out, prize, FALSE);
          g_string_append (out, PJ_CSV_EOL);
        }
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* Both -------------------------------------------------------------------- */

GBytes *
pj_winners_to_bytes (PjWorkspace      *ws,
                     gint64            edition_id,
                     PjWinnersFormat   format,
                     guint            *n_placements,
                     GError          **error)
{
  g_autoptr(Winners) w = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  w = gather (ws, edition_id, error);
  if (w == NULL)
    return NULL;
  if (n_placements != NULL)
    *n_placements = w->n_placements;

  if (format == PJ_WINNERS_FORMAT_CSV)
    return build_csv (w);

  doc = build_validated (w, &bytes, error);
  if (doc == NULL)
    return NULL;
  return bytes;
}

gboolean
pj_winners_export (PjWorkspace      *ws,
                   gint64            edition_id,
                   PjWinnersFormat   format,
                   GFile            *file,
                   guint            *n_placements,
                   GCancellable     *cancellable,
                   GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize len;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format == PJ_WINNERS_FORMAT_XML)
    {
      /* Validated against the schema before anything is written */
      g_autoptr(xmlDoc) doc = pj_winners_build_xml (ws, edition_id, n_placements, error);

      return doc != NULL &&
             pj_xml_write_atomically (doc, file, G_FILE_CREATE_NONE, cancellable, error);
    }

  bytes = pj_winners_to_bytes (ws, edition_id, format, n_placements, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  /* A temporary file beside the target, renamed over it */
  if (!g_file_replace_contents (file, data, len, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                cancellable, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"), name,
                     local_error->message);
      return FALSE;
    }
  return TRUE;
}
