/* pj-audit-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"
#include "pj-enums.h"

G_BEGIN_DECLS

#define PJ_TYPE_AUDIT_ENTRY (pj_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (PjAuditEntry, pj_audit_entry, PJ, AUDIT_ENTRY, GObject)

/* One line of the audit log. Read only. Properties: id, at (ISO 8601 UTC,
 * "2026-11-29T18:55:31Z"), who, action, entity, entity-id, field, old-value,
 * new-value (NULL where not applicable). */
gint64       pj_audit_entry_get_id         (PjAuditEntry *self);
const char  *pj_audit_entry_get_at         (PjAuditEntry *self);
const char  *pj_audit_entry_get_who        (PjAuditEntry *self);
const char  *pj_audit_entry_get_action     (PjAuditEntry *self);
const char  *pj_audit_entry_get_entity     (PjAuditEntry *self);
gint64       pj_audit_entry_get_entity_id  (PjAuditEntry *self);
const char  *pj_audit_entry_get_field      (PjAuditEntry *self);
const char  *pj_audit_entry_get_old_value  (PjAuditEntry *self);
const char  *pj_audit_entry_get_new_value  (PjAuditEntry *self);

G_END_DECLS
