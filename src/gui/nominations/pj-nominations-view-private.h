/* pj-nominations-view-private.h: what the tests look at inside the view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-nominations-view.h"
#include "pj-nomination-editor.h"

G_BEGIN_DECLS

GtkWidget   *pj_nominations_view_get_editor        (PjNominationsView *self);
GtkColumnView *pj_nominations_view_get_column_view (PjNominationsView *self);
/* The rows as shown: filtered and sorted PjNominations. */
GListModel  *pj_nominations_view_get_shown_model   (PjNominationsView *self);
GtkWidget   *pj_nominations_view_get_search_entry  (PjNominationsView *self);
/* Sets the search text and filters at once (no typing delay). */
void         pj_nominations_view_set_search_text   (PjNominationsView *self,
                                                    const char        *text);
/* "category", "status", "class" or "substrategy". */
GtkDropDown *pj_nominations_view_get_filter        (PjNominationsView *self,
                                                    const char        *name);
const char  *pj_nominations_view_get_count_text    (PjNominationsView *self);
/* "list", "empty" or "no-results". */
const char  *pj_nominations_view_get_list_state    (PjNominationsView *self);
/* Microseconds the last filter change took to refilter the rows. */
gint64       pj_nominations_view_get_last_filter_time (PjNominationsView *self);
AdwToast    *pj_nominations_view_get_last_toast    (PjNominationsView *self);
AdwMessageDialog *pj_nominations_view_get_last_dialog (PjNominationsView *self);
AdwLeaflet  *pj_nominations_view_get_leaflet       (PjNominationsView *self);

G_END_DECLS
