/* fuzz-ballot.c: libFuzzer target for the ballot reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the input as a ballot file (src/core/pj-ballot.c: the hardened
 * parse, the format version, ballot.xsd and the ballot's own consistency)
 * and checks what it promises: a rejection is a PJ_ERROR_INVALID with a
 * short UTF-8 message that names the file; an accepted ballot has a key or
 * a signature but not both, every score inside its criterion's scale and
 * on a criterion of the ballot, no nomination and no (nomination,
 * criterion) pair twice; its canonical form signs the same twice; and it
 * writes out to a file that reads back to the same content.
 */
#define G_LOG_DOMAIN "fuzz-ballot"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

#include <libxml/tree.h>

#include "pj-ballot-private.h"
#include "pj-xml.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define CHECK(cond)                                                            \
  G_STMT_START {                                                               \
    if (!(cond))                                                               \
      {                                                                        \
        g_critical ("%s:%d: %s", __FILE__, __LINE__, #cond);                   \
        abort ();                                                              \
      }                                                                        \
  } G_STMT_END

#define NAME "fuzz.prisjury-ballot"

static void
check_error (const GError *error)
{
  CHECK (error != NULL);
  CHECK (g_error_matches (error, PJ_ERROR, PJ_ERROR_INVALID));
  CHECK (g_utf8_validate (error->message, -1, NULL));
  CHECK (g_str_has_prefix (error->message, NAME));
  CHECK (strlen (error->message) < 1000);
}

static void
check_ballot (const PjBallot *ballot)
{
  CHECK (ballot->has_key != ballot->has_signature);
  CHECK (ballot->version >= 1 && ballot->version <= PJ_BALLOT_FORMAT_VERSION);
  CHECK (g_utf8_validate (ballot->juror_name, -1, NULL));

  for (guint i = 0; i < ballot->nominations->len; i++)
    {
      const PjBallotNomination *n = g_ptr_array_index (ballot->nominations, i);

      for (guint j = 0; j < i; j++)
        CHECK (((PjBallotNomination *) g_ptr_array_index (ballot->nominations, j))->id != n->id);
      for (guint k = 0; k < n->scores->len; k++)
        {
          const PjBallotScore *s = &g_array_index (n->scores, PjBallotScore, k);
          const PjBallotCriterion *c = pj_ballot_find_criterion ((PjBallot *) ballot,
                                                                 s->criterion_id);

          CHECK (c != NULL);
          CHECK (s->value >= c->scale_min && s->value <= c->scale_max);
          for (guint m = 0; m < k; m++)
            CHECK (g_array_index (n->scores, PjBallotScore, m).criterion_id != s->criterion_id);
        }
    }
}

static void
check_same (const PjBallot *a,
            const PjBallot *b)
{
  CHECK (a->edition_id == b->edition_id && a->juror_id == b->juror_id);
  CHECK (g_strcmp0 (a->juror_name, b->juror_name) == 0);
  CHECK (a->has_key == b->has_key && a->has_signature == b->has_signature);
  CHECK (!a->has_key || memcmp (a->key, b->key, sizeof a->key) == 0);
  CHECK (a->criteria->len == b->criteria->len);
  for (guint i = 0; i < a->criteria->len; i++)
    {
      const PjBallotCriterion *ca = g_ptr_array_index (a->criteria, i);
      const PjBallotCriterion *cb = g_ptr_array_index (b->criteria, i);

      CHECK (ca->id == cb->id && ca->scale_min == cb->scale_min &&
             ca->scale_max == cb->scale_max && ca->required == cb->required);
      CHECK (fabs (ca->weight - cb->weight) <= 1e-6);
      CHECK (ca->labels->len == cb->labels->len);
    }
  CHECK (a->nominations->len == b->nominations->len);
  for (guint i = 0; i < a->nominations->len; i++)
    {
      const PjBallotNomination *na = g_ptr_array_index (a->nominations, i);
      const PjBallotNomination *nb = g_ptr_array_index (b->nominations, i);

      CHECK (na->id == nb->id && na->base_version == nb->base_version);
      CHECK (na->status == nb->status);
      CHECK (g_strcmp0 (na->title, nb->title) == 0);
      CHECK (g_strcmp0 (na->overall_comment, nb->overall_comment) == 0);
      CHECK (na->scores->len == nb->scores->len);
      for (guint k = 0; k < na->scores->len; k++)
        {
          const PjBallotScore *sa = &g_array_index (na->scores, PjBallotScore, k);
          const PjBallotScore *sb = &g_array_index (nb->scores, PjBallotScore, k);

          CHECK (sa->criterion_id == sb->criterion_id && sa->value == sb->value);
          CHECK (g_strcmp0 (sa->comment, sb->comment) == 0);
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const guint8 key[PJ_BALLOT_KEY_SIZE] = { 1, 2, 3, 4, 5, 6, 7, 8 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PjBallot) ballot = NULL;
  g_autoptr(PjBallot) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlDoc) back_doc = NULL;
  guint8 mac1[PJ_BALLOT_KEY_SIZE], mac2[PJ_BALLOT_KEY_SIZE];

  ballot = pj_ballot_read_bytes ((const char *) data, size, NAME, (void **) &doc, &error);
  if (ballot == NULL)
    {
      check_error (error);
      return 0;
    }
  CHECK (doc != NULL);
  check_ballot (ballot);

  CHECK (pj_ballot_canonical_mac (doc, key, mac1, NULL));
  CHECK (pj_ballot_canonical_mac (doc, key, mac2, NULL));
  CHECK (memcmp (mac1, mac2, sizeof mac1) == 0);

  bytes = pj_ballot_to_bytes (ballot, TRUE, &error);
  CHECK (bytes != NULL);
  back = pj_ballot_read_bytes (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NAME,
                               (void **) &back_doc, &error);
  if (back == NULL)
    g_critical ("%s", error->message);
  CHECK (back != NULL);
  check_same (ballot, back);
  return 0;
}
