import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/**
 * 报送信息: the record, its text versions, its steps (timeline), its adoptions and leaders' 批示, and the local scoring
 * table (versioned configuration with its effective date and source, RULES.md §2.7). Nothing is deleted.
 */
export class Submissions1765410000000 implements MigrationInterface {
  name = 'Submissions1765410000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".score_weights (
        version text PRIMARY KEY,
        effective_from date NOT NULL UNIQUE,
        source text NOT NULL,
        adoption jsonb NOT NULL,
        instruction jsonb NOT NULL,
        deduction jsonb NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `INSERT INTO "${s}".score_weights (version, effective_from, source, adoption, instruction, deduction, created_by) VALUES ($1, $2, $3, $4, $5, $6, 'system')`,
      [
        'BS-XX-2025-1',
        '2025-01-01',
        '博山区政务信息计分标准（本地配置，待信息科确认）；计分方式参照 六政办秘〔2013〕36号（国办采用 80、省办采用 40、市主要领导批示 +30）与 常政办发〔2014〕97号（县 5/10/30、市 20/50/80），约稿迟报、漏报扣分参照广元做法，见 RULES.md §2.7',
        JSON.stringify({ district_bulletin: 5, reported_city: 2, city: 20, province: 40, state_council: 80 }),
        JSON.stringify({ district: 10, city: 30, province: 50 }),
        JSON.stringify({ solicitation_late: 2, solicitation_missing: 5 }),
      ],
    );
    await runner.query(`
      CREATE TABLE "${s}".submission (
        id uuid PRIMARY KEY,
        unit_id uuid,
        credit_unit_ids uuid[] NOT NULL DEFAULT '{}',
        title text NOT NULL,
        body text NOT NULL,
        category text NOT NULL CHECK (category IN ('trend', 'practice', 'problem', 'urgent', 'other')),
        urgent boolean NOT NULL DEFAULT false,
        attachments text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('submitted', 'accepted', 'returned', 'merged', 'withdrawn')),
        text_version integer NOT NULL DEFAULT 1,
        reason text,
        merged_into_id uuid REFERENCES "${s}".submission (id),
        merged_from_ids uuid[] NOT NULL DEFAULT '{}',
        submitted_at timestamptz NOT NULL,
        score integer NOT NULL DEFAULT 0,
        ${RECORD_COLUMNS},
        CHECK (status NOT IN ('returned', 'withdrawn') OR reason IS NOT NULL),
        CHECK (status <> 'merged' OR merged_into_id IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX submission_list_idx ON "${s}".submission (status, submitted_at DESC)`);
    await runner.query(`CREATE INDEX submission_unit_idx ON "${s}".submission (unit_id, submitted_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".submission_text (
        submission_id uuid NOT NULL REFERENCES "${s}".submission (id),
        text_version integer NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (submission_id, text_version)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".submission_step (
        submission_id uuid NOT NULL REFERENCES "${s}".submission (id),
        seq integer NOT NULL,
        step text NOT NULL,
        status text NOT NULL,
        note text,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (submission_id, seq)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".adoption (
        id uuid PRIMARY KEY,
        submission_id uuid NOT NULL REFERENCES "${s}".submission (id),
        level text NOT NULL CHECK (level IN ('district_bulletin', 'reported_city', 'city', 'province', 'state_council')),
        adopted_on date NOT NULL,
        outlet text,
        points integer NOT NULL CHECK (points >= 0),
        weight_version text NOT NULL REFERENCES "${s}".score_weights (version),
        credit_unit_ids uuid[] NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (submission_id, level)
      )`);
    await runner.query(`CREATE INDEX adoption_month_idx ON "${s}".adoption (adopted_on)`);
    await runner.query(`
      CREATE TABLE "${s}".instruction (
        id uuid PRIMARY KEY,
        submission_id uuid NOT NULL REFERENCES "${s}".submission (id),
        level text NOT NULL CHECK (level IN ('district', 'city', 'province')),
        leader_name text NOT NULL,
        content text NOT NULL,
        instructed_on date NOT NULL,
        points integer NOT NULL CHECK (points >= 0),
        weight_version text NOT NULL REFERENCES "${s}".score_weights (version),
        credit_unit_ids uuid[] NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX instruction_month_idx ON "${s}".instruction (instructed_on)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['instruction', 'adoption', 'submission_step', 'submission_text', 'submission', 'score_weights']) await runner.query(`DROP TABLE "${s}".${table}`);
  }
}
