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
import { DATA_SOURCE, SCHEMA, selectPage, Columns, Table } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { VERSIONED_RECORD_COLUMNS, VERSIONED_RECORD_KINDS, type VersionedRecordRow } from '../../common/audit-columns.js';
import { visibleTo } from '../../common/access.js';

export interface TaskRow extends VersionedRecordRow {
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

export interface TopicRow extends VersionedRecordRow {
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
  ...VERSIONED_RECORD_COLUMNS,
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
  ...VERSIONED_RECORD_COLUMNS,
];


/** The only place that speaks SQL for 文稿起草 and the research plan. Dates are read as `YYYY-MM-DD` text. */
@Injectable()
export class DraftingRepository {
  private readonly tasks: Table<TaskRow>;
  private readonly topics: Table<TopicRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.tasks = new Table<TaskRow>(
      this.t('drafting_task'),
      Columns.named<TaskRow>(TASK_COLUMNS, { ...VERSIONED_RECORD_KINDS, reviewers: 'json', deadline_explanation: 'json', due_date: 'date', deadline_from: 'date' }),
    );
    this.topics = new Table<TopicRow>(this.t('research_topic'), Columns.named<TopicRow>(TOPIC_COLUMNS, VERSIONED_RECORD_KINDS));
  }

  private t(table: string): string {
    return `"${this.schema}".${table}`;
  }

  async insertTask(row: TaskRow, manager: EntityManager): Promise<void> {
    await this.tasks.insert(manager, row);
  }

  async updateTask(row: TaskRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.tasks.saveIfVersion(manager, row, expectedVersion);
  }

  async findTask(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<TaskRow | null> {
    return this.tasks.find(manager, id, lock);
  }

  async searchTasks(query: ListDraftingTasks.Request & { limit: number; offset: number }, caller: CallerContext): Promise<{ items: TaskRow[]; total: number }> {
    const filters = visibleTo(caller);
    if (query.year) filters.add('year = ?', query.year);
    if (query.kind) filters.add('kind = ?', query.kind);
    if (query.section) filters.add('section = ?', query.section);
    if (query.status) filters.add('status = ?', query.status);
    if (query.overdue) filters.add('overdue = ?', query.overdue === 'true');
    filters.search(query.q, 'title');
    const { items: rows, total } = await selectPage<TaskRow>(this.dataSource, {
      columns: this.tasks.select(),
      from: this.tasks.name,
      where: filters,
      orderBy: 'due_date NULLS LAST, created_at, id',
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows, total };
  }

  /** Open tasks past their due date and not yet flagged (`today` is the Asia/Shanghai date), locked for the sweep. */
  async newlyOverdue(today: string, manager: EntityManager): Promise<TaskRow[]> {
    return manager.query(
      `SELECT ${this.tasks.select()} FROM ${this.tasks.name}
        WHERE status NOT IN ('finalized', 'cancelled') AND NOT overdue AND due_date < $1::date
        ORDER BY due_date, id FOR UPDATE SKIP LOCKED`,
      [today],
    );
  }

  /** Open tasks whose deadline is counted in working days over `year`: to re-date when that year's calendar changes. */
  async openWorkingDayDeadlinesIn(year: number, manager: EntityManager): Promise<TaskRow[]> {
    return manager.query(
      `SELECT ${this.tasks.select()} FROM ${this.tasks.name}
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
    await this.topics.insert(manager, row);
  }

  async updateTopic(row: TopicRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.topics.saveIfVersion(manager, row, expectedVersion);
  }

  async findTopic(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<TopicRow | null> {
    return this.topics.find(manager, id, lock);
  }

  /** The year's plan as the caller may see it, by quarter and section. */
  async plan(year: number, section: DraftingSection | undefined, caller: CallerContext): Promise<TopicRow[]> {
    const filters = visibleTo(caller).add('year = ?', year);
    if (section) filters.add('section = ?', section);
    return this.dataSource.query(`SELECT ${this.topics.select()} FROM ${this.topics.name} WHERE ${filters.expression} ORDER BY planned_quarter, section, created_at, id LIMIT 500`, filters.params);
  }
}
