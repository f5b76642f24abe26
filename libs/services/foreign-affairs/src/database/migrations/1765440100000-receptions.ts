import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** 外宾接待: the reception plans (programme, people responsible, protocol level, gifts in 分), never deleted, with their timeline. */
export class Receptions1765440100000 implements MigrationInterface {
  name = 'Receptions1765440100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".reception (
        id uuid PRIMARY KEY,
        unit_id uuid,
        title text NOT NULL,
        protocol_level text NOT NULL CHECK (protocol_level IN ('party', 'state', 'important', 'general')),
        purpose text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text,
        guests jsonb NOT NULL,
        leaders jsonb NOT NULL,
        programme jsonb NOT NULL,
        responsible jsonb NOT NULL,
        gifts jsonb NOT NULL,
        gifts_total_fen bigint NOT NULL CHECK (gifts_total_fen >= 0),
        status text NOT NULL CHECK (status IN ('planned', 'scheduled', 'held', 'withdrawn')),
        summary text,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (status <> 'held' OR summary IS NOT NULL),
        CHECK (ends_at > starts_at)
      )`);
    await runner.query(`CREATE INDEX reception_list_idx ON "${s}".reception (status, starts_at DESC)`);
    await runner.query(`CREATE INDEX reception_unit_idx ON "${s}".reception (unit_id, starts_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".reception_history (
        id bigserial PRIMARY KEY,
        reception_id uuid NOT NULL REFERENCES "${s}".reception (id),
        step text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX reception_history_idx ON "${s}".reception_history (reception_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".reception_history`);
    await runner.query(`DROP TABLE "${s}".reception`);
  }
}
