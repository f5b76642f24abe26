import { createHmac } from 'node:crypto';
import pg from 'pg';
import { DataSource, type MigrationInterface, type MixedList, type EntitySchema, type QueryRunner } from 'typeorm';
import type { Logger } from 'pino';
import { bindTransactionScope, runOnConnection } from './transaction-scope.js';

export interface DatabaseOptions {
  url: string;
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string> | (new () => MigrationInterface)[];
  poolSize?: number;
  applicationName: string;
  /** How long a query waits for a pool connection before it fails (→ 503); never forever. */
  acquireTimeoutMs?: number;
  /** PostgreSQL's `statement_timeout` of every connection (migrations excepted). */
  statementTimeoutMs?: number;
  /** PostgreSQL's `idle_in_transaction_session_timeout`: a transaction left open is ended by the server. */
  idleInTransactionTimeoutMs?: number;
}

/** The defaults of the database timeouts (README's configuration table: DB_*). */
export const DATABASE_DEFAULTS = { poolSize: 10, acquireTimeoutMs: 5000, statementTimeoutMs: 30_000, idleInTransactionTimeoutMs: 60_000 };

/**
 * One schema per service. The schema is created before TypeORM initialises (TypeORM does not create it),
 * and the migrations run under an advisory lock so two replicas starting together do not race.
 * `synchronize` is never on: schema changes go through migrations only.
 *
 * Every wait is bounded: a pool acquisition (`connectionTimeoutMillis`), a statement (`statement_timeout`) and a
 * transaction left idle (`idle_in_transaction_session_timeout`). Queries made inside a transaction run on the
 * transaction's connection (`bindTransactionScope`), so a transaction never waits for a second pool connection.
 */
export async function openDatabase(options: DatabaseOptions, logger: Logger): Promise<DataSource> {
  const admin = new pg.Client({ connectionString: options.url, application_name: `${options.applicationName}-migrate` });
  await admin.connect();
  let url = options.url;
  try {
    url = await ownRoleUrl(admin, options.url, options.schema, logger);
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations as MixedList<Function | string>,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: options.applicationName,
    poolSize: options.poolSize ?? DATABASE_DEFAULTS.poolSize,
    extra: {
      options: `-c search_path="${options.schema}",public`,
      connectionTimeoutMillis: options.acquireTimeoutMs ?? DATABASE_DEFAULTS.acquireTimeoutMs,
      statement_timeout: options.statementTimeoutMs ?? DATABASE_DEFAULTS.statementTimeoutMs,
      idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? DATABASE_DEFAULTS.idleInTransactionTimeoutMs,
    },
  });
  bindTransactionScope(dataSource);
  await dataSource.initialize();
  await runMigrationsLocked(dataSource, options.schema, logger);
  return dataSource;
}

/** The PostgreSQL role that owns an app's schema: `gov_<schema>`. */
export function schemaRoleOf(schema: string): string {
  return `gov_${schema}`;
}

/** A role's password, derived from the administrator's connection string: the same on every replica and run. */
function derivedPassword(adminUrl: string, role: string): string {
  return createHmac('sha256', `gov-schema-role:${adminUrl}`).update(role).digest('hex');
}

/**
 * Least privilege in PostgreSQL: every app works as the role that owns its schema and nothing else, so it cannot
 * read another app's tables (the gateway's password hashes and sessions above all).
 * - Deployed (compose, Kubernetes), `DATABASE_URL` already names the app's own role (one Secret per app): it is used
 *   as it is, and the schema is created if that role may.
 * - Given a role that may create roles (the embedded mode, the tests, a developer's superuser), the app provisions
 *   its own: `gov_<schema>` (LOGIN, no other privilege), the owner of its schema and of everything in it (objects an
 *   older release created as the administrator are handed over), with nothing granted to PUBLIC; then it connects,
 *   and migrates, as that role.
 */
async function ownRoleUrl(admin: pg.Client, adminUrl: string, schema: string, logger: Logger): Promise<string> {
  const [me] = (await admin.query(`SELECT rolsuper OR rolcreaterole AS provisions FROM pg_roles WHERE rolname = current_user`)).rows as { provisions: boolean }[];
  if (!me?.provisions) {
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (error) {
      // Two replicas creating it at once (23505), or a role that may not create schemas (42501: the DBA did).
      if (!['23505', '42501'].includes((error as { code?: string }).code ?? '')) throw error;
    }
    return adminUrl;
  }
  const role = schemaRoleOf(schema);
  const password = derivedPassword(adminUrl, role);
  await admin.query('BEGIN');
  try {
    // Replicas of one app provision together; roles are cluster-wide, so other databases' runs may too.
    await admin.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`provision:${schema}`]);
    const exists = (await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
    if (!exists) {
      try {
        await admin.query('SAVEPOINT create_role');
        await admin.query(`CREATE ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD '${password}'`);
      } catch (error) {
        if ((error as { code?: string }).code !== '42710') throw error; // created meanwhile by another database's run
        await admin.query('ROLLBACK TO SAVEPOINT create_role');
      }
    }
    // A role is a member of itself only; a superuser administrator may hand objects to it without being a member.
    await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}" AUTHORIZATION "${role}"`);
    await admin.query(`SELECT set_config('gov.claim_schema', $1, true), set_config('gov.claim_role', $2, true)`, [schema, role]);
    await admin.query(CLAIM_SCHEMA_SQL);
    await admin.query(`REVOKE ALL ON SCHEMA "${schema}" FROM PUBLIC`);
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  const own = new URL(adminUrl);
  own.username = role;
  own.password = password;
  // A role made earlier with another password (another administrator URL): set ours, once, and go on.
  const probe = new pg.Client({ connectionString: own.toString() });
  try {
    await probe.connect();
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
    await admin.query(`ALTER ROLE "${role}" PASSWORD '${password}'`);
    logger.warn({ role }, '数据库角色的密码已按当前管理员连接重新设置');
  } finally {
    await probe.end().catch(() => undefined);
  }
  return own.toString();
}

/**
 * Hands every object of a schema to its role (both given as transaction settings: a DO block takes no parameters): the schema, tables, views, sequences not tied to a column (those follow
 * their table), functions and free-standing types. Idempotent; a no-op once the role owns everything.
 */
const CLAIM_SCHEMA_SQL = `
DO $claim$
DECLARE
  s text := current_setting('gov.claim_schema');
  r text := current_setting('gov.claim_role');
  o record;
BEGIN
  EXECUTE format('ALTER SCHEMA %I OWNER TO %I', s, r);
  FOR o IN
    SELECT c.relname, c.relkind FROM pg_class c
    WHERE c.relnamespace = s::regnamespace AND c.relowner <> r::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s %I.%I OWNER TO %I',
      CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
      s, o.relname, r);
  END LOOP;
  FOR o IN SELECT p.oid::regprocedure AS signature FROM pg_proc p WHERE p.pronamespace = s::regnamespace AND p.proowner <> r::regrole LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', o.signature, r);
  END LOOP;
  FOR o IN
    SELECT t.typname FROM pg_type t
    WHERE t.typnamespace = s::regnamespace AND t.typowner <> r::regrole AND t.typtype IN ('e', 'd', 'c')
      AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid AND c.relkind <> 'c')
  LOOP
    EXECUTE format('ALTER TYPE %I.%I OWNER TO %I', s, o.typname, r);
  END LOOP;
END
$claim$`;

async function runMigrationsLocked(dataSource: DataSource, schema: string, logger: Logger): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Waiting for another replica's migrations, and the migrations themselves, are not bounded by statement_timeout;
    // they run on this one connection, the one that holds the lock.
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${schema}`]);
    const applied = await runOnConnection(dataSource, runner, () => dataSource.runMigrations({ transaction: 'each' }));
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, '数据库迁移已执行');
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${schema}`]).catch(() => undefined);
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}

export async function latestMigration(dataSource: DataSource): Promise<string | null> {
  const schema = (dataSource.options as { schema?: string }).schema;
  const rows: { name: string }[] = await dataSource.query(`SELECT name FROM "${schema}".migrations ORDER BY id DESC LIMIT 1`);
  return rows[0]?.name ?? null;
}

/** The schema a migration runs in: the app's own (migrations are written once and run in whichever schema). */
export function migrationSchema(runner: QueryRunner): string {
  return (runner.connection.options as { schema?: string }).schema ?? 'public';
}
