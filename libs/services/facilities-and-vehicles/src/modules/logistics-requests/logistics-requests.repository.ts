import { Inject, Injectable } from '@nestjs/common';
import type { ListLogisticsRequests, LogisticsCategory, LogisticsRequestStatus, Urgency } from '@gov/contracts-facilities-and-vehicles';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { LogisticsRule } from './logistics-requests.rules.js';

export interface LogisticsRequestRow {
  id: string;
  unitId: string | null;
  requesterId: string;
  requesterName: string;
  category: LogisticsCategory;
  urgency: Urgency;
  location: string;
  description: string;
  photoFileIds: string[];
  status: LogisticsRequestStatus;
  submittedAt: Date;
  responseDueAt: Date;
  completionDueAt: Date;
  dueExplanation: string[];
  deadlineRule: string;
  assignee: string | null;
  assignedAt: Date | null;
  completedAt: Date | null;
  completionNote: string | null;
  satisfaction: number | null;
  feedback: string | null;
  reason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface LogisticsHistoryRow {
  step: string;
  actor: string;
  at: Date;
  note: string | null;
}

export type LogisticsRuleRow = LogisticsRule & { createdBy: string };

const COLUMNS = new Columns<LogisticsRequestRow>({
  id: 'id',
  unitId: 'unit_id',
  requesterId: 'requester_id',
  requesterName: 'requester_name',
  category: 'category',
  urgency: 'urgency',
  location: 'location',
  description: 'description',
  photoFileIds: ['photo_file_ids', 'uuid[]'],
  status: 'status',
  submittedAt: 'submitted_at',
  responseDueAt: 'response_due_at',
  completionDueAt: 'completion_due_at',
  dueExplanation: ['due_explanation', 'json'],
  deadlineRule: 'deadline_rule',
  assignee: 'assignee',
  assignedAt: 'assigned_at',
  completedAt: 'completed_at',
  completionNote: 'completion_note',
  satisfaction: 'satisfaction',
  feedback: 'feedback',
  reason: 'reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const RULE_COLUMNS = new Columns<LogisticsRuleRow>({
  id: 'id',
  urgency: 'urgency',
  responseAmount: 'response_amount',
  responseUnit: 'response_unit',
  completionAmount: 'completion_amount',
  completionUnit: 'completion_unit',
  effectiveFrom: ['effective_from', 'date'],
  source: 'source',
  createdAt: 'created_at',
  createdBy: 'created_by',
});

/** The only place that speaks SQL for 后勤服务申请. */
@Injectable()
export class LogisticsRequestsRepository {
  private readonly table: Table<LogisticsRequestRow>;
  private readonly rules: Table<LogisticsRuleRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".logistics_request`, COLUMNS);
    this.rules = new Table(`"${schema}".logistics_rule`, RULE_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<LogisticsRequestRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: LogisticsRequestRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  saveIfVersion(row: LogisticsRequestRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The requests still waiting on a deadline (待派单, 处理中), locked for the re-dating of a calendar change. */
  async openForUpdate(manager: EntityManager): Promise<LogisticsRequestRow[]> {
    const rows = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status IN ('submitted', 'assigned') ORDER BY submitted_at, id FOR UPDATE`)) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  async addHistory(requestId: string, version: number, step: string, actor: string, at: Date, note: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".logistics_request_history (request_id, version, step, actor, at, note) VALUES ($1, $2, $3, $4, $5, $6)`, [requestId, version, step, actor, at, note]);
  }

  async history(requestId: string): Promise<LogisticsHistoryRow[]> {
    const rows = (await this.dataSource.query(`SELECT step, actor, at, note FROM "${this.schema}".logistics_request_history WHERE request_id = $1 ORDER BY id`, [requestId])) as LogisticsHistoryRow[];
    return rows.map((r) => ({ ...r, at: new Date(r.at) }));
  }

  search(query: ListLogisticsRequests.Request & { limit: number; offset: number; onlyUnitId?: string; onlyRequesterId?: string }): Promise<Paged<LogisticsRequestRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.category, 'category = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .when(query.onlyRequesterId, 'requester_id = ?')
      .search(query.q, 'location', 'description');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'submitted_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }

  /** The requests submitted on the days [from, to] (Asia/Shanghai), not withdrawn, for the statistics. */
  async submittedBetween(from: string, to: string): Promise<LogisticsRequestRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${this.table.select()} FROM ${this.table.name}
        WHERE status <> 'withdrawn' AND (submitted_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date ORDER BY submitted_at`,
      [from, to],
    )) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  async ruleVersions(manager: EntityManager = this.dataSource.manager): Promise<LogisticsRuleRow[]> {
    const rows = (await manager.query(`SELECT ${this.rules.select()} FROM ${this.rules.name} ORDER BY urgency, effective_from, created_at`)) as Record<string, unknown>[];
    return rows.map((row) => RULE_COLUMNS.read(row));
  }

  async insertRule(row: LogisticsRuleRow, manager: EntityManager): Promise<void> {
    await this.rules.insert(manager, row);
  }
}
