/* pj-edition.c: one year of an award
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-edition"

#include "config.h"

#include "pj-edition.h"
#include "pj-entity-private.h"

struct _PjEdition
{
  GObject        parent_instance;

  gint64         id;
  gint64         version;
  gint64         award_id;
  char          *award_name;
  int            year;
  PjPhase        phase;
  char          *nominations_close;
  char          *scoring_close;
  char          *decision_date;
  PjBlindPolicy  blind_policy;
  PjAggregation  aggregation;
  double         disagreement_threshold;
  int            min_jurors;
};

G_DEFINE_FINAL_TYPE (PjEdition, pj_edition, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_AWARD_ID,
  PROP_AWARD_NAME,
  PROP_YEAR,
  PROP_PHASE,
  PROP_NOMINATIONS_CLOSE,
  PROP_SCORING_CLOSE,
  PROP_DECISION_DATE,
  PROP_BLIND_POLICY,
  PROP_AGGREGATION,
  PROP_DISAGREEMENT_THRESHOLD,
  PROP_MIN_JURORS,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A date that is not set is NULL; "" counts as not set. */
static gboolean
replace_date (char       **field,
              const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
pj_edition_finalize (GObject *object)
{
  PjEdition *self = (PjEdition *) object;

  g_clear_pointer (&self->award_name, g_free);
  g_clear_pointer (&self->nominations_close, g_free);
  g_clear_pointer (&self->scoring_close, g_free);
  g_clear_pointer (&self->decision_date, g_free);

  G_OBJECT_CLASS (pj_edition_parent_class)->finalize (object);
}

static void
pj_edition_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PjEdition *self = PJ_EDITION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_AWARD_ID:
      g_value_set_int64 (value, self->award_id);
      break;

    case PROP_AWARD_NAME:
      g_value_set_string (value, self->award_name);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;

    case PROP_NOMINATIONS_CLOSE:
      g_value_set_string (value, self->nominations_close);
      break;

    case PROP_SCORING_CLOSE:
      g_value_set_string (value, self->scoring_close);
      break;

    case PROP_DECISION_DATE:
      g_value_set_string (value, self->decision_date);
      break;

    case PROP_BLIND_POLICY:
      g_value_set_enum (value, self->blind_policy);
      break;

    case PROP_AGGREGATION:
      g_value_set_enum (value, self->aggregation);
      break;

    case PROP_DISAGREEMENT_THRESHOLD:
      g_value_set_double (value, self->disagreement_threshold);
      break;

    case PROP_MIN_JURORS:
      g_value_set_int (value, self->min_jurors);
      break;

    case PROP_TITLE:
      g_value_take_string (value, pj_edition_dup_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_edition_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PjEdition *self = PJ_EDITION (object);

  switch (prop_id)
    {
    case PROP_AWARD_ID:
      pj_edition_set_award_id (self, g_value_get_int64 (value));
      break;

    case PROP_YEAR:
      pj_edition_set_year (self, g_value_get_int (value));
      break;

    case PROP_PHASE:
      pj_edition_set_phase (self, g_value_get_enum (value));
      break;

    case PROP_NOMINATIONS_CLOSE:
      pj_edition_set_nominations_close (self, g_value_get_string (value));
      break;

    case PROP_SCORING_CLOSE:
      pj_edition_set_scoring_close (self, g_value_get_string (value));
      break;

    case PROP_DECISION_DATE:
      pj_edition_set_decision_date (self, g_value_get_string (value));
      break;

    case PROP_BLIND_POLICY:
      pj_edition_set_blind_policy (self, g_value_get_enum (value));
      break;

    case PROP_AGGREGATION:
      pj_edition_set_aggregation (self, g_value_get_enum (value));
      break;

    case PROP_DISAGREEMENT_THRESHOLD:
      pj_edition_set_disagreement_threshold (self, g_value_get_double (value));
      break;

    case PROP_MIN_JURORS:
      pj_edition_set_min_jurors (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_edition_class_init (PjEditionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_edition_finalize;
  object_class->get_property = pj_edition_get_property;
  object_class->set_property = pj_edition_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_AWARD_ID] =
    g_param_spec_int64 ("award-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, rw);
  properties[PROP_AWARD_NAME] =
    g_param_spec_string ("award-name", NULL, NULL, "", ro);
  /* Any year is held; pj_validate_year() says which ones are accepted. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 2026, rw);
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL, PJ_TYPE_PHASE, PJ_PHASE_SETUP, rw);
  properties[PROP_NOMINATIONS_CLOSE] =
    g_param_spec_string ("nominations-close", NULL, NULL, NULL, rw);
  properties[PROP_SCORING_CLOSE] =
    g_param_spec_string ("scoring-close", NULL, NULL, NULL, rw);
  properties[PROP_DECISION_DATE] =
    g_param_spec_string ("decision-date", NULL, NULL, NULL, rw);
  properties[PROP_BLIND_POLICY] =
    g_param_spec_enum ("blind-policy", NULL, NULL,
                       PJ_TYPE_BLIND_POLICY, PJ_BLIND_AFTER_SUBMIT, rw);
  properties[PROP_AGGREGATION] =
    g_param_spec_enum ("aggregation", NULL, NULL,
                       PJ_TYPE_AGGREGATION, PJ_AGGREGATION_MEAN, rw);
  properties[PROP_DISAGREEMENT_THRESHOLD] =
    g_param_spec_double ("disagreement-threshold", NULL, NULL, 0.0, 100.0, 15.0, rw);
  properties[PROP_MIN_JURORS] =
    g_param_spec_int ("min-jurors", NULL, NULL, 0, G_MAXINT, 3, rw);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_edition_init (PjEdition *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->award_name = g_strdup ("");
  self->year = g_date_time_get_year (now);
  self->phase = PJ_PHASE_SETUP;
  self->blind_policy = PJ_BLIND_AFTER_SUBMIT;
  self->aggregation = PJ_AGGREGATION_MEAN;
  self->disagreement_threshold = 15.0;
  self->min_jurors = 3;
}

PjEdition *
pj_edition_new (void)
{
  return g_object_new (PJ_TYPE_EDITION, NULL);
}

gint64
pj_edition_get_id (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_edition_get_version (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), 0);

  return self->version;
}

void
pj_edition_set_stored (PjEdition *self,
                       gint64     id,
                       gint64     version)
{
  g_return_if_fail (PJ_IS_EDITION (self));

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
pj_edition_get_award_id (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), PJ_NO_ID);

  return self->award_id;
}

void
pj_edition_set_award_id (PjEdition *self,
                         gint64     award_id)
{
  g_return_if_fail (PJ_IS_EDITION (self));

  if (self->award_id == award_id)
    return;

  self->award_id = award_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AWARD_ID]);
}

const char *
pj_edition_get_award_name (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), NULL);

  return self->award_name;
}

void
pj_edition_set_award_name (PjEdition  *self,
                           const char *award_name)
{
  g_return_if_fail (PJ_IS_EDITION (self));

  if (award_name == NULL)
    award_name = "";
  if (g_strcmp0 (self->award_name, award_name) == 0)
    return;

  g_free (self->award_name);
  self->award_name = g_strdup (award_name);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AWARD_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* "Förnyelsepriset 2026"; just the year while the award is not known. */
char *
pj_edition_dup_title (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), NULL);

  if (self->award_name[0] == '\0')
    return g_strdup_printf ("%d", self->year);

  return g_strdup_printf ("%s %d", self->award_name, self->year);
}

int
pj_edition_get_year (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), 0);

  return self->year;
}

void
pj_edition_set_year (PjEdition *self,
                     int        year)
{
  g_return_if_fail (PJ_IS_EDITION (self));

  if (self->year == year)
    return;

  self->year = year;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

PjPhase
pj_edition_get_phase (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), PJ_PHASE_SETUP);

  return self->phase;
}

void
pj_edition_set_phase (PjEdition *self,
                      PjPhase    phase)
{
  g_return_if_fail (PJ_IS_EDITION (self));
  g_return_if_fail ((guint) phase < PJ_N_PHASES);

  if (self->phase == phase)
    return;

  self->phase = phase;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

const char *
pj_edition_get_nominations_close (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), NULL);

  return self->nominations_close;
}

void
pj_edition_set_nominations_close (PjEdition  *self,
                                  const char *iso_date)
{
  g_return_if_fail (PJ_IS_EDITION (self));

  if (replace_date (&self->nominations_close, iso_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMINATIONS_CLOSE]);
}

const char *
pj_edition_get_scoring_close (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), NULL);

  return self->scoring_close;
}

void
pj_edition_set_scoring_close (PjEdition  *self,
                              const char *iso_date)
{
  g_return_if_fail (PJ_IS_EDITION (self));

  if (replace_date (&self->scoring_close, iso_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORING_CLOSE]);
}

const char *
pj_edition_get_decision_date (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), NULL);

  return self->decision_date;
}

void
pj_edition_set_decision_date (PjEdition  *self,
                              const char *iso_date)
{
  g_return_if_fail (PJ_IS_EDITION (self));

  if (replace_date (&self->decision_date, iso_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_DATE]);
}

PjBlindPolicy
pj_edition_get_blind_policy (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), PJ_BLIND_AFTER_SUBMIT);

  return self->blind_policy;
}

void
pj_edition_set_blind_policy (PjEdition     *self,
                             PjBlindPolicy  policy)
{
  g_return_if_fail (PJ_IS_EDITION (self));
  g_return_if_fail ((guint) policy < PJ_N_BLIND_POLICIES);

  if (self->blind_policy == policy)
    return;

  self->blind_policy = policy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLIND_POLICY]);
}

PjAggregation
pj_edition_get_aggregation (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), PJ_AGGREGATION_MEAN);

  return self->aggregation;
}

void
pj_edition_set_aggregation (PjEdition     *self,
                            PjAggregation  aggregation)
{
  g_return_if_fail (PJ_IS_EDITION (self));
  g_return_if_fail ((guint) aggregation < PJ_N_AGGREGATIONS);

  if (self->aggregation == aggregation)
    return;

  self->aggregation = aggregation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGGREGATION]);
}

double
pj_edition_get_disagreement_threshold (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), 0.0);

  return self->disagreement_threshold;
}

void
pj_edition_set_disagreement_threshold (PjEdition *self,
                                       double     points)
{
  g_return_if_fail (PJ_IS_EDITION (self));

  if (self->disagreement_threshold == points)
    return;

  self->disagreement_threshold = points;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISAGREEMENT_THRESHOLD]);
}

int
pj_edition_get_min_jurors (PjEdition *self)
{
  g_return_val_if_fail (PJ_IS_EDITION (self), 0);

  return self->min_jurors;
}

void
pj_edition_set_min_jurors (PjEdition *self,
                           int        min_jurors)
{
  g_return_if_fail (PJ_IS_EDITION (self));

  if (self->min_jurors == min_jurors)
    return;

  self->min_jurors = min_jurors;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_JURORS]);
}
