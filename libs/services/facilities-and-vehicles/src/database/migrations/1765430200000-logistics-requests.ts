import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** The seeded 后勤服务时限: a local figure (RULES.md: configuration with an effective date and its source), editable by the section. */
const SOURCE = '博山区人民政府办公室机关事务管理科后勤服务时限（平台初始配置，科室可按新版本调整）';

/**
 * 后勤服务申请: the requests (never deleted: withdrawn with a reason) with their deadlines and the rule version they
 * were computed under, their timeline, and the versioned deadline rules per urgency.
 */
export class LogisticsRequests1765430200000 implements MigrationInterface {
  name = 'LogisticsRequests1765430200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".logistics_rule (
        id uuid PRIMARY KEY,
        urgency text NOT NULL CHECK (urgency IN ('urgent', 'normal', 'routine')),
        response_amount integer NOT NULL CHECK (response_amount > 0),
        response_unit text NOT NULL CHECK (response_unit IN ('hours', 'working_days')),
        completion_amount integer NOT NULL CHECK (completion_amount > 0),
        completion_unit text NOT NULL CHECK (completion_unit IN ('hours', 'working_days')),
        effective_from date NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    const seed: [string, number, string, number, string][] = [
      ['urgent', 1, 'hours', 24, 'hours'],
      ['normal', 4, 'hours', 3, 'working_days'],
      ['routine', 1, 'working_days', 10, 'working_days'],
    ];
    for (const [urgency, ra, ru, ca, cu] of seed) {
      await runner.query(
        `INSERT INTO "${s}".logistics_rule (id, urgency, response_amount, response_unit, completion_amount, completion_unit, effective_from, source, created_at, created_by)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, DATE '2026-01-01', $6, now(), 'system')`,
        [urgency, ra, ru, ca, cu, SOURCE],
      );
    }
    await runner.query(`
      CREATE TABLE "${s}".logistics_request (
        id uuid PRIMARY KEY,
        unit_id uuid,
        requester_id text NOT NULL,
        requester_name text NOT NULL,
        category text NOT NULL CHECK (category IN ('repair', 'power', 'water', 'cleaning', 'greening')),
        urgency text NOT NULL CHECK (urgency IN ('urgent', 'normal', 'routine')),
        location text NOT NULL,
        description text NOT NULL,
        photo_file_ids uuid[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('submitted', 'assigned', 'completed', 'confirmed', 'withdrawn')),
        submitted_at timestamptz NOT NULL,
        response_due_at timestamptz NOT NULL,
        completion_due_at timestamptz NOT NULL,
        due_explanation jsonb NOT NULL DEFAULT '[]',
        deadline_rule text NOT NULL,
        assignee text,
        assigned_at timestamptz,
        completed_at timestamptz,
        completion_note text,
        satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
        feedback text,
        reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR reason IS NOT NULL),
        CHECK (status NOT IN ('assigned', 'completed', 'confirmed') OR assignee IS NOT NULL),
        CHECK (status <> 'confirmed' OR satisfaction IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX logistics_request_list_idx ON "${s}".logistics_request (status, submitted_at DESC)`);
    await runner.query(`CREATE INDEX logistics_request_unit_idx ON "${s}".logistics_request (unit_id, submitted_at DESC)`);
    await runner.query(`CREATE INDEX logistics_request_requester_idx ON "${s}".logistics_request (requester_id, submitted_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".logistics_request_history (
        id bigserial PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES "${s}".logistics_request (id),
        version integer NOT NULL,
        step text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX logistics_request_history_idx ON "${s}".logistics_request_history (request_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".logistics_request_history`);
    await runner.query(`DROP TABLE "${s}".logistics_request`);
    await runner.query(`DROP TABLE "${s}".logistics_rule`);
  }
}
