/* pj-schema.h: the workspace schema, as ordered migration steps
 *
 * Step N takes a workspace from user_version N-1 to N. Each runs in one
 * transaction. Never edit a step that has shipped: add a new one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* Step 1: the organiser's setup and the audit log. */
#define PJ_SCHEMA_STEP_1 \
"CREATE TABLE award (\n" \
"  id          INTEGER PRIMARY KEY,\n" \
"  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),\n" \
"  description TEXT NOT NULL DEFAULT '',\n" \
"  version     INTEGER NOT NULL DEFAULT 1\n" \
");\n" \
"-- lower() folds ASCII only: the store compares names with full Unicode\n" \
"-- case folding before writing; these indexes are the last line of defence.\n" \
"CREATE UNIQUE INDEX award_name ON award (lower(name));\n" \
"\n" \
"CREATE TABLE edition (\n" \
"  id                     INTEGER PRIMARY KEY,\n" \
"  award_id               INTEGER NOT NULL REFERENCES award (id) ON DELETE CASCADE,\n" \
"  year                   INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),\n" \
"  phase                  TEXT NOT NULL DEFAULT 'setup' CHECK ((phase = 'setup' OR\n" \
"                                                               phase = 'nominations' OR\n" \
"                                                               phase = 'scoring' OR\n" \
"                                                               phase = 'deliberation' OR\n" \
"                                                               phase = 'decided' OR\n" \
"                                                               phase = 'published')),\n" \
"  nominations_close      TEXT CHECK (nominations_close IS NULL\n" \
"                           OR date(nominations_close, '+0 days') IS nominations_close),\n" \
"  scoring_close          TEXT CHECK (scoring_close IS NULL\n" \
"                           OR date(scoring_close, '+0 days') IS scoring_close),\n" \
"  decision_date          TEXT CHECK (decision_date IS NULL\n" \
"                           OR date(decision_date, '+0 days') IS decision_date),\n" \
"  blind_policy           TEXT NOT NULL DEFAULT 'after-submit'\n" \
"                           CHECK ((blind_policy = 'never' OR blind_policy = 'after-submit' OR\n" \
"                                   blind_policy = 'always')),\n" \
"  aggregation            TEXT NOT NULL DEFAULT 'mean'\n" \
"                           CHECK ((aggregation = 'mean' OR aggregation = 'median' OR\n" \
"                                   aggregation = 'trimmed-mean' OR aggregation = 'z-score')),\n" \
"  disagreement_threshold REAL NOT NULL DEFAULT 15 CHECK (disagreement_threshold BETWEEN 0 AND 100),\n" \
"  min_jurors             INTEGER NOT NULL DEFAULT 3 CHECK (min_jurors BETWEEN 1 AND 100),\n" \
"  version                INTEGER NOT NULL DEFAULT 1,\n" \
"  UNIQUE (award_id, year)\n" \
");\n" \
"\n" \
"CREATE TABLE category (\n" \
"  id                  INTEGER PRIMARY KEY,\n" \
"  edition_id          INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,\n" \
"  name                TEXT NOT NULL CHECK (length(trim(name)) > 0),\n" \
"  description         TEXT NOT NULL DEFAULT '',\n" \
"  award_mode          TEXT NOT NULL DEFAULT 'top-n' CHECK (award_mode IN ('top-n', 'threshold')),\n" \
"  winners             INTEGER NOT NULL DEFAULT 1 CHECK (winners BETWEEN 1 AND 100),\n" \
"  honourable_mentions INTEGER NOT NULL DEFAULT 2 CHECK (honourable_mentions BETWEEN 0 AND 100),\n" \
"  threshold           REAL NOT NULL DEFAULT 70 CHECK (threshold BETWEEN 0 AND 100),\n" \
"  prize               TEXT NOT NULL DEFAULT '',\n" \
"  position            INTEGER NOT NULL CHECK (position >= 0),\n" \
"  version             INTEGER NOT NULL DEFAULT 1\n" \
");\n" \
"CREATE UNIQUE INDEX category_name ON category (edition_id, lower(name));\n" \
"CREATE INDEX category_order ON category (edition_id, position);\n" \
"\n" \
"CREATE TABLE criterion (\n" \
"  id          INTEGER PRIMARY KEY,\n" \
"  edition_id  INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,\n" \
"  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),\n" \
"  description TEXT NOT NULL DEFAULT '',\n" \
"  weight      REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),\n" \
"  scale_min   INTEGER NOT NULL DEFAULT 1,\n" \
"  scale_max   INTEGER NOT NULL DEFAULT 5,\n" \
"  required    INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),\n" \
"  position    INTEGER NOT NULL CHECK (position >= 0),\n" \
"  version     INTEGER NOT NULL DEFAULT 1,\n" \
"  CHECK (scale_min < scale_max),\n" \
"  CHECK (scale_min >= 0 AND scale_max <= 100)\n" \
");\n" \
"CREATE UNIQUE INDEX criterion_name ON criterion (edition_id, lower(name));\n" \
"CREATE INDEX criterion_order ON criterion (edition_id, position);\n" \
"\n" \
"-- The rubric: one label per scale step.\n" \
"CREATE TABLE criterion_label (\n" \
"  criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,\n" \
"  value        INTEGER NOT NULL,\n" \
"  label        TEXT NOT NULL,\n" \
"  PRIMARY KEY (criterion_id, value)\n" \
") WITHOUT ROWID;\n" \
"CREATE TRIGGER criterion_label_in_scale BEFORE INSERT ON criterion_label\n" \
"WHEN NEW.value NOT BETWEEN (SELECT scale_min FROM criterion WHERE id = NEW.criterion_id)\n" \
"                       AND (SELECT scale_max FROM criterion WHERE id = NEW.criterion_id)\n" \
"BEGIN SELECT RAISE (ABORT, 'A rubric label is outside the criterion''s scale.'); END;\n" \
"\n" \
"-- A criterion limited to some categories; none means the whole edition.\n" \
"CREATE TABLE criterion_category (\n" \
"  criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,\n" \
"  category_id  INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE,\n" \
"  PRIMARY KEY (criterion_id, category_id)\n" \
") WITHOUT ROWID;\n" \
"CREATE INDEX criterion_category_category ON criterion_category (category_id);\n" \
"\n" \
"CREATE TABLE unit (\n" \
"  id        INTEGER PRIMARY KEY,\n" \
"  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),\n" \
"  type      TEXT NOT NULL DEFAULT 'forvaltning'\n" \
"              CHECK ((type = 'forvaltning' OR type = 'stadsdelsforvaltning' OR type = 'bolag' OR\n" \
"                      type = 'extern-utforare')),\n" \
"  parent_id INTEGER REFERENCES unit (id) ON DELETE SET NULL CHECK (parent_id IS NOT id),\n" \
"  version   INTEGER NOT NULL DEFAULT 1\n" \
");\n" \
"CREATE UNIQUE INDEX unit_name ON unit (lower(name));\n" \
"CREATE INDEX unit_parent ON unit (parent_id);\n" \
"\n" \
"CREATE TABLE juror (\n" \
"  id         INTEGER PRIMARY KEY,\n" \
"  edition_id INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,\n" \
"  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),\n" \
"  email      TEXT NOT NULL DEFAULT '',\n" \
"  unit_id    INTEGER REFERENCES unit (id) ON DELETE SET NULL,\n" \
"  role       TEXT NOT NULL DEFAULT 'member' CHECK ((role = 'member' OR role = 'examiner' OR\n" \
"                                                    role = 'chair')),\n" \
"  ballot_key BLOB NOT NULL CHECK (length(ballot_key) = 32),\n" \
"  version    INTEGER NOT NULL DEFAULT 1\n" \
");\n" \
"CREATE UNIQUE INDEX juror_name ON juror (edition_id, lower(name));\n" \
"CREATE INDEX juror_unit ON juror (unit_id);\n" \
"\n" \
"CREATE TABLE juror_category (\n" \
"  juror_id    INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,\n" \
"  category_id INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE,\n" \
"  PRIMARY KEY (juror_id, category_id)\n" \
") WITHOUT ROWID;\n" \
"CREATE INDEX juror_category_category ON juror_category (category_id);\n" \
"\n" \
"-- Append only. who/at are set by the store from the workspace's user.\n" \
"CREATE TABLE audit (\n" \
"  id        INTEGER PRIMARY KEY,\n" \
"  at        TEXT NOT NULL,\n" \
"  who       TEXT NOT NULL,\n" \
"  action    TEXT NOT NULL,\n" \
"  entity    TEXT NOT NULL,\n" \
"  entity_id INTEGER,\n" \
"  field     TEXT,\n" \
"  old_value TEXT,\n" \
"  new_value TEXT\n" \
");\n" \
"CREATE INDEX audit_entity ON audit (entity, entity_id);\n" \
"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit\n" \
"BEGIN SELECT RAISE (ABORT, 'The audit log cannot be changed.'); END;\n" \
"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit\n" \
"BEGIN SELECT RAISE (ABORT, 'The audit log cannot be changed.'); END;\n"

/* Step 2: nominations, eligibility, conflicts, scoring, decisions. */
#define PJ_SCHEMA_STEP_2 \
"-- Eligibility rules per award: kind and a number (staff, years, percent).\n" \
"CREATE TABLE eligibility_rule (\n" \
"  id       INTEGER PRIMARY KEY,\n" \
"  award_id INTEGER NOT NULL REFERENCES award (id) ON DELETE CASCADE,\n" \
"  kind     TEXT NOT NULL CHECK ((kind = 'min-staff' OR kind = 'budget-balance' OR\n" \
"                                 kind = 'winner-quarantine' OR kind = 'resident-share')),\n" \
"  value    REAL NOT NULL DEFAULT 0 CHECK (value >= 0),\n" \
"  version  INTEGER NOT NULL DEFAULT 1,\n" \
"  UNIQUE (award_id, kind)\n" \
");\n" \
"\n" \
"CREATE TABLE nomination (\n" \
"  id                INTEGER PRIMARY KEY,\n" \
"  edition_id        INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,\n" \
"  category_id       INTEGER REFERENCES category (id) ON DELETE RESTRICT,\n" \
"  title             TEXT NOT NULL CHECK (length(trim(title)) > 0),\n" \
"  contact_name      TEXT NOT NULL DEFAULT '',\n" \
"  contact_email     TEXT NOT NULL DEFAULT '',\n" \
"  contact_phone     TEXT NOT NULL DEFAULT '',\n" \
"  nominated_by      TEXT NOT NULL DEFAULT '',\n" \
"  nominated_by_unit TEXT NOT NULL DEFAULT '',\n" \
"  received          TEXT CHECK (received IS NULL OR date(received, '+0 days') IS received),\n" \
"  summary           TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 600),\n" \
"  what_is_new       TEXT NOT NULL DEFAULT '',\n" \
"  value_created     TEXT NOT NULL DEFAULT '',\n" \
"  results           TEXT NOT NULL DEFAULT '',\n" \
"  implementation    TEXT NOT NULL DEFAULT '',\n" \
"  spread            TEXT NOT NULL DEFAULT '',\n" \
"  partners          TEXT NOT NULL DEFAULT '',\n" \
"  class_claimed     TEXT CHECK ((class_claimed = 'innovation' OR class_claimed = 'forbattring' OR\n" \
"                                 class_claimed = 'gott-exempel')),\n" \
"  class_assessed    TEXT CHECK ((class_assessed = 'innovation' OR\n" \
"                                 class_assessed = 'forbattring' OR\n" \
"                                 class_assessed = 'gott-exempel')),\n" \
"  status            TEXT NOT NULL DEFAULT 'submitted'\n" \
"                      CHECK ((status = 'draft' OR status = 'submitted' OR status = 'eligible' OR\n" \
"                              status = 'ineligible' OR status = 'withdrawn')),\n" \
"  ineligible_reason TEXT NOT NULL DEFAULT '',\n" \
"  staff_count       INTEGER CHECK (staff_count IS NULL OR staff_count >= 0),\n" \
"  budget_in_balance INTEGER CHECK (budget_in_balance IS NULL OR budget_in_balance IN (0, 1)),\n" \
"  resident_share    REAL CHECK (resident_share IS NULL OR resident_share BETWEEN 0 AND 100),\n" \
"  version           INTEGER NOT NULL DEFAULT 1,\n" \
"  CHECK (status <> 'ineligible' OR length(trim(ineligible_reason)) > 0)\n" \
");\n" \
"CREATE INDEX nomination_edition ON nomination (edition_id, category_id);\n" \
"CREATE INDEX nomination_category ON nomination (category_id);\n" \
"CREATE INDEX nomination_title ON nomination (edition_id, lower(title));\n" \
"\n" \
"CREATE TABLE nomination_unit (\n" \
"  nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,\n" \
"  unit_id       INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,\n" \
"  position      INTEGER NOT NULL DEFAULT 0,\n" \
"  PRIMARY KEY (nomination_id, unit_id)\n" \
") WITHOUT ROWID;\n" \
"CREATE INDEX nomination_unit_unit ON nomination_unit (unit_id);\n" \
"\n" \
"CREATE TABLE team_member (\n" \
"  id            INTEGER PRIMARY KEY,\n" \
"  nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,\n" \
"  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),\n" \
"  role          TEXT NOT NULL DEFAULT '',\n" \
"  position      INTEGER NOT NULL DEFAULT 0\n" \
");\n" \
"CREATE INDEX team_member_nomination ON team_member (nomination_id, position);\n" \
"\n" \
"CREATE TABLE nomination_substrategy (\n" \
"  nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,\n" \
"  substrategy   TEXT NOT NULL CHECK ((substrategy = 'governance' OR substrategy = 'tools' OR\n" \
"                                      substrategy = 'knowledge' OR substrategy = 'leadership' OR\n" \
"                                      substrategy = 'meeting-places' OR\n" \
"                                      substrategy = 'procurement')),\n" \
"  PRIMARY KEY (nomination_id, substrategy)\n" \
") WITHOUT ROWID;\n" \
"CREATE INDEX nomination_substrategy_value ON nomination_substrategy (substrategy);\n" \
"\n" \
"CREATE TABLE attachment (\n" \
"  id            INTEGER PRIMARY KEY,\n" \
"  nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,\n" \
"  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),\n" \
"  size          INTEGER NOT NULL CHECK (size >= 0),\n" \
"  sha256        TEXT NOT NULL CHECK (length(sha256) = 64),\n" \
"  content       BLOB NOT NULL,\n" \
"  added         TEXT NOT NULL\n" \
");\n" \
"CREATE INDEX attachment_nomination ON attachment (nomination_id);\n" \
"\n" \
"CREATE TABLE conflict (\n" \
"  id            INTEGER PRIMARY KEY,\n" \
"  juror_id      INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,\n" \
"  nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,\n" \
"  source        TEXT NOT NULL CHECK ((source = 'automatic' OR source = 'declared' OR\n" \
"                                      source = 'organiser')),\n" \
"  reason        TEXT NOT NULL DEFAULT 'own-unit'\n" \
"                  CHECK ((reason = 'own-unit' OR reason = 'relationship' OR\n" \
"                          reason = 'financial' OR reason = 'other')),\n" \
"  reason_text   TEXT NOT NULL DEFAULT '',\n" \
"  lifted        INTEGER NOT NULL DEFAULT 0 CHECK (lifted IN (0, 1)),\n" \
"  lifted_reason TEXT NOT NULL DEFAULT '',\n" \
"  created       TEXT NOT NULL,\n" \
"  version       INTEGER NOT NULL DEFAULT 1,\n" \
"  UNIQUE (juror_id, nomination_id),\n" \
"  CHECK (reason <> 'other' OR length(trim(reason_text)) > 0),\n" \
"  CHECK (lifted = 0 OR length(trim(lifted_reason)) > 0)\n" \
");\n" \
"CREATE INDEX conflict_nomination ON conflict (nomination_id);\n" \
"\n" \
"CREATE TABLE assignment (\n" \
"  juror_id      INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,\n" \
"  nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,\n" \
"  manual        INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),\n" \
"  PRIMARY KEY (juror_id, nomination_id)\n" \
") WITHOUT ROWID;\n" \
"CREATE INDEX assignment_nomination ON assignment (nomination_id);\n" \
"\n" \
"CREATE TABLE score_sheet (\n" \
"  id              INTEGER PRIMARY KEY,\n" \
"  juror_id        INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,\n" \
"  nomination_id   INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,\n" \
"  status          TEXT NOT NULL DEFAULT 'draft' CHECK ((status = 'draft' OR\n" \
"                                                        status = 'submitted' OR\n" \
"                                                        status = 'abstained')),\n" \
"  overall_comment TEXT NOT NULL DEFAULT '',\n" \
"  submitted_at    TEXT,\n" \
"  version         INTEGER NOT NULL DEFAULT 1,\n" \
"  UNIQUE (juror_id, nomination_id)\n" \
");\n" \
"CREATE INDEX score_sheet_nomination ON score_sheet (nomination_id, status);\n" \
"-- A conflicted juror can never hold a sheet for that nomination.\n" \
"CREATE TRIGGER score_sheet_no_conflict BEFORE INSERT ON score_sheet\n" \
"WHEN EXISTS (SELECT 1 FROM conflict WHERE juror_id = NEW.juror_id\n" \
"             AND nomination_id = NEW.nomination_id AND lifted = 0)\n" \
"BEGIN SELECT RAISE (ABORT, 'The juror has a conflict of interest with this nomination.'); END;\n" \
"\n" \
"CREATE TABLE score (\n" \
"  sheet_id     INTEGER NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,\n" \
"  criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE RESTRICT,\n" \
"  value        INTEGER NOT NULL,\n" \
"  comment      TEXT NOT NULL DEFAULT '',\n" \
"  PRIMARY KEY (sheet_id, criterion_id)\n" \
") WITHOUT ROWID;\n" \
"CREATE INDEX score_criterion ON score (criterion_id);\n" \
"CREATE TRIGGER score_in_scale_insert BEFORE INSERT ON score\n" \
"WHEN NEW.value NOT BETWEEN (SELECT scale_min FROM criterion WHERE id = NEW.criterion_id)\n" \
"                       AND (SELECT scale_max FROM criterion WHERE id = NEW.criterion_id)\n" \
"BEGIN SELECT RAISE (ABORT, 'The score is outside the criterion''s scale.'); END;\n" \
"CREATE TRIGGER score_in_scale_update BEFORE UPDATE OF value, criterion_id ON score\n" \
"WHEN NEW.value NOT BETWEEN (SELECT scale_min FROM criterion WHERE id = NEW.criterion_id)\n" \
"                       AND (SELECT scale_max FROM criterion WHERE id = NEW.criterion_id)\n" \
"BEGIN SELECT RAISE (ABORT, 'The score is outside the criterion''s scale.'); END;\n" \
"-- A scale cannot shrink under scores already given.\n" \
"CREATE TRIGGER criterion_scale_keeps_scores BEFORE UPDATE OF scale_min, scale_max ON criterion\n" \
"WHEN EXISTS (SELECT 1 FROM score WHERE criterion_id = NEW.id\n" \
"             AND value NOT BETWEEN NEW.scale_min AND NEW.scale_max)\n" \
"BEGIN SELECT RAISE (ABORT, 'Scores already given fall outside the new scale.'); END;\n" \
"\n" \
"CREATE TABLE deliberation_note (\n" \
"  nomination_id INTEGER PRIMARY KEY REFERENCES nomination (id) ON DELETE CASCADE,\n" \
"  note          TEXT NOT NULL DEFAULT '',\n" \
"  version       INTEGER NOT NULL DEFAULT 1\n" \
");\n" \
"\n" \
"CREATE TABLE decision (\n" \
"  id            INTEGER PRIMARY KEY,\n" \
"  category_id   INTEGER NOT NULL REFERENCES category (id) ON DELETE CASCADE,\n" \
"  nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,\n" \
"  placement     TEXT NOT NULL CHECK ((placement = 'winner' OR placement = 'honourable-mention' OR\n" \
"                                      placement = 'awarded')),\n" \
"  position      INTEGER NOT NULL DEFAULT 0,\n" \
"  citation      TEXT NOT NULL CHECK (length(trim(citation)) > 0),\n" \
"  reason        TEXT NOT NULL DEFAULT '',\n" \
"  version       INTEGER NOT NULL DEFAULT 1,\n" \
"  UNIQUE (category_id, nomination_id)\n" \
");\n" \
"CREATE INDEX decision_nomination ON decision (nomination_id);\n" \
"\n" \
"CREATE TABLE ballot_import (\n" \
"  id              INTEGER PRIMARY KEY,\n" \
"  edition_id      INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,\n" \
"  juror_id        INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,\n" \
"  file_sha256     TEXT NOT NULL CHECK (length(file_sha256) = 64),\n" \
"  imported_at     TEXT NOT NULL,\n" \
"  new_count       INTEGER NOT NULL DEFAULT 0,\n" \
"  changed_count   INTEGER NOT NULL DEFAULT 0,\n" \
"  unchanged_count INTEGER NOT NULL DEFAULT 0\n" \
");\n" \
"CREATE INDEX ballot_import_juror ON ballot_import (juror_id);\n" \
"\n" \
"-- Conflicts of interest, enforced: a pair with an active conflict has no\n" \
"-- assignment, and a conflict becomes active only once the pair's assignment\n" \
"-- and score sheet are gone (the store removes them, audited, first).\n" \
"CREATE TRIGGER assignment_no_conflict BEFORE INSERT ON assignment\n" \
"WHEN EXISTS (SELECT 1 FROM conflict WHERE juror_id = NEW.juror_id\n" \
"             AND nomination_id = NEW.nomination_id AND lifted = 0)\n" \
"BEGIN SELECT RAISE (ABORT, 'The juror has a conflict of interest with this nomination.'); END;\n" \
"CREATE TRIGGER conflict_insert_clears_first BEFORE INSERT ON conflict\n" \
"WHEN NEW.lifted = 0\n" \
" AND (EXISTS (SELECT 1 FROM assignment WHERE juror_id = NEW.juror_id\n" \
"              AND nomination_id = NEW.nomination_id)\n" \
"      OR EXISTS (SELECT 1 FROM score_sheet WHERE juror_id = NEW.juror_id\n" \
"                 AND nomination_id = NEW.nomination_id))\n" \
"BEGIN SELECT RAISE (ABORT, 'Remove the juror''s assignment and score sheet first.'); END;\n" \
"CREATE TRIGGER conflict_reinstate_clears_first\n" \
"BEFORE UPDATE OF lifted, juror_id, nomination_id ON conflict\n" \
"WHEN NEW.lifted = 0\n" \
" AND (EXISTS (SELECT 1 FROM assignment WHERE juror_id = NEW.juror_id\n" \
"              AND nomination_id = NEW.nomination_id)\n" \
"      OR EXISTS (SELECT 1 FROM score_sheet WHERE juror_id = NEW.juror_id\n" \
"                 AND nomination_id = NEW.nomination_id))\n" \
"BEGIN SELECT RAISE (ABORT, 'Remove the juror''s assignment and score sheet first.'); END;\n" \
"CREATE TRIGGER score_sheet_moves_no_conflict\n" \
"BEFORE UPDATE OF juror_id, nomination_id ON score_sheet\n" \
"WHEN EXISTS (SELECT 1 FROM conflict WHERE juror_id = NEW.juror_id\n" \
"             AND nomination_id = NEW.nomination_id AND lifted = 0)\n" \
"BEGIN SELECT RAISE (ABORT, 'The juror has a conflict of interest with this nomination.'); END;\n"
