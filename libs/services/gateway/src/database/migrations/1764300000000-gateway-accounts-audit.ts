import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@gov/platform';

/** The office's 13 sections (科室), from its "三定" provisions (seed: sections-duties.zh.txt), with the names they also carry (挂牌). */
export const SECTIONS: { code: string; name: string; alsoKnownAs: string | null }[] = [
  { code: 'zonghe', name: '综合科', alsoKnownAs: '区政府值班室' },
  { code: 'wenmi', name: '文秘科', alsoKnownAs: '政策法规科' },
  { code: 'mishu_yi', name: '秘书一科', alsoKnownAs: null },
  { code: 'mishu_er', name: '秘书二科', alsoKnownAs: null },
  { code: 'xinxi', name: '信息科', alsoKnownAs: null },
  { code: 'ducha', name: '督查室', alsoKnownAs: null },
  { code: 'renshi', name: '人事科', alsoKnownAs: '离退休干部科' },
  { code: 'caiwu', name: '财务科', alsoKnownAs: null },
  { code: 'dashuju', name: '大数据科', alsoKnownAs: '区政府政务公开科' },
  { code: 'waishi', name: '外事科', alsoKnownAs: null },
  { code: 'jiguan_shiwu', name: '机关事务管理科', alsoKnownAs: '公务用车管理科' },
  { code: 'zhineng_zhuanbian', name: '政府职能转变协调推进科', alsoKnownAs: '“一次办好”监督指导科' },
  { code: 'dang_zongzhi', name: '机关党总支', alsoKnownAs: null },
];

const ROLES: [code: string, name: string, isAdmin: boolean][] = [
  ['sys_admin', '系统管理员', true],
  ['sec_admin', '安全保密管理员', true],
  ['audit_admin', '安全审计员', true],
  ['district_leader', '区政府领导', false],
  ['office_leader', '办公室领导', false],
  ['section_chief', '科长', false],
  ['section_staff', '科室工作人员', false],
  ['unit_liaison', '单位联络员', false],
];

/**
 * 三员分立: each administrator holds only its own duty and no business permission. Business roles read the
 * unit directory and the calendar; editing the directory comes from office leadership or from 综合科 (below).
 */
const ROLE_PERMISSIONS: [role: string, permission: string][] = [
  ['sys_admin', 'accounts:manage'],
  ['sys_admin', 'calendar:write'],
  ['sys_admin', 'ops:dead-letters'],
  ['sec_admin', 'roles:assign'],
  ['audit_admin', 'audit:read'],
  ['district_leader', 'units:read'],
  ['district_leader', 'calendar:read'],
  ['office_leader', 'units:read'],
  ['office_leader', 'units:write'],
  ['office_leader', 'calendar:read'],
  ['section_chief', 'units:read'],
  ['section_chief', 'calendar:read'],
  ['section_staff', 'units:read'],
  ['section_staff', 'calendar:read'],
  ['unit_liaison', 'units:read'],
  ['unit_liaison', 'units:write-own'],
  ['unit_liaison', 'calendar:read'],
];

/** 综合科 keeps contact with every unit, so its chief and staff maintain the unit directory. */
const SECTION_PERMISSIONS: [section: string, role: string, permission: string][] = [
  ['zonghe', 'section_chief', 'units:write'],
  ['zonghe', 'section_staff', 'units:write'],
];

export const MIN_AUDIT_RETENTION_DAYS = 180;

/**
 * The gateway's schema: reference data (sections, roles, permissions), accounts, sessions and refresh
 * tokens, sign-in throttling, idempotency records, its signing secret, and the append-only audit log whose
 * trigger refuses any UPDATE, any TRUNCATE, and any DELETE of a row younger than the retention period.
 */
export class GatewayAccountsAudit1764300000000 implements MigrationInterface {
  name = 'GatewayAccountsAudit1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".section (
        code text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        also_known_as text,
        sort_order integer NOT NULL
      )`);
    await runner.query(`CREATE TABLE "${s}".role (code text PRIMARY KEY, name text NOT NULL, is_admin boolean NOT NULL)`);
    await runner.query(`
      CREATE TABLE "${s}".role_permission (
        role_code text NOT NULL REFERENCES "${s}".role (code),
        permission text NOT NULL,
        PRIMARY KEY (role_code, permission)
      )`);
    await runner.query(`
      CREATE TABLE "${s}".section_permission (
        section_code text NOT NULL REFERENCES "${s}".section (code),
        role_code text NOT NULL REFERENCES "${s}".role (code),
        permission text NOT NULL,
        PRIMARY KEY (section_code, role_code, permission)
      )`);
    for (const [i, section] of SECTIONS.entries()) {
      await runner.query(`INSERT INTO "${s}".section (code, name, also_known_as, sort_order) VALUES ($1, $2, $3, $4)`, [section.code, section.name, section.alsoKnownAs, i + 1]);
    }
    for (const [code, name, isAdmin] of ROLES) await runner.query(`INSERT INTO "${s}".role (code, name, is_admin) VALUES ($1, $2, $3)`, [code, name, isAdmin]);
    for (const [role, permission] of ROLE_PERMISSIONS) await runner.query(`INSERT INTO "${s}".role_permission (role_code, permission) VALUES ($1, $2)`, [role, permission]);
    for (const [section, role, permission] of SECTION_PERMISSIONS) {
      await runner.query(`INSERT INTO "${s}".section_permission (section_code, role_code, permission) VALUES ($1, $2, $3)`, [section, role, permission]);
    }

    await runner.query(`
      CREATE TABLE "${s}".account (
        id uuid PRIMARY KEY,
        username text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        must_change_password boolean NOT NULL DEFAULT true,
        password_changed_at timestamptz,
        totp_secret text,
        totp_pending_secret text,
        totp_last_step bigint,
        roles text[] NOT NULL DEFAULT '{}',
        section_code text REFERENCES "${s}".section (code),
        unit_id uuid,
        clearance smallint NOT NULL DEFAULT 0 CHECK (clearance BETWEEN 0 AND 3),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        disabled_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
    await runner.query(`CREATE UNIQUE INDEX account_username_uq ON "${s}".account (lower(username))`);
    await runner.query(`CREATE INDEX account_roles_idx ON "${s}".account USING gin (roles)`);

    // Keyed by the (lower-cased) username typed, whether or not such an account exists, so that lockout
    // behaves the same for unknown names and does not reveal which ones exist.
    await runner.query(`
      CREATE TABLE "${s}".login_throttle (
        username text PRIMARY KEY,
        failed_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await runner.query(`
      CREATE TABLE "${s}".session (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES "${s}".account (id),
        state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'revoked', 'expired')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text,
        ip text,
        user_agent text
      )`);
    await runner.query(`CREATE INDEX session_account_active_idx ON "${s}".session (account_id) WHERE state = 'active'`);
    await runner.query(`
      CREATE TABLE "${s}".refresh_token (
        token_hash text PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES "${s}".session (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz
      )`);
    await runner.query(`CREATE INDEX refresh_token_session_idx ON "${s}".refresh_token (session_id)`);

    await runner.query(`CREATE TABLE "${s}".secret (name text PRIMARY KEY, value text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);

    await runner.query(`
      CREATE TABLE "${s}".idempotency_record (
        account_id uuid NOT NULL,
        key text NOT NULL,
        route text NOT NULL,
        request_hash text NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, key)
      )`);
    await runner.query(`CREATE INDEX idempotency_record_created_idx ON "${s}".idempotency_record (created_at)`);

    await runner.query(`
      CREATE TABLE "${s}".audit_setting (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        retention_days integer NOT NULL CHECK (retention_days >= ${MIN_AUDIT_RETENTION_DAYS})
      )`);
    await runner.query(`INSERT INTO "${s}".audit_setting (id, retention_days) VALUES (true, ${MIN_AUDIT_RETENTION_DAYS})`);
    await runner.query(`
      CREATE TABLE "${s}".audit_event (
        seq bigint PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        actor_username text,
        action text NOT NULL,
        target_id text,
        outcome text NOT NULL CHECK (outcome IN ('success', 'failure')),
        status_code integer NOT NULL,
        reason text,
        ip text,
        request_id text,
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await runner.query(`CREATE INDEX audit_event_occurred_idx ON "${s}".audit_event (occurred_at)`);
    await runner.query(`CREATE INDEX audit_event_actor_idx ON "${s}".audit_event (actor_username, seq)`);
    await runner.query(`CREATE INDEX audit_event_action_idx ON "${s}".audit_event (action text_pattern_ops, seq)`);
    await runner.query(`
      CREATE FUNCTION "${s}".audit_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        keep_days integer;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          RAISE EXCEPTION '审计日志只能追加，不能修改' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION '审计日志不能清空' USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT retention_days INTO keep_days FROM "${s}".audit_setting;
        keep_days := GREATEST(COALESCE(keep_days, ${MIN_AUDIT_RETENTION_DAYS}), ${MIN_AUDIT_RETENTION_DAYS});
        IF OLD.occurred_at > now() - make_interval(days => keep_days) THEN
          RAISE EXCEPTION '审计日志须保存 % 天，保存期未满的记录不能删除', keep_days USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
      END
      $$`);
    await runner.query(`CREATE TRIGGER audit_event_guard_rows BEFORE UPDATE OR DELETE ON "${s}".audit_event FOR EACH ROW EXECUTE PROCEDURE "${s}".audit_event_guard()`);
    await runner.query(`CREATE TRIGGER audit_event_guard_truncate BEFORE TRUNCATE ON "${s}".audit_event FOR EACH STATEMENT EXECUTE PROCEDURE "${s}".audit_event_guard()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    // The audit log is kept on purpose: a down migration must not be a path to delete it.
    for (const table of ['idempotency_record', 'secret', 'refresh_token', 'session', 'login_throttle', 'account', 'section_permission', 'role_permission', 'role', 'section']) {
      await runner.query(`DROP TABLE "${s}".${table}`);
    }
  }
}
