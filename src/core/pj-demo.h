/* pj-demo.h: example awards and large synthetic workspaces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"

G_BEGIN_DECLS

/* Fills a workspace with the example awards: Förnyelsepriset 2026 and
 * Kvalitetsutmärkelsen 2026 with their categories and criteria (weights and
 * rubric labels), about 10 units of every type, 8 jurors, realistic Swedish
 * nominations, some of them already scored. One transaction; refused with
 * PJ_ERROR_INVALID if the workspace already holds an award of those names. */
gboolean pj_demo_load_examples (PjWorkspace  *ws,
                                GError      **error);

/* A large synthetic edition for load tests, deterministic for a given seed:
 * one award "Syntetiskt pris" with an edition, categories, criteria,
 * n_jurors jurors, n_nominations nominations (up to 10 000) and scores.
 * One transaction; 10 000 nominations take well under a few seconds. */
gboolean pj_demo_generate      (PjWorkspace  *ws,
                                guint         n_nominations,
                                guint         n_jurors,
                                guint32       seed,
                                GError      **error);

G_END_DECLS
