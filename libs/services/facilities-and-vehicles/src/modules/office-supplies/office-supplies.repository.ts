import { Inject, Injectable } from '@nestjs/common';
import type { EquipmentAssetCategory, ListSupplyItems, ListSupplyRequests, StockDirection, SupplyCategory, SupplyItemStatus, SupplyRequestStatus } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface SupplyItemRow {
  id: string;
  name: string;
  spec: string | null;
  category: SupplyCategory;
  unit: string;
  stock: number;
  lowStockThreshold: number;
  status: SupplyItemStatus;
  retireReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface SupplyRequestRow {
  id: string;
  sectionCode: string;
  requesterId: string;
  requesterName: string;
  purpose: string;
  status: SupplyRequestStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface StockMovementRow {
  id: string;
  itemId: string;
  direction: StockDirection;
  quantity: number;
  stockAfter: number;
  reason: string;
  requestId: string | null;
  at: Date;
  by: string;
}

/** A movement with its 设备购置验收, as an item's detail shows it. */
export type StockMovementWithAcceptance = StockMovementRow & { acceptance: EquipmentAcceptanceRow | null };

export interface EquipmentAcceptanceRow {
  movementId: string;
  itemId: string;
  quantity: number;
  unitPriceFen: number;
  assetCategory: EquipmentAssetCategory;
  acceptedOn: string;
  acceptors: string;
  location: string;
  keeperName: string;
  assetNumbers: string[];
  createdAt: Date;
  createdBy: string;
}

export interface RequestLineRow {
  itemId: string;
  itemName: string;
  unit: string;
  quantity: number;
}

const ITEM_COLUMNS = new Columns<SupplyItemRow>({
  id: 'id',
  name: 'name',
  spec: 'spec',
  category: 'category',
  unit: 'unit',
  stock: 'stock',
  lowStockThreshold: 'low_stock_threshold',
  status: 'status',
  retireReason: 'retire_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const REQUEST_COLUMNS = new Columns<SupplyRequestRow>({
  id: 'id',
  sectionCode: 'section_code',
  requesterId: 'requester_id',
  requesterName: 'requester_name',
  purpose: 'purpose',
  status: 'status',
  decidedBy: 'decided_by',
  decidedAt: 'decided_at',
  reason: 'reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const MOVEMENT_COLUMNS = new Columns<StockMovementRow>({
  id: 'id',
  itemId: 'item_id',
  direction: 'direction',
  quantity: 'quantity',
  stockAfter: 'stock_after',
  reason: 'reason',
  requestId: 'request_id',
  at: 'at',
  by: 'by',
});

const ACCEPTANCE_COLUMNS = new Columns<EquipmentAcceptanceRow>({
  movementId: 'movement_id',
  itemId: 'item_id',
  quantity: 'quantity',
  unitPriceFen: ['unit_price_fen', 'number'],
  assetCategory: 'asset_category',
  acceptedOn: ['accepted_on', 'date'],
  acceptors: 'acceptors',
  location: 'location',
  keeperName: 'keeper_name',
  assetNumbers: 'asset_numbers',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

/** The only place that speaks SQL for 办公用品: the catalogue, the stock movements and the 申领. */
@Injectable()
export class OfficeSuppliesRepository {
  private readonly items: Table<SupplyItemRow>;
  private readonly requests: Table<SupplyRequestRow>;
  private readonly movements: Table<StockMovementRow>;
  private readonly acceptances: string;
  private readonly lines: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.items = new Table(`"${schema}".supply_item`, ITEM_COLUMNS);
    this.requests = new Table(`"${schema}".supply_request`, REQUEST_COLUMNS);
    this.movements = new Table(`"${schema}".stock_movement`, MOVEMENT_COLUMNS);
    this.acceptances = `"${schema}".equipment_acceptance`;
    this.lines = `"${schema}".supply_request_line`;
  }

  findItem(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<SupplyItemRow | null> {
    return this.items.find(manager, id, forUpdate);
  }

  /** The items of a request, locked in id order (so that two approvals touching the same items cannot deadlock). */
  async lockItems(ids: string[], manager: EntityManager): Promise<SupplyItemRow[]> {
    const rows = (await manager.query(`SELECT ${this.items.select()} FROM ${this.items.name} WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids])) as Record<string, unknown>[];
    return rows.map((row) => ITEM_COLUMNS.read(row));
  }

  async insertItem(row: SupplyItemRow, manager: EntityManager): Promise<void> {
    await this.items.insert(manager, row);
  }

  saveItemIfVersion(row: SupplyItemRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.items.saveIfVersion(manager, row, expectedVersion);
  }

  async insertMovement(row: StockMovementRow, manager: EntityManager): Promise<void> {
    await this.movements.insert(manager, row);
  }

  async insertAcceptance(row: EquipmentAcceptanceRow, manager: EntityManager): Promise<void> {
    await manager.query(...ACCEPTANCE_COLUMNS.insert(this.acceptances, row));
  }

  /** The acceptance of an equipment 入库, locked when `forUpdate`. */
  async findAcceptance(movementId: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<EquipmentAcceptanceRow | null> {
    const rows = (await manager.query(`SELECT ${ACCEPTANCE_COLUMNS.select()} FROM ${this.acceptances} WHERE movement_id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [movementId])) as Record<string, unknown>[];
    return rows.length ? ACCEPTANCE_COLUMNS.read(rows[0]) : null;
  }

  /** Adds a card number 财务科 reported for one unit (kept once, in order). */
  async addAssetNumber(movementId: string, assetNumber: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE ${this.acceptances} SET asset_numbers = array_append(asset_numbers, $2::text) WHERE movement_id = $1 AND NOT ($2::text = ANY (asset_numbers))`,
      [movementId, assetNumber],
    );
  }

  async movementsOf(itemId: string): Promise<StockMovementWithAcceptance[]> {
    const rows = (await this.dataSource.query(`SELECT ${this.movements.select()} FROM ${this.movements.name} WHERE item_id = $1 ORDER BY at DESC, id LIMIT 100`, [itemId])) as Record<string, unknown>[];
    const accepted = (await this.dataSource.query(`SELECT ${ACCEPTANCE_COLUMNS.select()} FROM ${this.acceptances} WHERE item_id = $1`, [itemId])) as Record<string, unknown>[];
    const acceptanceOf = new Map(accepted.map((row) => ACCEPTANCE_COLUMNS.read(row)).map((row) => [row.movementId, row]));
    return rows.map((row) => MOVEMENT_COLUMNS.read(row)).map((row) => ({ ...row, acceptance: acceptanceOf.get(row.id) ?? null }));
  }

  searchItems(query: ListSupplyItems.Request & { limit: number; offset: number; onlyActive?: boolean }): Promise<Paged<SupplyItemRow>> {
    const where = new Conditions()
      .when(query.onlyActive ? 'active' : query.status, 'status = ?')
      .when(query.category, 'category = ?')
      .when(query.lowStock, '(stock <= low_stock_threshold) = ?::boolean')
      .search(query.q, 'name', 'spec');
    return selectPage(this.dataSource, { columns: this.items.select(), from: this.items.name, where, orderBy: 'category, name, id', limit: query.limit, offset: query.offset }, (row) =>
      ITEM_COLUMNS.read(row),
    );
  }

  findRequest(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<SupplyRequestRow | null> {
    return this.requests.find(manager, id, forUpdate);
  }

  async insertRequest(row: SupplyRequestRow, lines: { itemId: string; quantity: number }[], manager: EntityManager): Promise<void> {
    await this.requests.insert(manager, row);
    for (const line of lines) await manager.query(`INSERT INTO ${this.lines} (request_id, item_id, quantity) VALUES ($1, $2, $3)`, [row.id, line.itemId, line.quantity]);
  }

  saveRequestIfVersion(row: SupplyRequestRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.requests.saveIfVersion(manager, row, expectedVersion);
  }

  async linesOf(requestIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, RequestLineRow[]>> {
    const rows = (await manager.query(
      `SELECT l.request_id AS "requestId", l.item_id AS "itemId", i.name AS "itemName", i.unit, l.quantity FROM ${this.lines} l JOIN ${this.items.name} i ON i.id = l.item_id WHERE l.request_id = ANY($1::uuid[]) ORDER BY i.name, l.item_id`,
      [requestIds],
    )) as (RequestLineRow & { requestId: string })[];
    const byRequest = new Map<string, RequestLineRow[]>();
    for (const { requestId, ...line } of rows) byRequest.set(requestId, [...(byRequest.get(requestId) ?? []), line]);
    return byRequest;
  }

  searchRequests(query: ListSupplyRequests.Request & { limit: number; offset: number; onlySection?: string }): Promise<Paged<SupplyRequestRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.onlySection, 'section_code = ?');
    return selectPage(this.dataSource, { columns: this.requests.select(), from: this.requests.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      REQUEST_COLUMNS.read(row),
    );
  }
}
