import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema, RECORD_COLUMNS } from '@gov/platform';

const AUDIT = `
  ${RECORD_COLUMNS}`;

/**
 * 紧急事项报告时限 (RULES.md 2.7). Thresholds are set locally: 特别重大/重大 15 min by phone / 30 min written and
 * 较大 30 / 60 come from a published duty-office rule [V: doczj.com/doc/4115556614]; 一般 uses the section's own
 * "30 分钟电话报告、1 小时书面报告" (sections-duties seed), to be confirmed by 综合科. Editable as new rows.
 */
const URGENT_RULES: [level: string, phone: number, written: number, source: string][] = [
  ['especially_major', 15, 30, '突发事件信息报告时限：特别重大、重大事件电话 15 分钟、书面 30 分钟（doczj.com/doc/4115556614）'],
  ['major', 15, 30, '突发事件信息报告时限：特别重大、重大事件电话 15 分钟、书面 30 分钟（doczj.com/doc/4115556614）'],
  ['large', 30, 60, '突发事件信息报告时限：较大事件电话 30 分钟、书面 60 分钟（doczj.com/doc/4115556614）'],
  ['general', 30, 60, '区政府值班室惯例：30 分钟内电话报告、1 小时内书面报告（待综合科确认）'],
];

/**
 * 政务舆情回应时限. 国办发〔2016〕61号《关于在政务公开工作中进一步做好政务舆情回应的通知》: for 特别重大/重大
 * 突发事件 authoritative information within 5 hours and a press conference within 24 hours; other matters of
 * public concern are answered within 48 hours [P]. Counted in days by the deadline engine from the day of 交办.
 */
const OPINION_RULES: [level: string, amount: number, unit: string, source: string][] = [
  ['major', 1, 'calendar_days', '国办发〔2016〕61号：重大舆情最迟 24 小时内回应'],
  ['important', 2, 'calendar_days', '国办发〔2016〕61号：一般应在 48 小时内予以回应'],
  ['general', 3, 'working_days', '区政府办公室惯例：一般舆情 3 个工作日内回应（待综合科确认）'],
];

/** 24 小时值班, urgent matters, leader instructions, units' duty rosters, public opinion and reports upward (综合科). */
export class DutyOffice1764700200000 implements MigrationInterface {
  name = 'DutyOffice1764700200000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    // Every state change of every record here, with who and when: the timeline of the duty office.
    await runner.query(`
      CREATE TABLE "${s}".duty_history (
        id uuid PRIMARY KEY,
        record_kind text NOT NULL,
        record_id uuid NOT NULL,
        version integer NOT NULL,
        action text NOT NULL,
        snapshot jsonb NOT NULL,
        reason text,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        UNIQUE (record_kind, record_id, version)
      )`);

    await runner.query(`
      CREATE TABLE "${s}".duty_day (
        id uuid PRIMARY KEY,
        duty_date date NOT NULL,
        leader_name text NOT NULL,
        officer_names jsonb NOT NULL,
        note text,
        day_kind text NOT NULL CHECK (day_kind IN ('workday', 'weekend', 'holiday', 'makeup_workday')),
        holiday_name text,
        ${AUDIT}
      )`);
    await runner.query(`CREATE UNIQUE INDEX duty_day_date_uq ON "${s}".duty_day (duty_date)`);

    await runner.query(`
      CREATE TABLE "${s}".duty_swap (
        id uuid PRIMARY KEY,
        duty_day_id uuid NOT NULL REFERENCES "${s}".duty_day (id),
        role text NOT NULL CHECK (role IN ('leader', 'officer')),
        from_name text NOT NULL,
        to_name text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        decided_by text,
        decided_at timestamptz,
        decision_remark text,
        ${AUDIT}
      )`);
    await runner.query(`CREATE INDEX duty_swap_status_idx ON "${s}".duty_swap (status, created_at DESC)`);

    await runner.query(`
      CREATE TABLE "${s}".duty_handover (
        id uuid PRIMARY KEY,
        shift_date date NOT NULL,
        shift text NOT NULL CHECK (shift IN ('day', 'night', 'full')),
        from_name text NOT NULL,
        to_name text NOT NULL,
        handed_over_at timestamptz NOT NULL,
        pending_matters text NOT NULL,
        notes text,
        ${AUDIT}
      )`);
    await runner.query(`CREATE INDEX duty_handover_date_idx ON "${s}".duty_handover (shift_date DESC, handed_over_at DESC)`);

    await runner.query(`
      CREATE TABLE "${s}".duty_log (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('call', 'report', 'fax', 'other')),
        received_at timestamptz NOT NULL,
        caller_unit_id uuid REFERENCES "${s}".unit (id),
        caller_name text,
        caller_phone text,
        title text NOT NULL,
        summary text NOT NULL,
        handling text,
        ${AUDIT}
      )`);
    await runner.query(`CREATE INDEX duty_log_received_idx ON "${s}".duty_log (received_at DESC)`);
    await runner.query(`CREATE INDEX duty_log_unit_idx ON "${s}".duty_log (caller_unit_id, received_at DESC)`);

    await runner.query(`
      CREATE TABLE "${s}".urgent_report_rule (
        id uuid PRIMARY KEY,
        level text NOT NULL CHECK (level IN ('especially_major', 'major', 'large', 'general')),
        phone_minutes integer NOT NULL CHECK (phone_minutes > 0),
        written_minutes integer NOT NULL CHECK (written_minutes > 0),
        effective_from date NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        UNIQUE (level, effective_from)
      )`);
    for (const [level, phone, written, source] of URGENT_RULES) {
      await runner.query(
        `INSERT INTO "${s}".urgent_report_rule (id, level, phone_minutes, written_minutes, effective_from, source, created_at, created_by)
         VALUES ($1, $2, $3, $4, '2020-01-01', $5, now(), 'system')`,
        [randomUUID(), level, phone, written, source],
      );
    }

    await runner.query(`
      CREATE TABLE "${s}".urgent_matter (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        level text NOT NULL,
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        location text,
        unit_id uuid REFERENCES "${s}".unit (id),
        summary text NOT NULL,
        rule_id uuid NOT NULL REFERENCES "${s}".urgent_report_rule (id),
        phone_minutes integer NOT NULL,
        written_minutes integer NOT NULL,
        phone_deadline timestamptz NOT NULL,
        written_deadline timestamptz NOT NULL,
        deadline_explanation jsonb NOT NULL,
        initial_reported_at timestamptz,
        written_reported_at timestamptz,
        phone_overdue_flagged_at timestamptz,
        written_overdue_flagged_at timestamptz,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        ${AUDIT}
      )`);
    await runner.query(`CREATE INDEX urgent_matter_list_idx ON "${s}".urgent_matter (status, level, received_at DESC)`);
    // What the overdue check scans: matters not yet flagged, by deadline.
    await runner.query(`CREATE INDEX urgent_matter_phone_due_idx ON "${s}".urgent_matter (phone_deadline) WHERE phone_overdue_flagged_at IS NULL`);
    await runner.query(`CREATE INDEX urgent_matter_written_due_idx ON "${s}".urgent_matter (written_deadline) WHERE written_overdue_flagged_at IS NULL`);

    await runner.query(`
      CREATE TABLE "${s}".urgent_report_entry (
        id uuid PRIMARY KEY,
        matter_id uuid NOT NULL REFERENCES "${s}".urgent_matter (id),
        stage text NOT NULL CHECK (stage IN ('initial', 'follow_up', 'final')),
        sequence integer NOT NULL,
        channel text NOT NULL CHECK (channel IN ('phone', 'written')),
        reported_at timestamptz NOT NULL,
        leader_name text NOT NULL,
        content text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (matter_id, stage, sequence, channel)
      )`);

    await runner.query(`
      CREATE TABLE "${s}".duty_instruction (
        id uuid PRIMARY KEY,
        source_kind text NOT NULL CHECK (source_kind IN ('duty_log', 'urgent_matter', 'public_opinion')),
        source_id uuid NOT NULL,
        source_title text NOT NULL,
        leader_name text NOT NULL,
        leader_title text,
        text text NOT NULL,
        instructed_at timestamptz NOT NULL,
        due_date date,
        ${AUDIT}
      )`);
    await runner.query(`CREATE INDEX duty_instruction_source_idx ON "${s}".duty_instruction (source_kind, source_id)`);
    await runner.query(`
      CREATE TABLE "${s}".duty_instruction_relay (
        instruction_id uuid NOT NULL REFERENCES "${s}".duty_instruction (id),
        unit_id uuid NOT NULL REFERENCES "${s}".unit (id),
        role text NOT NULL CHECK (role IN ('lead', 'co')),
        status text NOT NULL CHECK (status IN ('pending', 'notified')),
        notified_person text,
        channel text,
        notified_at timestamptz,
        notified_by text,
        PRIMARY KEY (instruction_id, unit_id)
      )`);

    await runner.query(`
      CREATE TABLE "${s}".unit_duty_roster (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL REFERENCES "${s}".unit (id),
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end >= period_start),
        entries jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('filed', 'checked', 'returned')),
        remarks text,
        checked_by text,
        checked_at timestamptz,
        ${AUDIT}
      )`);
    await runner.query(`CREATE INDEX unit_duty_roster_unit_idx ON "${s}".unit_duty_roster (unit_id, period_start DESC)`);
    await runner.query(`CREATE INDEX unit_duty_roster_status_idx ON "${s}".unit_duty_roster (status, period_start DESC)`);

    await runner.query(`
      CREATE TABLE "${s}".opinion_rule (
        id uuid PRIMARY KEY,
        level text NOT NULL CHECK (level IN ('major', 'important', 'general')),
        amount integer NOT NULL CHECK (amount > 0),
        unit text NOT NULL CHECK (unit IN ('working_days', 'calendar_days')),
        effective_from date NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        UNIQUE (level, effective_from)
      )`);
    for (const [level, amount, unit, source] of OPINION_RULES) {
      await runner.query(
        `INSERT INTO "${s}".opinion_rule (id, level, amount, unit, effective_from, source, created_at, created_by)
         VALUES ($1, $2, $3, $4, '2016-08-12', $5, now(), 'system')`,
        [randomUUID(), level, amount, unit, source],
      );
    }

    await runner.query(`
      CREATE TABLE "${s}".public_opinion (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        source text NOT NULL,
        source_detail text,
        level text NOT NULL CHECK (level IN ('major', 'important', 'general')),
        summary text NOT NULL,
        found_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('collected', 'assigned', 'responded', 'accepted', 'returned')),
        unit_id uuid REFERENCES "${s}".unit (id),
        assigned_at timestamptz,
        response_due date,
        deadline_explanation jsonb NOT NULL DEFAULT '[]',
        deadline_provisional boolean NOT NULL DEFAULT false,
        rule_id uuid REFERENCES "${s}".opinion_rule (id),
        response text,
        responded_at timestamptz,
        responded_by text,
        review_remark text,
        reviewed_at timestamptz,
        reviewed_by text,
        ${AUDIT}
      )`);
    await runner.query(`CREATE INDEX public_opinion_list_idx ON "${s}".public_opinion (status, level, found_at DESC)`);
    await runner.query(`CREATE INDEX public_opinion_unit_idx ON "${s}".public_opinion (unit_id, assigned_at)`);

    await runner.query(`
      CREATE TABLE "${s}".upward_report (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('important_situation', 'work_report')),
        intro text,
        entries jsonb NOT NULL,
        body text NOT NULL,
        ${AUDIT}
      )`);
    await runner.query(`CREATE INDEX upward_report_list_idx ON "${s}".upward_report (kind, created_at DESC)`);
    await runner.query(`
      CREATE TABLE "${s}".upward_report_dispatch (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES "${s}".upward_report (id),
        recipient text NOT NULL,
        channel text NOT NULL,
        sent_at timestamptz NOT NULL,
        sent_by text NOT NULL,
        note text,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX upward_report_dispatch_report_idx ON "${s}".upward_report_dispatch (report_id, sent_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of [
      'upward_report_dispatch',
      'upward_report',
      'public_opinion',
      'opinion_rule',
      'unit_duty_roster',
      'duty_instruction_relay',
      'duty_instruction',
      'urgent_report_entry',
      'urgent_matter',
      'urgent_report_rule',
      'duty_log',
      'duty_handover',
      'duty_swap',
      'duty_day',
      'duty_history',
    ]) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
