/* replay.c: feeds a stored fuzzing corpus to a fuzz target, without libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * replay DIR...: every regular file in each DIR (or a file named directly)
 * goes once through LLVMFuzzerTestOneInput. A crash or a failed check in
 * the target fails the test; so does a directory with no files, so that a
 * corpus that went missing is noticed.
 */
#define G_LOG_DOMAIN "fuzz-replay"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static guint
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, &error))
    g_error ("%s", error->message);

  g_debug ("%s (%" G_GSIZE_FORMAT " bytes)", path, len);
  /* A private copy of exactly @len bytes, so that a read past the end is
   * caught by the sanitizers or valgrind. */
  {
    g_autofree guint8 *exact = g_memdup2 (contents, len);

    LLVMFuzzerTestOneInput (exact, len);
  }

  return 1;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static guint
replay_dir (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n = 0;

  if (dir == NULL)
    g_error ("%s", error->message);

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        n += replay_file (file);
    }

  return n;
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2)
    g_error ("usage: %s DIR-OR-FILE...", argv[0]);

  for (int i = 1; i < argc; i++)
    {
      guint n;

      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        n = replay_dir (argv[i]);
      else
        n = replay_file (argv[i]);

      if (n == 0)
        g_error ("%s: no inputs to replay", argv[i]);
      g_message ("%s: %u inputs replayed", argv[i], n);
    }

  return EXIT_SUCCESS;
}
