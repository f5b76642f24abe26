import { Inject, Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import type {
  DraftingKind,
  DraftingSection,
  DraftingStatus,
  LeaderTitle,
  ListDraftingTasks,
  PersonRef,
  ResearchTopicStatus,
  ReviewVerdict,
} from '@gov/contracts-document-secretariat';
import { DATA_SOURCE, SCHEMA } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { visibilitySql } from '../../common/access.js';

export interface TaskRow {
  id: string;
  year: number;
  kind: DraftingKind;
  title: string;
  brief: string | null;
  section: DraftingSection;
  author_user_id: string;
  author_name: string;
  leader_user_id: string;
  leader_name: string;
  leader_title: LeaderTitle;
  reviewers: PersonRef[];
  status: DraftingStatus;
  due_date: string | null;
  deadline_basis: 'none' | 'date' | 'working_days';
  deadline_from: string | null;
  deadline_working_days: number | null;
  deadline_explanation: string[];
  deadline_provisional: boolean;
  overdue: boolean;
  final_version_no: number | null;
  research_topic_id: string | null;
  cancellation_reason: string | null;
  secrecy_level: number;
  secrecy_period: string | null;
  copy_number: string | null;
  unit_ids: string[];
  user_ids: string[];
  version: number;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

export interface ReviewRow {
  id: string;
  task_id: string;
  version_no: number;
  reviewer_user_id: string;
  reviewer_name: string;
  verdict: ReviewVerdict;
  opinion: string;
  at: Date;
}

export interface TopicRow {
  id: string;
  year: number;
  title: string;
  description: string | null;
  lead_leader_user_id: string;
  lead_leader_name: string;
  lead_leader_title: LeaderTitle;
  section: DraftingSection;
  responsible_user_id: string;
  responsible_name: string;
  planned_quarter: number;
  status: ResearchTopicStatus;
  report_task_id: string | null;
  secrecy_level: number;
  secrecy_period: string | null;
  copy_number: string | null;
  unit_ids: string[];
  user_ids: string[];
  version: number;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

const TASK_COLUMNS: (keyof TaskRow)[] = [
  'id',
  'year',
  'kind',
  'title',
  'brief',
  'section',
  'author_user_id',
  'author_name',
  'leader_user_id',
  'leader_name',
  'leader_title',
  'reviewers',
  'status',
  'due_date',
  'deadline_basis',
  'deadline_from',
  'deadline_working_days',
  'deadline_explanation',
  'deadline_provisional',
  'overdue',
  'final_version_no',
  'research_topic_id',
  'cancellation_reason',
  'secrecy_level',
  'secrecy_period',
  'copy_number',
  'unit_ids',
  'user_ids',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
];

const TOPIC_COLUMNS: (keyof TopicRow)[] = [
  'id',
  'year',
  'title',
  'description',
  'lead_leader_user_id',
  'lead_leader_name',
  'lead_leader_title',
  'section',
  'responsible_user_id',
  'responsible_name',
  'planned_quarter',
  'status',
  'report_task_id',
  'secrecy_level',
  'secrecy_period',
  'copy_number',
  'unit_ids',
  'user_ids',
  'version',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
];

const JSON_COLUMNS = new Set<string>(['reviewers', 'deadline_explanation']);
const ARRAY_COLUMNS = new Set<string>(['unit_ids', 'user_ids']);
const DATE_COLUMNS = new Set<string>(['due_date', 'deadline_from']);

const select = (columns: readonly string[], alias = '') =>
  columns.map((c) => (DATE_COLUMNS.has(c) ? `to_char(${alias}${c}, 'YYYY-MM-DD') AS ${c}` : `${alias}${c}`)).join(', ');
const placeholder = (c: string, i: number) => `$${i}${ARRAY_COLUMNS.has(c) ? '::uuid[]' : ''}`;
const value = (row: object, c: string) => {
  const v = (row as Record<string, unknown>)[c];
  return JSON_COLUMNS.has(c) ? JSON.stringify(v) : v;
};

/** The only place that speaks SQL for 文稿起草 and the research plan. Dates are read as `YYYY-MM-DD` text. */
@Injectable()
export class DraftingRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  async insertTask(row: TaskRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('drafting_task')} (${TASK_COLUMNS.join(', ')}) VALUES (${TASK_COLUMNS.map((c, i) => placeholder(c, i + 1)).join(', ')})`,
      TASK_COLUMNS.map((c) => value(row, c)),
    );
  }

  async updateTask(row: TaskRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const columns = TASK_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at' && c !== 'created_by');
    const [, affected] = await manager.query(
      `UPDATE ${this.t('drafting_task')} SET ${columns.map((c, i) => `${c} = ${placeholder(c, i + 3)}`).join(', ')} WHERE id = $1 AND version = $2`,
      [row.id, expectedVersion, ...columns.map((c) => value(row, c))],
    );
    return affected === 1;
  }

  async findTask(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<TaskRow | null> {
    const [row] = await manager.query(`SELECT ${select(TASK_COLUMNS)} FROM ${this.t('drafting_task')} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  async searchTasks(query: ListDraftingTasks.Request & { limit: number; offset: number }, caller: CallerContext): Promise<{ items: TaskRow[]; total: number }> {
    const visibility = visibilitySql(caller, 1);
    const where = [visibility.sql];
    const params: unknown[] = [...visibility.params];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.year) add('year = ?', query.year);
    if (query.kind) add('kind = ?', query.kind);
    if (query.section) add('section = ?', query.section);
    if (query.status) add('status = ?', query.status);
    if (query.overdue) add('overdue = ?', query.overdue === 'true');
    if (query.q?.trim()) add(`title ILIKE ? ESCAPE '\\'`, `%${query.q.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    const filter = where.join(' AND ');
    params.push(query.limit, query.offset);
    const rows: (TaskRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${select(TASK_COLUMNS)}, count(*) OVER () AS total FROM ${this.t('drafting_task')} WHERE ${filter}
        ORDER BY due_date NULLS LAST, created_at, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [count] = await this.dataSource.query(`SELECT count(*) AS total FROM ${this.t('drafting_task')} WHERE ${filter}`, params.slice(0, -2));
      total = Number(count.total);
    }
    return { items: rows, total };
  }

  /** Open tasks past their due date and not yet flagged (`today` is the Asia/Shanghai date), locked for the sweep. */
  async newlyOverdue(today: string, manager: EntityManager): Promise<TaskRow[]> {
    return manager.query(
      `SELECT ${select(TASK_COLUMNS)} FROM ${this.t('drafting_task')}
        WHERE status NOT IN ('finalized', 'cancelled') AND NOT overdue AND due_date < $1::date
        ORDER BY due_date, id FOR UPDATE SKIP LOCKED`,
      [today],
    );
  }

  /** Open tasks whose deadline is counted in working days over `year`: to re-date when that year's calendar changes. */
  async openWorkingDayDeadlinesIn(year: number, manager: EntityManager): Promise<TaskRow[]> {
    return manager.query(
      `SELECT ${select(TASK_COLUMNS)} FROM ${this.t('drafting_task')}
        WHERE status NOT IN ('finalized', 'cancelled') AND deadline_basis = 'working_days'
          AND (extract(year FROM deadline_from) = $1 OR extract(year FROM due_date) = $1)
        FOR UPDATE`,
      [year],
    );
  }

  async insertReview(row: ReviewRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('drafting_review')} (id, task_id, version_no, reviewer_user_id, reviewer_name, verdict, opinion, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.id, row.task_id, row.version_no, row.reviewer_user_id, row.reviewer_name, row.verdict, row.opinion, row.at],
    );
  }

  async reviewsOf(taskId: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewRow[]> {
    return manager.query(`SELECT * FROM ${this.t('drafting_review')} WHERE task_id = $1 ORDER BY at, id`, [taskId]);
  }

  async insertTopic(row: TopicRow, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.t('research_topic')} (${TOPIC_COLUMNS.join(', ')}) VALUES (${TOPIC_COLUMNS.map((c, i) => placeholder(c, i + 1)).join(', ')})`,
      TOPIC_COLUMNS.map((c) => value(row, c)),
    );
  }

  async updateTopic(row: TopicRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const columns = TOPIC_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at' && c !== 'created_by');
    const [, affected] = await manager.query(
      `UPDATE ${this.t('research_topic')} SET ${columns.map((c, i) => `${c} = ${placeholder(c, i + 3)}`).join(', ')} WHERE id = $1 AND version = $2`,
      [row.id, expectedVersion, ...columns.map((c) => value(row, c))],
    );
    return affected === 1;
  }

  async findTopic(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<TopicRow | null> {
    const [row] = await manager.query(`SELECT ${select(TOPIC_COLUMNS)} FROM ${this.t('research_topic')} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  /** The year's plan as the caller may see it, by quarter and section. */
  async plan(year: number, section: DraftingSection | undefined, caller: CallerContext): Promise<TopicRow[]> {
    const visibility = visibilitySql(caller, 1);
    const params: unknown[] = [...visibility.params, year];
    let filter = `${visibility.sql} AND year = $${params.length}`;
    if (section) {
      params.push(section);
      filter += ` AND section = $${params.length}`;
    }
    return this.dataSource.query(`SELECT ${select(TOPIC_COLUMNS)} FROM ${this.t('research_topic')} WHERE ${filter} ORDER BY planned_quarter, section, created_at, id LIMIT 500`, params);
  }
}
