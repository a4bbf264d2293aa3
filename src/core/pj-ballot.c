/* pj-ballot.c: offline ballot files — the XML side, signing, the offline
 * session and the import's order of checks
 *
 * Every ballot is read through pj-xml.h (the one hardened parser) and
 * validated against ballot.xsd before anything in it is used; the
 * workspace side (reading what a ballot holds, checking and writing an
 * import) is in pj-store-ballot.c. See pj-ballot.h for the format, the
 * signed content and the steps of an import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-ballot"

#include "config.h"

#include "pj-ballot.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/c14n.h>
#include <libxml/tree.h>

#include "pj-ballot-private.h"
#include "pj-score-sheet-private.h"
#include "pj-store.h"
#include "pj-store-scoring.h"
#include "pj-xml.h"

#define NS BAD_CAST PJ_BALLOT_NAMESPACE

/* The data model */

static void category_free (PjBallotCategory *c);
static void criterion_free (PjBallotCriterion *c);
static void nomination_free (PjBallotNomination *n);

PjBallot *
pj_ballot_new (void)
{
  PjBallot *ballot = g_new0 (PjBallot, 1);

  ballot->version = PJ_BALLOT_FORMAT_VERSION;
  ballot->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) category_free);
  ballot->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) criterion_free);
  ballot->nominations = g_ptr_array_new_with_free_func ((GDestroyNotify) nomination_free);
  return ballot;
}

static void
category_free (PjBallotCategory *c)
{
  g_free (c->name);
  g_free (c->description);
  g_free (c);
}

static void
label_clear (gpointer data)
{
  g_free (((PjBallotLabel *) data)->label);
}

static void
criterion_free (PjBallotCriterion *c)
{
  g_free (c->name);
  g_free (c->description);
  g_array_unref (c->labels);
  g_array_unref (c->category_ids);
  g_free (c);
}

static void
unit_clear (gpointer data)
{
  g_free (((PjBallotUnit *) data)->name);
}

static void
score_clear (gpointer data)
{
  g_free (((PjBallotScore *) data)->comment);
}

static void
nomination_free (PjBallotNomination *n)
{
  g_free (n->title);
  g_free (n->summary);
  g_free (n->what_is_new);
  g_free (n->value_created);
  g_free (n->results);
  g_free (n->implementation);
  g_free (n->spread);
  g_array_unref (n->units);
  g_free (n->overall_comment);
  g_free (n->submitted_at);
  g_array_unref (n->scores);
  g_free (n);
}

void
pj_ballot_free (PjBallot *ballot)
{
  if (ballot == NULL)
    return;
  g_free (ballot->award);
  g_free (ballot->juror_name);
  g_ptr_array_unref (ballot->categories);
  g_ptr_array_unref (ballot->criteria);
  g_ptr_array_unref (ballot->nominations);
  memset (ballot->key, 0, sizeof ballot->key);
  g_free (ballot);
}

PjBallotCategory *
pj_ballot_category_new (void)
{
  return g_new0 (PjBallotCategory, 1);
}

PjBallotCriterion *
pj_ballot_criterion_new (void)
{
  PjBallotCriterion *c = g_new0 (PjBallotCriterion, 1);

  c->labels = g_array_new (FALSE, TRUE, sizeof (PjBallotLabel));
  g_array_set_clear_func (c->labels, label_clear);
  c->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return c;
}

PjBallotNomination *
pj_ballot_nomination_new (void)
{
  PjBallotNomination *n = g_new0 (PjBallotNomination, 1);

  n->category_id = PJ_NO_ID;
  n->units = g_array_new (FALSE, TRUE, sizeof (PjBallotUnit));
  g_array_set_clear_func (n->units, unit_clear);
  n->scores = g_array_new (FALSE, TRUE, sizeof (PjBallotScore));
  g_array_set_clear_func (n->scores, score_clear);
  n->status = PJ_SHEET_DRAFT;
  n->overall_comment = g_strdup ("");
  return n;
}

void
pj_ballot_nomination_clear_sheet (PjBallotNomination *n)
{
  n->status = PJ_SHEET_DRAFT;
  g_free (n->overall_comment);
  n->overall_comment = g_strdup ("");
  g_clear_pointer (&n->submitted_at, g_free);
  g_array_set_size (n->scores, 0);
}

PjBallotCriterion *
pj_ballot_find_criterion (PjBallot *ballot,
                          gint64    id)
{
  for (guint i = 0; i < ballot->criteria->len; i++)
    {
      PjBallotCriterion *c = g_ptr_array_index (ballot->criteria, i);

      if (c->id == id)
        return c;
    }
  return NULL;
}

PjScoreSheet *
pj_ballot_nomination_to_sheet (PjBallotNomination *n,
                               gint64              juror_id)
{
  PjScoreSheet *sheet = pj_score_sheet_new (juror_id, n->id);

  pj_score_sheet_set_overall_comment (sheet, n->overall_comment);
  for (guint i = 0; i < n->scores->len; i++)
    {
      const PjBallotScore *score = &g_array_index (n->scores, PjBallotScore, i);

      pj_score_sheet_set_value (sheet, score->criterion_id, score->value);
      pj_score_sheet_set_comment (sheet, score->criterion_id,
                                  score->comment != NULL ? score->comment : "");
    }
  pj_score_sheet_set_state (sheet, n->status,
                            n->status != PJ_SHEET_DRAFT ? n->submitted_at : NULL);
  return sheet;
}

/* Small helpers */

static char *
hex_encode (const guint8 *bytes,
            gsize         len)
{
  static const char digits[] = "0123456789abcdef";
  char *hex = g_malloc (len * 2 + 1);

  for (gsize i = 0; i < len; i++)
    {
      hex[2 * i] = digits[bytes[i] >> 4];
      hex[2 * i + 1] = digits[bytes[i] & 0xf];
    }
  hex[len * 2] = '\0';
  return hex;
}

static gboolean
hex_decode (const char *hex,
            guint8     *out,
            gsize       len)
{
  if (hex == NULL || strlen (hex) != len * 2)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      int hi = g_ascii_xdigit_value (hex[2 * i]);
      int lo = g_ascii_xdigit_value (hex[2 * i + 1]);

      if (hi < 0 || lo < 0)
        return FALSE;
      out[i] = (guint8) (hi << 4 | lo);
    }
  return TRUE;
}

/* Compares two MACs in time that does not depend on where they differ. */
static gboolean
equal_constant_time (const guint8 *a,
                     const guint8 *b,
                     gsize         len)
{
  volatile guint8 diff = 0;

  for (gsize i = 0; i < len; i++)
    diff |= a[i] ^ b[i];
  return diff == 0;
}

/* "3", "4.5", "0.125": the XML Schema decimal form, whatever the locale. */
static char *
format_decimal (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *s;
  gsize len;

  g_ascii_formatd (buf, sizeof buf, "%.6f", value);
  s = g_strdup (buf);
  len = strlen (s);
  if (strchr (s, '.') != NULL)
    {
      while (len > 0 && s[len - 1] == '0')
        s[--len] = '\0';
      if (len > 0 && s[len - 1] == '.')
        s[--len] = '\0';
    }
  return s;
}

static char *
format_int (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static char *
dup_display_name (GFile *file)
{
  char *name = g_file_get_basename (file);

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    {
      g_free (name);
      name = g_file_get_parse_name (file);
    }
  return name;
}

/* Writing */

static void
set_prop (xmlNode    *node,
          const char *name,
          const char *value)
{
  g_autofree char *clean = pj_xml_clean_text (value != NULL ? value : "");

  xmlNewProp (node, BAD_CAST name, BAD_CAST clean);
}

static void
set_prop_int (xmlNode    *node,
              const char *name,
              gint64      value)
{
  g_autofree char *text = format_int (value);

  xmlNewProp (node, BAD_CAST name, BAD_CAST text);
}

static xmlNode *
add_text (xmlNode    *parent,
          xmlNs      *ns,
          const char *name,
          const char *text)
{
  g_autofree char *clean = pj_xml_clean_text (text != NULL ? text : "");

  return xmlNewTextChild (parent, ns, BAD_CAST name, BAD_CAST clean);
}

static void
write_nomination (xmlNode                   *parent,
                  xmlNs                     *ns,
                  const PjBallotNomination  *n)
{
  xmlNode *node = xmlNewChild (parent, ns, BAD_CAST "nomination", NULL);
  xmlNode *sheet;

  set_prop_int (node, "id", n->id);
  if (n->category_id != PJ_NO_ID)
    set_prop_int (node, "category", n->category_id);
  add_text (node, ns, "title", n->title);
  for (guint i = 0; i < n->units->len; i++)
    {
      const PjBallotUnit *unit = &g_array_index (n->units, PjBallotUnit, i);
      xmlNode *u = add_text (node, ns, "unit", unit->name);

      set_prop_int (u, "id", unit->id);
    }
  add_text (node, ns, "summary", n->summary);
  add_text (node, ns, "what-is-new", n->what_is_new);
  add_text (node, ns, "value-created", n->value_created);
  add_text (node, ns, "results", n->results);
  add_text (node, ns, "implementation", n->implementation);
  add_text (node, ns, "spread", n->spread);

  sheet = xmlNewChild (node, ns, BAD_CAST "sheet", NULL);
  set_prop_int (sheet, "base-version", n->base_version);
  set_prop (sheet, "status", pj_sheet_status_to_string (n->status));
  if (n->status != PJ_SHEET_DRAFT && n->submitted_at != NULL)
    set_prop (sheet, "submitted-at", n->submitted_at);
  if (n->overall_comment != NULL && n->overall_comment[0] != '\0')
    add_text (sheet, ns, "overall-comment", n->overall_comment);
  for (guint i = 0; i < n->scores->len; i++)
    {
      const PjBallotScore *score = &g_array_index (n->scores, PjBallotScore, i);
      xmlNode *s = add_text (sheet, ns, "score", score->comment);

      set_prop_int (s, "criterion", score->criterion_id);
      set_prop_int (s, "value", score->value);
    }
}

/* The document of @ballot, with its key when it has one and with_key. */
static xmlDoc *
ballot_to_doc (const PjBallot *ballot,
               gboolean        with_key)
{
  xmlDoc *doc = xmlNewDoc (BAD_CAST "1.0");
  xmlNode *root = xmlNewNode (NULL, BAD_CAST "ballot");
  xmlNode *node, *list;
  xmlNs *ns = xmlNewNs (root, NS, NULL);

  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  set_prop_int (root, "version", PJ_BALLOT_FORMAT_VERSION);
  if (with_key && ballot->has_key)
    {
      g_autofree char *hex = hex_encode (ballot->key, sizeof ballot->key);

      set_prop (root, "key", hex);
      memset (hex, 0, strlen (hex));
    }
  if (ballot->has_signature)
    {
      g_autofree char *hex = hex_encode (ballot->signature, sizeof ballot->signature);

      set_prop (root, "signature", hex);
    }

  node = xmlNewChild (root, ns, BAD_CAST "edition", NULL);
  set_prop_int (node, "id", ballot->edition_id);
  set_prop (node, "award", ballot->award);
  set_prop_int (node, "year", ballot->year);
  set_prop (node, "blind-policy", pj_blind_policy_to_string (ballot->blind_policy));

  node = xmlNewChild (root, ns, BAD_CAST "juror", NULL);
  set_prop_int (node, "id", ballot->juror_id);
  set_prop (node, "name", ballot->juror_name);

  list = xmlNewChild (root, ns, BAD_CAST "categories", NULL);
  for (guint i = 0; i < ballot->categories->len; i++)
    {
      const PjBallotCategory *c = g_ptr_array_index (ballot->categories, i);

      node = xmlNewChild (list, ns, BAD_CAST "category", NULL);
      set_prop_int (node, "id", c->id);
      set_prop (node, "name", c->name);
      set_prop_int (node, "position", c->position);
      if (c->description != NULL && c->description[0] != '\0')
        add_text (node, ns, "description", c->description);
    }

  list = xmlNewChild (root, ns, BAD_CAST "criteria", NULL);
  for (guint i = 0; i < ballot->criteria->len; i++)
    {
      const PjBallotCriterion *c = g_ptr_array_index (ballot->criteria, i);
      g_autofree char *weight = format_decimal (c->weight);

      node = xmlNewChild (list, ns, BAD_CAST "criterion", NULL);
      set_prop_int (node, "id", c->id);
      set_prop (node, "name", c->name);
      set_prop_int (node, "position", c->position);
      set_prop (node, "weight", weight);
      set_prop_int (node, "scale-min", c->scale_min);
      set_prop_int (node, "scale-max", c->scale_max);
      set_prop (node, "required", c->required ? "true" : "false");
      if (c->description != NULL && c->description[0] != '\0')
        add_text (node, ns, "description", c->description);
      for (guint j = 0; j < c->labels->len; j++)
        {
          const PjBallotLabel *label = &g_array_index (c->labels, PjBallotLabel, j);
          xmlNode *l = add_text (node, ns, "label", label->label);

          set_prop_int (l, "value", label->value);
        }
      for (guint j = 0; j < c->category_ids->len; j++)
        {
          xmlNode *ref = xmlNewChild (node, ns, BAD_CAST "category", NULL);

          set_prop_int (ref, "ref", g_array_index (c->category_ids, gint64, j));
        }
    }

  list = xmlNewChild (root, ns, BAD_CAST "nominations", NULL);
  for (guint i = 0; i < ballot->nominations->len; i++)
    write_nomination (list, ns, g_ptr_array_index (ballot->nominations, i));

  return doc;
}

/* Reading */

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         xmlStrEqual (node->ns->href, NS) &&
         (name == NULL || xmlStrEqual (node->name, BAD_CAST name));
}

static xmlNode *
first_child (xmlNode    *parent,
             const char *name)
{
  for (xmlNode *n = parent->children; n != NULL; n = n->next)
    if (is_element (n, name))
      return n;
  return NULL;
}

static char *
dup_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST name);
  char *s;

  if (value == NULL)
    return NULL;
  s = g_strdup ((const char *) value);
  xmlFree (value);
  return s;
}

static char *
dup_content (xmlNode *node)
{
  xmlChar *value;
  char *s;

  if (node == NULL)
    return g_strdup ("");
  value = xmlNodeGetContent (node);
  s = g_strdup (value != NULL ? (const char *) value : "");
  xmlFree (value);
  return s;
}

typedef struct
{
  const char  *display_name;
  GError     **error;
  gboolean     failed;
} Reader;

static gboolean G_GNUC_PRINTF (3, 4)
reader_fail (Reader     *r,
             xmlNode    *node,
             const char *format,
             ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  if (r->failed)
    return FALSE;
  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  if (node != NULL && xmlGetLineNo (node) > 0)
    g_set_error (r->error, PJ_ERROR, PJ_ERROR_INVALID, _("%s, line %ld: %s"),
                 r->display_name, xmlGetLineNo (node), reason);
  else
    g_set_error (r->error, PJ_ERROR, PJ_ERROR_INVALID, "%s: %s", r->display_name, reason);
  r->failed = TRUE;
  return FALSE;
}

static gint64
read_int (Reader     *r,
          xmlNode    *node,
          const char *name,
          gint64      min,
          gint64      max,
          gint64      fallback)
{
  g_autofree char *text = dup_prop (node, name);
  gint64 value = fallback;

  if (text == NULL)
    {
      if (fallback == G_MININT64)
        reader_fail (r, node, _("the attribute “%s” is missing."), name);
      return fallback;
    }
  g_strstrip (text);
  if (text[0] == '+')
    memmove (text, text + 1, strlen (text));
  if (!g_ascii_string_to_signed (text, 10, min, max, &value, NULL))
    reader_fail (r, node, _("the attribute “%s” is not a number in range."), name);
  return value;
}

#define REQUIRED G_MININT64

static void
read_categories (Reader   *r,
                 xmlNode  *list,
                 PjBallot *ballot)
{
  for (xmlNode *node = list->children; node != NULL && !r->failed; node = node->next)
    {
      PjBallotCategory *c;

      if (!is_element (node, "category"))
        continue;
      c = pj_ballot_category_new ();
      g_ptr_array_add (ballot->categories, c);
      c->id = read_int (r, node, "id", 1, G_MAXINT64, REQUIRED);
      c->name = dup_prop (node, "name");
      c->position = (int) read_int (r, node, "position", 0, G_MAXINT32, REQUIRED);
      c->description = dup_content (first_child (node, "description"));
      if (c->name == NULL)
        reader_fail (r, node, _("a category has no name."));
    }
}

static void
read_criteria (Reader   *r,
               xmlNode  *list,
               PjBallot *ballot)
{
  for (xmlNode *node = list->children; node != NULL && !r->failed; node = node->next)
    {
      PjBallotCriterion *c;
      g_autofree char *weight = NULL;
      g_autofree char *required = NULL;
      char *end = NULL;

      if (!is_element (node, "criterion"))
        continue;
      c = pj_ballot_criterion_new ();
      g_ptr_array_add (ballot->criteria, c);
      c->id = read_int (r, node, "id", 1, G_MAXINT64, REQUIRED);
      c->name = dup_prop (node, "name");
      c->position = (int) read_int (r, node, "position", 0, G_MAXINT32, REQUIRED);
      c->scale_min = (int) read_int (r, node, "scale-min", 0, 100, REQUIRED);
      c->scale_max = (int) read_int (r, node, "scale-max", 0, 100, REQUIRED);
      weight = dup_prop (node, "weight");
      required = dup_prop (node, "required");
      c->description = dup_content (first_child (node, "description"));
      if (c->name == NULL || weight == NULL || required == NULL)
        {
          reader_fail (r, node, _("a criterion lacks its name, weight or required flag."));
          break;
        }
      c->weight = g_ascii_strtod (weight, &end);
      if (end == weight || *end != '\0' || !(c->weight >= 0 && c->weight <= 1e6))
        reader_fail (r, node, _("the weight of “%s” is not a number."), c->name);
      c->required = g_str_equal (required, "true") || g_str_equal (required, "1");
      if (c->scale_min >= c->scale_max)
        reader_fail (r, node, _("the scale of “%s” is empty."), c->name);

      for (xmlNode *child = node->children; child != NULL && !r->failed; child = child->next)
        {
          if (is_element (child, "label"))
            {
              PjBallotLabel label;

              label.value = (int) read_int (r, child, "value", 0, 100, REQUIRED);
              label.label = dup_content (child);
              g_array_append_val (c->labels, label);
              if (label.value < c->scale_min || label.value > c->scale_max)
                reader_fail (r, child, _("a rubric label of “%s” is outside its scale."),
                             c->name);
              for (guint j = 0; j + 1 < c->labels->len && !r->failed; j++)
                if (g_array_index (c->labels, PjBallotLabel, j).value == label.value)
                  reader_fail (r, child, _("“%s” has two rubric labels for %d."),
                               c->name, label.value);
            }
          else if (is_element (child, "category"))
            {
              gint64 ref = read_int (r, child, "ref", 1, G_MAXINT64, REQUIRED);
              gboolean known = FALSE;

              for (guint j = 0; j < ballot->categories->len; j++)
                known |= ((PjBallotCategory *) g_ptr_array_index (ballot->categories, j))->id
                         == ref;
              for (guint j = 0; j < c->category_ids->len && known; j++)
                if (g_array_index (c->category_ids, gint64, j) == ref)
                  known = FALSE;
              if (!known)
                reader_fail (r, child, _("“%s” names a category that is not in the ballot, "
                                         "or names one twice."), c->name);
              g_array_append_val (c->category_ids, ref);
            }
        }
    }
}

static gboolean
criterion_applies (const PjBallotCriterion *c,
                   gint64                   category_id)
{
  if (c->category_ids->len == 0)
    return TRUE;
  for (guint i = 0; i < c->category_ids->len; i++)
    if (g_array_index (c->category_ids, gint64, i) == category_id)
      return TRUE;
  return FALSE;
}

static void
read_sheet (Reader              *r,
            xmlNode             *node,
            PjBallot            *ballot,
            PjBallotNomination  *n)
{
  g_autofree char *status = dup_prop (node, "status");

  n->base_version = read_int (r, node, "base-version", 0, G_MAXINT64, REQUIRED);
  if (status == NULL || !pj_sheet_status_from_string (status, &n->status))
    reader_fail (r, node, _("a sheet has no valid status."));
  n->submitted_at = dup_prop (node, "submitted-at");
  g_free (n->overall_comment);
  n->overall_comment = dup_content (first_child (node, "overall-comment"));

  for (xmlNode *s = node->children; s != NULL && !r->failed; s = s->next)
    {
      PjBallotScore score;
      PjBallotCriterion *c;

      if (!is_element (s, "score"))
        continue;
      score.criterion_id = read_int (r, s, "criterion", 1, G_MAXINT64, REQUIRED);
      score.value = (int) read_int (r, s, "value", 0, 100, REQUIRED);
      score.comment = dup_content (s);
      g_array_append_val (n->scores, score);
      if (r->failed)
        break;

      c = pj_ballot_find_criterion (ballot, score.criterion_id);
      if (c == NULL)
        {
          reader_fail (r, s, _("the sheet for “%s” scores a criterion that is not in the "
                               "ballot."), n->title);
          break;
        }
      if (score.value < c->scale_min || score.value > c->scale_max)
        reader_fail (r, s, _("the score for “%s” of “%s” must be between %d and %d; %d is "
                             "outside the scale."),
                     c->name, n->title, c->scale_min, c->scale_max, score.value);
      else if (!criterion_applies (c, n->category_id))
        reader_fail (r, s, _("“%s” does not apply to the category of “%s”."),
                     c->name, n->title);
      for (guint j = 0; j + 1 < n->scores->len && !r->failed; j++)
        if (g_array_index (n->scores, PjBallotScore, j).criterion_id == score.criterion_id)
          reader_fail (r, s, _("the sheet for “%s” scores “%s” twice."), n->title, c->name);
    }

  if (n->status != PJ_SHEET_DRAFT && n->submitted_at == NULL)
    reader_fail (r, node, _("the submitted sheet for “%s” has no time of submission."),
                 n->title);
}

static void
read_nominations (Reader   *r,
                  xmlNode  *list,
                  PjBallot *ballot)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      NULL);

  for (xmlNode *node = list->children; node != NULL && !r->failed; node = node->next)
    {
      PjBallotNomination *n;
      xmlNode *sheet;

      if (!is_element (node, "nomination"))
        continue;
      n = pj_ballot_nomination_new ();
      g_ptr_array_add (ballot->nominations, n);
      n->id = read_int (r, node, "id", 1, G_MAXINT64, REQUIRED);
      n->category_id = read_int (r, node, "category", 1, G_MAXINT64, PJ_NO_ID);
      n->title = dup_content (first_child (node, "title"));
      n->summary = dup_content (first_child (node, "summary"));
      n->what_is_new = dup_content (first_child (node, "what-is-new"));
      n->value_created = dup_content (first_child (node, "value-created"));
      n->results = dup_content (first_child (node, "results"));
      n->implementation = dup_content (first_child (node, "implementation"));
      n->spread = dup_content (first_child (node, "spread"));
      if (r->failed)
        break;

      if (g_hash_table_contains (seen, &n->id))
        {
          reader_fail (r, node, _("the nomination “%s” appears twice."), n->title);
          break;
        }
      g_hash_table_add (seen, g_memdup2 (&n->id, sizeof (gint64)));

      if (n->category_id != PJ_NO_ID)
        {
          gboolean known = FALSE;

          for (guint j = 0; j < ballot->categories->len; j++)
            known |= ((PjBallotCategory *) g_ptr_array_index (ballot->categories, j))->id
                     == n->category_id;
          if (!known)
            reader_fail (r, node, _("the category of “%s” is not in the ballot."), n->title);
        }

      for (xmlNode *u = node->children; u != NULL && !r->failed; u = u->next)
        {
          PjBallotUnit unit;

          if (!is_element (u, "unit"))
            continue;
          unit.id = read_int (r, u, "id", 1, G_MAXINT64, REQUIRED);
          unit.name = dup_content (u);
          g_array_append_val (n->units, unit);
        }

      sheet = first_child (node, "sheet");
      if (sheet == NULL)
        reader_fail (r, node, _("“%s” has no sheet."), n->title);
      else
        read_sheet (r, sheet, ballot, n);
    }
}

/* The root's version, before validation: a newer format gets a clear
 * message instead of the schema's complaint about what it does not know. */
static gboolean
check_format_version (xmlDoc      *doc,
                      const char  *display_name,
                      GError     **error)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *text = NULL;
  guint64 version = 0;

  if (root == NULL || !is_element (root, "ballot"))
    return TRUE;   /* the schema says what is wrong */
  text = dup_prop (root, "version");
  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT64, &version, NULL))
    return TRUE;
  if (version > PJ_BALLOT_FORMAT_VERSION)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s: the ballot is in format version %s, written by a newer Prisjury; "
                     "this one reads up to version %d. Update Prisjury to read it."),
                   display_name, text, PJ_BALLOT_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}

static PjBallot *
doc_to_ballot (xmlDoc      *doc,
               const char  *display_name,
               GError     **error)
{
  g_autoptr(PjBallot) ballot = pj_ballot_new ();
  Reader r = { display_name, error, FALSE };
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *edition, *juror, *list;
  g_autofree char *key = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *policy = NULL;

  if (root == NULL || !is_element (root, "ballot"))
    {
      reader_fail (&r, root, _("this is not a ballot."));
      return NULL;
    }
  ballot->version = (int) read_int (&r, root, "version", 1, PJ_BALLOT_FORMAT_VERSION,
                                    REQUIRED);

  key = dup_prop (root, "key");
  signature = dup_prop (root, "signature");
  if (key != NULL)
    {
      ballot->has_key = hex_decode (key, ballot->key, sizeof ballot->key);
      memset (key, 0, strlen (key));
      if (!ballot->has_key)
        reader_fail (&r, root, _("the juror’s key is damaged."));
    }
  if (signature != NULL)
    {
      ballot->has_signature = hex_decode (signature, ballot->signature,
                                          sizeof ballot->signature);
      if (!ballot->has_signature)
        reader_fail (&r, root, _("the signature is damaged."));
    }
  if (!r.failed && ballot->has_key == ballot->has_signature)
    reader_fail (&r, root, ballot->has_key
                 ? _("the ballot holds both the juror’s key and a signature.")
                 : _("the ballot holds neither the juror’s key nor a signature."));

  edition = first_child (root, "edition");
  juror = first_child (root, "juror");
  if (!r.failed && (edition == NULL || juror == NULL))
    reader_fail (&r, root, _("the edition or the juror is missing."));
  if (r.failed)
    return NULL;

  ballot->edition_id = read_int (&r, edition, "id", 1, G_MAXINT64, REQUIRED);
  ballot->award = dup_prop (edition, "award");
  ballot->year = (int) read_int (&r, edition, "year", 2000, 2100, REQUIRED);
  policy = dup_prop (edition, "blind-policy");
  if (ballot->award == NULL || policy == NULL ||
      !pj_blind_policy_from_string (policy, &ballot->blind_policy))
    reader_fail (&r, edition, _("the edition lacks its award or blind policy."));
  ballot->juror_id = read_int (&r, juror, "id", 1, G_MAXINT64, REQUIRED);
  ballot->juror_name = dup_prop (juror, "name");
  if (ballot->juror_name == NULL)
    reader_fail (&r, juror, _("the juror has no name."));

  if (!r.failed && (list = first_child (root, "categories")) != NULL)
    read_categories (&r, list, ballot);
  if (!r.failed && (list = first_child (root, "criteria")) != NULL)
    read_criteria (&r, list, ballot);
  if (!r.failed && (list = first_child (root, "nominations")) != NULL)
    read_nominations (&r, list, ballot);

  if (r.failed)
    return NULL;
  return g_steal_pointer (&ballot);
}

static PjXmlSchema *
ballot_schema (GError **error)
{
  return pj_xml_schema_load ("ballot", error);
}

PjBallot *
pj_ballot_read_bytes (const char  *data,
                      gsize        len,
                      const char  *display_name,
                      void       **out_doc,
                      GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(PjXmlSchema) schema = NULL;
  PjBallot *ballot;

  g_return_val_if_fail (display_name != NULL, NULL);

  doc = pj_xml_parse (data, len, display_name, error);
  if (doc == NULL)
    return NULL;
  if (!check_format_version (doc, display_name, error))
    return NULL;
  schema = ballot_schema (error);
  if (schema == NULL || !pj_xml_validate (schema, doc, error))
    return NULL;
  ballot = doc_to_ballot (doc, display_name, error);
  if (ballot != NULL && out_doc != NULL)
    *out_doc = g_steal_pointer (&doc);
  return ballot;
}

/* Reading a file, with the size cap before anything is read. */
static GBytes *
read_capped (GFile       *file,
             const char  *display_name,
             GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *buf = NULL;
  gsize n_read = 0;
  goffset size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local_error);
  if (info == NULL)
    goto io_error;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s: this is not a regular file."),
                   display_name);
      return NULL;
    }
  size = MAX (g_file_info_get_size (info), 0);
  if (size > PJ_XML_MAX_BYTES)
    {
      g_autofree char *mb = g_strdup_printf ("%.1f", size / (1024.0 * 1024.0));

      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s: the file is %s MB; the largest ballot accepted is %d MB."),
                   display_name, mb, PJ_XML_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    goto io_error;
  /* One byte more than the cap tells a file that grew past it. */
  buf = g_malloc ((gsize) PJ_XML_MAX_BYTES + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buf, (gsize) PJ_XML_MAX_BYTES + 1,
                                &n_read, NULL, &local_error))
    goto io_error;
  if (n_read > PJ_XML_MAX_BYTES)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s: the file is larger than %d MB, the largest ballot accepted."),
                   display_name, PJ_XML_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  buf = g_realloc (buf, MAX (n_read, 1));
  return g_bytes_new_take (g_steal_pointer (&buf), n_read);

io_error:
  g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not read “%s”: %s"),
               display_name, local_error->message);
  return NULL;
}

/* Signing */

/* HMAC-SHA256 with @key over the canonical form of @doc: Canonical XML 1.0
 * without comments of the document without the root's "key" and
 * "signature" attributes. @doc is left as it is. */
static gboolean
canonical_mac (xmlDoc        *doc,
               const guint8   key[PJ_BALLOT_KEY_SIZE],
               guint8         mac[PJ_BALLOT_KEY_SIZE],
               GError       **error);

gboolean
pj_ballot_canonical_mac (void          *doc,
                         const guint8   key[PJ_BALLOT_KEY_SIZE],
                         guint8         mac[PJ_BALLOT_KEY_SIZE],
                         GError       **error)
{
  g_return_val_if_fail (doc != NULL, FALSE);
  return canonical_mac (doc, key, mac, error);
}

GBytes *
pj_ballot_to_bytes (const PjBallot  *ballot,
                    gboolean         with_key,
                    GError         **error)
{
  g_autoptr(xmlDoc) doc = NULL;

  g_return_val_if_fail (ballot != NULL, NULL);
  doc = ballot_to_doc (ballot, with_key);
  return pj_xml_serialize (doc, error);
}

static gboolean
canonical_mac (xmlDoc        *doc,
               const guint8   key[PJ_BALLOT_KEY_SIZE],
               guint8         mac[PJ_BALLOT_KEY_SIZE],
               GError       **error)
{
  g_autoptr(xmlDoc) copy = xmlCopyDoc (doc, 1);
  g_autoptr(GHmac) hmac = NULL;
  xmlChar *text = NULL;
  xmlNode *root;
  gsize mac_len = PJ_BALLOT_KEY_SIZE;
  int len;

  root = copy != NULL ? xmlDocGetRootElement (copy) : NULL;
  if (root == NULL)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_FAILED, _("The ballot is empty."));
      return FALSE;
    }
  xmlUnsetProp (root, BAD_CAST "key");
  xmlUnsetProp (root, BAD_CAST "signature");

  len = xmlC14NDocDumpMemory (copy, NULL, XML_C14N_1_0, NULL, 0, &text);
  if (len < 0 || text == NULL)
    {
      xmlFree (text);
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_FAILED,
                           _("The ballot could not be put in canonical form."));
      return FALSE;
    }

  hmac = g_hmac_new (G_CHECKSUM_SHA256, key, PJ_BALLOT_KEY_SIZE);
  g_hmac_update (hmac, text, len);
  g_hmac_get_digest (hmac, mac, &mac_len);
  xmlFree (text);
  return mac_len == PJ_BALLOT_KEY_SIZE;
}

/* Export */

gboolean
pj_ballot_export (PjWorkspace  *ws,
                  gint64        edition_id,
                  gint64        juror_id,
                  GFile        *dest,
                  GError      **error)
{
  g_autoptr(PjBallot) ballot = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(PjXmlSchema) schema = NULL;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ballot = pj_store_read_ballot (ws, edition_id, juror_id, error);
  if (ballot == NULL)
    return FALSE;

  doc = ballot_to_doc (ballot, TRUE);
  schema = ballot_schema (error);
  if (schema == NULL || !pj_xml_validate (schema, doc, error))
    return FALSE;
  return pj_xml_write_atomically (doc, dest, G_FILE_CREATE_PRIVATE, NULL, error);
}

char *
pj_ballot_file_name_for_juror (const char *juror_name,
                               gint64      juror_id)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *normal = NULL;

  if (juror_name != NULL && g_utf8_validate (juror_name, -1, NULL))
    normal = g_utf8_normalize (juror_name, -1, G_NORMALIZE_NFC);

  for (const char *p = normal; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_utf8_strlen (name->str, -1) >= 80)
        break;
      if (g_unichar_isalnum (c) || c == ' ' || c == '-' || c == '.')
        g_string_append_unichar (name, c);
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }

  /* No hidden file, no "..", no spaces at the ends. */
  while (name->len > 0 && (name->str[0] == '.' || name->str[0] == ' ' || name->str[0] == '-'))
    g_string_erase (name, 0, 1);
  while (name->len > 0 && (name->str[name->len - 1] == '.' || name->str[name->len - 1] == ' ' ||
                           name->str[name->len - 1] == '-'))
    g_string_truncate (name, name->len - 1);

  if (name->len == 0)
    g_string_printf (name, "juror-%" G_GINT64_FORMAT, juror_id);
  g_string_append (name, PJ_BALLOT_SUFFIX);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

gboolean
pj_ballot_export_all (PjWorkspace  *ws,
                      gint64        edition_id,
                      GFile        *dir,
                      GPtrArray   **out_files,
                      GError      **error)
{
  g_autoptr(GListModel) jurors = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;
  guint n;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  jurors = pj_store_list_jurors (ws, edition_id, error);
  if (jurors == NULL)
    return FALSE;

  if (!g_file_make_directory_with_parents (dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (dir);

      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not create the folder “%s”: %s"),
                   name, local_error->message);
      return FALSE;
    }

  n = g_list_model_get_n_items (jurors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjJuror) juror = g_list_model_get_item (jurors, i);
      g_autofree char *base = pj_ballot_file_name_for_juror (pj_juror_get_name (juror),
                                                             pj_juror_get_id (juror));
      g_autofree char *name = g_strdup (base);
      g_autoptr(GFile) file = NULL;

      for (guint k = 2; ; k++)
        {
          g_autofree char *folded = g_utf8_casefold (name, -1);

          if (!g_hash_table_contains (used, folded))
            {
              g_hash_table_add (used, g_steal_pointer (&folded));
              break;
            }
          g_free (name);
          name = g_strdup_printf ("%.*s (%u)%s",
                                  (int) (strlen (base) - strlen (PJ_BALLOT_SUFFIX)), base, k,
                                  PJ_BALLOT_SUFFIX);
        }

      file = g_file_get_child (dir, name);
      if (!pj_ballot_export (ws, edition_id, pj_juror_get_id (juror), file, error))
        return FALSE;
      g_ptr_array_add (files, g_steal_pointer (&file));
    }

  if (out_files != NULL)
    *out_files = g_steal_pointer (&files);
  return TRUE;
}

/* The offline session */

struct _PjBallotSession
{
  GFile       *file;
  char        *display_name;
  char        *dir;
  PjWorkspace *ws;
  PjBallot    *ballot;
};

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_unlink (child) != 0)
          g_warning ("Could not remove %s", child);
      }
  if (g_rmdir (path) != 0)
    g_warning ("Could not remove %s", path);
}

void
pj_ballot_session_free (PjBallotSession *session)
{
  if (session == NULL)
    return;
  g_clear_object (&session->ws);
  if (session->dir != NULL)
    remove_dir (session->dir);
  g_free (session->dir);
  g_clear_object (&session->file);
  g_free (session->display_name);
  g_clear_pointer (&session->ballot, pj_ballot_free);
  g_free (session);
}

PjBallotSession *
pj_ballot_session_open (GFile   *file,
                        GError **error)
{
  g_autoptr(PjBallotSession) session = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  session = g_new0 (PjBallotSession, 1);
  session->file = g_object_ref (file);
  session->display_name = dup_display_name (file);

  bytes = read_capped (file, session->display_name, error);
  if (bytes == NULL)
    return NULL;
  session->ballot = pj_ballot_read_bytes (g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), session->display_name,
                                          NULL, error);
  if (session->ballot == NULL)
    return NULL;

  /* g_dir_make_tmp () makes it 0700. */
  session->dir = g_dir_make_tmp ("prisjury-ballot-XXXXXX", NULL);
  if (session->dir == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO,
                   _("%s: could not make a temporary folder to open the ballot in."),
                   session->display_name);
      return NULL;
    }
  path = g_build_filename (session->dir, "ballot.prisjury", NULL);
  session->ws = pj_workspace_open (path, PJ_WORKSPACE_OPEN_CREATE, error);
  if (session->ws == NULL)
    return NULL;
  pj_workspace_set_user (session->ws, session->ballot->juror_name);

  if (!pj_store_ballot_fill_session (session->ws, session->ballot,
                                     session->ballot->has_signature, error))
    {
      g_prefix_error (error, "%s: ", session->display_name);
      return NULL;
    }

  return g_steal_pointer (&session);
}

PjWorkspace *
pj_ballot_session_get_workspace (PjBallotSession *session)
{
  g_return_val_if_fail (session != NULL, NULL);
  return session->ws;
}

gint64
pj_ballot_session_get_juror_id (PjBallotSession *session)
{
  g_return_val_if_fail (session != NULL, PJ_NO_ID);
  return session->ballot->juror_id;
}

gint64
pj_ballot_session_get_edition_id (PjBallotSession *session)
{
  g_return_val_if_fail (session != NULL, PJ_NO_ID);
  return session->ballot->edition_id;
}

const char *
pj_ballot_session_get_juror_name (PjBallotSession *session)
{
  g_return_val_if_fail (session != NULL, NULL);
  return session->ballot->juror_name;
}

GFile *
pj_ballot_session_get_file (PjBallotSession *session)
{
  g_return_val_if_fail (session != NULL, NULL);
  return session->file;
}

gboolean
pj_ballot_session_is_signed (PjBallotSession *session)
{
  g_return_val_if_fail (session != NULL, FALSE);
  return session->ballot->has_signature;
}

static gboolean
refuse_signed (PjBallotSession  *session,
               GError          **error)
{
  if (!session->ballot->has_signature)
    return FALSE;
  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
               _("%s: the ballot is submitted and can no longer be changed."),
               session->display_name);
  return TRUE;
}

/* The juror's sheets from the temporary workspace into the ballot. */
static gboolean
collect_sheets (PjBallotSession  *session,
                GError          **error)
{
  PjBallot *ballot = session->ballot;

  for (guint i = 0; i < ballot->nominations->len; i++)
    {
      PjBallotNomination *n = g_ptr_array_index (ballot->nominations, i);
      g_autoptr(PjScoreSheet) sheet = NULL;
      g_autoptr(GArray) ids = NULL;

      sheet = pj_store_get_sheet (session->ws, ballot->juror_id, n->id, error);
      if (sheet == NULL)
        return FALSE;

      pj_ballot_nomination_clear_sheet (n);
      n->status = pj_score_sheet_get_status (sheet);
      g_free (n->overall_comment);
      n->overall_comment = g_strdup (pj_score_sheet_get_overall_comment (sheet));
      n->submitted_at = g_strdup (pj_score_sheet_get_submitted_at (sheet));
      ids = pj_score_sheet_dup_criterion_ids (sheet);
      for (guint j = 0; j < ids->len; j++)
        {
          gint64 id = g_array_index (ids, gint64, j);
          PjBallotScore score;

          score.value = pj_score_sheet_get_value (sheet, id);
          if (score.value == PJ_SCORE_UNSET)
            continue;
          score.criterion_id = id;
          score.comment = g_strdup (pj_score_sheet_get_comment (sheet, id));
          g_array_append_val (n->scores, score);
        }
    }
  return TRUE;
}

gboolean
pj_ballot_session_save (PjBallotSession  *session,
                        GError          **error)
{
  g_autoptr(xmlDoc) doc = NULL;

  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (refuse_signed (session, error) || !collect_sheets (session, error))
    return FALSE;

  doc = ballot_to_doc (session->ballot, TRUE);
  return pj_xml_write_atomically (doc, session->file, G_FILE_CREATE_PRIVATE, NULL, error);
}

gboolean
pj_ballot_session_submit (PjBallotSession  *session,
                          GError          **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlDoc) signed_doc = NULL;
  g_autoptr(xmlDoc) check = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(PjBallot) reread = NULL;
  g_autofree char *hex = NULL;
  guint8 mac[PJ_BALLOT_KEY_SIZE];
  guint8 key[PJ_BALLOT_KEY_SIZE];
  PjBallot *ballot;

  g_return_val_if_fail (session != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ballot = session->ballot;
  if (refuse_signed (session, error) || !collect_sheets (session, error))
    return FALSE;

  /* The document as it will be read: written without key and signature,
   * read back through the hardened parser, then signed. */
  memcpy (key, ballot->key, sizeof key);
  doc = ballot_to_doc (ballot, FALSE);
  bytes = pj_xml_serialize (doc, error);
  if (bytes == NULL)
    return FALSE;
  signed_doc = pj_xml_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                             session->display_name, error);
  if (signed_doc == NULL || !canonical_mac (signed_doc, key, mac, error))
    return FALSE;
  hex = hex_encode (mac, sizeof mac);
  xmlNewProp (xmlDocGetRootElement (signed_doc), BAD_CAST "signature", BAD_CAST hex);

  if (!pj_xml_write_atomically (signed_doc, session->file, G_FILE_CREATE_PRIVATE, NULL, error))
    return FALSE;

  /* Read what was written and check it, as the organiser will. */
  written = read_capped (session->file, session->display_name, error);
  if (written == NULL)
    return FALSE;
  reread = pj_ballot_read_bytes (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                                 session->display_name, (void **) &check, error);
  if (reread == NULL || !canonical_mac (check, key, mac, error))
    return FALSE;
  if (reread->has_key || !reread->has_signature ||
      !equal_constant_time (mac, reread->signature, sizeof mac))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_FAILED,
                   _("%s: the signed ballot does not verify after it was written."),
                   session->display_name);
      return FALSE;
    }

  memcpy (ballot->signature, mac, sizeof mac);
  ballot->has_signature = TRUE;
  ballot->has_key = FALSE;
  memset (ballot->key, 0, sizeof ballot->key);
  memset (key, 0, sizeof key);

  return pj_store_ballot_lock_session (session->ws, ballot->edition_id, error);
}

/* Import */

struct _PjBallotImportPlan
{
  PjWorkspace *ws;
  PjBallot    *ballot;
  GPtrArray   *sheets;     /* PjBallotSheetPlan */
  char        *display_name;
  char        *sha256;
  char        *backup_path;
  gboolean     skip_conflicts;
  gboolean     applied;
};

void
pj_ballot_import_plan_free (PjBallotImportPlan *plan)
{
  if (plan == NULL)
    return;
  g_clear_object (&plan->ws);
  g_clear_pointer (&plan->ballot, pj_ballot_free);
  g_clear_pointer (&plan->sheets, g_ptr_array_unref);
  g_free (plan->display_name);
  g_free (plan->sha256);
  g_free (plan->backup_path);
  g_free (plan);
}

PjBallotImportPlan *
pj_ballot_import_plan (PjWorkspace  *ws,
                       GFile        *file,
                       GError      **error)
{
  g_autoptr(PjBallotImportPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  guint8 key[PJ_BALLOT_KEY_SIZE];
  guint8 mac[PJ_BALLOT_KEY_SIZE];
  gboolean ok;

  g_return_val_if_fail (PJ_IS_WORKSPACE (ws), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = g_new0 (PjBallotImportPlan, 1);
  plan->ws = g_object_ref (ws);
  plan->display_name = dup_display_name (file);

  /* 1. The size cap, before anything is read. */
  bytes = read_capped (file, plan->display_name, error);
  if (bytes == NULL)
    return NULL;
  plan->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  /* 2.–3. The hardened parse, the format version, the schema. */
  plan->ballot = pj_ballot_read_bytes (g_bytes_get_data (bytes, NULL),
                                       g_bytes_get_size (bytes), plan->display_name,
                                       (void **) &doc, error);
  if (plan->ballot == NULL)
    return NULL;

  /* 4. Against the workspace. */
  if (!pj_store_ballot_check (ws, plan->ballot, plan->display_name, error))
    return NULL;

  /* 5. The signature, with the juror's key. */
  if (plan->ballot->has_key || !plan->ballot->has_signature)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s: the ballot is not submitted: it still holds the juror’s key and "
                     "has no signature. %s must submit it in Prisjury first."),
                   plan->display_name, plan->ballot->juror_name);
      return NULL;
    }
  if (!pj_store_get_juror_ballot_key (ws, plan->ballot->juror_id, key, error) ||
      !canonical_mac (doc, key, mac, error))
    return NULL;
  ok = equal_constant_time (mac, plan->ballot->signature, sizeof mac);
  memset (key, 0, sizeof key);
  if (!ok)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("%s: the signature does not match %s’s key: the ballot was changed "
                     "after it was submitted, or signed by someone else."),
                   plan->display_name, plan->ballot->juror_name);
      return NULL;
    }

  /* 6.–7. Versions, and the preview. */
  plan->sheets = pj_store_ballot_compare (ws, plan->ballot, error);
  if (plan->sheets == NULL)
    {
      g_prefix_error (error, "%s: ", plan->display_name);
      return NULL;
    }

  return g_steal_pointer (&plan);
}

const char *
pj_ballot_import_plan_get_display_name (PjBallotImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->display_name;
}

const char *
pj_ballot_import_plan_get_file_sha256 (PjBallotImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->sha256;
}

gint64
pj_ballot_import_plan_get_edition_id (PjBallotImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, PJ_NO_ID);
  return plan->ballot->edition_id;
}

gint64
pj_ballot_import_plan_get_juror_id (PjBallotImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, PJ_NO_ID);
  return plan->ballot->juror_id;
}

const char *
pj_ballot_import_plan_get_juror_name (PjBallotImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->ballot->juror_name;
}

guint
pj_ballot_import_plan_get_n_sheets (PjBallotImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->sheets->len;
}

const PjBallotSheetPlan *
pj_ballot_import_plan_get_sheet (PjBallotImportPlan *plan,
                                 guint               i)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (i < plan->sheets->len, NULL);
  return g_ptr_array_index (plan->sheets, i);
}

guint
pj_ballot_import_plan_count (PjBallotImportPlan  *plan,
                             PjBallotSheetChange  change)
{
  guint count = 0;

  g_return_val_if_fail (plan != NULL, 0);
  for (guint i = 0; i < plan->sheets->len; i++)
    if (((PjBallotSheetPlan *) g_ptr_array_index (plan->sheets, i))->change == change)
      count++;
  return count;
}

char *
pj_ballot_import_plan_dup_summary (PjBallotImportPlan *plan)
{
  guint n_new, n_changed, n_unchanged, n_conflicts;
  g_autofree char *conflicts = NULL;

  g_return_val_if_fail (plan != NULL, NULL);

  n_new = pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_NEW);
  n_changed = pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CHANGED);
  n_unchanged = pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_UNCHANGED);
  n_conflicts = pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CONFLICT);
  conflicts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict", "%u conflicts",
                                            n_conflicts), n_conflicts);
  /* TRANSLATORS: counts of score sheets in a ballot; the last part is
   * "1 conflict" or "2 conflicts" */
  return g_strdup_printf (_("%u new, %u changed, %u unchanged, %s"),
                          n_new, n_changed, n_unchanged, conflicts);
}

void
pj_ballot_import_plan_set_skip_conflicts (PjBallotImportPlan *plan,
                                          gboolean            skip)
{
  g_return_if_fail (plan != NULL);
  plan->skip_conflicts = skip;
}

const char *
pj_ballot_import_plan_get_backup_path (PjBallotImportPlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->backup_path;
}

gboolean
pj_ballot_import_apply (PjBallotImportPlan  *plan,
                        GError             **error)
{
  guint n_conflicts;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (plan->applied)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s: the ballot is imported already."),
                   plan->display_name);
      return FALSE;
    }

  n_conflicts = pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CONFLICT);
  if (n_conflicts > 0 && !plan->skip_conflicts)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_CHANGED_ELSEWHERE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s: %u sheet was changed in the workspace after the ballot "
                                "was exported; nothing was imported.",
                                "%s: %u sheets were changed in the workspace after the ballot "
                                "was exported; nothing was imported.", n_conflicts),
                   plan->display_name, n_conflicts);
      return FALSE;
    }

  if (pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_NEW) +
      pj_ballot_import_plan_count (plan, PJ_BALLOT_SHEET_CHANGED) > 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *suffix = g_date_time_format (now, "ballot-import-%Y%m%d-%H%M%S");

      g_clear_pointer (&plan->backup_path, g_free);
      if (!pj_workspace_backup (plan->ws, suffix, &plan->backup_path, error))
        return FALSE;
    }

  if (!pj_store_ballot_apply (plan->ws, plan->ballot, plan->sheets, plan->skip_conflicts,
                              plan->sha256, plan->display_name, error))
    return FALSE;

  plan->applied = TRUE;
  return TRUE;
}
