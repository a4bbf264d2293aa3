/* pj-minutes-print.c: the jury minutes from the app: print or save as PDF
 *
 * Printing drives the same page renderer as the PDF: the minutes are read
 * when the dialog opens, laid out for the chosen paper in begin-print and
 * drawn page by page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-minutes-print"

#include "config.h"

#include "pj-minutes-print.h"
#include "pj-gui-util.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pj-minutes.h"

static void
minutes_closure_notify (gpointer  data,
                        GClosure *closure)
{
  pj_minutes_unref (data);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PjMinutes         *minutes)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  pj_minutes_paginate (minutes, gtk_print_context_get_width (context),
                       gtk_print_context_get_height (context), pango);
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, pj_minutes_get_n_pages (minutes));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PjMinutes         *minutes)
{
  pj_minutes_draw_page (minutes, gtk_print_context_get_cairo_context (context), page);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWindow               *parent)
{
  /* A run that finished at once is handled where it was started. */
  if (g_object_get_data (G_OBJECT (operation), "pj-async") == NULL)
    return;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      pj_gui_show_message (parent, _("Could Not Print the Minutes"),
                  error != NULL ? error->message : NULL);
    }
  g_object_unref (operation);
}

void
pj_minutes_print (GtkWindow   *parent,
                  PjWorkspace *ws,
                  gint64       edition_id)
{
  g_autoptr(PjMinutes) minutes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  GtkPrintOperation *operation;
  GtkPrintOperationResult result;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (ws != NULL);

  minutes = pj_minutes_new (ws, edition_id, &error);
  if (minutes == NULL)
    {
      pj_gui_show_message (parent, _("Could Not Print the Minutes"), error->message);
      return;
    }

  operation = gtk_print_operation_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, pj_minutes_get_title (minutes));
  /* The minutes have their own margins. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         pj_minutes_ref (minutes), minutes_closure_notify, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), minutes);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), parent);
  gtk_print_operation_set_allow_async (operation, TRUE);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    pj_gui_show_message (parent, _("Could Not Print the Minutes"), error->message);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_object_set_data (G_OBJECT (operation), "pj-async", GINT_TO_POINTER (1));
  else
    g_object_unref (operation);
}

gboolean
pj_minutes_save_pdf (PjWorkspace  *ws,
                     gint64        edition_id,
                     GFile        *file,
                     GError      **error)
{
  g_return_val_if_fail (ws != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return pj_minutes_write_pdf (ws, edition_id, file, error);
}
