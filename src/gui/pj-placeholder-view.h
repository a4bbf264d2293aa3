/* pj-placeholder-view.h: the empty state of a view whose content is to come
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PJ_TYPE_PLACEHOLDER_VIEW (pj_placeholder_view_get_type ())
G_DECLARE_FINAL_TYPE (PjPlaceholderView, pj_placeholder_view, PJ, PLACEHOLDER_VIEW, AdwBin)

GtkWidget  *pj_placeholder_view_new             (const char *icon_name,
                                                 const char *title,
                                                 const char *description);
const char *pj_placeholder_view_get_icon_name   (PjPlaceholderView *self);
void        pj_placeholder_view_set_icon_name   (PjPlaceholderView *self,
                                                 const char        *icon_name);
const char *pj_placeholder_view_get_title       (PjPlaceholderView *self);
void        pj_placeholder_view_set_title       (PjPlaceholderView *self,
                                                 const char        *title);
const char *pj_placeholder_view_get_description (PjPlaceholderView *self);
void        pj_placeholder_view_set_description (PjPlaceholderView *self,
                                                 const char        *description);

G_END_DECLS
