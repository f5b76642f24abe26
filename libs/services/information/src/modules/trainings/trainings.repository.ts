import { Inject, Injectable } from '@nestjs/common';
import type { ListTrainings, TrainingStatus } from '@gov/contracts-information';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface AttendeeRow {
  unitId: string | null;
  unitName: string | null;
  name: string;
  attended: boolean;
  absenceReason: string | null;
}

export interface TrainingRow {
  id: string;
  heldOn: string;
  topic: string;
  trainer: string;
  location: string | null;
  attendees: AttendeeRow[];
  unitIds: string[];
  status: TrainingStatus;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<TrainingRow>({
  id: 'id',
  heldOn: ['held_on', 'date'],
  topic: 'topic',
  trainer: 'trainer',
  location: 'location',
  attendees: ['attendees', 'json'],
  unitIds: ['unit_ids', 'uuid[]'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 培训. */
@Injectable()
export class TrainingsRepository {
  private readonly table: Table<TrainingRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".training`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<TrainingRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: TrainingRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: TrainingRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListTrainings.Request & { limit: number; offset: number }): Promise<Paged<TrainingRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.year, 'extract(year FROM held_on) = ?')
      .search(query.q, 'topic');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'held_on DESC, id', limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }
}
