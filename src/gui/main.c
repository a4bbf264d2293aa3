/* main.c: the entry point of Prisjury
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "prisjury"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pj-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PjApplication) app = NULL;
  const char *localedir = g_getenv ("PJ_LOCALEDIR");

  /* PJ_LOCALEDIR points at translations not yet installed (the build tree). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir
                                                                               : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pj_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
