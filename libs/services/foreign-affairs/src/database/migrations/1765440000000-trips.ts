import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

/** The limits seeded as the first rule version (中办发〔2013〕16号 as implemented; the frequency cap is local). */
const SEED_LIMITS = {
  daysByCountries: [5, 8, 10],
  farRegionExtraDays: 1,
  maxCountries: 3,
  maxGroupSize: 6,
  officialShareNumerator: 2,
  officialShareDenominator: 3,
  publicityWorkingDays: 5,
  reportMonths: 1,
  passportReturnDays: 7,
  frequencyMaxTrips: 1,
  frequencyYears: 2,
};
const SEED_SOURCE =
  '中办发〔2013〕16号《关于坚持和完善因公临时出国管理的若干规定》及地方实施细则：出访1国不超过5天、2国不超过8天、3国不超过10天（含离、抵我国国境当日，赴拉美、非洲可增加1天），每次不超过3国（经停离开机场的计入），团组不超过6人（含翻译），公务活动不少于总行程的三分之二，出访前公示不少于5个工作日，回国后1个月内公开出访情况并提交出访报告，7日内交回护照；出访频次（2年1次）为地方规定（参见 scwsb.gov.cn）';

/**
 * 因公临时出国: the versioned limits (each trip keeps the version it was submitted under), the per-year numbers, the
 * trips (never deleted: withdrawn with a reason; 身份证号 and 护照号 encrypted inside `members`) and their timeline.
 */
export class Trips1765440000000 implements MigrationInterface {
  name = 'Trips1765440000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".trip_rule_version (
        id uuid PRIMARY KEY,
        effective_from date NOT NULL,
        source text NOT NULL,
        limits jsonb NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX trip_rule_version_effective_idx ON "${s}".trip_rule_version (effective_from DESC, created_at DESC)`);
    await runner.query(
      `INSERT INTO "${s}".trip_rule_version (id, effective_from, source, limits, created_by, created_at) VALUES ('7b0b8a52-3a8f-4c55-9a55-2013a0160001', '2013-10-01', $1, $2, 'system', now())`,
      [SEED_SOURCE, JSON.stringify(SEED_LIMITS)],
    );
    await runner.query(`CREATE TABLE "${s}".trip_counter (year integer PRIMARY KEY, last integer NOT NULL)`);
    await runner.query(`
      CREATE TABLE "${s}".trip (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        unit_id uuid,
        unit_name text NOT NULL,
        title text NOT NULL,
        purpose text NOT NULL,
        plan_year integer NOT NULL,
        plan_entry text NOT NULL,
        countries jsonb NOT NULL,
        departure_date date NOT NULL,
        return_date date NOT NULL,
        itinerary jsonb NOT NULL,
        members jsonb NOT NULL,
        member_keys text[] NOT NULL,
        group_size integer NOT NULL,
        inviter text NOT NULL,
        invitation_summary text NOT NULL,
        budget_fen integer NOT NULL CHECK (budget_fen >= 0),
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'reviewed', 'approved', 'publicized', 'departed', 'returned', 'reported', 'withdrawn')),
        rule_version_id uuid NOT NULL REFERENCES "${s}".trip_rule_version (id),
        check_result jsonb NOT NULL,
        return_reason text,
        publicity_from date,
        publicity_ends_on date,
        publicity_explanation jsonb NOT NULL,
        departed_on date,
        returned_on date,
        passport_due_on date,
        passports_returned_on date,
        report_due_on date,
        report_due_explanation jsonb NOT NULL,
        report text,
        public_summary text,
        reported_at timestamptz,
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL),
        CHECK (return_date >= departure_date)
      )`);
    await runner.query(`CREATE INDEX trip_list_idx ON "${s}".trip (status, created_at DESC)`);
    await runner.query(`CREATE INDEX trip_unit_idx ON "${s}".trip (unit_id, created_at DESC)`);
    await runner.query(`CREATE INDEX trip_departure_idx ON "${s}".trip (departure_date)`);
    await runner.query(`CREATE INDEX trip_member_keys_idx ON "${s}".trip USING gin (member_keys)`);
    await runner.query(`
      CREATE TABLE "${s}".trip_history (
        id bigserial PRIMARY KEY,
        trip_id uuid NOT NULL REFERENCES "${s}".trip (id),
        step text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX trip_history_trip_idx ON "${s}".trip_history (trip_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of ['trip_history', 'trip', 'trip_counter', 'trip_rule_version']) await runner.query(`DROP TABLE "${s}".${table}`);
  }
}
