/* gui-test-utils.h: what the GUI tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pj-application.h"
#include "pj-test-util.h"

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
/* After @settle_ms, renders @widget into $PJ_TEST_SHOTS/<name>-<lang>.png
 * (<name>.png when @lang is NULL); nothing when PJ_TEST_SHOTS is unset. */
void           gui_test_save_widget_shot (GtkWidget   *widget,
                                          const char  *name,
                                          const char  *lang,
                                          guint        settle_ms);
/* LANGUAGE=sv…: runs in Swedish (LC_ALL=sv_SE.UTF-8) and returns "sv";
 * otherwise sets LANGUAGE=en, LC_ALL=C.UTF-8 and returns "en". */
const char    *gui_test_choose_language (void);

G_END_DECLS
