/* pj-decision.c: one placement the jury decided on, and its rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-decision"

#include "config.h"

#include "pj-decision.h"
#include "pj-decision-private.h"

#include <glib/gi18n-lib.h>

struct _PjDecision
{
  GObject      parent_instance;

  gint64       id;
  gint64       version;
  gint64       category_id;
  gint64       nomination_id;
  PjPlacement  placement;
  guint        position;
  char        *citation;
  char        *reason;
  char        *nomination_title;
};

G_DEFINE_FINAL_TYPE (PjDecision, pj_decision, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_CATEGORY_ID,
  PROP_NOMINATION_ID,
  PROP_PLACEMENT,
  PROP_POSITION,
  PROP_CITATION,
  PROP_REASON,
  PROP_NOMINATION_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const placement_names[PJ_N_PLACEMENTS] = {
  "winner", "honourable-mention", "awarded",
};

GType
pj_placement_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { PJ_PLACEMENT_WINNER, "PJ_PLACEMENT_WINNER", "winner" },
        { PJ_PLACEMENT_HONOURABLE_MENTION, "PJ_PLACEMENT_HONOURABLE_MENTION",
          "honourable-mention" },
        { PJ_PLACEMENT_AWARDED, "PJ_PLACEMENT_AWARDED", "awarded" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("PjPlacement"), values);

      g_once_init_leave (&type_id, type);
    }
  return type_id;
}

const char *
pj_placement_to_string (PjPlacement value)
{
  g_return_val_if_fail ((guint) value < PJ_N_PLACEMENTS, NULL);
  return placement_names[value];
}

gboolean
pj_placement_from_string (const char  *s,
                          PjPlacement *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; s != NULL && i < PJ_N_PLACEMENTS; i++)
    if (g_str_equal (s, placement_names[i]))
      {
        *out = (PjPlacement) i;
        return TRUE;
      }
  return FALSE;
}

const char *
pj_placement_to_label (PjPlacement value)
{
  switch (value)
    {
    case PJ_PLACEMENT_WINNER:
      return _("Winner");
    case PJ_PLACEMENT_HONOURABLE_MENTION:
      return _("Honourable mention");
    case PJ_PLACEMENT_AWARDED:
      return _("Awarded");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
pj_decision_finalize (GObject *object)
{
  PjDecision *self = (PjDecision *) object;

  g_clear_pointer (&self->citation, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->nomination_title, g_free);

  G_OBJECT_CLASS (pj_decision_parent_class)->finalize (object);
}

static void
pj_decision_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PjDecision *self = PJ_DECISION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;
    case PROP_CATEGORY_ID:
      g_value_set_int64 (value, self->category_id);
      break;
    case PROP_NOMINATION_ID:
      g_value_set_int64 (value, self->nomination_id);
      break;
    case PROP_PLACEMENT:
      g_value_set_enum (value, self->placement);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_CITATION:
      g_value_set_string (value, self->citation);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_NOMINATION_TITLE:
      g_value_set_string (value, self->nomination_title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_decision_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PjDecision *self = PJ_DECISION (object);

  switch (prop_id)
    {
    case PROP_CATEGORY_ID:
      pj_decision_set_category_id (self, g_value_get_int64 (value));
      break;
    case PROP_NOMINATION_ID:
      pj_decision_set_nomination_id (self, g_value_get_int64 (value));
      break;
    case PROP_PLACEMENT:
      pj_decision_set_placement (self, g_value_get_enum (value));
      break;
    case PROP_POSITION:
      pj_decision_set_position (self, g_value_get_uint (value));
      break;
    case PROP_CITATION:
      pj_decision_set_citation (self, g_value_get_string (value));
      break;
    case PROP_REASON:
      pj_decision_set_reason (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_decision_class_init (PjDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pj_decision_finalize;
  object_class->get_property = pj_decision_get_property;
  object_class->set_property = pj_decision_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_CATEGORY_ID] =
    g_param_spec_int64 ("category-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NOMINATION_ID] =
    g_param_spec_int64 ("nomination-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PLACEMENT] =
    g_param_spec_enum ("placement", NULL, NULL, PJ_TYPE_PLACEMENT, PJ_PLACEMENT_WINNER, rw);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_CITATION] =
    g_param_spec_string ("citation", NULL, NULL, "", rw);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, "", rw);
  properties[PROP_NOMINATION_TITLE] =
    g_param_spec_string ("nomination-title", NULL, NULL, "", ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pj_decision_init (PjDecision *self)
{
  self->citation = g_strdup ("");
  self->reason = g_strdup ("");
  self->nomination_title = g_strdup ("");
}

PjDecision *
pj_decision_new (gint64       category_id,
                 gint64       nomination_id,
                 PjPlacement  placement,
                 const char  *citation)
{
  PjDecision *self = g_object_new (PJ_TYPE_DECISION, NULL);

  self->category_id = category_id;
  self->nomination_id = nomination_id;
  self->placement = placement;
  g_free (self->citation);
  self->citation = g_strdup (citation != NULL ? citation : "");
  return self;
}

void
pj_decision_set_stored (PjDecision *self,
                        gint64      id,
                        gint64      version,
                        const char *nomination_title)
{
  g_return_if_fail (PJ_IS_DECISION (self));

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
  if (nomination_title != NULL && g_strcmp0 (self->nomination_title, nomination_title) != 0)
    {
      g_free (self->nomination_title);
      self->nomination_title = g_strdup (nomination_title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMINATION_TITLE]);
    }
}

gint64
pj_decision_get_id (PjDecision *self)
{
  g_return_val_if_fail (PJ_IS_DECISION (self), PJ_NO_ID);
  return self->id;
}

gint64
pj_decision_get_version (PjDecision *self)
{
  g_return_val_if_fail (PJ_IS_DECISION (self), 0);
  return self->version;
}

gint64
pj_decision_get_category_id (PjDecision *self)
{
  g_return_val_if_fail (PJ_IS_DECISION (self), PJ_NO_ID);
  return self->category_id;
}

void
pj_decision_set_category_id (PjDecision *self,
                             gint64      category_id)
{
  g_return_if_fail (PJ_IS_DECISION (self));

  if (self->category_id == category_id)
    return;
  self->category_id = category_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY_ID]);
}

gint64
pj_decision_get_nomination_id (PjDecision *self)
{
  g_return_val_if_fail (PJ_IS_DECISION (self), PJ_NO_ID);
  return self->nomination_id;
}

void
pj_decision_set_nomination_id (PjDecision *self,
                               gint64      nomination_id)
{
  g_return_if_fail (PJ_IS_DECISION (self));

  if (self->nomination_id == nomination_id)
    return;
  self->nomination_id = nomination_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMINATION_ID]);
}

PjPlacement
pj_decision_get_placement (PjDecision *self)
{
  g_return_val_if_fail (PJ_IS_DECISION (self), PJ_PLACEMENT_WINNER);
  return self->placement;
}

void
pj_decision_set_placement (PjDecision  *self,
                           PjPlacement  placement)
{
  g_return_if_fail (PJ_IS_DECISION (self));
  g_return_if_fail ((guint) placement < PJ_N_PLACEMENTS);

  if (self->placement == placement)
    return;
  self->placement = placement;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACEMENT]);
}

guint
pj_decision_get_position (PjDecision *self)
{
  g_return_val_if_fail (PJ_IS_DECISION (self), 0);
  return self->position;
}

void
pj_decision_set_position (PjDecision *self,
                          guint       position)
{
  g_return_if_fail (PJ_IS_DECISION (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
pj_decision_get_citation (PjDecision *self)
{
  g_return_val_if_fail (PJ_IS_DECISION (self), NULL);
  return self->citation;
}

void
pj_decision_set_citation (PjDecision *self,
                          const char *citation)
{
  g_return_if_fail (PJ_IS_DECISION (self));

  if (citation == NULL)
    citation = "";
  if (g_strcmp0 (self->citation, citation) == 0)
    return;
  g_free (self->citation);
  self->citation = g_strdup (citation);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITATION]);
}

const char *
pj_decision_get_reason (PjDecision *self)
{
  g_return_val_if_fail (PJ_IS_DECISION (self), NULL);
  return self->reason;
}

void
pj_decision_set_reason (PjDecision *self,
                        const char *reason)
{
  g_return_if_fail (PJ_IS_DECISION (self));

  if (reason == NULL)
    reason = "";
  if (g_strcmp0 (self->reason, reason) == 0)
    return;
  g_free (self->reason);
  self->reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
pj_decision_get_nomination_title (PjDecision *self)
{
  g_return_val_if_fail (PJ_IS_DECISION (self), NULL);
  return self->nomination_title;
}

/* Rules ------------------------------------------------------------------- */

static guint
level_of (GPtrArray   *decisions,
          gint64       nomination_id,
          PjAwardMode  mode)
{
  for (guint i = 0; i < decisions->len; i++)
    {
      PjDecision *d = g_ptr_array_index (decisions, i);

      if (d->nomination_id != nomination_id)
        continue;
      switch (d->placement)
        {
        case PJ_PLACEMENT_WINNER:
        case PJ_PLACEMENT_AWARDED:
          return 0;
        case PJ_PLACEMENT_HONOURABLE_MENTION:
          return 1;
        default:
          break;
        }
    }
  return mode == PJ_AWARD_MODE_TOP_N ? 2 : 1;
}

static const PjNominationResult *
find_result (const PjNominationResult *results,
             guint                     n_results,
             gint64                    nomination_id)
{
  for (guint i = 0; i < n_results; i++)
    if (results[i].nomination_id == nomination_id)
      return &results[i];
  return NULL;
}

gboolean
pj_decision_is_out_of_order (const PjNominationResult *results,
                             guint                     n_results,
                             GPtrArray                *decisions,
                             PjDecision               *decision,
                             PjAwardMode               mode,
                             double                    threshold)
{
  const PjNominationResult *own;
  guint own_level;

  g_return_val_if_fail (results != NULL || n_results == 0, TRUE);
  g_return_val_if_fail (decisions != NULL, TRUE);
  g_return_val_if_fail (PJ_IS_DECISION (decision), TRUE);

  own = find_result (results, n_results, decision->nomination_id);
  if (own == NULL || !own->has_result)
    return TRUE;
  if (mode == PJ_AWARD_MODE_THRESHOLD &&
      pj_scoring_hundredths (own->result) < pj_scoring_hundredths (threshold))
    return TRUE;

  own_level = level_of (decisions, decision->nomination_id, mode);
  for (guint i = 0; i < n_results; i++)
    {
      const PjNominationResult *other = &results[i];

      if (other->nomination_id == own->nomination_id || !other->has_result ||
          other->rank == 0 || other->rank >= own->rank)
        continue;
      if (level_of (decisions, other->nomination_id, mode) > own_level)
        return TRUE;
    }
  return FALSE;
}

static const char *
title_of (GHashTable *titles,
          gint64      nomination_id,
          char      **owned)
{
  const char *title = titles != NULL ? g_hash_table_lookup (titles, &nomination_id) : NULL;

  if (title != NULL)
    return title;
  *owned = g_strdup_printf ("%" G_GINT64_FORMAT, nomination_id);
  return *owned;
}

static gboolean
is_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s = g_utf8_next_char (s))
    if (!g_unichar_isspace (g_utf8_get_char (s)))
      return FALSE;
  return TRUE;
}

gboolean
pj_decision_check_category (const PjNominationResult *results,
                            guint                     n_results,
                            GPtrArray                *decisions,
                            PjAwardMode               mode,
                            guint                     winners,
                            guint                     honourable_mentions,
                            double                    threshold,
                            GHashTable               *titles,
                            GError                  **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n_winners = 0;
  guint n_mentions = 0;

  g_return_val_if_fail (results != NULL || n_results == 0, FALSE);
  g_return_val_if_fail (decisions != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < decisions->len; i++)
    {
      PjDecision *d = g_ptr_array_index (decisions, i);
      g_autofree char *owned = NULL;
      const char *title = title_of (titles, d->nomination_id, &owned);

      if (g_hash_table_contains (seen, &d->nomination_id))
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("“%s” is placed more than once."), title);
          return FALSE;
        }
      g_hash_table_add (seen, &d->nomination_id);

      if (find_result (results, n_results, d->nomination_id) == NULL)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("“%s” is not a nomination in scoring in this category."), title);
          return FALSE;
        }

      if (mode == PJ_AWARD_MODE_TOP_N && d->placement == PJ_PLACEMENT_AWARDED)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("“%s”: this category names winners and honourable mentions, "
                         "not nominations awarded above a threshold."), title);
          return FALSE;
        }
      if (mode == PJ_AWARD_MODE_THRESHOLD && d->placement != PJ_PLACEMENT_AWARDED)
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("“%s”: this category awards every nomination above its threshold; "
                         "it has no winners or honourable mentions."), title);
          return FALSE;
        }

      if (d->placement == PJ_PLACEMENT_WINNER)
        n_winners++;
      else if (d->placement == PJ_PLACEMENT_HONOURABLE_MENTION)
        n_mentions++;

      if (is_blank (d->citation))
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("“%s” needs a citation: every placement is published with one."),
                       title);
          return FALSE;
        }
    }

  if (mode == PJ_AWARD_MODE_TOP_N && n_winners > winners)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The category has %u winner; %u are placed.",
                                "The category has %u winners; %u are placed.", winners),
                   winners, n_winners);
      return FALSE;
    }
  if (mode == PJ_AWARD_MODE_TOP_N && n_mentions > honourable_mentions)
    {
      g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The category has %u honourable mention; %u are placed.",
                                "The category has %u honourable mentions; %u are placed.",
                                honourable_mentions),
                   honourable_mentions, n_mentions);
      return FALSE;
    }

  for (guint i = 0; i < decisions->len; i++)
    {
      PjDecision *d = g_ptr_array_index (decisions, i);
      g_autofree char *owned = NULL;

      if (is_blank (d->reason) &&
          pj_decision_is_out_of_order (results, n_results, decisions, d, mode, threshold))
        {
          g_set_error (error, PJ_ERROR, PJ_ERROR_INVALID,
                       _("“%s” is placed out of ranking order: give the reason for the "
                         "departure."), title_of (titles, d->nomination_id, &owned));
          return FALSE;
        }
    }

  return TRUE;
}
