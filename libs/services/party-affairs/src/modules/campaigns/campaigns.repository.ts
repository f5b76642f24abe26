import { Inject, Injectable } from '@nestjs/common';
import type { CampaignBranch, CampaignCompletion, CampaignStatus, CampaignTask, ListCampaigns } from '@gov/contracts-party-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { organisationsOf, type Organisation } from '../../common/organisations.repository.js';

export interface CampaignRow {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  basisDocument: string;
  tasks: CampaignTask[];
  branches: CampaignBranch[];
  completions: CampaignCompletion[];
  unitIds: string[];
  status: CampaignStatus;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<CampaignRow>({
  id: 'id',
  name: 'name',
  startsOn: ['starts_on', 'date'],
  endsOn: ['ends_on', 'date'],
  basisDocument: 'basis_document',
  tasks: ['tasks', 'json'],
  branches: ['branches', 'json'],
  completions: ['completions', 'json'],
  unitIds: ['unit_ids', 'uuid[]'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 主题教育. */
@Injectable()
export class CampaignsRepository {
  private readonly table: Table<CampaignRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".campaign`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<CampaignRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: CampaignRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: CampaignRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  organisations(ids: readonly string[], manager: EntityManager): Promise<Organisation[]> {
    return organisationsOf(manager, this.schema, ids);
  }

  search(query: ListCampaigns.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<CampaignRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.onlyUnitId, '?::uuid = ANY(unit_ids)')
      .when(query.year ? `${query.year}-12-31` : undefined, 'starts_on <= ?')
      .when(query.year ? `${query.year}-01-01` : undefined, 'ends_on >= ?')
      .search(query.q, 'name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'starts_on DESC, id', limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }
}
