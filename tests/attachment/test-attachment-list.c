/* test-attachment-list.c: the attachment list of a nomination, on screen
 *
 * The widget sits in a window with a toast overlay, on the example
 * workspace. Files are added through pj_attachment_list_add_file (what the
 * Add button and a drop end in) and the rows are checked as a user reads
 * them; remove is driven through the widget's action, with Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-attachment-list"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "gui-test-utils.h"
#include "pj-attachment-list-private.h"
#include "pj-demo.h"
#include "pj-store.h"
#include "pj-store-attachment.h"
#include "pj-store-nomination.h"

typedef struct
{
  char             *dir;
  char             *path;
  PjWorkspace      *ws;
  gint64            nomination_id;
  gint64            other_nomination_id;
  GtkWidget        *window;
  PjAttachmentList *list;
} Fixture;

static char *cache_dir;

/* Helpers {{{ */

static void
wait_until_idle (Fixture *f)
{
  while (pj_attachment_list_get_busy (f->list))
    g_main_context_iteration (NULL, TRUE);
  gui_test_drain ();
}

static GFile *
make_file (Fixture    *f,
           const char *name,
           gsize       size,
           guint32     seed)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree guint8 *bytes = g_malloc (size + 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (gsize i = 0; i < size; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, size, NULL));
  return g_file_new_for_path (path);
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (pj_attachment_list_get_model (f->list));
}

static guint
n_stored (Fixture *f)
{
  g_autoptr(GListModel) list = pj_store_list_attachments (f->ws, f->nomination_id, NULL);

  return g_list_model_get_n_items (list);
}

static PjAttachment *
shown_item (Fixture *f,
            guint    i)
{
  return g_list_model_get_item (pj_attachment_list_get_model (f->list), i);
}

static const char *
last_toast_title (Fixture *f)
{
  AdwToast *toast = pj_attachment_list_get_last_toast (f->list);

  return toast != NULL ? adw_toast_get_title (toast) : NULL;
}

/* libadwaita 1.2 does not like a toast dismissed while it animates in. */
static void
dismiss_toast (AdwToast *toast)
{
  pj_test_wait_ms (300);
  adw_toast_dismiss (toast);
  pj_test_wait_ms (300);
  gui_test_drain ();
}

static void
add_files (Fixture *f)
{
  static const struct { const char *name; gsize size; } files[] = {
    { "Slutrapport läsfrämjande.pdf", 2400 * 1000 },
    { "Foton från invigningen.jpg", 830 * 1000 },
    { "Budget & uppföljning 2026.xlsx", 41 * 1000 },
    { "Intervjuer <utkast>.txt", 3100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GFile) file = make_file (f, files[i].name, files[i].size, i + 1);

      pj_attachment_list_add_file (f->list, file);
    }
  g_assert_true (pj_attachment_list_get_busy (f->list));
  wait_until_idle (f);
}

static GtkWidget *
find_progress_bar (GtkWidget *widget)
{
  if (GTK_IS_PROGRESS_BAR (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_progress_bar (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *window;
  const char *name;
  char       *path;
} Shot;

static void
shot_after_paint_cb (GdkFrameClock *clock,
                     Shot          *shot)
{
  const char *env_dir = g_getenv ("PJ_TEST_SHOTS");
  g_autofree char *dir = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (shot->window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  graphene_rect_t bounds;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (shot->window),
                          gtk_widget_get_height (shot->window));
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL || shot->path != NULL)
    return;

  gsk_render_node_get_bounds (node, &bounds);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (shot->window)),
                                         node, &bounds);
  dir = env_dir != NULL && env_dir[0] != '\0'
        ? g_strdup (env_dir) : g_build_filename (g_get_tmp_dir (), "prisjury-screenshots", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  file_name = g_strdup_printf ("%s-%s.png", shot->name, gui_test_language ());
  shot->path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, shot->path));
}

/* Like gui_test_save_screenshot (), but taken right after a paint: while a
 * file is being added, the progress bar invalidates the window's rendering
 * between frames. */
static char *
save_screenshot_while_busy (GtkWidget  *window,
                            const char *name)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Shot shot = { window, name, NULL };
  gulong handler;
  GStatBuf st;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (shot_after_paint_cb), &shot);
  while (shot.path == NULL)
    {
      gtk_widget_queue_draw (window);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, handler);

  /* A blank or cut-off image compresses to almost nothing. */
  g_assert_cmpint (g_stat (shot.path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 8 * 1024);
  return shot.path;
}

/* }}} */

/* Fixture {{{ */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) editions = NULL;
  g_autoptr(GListModel) nominations = NULL;
  g_autoptr(PjEdition) edition = NULL;
  g_autoptr(PjNomination) first = NULL;
  g_autoptr(PjNomination) second = NULL;
  GtkWidget *overlay, *scrolled, *clamp;

  f->dir = gui_test_make_dir ();
  f->path = g_build_filename (f->dir, "test.prisjury", NULL);
  f->ws = pj_workspace_open (f->path, PJ_WORKSPACE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  pj_workspace_set_user (f->ws, "Test Organiser");
  pj_demo_load_examples (f->ws, &error);
  g_assert_no_error (error);

  editions = pj_store_list_editions (f->ws, PJ_NO_ID, &error);
  g_assert_no_error (error);
  edition = g_list_model_get_item (editions, 0);
  nominations = pj_store_list_nominations (f->ws, pj_edition_get_id (edition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nominations), >=, 2);
  first = g_list_model_get_item (nominations, 0);
  second = g_list_model_get_item (nominations, 1);
  f->nomination_id = pj_nomination_get_id (first);
  f->other_nomination_id = pj_nomination_get_id (second);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 640, 460);
  overlay = adw_toast_overlay_new ();
  scrolled = gtk_scrolled_window_new ();
  clamp = adw_clamp_new ();
  gtk_widget_set_margin_top (clamp, 24);
  gtk_widget_set_margin_bottom (clamp, 24);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  f->list = PJ_ATTACHMENT_LIST (pj_attachment_list_new ());
  g_object_set (f->list, "workspace", f->ws, "nomination-id", f->nomination_id, NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (f->list));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scrolled);
  gtk_window_set_child (GTK_WINDOW (f->window), overlay);
  gtk_window_present (GTK_WINDOW (f->window));
  gui_test_wait_for_draw (f->window);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_drain ();
  g_assert_finalize_object (f->ws);
  gui_test_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* }}} */

/* Tests {{{ */

static void
test_list_after_adding (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PjAttachment) report = NULL;
  g_autoptr(PjAttachment) budget = NULL;
  g_autofree char *size = NULL;
  g_autofree char *hash = NULL;
  GtkWidget *row;
  const char *subtitle;

  /* An empty nomination says how to add files. */
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_assert_false (pj_attachment_list_get_busy (f->list));

  add_files (f);
  g_assert_cmpuint (n_shown (f), ==, 4);
  g_assert_cmpuint (n_stored (f), ==, 4);
  g_assert_null (pj_attachment_list_get_last_toast (f->list));

  /* Each row says what the file is called, how large it is and its hash. */
  report = shown_item (f, 0);
  g_assert_cmpstr (pj_attachment_get_name (report), ==, "Slutrapport läsfrämjande.pdf");
  row = pj_attachment_list_get_row (f->list, pj_attachment_get_id (report));
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Slutrapport läsfrämjande.pdf");
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  size = g_format_size (2400 * 1000);
  hash = pj_attachment_dup_short_hash (report);
  g_assert_nonnull (strstr (subtitle, size));
  g_assert_nonnull (strstr (subtitle, hash));
  g_assert_true (gtk_widget_get_mapped (row));

  /* Names that look like markup are shown as they are. */
  budget = shown_item (f, 2);
  row = pj_attachment_list_get_row (f->list, pj_attachment_get_id (budget));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Budget & uppföljning 2026.xlsx");

  /* Another nomination has its own (none); back again, all four. */
  g_object_set (f->list, "nomination-id", f->other_nomination_id, NULL);
  g_assert_cmpuint (n_shown (f), ==, 0);
  g_object_set (f->list, "nomination-id", f->nomination_id, NULL);
  g_assert_cmpuint (n_shown (f), ==, 4);

  /* A change made elsewhere through the workspace shows at once. */
  {
    g_autoptr(GFile) extra = make_file (f, "Bilaga.odt", 1000, 99);
    g_autoptr(PjAttachment) a = pj_store_add_attachment (f->ws, f->nomination_id, extra, NULL,
                                                         NULL);
    g_assert_nonnull (a);
    g_assert_cmpuint (n_shown (f), ==, 5);
  }
}

static void
test_refusals_in_toast (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GFile) report = make_file (f, "Rapport.pdf", 5000, 1);
  g_autofree char *huge_path = g_build_filename (f->dir, "Film.mp4", NULL);
  g_autoptr(GFile) huge = g_file_new_for_path (huge_path);

  pj_attachment_list_add_file (f->list, report);
  wait_until_idle (f);
  g_assert_cmpuint (n_shown (f), ==, 1);

  pj_attachment_list_add_file (f->list, report);
  wait_until_idle (f);
  g_assert_cmpuint (n_shown (f), ==, 1);
  g_assert_cmpstr (last_toast_title (f), ==,
                   "“Rapport.pdf” is already attached to this nomination.");
  dismiss_toast (pj_attachment_list_get_last_toast (f->list));

  g_assert_true (g_file_set_contents (huge_path, "", 0, NULL));
  g_assert_cmpint (truncate (huge_path, 41 * 1000 * 1000), ==, 0);
  pj_attachment_list_add_file (f->list, huge);
  wait_until_idle (f);
  g_assert_cmpuint (n_shown (f), ==, 1);
  g_assert_cmpstr (last_toast_title (f), ==,
                   "“Film.mp4” is 41 MB; attachments can be at most 25 MB.");
  dismiss_toast (pj_attachment_list_get_last_toast (f->list));
}

static void
test_remove_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PjAttachment) photo = NULL;
  g_autoptr(PjAttachment) budget = NULL;
  AdwToast *toast;
  gint64 photo_id, budget_id;

  add_files (f);
  photo = shown_item (f, 1);
  budget = shown_item (f, 2);
  photo_id = pj_attachment_get_id (photo);
  budget_id = pj_attachment_get_id (budget);

  /* Removed: the row goes at once, the file stays until the toast goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->list), "attachments.remove", "x",
                                             photo_id));
  gui_test_drain ();
  g_assert_cmpuint (n_shown (f), ==, 3);
  g_assert_null (pj_attachment_list_get_row (f->list, photo_id));
  g_assert_cmpuint (n_stored (f), ==, 4);
  toast = pj_attachment_list_get_last_toast (f->list);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Foton från invigningen.jpg” removed");

  /* Undo: back, and nothing was removed. */
  g_signal_emit_by_name (toast, "button-clicked");
  dismiss_toast (toast);
  g_assert_cmpuint (n_shown (f), ==, 4);
  g_assert_nonnull (pj_attachment_list_get_row (f->list, photo_id));
  g_assert_cmpuint (n_stored (f), ==, 4);

  /* Without Undo, removed for good when the toast goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->list), "attachments.remove", "x",
                                             budget_id));
  gui_test_drain ();
  g_assert_cmpuint (n_shown (f), ==, 3);
  dismiss_toast (pj_attachment_list_get_last_toast (f->list));
  g_assert_cmpuint (n_shown (f), ==, 3);
  g_assert_cmpuint (n_stored (f), ==, 3);
  g_assert_null (pj_attachment_list_get_row (f->list, budget_id));

  /* A removal still waiting when the window closes is carried out. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->list), "attachments.remove", "x",
                                             photo_id));
  gui_test_drain ();
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_drain ();
  g_assert_cmpuint (n_stored (f), ==, 2);
  f->window = gtk_window_new ();
}

static void
test_open_extracts_to_cache (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GFile) file = make_file (f, "mätdata.bin", 123456, 5);
  g_autoptr(PjAttachment) a = NULL;
  g_autoptr(GFile) cached = NULL;
  g_autoptr(GAppInfo) handler = NULL;
  g_autofree char *cached_path = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *source_path = g_file_get_path (file);
  g_autofree char *original = NULL;
  g_autofree char *extracted = NULL;
  gsize original_len = 0, extracted_len = 0;

  pj_attachment_list_add_file (f->list, file);
  wait_until_idle (f);
  a = shown_item (f, 0);

  cached = pj_attachment_list_cache_file (a);
  cached_path = g_file_get_path (cached);
  expected = g_build_filename (cache_dir, "prisjury", "attachments",
                               pj_attachment_get_sha256 (a), "mätdata.bin", NULL);
  g_assert_cmpstr (cached_path, ==, expected);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->list), "attachments.open", "x",
                                             pj_attachment_get_id (a)));
  while (!g_file_query_exists (cached, NULL))
    g_main_context_iteration (NULL, TRUE);
  pj_test_wait_ms (200);

  g_assert_true (g_file_get_contents (source_path, &original, &original_len, NULL));
  g_assert_true (g_file_get_contents (cached_path, &extracted, &extracted_len, NULL));
  g_assert_cmpmem (original, original_len, extracted, extracted_len);

  /* With no viewer for the type here, the toast says so. */
  handler = g_app_info_get_default_for_type ("application/octet-stream", FALSE);
  if (handler == NULL)
    {
      while (last_toast_title (f) == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_true (g_str_has_prefix (last_toast_title (f), "Could not open “mätdata.bin”"));
    }

  {
    g_autofree char *folder = g_path_get_dirname (cached_path);

    gui_test_remove_dir (folder);
  }
}

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *shot = NULL;
  g_autofree char *big_path = g_build_filename (f->dir, "Filmklipp från skolgården.mp4", NULL);
  g_autoptr(GFile) big = g_file_new_for_path (big_path);
  GtkWidget *bar;

  add_files (f);

  /* One more on its way in, for the progress bar. */
  g_assert_true (g_file_set_contents (big_path, "", 0, NULL));
  g_assert_cmpint (truncate (big_path, PJ_ATTACHMENT_MAX_BYTES), ==, 0);
  pj_attachment_list_add_file (f->list, big);
  g_assert_true (pj_attachment_list_get_busy (f->list));
  bar = find_progress_bar (GTK_WIDGET (f->list));
  g_assert_nonnull (bar);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (bar)));
  while (pj_attachment_list_get_busy (f->list) &&
         gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)) < 0.3)
    g_main_context_iteration (NULL, TRUE);
  shot = save_screenshot_while_busy (f->window, "attachments");
  g_test_message ("Screenshot: %s", shot);
  wait_until_idle (f);
  g_assert_cmpuint (n_shown (f), ==, 5);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  PjApplication *app;
  int status;

  /* Open extracts into the cache: a private one for the test. */
  cache_dir = g_dir_make_tmp ("prisjury-cache-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_CACHE_HOME", cache_dir, TRUE);

  app = gui_test_init (&argc, &argv);

  g_test_add ("/attachment-list/list-after-adding", Fixture, NULL,
              fixture_setup, test_list_after_adding, fixture_teardown);
  g_test_add ("/attachment-list/refusals-in-toast", Fixture, NULL,
              fixture_setup, test_refusals_in_toast, fixture_teardown);
  g_test_add ("/attachment-list/remove-and-undo", Fixture, NULL,
              fixture_setup, test_remove_and_undo, fixture_teardown);
  g_test_add ("/attachment-list/open-extracts-to-cache", Fixture, NULL,
              fixture_setup, test_open_extracts_to_cache, fixture_teardown);
  g_test_add ("/attachment-list/screenshot", Fixture, NULL,
              fixture_setup, test_screenshot, fixture_teardown);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
