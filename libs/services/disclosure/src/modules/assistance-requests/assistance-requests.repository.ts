import { Inject, Injectable } from '@nestjs/common';
import type { AssistanceRequestStatus, ListAssistanceRequests, RequesterKind } from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface AssistanceRequestRow {
  id: string;
  requesterKind: RequesterKind;
  requester: string;
  documentNumber: string;
  receivedOn: string;
  title: string;
  matter: string;
  applicationId: string | null;
  handler: string;
  statedDueOn: string | null;
  workingDays: number | null;
  dueDate: string | null;
  dueExplanation: string[];
  status: AssistanceRequestStatus;
  repliedOn: string | null;
  replyText: string | null;
  replyAttachments: string[];
  repliedBy: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<AssistanceRequestRow>({
  id: 'id',
  requesterKind: 'requester_kind',
  requester: 'requester',
  documentNumber: 'document_number',
  receivedOn: ['received_on', 'date'],
  title: 'title',
  matter: 'matter',
  applicationId: 'application_id',
  handler: 'handler',
  statedDueOn: ['stated_due_on', 'date'],
  workingDays: ['working_days', 'number'],
  dueDate: ['due_date', 'date'],
  dueExplanation: ['due_explanation', 'json'],
  status: 'status',
  repliedOn: ['replied_on', 'date'],
  replyText: 'reply_text',
  replyAttachments: ['reply_attachments', 'json'],
  repliedBy: 'replied_by',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 协助调查件. */
@Injectable()
export class AssistanceRequestsRepository {
  private readonly table: Table<AssistanceRequestRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".assistance_request`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<AssistanceRequestRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: AssistanceRequestRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: AssistanceRequestRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The requests awaiting a reply within working days, whose deadline a calendar change may move, locked. */
  async awaitingForRedating(manager: EntityManager): Promise<AssistanceRequestRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status = 'received' AND working_days IS NOT NULL ORDER BY id FOR UPDATE`);
    return rows.map((r) => COLUMNS.read(r));
  }

  search(query: ListAssistanceRequests.Request & { limit: number; offset: number; overdueBefore?: string }): Promise<Paged<AssistanceRequestRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.requesterKind, 'requester_kind = ?')
      .when(query.overdueBefore, `status = 'received' AND due_date < ?::date`)
      .search(query.q, 'title', 'requester', 'document_number');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'received_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
