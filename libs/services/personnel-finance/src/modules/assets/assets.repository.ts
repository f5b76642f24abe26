import { Inject, Injectable } from '@nestjs/common';
import type {
  AssetCategory,
  AssetDisposal,
  AssetInventoryLine,
  AssetPurchaseAcceptance,
  AssetPurchaseApproval,
  AssetPurchaseBuying,
  AssetPurchaseStatus,
  AssetStatus,
  AssetTransfer,
  InventoryStatus,
  ListAssetPurchases,
  ListAssets,
} from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

interface Recorded {
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}
const RECORDED = { version: 'version', createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at', updatedBy: 'updated_by' } as const;

export interface AssetPurchaseRow extends Recorded {
  id: string;
  number: string;
  name: string;
  category: AssetCategory;
  estimatedFen: number;
  purpose: string;
  status: AssetPurchaseStatus;
  approval: AssetPurchaseApproval | null;
  purchase: AssetPurchaseBuying | null;
  acceptance: AssetPurchaseAcceptance | null;
  assetId: string | null;
  reason: string | null;
  /** Set when another service accepted the purchase (机关事务管理科's 设备购置验收): its app, record and unit. */
  sourceApp: string | null;
  sourceId: string | null;
  sourceUnit: number | null;
  timeline: TimelineEntry[];
}

export interface AssetRow extends Recorded {
  id: string;
  number: string;
  category: AssetCategory;
  name: string;
  valueFen: number;
  acquiredOn: string;
  location: string;
  keeperStaffMemberId: string | null;
  keeperName: string;
  status: AssetStatus;
  purchaseId: string | null;
  transfers: AssetTransfer[];
  disposal: AssetDisposal | null;
  disposedOn: string | null;
  timeline: TimelineEntry[];
}

export interface AssetInventoryRow extends Recorded {
  id: string;
  title: string;
  asOf: string;
  status: InventoryStatus;
  lines: AssetInventoryLine[];
  timeline: TimelineEntry[];
}

const PURCHASE_COLUMNS = new Columns<AssetPurchaseRow>({
  id: 'id',
  number: 'number',
  name: 'name',
  category: 'category',
  estimatedFen: ['estimated_fen', 'number'],
  purpose: 'purpose',
  status: 'status',
  approval: ['approval', 'json'],
  purchase: ['purchase', 'json'],
  acceptance: ['acceptance', 'json'],
  assetId: 'asset_id',
  reason: 'reason',
  sourceApp: 'source_app',
  sourceId: 'source_id',
  sourceUnit: 'source_unit',
  timeline: ['timeline', 'json'],
  ...RECORDED,
});

const ASSET_COLUMNS = new Columns<AssetRow>({
  id: 'id',
  number: 'number',
  category: 'category',
  name: 'name',
  valueFen: ['value_fen', 'number'],
  acquiredOn: ['acquired_on', 'date'],
  location: 'location',
  keeperStaffMemberId: 'keeper_staff_member_id',
  keeperName: 'keeper_name',
  status: 'status',
  purchaseId: 'purchase_id',
  transfers: ['transfers', 'json'],
  disposal: ['disposal', 'json'],
  disposedOn: ['disposed_on', 'date'],
  timeline: ['timeline', 'json'],
  ...RECORDED,
});

const INVENTORY_COLUMNS = new Columns<AssetInventoryRow>({
  id: 'id',
  title: 'title',
  asOf: ['as_of', 'date'],
  status: 'status',
  lines: ['lines', 'json'],
  timeline: ['timeline', 'json'],
  ...RECORDED,
});

/** One category's figures for a period, straight from SQL. */
export interface AssetReportFigures {
  category: AssetCategory;
  count: number;
  valueFen: number;
  additions: number;
  additionsFen: number;
  disposals: number;
  disposalsFen: number;
}

/** The only place that speaks SQL for 国有资产. */
@Injectable()
export class AssetsRepository {
  readonly purchases: Table<AssetPurchaseRow>;
  readonly assets: Table<AssetRow>;
  readonly inventories: Table<AssetInventoryRow>;
  private readonly counters: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.purchases = new Table(`"${schema}".asset_purchase`, PURCHASE_COLUMNS);
    this.assets = new Table(`"${schema}".asset`, ASSET_COLUMNS);
    this.inventories = new Table(`"${schema}".asset_inventory`, INVENTORY_COLUMNS);
    this.counters = `"${schema}".number_counter`;
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The next number of a series (`asset-2026`, `asset-purchase-2026`), in the caller's transaction: gap-free, one writer at a time. */
  async nextNumber(series: string, manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(`INSERT INTO ${this.counters} (name, last) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET last = ${this.counters}.last + 1 RETURNING last`, [series])) as { last: number }[];
    return Number(row.last);
  }

  /** The units of another service's record already taken in (a redelivered or re-published event finds them). */
  async sourcedUnits(manager: EntityManager, app: string, sourceId: string): Promise<Set<number>> {
    const rows = (await manager.query(`SELECT source_unit FROM ${this.purchases.name} WHERE source_app = $1 AND source_id = $2`, [app, sourceId])) as { source_unit: number }[];
    return new Set(rows.map((r) => Number(r.source_unit)));
  }

  searchPurchases(query: ListAssetPurchases.Request & { limit: number; offset: number }): Promise<Paged<AssetPurchaseRow>> {
    const where = new Conditions().when(query.status, 'status = ?').search(query.q, 'name', 'number');
    return selectPage(this.dataSource, { columns: this.purchases.select(), from: this.purchases.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      PURCHASE_COLUMNS.read(row),
    );
  }

  searchAssets(query: ListAssets.Request & { limit: number; offset: number }): Promise<Paged<AssetRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.category, 'category = ?').search(query.q, 'name', 'number', 'location', 'keeper_name');
    return selectPage(this.dataSource, { columns: this.assets.select(), from: this.assets.name, where, orderBy: 'number DESC, id', limit: query.limit, offset: query.offset }, (row) => ASSET_COLUMNS.read(row));
  }

  searchInventories(query: { limit: number; offset: number }): Promise<Paged<AssetInventoryRow>> {
    return selectPage(
      this.dataSource,
      { columns: this.inventories.select(), from: this.inventories.name, where: new Conditions(), orderBy: 'as_of DESC, created_at DESC, id', limit: query.limit, offset: query.offset },
      (row) => INVENTORY_COLUMNS.read(row),
    );
  }

  /** The cards on the books at `asOf` (acquired by then, not disposed by then), by number: what an inventory checks. */
  async onBooks(asOf: string, manager: EntityManager): Promise<AssetRow[]> {
    const rows = (await manager.query(
      `SELECT ${this.assets.select()} FROM ${this.assets.name} WHERE acquired_on <= $1 AND (disposed_on IS NULL OR disposed_on > $1) ORDER BY number`,
      [asOf],
    )) as Record<string, unknown>[];
    return rows.map((row) => ASSET_COLUMNS.read(row));
  }

  /** Per category: the cards on the books at `to`, those acquired and those disposed of between `from` and `to`. */
  async report(from: string, to: string): Promise<AssetReportFigures[]> {
    const rows = (await this.dataSource.query(
      `SELECT category,
              count(*) FILTER (WHERE acquired_on <= $2 AND (disposed_on IS NULL OR disposed_on > $2))::int AS count,
              coalesce(sum(value_fen) FILTER (WHERE acquired_on <= $2 AND (disposed_on IS NULL OR disposed_on > $2)), 0)::bigint AS "valueFen",
              count(*) FILTER (WHERE acquired_on BETWEEN $1 AND $2)::int AS additions,
              coalesce(sum(value_fen) FILTER (WHERE acquired_on BETWEEN $1 AND $2), 0)::bigint AS "additionsFen",
              count(*) FILTER (WHERE disposed_on BETWEEN $1 AND $2)::int AS disposals,
              coalesce(sum(value_fen) FILTER (WHERE disposed_on BETWEEN $1 AND $2), 0)::bigint AS "disposalsFen"
         FROM ${this.assets.name} GROUP BY category`,
      [from, to],
    )) as Record<string, string | number>[];
    return rows.map((r) => ({
      category: r.category as AssetCategory,
      count: Number(r.count),
      valueFen: Number(r.valueFen),
      additions: Number(r.additions),
      additionsFen: Number(r.additionsFen),
      disposals: Number(r.disposals),
      disposalsFen: Number(r.disposalsFen),
    }));
  }
}
