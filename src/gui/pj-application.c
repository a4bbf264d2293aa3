/* pj-application.c: the Prisjury application
 *
 * Opens the workspace named on the command line (--workspace FILE or a file
 * argument), else the last one used, else the default one in the user's data
 * folder, each in a window of its own. A ballot file (a file argument ending
 * in .prisjury-ballot, or --ballot FILE) opens in the juror's offline mode.
 * Holds the application-wide actions: new and open workspace, preferences,
 * about, quit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-application"

#include "config.h"

#include "pj-application.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pj-ballot-window.h"
#include "pj-preferences-window.h"
#include "pj-types.h"
#include "pj-window.h"

#define WORKSPACE_SUFFIX ".prisjury"

struct _PjApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (PjApplication, pj_application, ADW_TYPE_APPLICATION)

static void pj_application_choose_workspace (PjApplication *self,
                                            gboolean       create);

static const GOptionEntry option_entries[] = {
  { "workspace", 'w', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the workspace FILE (created when missing)"), N_("FILE") },
  { "ballot", 'b', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Score the offline ballot FILE"), N_("FILE") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE]") },
  { NULL }
};

/* Helpers */

static GtkWindow *
pj_application_get_parent_window (PjApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

static PjWindow *
pj_application_find_window (PjApplication *self,
                            const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      PjWorkspace *ws;
      g_autoptr(GFile) other = NULL;

      if (!PJ_IS_WINDOW (l->data))
        continue;
      ws = pj_window_get_workspace (PJ_WINDOW (l->data));
      other = g_file_new_for_path (pj_workspace_get_path (ws));
      if (g_file_equal (file, other))
        return PJ_WINDOW (l->data);
    }

  return NULL;
}

static void
open_error_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        PjApplication    *self)
{
  if (g_strcmp0 (response, "open") == 0)
    pj_application_choose_workspace (self, FALSE);
  else if (g_strcmp0 (response, "create") == 0)
    pj_application_choose_workspace (self, TRUE);
}

static void
pj_application_show_open_error (PjApplication *self,
                                const char    *path,
                                const GError  *error)
{
  GtkWindow *parent = pj_application_get_parent_window (self);
  GtkWidget *dialog;

  /* The core's messages name the file and say what is wrong with it. */
  g_debug ("Could not open %s: %s", path, error->message);
  dialog = adw_message_dialog_new (parent, _("Could Not Open Workspace"), error->message);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), parent != NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", parent ? _("_Close") : _("_Quit"),
                                    "create", _("_Create New…"),
                                    "open", _("_Open Another…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  /* A file chooser opened from the response holds the application, so it
   * stays alive when this dialog was its last window. */
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (open_error_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A confirmed "replace" in the save dialog: move the old file (and what
 * SQLite keeps beside it) out of the way. */
static gboolean
pj_application_remove_old_workspace (const char  *path,
                                     GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  static const char * const sidecars[] = { "-wal", "-shm", "-journal" };

  if (!g_file_query_exists (file, NULL))
    return TRUE;

  if (!g_file_trash (file, NULL, NULL) && !g_file_delete (file, NULL, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sidecars); i++)
    {
      g_autofree char *side = g_strconcat (path, sidecars[i], NULL);

      g_unlink (side);
    }

  return TRUE;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PjApplication   *self)
{
  gboolean create;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  create = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE;
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (path != NULL && create)
    {
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (path, WORKSPACE_SUFFIX))
        {
          char *with_suffix = g_strconcat (path, WORKSPACE_SUFFIX, NULL);

          g_free (path);
          path = with_suffix;
        }
      /* The file chooser asked before replacing an existing file. */
      else if (pj_application_find_window (self, path) == NULL &&
               !pj_application_remove_old_workspace (path, &error))
        {
          pj_application_show_open_error (self, path, error);
          g_clear_pointer (&path, g_free);
        }
    }

  if (path != NULL)
    pj_application_open_workspace (self, path, create);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_application_release (G_APPLICATION (self));
}

static void
pj_application_choose_workspace (PjApplication *self,
                                 gboolean       create)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (create ? _("New Workspace") : _("Open Workspace"),
                                         pj_application_get_parent_window (self),
                                         create ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         create ? _("_Create") : _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("Prisjury Workspaces"));
  gtk_file_filter_add_pattern (filter, "*" WORKSPACE_SUFFIX);
  gtk_file_filter_add_mime_type (filter, "application/x-prisjury-workspace");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (create)
    {
      /* Translators: the file name suggested for a new workspace; keep
       * the .prisjury ending. */
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Awards.prisjury"));
    }

  g_application_hold (G_APPLICATION (self));
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Actions */

static void
new_workspace_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  pj_application_choose_workspace (PJ_APPLICATION (user_data), TRUE);
}

static void
open_workspace_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  pj_application_choose_workspace (PJ_APPLICATION (user_data), FALSE);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  PjApplication *self = PJ_APPLICATION (user_data);
  GtkWindow *parent = pj_application_get_parent_window (self);
  PjWorkspace *ws = NULL;
  GtkWidget *prefs;

  if (PJ_IS_WINDOW (parent))
    ws = pj_window_get_workspace (PJ_WINDOW (parent));

  prefs = pj_preferences_window_new (ws);
  gtk_window_set_transient_for (GTK_WINDOW (prefs), parent);
  gtk_window_set_application (GTK_WINDOW (prefs), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  PjApplication *self = PJ_APPLICATION (user_data);
  static const char *developers[] = { "The Prisjury developers", NULL };
  const char *translators = _("translator-credits");
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", pj_application_get_parent_window (self),
                        "application", self,
                        "modal", TRUE,
                        "application-name", _("Prisjury"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Prisjury developers"),
                        "developers", developers,
                        "copyright", _("© 2026 The Prisjury developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/prisjury/prisjury",
                        "issue-url", "https://github.com/prisjury/prisjury/issues",
                        "comments", _("Run the city’s awards from nomination to published "
                                      "winners: set up awards and juries, gather "
                                      "nominations, score them and decide together."),
                        NULL);
  if (g_strcmp0 (translators, "translator-credits") != 0)
    adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), translators);

  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  PjApplication *self = PJ_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing, rather than destroying, lets each window save its size. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));

  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "new-workspace", new_workspace_action },
  { "open-workspace", open_workspace_action },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

/* Callbacks */

static void
on_user_name_changed_cb (GSettings     *settings,
                         const char    *key,
                         PjApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (PJ_IS_WINDOW (l->data))
      pj_application_apply_user (self, pj_window_get_workspace (PJ_WINDOW (l->data)));
}

/* Overrides */

static void
pj_application_startup (GApplication *app)
{
  PjApplication *self = PJ_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.new-workspace", { "<Control>n", NULL } },
    { "app.open-workspace", { "<Control>o", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-page::setup", { "<Alt>1", NULL } },
    { "win.show-page::nominations", { "<Alt>2", NULL } },
    { "win.show-page::jury", { "<Alt>3", NULL } },
    { "win.show-page::scoring", { "<Alt>4", NULL } },
    { "win.show-page::results", { "<Alt>5", NULL } },
  };

  G_APPLICATION_CLASS (pj_application_parent_class)->startup (app);

  g_set_application_name (_("Prisjury"));
  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::user-name",
                           G_CALLBACK (on_user_name_changed_cb), self, 0);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}

static void
pj_application_activate (GApplication *app)
{
  PjApplication *self = PJ_APPLICATION (app);
  GtkWindow *window = pj_application_get_parent_window (self);
  g_autofree char *last = NULL;
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  last = g_settings_get_string (self->settings, "last-workspace");
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    {
      pj_application_open_workspace (self, last, FALSE);
      return;
    }

  path = pj_workspace_default_path ();
  pj_application_open_workspace (self, path, TRUE);
}

static void
pj_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PjApplication *self = PJ_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_autoptr(GError) error =
            g_error_new_literal (PJ_ERROR, PJ_ERROR_IO,
                                 _("Only workspaces on this computer can be opened."));

          pj_application_show_open_error (self, uri, error);
          continue;
        }
      /* A ballot file opens in the juror's offline mode. */
      if (pj_ballot_window_is_ballot_file (files[i]))
        pj_ballot_window_open (self, files[i]);
      else
        pj_application_open_workspace (self, path, FALSE);
    }
}

static int
pj_application_command_line (GApplication            *app,
                             GApplicationCommandLine *cmdline)
{
  PjApplication *self = PJ_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *workspace = NULL;
  g_autofree char *ballot = NULL;
  g_autofree const char **files = NULL;
  gboolean opened = FALSE;

  if (g_variant_dict_lookup (options, "workspace", "^ay", &workspace))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline,
                                                                             workspace);
      g_autofree char *path = g_file_get_path (file);

      pj_application_open_workspace (self, path, TRUE);
      opened = TRUE;
    }

  if (g_variant_dict_lookup (options, "ballot", "^ay", &ballot))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, ballot);

      pj_ballot_window_open (self, file);
      opened = TRUE;
    }

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files))
    {
      for (guint i = 0; files[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline,
                                                                                 files[i]);

          pj_application_open (app, &file, 1, "");
          opened = TRUE;
        }
    }

  if (!opened)
    g_application_activate (app);

  return EXIT_SUCCESS;
}

static void
pj_application_dispose (GObject *object)
{
  PjApplication *self = PJ_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pj_application_parent_class)->dispose (object);
}

static void
pj_application_class_init (PjApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pj_application_dispose;

  app_class->startup = pj_application_startup;
  app_class->activate = pj_application_activate;
  app_class->open = pj_application_open;
  app_class->command_line = pj_application_command_line;
}

static void
pj_application_init (PjApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Run the city’s awards: nominations, jury "
                                              "scoring and decisions."));
}

/* Public API */

PjApplication *
pj_application_new (void)
{
  return g_object_new (PJ_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

const char *
pj_application_get_default_user_name (void)
{
  const char *real = g_get_real_name ();

  if (real == NULL || real[0] == '\0' || g_strcmp0 (real, "Unknown") == 0)
    return g_get_user_name ();

  return real;
}

GSettings *
pj_application_get_settings (PjApplication *self)
{
  g_return_val_if_fail (PJ_IS_APPLICATION (self), NULL);

  return self->settings;
}

void
pj_application_apply_user (PjApplication *self,
                           PjWorkspace   *workspace)
{
  g_autofree char *name = NULL;

  g_return_if_fail (PJ_IS_APPLICATION (self));
  g_return_if_fail (PJ_IS_WORKSPACE (workspace));
  g_return_if_fail (self->settings != NULL);

  name = g_settings_get_string (self->settings, "user-name");
  g_strstrip (name);
  pj_workspace_set_user (workspace,
                         name[0] != '\0' ? name : pj_application_get_default_user_name ());
}

void
pj_application_open_workspace (PjApplication *self,
                               const char    *path,
                               gboolean       create)
{
  g_autoptr(PjWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  PjWindow *window;

  g_return_if_fail (PJ_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  window = pj_application_find_window (self, path);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  if (create)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          error = g_error_new (PJ_ERROR, PJ_ERROR_IO, _("Could not create the folder “%s”: %s"),
                               dir, g_strerror (saved_errno));
        }
    }

  if (error == NULL)
    ws = pj_workspace_open (path,
                            create ? PJ_WORKSPACE_OPEN_CREATE : PJ_WORKSPACE_OPEN_DEFAULT,
                            &error);
  if (ws == NULL)
    {
      pj_application_show_open_error (self, path, error);
      return;
    }

  pj_application_apply_user (self, ws);
  g_settings_set_string (self->settings, "last-workspace", pj_workspace_get_path (ws));

  window = pj_window_new (self, ws);
  gtk_window_present (GTK_WINDOW (window));
}
