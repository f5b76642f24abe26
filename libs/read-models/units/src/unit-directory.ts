import { Controller, Inject, Injectable, Module } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import {
  UnitCreated,
  UnitDeactivated,
  UnitEvents,
  UnitUpdated,
  type UnitSnapshot,
  type UnitStatus,
  type UnitType,
} from '@gov/contracts-duty-and-meetings';
import { BusEventPattern, DATA_SOURCE, EventTx, SCHEMA, type Tx, migrationSchema } from '@gov/platform';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';

/** The local copy of the unit directory (承办单位) that a consuming service keeps. */
export class UnitDirectoryCopy1764200000000 implements MigrationInterface {
  name = 'UnitDirectoryCopy1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`
      CREATE TABLE "${s}".unit_directory (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        short_name text,
        type text NOT NULL,
        status text NOT NULL,
        version integer NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX unit_directory_status_idx ON "${s}".unit_directory (status, name)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = migrationSchema(runner);
    await runner.query(`DROP TABLE "${s}".unit_directory`);
  }
}

export interface DirectoryUnit {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  type: UnitType;
  status: UnitStatus;
  version: number;
}

/** Snapshots carry their version, so they may be applied in any order: several at once. */
const SNAPSHOT_CONCURRENCY = 8;

/**
 * The copy of duty-and-meetings' units, kept from its unit events ({@link UnitDirectoryEvents}). Each event carries the
 * whole snapshot, and a snapshot is applied only when its version is newer than the copy's: redelivered or reordered
 * events change nothing.
 */
@Injectable()
export class UnitDirectory {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  /** Applies a unit snapshot (the consumer is {@link UnitDirectoryEvents}), in the event's transaction. */
  async apply(snapshot: UnitSnapshot, tx: Tx): Promise<void> {
    await tx.manager.query(
      `INSERT INTO "${this.schema}".unit_directory (id, code, name, short_name, type, status, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, short_name = EXCLUDED.short_name,
         type = EXCLUDED.type, status = EXCLUDED.status, version = EXCLUDED.version, received_at = now()
       WHERE unit_directory.version < EXCLUDED.version`,
      [snapshot.id, snapshot.code, snapshot.name, snapshot.shortName ?? null, snapshot.type, snapshot.status, snapshot.version],
    );
  }

  /** Inside a transaction, pass its `tx` (or manager): the read then uses the transaction's connection. */
  async findById(id: string, tx?: Tx | EntityManager): Promise<DirectoryUnit | null> {
    const [row] = await managerOf(this.dataSource, tx).query(`SELECT * FROM "${this.schema}".unit_directory WHERE id = $1`, [id]);
    return row ? toUnit(row) : null;
  }

  /** The units of `ids` the directory knows, in one query (an id that is not a UUID is simply not known). */
  async findByIds(ids: string[], tx?: Tx | EntityManager): Promise<Map<string, DirectoryUnit>> {
    const wanted = [...new Set(ids)].filter((id) => UUID.test(id));
    if (!wanted.length) return new Map();
    const rows = await managerOf(this.dataSource, tx).query(`SELECT * FROM "${this.schema}".unit_directory WHERE id = ANY($1::uuid[])`, [wanted]);
    return new Map(rows.map((row: Record<string, unknown>) => [row.id as string, toUnit(row)]));
  }

  async listActive(tx?: Tx | EntityManager): Promise<DirectoryUnit[]> {
    const rows = await managerOf(this.dataSource, tx).query(`SELECT * FROM "${this.schema}".unit_directory WHERE status = 'active' ORDER BY name`);
    return rows.map(toUnit);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function managerOf(dataSource: DataSource, tx?: Tx | EntityManager): EntityManager {
  if (!tx) return dataSource.manager;
  return 'emit' in tx ? tx.manager : tx;
}

function toUnit(row: Record<string, unknown>): DirectoryUnit {
  return {
    id: row.id as string,
    code: row.code as string,
    name: row.name as string,
    shortName: (row.short_name as string) ?? null,
    type: row.type as UnitType,
    status: row.status as UnitStatus,
    version: row.version as number,
  };
}

/** The consumer of the unit events: the directory itself is a provider the services' code injects. */
@Controller()
export class UnitDirectoryEvents {
  constructor(private readonly directory: UnitDirectory) {}

  @BusEventPattern('duty-and-meetings', UnitEvents.created, UnitCreated.Event, { concurrency: SNAPSHOT_CONCURRENCY })
  async addWhenUnitCreated(@Payload() event: UnitCreated.Event, @EventTx() tx: Tx): Promise<void> {
    await this.directory.apply(event, tx);
  }

  @BusEventPattern('duty-and-meetings', UnitEvents.updated, UnitUpdated.Event, { concurrency: SNAPSHOT_CONCURRENCY })
  async updateWhenUnitUpdated(@Payload() event: UnitUpdated.Event, @EventTx() tx: Tx): Promise<void> {
    await this.directory.apply(event, tx);
  }

  @BusEventPattern('duty-and-meetings', UnitEvents.deactivated, UnitDeactivated.Event, { concurrency: SNAPSHOT_CONCURRENCY })
  async deactivateWhenUnitDeactivated(@Payload() event: UnitDeactivated.Event, @EventTx() tx: Tx): Promise<void> {
    await this.directory.apply(event, tx);
  }
}

@Module({ controllers: [UnitDirectoryEvents], providers: [UnitDirectory], exports: [UnitDirectory] })
export class UnitDirectoryModule {}
