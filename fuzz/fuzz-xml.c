/* fuzz-xml.c: libFuzzer target for the hardened XML reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parses the input with pj_xml_parse() and checks what it promises: an
 * error is a PJ_ERROR_INVALID with a short message in valid UTF-8 that
 * names the file; a document has a root, no DTD, no comments, processing
 * instructions, CDATA sections or entity references, nests no deeper than
 * PJ_XML_MAX_DEPTH and holds valid UTF-8. A document validates (or not)
 * against a small schema without trouble, and writes out and reads back to
 * the same bytes. The input as text also goes through pj_xml_clean_text(),
 * whose result must be clean, stable, and survive a write and a read.
 */
#define G_LOG_DOMAIN "fuzz-xml"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pj-xml.h"

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

#define NAME "fuzz.xml"

/* tests/data/xml/test.xsd */
static const char test_xsd[] =
  "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
  "           xmlns:t=\"urn:prisjury:test\" targetNamespace=\"urn:prisjury:test\"\n"
  "           elementFormDefault=\"qualified\">\n"
  "  <xs:element name=\"list\">\n"
  "    <xs:complexType>\n"
  "      <xs:sequence>\n"
  "        <xs:element name=\"item\" type=\"t:item\" minOccurs=\"0\"\n"
  "                    maxOccurs=\"unbounded\"/>\n"
  "      </xs:sequence>\n"
  "      <xs:attribute name=\"version\" type=\"xs:positiveInteger\" use=\"required\"/>\n"
  "    </xs:complexType>\n"
  "  </xs:element>\n"
  "  <xs:complexType name=\"item\">\n"
  "    <xs:simpleContent>\n"
  "      <xs:extension base=\"xs:string\">\n"
  "        <xs:attribute name=\"score\" use=\"required\">\n"
  "          <xs:simpleType>\n"
  "            <xs:restriction base=\"xs:integer\">\n"
  "              <xs:minInclusive value=\"0\"/>\n"
  "              <xs:maxInclusive value=\"5\"/>\n"
  "            </xs:restriction>\n"
  "          </xs:simpleType>\n"
  "        </xs:attribute>\n"
  "      </xs:extension>\n"
  "    </xs:simpleContent>\n"
  "  </xs:complexType>\n"
  "</xs:schema>\n";

static PjXmlSchema *
get_schema (void)
{
  static PjXmlSchema *schema;

  if (schema == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new_static (test_xsd, sizeof test_xsd - 1);

      schema = pj_xml_schema_new_from_bytes (bytes, "test.xsd", &error);
      if (schema == NULL)
        g_error ("%s", error->message);
    }
  return schema;
}

static void
check_error (const GError *error)
{
  CHECK (error != NULL);
  CHECK (g_error_matches (error, PJ_ERROR, PJ_ERROR_INVALID));
  CHECK (g_utf8_validate (error->message, -1, NULL));
  CHECK (g_str_has_prefix (error->message, NAME));
  CHECK (strlen (error->message) < 800);
}

static void
check_nodes (xmlNode *node,
             guint    depth)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      CHECK (n->type == XML_ELEMENT_NODE || n->type == XML_TEXT_NODE
             || n->type == XML_ATTRIBUTE_NODE);
      if (n->type == XML_ELEMENT_NODE)
        {
          CHECK (depth < PJ_XML_MAX_DEPTH);
          CHECK (g_utf8_validate ((const char *) n->name, -1, NULL));
          for (xmlAttr *a = n->properties; a != NULL; a = a->next)
            check_nodes (a->children, depth + 1);
          check_nodes (n->children, depth + 1);
        }
      else if (n->type == XML_TEXT_NODE)
        CHECK (n->content == NULL || g_utf8_validate ((const char *) n->content, -1, NULL));
    }
}

static void
check_document (xmlDoc *doc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(xmlDoc) back = NULL;
  gconstpointer out;
  gsize out_len;

  CHECK (doc->intSubset == NULL && doc->extSubset == NULL);
  CHECK (xmlDocGetRootElement (doc) != NULL);
  for (xmlNode *n = doc->children; n != NULL; n = n->next)
    CHECK (n->type == XML_ELEMENT_NODE);
  check_nodes (xmlDocGetRootElement (doc), 0);

  if (!pj_xml_validate (get_schema (), doc, &error))
    check_error (error);
  g_clear_error (&error);

  /* Written out, read back, written out again: the same bytes. */
  bytes = pj_xml_serialize (doc, &error);
  CHECK (error == NULL && bytes != NULL);
  out = g_bytes_get_data (bytes, &out_len);
  back = pj_xml_parse (out, out_len, NAME, &error);
  CHECK (error == NULL && back != NULL);
  again = pj_xml_serialize (back, &error);
  CHECK (error == NULL && again != NULL);
  CHECK (g_bytes_equal (bytes, again));
}

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD
         || (c >= 0x20 && c <= 0xD7FF)
         || (c >= 0xE000 && c <= 0xFFFD)
         || (c >= 0x10000 && c <= 0x10FFFF);
}

static void
check_clean_text (const uint8_t *data,
                  size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *clean = pj_xml_clean_text (text);
  g_autofree char *twice = pj_xml_clean_text (clean);
  g_autoptr(xmlDoc) doc = xmlNewDoc (BAD_CAST "1.0");
  g_autoptr(xmlDoc) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree xmlChar *content = NULL;
  g_autofree xmlChar *attr = NULL;
  xmlNode *root = xmlNewNode (NULL, BAD_CAST "r");
  xmlNode *child;
  gconstpointer out;
  gsize out_len;

  CHECK (g_utf8_validate (clean, -1, NULL));
  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    CHECK (is_xml_char (g_utf8_get_char (p)));
  CHECK (strcmp (clean, twice) == 0);
  /* Valid text with nothing XML forbids is left as it is. */
  if (g_utf8_validate (text, -1, NULL))
    {
      gboolean all_allowed = TRUE;

      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        all_allowed = all_allowed && is_xml_char (g_utf8_get_char (p));
      if (all_allowed)
        CHECK (strcmp (clean, text) == 0);
    }

  xmlDocSetRootElement (doc, root);
  child = xmlNewTextChild (root, NULL, BAD_CAST "t", BAD_CAST clean);
  xmlSetProp (child, BAD_CAST "a", BAD_CAST clean);
  bytes = pj_xml_serialize (doc, &error);
  CHECK (error == NULL && bytes != NULL);
  out = g_bytes_get_data (bytes, &out_len);
  back = pj_xml_parse (out, out_len, NAME, &error);
  CHECK (error == NULL && back != NULL);
  child = xmlFirstElementChild (xmlDocGetRootElement (back));
  content = xmlNodeGetContent (child);
  attr = xmlGetProp (child, BAD_CAST "a");
  CHECK (strcmp ((const char *) content, clean) == 0);
  CHECK (strcmp ((const char *) attr, clean) == 0);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  doc = pj_xml_parse ((const char *) data, size, NAME, &error);
  if (doc == NULL)
    check_error (error);
  else
    {
      CHECK (error == NULL);
      check_document (doc);
    }

  if (size < 4096)
    check_clean_text (data, size);

  return 0;
}
