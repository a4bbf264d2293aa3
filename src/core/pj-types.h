/* pj-types.h: forward declarations of every core type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PjWorkspace  PjWorkspace;
typedef struct _PjAward      PjAward;
typedef struct _PjEdition    PjEdition;
typedef struct _PjCategory   PjCategory;
typedef struct _PjCriterion  PjCriterion;
typedef struct _PjUnit       PjUnit;
typedef struct _PjJuror      PjJuror;
typedef struct _PjAuditEntry PjAuditEntry;
typedef struct _PjNomination PjNomination;
typedef struct _PjTeamMember PjTeamMember;

/* Error domain for everything in src/core. Messages are translated and meant
 * for the user: they say what is wrong and, where it helps, what to do. */
#define PJ_ERROR (pj_error_quark ())
GQuark pj_error_quark (void);

typedef enum
{
  PJ_ERROR_FAILED,            /* anything else, message says what */
  PJ_ERROR_NOT_A_WORKSPACE,   /* the file is not a Prisjury workspace */
  PJ_ERROR_TOO_NEW,           /* written by a newer Prisjury */
  PJ_ERROR_CORRUPT,           /* the database is damaged */
  PJ_ERROR_CHANGED_ELSEWHERE, /* optimistic concurrency: row changed since read */
  PJ_ERROR_INVALID,           /* a value breaks a rule (empty name, bad scale, ...) */
  PJ_ERROR_DUPLICATE,         /* a name already used in its scope */
  PJ_ERROR_NOT_FOUND,         /* the row is gone */
  PJ_ERROR_IN_USE,            /* refused: something depends on it */
  PJ_ERROR_BUSY,              /* the workspace is locked by another writer */
  PJ_ERROR_IO,                /* file system trouble */
} PjError;

/* Sentinel for "no row": ids are SQLite rowids, always > 0. */
#define PJ_NO_ID ((gint64) 0)

G_END_DECLS
