/* pj-xml.h: the one way Prisjury reads and writes XML (ballots, exports)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every XML file Prisjury reads comes from outside: a ballot mailed back by
 * a juror, an export someone edited. libxml2 2.9 has no switch that makes
 * such input safe, so all of it goes through pj_xml_parse(), which
 *
 *  - refuses input larger than %PJ_XML_MAX_BYTES before parsing (and
 *    pj_xml_parse_file() before reading it);
 *  - accepts UTF-8 only, checked up front, so that no iconv conversion runs
 *    on untrusted bytes and an error names the line of a bad byte;
 *  - refuses any DOCTYPE: a SAX hook stops the parser the moment one is
 *    seen, before its internal subset is read, and the tree is checked for
 *    a DTD afterwards. With no DTD there are no entities besides the five
 *    predefined ones, so no external entity, parameter entity, billion
 *    laughs or quadratic blowup can be declared;
 *  - installs, once per process, an external entity loader that refuses
 *    every load, so nothing in libxml2 (a DTD, an XSD include, a catalog)
 *    opens a file or a connection on our behalf;
 *  - never passes XML_PARSE_NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE,
 *    HUGE or RECOVER, and refuses elements in the XInclude namespaces;
 *  - stops at elements nested deeper than %PJ_XML_MAX_DEPTH (libxml2's own
 *    limit of 256 stays as a second line), and at more than
 *    %PJ_XML_MAX_NODES elements and attributes, which with the size cap
 *    bounds the memory the tree takes;
 *  - treats a namespace error (an undeclared prefix) as fatal;
 *  - parses processing instructions and comments but leaves them out of
 *    the tree, so readers never meet them;
 *  - merges CDATA sections into ordinary text nodes.
 *
 * Errors are #PJ_ERROR_INVALID (#PJ_ERROR_IO when a file cannot be read),
 * with a message that names the file and, where there is one, the line:
 * "ballot.prisjury-ballot, line 12: …". Only the first error is reported.
 *
 * Threads: every parse and validation has its own libxml2 context and
 * error handler, so they may run in several threads at once. libxml2's
 * global state (the entity loader, the parser's initialisation) is set up
 * once, under g_once.
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

#include "pj-types.h"

G_BEGIN_DECLS

/* 8 MiB. A ballot holds one juror's nominations (their texts included)
 * with the criteria and the juror's comments: a few hundred kilobytes for a
 * large edition. A results export is of the same order. 8 MiB leaves room
 * for ten times that. */
#define PJ_XML_MAX_BYTES (8 * 1024 * 1024)

/* Elements, attributes and namespace declarations, counted as they are
 * read. A ballot of 500 nominations with 20 criteria each holds some
 * 30 000. Without this limit the byte cap alone lets 8 MiB of "<a/>"
 * become a tree of 270 MB in 2 s; with it, the worst files measured (8 MiB
 * of short elements with text or attributes) take some 75 MB and 0.2 s,
 * and a file stopped by the limit less (see /xml/worst-case in
 * tests/xml/test-xml.c). */
#define PJ_XML_MAX_NODES 200000

/* Prisjury's own formats nest a handful of levels; 64 is generous. */
#define PJ_XML_MAX_DEPTH 64

xmlDoc      *pj_xml_parse             (const char    *data,
                                       gsize          len,
                                       const char    *display_name,
                                       GError       **error);
xmlDoc      *pj_xml_parse_file        (GFile         *file,
                                       GCancellable  *cancellable,
                                       GError       **error);

GBytes      *pj_xml_serialize         (xmlDoc        *doc,
                                       GError       **error);
gboolean     pj_xml_write_atomically  (xmlDoc        *doc,
                                       GFile         *file,
                                       GFileCreateFlags flags,
                                       GCancellable  *cancellable,
                                       GError       **error);

char        *pj_xml_clean_text        (const char    *s);

/* A compiled XML Schema. Once loaded it is never changed, and libxml2
 * allows one compiled schema to validate in several threads at once (each
 * pj_xml_validate() call makes its own validation context), so a
 * #PjXmlSchema may be shared between threads. Reference counted. */
typedef struct _PjXmlSchema PjXmlSchema;

PjXmlSchema *pj_xml_schema_load       (const char    *name,
                                       GError       **error);
PjXmlSchema *pj_xml_schema_new_from_bytes (GBytes    *xsd,
                                       const char    *display_name,
                                       GError       **error);
PjXmlSchema *pj_xml_schema_ref        (PjXmlSchema   *schema);
void         pj_xml_schema_unref      (PjXmlSchema   *schema);
const char  *pj_xml_schema_get_namespace (PjXmlSchema *schema);

gboolean     pj_xml_validate          (PjXmlSchema   *schema,
                                       xmlDoc        *doc,
                                       GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjXmlSchema, pj_xml_schema_unref)

/* g_autoptr(xmlDoc): defined here, the one header through which Prisjury
 * uses libxml2. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
