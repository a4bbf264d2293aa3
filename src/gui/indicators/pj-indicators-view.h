/* pj-indicators-view.h: the entrants indicator as bar charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pj-edition.h"
#include "pj-workspace.h"

G_BEGIN_DECLS

#define PJ_TYPE_INDICATORS_VIEW (pj_indicators_view_get_type ())
G_DECLARE_FINAL_TYPE (PjIndicatorsView, pj_indicators_view, PJ, INDICATORS_VIEW, GtkWidget)

GtkWidget *pj_indicators_view_new         (PjWorkspace      *ws);
/* The edition to show (NULL for none); "across editions" shows every
 * edition of its award. */
void       pj_indicators_view_set_edition (PjIndicatorsView *self,
                                           PjEdition        *edition);

G_END_DECLS
