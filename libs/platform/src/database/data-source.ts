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
  try {
    await admin.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
  } catch (error) {
    // Two services creating the same schema at once: the loser sees a unique violation, which is fine.
    if ((error as { code?: string }).code !== '23505') throw error;
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
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
