/* pj-test-util.h: what the test programs share, without GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pj-edition.h"
#include "pj-workspace.h"

G_BEGIN_DECLS

/* A fresh temporary folder from @tmpl (g_dir_make_tmp ()), asserted. */
char      *pj_test_make_dir         (const char  *tmpl);
/* Removes @path and everything below it, quietly. */
void       pj_test_remove_tree      (const char  *path);

/* The first edition of the award named @award, of @year (0: any year), or
 * NULL. */
PjEdition *pj_test_find_edition     (PjWorkspace *ws,
                                     const char  *award,
                                     int          year);

/* Iterates the main loop for @ms milliseconds. */
void       pj_test_wait_ms          (guint        ms);
/* Runs what is ready in the main loop, without waiting. */
void       pj_test_iterate          (void);

/* Binds the message catalogue of GETTEXT_PACKAGE to @localedir, in UTF-8. */
void       pj_test_bind_textdomain  (const char  *localedir);

/* Fails, showing @text, when @fragment is not in it. */
void       pj_test_assert_contains  (const char  *text,
                                     const char  *fragment);

/* A program run to its end: its exit status (-1 when it did not exit by
 * itself), its standard output and error. */
typedef struct
{
  int       status;
  gboolean  exited;
  char     *out;
  char     *err;
} PjTestRun;

void       pj_test_run_clear        (PjTestRun   *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PjTestRun, pj_test_run_clear)

/* Runs @argv (NULL-terminated) with the environment of this process changed
 * by @env: "NAME=VALUE" sets, "NAME" unsets. */
void       pj_test_run              (PjTestRun          *run,
                                     const char * const *argv,
                                     const char * const *env);

G_END_DECLS
