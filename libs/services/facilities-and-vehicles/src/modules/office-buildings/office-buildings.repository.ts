import { Inject, Injectable } from '@nestjs/common';
import type { BuildingEntryKind, BuildingEntryStatus, DisposalKind, ListOfficeBuildings, OfficeBuildingStatus, RoomUse } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, updateReturning, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { BuildingRule } from './office-buildings.rules.js';

export interface OfficeBuildingRow {
  id: string;
  name: string;
  address: string;
  usingUnits: string[];
  totalFloorAreaM2: number;
  builtYear: number;
  status: OfficeBuildingStatus;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface BuildingEntryRow {
  id: string;
  buildingId: string;
  kind: BuildingEntryKind;
  year: number | null;
  content: string | null;
  approvalDocument: string | null;
  ownerUnit: string | null;
  certificateNumber: string | null;
  date: string | null;
  amountFen: number | null;
  disposalKind: DisposalKind | null;
  company: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  scope: string | null;
  ruleNote: string | null;
  status: BuildingEntryStatus;
  voidReason: string | null;
  voidedBy: string | null;
  voidedAt: Date | null;
  createdAt: Date;
  createdBy: string;
}

/** A room of office-rooms whose 楼宇 names the building, with its current occupants' count and standard. */
export interface BuildingRoomRow {
  id: string;
  building: string;
  roomNumber: string;
  use: RoomUse;
  usableAreaM2: number;
  occupants: number;
  standardM2: number;
}

export interface BuildingHistoryRow {
  step: string;
  actor: string;
  at: Date;
  note: string | null;
}

const COLUMNS = new Columns<OfficeBuildingRow>({
  id: 'id',
  name: 'name',
  address: 'address',
  usingUnits: 'using_units',
  totalFloorAreaM2: ['total_floor_area_m2', 'number'],
  builtYear: 'built_year',
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const ENTRY_COLUMNS = new Columns<BuildingEntryRow>({
  id: 'id',
  buildingId: 'building_id',
  kind: 'kind',
  year: 'year',
  content: 'content',
  approvalDocument: 'approval_document',
  ownerUnit: 'owner_unit',
  certificateNumber: 'certificate_number',
  date: ['entry_date', 'date'],
  amountFen: ['amount_fen', 'number'],
  disposalKind: 'disposal_kind',
  company: 'company',
  periodStart: ['period_start', 'date'],
  periodEnd: ['period_end', 'date'],
  scope: 'scope',
  ruleNote: 'rule_note',
  status: 'status',
  voidReason: 'void_reason',
  voidedBy: 'voided_by',
  voidedAt: 'voided_at',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

const RULE_COLUMNS = new Columns<BuildingRule>({
  id: 'id',
  maintenanceApprovalFen: ['maintenance_approval_fen', 'number'],
  ownerAuthority: 'owner_authority',
  propertyLeadDays: 'property_lead_days',
  effectiveFrom: ['effective_from', 'date'],
  source: 'source',
  createdAt: 'created_at',
});

/** The only place that speaks SQL for 办公用房楼宇 (and the one read of office-rooms' tables, in the same schema). */
@Injectable()
export class OfficeBuildingsRepository {
  private readonly table: Table<OfficeBuildingRow>;
  private readonly entries: Table<BuildingEntryRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".office_building`, COLUMNS);
    this.entries = new Table(`"${schema}".office_building_entry`, ENTRY_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<OfficeBuildingRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  /** Inserts the building unless another one (not withdrawn) has its name; false when one has. */
  async insert(row: OfficeBuildingRow, manager: EntityManager): Promise<boolean> {
    const rows = (await this.table.insert(manager, row, 'ON CONFLICT DO NOTHING RETURNING id')) as unknown[];
    return rows.length === 1;
  }

  async nameTaken(name: string, exceptId: string, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM ${this.table.name} WHERE name = $1 AND status <> 'withdrawn' AND id <> $2`, [name, exceptId])) as unknown[];
    return rows.length > 0;
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: OfficeBuildingRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async insertEntry(row: BuildingEntryRow, manager: EntityManager): Promise<void> {
    await this.entries.insert(manager, row);
  }

  /** Marks a current entry voided with its reason; null when it is not a current entry of the building. */
  async voidEntry(buildingId: string, entryId: string, reason: string, by: string, at: Date, manager: EntityManager): Promise<BuildingEntryRow | null> {
    const [row] = await updateReturning<Record<string, unknown>>(
      manager,
      `UPDATE ${this.entries.name} SET status = 'voided', void_reason = $3, voided_by = $4, voided_at = $5 WHERE id = $2 AND building_id = $1 AND status = 'current' RETURNING ${this.entries.select()}`,
      [buildingId, entryId, reason, by, at],
    );
    return row ? ENTRY_COLUMNS.read(row) : null;
  }

  /** The entries of the buildings, oldest first. */
  async entriesOf(buildingIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, BuildingEntryRow[]>> {
    const map = new Map<string, BuildingEntryRow[]>(buildingIds.map((id) => [id, []]));
    if (!buildingIds.length) return map;
    const rows = (await manager.query(`SELECT ${this.entries.select()} FROM ${this.entries.name} WHERE building_id = ANY($1::uuid[]) ORDER BY created_at, id`, [buildingIds])) as Record<string, unknown>[];
    for (const row of rows.map((r) => ENTRY_COLUMNS.read(r))) map.get(row.buildingId)?.push(row);
    return map;
  }

  /** The rooms in use (office-rooms) whose 楼宇 is one of `names`, with their current occupants' count and standard. */
  async roomsOf(names: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, BuildingRoomRow[]>> {
    const map = new Map<string, BuildingRoomRow[]>(names.map((n) => [n, []]));
    if (!names.length) return map;
    const rows = (await manager.query(
      `SELECT r.id, r.building, r.room_number AS "roomNumber", r.use, r.usable_area_m2 AS "usableAreaM2",
              count(o.id)::int AS occupants, coalesce(sum(o.standard_m2), 0) AS "standardM2"
         FROM "${this.schema}".office_room r
         LEFT JOIN "${this.schema}".office_room_occupant o ON o.room_id = r.id AND o.until IS NULL
        WHERE r.status = 'in_use' AND r.building = ANY($1::text[])
        GROUP BY r.id ORDER BY r.room_number, r.id`,
      [names],
    )) as BuildingRoomRow[];
    for (const row of rows) map.get(row.building)?.push({ ...row, usableAreaM2: Number(row.usableAreaM2), standardM2: Number(row.standardM2) });
    return map;
  }

  async addHistory(buildingId: string, version: number, step: string, actor: string, at: Date, note: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".office_building_history (building_id, version, step, actor, at, note) VALUES ($1, $2, $3, $4, $5, $6)`, [buildingId, version, step, actor, at, note]);
  }

  async history(buildingId: string): Promise<BuildingHistoryRow[]> {
    const rows = (await this.dataSource.query(`SELECT step, actor, at, note FROM "${this.schema}".office_building_history WHERE building_id = $1 ORDER BY id`, [buildingId])) as BuildingHistoryRow[];
    return rows.map((r) => ({ ...r, at: new Date(r.at) }));
  }

  async rules(manager: EntityManager = this.dataSource.manager): Promise<BuildingRule[]> {
    const rows = (await manager.query(`SELECT ${RULE_COLUMNS.select()} FROM "${this.schema}".office_building_rule ORDER BY effective_from, created_at`)) as Record<string, unknown>[];
    return rows.map((row) => RULE_COLUMNS.read(row));
  }

  search(query: ListOfficeBuildings.Request & { limit: number; offset: number }): Promise<Paged<OfficeBuildingRow>> {
    const owned = `EXISTS (SELECT 1 FROM ${this.entries.name} e WHERE e.building_id = office_building.id AND e.kind = 'ownership' AND e.status = 'current')`;
    const where = new Conditions().when(query.status, 'status = ?').search(query.q, 'name', 'address');
    if (query.ownership) where.add(query.ownership === 'missing' ? `NOT ${owned}` : owned);
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'name, id', limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }

  /** Every building not withdrawn, by name (the 六统一 summary). */
  async allActive(): Promise<OfficeBuildingRow[]> {
    const rows = (await this.dataSource.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status <> 'withdrawn' ORDER BY name, id`)) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  /** The buildings a reminder run looks at: in use with a current property contract, and those still waiting on a reminder. */
  async reminderCandidates(): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT b.id FROM ${this.table.name} b WHERE b.status = 'in_use' AND EXISTS (SELECT 1 FROM ${this.entries.name} e WHERE e.building_id = b.id AND e.kind = 'property' AND e.status = 'current')
       UNION SELECT record_id FROM "${this.schema}".reminder_state WHERE record_type = 'office-building-property' AND json_array_length(steps) > 0 ORDER BY 1`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}
