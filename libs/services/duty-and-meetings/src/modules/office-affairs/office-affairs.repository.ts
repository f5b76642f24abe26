import { Inject, Injectable } from '@nestjs/common';
import type {
  ListOfficeMeetings,
  ListOfficeRules,
  ListPublicity,
  ListWorkPlanItems,
  OfficeAffairsHistoryEntry,
  OfficeMeetingAbsentee,
  OfficeMeetingDecisionView,
  OfficeMeetingStatus,
  OfficeRuleStatus,
  PublicityKind,
  PublicityLevel,
  PublicityStatus,
  WorkPlanProgressNote,
  WorkPlanStatus,
} from '@gov/contracts-duty-and-meetings';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

interface RecordStamp {
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const STAMP = { version: 'version', createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at', updatedBy: 'updated_by' } as const;

export interface OfficeMeetingRow extends RecordStamp {
  id: string;
  title: string;
  meetingDate: string;
  place: string;
  chairName: string;
  attendees: string[];
  absentees: OfficeMeetingAbsentee[];
  topics: string[];
  status: OfficeMeetingStatus;
  minutesNumber: string | null;
  minutes: string | null;
  decisions: OfficeMeetingDecisionView[];
  publishedAt: Date | null;
  withdrawalReason: string | null;
}

const MEETING = new Columns<OfficeMeetingRow>({
  id: 'id',
  title: 'title',
  meetingDate: ['meeting_date', 'date'],
  place: 'place',
  chairName: 'chair_name',
  attendees: ['attendees', 'json'],
  absentees: ['absentees', 'json'],
  topics: ['topics', 'json'],
  status: 'status',
  minutesNumber: 'minutes_number',
  minutes: 'minutes',
  decisions: ['decisions', 'json'],
  publishedAt: 'published_at',
  withdrawalReason: 'withdrawal_reason',
  ...STAMP,
});

export interface WorkPlanRow extends RecordStamp {
  id: string;
  year: number;
  month: number | null;
  content: string;
  sectionCode: string;
  dueDate: string;
  status: WorkPlanStatus;
  progress: WorkPlanProgressNote[];
}

const WORK_PLAN = new Columns<WorkPlanRow>({
  id: 'id',
  year: 'year',
  month: 'month',
  content: 'content',
  sectionCode: 'section_code',
  dueDate: ['due_date', 'date'],
  status: 'status',
  progress: ['progress', 'json'],
  ...STAMP,
});

export interface OfficeRuleRow extends RecordStamp {
  id: string;
  title: string;
  status: OfficeRuleStatus;
  repealReason: string | null;
}

const RULE = new Columns<OfficeRuleRow>({ id: 'id', title: 'title', status: 'status', repealReason: 'repeal_reason', ...STAMP });

export interface OfficeRuleVersionRow {
  ruleId: string;
  versionNo: number;
  content: string;
  effectiveDate: string;
  documentNumber: string | null;
  note: string | null;
  createdAt: Date;
  createdBy: string;
}

export interface PublicityRow extends RecordStamp {
  id: string;
  publishedOn: string;
  title: string;
  outlet: string;
  level: PublicityLevel;
  kind: PublicityKind;
  sectionCode: string;
  link: string | null;
  status: PublicityStatus;
  voidReason: string | null;
}

const PUBLICITY = new Columns<PublicityRow>({
  id: 'id',
  publishedOn: ['published_on', 'date'],
  title: 'title',
  outlet: 'outlet',
  level: 'level',
  kind: 'kind',
  sectionCode: 'section_code',
  link: 'link',
  status: 'status',
  voidReason: 'void_reason',
  ...STAMP,
});

export type OfficeAffairsRecordType = 'office_meeting' | 'work_plan' | 'office_rule' | 'publicity';

/** The only place that speaks SQL for 综合科's office affairs. */
@Injectable()
export class OfficeAffairsRepository {
  readonly meetings: Table<OfficeMeetingRow>;
  readonly workPlan: Table<WorkPlanRow>;
  readonly rules: Table<OfficeRuleRow>;
  readonly publicity: Table<PublicityRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.meetings = new Table(`"${schema}".office_meeting`, MEETING);
    this.workPlan = new Table(`"${schema}".office_work_plan_item`, WORK_PLAN);
    this.rules = new Table(`"${schema}".office_rule`, RULE);
    this.publicity = new Table(`"${schema}".office_publicity`, PUBLICITY);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The active units of the directory among `ids` (every unit named by a decided item must be one). */
  async activeUnitIds(ids: readonly string[], manager: EntityManager): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = (await manager.query(`SELECT id FROM "${this.schema}".unit WHERE id = ANY($1::uuid[]) AND status = 'active'`, [[...new Set(ids)]])) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  searchMeetings(query: ListOfficeMeetings.Request & { limit: number; offset: number }): Promise<Paged<OfficeMeetingRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.year, 'extract(year FROM meeting_date) = ?')
      .search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.meetings.select(), from: this.meetings.name, where, orderBy: 'meeting_date DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      MEETING.read(row),
    );
  }

  /** Plan items of a year (and month), with the number overdue among all that match (`today`: Beijing date). */
  async searchWorkPlan(query: ListWorkPlanItems.Request & { limit: number; offset: number; onlyOverdue: boolean }, today: string): Promise<Paged<WorkPlanRow> & { overdueCount: number }> {
    const filters = (): Conditions =>
      new Conditions()
        .add('year = ?', query.year)
        .when(query.month, 'month = ?')
        .when(query.sectionCode, 'section_code = ?')
        .when(query.status, 'status = ?');
    const where = filters();
    if (query.onlyOverdue) where.add(`status <> 'done' AND due_date < ?::date`, today);
    const page = await selectPage(this.dataSource, { columns: this.workPlan.select(), from: this.workPlan.name, where, orderBy: 'due_date, created_at, id', limit: query.limit, offset: query.offset }, (row) =>
      WORK_PLAN.read(row),
    );
    const counting = filters().add(`status <> 'done' AND due_date < ?::date`, today);
    const [count] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.workPlan.name} ${counting.clause}`, counting.params)) as { n: number }[];
    return { ...page, overdueCount: Number(count.n) };
  }

  searchRules(query: ListOfficeRules.Request & { limit: number; offset: number }): Promise<Paged<OfficeRuleRow>> {
    const where = new Conditions().when(query.status, 'status = ?').search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.rules.select(), from: this.rules.name, where, orderBy: 'updated_at DESC, id', limit: query.limit, offset: query.offset }, (row) => RULE.read(row));
  }

  async insertRuleVersion(row: OfficeRuleVersionRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".office_rule_version (rule_id, version_no, content, effective_date, document_number, note, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.ruleId, row.versionNo, row.content, row.effectiveDate, row.documentNumber, row.note, row.createdBy, row.createdAt],
    );
  }

  /** Every version of the rules, oldest first. */
  async ruleVersions(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, OfficeRuleVersionRow[]>> {
    const out = new Map<string, OfficeRuleVersionRow[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const rows = (await manager.query(
      `SELECT rule_id, version_no, content, to_char(effective_date, 'YYYY-MM-DD') AS effective_date, document_number, note, created_by, created_at
         FROM "${this.schema}".office_rule_version WHERE rule_id = ANY($1::uuid[]) ORDER BY rule_id, version_no`,
      [[...ids]],
    )) as { rule_id: string; version_no: number; content: string; effective_date: string; document_number: string | null; note: string | null; created_by: string; created_at: Date }[];
    for (const r of rows) {
      out.get(r.rule_id)?.push({
        ruleId: r.rule_id,
        versionNo: Number(r.version_no),
        content: r.content,
        effectiveDate: r.effective_date,
        documentNumber: r.document_number,
        note: r.note,
        createdAt: new Date(r.created_at),
        createdBy: r.created_by,
      });
    }
    return out;
  }

  searchPublicity(query: ListPublicity.Request & { limit: number; offset: number }): Promise<Paged<PublicityRow>> {
    const where = new Conditions()
      .when(query.year, 'extract(year FROM published_on) = ?')
      .when(query.sectionCode, 'section_code = ?')
      .when(query.level, 'level = ?')
      .when(query.kind, 'kind = ?')
      .search(query.q, 'title', 'outlet');
    return selectPage(this.dataSource, { columns: this.publicity.select(), from: this.publicity.name, where, orderBy: 'published_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      PUBLICITY.read(row),
    );
  }

  /** The section, level and state of every record of a year, for the yearly counts. */
  async publicityOfYear(year: number): Promise<{ sectionCode: string; level: PublicityLevel; voided: boolean }[]> {
    const rows = (await this.dataSource.query(`SELECT section_code, level, status FROM ${this.publicity.name} WHERE extract(year FROM published_on) = $1`, [year])) as {
      section_code: string;
      level: PublicityLevel;
      status: PublicityStatus;
    }[];
    return rows.map((r) => ({ sectionCode: r.section_code, level: r.level, voided: r.status === 'voided' }));
  }

  async addHistory(
    entry: { recordType: OfficeAffairsRecordType; recordId: string; step: string; fromStatus: string | null; toStatus: string; note: string | null; at: Date; by: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".office_affairs_history (record_type, record_id, step, from_status, to_status, note, at, by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      entry.recordType,
      entry.recordId,
      entry.step,
      entry.fromStatus,
      entry.toStatus,
      entry.note,
      entry.at,
      entry.by,
    ]);
  }

  async history(recordType: OfficeAffairsRecordType, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, OfficeAffairsHistoryEntry[]>> {
    const out = new Map<string, OfficeAffairsHistoryEntry[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const rows = (await manager.query(
      `SELECT record_id, step, from_status, to_status, note, at, by FROM "${this.schema}".office_affairs_history WHERE record_type = $1 AND record_id = ANY($2::uuid[]) ORDER BY id`,
      [recordType, [...ids]],
    )) as { record_id: string; step: string; from_status: string | null; to_status: string; note: string | null; at: Date; by: string }[];
    for (const r of rows) out.get(r.record_id)?.push({ step: r.step, fromStatus: r.from_status, toStatus: r.to_status, note: r.note, at: new Date(r.at).toISOString(), by: r.by });
    return out;
  }
}
