import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/**
 * The meeting classes (会议类别) and whether each needs 报批 before its notice goes out. The district's own
 * definitions are local and unverified (RULES.md 2.7 [U]); 综合科's chief corrects them through the API,
 * and each correction is a new version from its effective date.
 */
const SEED_CLASSES: [code: string, name: string, requiresApproval: boolean, approverRole: string][] = [
  ['class_one', '一类会议', true, 'district_leader'],
  ['class_two', '二类会议', true, 'office_leader'],
  ['video', '视频会议', true, 'office_leader'],
  ['ordinary', '普通会议', false, 'office_leader'],
];
const SEED_SOURCE = '区政府办公室会务报批规定（本地配置初始值，待综合科依本区文件核定；参见《中央和国家机关会议费管理办法》会议分类）';

/** Meetings (会务), rooms, leaders' calendars (政务活动/接待), and leave of units' principal leaders (请销假). */
export class MeetingsActivitiesLeave1764700100000 implements MigrationInterface {
  name = 'MeetingsActivitiesLeave1764700100000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    const audit = `created_at timestamptz NOT NULL, created_by text NOT NULL, updated_at timestamptz NOT NULL, updated_by text NOT NULL`;

    await runner.query(`
      CREATE TABLE "${s}".meeting_class_rule (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        requires_approval boolean NOT NULL,
        approver_role text NOT NULL CHECK (approver_role IN ('district_leader', 'office_leader')),
        effective_from date NOT NULL,
        source text NOT NULL,
        version integer NOT NULL,
        ${audit},
        UNIQUE (code, version),
        UNIQUE (code, effective_from)
      )`);

    await runner.query(`
      CREATE TABLE "${s}".meeting_room (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        location text,
        capacity integer,
        status text NOT NULL CHECK (status IN ('active', 'inactive')),
        version integer NOT NULL,
        ${audit}
      )`);
    await runner.query(`CREATE UNIQUE INDEX meeting_room_name_uq ON "${s}".meeting_room (name)`);

    await runner.query(`
      CREATE TABLE "${s}".meeting (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        class_code text NOT NULL,
        class_rule_id uuid NOT NULL REFERENCES "${s}".meeting_class_rule (id),
        requires_approval boolean NOT NULL,
        approver_role text NOT NULL,
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text,
        room_id uuid REFERENCES "${s}".meeting_room (id),
        room_booking_id uuid,
        chair jsonb,
        leaders jsonb NOT NULL DEFAULT '[]',
        attendee_unit_ids jsonb NOT NULL DEFAULT '[]',
        secrecy_level integer NOT NULL DEFAULT 0 CHECK (secrecy_level BETWEEN 0 AND 3),
        status text NOT NULL,
        approved_by text,
        approved_at timestamptz,
        approval_comment text,
        notice_text text,
        notified_at timestamptz,
        minutes_number text,
        minutes_summary text,
        minutes_published_at timestamptz,
        cancel_reason text,
        version integer NOT NULL,
        ${audit},
        CHECK (ends_at > starts_at),
        CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL),
        CHECK (status <> 'minutes_published' OR minutes_published_at IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX meeting_list_idx ON "${s}".meeting (starts_at DESC, id)`);
    await runner.query(`CREATE INDEX meeting_status_idx ON "${s}".meeting (status, starts_at DESC)`);
    await runner.query(`CREATE INDEX meeting_kind_idx ON "${s}".meeting (kind, starts_at DESC)`);

    await runner.query(`
      CREATE TABLE "${s}".meeting_topic (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES "${s}".meeting (id),
        sequence integer NOT NULL,
        title text NOT NULL,
        presenter_name text NOT NULL,
        presenter_unit_id uuid,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        UNIQUE (meeting_id, sequence)
      )`);

    // One row per person and meeting; a later sign-in of the same person records the change in the history.
    await runner.query(`
      CREATE TABLE "${s}".meeting_attendance (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES "${s}".meeting (id),
        name text NOT NULL,
        unit_id uuid,
        unit_key text NOT NULL,
        status text NOT NULL CHECK (status IN ('present', 'absent', 'substitute')),
        absence_reason text,
        substitute_name text,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        CHECK (status = 'present' OR absence_reason IS NOT NULL),
        CHECK (status <> 'substitute' OR substitute_name IS NOT NULL),
        UNIQUE (meeting_id, name, unit_key)
      )`);

    await runner.query(`
      CREATE TABLE "${s}".meeting_decision (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES "${s}".meeting (id),
        sequence integer NOT NULL,
        content text NOT NULL,
        lead_unit_id uuid NOT NULL REFERENCES "${s}".unit (id),
        co_unit_ids jsonb NOT NULL DEFAULT '[]',
        due_date date,
        due_working_days integer,
        due_explanation jsonb NOT NULL DEFAULT '[]',
        due_provisional boolean NOT NULL DEFAULT false,
        published_at timestamptz,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        UNIQUE (meeting_id, sequence)
      )`);
    await runner.query(`CREATE INDEX meeting_decision_redate_idx ON "${s}".meeting_decision (due_date) WHERE due_working_days IS NOT NULL AND published_at IS NULL`);

    await runner.query(`
      CREATE TABLE "${s}".room_booking (
        id uuid PRIMARY KEY,
        room_id uuid NOT NULL REFERENCES "${s}".meeting_room (id),
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        meeting_id uuid REFERENCES "${s}".meeting (id),
        status text NOT NULL CHECK (status IN ('active', 'cancelled')),
        cancel_reason text,
        booked_by text NOT NULL,
        booked_by_name text NOT NULL,
        version integer NOT NULL,
        ${audit},
        CHECK (ends_at > starts_at),
        CHECK (status = 'active' OR cancel_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX room_booking_period_idx ON "${s}".room_booking (room_id, starts_at, ends_at) WHERE status = 'active'`);
    await runner.query(`CREATE INDEX room_booking_list_idx ON "${s}".room_booking (starts_at, room_id)`);

    // One row per leader, locked (by the upsert) while a booking checks that leader's calendar: two concurrent
    // bookings of one leader queue on it, so both cannot pass the clash check.
    await runner.query(`
      CREATE TABLE "${s}".leader (
        user_id uuid PRIMARY KEY,
        name text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);

    await runner.query(`
      CREATE TABLE "${s}".leader_activity (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('activity', 'reception', 'leave')),
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text,
        description text,
        leaders jsonb NOT NULL,
        guests jsonb NOT NULL DEFAULT '[]',
        programme jsonb NOT NULL DEFAULT '[]',
        responsible jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
        cancel_reason text,
        version integer NOT NULL,
        ${audit},
        CHECK (ends_at > starts_at),
        CHECK (status = 'scheduled' OR cancel_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX leader_activity_list_idx ON "${s}".leader_activity (kind, status, starts_at DESC)`);

    // 领导日程: what each leader is booked for, whatever the source. Released entries stay (active = false).
    await runner.query(`
      CREATE TABLE "${s}".leader_agenda (
        id uuid PRIMARY KEY,
        leader_user_id uuid NOT NULL REFERENCES "${s}".leader (user_id),
        leader_name text NOT NULL,
        source text NOT NULL CHECK (source IN ('meeting', 'activity', 'reception', 'leave')),
        source_id uuid NOT NULL,
        title text NOT NULL,
        location text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        active boolean NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        released_at timestamptz,
        released_by text,
        CHECK (ends_at > starts_at),
        UNIQUE (leader_user_id, source, source_id)
      )`);
    await runner.query(`CREATE INDEX leader_agenda_period_idx ON "${s}".leader_agenda (leader_user_id, starts_at, ends_at) WHERE active`);
    await runner.query(`CREATE INDEX leader_agenda_range_idx ON "${s}".leader_agenda (starts_at) WHERE active`);

    await runner.query(`
      CREATE TABLE "${s}".leave_request (
        id uuid PRIMARY KEY,
        unit_id uuid NOT NULL REFERENCES "${s}".unit (id),
        person_name text NOT NULL,
        person_title text,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        destination text NOT NULL,
        reason text NOT NULL,
        acting_person_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'returned', 'withdrawn')),
        overlaps_with jsonb NOT NULL DEFAULT '[]',
        decided_by text,
        decided_at timestamptz,
        decision_comment text,
        returned_on date,
        return_recorded_by text,
        withdraw_reason text,
        version integer NOT NULL,
        ${audit},
        CHECK (ends_on >= starts_on),
        CHECK (status <> 'returned' OR returned_on IS NOT NULL),
        CHECK (status <> 'withdrawn' OR withdraw_reason IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX leave_request_person_idx ON "${s}".leave_request (unit_id, person_name, starts_on)`);
    await runner.query(`CREATE INDEX leave_request_away_idx ON "${s}".leave_request (starts_on, ends_on) WHERE status IN ('approved', 'returned')`);
    await runner.query(`CREATE INDEX leave_request_list_idx ON "${s}".leave_request (status, created_at DESC)`);

    // Every state change of every record above: who, when, what.
    await runner.query(`
      CREATE TABLE "${s}".schedule_record_history (
        id uuid PRIMARY KEY,
        record_type text NOT NULL,
        record_id uuid NOT NULL,
        action text NOT NULL,
        version integer,
        detail jsonb NOT NULL DEFAULT '{}',
        actor text NOT NULL,
        actor_name text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX schedule_record_history_record_idx ON "${s}".schedule_record_history (record_type, record_id, at)`);

    for (const [code, name, requiresApproval, approverRole] of SEED_CLASSES) {
      await runner.query(
        `INSERT INTO "${s}".meeting_class_rule (id, code, name, requires_approval, approver_role, effective_from, source, version, created_at, created_by, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, '2020-01-01', $6, 1, now(), 'system', now(), 'system')`,
        [randomUUID(), code, name, requiresApproval, approverRole, SEED_SOURCE],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    for (const table of [
      'schedule_record_history',
      'leave_request',
      'leader_agenda',
      'leader_activity',
      'leader',
      'room_booking',
      'meeting_decision',
      'meeting_attendance',
      'meeting_topic',
      'meeting',
      'meeting_room',
      'meeting_class_rule',
    ]) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
