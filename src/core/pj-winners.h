/* pj-winners.h: the winners of a decided edition, for communications
 *
 * XML valid against data/schemas/winners.xsd (namespace
 * urn:prisjury:winners:1, version 1): the award, the edition and, per
 * category in its order, the placements (winners, honourable mentions,
 * then those awarded, each by position) with the nomination's title, units
 * (name, type), team, citation, summary, innovation class (the jury's
 * assessment, else the one claimed), result by the edition's method and
 * prize. CSV: the same, one placement per row, for Excel (UTF-8 with a byte
 * order mark, semicolons, Swedish headers and words).
 *
 * Only a decided or published edition is exported; any other is refused
 * with PJ_ERROR_INVALID and a message that says so. Identical content
 * gives byte-identical files: no timestamps, a stable order, numbers with
 * a dot whatever the locale, text cleaned of what XML forbids. The XML is
 * validated against the schema before anything is written, and files are
 * written atomically (a temporary file renamed over the target).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>
#include "pj-types.h"

G_BEGIN_DECLS

#define PJ_WINNERS_NAMESPACE "urn:prisjury:winners:1"
#define PJ_WINNERS_VERSION   1

typedef enum
{
  PJ_WINNERS_FORMAT_XML,
  PJ_WINNERS_FORMAT_CSV,
} PjWinnersFormat;

/* The document, already validated against winners.xsd. */
xmlDoc   *pj_winners_build_xml   (PjWorkspace      *ws,
                                  gint64            edition_id,
                                  guint            *n_placements,
                                  GError          **error);

/* The file's bytes in @format. */
GBytes   *pj_winners_to_bytes    (PjWorkspace      *ws,
                                  gint64            edition_id,
                                  PjWinnersFormat   format,
                                  guint            *n_placements,
                                  GError          **error);

/* Writes the file atomically. */
gboolean  pj_winners_export      (PjWorkspace      *ws,
                                  gint64            edition_id,
                                  PjWinnersFormat   format,
                                  GFile            *file,
                                  guint            *n_placements,
                                  GCancellable     *cancellable,
                                  GError          **error);

G_END_DECLS
