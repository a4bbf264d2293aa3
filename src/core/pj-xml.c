/* pj-xml.c: hardened XML parsing, XSD validation and atomic writing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See pj-xml.h for the rules. The notes here are about libxml2 2.9.14:
 *
 * The parser context is made with xmlNewParserCtxt(), which gives it a SAX
 * handler of its own (a copy, not the global one), and a few of its entries
 * are replaced before xmlCtxtReadMemory() runs: internalSubset and
 * externalSubset stop the parser (xmlStopParser() is meant to be called
 * from SAX callbacks, and 2.9 checks for it after each), startElementNs and
 * endElementNs count the depth and look for XInclude, and comment and
 * processingInstruction are dropped. xmlCtxtUseOptions() (run inside
 * xmlCtxtReadMemory()) only clears entries for the options we pass, never
 * the ones set here.
 *
 * Errors: libxml2 2.9 has no xmlCtxtSetErrorHandler(). For the parser
 * domains __xmlRaiseError() prefers ctxt->sax->serror, called with
 * ctxt->userData (the context itself), over the global handlers, so a
 * handler set there is private to one parse. The XSD code takes its own
 * handlers per parser and validation context. For anything that still goes
 * to the global handler (a nested parser libxml2 makes for an xs:include),
 * the thread's structured handler is set for the duration of the call and
 * put back after; libxml2 is built with threads, which makes that handler
 * per thread. The handler is never called from a SAX callback here: it
 * only records the first error, as stopping the parser from inside an
 * error report could free input that the reporting function still reads.
 */
#define G_LOG_DOMAIN "pj-xml"

#include "config.h"

#include "pj-xml.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <libxml/schemasInternals.h>

#include "pj-schemas-resources.h"

/* Never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE, HUGE or RECOVER.
 * IGNORE_ENC: the input is checked to be UTF-8 before parsing, so an
 * encoding declaration must not switch libxml2 to another decoder.
 * NOERROR and NOWARNING keep libxml2 from printing anything itself. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC | \
                       XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* The longest piece of a libxml2 message quoted in ours: a message can
 * hold a name from the file, and a name can be megabytes long. */
#define MAX_QUOTED_CHARS 160

#define XINCLUDE_NS     "http://www.w3.org/2001/XInclude"
#define XINCLUDE_OLD_NS "http://www.w3.org/2003/XInclude"

/* What one parse (or one schema load or validation) found. */
typedef struct
{
  const char *display_name;
  startElementNsSAX2Func start_element;
  endElementNsSAX2Func end_element;
  int depth;
  guint n_nodes;
  /* The first problem: the reason (translated, without file and line)
   * and the line, 0 when there is none. */
  char *reason;
  int line;
} ParseState;

static void
state_clear (ParseState *state)
{
  g_clear_pointer (&state->reason, g_free);
}

/* Takes @reason. Keeps only the first. */
static void
state_set_reason (ParseState *state,
                  int         line,
                  char       *reason)
{
  if (state->reason != NULL)
    {
      g_free (reason);
      return;
    }
  state->reason = reason;
  state->line = MAX (line, 0);
}

static void
state_to_error (ParseState  *state,
                GError     **error)
{
  if (state->line > 0)
    /* Translators: file name, line number, and a reason that starts in
     * lower case, e.g. "ballot.prisjury-ballot, line 12: the file is not
     * well-formed XML (…)." */
    g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s, line %d: %s"),
                 state->display_name, state->line, state->reason);
  else
    g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s: %s"),
                 state->display_name, state->reason);
}

static void
set_file_error (GError     **error,
                const char  *display_name,
                const char  *reason)
{
  /* Translators: file name, and a reason that starts in lower case. */
  g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("%s: %s"), display_name, reason);
}

/* A libxml2 message made fit to quote: valid UTF-8, one line, short. */
static char *
quote_libxml_message (const char *msg)
{
  g_autofree char *valid = g_utf8_make_valid (msg != NULL ? msg : "", -1);
  GString *out = g_string_new (NULL);
  guint n = 0;

  g_strstrip (valid);
  /* The message is quoted in a sentence of ours, which has its own stop. */
  if (g_str_has_suffix (valid, "."))
    valid[strlen (valid) - 1] = '\0';
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == MAX_QUOTED_CHARS)
        {
          g_string_append (out, "…");
          break;
        }
      if (c < 0x20 || c == 0x7f)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* A translated reason for a libxml2 parser error. */
static char *
reason_for_parser_error (const xmlError *err)
{
  g_autofree char *quoted = quote_libxml_message (err->message);

  switch (err->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return g_strdup (_("this is not an XML file."));

    case XML_ERR_DOCUMENT_END:
      return g_strdup (_("there is more after the end of the XML document."));

    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_GT_REQUIRED:
      if (strstr (err->message != NULL ? err->message : "", "Premature end") != NULL
          || err->code != XML_ERR_TAG_NOT_FINISHED)
        return g_strdup_printf (_("the XML ends before it is complete; the file may have "
                                  "been cut short (%s)."), quoted);
      break;

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      {
        g_autofree char *name = quote_libxml_message (err->str1);

        return g_strdup_printf (_("the file refers to an entity, “&%s;”, and Prisjury reads "
                                  "no entities other than &amp; &lt; &gt; &quot; &apos;."),
                                name);
      }

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_CHARREF:
      return g_strdup_printf (_("the file holds a character that XML does not allow (%s)."),
                              quoted);

    case XML_ERR_INTERNAL_ERROR:
      if (strstr (err->message != NULL ? err->message : "", "depth") != NULL)
        return g_strdup_printf (_("elements are nested more than %d levels deep."),
                                PJ_XML_MAX_DEPTH);
      break;

    default:
      break;
    }

  if (err->domain == XML_FROM_NAMESPACE)
    return g_strdup_printf (_("the file uses XML namespaces wrongly (%s)."), quoted);
  if (err->domain == XML_FROM_IO)
    return g_strdup_printf (_("the file asks to load another file or address, and Prisjury "
                              "loads nothing a file asks for (%s)."), quoted);

  return g_strdup_printf (_("the file is not well-formed XML (%s)."), quoted);
}

static void
parse_serror (void        *user_data,
              xmlErrorPtr  err)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt != NULL ? ctxt->_private : NULL;

  if (state == NULL || err == NULL || err->level < XML_ERR_ERROR)
    return;

  /* An error with all the input read means the file stops short: an
   * unclosed tag, attribute or comment. Say so, whatever libxml2 calls it. */
  if (state->reason == NULL && err->domain == XML_FROM_PARSER
      && ctxt->input != NULL && ctxt->input->cur >= ctxt->input->end
      && err->code != XML_ERR_DOCUMENT_EMPTY)
    {
      g_autofree char *quoted = quote_libxml_message (err->message);

      state_set_reason (state, err->line,
                        g_strdup_printf (_("the XML ends before it is complete; the file may "
                                           "have been cut short (%s)."), quoted));
      return;
    }

  state_set_reason (state, err->line, reason_for_parser_error (err));
}

static int
current_line (xmlParserCtxt *ctxt)
{
  return ctxt->input != NULL ? ctxt->input->line : 0;
}

/* Any DOCTYPE: stop before its internal subset is read. */
static void
refuse_internal_subset (void          *ctx,
                        const xmlChar *name,
                        const xmlChar *external_id,
                        const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  state_set_reason (state, current_line (ctxt),
                    g_strdup (_("the file has a document type declaration (<!DOCTYPE …>), "
                                "which Prisjury does not accept in the files it reads.")));
  xmlStopParser (ctxt);
}

static void
refuse_external_subset (void          *ctx,
                        const xmlChar *name,
                        const xmlChar *external_id,
                        const xmlChar *system_id)
{
  refuse_internal_subset (ctx, name, external_id, system_id);
}

static xmlParserInput *
refuse_resolve_entity (void          *ctx,
                       const xmlChar *public_id,
                       const xmlChar *system_id)
{
  refuse_internal_subset (ctx, NULL, public_id, system_id);
  return NULL;
}

static void
start_element (void           *ctx,
               const xmlChar  *localname,
               const xmlChar  *prefix,
               const xmlChar  *uri,
               int             nb_namespaces,
               const xmlChar **namespaces,
               int             nb_attributes,
               int             nb_defaulted,
               const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  if (uri != NULL && (xmlStrEqual (uri, BAD_CAST XINCLUDE_NS)
                      || xmlStrEqual (uri, BAD_CAST XINCLUDE_OLD_NS)))
    {
      state_set_reason (state, current_line (ctxt),
                        g_strdup (_("the file uses XInclude, which Prisjury does not accept "
                                    "in the files it reads.")));
      xmlStopParser (ctxt);
      return;
    }

  state->n_nodes += 1 + (guint) MAX (nb_attributes, 0) + (guint) MAX (nb_namespaces, 0);
  if (state->n_nodes > PJ_XML_MAX_NODES)
    {
      state_set_reason (state, current_line (ctxt),
                        g_strdup_printf (_("the file holds more than %d elements and "
                                           "attributes, far more than any Prisjury file."),
                                         PJ_XML_MAX_NODES));
      xmlStopParser (ctxt);
      return;
    }

  if (++state->depth > PJ_XML_MAX_DEPTH)
    {
      state_set_reason (state, current_line (ctxt),
                        g_strdup_printf (_("elements are nested more than %d levels deep."),
                                         PJ_XML_MAX_DEPTH));
      xmlStopParser (ctxt);
      return;
    }

  state->start_element (ctx, localname, prefix, uri, nb_namespaces, namespaces,
                        nb_attributes, nb_defaulted, attributes);
}

static void
end_element (void          *ctx,
             const xmlChar *localname,
             const xmlChar *prefix,
             const xmlChar *uri)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  state->depth--;
  state->end_element (ctx, localname, prefix, uri);
}

/* Refuses every load libxml2 would make: external entities, DTDs, schema
 * includes and imports, catalogs. */
static xmlParserInput *
deny_all_loader (const char    *url,
                 const char    *id,
                 xmlParserCtxt *ctxt)
{
  g_debug ("Refused to load “%s”", url != NULL ? url : (id != NULL ? id : "?"));

  if (ctxt != NULL && ctxt->sax != NULL && ctxt->sax->serror == parse_serror
      && ctxt->_private != NULL)
    {
      ParseState *state = ctxt->_private;

      state_set_reason (state, current_line (ctxt),
                        g_strdup (_("the file asks to load another file or address, and "
                                    "Prisjury loads nothing a file asks for.")));
    }
  return NULL;
}

static gpointer
init_libxml (gpointer data)
{
  LIBXML_TEST_VERSION;
  xmlInitParser ();
  xmlSetExternalEntityLoader (deny_all_loader);
  pj_schemas_register_resource ();
  return NULL;
}

static void
ensure_init (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_libxml, NULL);
}

/* Collects what reaches the thread's global handler while @state is set. */
static void
global_serror (void        *user_data,
               xmlErrorPtr  err)
{
  ParseState *state = user_data;

  if (err == NULL || err->level < XML_ERR_ERROR)
    return;
  state_set_reason (state, err->line, reason_for_parser_error (err));
}

typedef struct
{
  xmlStructuredErrorFunc func;
  void *data;
} SavedHandler;

static SavedHandler
push_global_handler (ParseState *state)
{
  SavedHandler saved = { xmlStructuredError, xmlStructuredErrorContext };

  xmlSetStructuredErrorFunc (state, global_serror);
  return saved;
}

static void
pop_global_handler (SavedHandler saved)
{
  xmlSetStructuredErrorFunc (saved.data, saved.func);
}

static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

static gboolean
check_utf8 (const char  *data,
            gsize        len,
            const char  *display_name,
            GError     **error)
{
  const char *end = NULL;
  guint line;

  if (g_utf8_validate_len (data, len, &end))
    return TRUE;

  if (len >= 2 && ((guchar) data[0] == 0xFF || (guchar) data[0] == 0xFE)
      && ((guchar) data[1] ^ (guchar) data[0]) == 0x01)
    {
      set_file_error (error, display_name,
                      _("the file is saved as UTF-16 text; Prisjury reads XML files in "
                        "UTF-8 only."));
      return FALSE;
    }

  line = line_of_offset (data, end - data);
  if (*end == '\0')
    g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                 _("%s, line %u: the file holds a NUL byte, which XML does not allow."),
                 display_name, line);
  else
    g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                 _("%s, line %u: the text is not valid UTF-8, the only encoding Prisjury "
                   "reads in XML files."),
                 display_name, line);
  return FALSE;
}

/* The encoding named in the XML declaration, if any. libxml2 is told to
 * ignore it (XML_PARSE_IGNORE_ENC) and then forgets it, so it is looked up
 * here: a file that says it is ISO-8859-1 but reads as UTF-8 is still
 * refused, as its text would not be what its author saw. */
static char *
declared_encoding (const char *data,
                   gsize       len)
{
  g_autofree char *decl = NULL;
  const char *end;
  const char *p;
  char quote;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  if (len < 6 || memcmp (data, "<?xml", 5) != 0 || !g_ascii_isspace (data[5]))
    return NULL;
  end = g_strstr_len (data, MIN (len, 1024), "?>");
  if (end == NULL)
    return NULL;   /* the parser will complain */
  decl = g_strndup (data, end - data);

  p = strstr (decl, "encoding");
  if (p == NULL)
    return NULL;
  p += strlen ("encoding");
  while (g_ascii_isspace (*p))
    p++;
  if (*p++ != '=')
    return NULL;
  while (g_ascii_isspace (*p))
    p++;
  quote = *p++;
  if (quote != '"' && quote != '\'')
    return NULL;
  end = strchr (p, quote);
  if (end == NULL)
    return NULL;
  return g_strndup (p, end - p);
}

static gboolean
is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0
         || g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

static void
set_too_large (GError     **error,
               const char  *display_name,
               guint64      size)
{
  g_autofree char *mb = g_strdup_printf ("%.1f", size / (1024.0 * 1024.0));
  g_autofree char *reason = g_strdup_printf (_("the file is %s MB; the largest accepted "
                                               "is %d MB."),
                                             mb, PJ_XML_MAX_BYTES / (1024 * 1024));

  set_file_error (error, display_name, reason);
}

/**
 * pj_xml_parse:
 * @data: the bytes of the document (not necessarily NUL-terminated)
 * @len: their length
 * @display_name: how the file is named in messages, usually its base name
 * @error: a #PJ_ERROR_INVALID naming the file, the line and the problem
 *
 * Parses untrusted XML under the rules of pj-xml.h. The document's URL is
 * set to @display_name, for pj_xml_validate()'s messages; it is never
 * used to resolve anything.
 *
 * Returns: (transfer full) (nullable): the document, free it with
 *   xmlFreeDoc(), or %NULL on error
 */
xmlDoc *
pj_xml_parse (const char  *data,
              gsize        len,
              const char  *display_name,
              GError     **error)
{
  ParseState state = { 0 };
  xmlParserCtxt *ctxt;
  xmlDoc *doc;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_init ();

  if (len > PJ_XML_MAX_BYTES)
    {
      set_too_large (error, display_name, len);
      return NULL;
    }
  if (len == 0)
    {
      set_file_error (error, display_name, _("the file is empty."));
      return NULL;
    }
  if (!check_utf8 (data, len, display_name, error))
    return NULL;

  {
    g_autofree char *encoding = declared_encoding (data, len);

    if (encoding != NULL && !is_utf8_name (encoding))
      {
        g_autofree char *quoted = quote_libxml_message (encoding);

        g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                     _("%s, line 1: the file says it is in the encoding “%s”; Prisjury "
                       "reads XML files in UTF-8 only."),
                     display_name, quoted);
        return NULL;
      }
  }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("%s: out of memory", G_STRFUNC);

  state.display_name = display_name;
  state.start_element = ctxt->sax->startElementNs;
  state.end_element = ctxt->sax->endElementNs;
  ctxt->_private = &state;

  ctxt->sax->serror = parse_serror;
  ctxt->sax->internalSubset = refuse_internal_subset;
  ctxt->sax->externalSubset = refuse_external_subset;
  ctxt->sax->resolveEntity = refuse_resolve_entity;
  ctxt->sax->startElementNs = start_element;
  ctxt->sax->endElementNs = end_element;
  ctxt->sax->comment = NULL;
  ctxt->sax->processingInstruction = NULL;

  doc = xmlCtxtReadMemory (ctxt, data, (int) len, display_name, NULL, PARSE_OPTIONS);

  /* A stopped parser can hand back a document with no root and no error
   * of its own: what counts is what the state recorded. */
  if (state.reason == NULL && doc == NULL)
    {
      xmlError *last = xmlCtxtGetLastError (ctxt);

      if (last != NULL && last->code != XML_ERR_OK)
        state_set_reason (&state, last->line, reason_for_parser_error (last));
      else
        state_set_reason (&state, 0, g_strdup (_("the file is not well-formed XML.")));
    }
  if (state.reason == NULL && !ctxt->nsWellFormed)
    state_set_reason (&state, 0, g_strdup (_("the file uses XML namespaces wrongly.")));
  if (state.reason == NULL && (doc->intSubset != NULL || doc->extSubset != NULL))
    state_set_reason (&state, 0,
                      g_strdup (_("the file has a document type declaration (<!DOCTYPE …>), "
                                  "which Prisjury does not accept in the files it reads.")));
  if (state.reason == NULL && xmlDocGetRootElement (doc) == NULL)
    state_set_reason (&state, 0, g_strdup (_("this is not an XML file.")));

  ctxt->_private = NULL;
  xmlFreeParserCtxt (ctxt);

  /* libxml2 sets the URL from the name with URI escaping ("%20" for a
   * space); messages want the name as given. */
  if (doc != NULL && state.reason == NULL)
    {
      xmlFree ((xmlChar *) doc->URL);
      doc->URL = xmlStrdup (BAD_CAST display_name);
    }

  if (state.reason != NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      state_to_error (&state, error);
      state_clear (&state);
      return NULL;
    }

  return doc;
}

/**
 * pj_xml_parse_file:
 * @file: the file
 * @cancellable: (nullable): a #GCancellable
 * @error: #PJ_ERROR_INVALID when the file is too large or not acceptable
 *   XML, #PJ_ERROR_IO when it cannot be read
 *
 * Checks that @file is a regular file no larger than %PJ_XML_MAX_BYTES
 * before reading it, never reads more than that (a file can grow), and
 * parses it with pj_xml_parse(), naming it by its display name.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL on error
 */
xmlDoc *
pj_xml_parse_file (GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *buf = NULL;
  gsize n_read = 0;
  goffset size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  if (name == NULL)
    name = g_file_get_parse_name (file);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    goto io_error;

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME))
    {
      g_free (name);
      name = g_strdup (g_file_info_get_display_name (info));
    }

  /* A FIFO or a device could block or never end. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      set_file_error (error, name, _("this is not a regular file."));
      return NULL;
    }

  size = MAX (g_file_info_get_size (info), 0);
  if (size > PJ_XML_MAX_BYTES)
    {
      set_too_large (error, name, (guint64) size);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    goto io_error;

  /* One byte more than the limit tells a file that grew past it. */
  buf = g_malloc ((gsize) PJ_XML_MAX_BYTES + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buf, (gsize) PJ_XML_MAX_BYTES + 1,
                                &n_read, cancellable, &local_error))
    goto io_error;

  if (n_read > PJ_XML_MAX_BYTES)
    {
      g_autofree char *reason = g_strdup_printf (_("the file is larger than %d MB, the "
                                                   "largest accepted."),
                                                 PJ_XML_MAX_BYTES / (1024 * 1024));

      set_file_error (error, name, reason);
      return NULL;
    }

  return pj_xml_parse (buf, n_read, name, error);

io_error:
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not read “%s”: %s"),
                 name, local_error->message);
  return NULL;
}

/**
 * pj_xml_serialize:
 * @doc: a document
 * @error: #PJ_ERROR_FAILED if the result would not read back
 *
 * Writes @doc as indented UTF-8 and parses the result again with
 * pj_xml_parse(): libxml2 writes control characters and broken UTF-8 in
 * text through unchanged, and a file that does not read back is worse than
 * no file. Text put into a document should go through pj_xml_clean_text().
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL on error
 */
GBytes *
pj_xml_serialize (xmlDoc  *doc,
                  GError **error)
{
  g_autoptr(GError) local_error = NULL;
  xmlChar *mem = NULL;
  int size = 0;
  xmlDoc *check;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_init ();

  xmlDocDumpFormatMemoryEnc (doc, &mem, &size, "UTF-8", 1);
  if (mem == NULL || size <= 0)
    {
      g_set_error_literal (error, PJ_ERROR, PJ_ERROR_FAILED,
                           _("The document could not be written as XML."));
      xmlFree (mem);
      return NULL;
    }

  check = pj_xml_parse ((const char *) mem, size, "XML", &local_error);
  if (check == NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_FAILED,
                   _("The document could not be written, as it would not read back: %s"),
                   local_error->message);
      xmlFree (mem);
      return NULL;
    }
  xmlFreeDoc (check);

  return g_bytes_new_with_free_func (mem, size, xmlFree, mem);
}

/* Takes group and other access away from @file, if it exists. */
static gboolean
make_private (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  guint32 mode;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE))
    return TRUE;

  mode = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE);
  if ((mode & 0077) == 0)
    return TRUE;
  return g_file_set_attribute_uint32 (file, G_FILE_ATTRIBUTE_UNIX_MODE, mode & ~(guint32) 0077,
                                      G_FILE_QUERY_INFO_NONE, cancellable, error);
}

/**
 * pj_xml_write_atomically:
 * @doc: a document
 * @file: where to write it
 * @flags: #G_FILE_CREATE_PRIVATE for a file that holds a secret (a
 *   ballot holds the juror's key), else #G_FILE_CREATE_NONE
 * @cancellable: (nullable): a #GCancellable
 * @error: #PJ_ERROR_FAILED when @doc would not read back, #PJ_ERROR_IO
 *   when the file cannot be written
 *
 * Serialises @doc with pj_xml_serialize() and replaces @file with it in one
 * step (a temporary file renamed over it): a crash leaves the old file or
 * the new one, never half of one.
 *
 * Returns: %TRUE on success
 */
gboolean
pj_xml_write_atomically (xmlDoc            *doc,
                         GFile             *file,
                         GFileCreateFlags   flags,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = pj_xml_serialize (doc, error);
  if (bytes == NULL)
    return FALSE;

  /* GLib gives the new file the mode of the one it replaces, and
   * G_FILE_CREATE_PRIVATE only applies to a file it creates: make the old
   * one private first, so that the secret is never readable by others. */
  if ((flags & G_FILE_CREATE_PRIVATE) && !make_private (file, cancellable, &local_error))
    goto error;

  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, flags, NULL, cancellable, &local_error))
    goto error;

  return TRUE;

error:
  {
    g_autofree char *name = g_file_get_parse_name (file);

    if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
      g_propagate_error (error, g_steal_pointer (&local_error));
    else
      g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not save “%s”: %s"),
                   name, local_error->message);
    return FALSE;
  }
}

static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD
         || (c >= 0x20 && c <= 0xD7FF)
         || (c >= 0xE000 && c <= 0xFFFD)
         || (c >= 0x10000 && c <= 0x10FFFF);
}

/**
 * pj_xml_clean_text:
 * @s: (nullable): text from anywhere, valid UTF-8 or not
 *
 * Makes text fit for an XML document: invalid UTF-8 (lone surrogates
 * written as bytes included) becomes U+FFFD, and characters that XML 1.0
 * does not allow (the control characters other than tab, line feed and
 * carriage return, U+FFFE and U+FFFF) are removed.
 *
 * Returns: (transfer full) (nullable): the clean text, %NULL for %NULL
 */
char *
pj_xml_clean_text (const char *s)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (s == NULL)
    return NULL;

  valid = g_utf8_make_valid (s, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_xml_char (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

/* Schemas */

struct _PjXmlSchema
{
  gatomicrefcount ref;
  xmlDoc *doc;       /* the XSD: the compiled schema points into it */
  xmlSchema *schema;
};

G_LOCK_DEFINE_STATIC (schemas);
static GHashTable *schemas;  /* name → PjXmlSchema, loaded once */

static void
schema_serror (void        *user_data,
               xmlErrorPtr  err)
{
  ParseState *state = user_data;
  g_autofree char *quoted = NULL;

  /* While a schema is compiled, a warning (an import that could not be
   * loaded, say) is an error too: shipped schemas are self-contained. */
  if (err == NULL || err->level < XML_ERR_WARNING)
    return;
  quoted = quote_libxml_message (err->message);
  state_set_reason (state, err->line, g_strdup_printf (_("the schema is not valid (%s)."),
                                                       quoted));
}

/**
 * pj_xml_schema_new_from_bytes:
 * @xsd: the text of an XML Schema
 * @display_name: how it is named in messages
 * @error: #PJ_ERROR_INVALID when it is not a valid schema
 *
 * Compiles a schema. The XSD itself goes through pj_xml_parse(), and any
 * xs:include or xs:import with a schemaLocation is refused (the loader
 * loads nothing), so compiling never reads a file or opens a connection.
 *
 * Returns: (transfer full) (nullable): the schema, or %NULL on error
 */
PjXmlSchema *
pj_xml_schema_new_from_bytes (GBytes      *xsd,
                              const char  *display_name,
                              GError     **error)
{
  ParseState state = { 0 };
  xmlSchemaParserCtxt *pctxt;
  xmlSchema *compiled;
  xmlDoc *doc;
  SavedHandler saved;
  PjXmlSchema *self;
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (xsd != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (xsd, &size);
  doc = pj_xml_parse (data != NULL ? data : "", size, display_name, error);
  if (doc == NULL)
    return NULL;

  state.display_name = display_name;
  saved = push_global_handler (&state);
  pctxt = xmlSchemaNewDocParserCtxt (doc);
  xmlSchemaSetParserStructuredErrors (pctxt, schema_serror, &state);
  compiled = xmlSchemaParse (pctxt);
  xmlSchemaFreeParserCtxt (pctxt);
  pop_global_handler (saved);

  if (compiled == NULL || state.reason != NULL)
    {
      if (state.reason == NULL)
        state_set_reason (&state, 0, g_strdup (_("the schema is not valid.")));
      state_to_error (&state, error);
      state_clear (&state);
      g_clear_pointer (&compiled, xmlSchemaFree);
      xmlFreeDoc (doc);
      return NULL;
    }

  self = g_new0 (PjXmlSchema, 1);
  g_atomic_ref_count_init (&self->ref);
  self->doc = doc;
  self->schema = compiled;
  return self;
}

static gboolean
is_schema_name (const char *name)
{
  if (name[0] == '\0')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/**
 * pj_xml_schema_load:
 * @name: the schema's name: "ballot" is `data/schemas/ballot.xsd`
 * @error: #PJ_ERROR_NOT_FOUND when Prisjury has no such schema,
 *   #PJ_ERROR_INVALID when it does not compile
 *
 * Gets one of the schemas built into Prisjury (a GResource under
 * `RESOURCE_PATH/schemas/`), compiled the first time it is asked for and
 * kept for the life of the process. Safe to call from any thread.
 *
 * Returns: (transfer full) (nullable): a reference to the schema
 */
PjXmlSchema *
pj_xml_schema_load (const char  *name,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *file_name = NULL;
  PjXmlSchema *schema;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_init ();

  G_LOCK (schemas);

  if (schemas == NULL)
    schemas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) pj_xml_schema_unref);
  schema = g_hash_table_lookup (schemas, name);
  if (schema != NULL)
    {
      pj_xml_schema_ref (schema);
      G_UNLOCK (schemas);
      return schema;
    }

  file_name = g_strconcat (name, ".xsd", NULL);
  if (is_schema_name (name))
    {
      path = g_strconcat (RESOURCE_PATH, "/schemas/", file_name, NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }
  if (bytes == NULL)
    {
      G_UNLOCK (schemas);
      g_set_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND,
                   _("Prisjury has no schema “%s”."), file_name);
      return NULL;
    }

  schema = pj_xml_schema_new_from_bytes (bytes, file_name, error);
  if (schema != NULL)
    g_hash_table_insert (schemas, g_strdup (name), pj_xml_schema_ref (schema));

  G_UNLOCK (schemas);
  return schema;
}

PjXmlSchema *
pj_xml_schema_ref (PjXmlSchema *schema)
{
  g_return_val_if_fail (schema != NULL, NULL);

  g_atomic_ref_count_inc (&schema->ref);
  return schema;
}

void
pj_xml_schema_unref (PjXmlSchema *schema)
{
  g_return_if_fail (schema != NULL);

  if (g_atomic_ref_count_dec (&schema->ref))
    {
      xmlSchemaFree (schema->schema);
      xmlFreeDoc (schema->doc);
      g_free (schema);
    }
}

/**
 * pj_xml_schema_get_namespace:
 *
 * Returns: (nullable): the schema's target namespace
 */
const char *
pj_xml_schema_get_namespace (PjXmlSchema *schema)
{
  g_return_val_if_fail (schema != NULL, NULL);

  return (const char *) schema->schema->targetNamespace;
}

static void
validate_serror (void        *user_data,
                 xmlErrorPtr  err)
{
  ParseState *state = user_data;
  g_autofree char *quoted = NULL;

  if (err == NULL || err->level < XML_ERR_ERROR)
    return;
  quoted = quote_libxml_message (err->message);
  state_set_reason (state, err->line,
                    g_strdup_printf (_("the file does not follow its format (%s)."), quoted));
}

/**
 * pj_xml_validate:
 * @schema: a schema
 * @doc: a document from pj_xml_parse()
 * @error: #PJ_ERROR_INVALID, naming the file (the document's URL), the
 *   line and the first problem
 *
 * Checks first that the root element is in the schema's namespace (a
 * clearer message for a file of another kind), then validates. Lines past
 * 65 535 are reported as 65 535 (libxml2 keeps node lines in 16 bits).
 *
 * Returns: %TRUE when @doc is valid
 */
gboolean
pj_xml_validate (PjXmlSchema  *schema,
                 xmlDoc       *doc,
                 GError      **error)
{
  ParseState state = { 0 };
  xmlSchemaValidCtxt *vctxt;
  xmlNode *root;
  const char *want_ns;
  const char *have_ns;
  SavedHandler saved;
  int ret;

  g_return_val_if_fail (schema != NULL, FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  state.display_name = doc->URL != NULL ? (const char *) doc->URL : "XML";

  root = xmlDocGetRootElement (doc);
  if (root == NULL)
    {
      state_set_reason (&state, 0, g_strdup (_("this is not an XML file.")));
      state_to_error (&state, error);
      state_clear (&state);
      return FALSE;
    }

  want_ns = pj_xml_schema_get_namespace (schema);
  have_ns = root->ns != NULL ? (const char *) root->ns->href : NULL;
  if (g_strcmp0 (want_ns, have_ns) != 0)
    {
      g_autofree char *name = quote_libxml_message ((const char *) root->name);
      g_autofree char *ns = quote_libxml_message (have_ns != NULL ? have_ns : "");

      if (have_ns == NULL)
        state_set_reason (&state, xmlGetLineNo (root),
                          g_strdup_printf (_("this is not a file of the kind expected here: "
                                             "its root element “%s” has no namespace, "
                                             "where “%s” is expected."),
                                           name, want_ns != NULL ? want_ns : ""));
      else
        state_set_reason (&state, xmlGetLineNo (root),
                          g_strdup_printf (_("this is not a file of the kind expected here: "
                                             "its root element “%s” is in the namespace "
                                             "“%s”, where “%s” is expected."),
                                           name, ns, want_ns != NULL ? want_ns : ""));
      state_to_error (&state, error);
      state_clear (&state);
      return FALSE;
    }

  saved = push_global_handler (&state);
  vctxt = xmlSchemaNewValidCtxt (schema->schema);
  xmlSchemaSetValidStructuredErrors (vctxt, validate_serror, &state);
  ret = xmlSchemaValidateDoc (vctxt, doc);
  xmlSchemaFreeValidCtxt (vctxt);
  pop_global_handler (saved);

  if (ret != 0 || state.reason != NULL)
    {
      if (state.reason == NULL)
        state_set_reason (&state, 0, g_strdup (_("the file does not follow its format.")));
      state_to_error (&state, error);
      state_clear (&state);
      return FALSE;
    }

  return TRUE;
}
