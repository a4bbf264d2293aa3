/* pj-score-sheet.c: one juror's scores for one nomination, and the queue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-score-sheet"

#include "config.h"

#include "pj-score-sheet.h"
#include "pj-score-sheet-private.h"

#include "pj-criterion.h"

/* One criterion's entry: a value (or PJ_SCORE_UNSET) and a comment. */
typedef struct
{
  gint64  criterion_id;
  int     value;
  char   *comment;   /* never NULL */
} Entry;

struct _PjScoreSheet
{
  GObject        parent_instance;

  gint64         id;
  gint64         version;
  gint64         juror_id;
  gint64         nomination_id;
  PjSheetStatus  status;
  char          *overall_comment;
  char          *submitted_at;
  char          *juror_name;
  char          *nomination_title;
  double         total;
  GArray        *entries;  /* Entry, sorted by criterion_id */
};

G_DEFINE_FINAL_TYPE (PjScoreSheet, pj_score_sheet, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_JUROR_ID,
  PROP_NOMINATION_ID,
  PROP_STATUS,
  PROP_OVERALL_COMMENT,
  PROP_SUBMITTED_AT,
  PROP_JUROR_NAME,
  PROP_NOMINATION_TITLE,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_SCORES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/* Strings are never NULL: NULL is stored as "". */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->comment, g_free);
}

/* Index of the entry of @criterion_id, or where it would go (*found FALSE). */
static guint
find_entry (PjScoreSheet *self,
            gint64        criterion_id,
            gboolean     *found)
{
  guint lo = 0;
  guint hi = self->entries->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      gint64 id = g_array_index (self->entries, Entry, mid).criterion_id;

      if (id == criterion_id)
        {
          *found = TRUE;
          return mid;
        }
      if (id < criterion_id)
        lo = mid + 1;
      else
        hi = mid;
    }

  *found = FALSE;
  return lo;
}

static Entry *
lookup_entry (PjScoreSheet *self,
              gint64        criterion_id)
{
  gboolean found;
  guint index = find_entry (self, criterion_id, &found);

  return found ? &g_array_index (self->entries, Entry, index) : NULL;
}

static Entry *
ensure_entry (PjScoreSheet *self,
              gint64        criterion_id)
{
  gboolean found;
  guint index = find_entry (self, criterion_id, &found);

  if (!found)
    {
      Entry entry = { criterion_id, PJ_SCORE_UNSET, g_strdup ("") };

      g_array_insert_val (self->entries, index, entry);
    }
  return &g_array_index (self->entries, Entry, index);
}

/* Drops an entry with neither value nor comment. */
static void
prune_entry (PjScoreSheet *self,
             gint64        criterion_id)
{
  gboolean found;
  guint index = find_entry (self, criterion_id, &found);
  Entry *entry;

  if (!found)
    return;
  entry = &g_array_index (self->entries, Entry, index);
  if (entry->value == PJ_SCORE_UNSET && entry->comment[0] == '\0')
    g_array_remove_index (self->entries, index);
}

/* Overrides */

static void
pj_score_sheet_finalize (GObject *object)
{
  PjScoreSheet *self = (PjScoreSheet *) object;

  g_clear_pointer (&self->overall_comment, g_free);
  g_clear_pointer (&self->submitted_at, g_free);
  g_clear_pointer (&self->juror_name, g_free);
  g_clear_pointer (&self->nomination_title, g_free);
  g_clear_pointer (&self->entries, g_array_unref);

  G_OBJECT_CLASS (pj_score_sheet_parent_class)->finalize (object);
}

static void
pj_score_sheet_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PjScoreSheet *self = PJ_SCORE_SHEET (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_JUROR_ID:
      g_value_set_int64 (value, self->juror_id);
      break;

    case PROP_NOMINATION_ID:
      g_value_set_int64 (value, self->nomination_id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_OVERALL_COMMENT:
      g_value_set_string (value, self->overall_comment);
      break;

    case PROP_SUBMITTED_AT:
      g_value_set_string (value, self->submitted_at);
      break;

    case PROP_JUROR_NAME:
      g_value_set_string (value, self->juror_name);
      break;

    case PROP_NOMINATION_TITLE:
      g_value_set_string (value, self->nomination_title);
      break;

    case PROP_TOTAL:
      g_value_set_double (value, self->total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_score_sheet_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PjScoreSheet *self = PJ_SCORE_SHEET (object);

  switch (prop_id)
    {
    case PROP_JUROR_ID:
      self->juror_id = g_value_get_int64 (value);
      break;

    case PROP_NOMINATION_ID:
      self->nomination_id = g_value_get_int64 (value);
      break;

    case PROP_OVERALL_COMMENT:
      pj_score_sheet_set_overall_comment (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_score_sheet_class_init (PjScoreSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags co = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pj_score_sheet_finalize;
  object_class->get_property = pj_score_sheet_get_property;
  object_class->set_property = pj_score_sheet_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_JUROR_ID] =
    g_param_spec_int64 ("juror-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, co);
  properties[PROP_NOMINATION_ID] =
    g_param_spec_int64 ("nomination-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, co);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, PJ_TYPE_SHEET_STATUS, PJ_SHEET_DRAFT, ro);
  properties[PROP_OVERALL_COMMENT] =
    g_param_spec_string ("overall-comment", NULL, NULL, "", rw);
  properties[PROP_SUBMITTED_AT] =
    g_param_spec_string ("submitted-at", NULL, NULL, NULL, ro);
  properties[PROP_JUROR_NAME] =
    g_param_spec_string ("juror-name", NULL, NULL, "", ro);
  properties[PROP_NOMINATION_TITLE] =
    g_param_spec_string ("nomination-title", NULL, NULL, "", ro);
  properties[PROP_TOTAL] =
    g_param_spec_double ("total", NULL, NULL, -1, 100, -1, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PjScoreSheet::scores-changed:
   *
   * A value or a comment of a criterion really changed.
   */
  signals[SIGNAL_SCORES_CHANGED] =
    g_signal_new ("scores-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
pj_score_sheet_init (PjScoreSheet *self)
{
  self->overall_comment = g_strdup ("");
  self->juror_name = g_strdup ("");
  self->nomination_title = g_strdup ("");
  self->status = PJ_SHEET_DRAFT;
  self->total = -1;
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
}

/* Public API */

PjScoreSheet *
pj_score_sheet_new (gint64 juror_id,
                    gint64 nomination_id)
{
  return g_object_new (PJ_TYPE_SCORE_SHEET,
                       "juror-id", juror_id,
                       "nomination-id", nomination_id,
                       NULL);
}

gint64
pj_score_sheet_get_id (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), PJ_NO_ID);

  return self->id;
}

gint64
pj_score_sheet_get_version (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), 0);

  return self->version;
}

void
pj_score_sheet_set_stored (PjScoreSheet *self,
                           gint64        id,
                           gint64        version)
{
  g_return_if_fail (PJ_IS_SCORE_SHEET (self));

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
pj_score_sheet_get_juror_id (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), PJ_NO_ID);

  return self->juror_id;
}

gint64
pj_score_sheet_get_nomination_id (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), PJ_NO_ID);

  return self->nomination_id;
}

PjSheetStatus
pj_score_sheet_get_status (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), PJ_SHEET_DRAFT);

  return self->status;
}

gboolean
pj_score_sheet_is_locked (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), FALSE);

  return self->status != PJ_SHEET_DRAFT;
}

void
pj_score_sheet_set_state (PjScoreSheet  *self,
                          PjSheetStatus  status,
                          const char    *submitted_at)
{
  g_return_if_fail (PJ_IS_SCORE_SHEET (self));
  g_return_if_fail ((guint) status < PJ_N_SHEET_STATUSES);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  if (g_strcmp0 (self->submitted_at, submitted_at) != 0)
    {
      g_free (self->submitted_at);
      self->submitted_at = g_strdup (submitted_at);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBMITTED_AT]);
    }
}

const char *
pj_score_sheet_get_overall_comment (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), NULL);

  return self->overall_comment;
}

void
pj_score_sheet_set_overall_comment (PjScoreSheet *self,
                                    const char   *comment)
{
  g_return_if_fail (PJ_IS_SCORE_SHEET (self));

  if (replace_string (&self->overall_comment, comment))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERALL_COMMENT]);
}

const char *
pj_score_sheet_get_submitted_at (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), NULL);

  return self->submitted_at;
}

const char *
pj_score_sheet_get_juror_name (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), NULL);

  return self->juror_name;
}

const char *
pj_score_sheet_get_nomination_title (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), NULL);

  return self->nomination_title;
}

void
pj_score_sheet_set_display (PjScoreSheet *self,
                            const char   *juror_name,
                            const char   *nomination_title)
{
  g_return_if_fail (PJ_IS_SCORE_SHEET (self));

  if (replace_string (&self->juror_name, juror_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JUROR_NAME]);
  if (replace_string (&self->nomination_title, nomination_title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOMINATION_TITLE]);
}

double
pj_score_sheet_get_total (PjScoreSheet *self)
{
  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), -1);

  return self->total;
}

void
pj_score_sheet_set_total (PjScoreSheet *self,
                          double        total)
{
  g_return_if_fail (PJ_IS_SCORE_SHEET (self));

  if (total < 0)
    total = -1;
  if (self->total != total)
    {
      self->total = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
    }
}

int
pj_score_sheet_get_value (PjScoreSheet *self,
                          gint64        criterion_id)
{
  Entry *entry;

  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), PJ_SCORE_UNSET);

  entry = lookup_entry (self, criterion_id);
  return entry != NULL ? entry->value : PJ_SCORE_UNSET;
}

void
pj_score_sheet_set_value (PjScoreSheet *self,
                          gint64        criterion_id,
                          int           value)
{
  Entry *entry;

  g_return_if_fail (PJ_IS_SCORE_SHEET (self));
  g_return_if_fail (criterion_id > 0);

  if (value < 0)
    value = PJ_SCORE_UNSET;
  if (pj_score_sheet_get_value (self, criterion_id) == value)
    return;

  entry = ensure_entry (self, criterion_id);
  entry->value = value;
  prune_entry (self, criterion_id);
  g_signal_emit (self, signals[SIGNAL_SCORES_CHANGED], 0);
}

const char *
pj_score_sheet_get_comment (PjScoreSheet *self,
                            gint64        criterion_id)
{
  Entry *entry;

  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), "");

  entry = lookup_entry (self, criterion_id);
  return entry != NULL ? entry->comment : "";
}

void
pj_score_sheet_set_comment (PjScoreSheet *self,
                            gint64        criterion_id,
                            const char   *comment)
{
  Entry *entry;

  g_return_if_fail (PJ_IS_SCORE_SHEET (self));
  g_return_if_fail (criterion_id > 0);

  if (comment == NULL)
    comment = "";
  if (g_strcmp0 (pj_score_sheet_get_comment (self, criterion_id), comment) == 0)
    return;

  entry = ensure_entry (self, criterion_id);
  replace_string (&entry->comment, comment);
  prune_entry (self, criterion_id);
  g_signal_emit (self, signals[SIGNAL_SCORES_CHANGED], 0);
}

GArray *
pj_score_sheet_dup_criterion_ids (PjScoreSheet *self)
{
  GArray *ids;

  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), NULL);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->entries->len);
  for (guint i = 0; i < self->entries->len; i++)
    g_array_append_val (ids, g_array_index (self->entries, Entry, i).criterion_id);
  return ids;
}

guint
pj_score_sheet_count_values (PjScoreSheet *self)
{
  guint n = 0;

  g_return_val_if_fail (PJ_IS_SCORE_SHEET (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    if (g_array_index (self->entries, Entry, i).value != PJ_SCORE_UNSET)
      n++;
  return n;
}

double
pj_sheet_total (PjScoreSheet *sheet,
                GListModel   *criteria,
                gint64        category_id)
{
  double weighted = 0;
  double weights = 0;
  guint n;

  g_return_val_if_fail (PJ_IS_SCORE_SHEET (sheet), -1);
  g_return_val_if_fail (G_IS_LIST_MODEL (criteria), -1);

  if (sheet->status == PJ_SHEET_ABSTAINED)
    return -1;

  n = g_list_model_get_n_items (criteria);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PjCriterion) criterion = g_list_model_get_item (criteria, i);
      double weight = pj_criterion_get_weight (criterion);
      int min = pj_criterion_get_scale_min (criterion);
      int max = pj_criterion_get_scale_max (criterion);
      int value;

      if (!(weight > 0) || max <= min || !pj_criterion_applies_to (criterion, category_id))
        continue;
      value = pj_score_sheet_get_value (sheet, pj_criterion_get_id (criterion));
      if (value == PJ_SCORE_UNSET)
        continue;

      value = CLAMP (value, min, max);
      weighted += weight * (double) (value - min) / (double) (max - min);
      weights += weight;
    }

  if (!(weights > 0))
    return -1;
  return 100.0 * weighted / weights;
}

/* PjQueueItem ------------------------------------------------------------- */

struct _PjQueueItem
{
  GObject        parent_instance;

  gint64         nomination_id;
  char          *title;
  gint64         category_id;
  char          *category_name;
  gint64         sheet_id;
  PjSheetStatus  status;
  guint          n_scored;
  double         total;
};

G_DEFINE_FINAL_TYPE (PjQueueItem, pj_queue_item, G_TYPE_OBJECT)

enum {
  ITEM_PROP_0,
  ITEM_PROP_NOMINATION_ID,
  ITEM_PROP_TITLE,
  ITEM_PROP_CATEGORY_ID,
  ITEM_PROP_CATEGORY_NAME,
  ITEM_PROP_SHEET_ID,
  ITEM_PROP_STATUS,
  ITEM_PROP_N_SCORED,
  ITEM_PROP_TOTAL,
  ITEM_N_PROPS
};

static GParamSpec *item_properties[ITEM_N_PROPS];

static void
pj_queue_item_finalize (GObject *object)
{
  PjQueueItem *self = (PjQueueItem *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->category_name, g_free);

  G_OBJECT_CLASS (pj_queue_item_parent_class)->finalize (object);
}

static void
pj_queue_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PjQueueItem *self = PJ_QUEUE_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_NOMINATION_ID:
      g_value_set_int64 (value, self->nomination_id);
      break;

    case ITEM_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case ITEM_PROP_CATEGORY_ID:
      g_value_set_int64 (value, self->category_id);
      break;

    case ITEM_PROP_CATEGORY_NAME:
      g_value_set_string (value, self->category_name);
      break;

    case ITEM_PROP_SHEET_ID:
      g_value_set_int64 (value, self->sheet_id);
      break;

    case ITEM_PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case ITEM_PROP_N_SCORED:
      g_value_set_uint (value, self->n_scored);
      break;

    case ITEM_PROP_TOTAL:
      g_value_set_double (value, self->total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pj_queue_item_class_init (PjQueueItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pj_queue_item_finalize;
  object_class->get_property = pj_queue_item_get_property;

  item_properties[ITEM_PROP_NOMINATION_ID] =
    g_param_spec_int64 ("nomination-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  item_properties[ITEM_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", ro);
  item_properties[ITEM_PROP_CATEGORY_ID] =
    g_param_spec_int64 ("category-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  item_properties[ITEM_PROP_CATEGORY_NAME] =
    g_param_spec_string ("category-name", NULL, NULL, "", ro);
  item_properties[ITEM_PROP_SHEET_ID] =
    g_param_spec_int64 ("sheet-id", NULL, NULL, 0, G_MAXINT64, PJ_NO_ID, ro);
  item_properties[ITEM_PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, PJ_TYPE_SHEET_STATUS, PJ_SHEET_DRAFT, ro);
  item_properties[ITEM_PROP_N_SCORED] =
    g_param_spec_uint ("n-scored", NULL, NULL, 0, G_MAXUINT, 0, ro);
  item_properties[ITEM_PROP_TOTAL] =
    g_param_spec_double ("total", NULL, NULL, -1, 100, -1, ro);

  g_object_class_install_properties (object_class, ITEM_N_PROPS, item_properties);
}

static void
pj_queue_item_init (PjQueueItem *self)
{
  self->title = g_strdup ("");
  self->category_name = g_strdup ("");
  self->status = PJ_SHEET_DRAFT;
  self->total = -1;
}

PjQueueItem *
pj_queue_item_new (gint64         nomination_id,
                   const char    *title,
                   gint64         category_id,
                   const char    *category_name,
                   gint64         sheet_id,
                   PjSheetStatus  status,
                   guint          n_scored,
                   double         total)
{
  PjQueueItem *self = g_object_new (PJ_TYPE_QUEUE_ITEM, NULL);

  self->nomination_id = nomination_id;
  replace_string (&self->title, title);
  self->category_id = category_id;
  replace_string (&self->category_name, category_name);
  self->sheet_id = sheet_id;
  self->status = status;
  self->n_scored = n_scored;
  self->total = total < 0 ? -1 : total;
  return self;
}

gint64
pj_queue_item_get_nomination_id (PjQueueItem *self)
{
  g_return_val_if_fail (PJ_IS_QUEUE_ITEM (self), PJ_NO_ID);

  return self->nomination_id;
}

const char *
pj_queue_item_get_title (PjQueueItem *self)
{
  g_return_val_if_fail (PJ_IS_QUEUE_ITEM (self), NULL);

  return self->title;
}

gint64
pj_queue_item_get_category_id (PjQueueItem *self)
{
  g_return_val_if_fail (PJ_IS_QUEUE_ITEM (self), PJ_NO_ID);

  return self->category_id;
}

const char *
pj_queue_item_get_category_name (PjQueueItem *self)
{
  g_return_val_if_fail (PJ_IS_QUEUE_ITEM (self), NULL);

  return self->category_name;
}

gint64
pj_queue_item_get_sheet_id (PjQueueItem *self)
{
  g_return_val_if_fail (PJ_IS_QUEUE_ITEM (self), PJ_NO_ID);

  return self->sheet_id;
}

PjSheetStatus
pj_queue_item_get_status (PjQueueItem *self)
{
  g_return_val_if_fail (PJ_IS_QUEUE_ITEM (self), PJ_SHEET_DRAFT);

  return self->status;
}

gboolean
pj_queue_item_is_done (PjQueueItem *self)
{
  g_return_val_if_fail (PJ_IS_QUEUE_ITEM (self), FALSE);

  return self->status != PJ_SHEET_DRAFT;
}

guint
pj_queue_item_get_n_scored (PjQueueItem *self)
{
  g_return_val_if_fail (PJ_IS_QUEUE_ITEM (self), 0);

  return self->n_scored;
}

double
pj_queue_item_get_total (PjQueueItem *self)
{
  g_return_val_if_fail (PJ_IS_QUEUE_ITEM (self), -1);

  return self->total;
}
