import { Inject, Injectable } from '@nestjs/common';
import type { ListOfficeRooms, OfficeRoomStatus, Rank, RoomUse } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { OfficeStandard } from './office-rooms.rules.js';

export interface OfficeRoomRow {
  id: string;
  building: string;
  roomNumber: string;
  usableAreaM2: number;
  use: RoomUse;
  unitId: string | null;
  status: OfficeRoomStatus;
  retireReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface OccupantRow {
  id: string;
  roomId: string;
  personName: string;
  rank: Rank;
  standardM2: number;
  since: string;
  until: string | null;
  endReason: string | null;
  createdAt: Date;
  createdBy: string;
}

export interface RoomHistoryRow {
  step: string;
  actor: string;
  at: Date;
  note: string | null;
}

const COLUMNS = new Columns<OfficeRoomRow>({
  id: 'id',
  building: 'building',
  roomNumber: 'room_number',
  usableAreaM2: ['usable_area_m2', 'number'],
  use: 'use',
  unitId: 'unit_id',
  status: 'status',
  retireReason: 'retire_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const OCCUPANT_COLUMNS = new Columns<OccupantRow>({
  id: 'id',
  roomId: 'room_id',
  personName: 'person_name',
  rank: 'rank',
  standardM2: ['standard_m2', 'number'],
  since: ['since', 'date'],
  until: ['until', 'date'],
  endReason: 'end_reason',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

const STANDARD_COLUMNS = new Columns<OfficeStandard>({
  rank: 'rank',
  areaM2: ['area_m2', 'number'],
  effectiveFrom: ['effective_from', 'date'],
  source: 'source',
  createdAt: 'created_at',
});

/** The only place that speaks SQL for 办公用房. */
@Injectable()
export class OfficeRoomsRepository {
  private readonly table: Table<OfficeRoomRow>;
  private readonly occupants: Table<OccupantRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".office_room`, COLUMNS);
    this.occupants = new Table(`"${schema}".office_room_occupant`, OCCUPANT_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<OfficeRoomRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: OfficeRoomRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row, 'ON CONFLICT DO NOTHING');
  }

  async exists(building: string, roomNumber: string, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM ${this.table.name} WHERE building = $1 AND room_number = $2 AND status = 'in_use'`, [building, roomNumber])) as unknown[];
    return rows.length > 0;
  }

  saveIfVersion(row: OfficeRoomRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addHistory(roomId: string, version: number, step: string, actor: string, at: Date, note: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".office_room_history (room_id, version, step, actor, at, note) VALUES ($1, $2, $3, $4, $5, $6)`, [roomId, version, step, actor, at, note]);
  }

  async history(roomId: string): Promise<RoomHistoryRow[]> {
    const rows = (await this.dataSource.query(`SELECT step, actor, at, note FROM "${this.schema}".office_room_history WHERE room_id = $1 ORDER BY id`, [roomId])) as RoomHistoryRow[];
    return rows.map((r) => ({ ...r, at: new Date(r.at) }));
  }

  /** The current occupants (not released) of the rooms. */
  async currentOccupants(roomIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, OccupantRow[]>> {
    const map = new Map<string, OccupantRow[]>(roomIds.map((id) => [id, []]));
    if (!roomIds.length) return map;
    const rows = (await manager.query(`SELECT ${this.occupants.select()} FROM ${this.occupants.name} WHERE room_id = ANY($1::uuid[]) AND until IS NULL ORDER BY since, created_at`, [roomIds])) as Record<
      string,
      unknown
    >[];
    for (const row of rows.map((r) => OCCUPANT_COLUMNS.read(r))) map.get(row.roomId)?.push(row);
    return map;
  }

  async insertOccupant(row: OccupantRow, manager: EntityManager): Promise<void> {
    await this.occupants.insert(manager, row);
  }

  async releaseOccupant(id: string, until: string, reason: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE ${this.occupants.name} SET until = $2, end_reason = $3 WHERE id = $1 AND until IS NULL`, [id, until, reason]);
  }

  search(query: ListOfficeRooms.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<OfficeRoomRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.use, 'use = ?').when(query.onlyUnitId, 'unit_id = ?').search(query.q, 'building', 'room_number');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'building, room_number, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }

  /** The office rooms in use whose usable area exceeds the sum of their current occupants' standards. */
  async overStandard(onlyUnitId?: string): Promise<OfficeRoomRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${this.table.select('r')} FROM ${this.table.name} r
        WHERE r.status = 'in_use' AND r.use = 'office' AND ($1::uuid IS NULL OR r.unit_id = $1)
          AND r.usable_area_m2 > (SELECT coalesce(sum(o.standard_m2), 0) FROM ${this.occupants.name} o WHERE o.room_id = r.id AND o.until IS NULL)
          AND EXISTS (SELECT 1 FROM ${this.occupants.name} o WHERE o.room_id = r.id AND o.until IS NULL)
        ORDER BY r.building, r.room_number`,
      [onlyUnitId ?? null],
    )) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  async standards(manager: EntityManager = this.dataSource.manager): Promise<OfficeStandard[]> {
    const rows = (await manager.query(`SELECT ${STANDARD_COLUMNS.select()} FROM "${this.schema}".office_standard ORDER BY effective_from, created_at`)) as Record<string, unknown>[];
    return rows.map((row) => STANDARD_COLUMNS.read(row));
  }
}
