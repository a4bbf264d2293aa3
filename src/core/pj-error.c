/* pj-error.c: the error domain of src/core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-error"

#include "config.h"

#include "pj-types.h"

G_DEFINE_QUARK (pj-error-quark, pj_error)
