import pg from 'pg';
import { DataSource, type MigrationInterface, type MixedList, type EntitySchema, type QueryRunner } from 'typeorm';
import type { Logger } from 'pino';

export interface DatabaseOptions {
  url: string;
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string> | (new () => MigrationInterface)[];
  poolSize?: number;
  applicationName: string;
}

/**
 * One schema per service. The schema is created before TypeORM initialises (TypeORM does not create it),
 * and the migrations run under an advisory lock so two replicas starting together do not race.
 * `synchronize` is never on: schema changes go through migrations only.
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
    poolSize: options.poolSize ?? 10,
    extra: { options: `-c search_path="${options.schema}",public` },
  });
  await dataSource.initialize();
  await runMigrationsLocked(dataSource, options.schema, logger);
  return dataSource;
}

async function runMigrationsLocked(dataSource: DataSource, schema: string, logger: Logger): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${schema}`]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, '数据库迁移已执行');
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${schema}`]).catch(() => undefined);
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
