/* pj-demo-private.h: the content of the example awards, as static tables
 *
 * pj-demo-data.c holds the tables; pj-store-demo.c writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pj-types.h"
#include "pj-enums.h"

G_BEGIN_DECLS

#define PJ_DEMO_MAX_STEPS 8

typedef struct
{
  const char *name;
  PjUnitType  type;
  const char *parent;          /* name of the parent unit, or NULL */
} PjDemoUnit;

typedef struct
{
  const char *name;
  const char *description;
  double      weight;
  int         scale_min;
  int         scale_max;
  const char *labels[PJ_DEMO_MAX_STEPS];  /* from scale_min up */
} PjDemoCriterion;

typedef struct
{
  const char  *name;
  const char  *description;
  PjAwardMode  mode;
  int          winners;
  int          honourable_mentions;
  double       threshold;
  const char  *prize;
} PjDemoCategory;

typedef struct
{
  const char  *name;
  const char  *email;
  const char  *unit;            /* unit name */
  PjJurorRole  role;
  guint        categories;      /* bit i: category i of the edition */
} PjDemoJuror;

typedef struct
{
  const char *name;
  const char *role;
} PjDemoTeamMember;

typedef struct
{
  const char         *title;
  guint               category;        /* index into the edition's categories */
  const char         *units[2];        /* nominee unit names, second may be NULL */
  PjDemoTeamMember    team[4];
  const char         *contact_name;
  const char         *contact_email;
  const char         *contact_phone;
  const char         *nominated_by;
  const char         *nominated_by_unit;
  const char         *received;
  const char         *summary;
  const char         *what_is_new;
  const char         *value_created;
  const char         *results;
  const char         *implementation;
  const char         *spread;
  const char         *partners;
  guint               substrategies;   /* bit i: PjSubstrategy i */
  PjInnovationClass   class_claimed;
  PjNominationStatus  status;
  const char         *ineligible_reason;
  int                 staff_count;     /* -1 when unknown */
  double              quality;         /* 0..1, steers the example scores */
} PjDemoNomination;

typedef struct
{
  const char             *name;
  const char             *description;
  int                     year;
  PjPhase                 phase;
  PjBlindPolicy           blind_policy;
  PjAggregation           aggregation;
  double                  disagreement_threshold;
  int                     min_jurors;
  const char             *nominations_close;
  const char             *scoring_close;
  const char             *decision_date;
  const PjDemoCategory   *categories;
  guint                   n_categories;
  const PjDemoCriterion  *criteria;
  guint                   n_criteria;
  const PjDemoJuror      *jurors;
  guint                   n_jurors;
  const PjDemoNomination *nominations;
  guint                   n_nominations;
  gboolean                scored;          /* write score sheets */
} PjDemoAward;

/* What the jury made of a nomination of a decided edition: the citation
 * used if it is placed, a deliberation note and the assessed class. */
typedef struct
{
  const char        *citation;
  const char        *note;            /* NULL for none */
  PjInnovationClass  class_assessed;
} PjDemoOutcome;

/* An earlier, decided edition of one of the example awards: every sheet
 * submitted, the placements follow the ranking. */
typedef struct
{
  guint                award;          /* index into pj_demo_data_awards () */
  const PjDemoAward   *edition;        /* name and description unused */
  const PjDemoOutcome *outcomes;       /* one per nomination */
} PjDemoHistory;

const PjDemoUnit  *pj_demo_data_units    (guint *n_units);
const PjDemoHistory *pj_demo_data_history (guint *n_history);
const PjDemoAward *pj_demo_data_awards   (guint *n_awards);

/* Words the synthetic generator composes its content from. */
typedef struct
{
  const char * const *first_names;
  guint               n_first_names;
  const char * const *last_names;
  guint               n_last_names;
  const char * const *title_starts;
  guint               n_title_starts;
  const char * const *title_subjects;
  guint               n_title_subjects;
  const char * const *places;
  guint               n_places;
  const char * const *comments_low;     /* a score in the lower third */
  guint               n_comments_low;
  const char * const *comments_middle;
  guint               n_comments_middle;
  const char * const *comments_high;
  guint               n_comments_high;
  const char * const *overall_comments;
  guint               n_overall_comments;
  const char * const *team_roles;
  guint               n_team_roles;
  const PjDemoCategory *categories;
  guint               n_categories;
  const PjDemoCriterion *criteria;
  guint               n_criteria;
} PjDemoWords;

const PjDemoWords *pj_demo_data_words    (void);

G_END_DECLS
