import { Inject, Injectable } from '@nestjs/common';
import type { Absence, LifeMeetingKind, LifeMeetingStatus, ListLifeMeetings } from '@gov/contracts-party-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged, type WaitingStep } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface LifeMeetingRow {
  id: string;
  branchId: string;
  unitId: string | null;
  kind: LifeMeetingKind;
  heldOn: string;
  topic: string;
  expected: number;
  absences: Absence[];
  minutes: string;
  status: LifeMeetingStatus;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export type LifeMeetingWithBranch = LifeMeetingRow & { branchName: string };

const COLUMNS = new Columns<LifeMeetingRow>({
  id: 'id',
  branchId: 'branch_id',
  unitId: 'unit_id',
  kind: 'kind',
  heldOn: ['held_on', 'date'],
  topic: 'topic',
  expected: 'expected',
  absences: ['absences', 'json'],
  minutes: 'minutes',
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

export interface BranchOfMeeting {
  id: string;
  name: string;
  unitId: string | null;
  kind: string;
  status: string;
  termStartedOn: string;
}

/** The only place that speaks SQL for 组织生活. */
@Injectable()
export class LifeMeetingsRepository {
  private readonly table: Table<LifeMeetingRow>;
  private readonly joined: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".life_meeting`, COLUMNS);
    this.joined = `"${schema}".life_meeting l JOIN "${schema}".branch b ON b.id = l.branch_id`;
  }

  private read(row: Record<string, unknown>): LifeMeetingWithBranch {
    return { ...COLUMNS.read(row), branchName: row.branchName as string };
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<LifeMeetingWithBranch | null> {
    const rows = (await manager.query(`SELECT ${COLUMNS.select('l')}, b.name AS "branchName" FROM ${this.joined} WHERE l.id = $1${forUpdate ? ' FOR UPDATE OF l' : ''}`, [id])) as Record<string, unknown>[];
    return rows.length ? this.read(rows[0]) : null;
  }

  async branch(id: string, manager: EntityManager = this.dataSource.manager): Promise<BranchOfMeeting | null> {
    const rows = (await manager.query(`SELECT id, name, unit_id AS "unitId", kind, status, to_char(term_started_on, 'YYYY-MM-DD') AS "termStartedOn" FROM "${this.schema}".branch WHERE id = $1`, [id])) as BranchOfMeeting[];
    return rows[0] ?? null;
  }

  /** The active branches (kind 支部), optionally one or one unit's. */
  async activeBranches(onlyUnitId?: string, branchId?: string): Promise<BranchOfMeeting[]> {
    const where = new Conditions().when('active', 'status = ?').when('branch', 'kind = ?').when(onlyUnitId, 'unit_id = ?').when(branchId, 'id = ?');
    const page = await selectPage<BranchOfMeeting>(this.dataSource, {
      columns: `id, name, unit_id AS "unitId", kind, status, to_char(term_started_on, 'YYYY-MM-DD') AS "termStartedOn"`,
      from: `"${this.schema}".branch`,
      where,
      orderBy: 'name, id',
      limit: 500,
      offset: 0,
    });
    return page.items;
  }

  /** The recorded meetings of the branches between two days (for the compliance view). */
  async heldBetween(branchIds: readonly string[], from: string, to: string): Promise<{ branchId: string; kind: LifeMeetingKind; heldOn: string }[]> {
    if (!branchIds.length) return [];
    return (await this.dataSource.query(
      `SELECT branch_id AS "branchId", kind, to_char(held_on, 'YYYY-MM-DD') AS "heldOn" FROM "${this.schema}".life_meeting
        WHERE status = 'recorded' AND branch_id = ANY($1::uuid[]) AND held_on BETWEEN $2 AND $3`,
      [branchIds, from, to],
    )) as { branchId: string; kind: LifeMeetingKind; heldOn: string }[];
  }

  /** The recorded meetings of one branch held on or after `from` (for what it owes). */
  async heldSince(branchId: string, from: string, manager: EntityManager): Promise<{ kind: LifeMeetingKind; heldOn: string }[]> {
    return (await manager.query(
      `SELECT kind, to_char(held_on, 'YYYY-MM-DD') AS "heldOn" FROM "${this.schema}".life_meeting WHERE status = 'recorded' AND branch_id = $1 AND held_on >= $2`,
      [branchId, from],
    )) as { kind: LifeMeetingKind; heldOn: string }[];
  }

  /** The 待办 last published for a branch, locked for this transaction (none yet: version 0). */
  async dueState(branchId: string, manager: EntityManager): Promise<{ steps: WaitingStep[]; version: number }> {
    await manager.query(`INSERT INTO "${this.schema}".life_due_state (branch_id, steps, version, updated_at) VALUES ($1, '[]', 0, now()) ON CONFLICT (branch_id) DO NOTHING`, [branchId]);
    const [row] = (await manager.query(`SELECT steps, version FROM "${this.schema}".life_due_state WHERE branch_id = $1 FOR UPDATE`, [branchId])) as { steps: WaitingStep[]; version: number }[];
    return row;
  }

  async saveDueState(branchId: string, steps: readonly WaitingStep[], version: number, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "${this.schema}".life_due_state SET steps = $2, version = $3, updated_at = now() WHERE branch_id = $1`, [branchId, JSON.stringify(steps), version]);
  }

  async insert(row: LifeMeetingRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: LifeMeetingRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  search(query: ListLifeMeetings.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<LifeMeetingWithBranch>> {
    const where = new Conditions()
      .when(query.status, 'l.status = ?')
      .when(query.kind, 'l.kind = ?')
      .when(query.branchId, 'l.branch_id = ?')
      .when(query.onlyUnitId, 'l.unit_id = ?')
      .search(query.q, 'l.topic');
    return selectPage(
      this.dataSource,
      { columns: `${COLUMNS.select('l')}, b.name AS "branchName"`, from: this.joined, where, orderBy: 'l.held_on DESC, l.created_at DESC, l.id', limit: query.limit, offset: query.offset },
      (row) => this.read(row),
    );
  }
}
