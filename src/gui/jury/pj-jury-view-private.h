/* pj-jury-view-private.h: what the tests look at in the jury overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-jury-view.h"

G_BEGIN_DECLS

/* The confirmation, form or refusal the view shows, or NULL. */
AdwMessageDialog *pj_jury_view_get_open_dialog  (PjJuryView *self);
/* The last toast the view showed, while it is shown; else NULL. */
AdwToast         *pj_jury_view_get_last_toast   (PjJuryView *self);
/* TRUE while a distribution runs in its thread. */
gboolean          pj_jury_view_is_busy          (PjJuryView *self);
/* The page on screen: "coverage", "assignments" or "conflicts". */
const char       *pj_jury_view_get_visible_page (PjJuryView *self);

/* A part of the view or of its open dialog, by name:
 * view: "summary" (GtkLabel), "below-k" (GtkCheckButton), "distribute"
 * (GtkButton), "assigned" (GtkListBox of the nomination's jurors),
 * "assign-juror" (GtkButton), "lift" (GtkButton), "history" (GtkListBox);
 * assign dialog: "jurors" (GtkListBox, one row per juror of the category);
 * add-conflict dialog: "juror", "nomination", "reason" (AdwComboRow),
 * "text" (AdwEntryRow), "caption" (GtkLabel);
 * lift dialog: "reason" (AdwEntryRow), "caption" (GtkLabel).
 * NULL when there is no such part now. */
GtkWidget        *pj_jury_view_get_part         (PjJuryView *self,
                                                 const char *name);

/* Rows shown by a table ("nominations", "jurors", "conflicts"), after its
 * filter and in its sort order, and the text a cell shows ("title",
 * "category", "assigned", "submitted", "needed", "load", "drafts",
 * "abstained"; for conflicts "juror", "nomination", "source", "reason",
 * "status"). */
guint             pj_jury_view_get_n_rows       (PjJuryView *self,
                                                 const char *table);
gint64            pj_jury_view_get_row_id       (PjJuryView *self,
                                                 const char *table,
                                                 guint       position);
char             *pj_jury_view_dup_cell_text    (PjJuryView *self,
                                                 const char *table,
                                                 guint       position,
                                                 const char *column);

G_END_DECLS
