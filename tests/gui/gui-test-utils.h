/* gui-test-utils.h: what the GUI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-application.h"

G_BEGIN_DECLS

/* Sets up gettext (PJ_LOCALEDIR), GTest and GTK, turns animations off and
 * returns the registered application the windows belong to. */
PjApplication *gui_test_init            (int          *argc,
                                         char       ***argv);
/* "en", "sv", ...: the language of the current locale's messages. */
const char    *gui_test_language        (void);
/* Iterates the main loop until @widget is mapped and one frame with it has
 * been painted. */
void           gui_test_wait_for_draw   (GtkWidget    *widget);
/* Runs what is ready in the main loop, without waiting. */
void           gui_test_drain           (void);
/* A fresh temporary folder, and its removal with everything in it. */
char          *gui_test_make_dir        (void);
void           gui_test_remove_dir      (const char   *dir);
/* Renders @window in-process into $PJ_TEST_SHOTS/<name>-<language>.png and
 * returns the file's path. */
char          *gui_test_save_screenshot (GtkWidget    *window,
                                         const char   *name);

G_END_DECLS
