import { Inject, Injectable } from '@nestjs/common';
import type { BranchElection, BranchKind, BranchStatus, CommitteeSeat, ElectionProcedure, ListBranches } from '@gov/contracts-party-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface BranchRow {
  id: string;
  unitId: string | null;
  name: string;
  kind: BranchKind;
  committee: CommitteeSeat[];
  termStartedOn: string;
  termExtensionMonths: number;
  themeDay: number | null;
  elections: BranchElection[];
  procedure: ElectionProcedure | null;
  status: BranchStatus;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** How many full and probationary members a branch has (from the member records). */
export interface BranchCounts {
  fullMembers: number;
  probationaryMembers: number;
}

const COLUMNS = new Columns<BranchRow>({
  id: 'id',
  unitId: 'unit_id',
  name: 'name',
  kind: 'kind',
  committee: ['committee', 'json'],
  termStartedOn: ['term_started_on', 'date'],
  termExtensionMonths: 'term_extension_months',
  themeDay: 'theme_day',
  elections: ['elections', 'json'],
  procedure: ['election_procedure', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 党组织. */
@Injectable()
export class BranchesRepository {
  private readonly table: Table<BranchRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".branch`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<BranchRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async nameTaken(name: string, exceptId: string | null, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM "${this.schema}".branch WHERE name = $1 AND status = 'active' AND id IS DISTINCT FROM $2`, [name, exceptId])) as unknown[];
    return rows.length > 0;
  }

  async insert(row: BranchRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: BranchRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The member counts of the given branches (active members only). */
  async counts(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, BranchCounts>> {
    const result = new Map<string, BranchCounts>(ids.map((id) => [id, { fullMembers: 0, probationaryMembers: 0 }]));
    if (!ids.length) return result;
    const rows = (await manager.query(
      `SELECT branch_id, count(*) FILTER (WHERE stage = 'full')::int AS full, count(*) FILTER (WHERE stage = 'probationary')::int AS probationary
         FROM "${this.schema}".member WHERE status = 'active' AND branch_id = ANY($1::uuid[]) GROUP BY branch_id`,
      [ids],
    )) as { branch_id: string; full: number; probationary: number }[];
    for (const r of rows) result.set(r.branch_id, { fullMembers: r.full, probationaryMembers: r.probationary });
    return result;
  }

  /** Every active branch (for the compliance view and the export), by name. */
  async allActive(onlyUnitId?: string): Promise<BranchRow[]> {
    const where = new Conditions().when('active', 'status = ?').when(onlyUnitId, 'unit_id = ?');
    const page = await selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'name, id', limit: 500, offset: 0 }, (row) => COLUMNS.read(row));
    return page.items;
  }

  search(query: ListBranches.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<BranchRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.onlyUnitId, 'unit_id = ?').search(query.q, 'name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: "kind = 'branch', name, id", limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
