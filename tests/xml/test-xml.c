/* test-xml.c: the hardened XML reader, the XSD loader and the writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The hostile files (tests/data/xml/ and the ones made at test time) each
 * run in a subprocess of their own, so that the memory each takes is
 * measured from a fresh start: getrusage()'s ru_maxrss is a high-water
 * mark, and in one process a large case would hide the ones after it. In
 * the subprocess every case must be rejected with a message that names the
 * file, within HOSTILE_MAX_USEC and with ru_maxrss grown by less than
 * HOSTILE_MAX_KB; on Linux an inotify watch also checks that no file was
 * opened, and a listening socket that no connection was made.
 */
#define G_LOG_DOMAIN "test-xml"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#ifdef __linux__
#include <sys/inotify.h>
#endif

#include <glib/gstdio.h>
#include <libxml/tree.h>

#include "pj-xml.h"

/* Most cases take under 1 ms and 1 MB; 8 MiB of "<a/>", stopped by
 * PJ_XML_MAX_NODES, takes about 40 MB before it is stopped. */
#define HOSTILE_MAX_USEC (1 * G_USEC_PER_SEC)
#define HOSTILE_MAX_KB   (64 * 1024)

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "xml", name, NULL);
}

static xmlDoc *
parse_data (const char  *name,
            GError     **error)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return pj_xml_parse_file (file, NULL, error);
}

static long
max_rss_kb (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

/* Guards against files being opened and connections being made. */

typedef struct
{
  char *dir;         /* a private directory with a secret file */
  char *secret;      /* its path */
  int inotify_fd;
  int listen_fd;
  guint16 port;
} Watch;

#define SECRET "PRISJURY-SECRET-4711"

static void
watch_start (Watch *w)
{
  g_autoptr(GError) error = NULL;
  struct sockaddr_in addr = { 0 };
  socklen_t addr_len = sizeof addr;

  w->dir = g_dir_make_tmp ("pj-xml-XXXXXX", &error);
  g_assert_no_error (error);
  w->secret = g_build_filename (w->dir, "secret.txt", NULL);
  g_file_set_contents (w->secret, SECRET "\n", -1, &error);
  g_assert_no_error (error);

#ifdef __linux__
  w->inotify_fd = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);
  g_assert_cmpint (w->inotify_fd, >=, 0);
  g_assert_cmpint (inotify_add_watch (w->inotify_fd, w->secret, IN_OPEN | IN_ACCESS), >=, 0);
  /* Only our own secret file: anything on the machine may read
   * /etc/passwd at any moment (every g_get_real_name () does), so a watch
   * on it would report other processes. Documents pointing at /etc/passwd
   * are checked by their output instead. */
#else
  w->inotify_fd = -1;
#endif

  w->listen_fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  g_assert_cmpint (w->listen_fd, >=, 0);
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  addr.sin_port = 0;
  g_assert_cmpint (bind (w->listen_fd, (struct sockaddr *) &addr, sizeof addr), ==, 0);
  g_assert_cmpint (listen (w->listen_fd, 8), ==, 0);
  g_assert_cmpint (getsockname (w->listen_fd, (struct sockaddr *) &addr, &addr_len), ==, 0);
  w->port = ntohs (addr.sin_port);
}

/* Replaces @SECRET_PATH@ and @PORT@ in @text. */
static char *
watch_expand (Watch      *w,
              const char *text)
{
  g_autoptr(GString) s = g_string_new (text);
  g_autofree char *port = g_strdup_printf ("%u", w->port);

  g_string_replace (s, "@SECRET_PATH@", w->secret, 0);
  g_string_replace (s, "@PORT@", port, 0);
  return g_strdup (s->str);
}

/* Asserts that nothing connected and nothing was opened. */
static void
watch_check (Watch *w)
{
  struct pollfd pfd = { w->listen_fd, POLLIN, 0 };

  /* The kernel completes a connection without accept(): a pending one
   * makes the listening socket readable. */
  g_assert_cmpint (poll (&pfd, 1, 0), ==, 0);
  close (w->listen_fd);

#ifdef __linux__
  {
    char buf[4096];
    ssize_t n = read (w->inotify_fd, buf, sizeof buf);

    /* Nothing to read: no file of ours was opened or read. */
    g_assert_cmpint (n, ==, -1);
    g_assert_cmpint (errno, ==, EAGAIN);
    close (w->inotify_fd);
  }
#endif
}

static void
watch_cleanup (Watch *w)
{
  g_unlink (w->secret);
  g_rmdir (w->dir);
  g_free (w->secret);
  g_free (w->dir);
}

static void
watch_finish (Watch *w)
{
  watch_check (w);
  watch_cleanup (w);
}

/* Checks a rejection: PJ_ERROR_INVALID, naming the file, holding
 * @fragment, and leaking no secret. */
static void
assert_rejected (const GError *error,
                 const char   *display_name,
                 const char   *fragment)
{
  g_assert_error (error, PJ_ERROR, PJ_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, display_name));
  if (fragment != NULL)
    g_assert_nonnull (strstr (error->message, fragment));
  g_assert_null (strstr (error->message, SECRET));
  g_assert_null (strstr (error->message, "root:"));
  g_assert_cmpuint (strlen (error->message), <, 600);
}

/* Hostile inputs */

typedef struct
{
  const char *name;      /* the test path and display name */
  const char *file;      /* a file under tests/data/xml/, or NULL */
  char *(*make) (Watch *w, gsize *len);  /* or generated */
  const char *fragment;  /* in the message */
  gboolean schema;       /* well-formed; the schema rejects it */
} HostileCase;

static char *
make_xxe_secret (Watch *w,
                 gsize *len)
{
  char *s = watch_expand (w,
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE list [\n"
    "  <!ENTITY a SYSTEM \"file://@SECRET_PATH@\">\n"
    "  <!ENTITY b SYSTEM \"@SECRET_PATH@\">\n"
    "]>\n"
    "<list xmlns=\"urn:prisjury:test\" version=\"1\"><item score=\"1\">&a;&b;</item></list>\n");

  *len = strlen (s);
  return s;
}

static char *
make_xxe_url (Watch *w,
              gsize *len)
{
  char *s = watch_expand (w,
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE list [\n"
    "  <!ENTITY e SYSTEM \"http://127.0.0.1:@PORT@/secret\">\n"
    "]>\n"
    "<list xmlns=\"urn:prisjury:test\" version=\"1\"><item score=\"1\">&e;</item></list>\n");

  *len = strlen (s);
  return s;
}

static char *
make_parameter_entity_url (Watch *w,
                           gsize *len)
{
  char *s = watch_expand (w,
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE list [\n"
    "  <!ENTITY % p SYSTEM \"http://127.0.0.1:@PORT@/p.dtd\">\n"
    "  %p;\n"
    "]>\n"
    "<list xmlns=\"urn:prisjury:test\" version=\"1\"/>\n");

  *len = strlen (s);
  return s;
}

static char *
make_external_dtd_url (Watch *w,
                       gsize *len)
{
  char *s = watch_expand (w,
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE list SYSTEM \"http://127.0.0.1:@PORT@/list.dtd\">\n"
    "<list xmlns=\"urn:prisjury:test\" version=\"1\"/>\n");

  *len = strlen (s);
  return s;
}

static char *
make_external_dtd_file (Watch *w,
                        gsize *len)
{
  char *s = watch_expand (w,
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE list PUBLIC \"-//Prisjury//x//EN\" \"file://@SECRET_PATH@\">\n"
    "<list xmlns=\"urn:prisjury:test\" version=\"1\"/>\n");

  *len = strlen (s);
  return s;
}

static char *
make_xinclude_secret (Watch *w,
                      gsize *len)
{
  char *s = watch_expand (w,
    "<list xmlns=\"urn:prisjury:test\" version=\"1\">\n"
    "  <item score=\"1\"><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\"\n"
    "     href=\"@SECRET_PATH@\" parse=\"text\"/></item>\n"
    "  <item score=\"1\"><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\"\n"
    "     href=\"http://127.0.0.1:@PORT@/x\" parse=\"text\"/></item>\n"
    "</list>\n");

  *len = strlen (s);
  return s;
}

/* 60 KB that a parser with entities expands to about 1 GB. */
static char *
make_quadratic (Watch *w,
                gsize *len)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE list [<!ENTITY a \"");

  for (guint i = 0; i < 30000; i++)
    g_string_append_c (s, 'x');
  g_string_append (s, "\">]>\n<list xmlns=\"urn:prisjury:test\" version=\"1\">"
                      "<item score=\"1\">");
  for (guint i = 0; i < 10000; i++)
    g_string_append (s, "&a;");
  g_string_append (s, "</item></list>\n");
  *len = s->len;
  return g_string_free (s, FALSE);
}

static char *
make_deep (Watch *w,
           gsize *len)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "<a>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "</a>");
  *len = s->len;
  return g_string_free (s, FALSE);
}

/* Deep, and unclosed, as a truncated copy of the above would be. */
static char *
make_deep_unclosed (Watch *w,
                    gsize *len)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "<a>");
  *len = s->len;
  return g_string_free (s, FALSE);
}

static char *
make_random (Watch *w,
             gsize *len)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4711);
  char *s = g_malloc (64 * 1024);

  for (gsize i = 0; i < 64 * 1024; i++)
    s[i] = (char) g_rand_int_range (rand, 0, 256);
  *len = 64 * 1024;
  return s;
}

/* Random printable ASCII, which is valid UTF-8. */
static char *
make_random_text (Watch *w,
                  gsize *len)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4712);
  char *s = g_malloc (64 * 1024);

  for (gsize i = 0; i < 64 * 1024; i++)
    s[i] = (char) g_rand_int_range (rand, 0x20, 0x7f);
  s[0] = 'R';
  *len = 64 * 1024;
  return s;
}

static char *
make_nul (Watch *w,
          gsize *len)
{
  static const char doc[] = "<list xmlns=\"urn:prisjury:test\" version=\"1\">\n"
                            "<item score=\"1\">a\0b</item></list>";

  *len = sizeof doc - 1;
  return g_memdup2 (doc, sizeof doc - 1);
}

static char *
make_control_char (Watch *w,
                   gsize *len)
{
  char *s = g_strdup ("<list xmlns=\"urn:prisjury:test\" version=\"1\">\n"
                      "<item score=\"1\">a\001b</item></list>");

  *len = strlen (s);
  return s;
}

static char *
make_char_ref (Watch *w,
               gsize *len)
{
  char *s = g_strdup ("<list xmlns=\"urn:prisjury:test\" version=\"1\">\n"
                      "<item score=\"1\">a&#1;b&#xFFFE;</item></list>");

  *len = strlen (s);
  return s;
}

static char *
make_utf16 (Watch *w,
            gsize *len)
{
  const char *text = "<list xmlns=\"urn:prisjury:test\" version=\"1\"/>";
  g_autoptr(GError) error = NULL;
  char *s = g_convert (text, -1, "UTF-16", "UTF-8", NULL, len, &error);

  g_assert_no_error (error);
  return s;
}

static char *
make_long_name (Watch *w,
                gsize *len)
{
  GString *s = g_string_new ("<list xmlns=\"urn:prisjury:test\" version=\"1\"><");

  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (s, 'n');
  g_string_append (s, "></mismatch></list>");
  *len = s->len;
  return g_string_free (s, FALSE);
}

/* Just under the byte cap, and far over the node limit. */
static char *
make_many_elements (Watch *w,
                    gsize *len)
{
  GString *s = g_string_new ("<list xmlns=\"urn:prisjury:test\" version=\"1\">");

  while (s->len < PJ_XML_MAX_BYTES - 16)
    g_string_append (s, "<a/>");
  g_string_append (s, "</list>");
  *len = s->len;
  return g_string_free (s, FALSE);
}

static const HostileCase hostile_cases[] = {
  { "xxe-file.xml", "xxe-file.xml", NULL, "document type declaration" },
  { "xxe-secret.xml", NULL, make_xxe_secret, "document type declaration" },
  { "xxe-url.xml", "xxe-url.xml", NULL, "document type declaration" },
  { "xxe-listener.xml", NULL, make_xxe_url, "document type declaration" },
  { "parameter-entity.xml", "parameter-entity.xml", NULL, "document type declaration" },
  { "parameter-entity-url.xml", NULL, make_parameter_entity_url, "document type declaration" },
  { "external-dtd.xml", "external-dtd.xml", NULL, "document type declaration" },
  { "external-dtd-url.xml", NULL, make_external_dtd_url, "document type declaration" },
  { "external-dtd-file.xml", NULL, make_external_dtd_file, "document type declaration" },
  { "billion-laughs.xml", "billion-laughs.xml", NULL, "document type declaration" },
  { "quadratic-blowup.xml", NULL, make_quadratic, "document type declaration" },
  { "xinclude.xml", "xinclude.xml", NULL, "XInclude" },
  { "xinclude-secret.xml", NULL, make_xinclude_secret, "XInclude" },
  { "deep.xml", NULL, make_deep, "nested more than 64 levels deep" },
  { "deep-unclosed.xml", NULL, make_deep_unclosed, "nested more than 64 levels deep" },
  { "invalid-utf8.xml", "invalid-utf8.xml", NULL, "line 4: the text is not valid UTF-8" },
  { "latin1-declared.xml", "latin1-declared.xml", NULL, "encoding “ISO-8859-1”" },
  { "utf16.xml", NULL, make_utf16, "utf16.xml: the file is saved as UTF-16 text" },
  { "nul.xml", NULL, make_nul, "line 2: the file holds a NUL byte" },
  { "control-char.xml", NULL, make_control_char, "line 2: the file holds a character" },
  { "char-ref.xml", NULL, make_char_ref, "line 2: the file holds a character" },
  { "random.bin", NULL, make_random, "the text is not valid UTF-8" },
  { "random.txt", NULL, make_random_text, "line 1: this is not an XML file" },
  { "empty.xml", "empty.xml", NULL, "the file is empty" },
  { "truncated.xml", "truncated.xml", NULL, "line 3: the XML ends before it is complete" },
  { "undeclared-prefix.xml", "undeclared-prefix.xml", NULL,
    "line 3: the file uses XML namespaces wrongly" },
  { "many-elements.xml", NULL, make_many_elements,
    "line 1: the file holds more than 200000 elements" },
  { "long-name.xml", NULL, make_long_name, "line 1: the file is not well-formed XML" },
  { "wrong-namespace.xml", "wrong-namespace.xml", NULL,
    "line 2: this is not a file of the kind", TRUE },
  { "invalid-score.xml", "invalid-score.xml", NULL,
    "line 4: the file does not follow its format", TRUE },
};

static void
run_hostile (gconstpointer data)
{
  const HostileCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(PjXmlSchema) schema = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;
  gint64 start, usec;
  long rss_before, rss_kb;
  Watch w = { 0 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  schema = pj_xml_schema_load ("test", &error);
  g_assert_no_error (error);

  watch_start (&w);
  if (c->make != NULL)
    text = c->make (&w, &len);

  rss_before = max_rss_kb ();
  start = g_get_monotonic_time ();
  if (text != NULL)
    doc = pj_xml_parse (text, len, c->name, &error);
  else
    doc = parse_data (c->file, &error);
  if (c->schema)
    {
      g_assert_no_error (error);
      g_assert_nonnull (doc);
      g_assert_false (pj_xml_validate (schema, doc, &error));
    }
  usec = g_get_monotonic_time () - start;
  rss_kb = max_rss_kb () - rss_before;

  watch_finish (&w);
  if (!c->schema)
    g_assert_null (doc);
  assert_rejected (error, c->name, c->fragment);
  /* The subprocess's own test messages are not shown: this is. */
  g_printerr ("# %s: %" G_GINT64_FORMAT " us, max RSS +%ld kB\n#   %s\n",
              c->name, usec, rss_kb, error->message);
  g_assert_cmpint (usec, <, HOSTILE_MAX_USEC);
  g_assert_cmpint (rss_kb, <, HOSTILE_MAX_KB);
}

/* A 100 MB file: refused by its size, before it is opened. */
static void
test_huge_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autofree char *path = NULL;
  g_autofree char *chunk = NULL;
  GString *s;
  gint64 start, usec;
  long rss_before, rss_kb;
  gsize chunk_len, total = 0;
  Watch w = { 0 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  watch_start (&w);
  path = g_build_filename (w.dir, "huge.xml", NULL);
  file = g_file_new_for_path (path);
  out = g_file_create (file, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);

  s = g_string_new (NULL);
  while (s->len < 64 * 1024)
    g_string_append (s, "<item score=\"1\">Läsfrämjande</item>\n");
  chunk_len = s->len;
  chunk = g_string_free (s, FALSE);
  g_output_stream_write_all (G_OUTPUT_STREAM (out), "<list xmlns=\"urn:prisjury:test\" "
                             "version=\"1\">\n", 44, NULL, NULL, &error);
  g_assert_no_error (error);
  while (total < 100 * 1024 * 1024)
    {
      g_output_stream_write_all (G_OUTPUT_STREAM (out), chunk, chunk_len, NULL, NULL, &error);
      g_assert_no_error (error);
      total += chunk_len;
    }
  g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error);
  g_assert_no_error (error);

#ifdef __linux__
  g_assert_cmpint (inotify_add_watch (w.inotify_fd, path, IN_OPEN | IN_ACCESS), >=, 0);
#endif

  rss_before = max_rss_kb ();
  start = g_get_monotonic_time ();
  doc = pj_xml_parse_file (file, NULL, &error);
  usec = g_get_monotonic_time () - start;
  rss_kb = max_rss_kb () - rss_before;

  g_assert_null (doc);
  assert_rejected (error, "huge.xml", "MB; the largest accepted is 8 MB");
  g_printerr ("# 100 MB: %" G_GINT64_FORMAT " us, max RSS +%ld kB\n#   %s\n",
              usec, rss_kb, error->message);
  g_assert_cmpint (usec, <, HOSTILE_MAX_USEC / 10);
  g_assert_cmpint (rss_kb, <, 4 * 1024);
  g_clear_error (&error);

  watch_check (&w);
  g_file_delete (file, NULL, &error);
  g_assert_no_error (error);
  watch_cleanup (&w);
}

/* The largest tree an acceptable file can make: 8 MiB, just under
 * PJ_XML_MAX_NODES elements, each with text. Accepted, in bounded time and
 * memory. */
static void
test_worst_case (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  GString *s;
  gint64 start, usec;
  long rss_before, rss_kb;
  guint n = PJ_XML_MAX_NODES - 10;
  gsize text_len = (PJ_XML_MAX_BYTES - 100) / n - strlen ("<a></a>");

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  s = g_string_new ("<r>");
  for (guint i = 0; i < n; i++)
    {
      g_string_append (s, "<a>");
      for (gsize j = 0; j < text_len; j++)
        g_string_append_c (s, 't');
      g_string_append (s, "</a>");
    }
  g_string_append (s, "</r>");
  g_assert_cmpuint (s->len, <=, PJ_XML_MAX_BYTES);

  rss_before = max_rss_kb ();
  start = g_get_monotonic_time ();
  doc = pj_xml_parse (s->str, s->len, "worst.xml", &error);
  usec = g_get_monotonic_time () - start;
  rss_kb = max_rss_kb () - rss_before;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_printerr ("# worst case: %" G_GSIZE_FORMAT " bytes, %u elements: %" G_GINT64_FORMAT
              " us, max RSS +%ld kB\n", s->len, n, usec, rss_kb);
  g_assert_cmpint (usec, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpint (rss_kb, <, 128 * 1024);
  g_string_free (s, TRUE);
}

/* In memory, the cap is checked before anything else. */
static void
test_cap (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_malloc0 (PJ_XML_MAX_BYTES + 1);
  xmlDoc *doc;

  doc = pj_xml_parse (big, PJ_XML_MAX_BYTES + 1, "big.xml", &error);
  g_assert_null (doc);
  assert_rejected (error, "big.xml", "the file is 8.0 MB; the largest accepted is 8 MB");
}

/* Not a regular file: /dev/zero never ends, a FIFO could block. */
static void
test_not_regular (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  xmlDoc *doc = pj_xml_parse_file (file, NULL, &error);

  g_assert_null (doc);
  assert_rejected (error, "zero", "not a regular file");
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/ballot.prisjury-ballot");
  xmlDoc *doc = pj_xml_parse_file (file, NULL, &error);

  g_assert_null (doc);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "ballot.prisjury-ballot"));
}

/* Exactly PJ_XML_MAX_DEPTH levels are fine; one more is not. */
static void
test_depth_limit (void)
{
  for (guint depth = PJ_XML_MAX_DEPTH; depth <= PJ_XML_MAX_DEPTH + 1; depth++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(xmlDoc) doc = NULL;
      GString *s = g_string_new (NULL);

      for (guint i = 0; i < depth; i++)
        g_string_append (s, "<a>");
      for (guint i = 0; i < depth; i++)
        g_string_append (s, "</a>");
      doc = pj_xml_parse (s->str, s->len, "deep.xml", &error);
      if (depth <= PJ_XML_MAX_DEPTH)
        {
          g_assert_no_error (error);
          g_assert_nonnull (doc);
        }
      else
        {
          g_assert_null (doc);
          assert_rejected (error, "deep.xml", "nested more than 64 levels deep");
        }
      g_string_free (s, TRUE);
    }
}

/* Valid documents */

static void
test_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = parse_data ("valid.xml", &error);
  g_autoptr(PjXmlSchema) schema = pj_xml_schema_load ("test", &error);
  xmlNode *root, *item;
  g_autofree xmlChar *text = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_nonnull (schema);
  g_assert_cmpstr (pj_xml_schema_get_namespace (schema), ==, "urn:prisjury:test");
  g_assert_true (pj_xml_validate (schema, doc, &error));
  g_assert_no_error (error);

  /* The URL is the display name, for messages. */
  g_assert_cmpstr ((const char *) doc->URL, ==, "valid.xml");
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "list");
  item = xmlFirstElementChild (root);
  text = xmlNodeGetContent (item);
  g_assert_cmpstr ((const char *) text, ==, "Läsfrämjande på Årstaskolan");
}

static void
count_nodes (xmlNode *node,
             guint   *n_comments,
             guint   *n_pis,
             guint   *n_cdata)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type == XML_COMMENT_NODE)
        (*n_comments)++;
      else if (n->type == XML_PI_NODE)
        (*n_pis)++;
      else if (n->type == XML_CDATA_SECTION_NODE)
        (*n_cdata)++;
      count_nodes (n->children, n_comments, n_pis, n_cdata);
    }
}

/* Comments and processing instructions are read past, CDATA is text. */
static void
test_comments_and_pis (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = parse_data ("comments-and-pis.xml", &error);
  g_autoptr(PjXmlSchema) schema = pj_xml_schema_load ("test", &error);
  g_autofree xmlChar *text = NULL;
  guint n_comments = 0, n_pis = 0, n_cdata = 0;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  count_nodes (doc->children, &n_comments, &n_pis, &n_cdata);
  g_assert_cmpuint (n_comments, ==, 0);
  g_assert_cmpuint (n_pis, ==, 0);
  g_assert_cmpuint (n_cdata, ==, 0);

  text = xmlNodeGetContent (xmlFirstElementChild (xmlDocGetRootElement (doc)));
  g_assert_cmpstr ((const char *) text, ==, "Text <in> CDATA and after");
  g_assert_true (pj_xml_validate (schema, doc, &error));
  g_assert_no_error (error);
}

/* A UTF-8 byte order mark and an explicit UTF-8 declaration are fine. */
static void
test_bom (void)
{
  static const char doc_text[] = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                                 "<list xmlns=\"urn:prisjury:test\" version=\"1\"/>";
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = pj_xml_parse (doc_text, sizeof doc_text - 1, "bom.xml", &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
}

/* Schemas */

static void
test_schema_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjXmlSchema) a = pj_xml_schema_load ("test", &error);
  g_autoptr(PjXmlSchema) b = NULL;
  PjXmlSchema *none;

  g_assert_no_error (error);
  b = pj_xml_schema_load ("test", &error);
  g_assert_no_error (error);
  /* Compiled once. */
  g_assert_true (a == b);

  none = pj_xml_schema_load ("no-such", &error);
  g_assert_null (none);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no-such.xsd"));
  g_clear_error (&error);

  none = pj_xml_schema_load ("../test", &error);
  g_assert_null (none);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_NOT_FOUND);
}

/* Every schema built into Prisjury compiles, with nothing fetched. */
static void
test_shipped_schemas (void)
{
  g_auto(GStrv) names = NULL;
  Watch w = { 0 };

  names = g_resources_enumerate_children (RESOURCE_PATH "/schemas/",
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  /* The test resource puts test.xsd there too. */
  g_assert_nonnull (names);
  watch_start (&w);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PjXmlSchema) schema = NULL;
      g_autofree char *name = NULL;

      g_assert_true (g_str_has_suffix (names[i], ".xsd"));
      name = g_strndup (names[i], strlen (names[i]) - 4);
      g_test_message ("schema %s", name);
      schema = pj_xml_schema_load (name, &error);
      g_assert_no_error (error);
      g_assert_nonnull (pj_xml_schema_get_namespace (schema));
    }
  watch_finish (&w);
}

/* An XSD that includes or imports from elsewhere fails to compile, and
 * nothing is fetched. */
static void
test_schema_no_fetch (void)
{
  static const char * const xsds[] = {
    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:a\">\n"
    "  <xs:import namespace=\"urn:b\" schemaLocation=\"http://127.0.0.1:@PORT@/b.xsd\"/>\n"
    "  <xs:element name=\"r\" type=\"xs:string\"/>\n"
    "</xs:schema>\n",
    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:a\">\n"
    "  <xs:include schemaLocation=\"@SECRET_PATH@\"/>\n"
    "  <xs:element name=\"r\" type=\"xs:string\"/>\n"
    "</xs:schema>\n",
    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:a\">\n"
    "  <xs:redefine schemaLocation=\"file://@SECRET_PATH@\"/>\n"
    "  <xs:element name=\"r\" type=\"xs:string\"/>\n"
    "</xs:schema>\n",
    "<!DOCTYPE xs:schema SYSTEM \"http://127.0.0.1:@PORT@/XMLSchema.dtd\">\n"
    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:a\"/>\n",
  };
  Watch w = { 0 };

  watch_start (&w);
  for (guint i = 0; i < G_N_ELEMENTS (xsds); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = watch_expand (&w, xsds[i]);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      PjXmlSchema *schema = pj_xml_schema_new_from_bytes (bytes, "remote.xsd", &error);

      g_assert_null (schema);
      assert_rejected (error, "remote.xsd", NULL);
    }
  watch_finish (&w);
}

static void
test_schema_invalid (void)
{
  static const char xsd[] =
    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:a\">\n"
    "  <xs:element name=\"r\" type=\"xs:nosuchtype\"/>\n"
    "</xs:schema>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (xsd, sizeof xsd - 1);
  PjXmlSchema *schema = pj_xml_schema_new_from_bytes (bytes, "bad.xsd", &error);

  g_assert_null (schema);
  assert_rejected (error, "bad.xsd, line 2", "the schema is not valid");
}

/* The first validation error names the line, and errors do not leak from
 * one validation into the next. */
static void
test_validate_messages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjXmlSchema) schema = pj_xml_schema_load ("test", &error);
  g_autoptr(xmlDoc) bad = parse_data ("invalid-score.xml", &error);
  g_autoptr(xmlDoc) good = parse_data ("valid.xml", &error);
  static const char missing_version[] = "<list xmlns=\"urn:prisjury:test\">\n"
                                        "<item score=\"1\">x</item></list>";
  g_autoptr(xmlDoc) unversioned = pj_xml_parse (missing_version, sizeof missing_version - 1,
                                                "unversioned.xml", &error);

  g_assert_no_error (error);
  g_assert_false (pj_xml_validate (schema, bad, &error));
  assert_rejected (error, "invalid-score.xml, line 4: the file does not follow its format", "9");
  g_clear_error (&error);
  g_assert_true (pj_xml_validate (schema, good, &error));
  g_assert_no_error (error);
  g_assert_false (pj_xml_validate (schema, unversioned, &error));
  assert_rejected (error, "unversioned.xml, line 1:", "version");
}

/* The file's name appears as given, not as a URI, and an instance that
 * points at other schemas (xsi:schemaLocation) fetches nothing. */
static void
test_validate_no_fetch (void)
{
  static const char text[] =
    "<list xmlns=\"urn:prisjury:test\" version=\"1\"\n"
    "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "      xsi:schemaLocation=\"urn:prisjury:test http://127.0.0.1:@PORT@/test.xsd\">\n"
    "  <item score=\"1\" xsi:noNamespaceSchemaLocation=\"file://@SECRET_PATH@\">x</item>\n"
    "  <item score=\"6\">y</item>\n"
    "</list>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PjXmlSchema) schema = pj_xml_schema_load ("test", &error);
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *expanded = NULL;
  Watch w = { 0 };

  watch_start (&w);
  expanded = watch_expand (&w, text);
  doc = pj_xml_parse (expanded, strlen (expanded), "Årsta röstsedel.xml", &error);
  g_assert_no_error (error);
  g_assert_false (pj_xml_validate (schema, doc, &error));
  watch_finish (&w);
  assert_rejected (error, "Årsta röstsedel.xml, line 5: the file does not follow its format",
                   "'6'");
}

/* Several threads parse and validate at once, each getting its own
 * messages. */
static gpointer
thread_func (gpointer data)
{
  PjXmlSchema *schema = data;

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(xmlDoc) good = NULL;
      g_autoptr(xmlDoc) bad = NULL;
      g_autoptr(xmlDoc) invalid = NULL;
      g_autofree char *name = g_strdup_printf ("t%p-%u.xml", (void *) g_thread_self (), i);
      g_autofree char *good_text = g_strdup_printf ("<list xmlns=\"urn:prisjury:test\" "
                                                    "version=\"%u\"/>", i + 1);
      g_autofree char *bad_text = g_strdup_printf ("<list>\n<a>%u</b></list>", i);
      g_autofree char *invalid_text = g_strdup_printf ("<list xmlns=\"urn:prisjury:test\" "
                                                       "version=\"1\">\n\n"
                                                       "<item score=\"%u\"/></list>", i + 6);

      good = pj_xml_parse (good_text, strlen (good_text), name, &error);
      g_assert_no_error (error);
      g_assert_true (pj_xml_validate (schema, good, &error));
      g_assert_no_error (error);

      bad = pj_xml_parse (bad_text, strlen (bad_text), name, &error);
      g_assert_null (bad);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, name));
      g_assert_nonnull (strstr (error->message, ", line 2: "));
      g_clear_error (&error);

      invalid = pj_xml_parse (invalid_text, strlen (invalid_text), name, &error);
      g_assert_no_error (error);
      g_assert_false (pj_xml_validate (schema, invalid, &error));
      g_assert_true (g_str_has_prefix (error->message, name));
      g_assert_nonnull (strstr (error->message, ", line 3: "));
    }
  return NULL;
}

static void
test_threads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PjXmlSchema) schema = pj_xml_schema_load ("test", &error);
  GThread *threads[4];

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("xml", thread_func, schema);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

/* Cleaning text */

static void
test_clean_text (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "", "" },
    { "Läsfrämjande på Årstaskolan", "Läsfrämjande på Årstaskolan" },
    { "tab\tline\nreturn\r.", "tab\tline\nreturn\r." },
    /* C0 controls and DEL: DEL is allowed in XML 1.0, the others are not. */
    { "a\001b\010c\013d\014e\033f\037g\177h", "abcdefg\177h" },
    /* U+FFFE and U+FFFF are not characters; U+FFFD and U+10000 are. */
    { "a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c\xEF\xBF\xBD" "d\xF0\x90\x80\x80",
      "abc\xEF\xBF\xBD" "d\xF0\x90\x80\x80" },
    /* A lone surrogate written as bytes (CESU-8 style) is invalid UTF-8. */
    { "a\xED\xA0\x80" "b", "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b" },
    /* Invalid UTF-8: a Windows-1252 å, a cut sequence, an overlong '/'. */
    { "p\xE5 \xC3", "p\xEF\xBF\xBD \xEF\xBF\xBD" },
    { "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD" },
    /* C1 controls are allowed (if discouraged) in XML 1.0. */
    { "\xC2\x85", "\xC2\x85" },
  };

  g_assert_null (pj_xml_clean_text (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *clean = pj_xml_clean_text (cases[i].in);

      g_assert_cmpstr (clean, ==, cases[i].out);
    }
}

/* Clean text survives a write and a read, in text and in attributes. */
static void
test_clean_round_trip (void)
{
  static const char * const nasty[] = {
    "a\001b\r\nc\rd\te  f",
    "\xED\xA0\x80\xEF\xBF\xBE<&>\"'",
    "]]> &amp; &#1; <!DOCTYPE x>",
    "p\xE5 \xC3",
    " \n leading and trailing \n ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (nasty); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(xmlDoc) doc = xmlNewDoc (BAD_CAST "1.0");
      g_autoptr(xmlDoc) back = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *clean = pj_xml_clean_text (nasty[i]);
      g_autofree xmlChar *text = NULL;
      g_autofree xmlChar *attr = NULL;
      xmlNode *root = xmlNewNode (NULL, BAD_CAST "r");
      xmlNode *child;
      gconstpointer data;
      gsize len;

      xmlDocSetRootElement (doc, root);
      child = xmlNewTextChild (root, NULL, BAD_CAST "t", BAD_CAST clean);
      xmlSetProp (child, BAD_CAST "a", BAD_CAST clean);

      bytes = pj_xml_serialize (doc, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &len);
      back = pj_xml_parse (data, len, "round-trip.xml", &error);
      g_assert_no_error (error);
      child = xmlFirstElementChild (xmlDocGetRootElement (back));
      text = xmlNodeGetContent (child);
      attr = xmlGetProp (child, BAD_CAST "a");
      g_assert_cmpstr ((const char *) text, ==, clean);
      g_assert_cmpstr ((const char *) attr, ==, clean);
    }
}

/* Text that was not cleaned is refused rather than written. */
static void
test_serialize_refuses_unclean (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = xmlNewDoc (BAD_CAST "1.0");
  g_autoptr(GBytes) bytes = NULL;
  xmlNode *root = xmlNewNode (NULL, BAD_CAST "r");

  xmlDocSetRootElement (doc, root);
  xmlNodeAddContent (root, BAD_CAST "bell\007");
  bytes = pj_xml_serialize (doc, &error);
  g_assert_null (bytes);
  g_assert_error (error, PJ_ERROR, PJ_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "would not read back"));
}

static void
test_write_atomically (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(xmlDoc) doc = parse_data ("valid.xml", &error);
  g_autoptr(xmlDoc) back = NULL;
  g_autoptr(PjXmlSchema) schema = pj_xml_schema_load ("test", &error);
  g_autofree char *dir = g_dir_make_tmp ("pj-xml-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "ut.prisjury-ballot", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_no_error (error);

  /* A new file, privately. */
  g_assert_true (pj_xml_write_atomically (doc, file, G_FILE_CREATE_PRIVATE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Over an existing file that others could read, privately. */
  g_unlink (path);
  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (pj_xml_write_atomically (doc, file, G_FILE_CREATE_PRIVATE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));

  back = pj_xml_parse_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pj_xml_validate (schema, back, &error));
  g_assert_no_error (error);

  /* Into a directory that does not exist. */
  {
    g_autofree char *bad_path = g_build_filename (dir, "missing", "x.xml", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (bad_path);

    g_assert_false (pj_xml_write_atomically (doc, bad, G_FILE_CREATE_NONE, NULL, &error));
    g_assert_error (error, PJ_ERROR, PJ_ERROR_IO);
  }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/xml/hostile/%s", hostile_cases[i].name);

      g_test_add_data_func (test_path, &hostile_cases[i], run_hostile);
    }
  g_test_add_func ("/xml/hostile/huge-file", test_huge_file);
  g_test_add_func ("/xml/worst-case", test_worst_case);
  g_test_add_func ("/xml/cap", test_cap);
  g_test_add_func ("/xml/not-regular", test_not_regular);
  g_test_add_func ("/xml/missing-file", test_missing_file);
  g_test_add_func ("/xml/depth-limit", test_depth_limit);
  g_test_add_func ("/xml/valid", test_valid);
  g_test_add_func ("/xml/comments-and-pis", test_comments_and_pis);
  g_test_add_func ("/xml/bom", test_bom);
  g_test_add_func ("/xml/schema/load", test_schema_load);
  g_test_add_func ("/xml/schema/shipped", test_shipped_schemas);
  g_test_add_func ("/xml/schema/no-fetch", test_schema_no_fetch);
  g_test_add_func ("/xml/schema/invalid", test_schema_invalid);
  g_test_add_func ("/xml/schema/messages", test_validate_messages);
  g_test_add_func ("/xml/schema/validate-no-fetch", test_validate_no_fetch);
  g_test_add_func ("/xml/threads", test_threads);
  g_test_add_func ("/xml/clean-text", test_clean_text);
  g_test_add_func ("/xml/clean-round-trip", test_clean_round_trip);
  g_test_add_func ("/xml/serialize-refuses-unclean", test_serialize_refuses_unclean);
  g_test_add_func ("/xml/write-atomically", test_write_atomically);

  return g_test_run ();
}
