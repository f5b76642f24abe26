import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

const SOURCE = '鲁办发〔2018〕49号“六统一”；维修审批限额、产权单位名称为本区机关事务管理的本地配置';

/**
 * 办公用房楼宇: the buildings (never deleted: withdrawn with a reason, or 已处置), the entries of their 六统一 record
 * (voided with a reason, never deleted), their timeline, and the versioned configuration of the record's local figures
 * (the maintenance amount from which an approval document is required, the name of the 机关事务管理部门 that must hold
 * the title, the lead time of the property contract's reminder).
 */
export class OfficeBuildings1766607000000 implements MigrationInterface {
  name = 'OfficeBuildings1766607000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".office_building (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        address text NOT NULL,
        using_units text[] NOT NULL DEFAULT '{}',
        total_floor_area_m2 numeric(12, 2) NOT NULL CHECK (total_floor_area_m2 > 0),
        built_year integer NOT NULL,
        status text NOT NULL CHECK (status IN ('in_use', 'disposed', 'withdrawn')),
        withdrawal_reason text,
        ${RECORD_COLUMNS},
        CHECK (status <> 'withdrawn' OR withdrawal_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE UNIQUE INDEX office_building_name_idx ON "${s}".office_building (name) WHERE status <> 'withdrawn'`);
    await runner.query(`CREATE INDEX office_building_list_idx ON "${s}".office_building (status, name)`);
    await runner.query(`
      CREATE TABLE "${s}".office_building_entry (
        id uuid PRIMARY KEY,
        building_id uuid NOT NULL REFERENCES "${s}".office_building (id),
        kind text NOT NULL CHECK (kind IN ('planning', 'ownership', 'maintenance', 'disposal', 'property')),
        year integer,
        content text,
        approval_document text,
        owner_unit text,
        certificate_number text,
        entry_date date,
        amount_fen bigint CHECK (amount_fen IS NULL OR amount_fen >= 0),
        disposal_kind text CHECK (disposal_kind IS NULL OR disposal_kind IN ('transfer', 'exchange', 'auction', 'demolition', 'other')),
        company text,
        period_start date,
        period_end date,
        scope text,
        rule_note text,
        status text NOT NULL CHECK (status IN ('current', 'voided')),
        void_reason text,
        voided_by text,
        voided_at timestamptz,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        CHECK (status <> 'voided' OR (void_reason IS NOT NULL AND voided_by IS NOT NULL AND voided_at IS NOT NULL)),
        CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
        CHECK (kind <> 'disposal' OR (approval_document IS NOT NULL AND disposal_kind IS NOT NULL)),
        CHECK (kind <> 'planning' OR approval_document IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX office_building_entry_idx ON "${s}".office_building_entry (building_id, kind, created_at)`);
    await runner.query(`
      CREATE TABLE "${s}".office_building_history (
        id bigserial PRIMARY KEY,
        building_id uuid NOT NULL REFERENCES "${s}".office_building (id),
        version integer NOT NULL,
        step text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL,
        note text
      )`);
    await runner.query(`CREATE INDEX office_building_history_idx ON "${s}".office_building_history (building_id, id)`);
    await runner.query(`
      CREATE TABLE "${s}".office_building_rule (
        id uuid PRIMARY KEY,
        maintenance_approval_fen bigint NOT NULL CHECK (maintenance_approval_fen >= 0),
        owner_authority text NOT NULL,
        property_lead_days integer NOT NULL CHECK (property_lead_days BETWEEN 1 AND 365),
        effective_from date NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL
      )`);
    await runner.query(
      `INSERT INTO "${s}".office_building_rule (id, maintenance_approval_fen, owner_authority, property_lead_days, effective_from, source, created_at, created_by)
       VALUES (gen_random_uuid(), 5000000, '区机关事务服务中心', 30, DATE '2018-01-01', $1, now(), 'system')`,
      [SOURCE],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".office_building_rule`);
    await runner.query(`DROP TABLE "${s}".office_building_history`);
    await runner.query(`DROP TABLE "${s}".office_building_entry`);
    await runner.query(`DROP TABLE "${s}".office_building`);
  }
}
