/* pj-indicators.c: the entrants indicator, its rows and its CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-indicators"

#include "config.h"

#include "pj-indicators.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pj-csv-write.h"
#include "pj-indicators-private.h"

typedef struct
{
  char   *key;
  char   *label;
  GArray *counts;   /* guint per edition */
} Row;

typedef struct
{
  gint64 edition_id;
  int    year;
  guint  total;
} Edition;

struct _PjIndicators
{
  gatomicrefcount  ref;
  gint64           award_id;
  char            *award_name;
  GArray          *editions;                          /* Edition */
  GPtrArray       *rows[PJ_N_INDICATOR_DIMENSIONS];   /* Row */
  GHashTable      *index[PJ_N_INDICATOR_DIMENSIONS];  /* key -> Row */
};

G_DEFINE_BOXED_TYPE (PjIndicators, pj_indicators, pj_indicators_ref, pj_indicators_unref)

static const char * const dimension_names[PJ_N_INDICATOR_DIMENSIONS] = {
  "category", "unit-type", "administration", "innovation-class", "substrategy",
};

const char *
pj_indicator_dimension_to_string (PjIndicatorDimension dimension)
{
  g_return_val_if_fail ((guint) dimension < PJ_N_INDICATOR_DIMENSIONS, NULL);
  return dimension_names[dimension];
}

const char *
pj_indicator_dimension_to_label (PjIndicatorDimension dimension)
{
  switch (dimension)
    {
    case PJ_INDICATOR_CATEGORY:
      return _("By category");
    case PJ_INDICATOR_UNIT_TYPE:
      return _("By unit type");
    case PJ_INDICATOR_ADMINISTRATION:
      return _("By administration");
    case PJ_INDICATOR_INNOVATION_CLASS:
      return _("By innovation class");
    case PJ_INDICATOR_SUBSTRATEGY:
      return _("By sub-strategy");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->key);
  g_free (row->label);
  g_array_unref (row->counts);
  g_free (row);
}

PjIndicators *
pj_indicators_new (gint64      award_id,
                   const char *award_name)
{
  PjIndicators *self = g_new0 (PjIndicators, 1);

  g_atomic_ref_count_init (&self->ref);
  self->award_id = award_id;
  self->award_name = g_strdup (award_name != NULL ? award_name : "");
  self->editions = g_array_new (FALSE, TRUE, sizeof (Edition));
  for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
    {
      self->rows[d] = g_ptr_array_new_with_free_func (row_free);
      self->index[d] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  return self;
}

PjIndicators *
pj_indicators_ref (PjIndicators *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref);
  return self;
}

void
pj_indicators_unref (PjIndicators *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
    {
      g_hash_table_unref (self->index[d]);
      g_ptr_array_unref (self->rows[d]);
    }
  g_array_unref (self->editions);
  g_free (self->award_name);
  g_free (self);
}

guint
pj_indicators_add_edition (PjIndicators *self,
                           gint64        edition_id,
                           int           year,
                           guint         total)
{
  Edition e = { edition_id, year, total };

  g_return_val_if_fail (self != NULL, 0);

  g_array_append_val (self->editions, e);
  for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
    for (guint r = 0; r < self->rows[d]->len; r++)
      {
        Row *row = g_ptr_array_index (self->rows[d], r);

        g_array_set_size (row->counts, self->editions->len);
      }
  return self->editions->len - 1;
}

void
pj_indicators_add (PjIndicators         *self,
                   PjIndicatorDimension  dimension,
                   const char           *key,
                   const char           *label,
                   guint                 edition,
                   guint                 count)
{
  Row *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail ((guint) dimension < PJ_N_INDICATOR_DIMENSIONS);
  g_return_if_fail (key != NULL);

  row = g_hash_table_lookup (self->index[dimension], key);
  if (row == NULL)
    {
      row = g_new0 (Row, 1);
      row->key = g_strdup (key);
      row->label = g_strdup (label != NULL ? label : key);
      row->counts = g_array_new (FALSE, TRUE, sizeof (guint));
      g_array_set_size (row->counts, self->editions->len);
      g_ptr_array_add (self->rows[dimension], row);
      g_hash_table_insert (self->index[dimension], row->key, row);
    }
  if (edition < row->counts->len)
    g_array_index (row->counts, guint, edition) += count;
}

static int
compare_by_label (gconstpointer a,
                  gconstpointer b)
{
  const Row *ra = *(const Row * const *) a;
  const Row *rb = *(const Row * const *) b;
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;

  /* "none" last */
  if ((*ra->key == '\0') != (*rb->key == '\0'))
    return *ra->key == '\0' ? 1 : -1;
  ka = g_utf8_collate_key (ra->label, -1);
  kb = g_utf8_collate_key (rb->label, -1);
  return strcmp (ka, kb);
}

void
pj_indicators_finish (PjIndicators *self)
{
  g_return_if_fail (self != NULL);

  g_ptr_array_sort (self->rows[PJ_INDICATOR_ADMINISTRATION], compare_by_label);
}

const char *
pj_indicators_get_award_name (PjIndicators *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->award_name;
}

gint64
pj_indicators_get_award_id (PjIndicators *self)
{
  g_return_val_if_fail (self != NULL, PJ_NO_ID);
  return self->award_id;
}

guint
pj_indicators_get_n_editions (PjIndicators *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->editions->len;
}

gint64
pj_indicators_get_edition_id (PjIndicators *self,
                              guint         edition)
{
  g_return_val_if_fail (self != NULL, PJ_NO_ID);
  g_return_val_if_fail (edition < self->editions->len, PJ_NO_ID);
  return g_array_index (self->editions, Edition, edition).edition_id;
}

int
pj_indicators_get_year (PjIndicators *self,
                        guint         edition)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (edition < self->editions->len, 0);
  return g_array_index (self->editions, Edition, edition).year;
}

guint
pj_indicators_get_total (PjIndicators *self,
                         guint         edition)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (edition < self->editions->len, 0);
  return g_array_index (self->editions, Edition, edition).total;
}

guint
pj_indicators_get_n_rows (PjIndicators         *self,
                          PjIndicatorDimension  dimension)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail ((guint) dimension < PJ_N_INDICATOR_DIMENSIONS, 0);
  return self->rows[dimension]->len;
}

static Row *
get_row (PjIndicators         *self,
         PjIndicatorDimension  dimension,
         guint                 row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail ((guint) dimension < PJ_N_INDICATOR_DIMENSIONS, NULL);
  g_return_val_if_fail (row < self->rows[dimension]->len, NULL);
  return g_ptr_array_index (self->rows[dimension], row);
}

const char *
pj_indicators_get_row_key (PjIndicators         *self,
                           PjIndicatorDimension  dimension,
                           guint                 row)
{
  Row *r = get_row (self, dimension, row);

  return r != NULL ? r->key : NULL;
}

const char *
pj_indicators_get_row_label (PjIndicators         *self,
                             PjIndicatorDimension  dimension,
                             guint                 row)
{
  Row *r = get_row (self, dimension, row);

  return r != NULL ? r->label : NULL;
}

guint
pj_indicators_get_count (PjIndicators         *self,
                         PjIndicatorDimension  dimension,
                         guint                 row,
                         guint                 edition)
{
  Row *r = get_row (self, dimension, row);

  g_return_val_if_fail (r != NULL, 0);
  g_return_val_if_fail (edition < r->counts->len, 0);
  return g_array_index (r->counts, guint, edition);
}

guint
pj_indicators_lookup (PjIndicators         *self,
                      PjIndicatorDimension  dimension,
                      const char           *key,
                      guint                 edition)
{
  Row *r;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail ((guint) dimension < PJ_N_INDICATOR_DIMENSIONS, 0);
  g_return_val_if_fail (key != NULL, 0);

  r = g_hash_table_lookup (self->index[dimension], key);
  if (r == NULL || edition >= r->counts->len)
    return 0;
  return g_array_index (r->counts, guint, edition);
}

/* CSV --------------------------------------------------------------------- */

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int ia = *(const int *) a;
  int ib = *(const int *) b;

  return (ia > ib) - (ia < ib);
}

/* The column of each of @self's editions among @years, or -1. */
static int
year_column (PjIndicators *self,
             int           year)
{
  for (guint e = 0; e < self->editions->len; e++)
    if (g_array_index (self->editions, Edition, e).year == year)
      return (int) e;
  return -1;
}

static void
append_counts (GString      *out,
               PjIndicators *self,
               GArray       *years,
               Row          *row)
{
  for (guint y = 0; y < years->len; y++)
    {
      int e = year_column (self, g_array_index (years, int, y));
      g_autofree char *cell = NULL;

      if (e >= 0)
        cell = g_strdup_printf ("%u", row != NULL ? g_array_index (row->counts, guint, e)
                                                  : pj_indicators_get_total (self, (guint) e));
      pj_csv_append_cell (out, cell, FALSE);
    }
  g_string_append (out, PJ_CSV_EOL);
}

GBytes *
pj_indicators_to_csv (PjIndicators * const *list,
                      guint                 n_list)
{
  g_autoptr(GString) out = g_string_new (PJ_CSV_BOM);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));

  g_return_val_if_fail (list != NULL || n_list == 0, NULL);

  for (guint i = 0; i < n_list; i++)
    for (guint e = 0; e < list[i]->editions->len; e++)
      {
        int year = g_array_index (list[i]->editions, Edition, e).year;
        gboolean known = FALSE;

        for (guint y = 0; y < years->len && !known; y++)
          known = g_array_index (years, int, y) == year;
        if (!known)
          g_array_append_val (years, year);
      }
  g_array_sort (years, compare_int);

  pj_csv_append_cell (out, _("Award"), TRUE);
  pj_csv_append_cell (out, _("Indicator"), FALSE);
  pj_csv_append_cell (out, _("Value"), FALSE);
  for (guint y = 0; y < years->len; y++)
    {
      g_autofree char *cell = g_strdup_printf ("%d", g_array_index (years, int, y));

      pj_csv_append_cell (out, cell, FALSE);
    }
  g_string_append (out, PJ_CSV_EOL);

  for (guint i = 0; i < n_list; i++)
    {
      PjIndicators *self = list[i];

      pj_csv_append_cell (out, self->award_name, TRUE);
      pj_csv_append_cell (out, _("Nominations"), FALSE);
      pj_csv_append_cell (out, _("All"), FALSE);
      append_counts (out, self, years, NULL);

      for (guint d = 0; d < PJ_N_INDICATOR_DIMENSIONS; d++)
        for (guint r = 0; r < self->rows[d]->len; r++)
          {
            Row *row = g_ptr_array_index (self->rows[d], r);

            pj_csv_append_cell (out, self->award_name, TRUE);
            pj_csv_append_cell (out, pj_indicator_dimension_to_label (d), FALSE);
            pj_csv_append_cell (out, row->label, FALSE);
            append_counts (out, self, years, row);
          }
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

gboolean
pj_indicators_export_csv (PjIndicators * const *list,
                          guint                 n_list,
                          GFile                *file,
                          GCancellable         *cancellable,
                          GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (list != NULL || n_list == 0, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = pj_indicators_to_csv (list, n_list);
  /* A temporary file beside the target, renamed over it */
  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_NONE, NULL, cancellable,
                                &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PJ_ERROR, PJ_ERROR_IO, _("Could not write “%s”: %s"), name,
                     local_error->message);
      return FALSE;
    }
  return TRUE;
}
