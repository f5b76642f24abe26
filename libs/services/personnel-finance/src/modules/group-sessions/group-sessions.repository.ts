import { Inject, Injectable } from '@nestjs/common';
import type { GroupSessionKind, GroupSessionStatus, ListGroupSessions, PreparationView, RectificationView, Speech } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

export interface GroupSessionRow {
  id: string;
  kind: GroupSessionKind;
  topic: string;
  plannedOn: string;
  chairName: string;
  members: string[];
  preparation: PreparationView[];
  heldOn: string | null;
  attendees: string[];
  absentees: string[];
  speeches: Speech[];
  rectifications: RectificationView[];
  status: GroupSessionStatus;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<GroupSessionRow>({
  id: 'id',
  kind: 'kind',
  topic: 'topic',
  plannedOn: ['planned_on', 'date'],
  chairName: 'chair_name',
  members: ['members', 'json'],
  preparation: ['preparation', 'json'],
  heldOn: ['held_on', 'date'],
  attendees: ['attendees', 'json'],
  absentees: ['absentees', 'json'],
  speeches: ['speeches', 'json'],
  rectifications: ['rectifications', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 中心组学习、民主生活会. */
@Injectable()
export class GroupSessionsRepository {
  private readonly table: Table<GroupSessionRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".group_session`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<GroupSessionRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: GroupSessionRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: GroupSessionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListGroupSessions.Request & { limit: number; offset: number }): Promise<Paged<GroupSessionRow>> {
    const where = new Conditions().when(query.status, 'status = ?').when(query.kind, 'kind = ?').search(query.q, 'topic');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'planned_on DESC, id', limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }
}
