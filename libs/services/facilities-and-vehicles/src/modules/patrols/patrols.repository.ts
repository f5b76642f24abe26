import { Inject, Injectable } from '@nestjs/common';
import type { ListPatrols, PatrolStatus } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface PatrolRow {
  id: string;
  route: string;
  patrolledBy: string;
  startedAt: Date;
  endedAt: Date;
  findings: string;
  abnormal: boolean;
  status: PatrolStatus;
  voidReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<PatrolRow>({
  id: 'id',
  route: 'route',
  patrolledBy: 'patrolled_by',
  startedAt: 'started_at',
  endedAt: 'ended_at',
  findings: 'findings',
  abnormal: 'abnormal',
  status: 'status',
  voidReason: 'void_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 巡逻记录. */
@Injectable()
export class PatrolsRepository {
  private readonly table: Table<PatrolRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".patrol`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<PatrolRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: PatrolRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: PatrolRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The patrols, newest first; dates are Beijing days of the start. */
  search(query: ListPatrols.Request & { limit: number; offset: number }): Promise<Paged<PatrolRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.abnormal, 'abnormal = ?::boolean')
      .when(query.from, `(started_at AT TIME ZONE 'Asia/Shanghai')::date >= ?::date`)
      .when(query.to, `(started_at AT TIME ZONE 'Asia/Shanghai')::date <= ?::date`)
      .search(query.q, 'route', 'patrolled_by', 'findings');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'started_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
