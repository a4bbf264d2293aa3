/* pj-minutes.h: the jury minutes (juryprotokoll), laid out with Pango on cairo
 *
 * The minutes of a decided edition as a document for people: the award, the
 * edition and the date (the edition's decision date, else today), the jury
 * with roles, the conflicts of interest declared and how they were handled,
 * the method, for each category the ranking by the edition's method and the
 * jury's decision with citations and reasons, and signature lines. Every
 * page has "Page N of M" in its footer.
 *
 * pj_minutes_write_pdf () writes an A4 PDF atomically. The page-based
 * renderer behind it also serves GtkPrintOperation: read the content once
 * with pj_minutes_new (), lay it out for a page size with
 * pj_minutes_paginate (), then draw any page with pj_minutes_draw_page ().
 * Sizes are in points; the cairo context passed to draw must be in points
 * with its origin at the page's top left corner.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "pj-types.h"
#include "pj-workspace.h"

G_BEGIN_DECLS

/* A4 in points */
#define PJ_MINUTES_A4_WIDTH  595.2756
#define PJ_MINUTES_A4_HEIGHT 841.8898

typedef struct _PjMinutes PjMinutes;

#define PJ_TYPE_MINUTES (pj_minutes_get_type ())
GType       pj_minutes_get_type     (void) G_GNUC_CONST;

/* Reads what the minutes show. NULL with PJ_ERROR_NOT_FOUND when the
 * edition is gone. Holds no reference to @ws afterwards. */
PjMinutes  *pj_minutes_new          (PjWorkspace   *ws,
                                     gint64         edition_id,
                                     GError       **error);
PjMinutes  *pj_minutes_ref          (PjMinutes     *self);
void        pj_minutes_unref        (PjMinutes     *self);

/* "Förnyelsepriset 2025 – Jury Minutes": a title for a print job or a
 * file name. */
const char *pj_minutes_get_title    (PjMinutes     *self);

/* Lays the minutes out on pages of @width_pt × @height_pt. @context is the
 * Pango context to lay out with (from gtk_print_context_create_pango_context
 * when printing), or NULL for one at 72 dpi without metric hinting, as for
 * PDF. May be called again for another size. */
void        pj_minutes_paginate     (PjMinutes     *self,
                                     double         width_pt,
                                     double         height_pt,
                                     PangoContext  *context);
/* After pj_minutes_paginate (): at least 1. */
int         pj_minutes_get_n_pages  (PjMinutes     *self);
/* Draws page @page (0-based) on @cr. */
void        pj_minutes_draw_page    (PjMinutes     *self,
                                     cairo_t       *cr,
                                     int            page);

/* The minutes of @edition_id as an A4 PDF in @file, written to a temporary
 * file beside it and renamed over it. */
gboolean    pj_minutes_write_pdf    (PjWorkspace   *ws,
                                     gint64         edition_id,
                                     GFile         *file,
                                     GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PjMinutes, pj_minutes_unref)

G_END_DECLS
