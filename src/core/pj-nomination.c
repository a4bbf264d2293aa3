/* pj-nomination.c: one nomination of an edition
 *
 * The many text fields share one table-driven getter and setter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-nomination"

#include "config.h"

#include "pj-nomination.h"
#include "pj-nomination-private.h"
#include "pj-validate.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_EDITION_ID,
  PROP_CATEGORY_ID,
  /* text fields, kept in self->text[] in this order */
  PROP_TITLE,
  PROP_CONTACT_NAME,
  PROP_CONTACT_EMAIL,
  PROP_CONTACT_PHONE,
  PROP_NOMINATED_BY,
  PROP_NOMINATED_BY_UNIT,
  PROP_SUMMARY,
  PROP_WHAT_IS_NEW,
  PROP_VALUE_CREATED,
  PROP_RESULTS,
  PROP_IMPLEMENTATION,
  PROP_SPREAD,
  PROP_PARTNERS,
  PROP_INELIGIBLE_REASON,
  PROP_CATEGORY_NAME,     /* read-only from here on */
  PROP_UNIT_NAMES,
  /* the rest */
  PROP_RECEIVED,
  PROP_CLASS_CLAIMED,
  PROP_CLASS_ASSESSED,
  PROP_STATUS,
  PROP_STAFF_COUNT,
  PROP_BUDGET_IN_BALANCE,
  PROP_RESIDENT_SHARE,
  PROP_SUBSTRATEGIES,
  PROP_UNIT_IDS,
  N_PROPS
};

#define FIRST_TEXT    PROP_TITLE
#define LAST_WRITABLE PROP_INELIGIBLE_REASON
#define N_TEXT        (PROP_UNIT_NAMES - PROP_TITLE + 1)
/* Empty texts are kept as NULL: a list of 10 000 has many. */
#define TEXT_SLOT(self, prop) ((self)->text[(prop) - FIRST_TEXT])
#define TEXT(self, prop) (TEXT_SLOT (self, prop) != NULL ? TEXT_SLOT (self, prop) : "")

struct _PjNomination
{
  GObject             parent_instance;

  gint64              id;
  gint64              version;
  gint64              edition_id;
  gint64              category_id;
  char               *text[N_TEXT];
  char               *received;
  PjInnovationClass   class_claimed;
  PjInnovationClass   class_assessed;
  PjNominationStatus  status;
  int                 staff_count;
  PjTristate          budget_in_balance;
  double              resident_share;
  guint               substrategies;
  GArray             *unit_ids;        /* gint64 */
  GListStore         *team;            /* PjTeamMember, made when first needed */
};

G_DEFINE_FINAL_TYPE (PjNomination, pj_nomination, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PjTristate, pj_tristate,
  G_DEFINE_ENUM_VALUE (PJ_TRISTATE_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (PJ_TRISTATE_NO, "no"),
  G_DEFINE_ENUM_VALUE (PJ_TRISTATE_YES, "yes"))

static GParamSpec *properties[N_PROPS];

gboolean
pj_nomination_status_is_in_scoring (PjNominationStatus status)
{
  return status == PJ_NOMINATION_SUBMITTED || status == PJ_NOMINATION_ELIGIBLE;
}

/* Helpers */

static void
set_text (PjNomination *self,
          guint         prop,
          const char   *value)
{
  char **slot;

  g_assert (prop >= FIRST_TEXT && prop <= PROP_UNIT_NAMES);

  if (value != NULL && *value == '\0')
    value = NULL;
  slot = &TEXT_SLOT (self, prop);
  if (g_strcmp0 (*slot, value) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
notify_units (PjNomination *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_IDS]);
}

/* Overrides */

static void
pj_nomination_finalize (GObject *object)
{
  PjNomination *self = (PjNomination *) object;

  for (guint i = 0; i < N_TEXT; i++)
    g_clear_pointer (&self->text[i], g_free);
  g_clear_pointer (&self->received, g_free);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_object (&self->team);

  G_OBJECT_CLASS (pj_nomination_parent_class)->finalize (object);
}

static void
pj_nomination_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PjNomination *self = PJ_NOMINATION (object);

  if (prop_id >= FIRST_TEXT && prop_id <= PROP_UNIT_NAMES)
    {
      g_value_set_string (value, TEXT (self, prop_id));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_EDITION_ID:
      g_value_set_int64 (value, self->edition_id);
      break;

    case PROP_CATEGORY_ID:
      g_value_set_int64 (value, self->category_id);
      break;

    case PROP_RECEIVED:
      g_value_set_string (value, self->received);
      break;

    case PROP_CLASS_CLAIMED:
      g_value_set_enum (value, self->class_claimed);
      break;

    case PROP_CLASS_ASSESSED:
      g_value_set_enum (value, self->class_assessed);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_STAFF_COUNT:
      g_value_set_int (value, self->staff_count);
      break;

    case PROP_BUDGET_IN_BALANCE:
      g_value_set_enum (value, self->budget_in_balance);
      break;

    case PROP_RESIDENT_SHARE:
      g_value_set_double (value, self->resident_share);
      break;

    case PROP_SUBSTRATEGIES:
      g_value_set_uint (value, self->substrategies);
      break;

    case PROP_UNIT_IDS:
      g_value_take_boxed (value, g_array_copy (self->unit_ids));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_nomination_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PjNomination *self = PJ_NOMINATION (object);

  if (prop_id >= FIRST_TEXT && prop_id <= LAST_WRITABLE)
    {
      set_text (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_EDITION_ID:
      pj_nomination_set_edition_id (self, g_value_get_int64 (value));
      break;

    case PROP_CATEGORY_ID:
      pj_nomination_set_category_id (self, g_value_get_int64 (value));
      break;

    case PROP_RECEIVED:
      pj_nomination_set_received (self, g_value_get_string (value));
      break;

    case PROP_CLASS_CLAIMED:
      pj_nomination_set_class_claimed (self, g_value_get_enum (value));
      break;

    case PROP_CLASS_ASSESSED:
      pj_nomination_set_class_assessed (self, g_value_get_enum (value));
      break;

    case PROP_STATUS:
      pj_nomination_set_status (self, g_value_get_enum (value));
      break;

    case PROP_STAFF_COUNT:
      pj_nomination_set_staff_count (self, g_value_get_int (value));
      break;

    case PROP_BUDGET_IN_BALANCE:
      pj_nomination_set_budget_in_balance (self, g_value_get_enum (value));
      break;

    case PROP_RESIDENT_SHARE:
      pj_nomination_set_resident_share (self, g_value_get_double (value));
      break;

    case PROP_SUBSTRATEGIES:
      pj_nomination_set_substrategies (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_nomination_class_init (PjNominationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  static const char * const text_names[N_TEXT] = {
    "title", "contact-name", "contact-email", "contact-phone", "nominated-by",
    "nominated-by-unit", "summary", "what-is-new", "value-created", "results",
    "implementation", "spread", "partners", "ineligible-reason",
    "category-name", "unit-names",
  };

  object_class->finalize = pj_nomination_finalize;
  object_class->get_property = pj_nomination_get_property;
  object_class->set_property = pj_nomination_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_EDITION_ID] =
    g_param_spec_int64 ("edition-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, rw);
  properties[PROP_CATEGORY_ID] =
    g_param_spec_int64 ("category-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, rw);

  for (guint prop = FIRST_TEXT; prop <= PROP_UNIT_NAMES; prop++)
    properties[prop] = g_param_spec_string (text_names[prop - FIRST_TEXT], NULL, NULL, "",
                                            prop <= LAST_WRITABLE ? rw : ro);

  properties[PROP_RECEIVED] =
    g_param_spec_string ("received", NULL, NULL, NULL, rw);
  properties[PROP_CLASS_CLAIMED] =
    g_param_spec_enum ("class-claimed", NULL, NULL,
                       PJ_TYPE_INNOVATION_CLASS, PJ_CLASS_NONE, rw);
  properties[PROP_CLASS_ASSESSED] =
    g_param_spec_enum ("class-assessed", NULL, NULL,
                       PJ_TYPE_INNOVATION_CLASS, PJ_CLASS_NONE, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PJ_TYPE_NOMINATION_STATUS, PJ_NOMINATION_SUBMITTED, rw);
  properties[PROP_STAFF_COUNT] =
    g_param_spec_int ("staff-count", NULL, NULL, -1, G_MAXINT, -1, rw);
  properties[PROP_BUDGET_IN_BALANCE] =
    g_param_spec_enum ("budget-in-balance", NULL, NULL,
                       PJ_TYPE_TRISTATE, PJ_TRISTATE_UNKNOWN, rw);
  properties[PROP_RESIDENT_SHARE] =
    g_param_spec_double ("resident-share", NULL, NULL, -1, 100, -1, rw);
  properties[PROP_SUBSTRATEGIES] =
    g_param_spec_uint ("substrategies", NULL, NULL, 0, PJ_SUBSTRATEGY_ALL, 0, rw);
  properties[PROP_UNIT_IDS] =
    g_param_spec_boxed ("unit-ids", NULL, NULL, G_TYPE_ARRAY, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_nomination_init (PjNomination *self)
{
  self->status = PJ_NOMINATION_SUBMITTED;
  self->staff_count = -1;
  self->budget_in_balance = PJ_TRISTATE_UNKNOWN;
  self->resident_share = -1;
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static GListStore *
ensure_team (PjNomination *self)
{
  if (self->team == NULL)
    self->team = g_list_store_new (PJ_TYPE_TEAM_MEMBER);
  return self->team;
}

/* Public API */

PjNomination *
pj_nomination_new (void)
{
  return g_object_new (PJ_TYPE_NOMINATION, NULL);
}

static char *
dup_text (const char *s)
{
  return (s != NULL && *s != '\0') ? g_strdup (s) : NULL;
}

PjNomination *
pj_nomination_new_from_row (const PjNominationRow *row)
{
  PjNomination *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (PJ_TYPE_NOMINATION, NULL);
  self->id = row->id;
  self->version = row->version;
  self->edition_id = row->edition_id;
  self->category_id = row->category_id;

#define TAKE(prop, value) \
  G_STMT_START {                                 \
    g_free (TEXT_SLOT (self, prop));             \
    TEXT_SLOT (self, prop) = dup_text (value);   \
  } G_STMT_END
  TAKE (PROP_TITLE, row->title);
  TAKE (PROP_CONTACT_NAME, row->contact_name);
  TAKE (PROP_CONTACT_EMAIL, row->contact_email);
  TAKE (PROP_CONTACT_PHONE, row->contact_phone);
  TAKE (PROP_NOMINATED_BY, row->nominated_by);
  TAKE (PROP_NOMINATED_BY_UNIT, row->nominated_by_unit);
  TAKE (PROP_SUMMARY, row->summary);
  TAKE (PROP_WHAT_IS_NEW, row->what_is_new);
  TAKE (PROP_VALUE_CREATED, row->value_created);
  TAKE (PROP_RESULTS, row->results);
  TAKE (PROP_IMPLEMENTATION, row->implementation);
  TAKE (PROP_SPREAD, row->spread);
  TAKE (PROP_PARTNERS, row->partners);
  TAKE (PROP_INELIGIBLE_REASON, row->ineligible_reason);
  TAKE (PROP_CATEGORY_NAME, row->category_name);
#undef TAKE

  self->received = (row->received != NULL && *row->received != '\0')
                   ? g_strdup (row->received) : NULL;
  self->class_claimed = row->class_claimed;
  self->class_assessed = row->class_assessed;
  self->status = row->status;
  self->staff_count = row->staff_count < 0 ? -1 : row->staff_count;
  self->budget_in_balance = row->budget_in_balance;
  self->resident_share = row->resident_share < 0 ? -1 : row->resident_share;
  self->substrategies = row->substrategies & PJ_SUBSTRATEGY_ALL;

  return self;
}

gint64
pj_nomination_get_id (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_nomination_get_version (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), 0);

  return self->version;
}

void
pj_nomination_set_stored (PjNomination *self,
                          gint64        id,
                          gint64        version)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (self->version != version)
    {
      self->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }
}

gint64
pj_nomination_get_edition_id (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), PJ_NO_ID);

  return self->edition_id;
}

void
pj_nomination_set_edition_id (PjNomination *self,
                              gint64        edition_id)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail (edition_id >= 0);

  if (self->edition_id == edition_id)
    return;

  self->edition_id = edition_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITION_ID]);
}

gint64
pj_nomination_get_category_id (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), PJ_NO_ID);

  return self->category_id;
}

void
pj_nomination_set_category_id (PjNomination *self,
                               gint64        category_id)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail (category_id >= 0);

  if (self->category_id == category_id)
    return;

  self->category_id = category_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY_ID]);
}

#define PJ_TEXT_ACCESSORS(field, PROP)                                         \
const char *                                                                   \
pj_nomination_get_ ## field (PjNomination *self)                               \
{                                                                              \
  g_return_val_if_fail (PJ_IS_NOMINATION (self), NULL);                        \
  return TEXT (self, PROP);                                                    \
}                                                                              \
                                                                               \
void                                                                           \
pj_nomination_set_ ## field (PjNomination *self,                               \
                             const char   *value)                              \
{                                                                              \
  g_return_if_fail (PJ_IS_NOMINATION (self));                                  \
  set_text (self, PROP, value);                                                \
}

PJ_TEXT_ACCESSORS (title, PROP_TITLE)
PJ_TEXT_ACCESSORS (contact_name, PROP_CONTACT_NAME)
PJ_TEXT_ACCESSORS (contact_email, PROP_CONTACT_EMAIL)
PJ_TEXT_ACCESSORS (contact_phone, PROP_CONTACT_PHONE)
PJ_TEXT_ACCESSORS (nominated_by, PROP_NOMINATED_BY)
PJ_TEXT_ACCESSORS (nominated_by_unit, PROP_NOMINATED_BY_UNIT)
PJ_TEXT_ACCESSORS (summary, PROP_SUMMARY)
PJ_TEXT_ACCESSORS (what_is_new, PROP_WHAT_IS_NEW)
PJ_TEXT_ACCESSORS (value_created, PROP_VALUE_CREATED)
PJ_TEXT_ACCESSORS (results, PROP_RESULTS)
PJ_TEXT_ACCESSORS (implementation, PROP_IMPLEMENTATION)
PJ_TEXT_ACCESSORS (spread, PROP_SPREAD)
PJ_TEXT_ACCESSORS (partners, PROP_PARTNERS)
PJ_TEXT_ACCESSORS (ineligible_reason, PROP_INELIGIBLE_REASON)

const char *
pj_nomination_get_category_name (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), NULL);

  return TEXT (self, PROP_CATEGORY_NAME);
}

void
pj_nomination_set_category_name (PjNomination *self,
                                 const char   *name)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));

  set_text (self, PROP_CATEGORY_NAME, name);
}

const char *
pj_nomination_get_unit_names (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), NULL);

  return TEXT (self, PROP_UNIT_NAMES);
}

void
pj_nomination_set_unit_names (PjNomination *self,
                              const char   *names)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));

  set_text (self, PROP_UNIT_NAMES, names);
}

const char *
pj_nomination_get_received (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), NULL);

  return self->received;
}

void
pj_nomination_set_received (PjNomination *self,
                            const char   *iso_date)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));

  if (iso_date != NULL && *iso_date == '\0')
    iso_date = NULL;
  if (g_strcmp0 (self->received, iso_date) == 0)
    return;

  g_free (self->received);
  self->received = g_strdup (iso_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIVED]);
}

PjInnovationClass
pj_nomination_get_class_claimed (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), PJ_CLASS_NONE);

  return self->class_claimed;
}

void
pj_nomination_set_class_claimed (PjNomination      *self,
                                 PjInnovationClass  value)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail ((guint) value < PJ_N_INNOVATION_CLASSES);

  if (self->class_claimed == value)
    return;

  self->class_claimed = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_CLAIMED]);
}

PjInnovationClass
pj_nomination_get_class_assessed (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), PJ_CLASS_NONE);

  return self->class_assessed;
}

void
pj_nomination_set_class_assessed (PjNomination      *self,
                                  PjInnovationClass  value)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail ((guint) value < PJ_N_INNOVATION_CLASSES);

  if (self->class_assessed == value)
    return;

  self->class_assessed = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ASSESSED]);
}

PjNominationStatus
pj_nomination_get_status (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), PJ_NOMINATION_SUBMITTED);

  return self->status;
}

void
pj_nomination_set_status (PjNomination       *self,
                          PjNominationStatus  status)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail ((guint) status < PJ_N_NOMINATION_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gboolean
pj_nomination_is_in_scoring (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), FALSE);

  return pj_nomination_status_is_in_scoring (self->status);
}

int
pj_nomination_get_staff_count (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), -1);

  return self->staff_count;
}

void
pj_nomination_set_staff_count (PjNomination *self,
                               int           staff_count)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));

  if (staff_count < 0)
    staff_count = -1;
  if (self->staff_count == staff_count)
    return;

  self->staff_count = staff_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_COUNT]);
}

PjTristate
pj_nomination_get_budget_in_balance (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), PJ_TRISTATE_UNKNOWN);

  return self->budget_in_balance;
}

void
pj_nomination_set_budget_in_balance (PjNomination *self,
                                     PjTristate    value)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail ((guint) value <= PJ_TRISTATE_YES);

  if (self->budget_in_balance == value)
    return;

  self->budget_in_balance = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUDGET_IN_BALANCE]);
}

double
pj_nomination_get_resident_share (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), -1);

  return self->resident_share;
}

void
pj_nomination_set_resident_share (PjNomination *self,
                                  double        percent)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));

  /* Anything negative or not a number means "not known". */
  if (isnan (percent) || percent < 0)
    percent = -1;
  g_return_if_fail (percent <= 100);

  if (self->resident_share == percent)
    return;

  self->resident_share = percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESIDENT_SHARE]);
}

const gint64 *
pj_nomination_get_unit_ids (PjNomination *self,
                            guint        *n_ids)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), NULL);

  if (n_ids != NULL)
    *n_ids = self->unit_ids->len;
  return (const gint64 *) (gpointer) self->unit_ids->data;
}

guint
pj_nomination_get_n_units (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), 0);

  return self->unit_ids->len;
}

static gboolean
has_unit (PjNomination *self,
          gint64        unit_id)
{
  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      return TRUE;
  return FALSE;
}

void
pj_nomination_set_unit_ids (PjNomination *self,
                            const gint64 *ids,
                            guint         n_ids)
{
  g_autoptr(GArray) old = NULL;
  gboolean same;

  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  old = g_steal_pointer (&self->unit_ids);
  self->unit_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] > 0 && !has_unit (self, ids[i]))
      g_array_append_val (self->unit_ids, ids[i]);

  same = old->len == self->unit_ids->len &&
         memcmp (old->data, self->unit_ids->data, old->len * sizeof (gint64)) == 0;
  if (!same)
    notify_units (self);
}

gboolean
pj_nomination_add_unit_id (PjNomination *self,
                           gint64        unit_id)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), FALSE);
  g_return_val_if_fail (unit_id > 0, FALSE);

  if (has_unit (self, unit_id))
    return FALSE;

  g_array_append_val (self->unit_ids, unit_id);
  notify_units (self);
  return TRUE;
}

gboolean
pj_nomination_is_collaboration (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), FALSE);

  return self->unit_ids->len > 1;
}

guint
pj_nomination_get_substrategies (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), 0);

  return self->substrategies;
}

void
pj_nomination_set_substrategies (PjNomination *self,
                                 guint         mask)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail ((mask & ~PJ_SUBSTRATEGY_ALL) == 0);

  if (self->substrategies == mask)
    return;

  self->substrategies = mask;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBSTRATEGIES]);
}

gboolean
pj_nomination_has_substrategy (PjNomination  *self,
                               PjSubstrategy  s)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), FALSE);
  g_return_val_if_fail ((guint) s < PJ_N_SUBSTRATEGIES, FALSE);

  return (self->substrategies & PJ_SUBSTRATEGY_BIT (s)) != 0;
}

void
pj_nomination_set_substrategy (PjNomination  *self,
                               PjSubstrategy  s,
                               gboolean       enabled)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail ((guint) s < PJ_N_SUBSTRATEGIES);

  if (enabled)
    pj_nomination_set_substrategies (self, self->substrategies | PJ_SUBSTRATEGY_BIT (s));
  else
    pj_nomination_set_substrategies (self, self->substrategies & ~PJ_SUBSTRATEGY_BIT (s));
}

GListModel *
pj_nomination_get_team (PjNomination *self)
{
  g_return_val_if_fail (PJ_IS_NOMINATION (self), NULL);

  return G_LIST_MODEL (ensure_team (self));
}

void
pj_nomination_add_team_member (PjNomination *self,
                               const char   *name,
                               const char   *role)
{
  g_autoptr(PjTeamMember) member = NULL;

  g_return_if_fail (PJ_IS_NOMINATION (self));

  member = pj_team_member_new (name, role);
  g_list_store_append (ensure_team (self), member);
}

void
pj_nomination_remove_team_member (PjNomination *self,
                                  guint         position)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (ensure_team (self))));

  g_list_store_remove (self->team, position);
}

void
pj_nomination_clear_team (PjNomination *self)
{
  g_return_if_fail (PJ_IS_NOMINATION (self));

  if (self->team != NULL)
    g_list_store_remove_all (self->team);
}

gboolean
pj_nomination_validate (PjNomination  *self,
                        GError       **error)
{
  g_autofree char *title = NULL;
  g_autofree char *problem = NULL;
  const char *summary;
  glong n_chars;
  guint n_members;

  g_return_val_if_fail (PJ_IS_NOMINATION (self), FALSE);

  title = g_strstrip (g_strdup (TEXT (self, PROP_TITLE)));
  if (*title == '\0')
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("The title is empty."));
      return FALSE;
    }

  summary = TEXT (self, PROP_SUMMARY);
  if (!g_utf8_validate (summary, -1, NULL))
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("The summary holds text that is not valid UTF-8."));
      return FALSE;
    }
  n_chars = g_utf8_strlen (summary, -1);
  if (n_chars > PJ_NOMINATION_SUMMARY_MAX)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("The summary has %ld characters; at most %d are allowed."),
                   n_chars, PJ_NOMINATION_SUMMARY_MAX);
      return FALSE;
    }

  problem = pj_validate_email (TEXT (self, PROP_CONTACT_EMAIL));
  if (problem != NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Contact email: %s"), problem);
      return FALSE;
    }

  problem = pj_validate_iso_date (self->received);
  if (problem != NULL)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID, _("Date received: %s"), problem);
      return FALSE;
    }

  if (self->status == PJ_NOMINATION_INELIGIBLE)
    {
      g_autofree char *reason = g_strstrip (g_strdup (TEXT (self, PROP_INELIGIBLE_REASON)));

      if (*reason == '\0')
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("An ineligible nomination needs a reason."));
          return FALSE;
        }
    }

  n_members = self->team != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->team)) : 0;
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(PjTeamMember) member = g_list_model_get_item (G_LIST_MODEL (self->team), i);
      g_autofree char *name = g_strstrip (g_strdup (pj_team_member_get_name (member)));

      if (*name == '\0')
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("Team: member %u has no name."), i + 1);
          return FALSE;
        }
    }

  if (self->resident_share > 100)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   _("The residents’ share must be between 0 and 100 percent."));
      return FALSE;
    }

  return TRUE;
}
