import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

const SOURCE = '《党政机关办公用房建设标准》（县级机关人均使用面积）';

/**
 * 办公用房: the rooms (never deleted: retired with a reason), their occupants (released with a date and a reason, never
 * deleted), their timeline, and the per-person standard by rank (versioned, seeded from RULES.md §2.9).
 */
export class OfficeRooms1765430300000 implements MigrationInterface {
  name = 'OfficeRooms1765430300000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    const ranks = `'county_principal', 'county_deputy', 'section_principal', 'section_deputy', 'below_section'`;
    await runner.query(`
      CREATE TABLE "${s}".office_standard (
        id uuid PRIMARY KEY,
        rank text NOT NULL CHECK (rank IN (${ranks})),
        area_m2 numeric(6, 2) NOT NULL CHECK (area_m2 > 0),
        effective_from date NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    const seed: [string, number][] = [
      ['county_principal', 30],
      ['county_deputy', 24],
      ['section_principal', 18],
      ['section_deputy', 12],
      ['below_section', 9],
    ];
    for (const [rank, area] of seed) {
      await runner.query(
        `INSERT INTO "${s}".office_standard (id, rank, area_m2, effective_from, source, created_at, created_by) VALUES (gen_random_uuid(), $1, $2, DATE '2014-12-01', $3, now(), 'system')`,
        [rank, area, SOURCE],
      );
    }
    await runner.query(`
      CREATE TABLE "${s}".office_room (
        id uuid PRIMARY KEY,
        building text NOT NULL,
        room_number text NOT NULL,
        usable_area_m2 numeric(9, 2) NOT NULL CHECK (usable_area_m2 > 0),
        use text NOT NULL CHECK (use IN ('office', 'technical', 'service')),
        unit_id uuid,
        status text NOT NULL CHECK (status IN ('in_use', 'retired')),
        retire_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'retired' OR retire_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX office_room_number_idx ON "${s}".office_room (building, room_number) WHERE status = 'in_use'`);
    await runner.query(`CREATE INDEX office_room_unit_idx ON "${s}".office_room (unit_id)`);
    await runner.query(`
      CREATE TABLE "${s}".office_room_occupant (
        id uuid PRIMARY KEY,
        room_id uuid NOT NULL REFERENCES "${s}".office_room (id),
        person_name text NOT NULL,
        rank text NOT NULL CHECK (rank IN (${ranks})),
        standard_m2 numeric(6, 2) NOT NULL,
        since date NOT NULL,
        until date,
        end_reason text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        CHECK (until IS NULL OR (until >= since AND end_reason IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX office_room_occupant_idx ON "${s}".office_room_occupant (room_id) WHERE until IS NULL`);
    await runner.query(`
      CREATE TABLE "${s}".office_room_history (
        id bigserial PRIMARY KEY,
        room_id uuid NOT NULL REFERENCES "${s}".office_room (id),
        version integer NOT NULL,
        step text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX office_room_history_idx ON "${s}".office_room_history (room_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".office_room_history`);
    await runner.query(`DROP TABLE "${s}".office_room_occupant`);
    await runner.query(`DROP TABLE "${s}".office_room`);
    await runner.query(`DROP TABLE "${s}".office_standard`);
  }
}
