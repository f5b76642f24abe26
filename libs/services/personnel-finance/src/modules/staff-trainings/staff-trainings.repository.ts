import { Inject, Injectable } from '@nestjs/common';
import type { ListTrainingPlans, ListTrainingSessions, TrainingAttendee, TrainingKind, TrainingPlanStatus, TrainingSessionStatus } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

interface Recorded {
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}
const RECORDED = { version: 'version', createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at', updatedBy: 'updated_by' } as const;

export interface TrainingPlanRow extends Recorded {
  id: string;
  year: number;
  title: string;
  kind: TrainingKind;
  plannedHours: number;
  note: string | null;
  status: TrainingPlanStatus;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
}

export interface TrainingSessionRow extends Recorded {
  id: string;
  planId: string;
  title: string;
  heldOn: string;
  hours: number;
  days: number;
  organiser: string;
  attendees: TrainingAttendee[];
  status: TrainingSessionStatus;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
}

/** A recorded session with its plan's kind, for the hours per person. */
export interface SessionForHours {
  kind: TrainingKind;
  hours: number;
  days: number;
  attendees: TrainingAttendee[];
}

const PLAN_COLUMNS = new Columns<TrainingPlanRow>({
  id: 'id',
  year: ['year', 'number'],
  title: 'title',
  kind: 'kind',
  plannedHours: ['planned_hours', 'number'],
  note: 'note',
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  ...RECORDED,
});

const SESSION_COLUMNS = new Columns<TrainingSessionRow>({
  id: 'id',
  planId: 'plan_id',
  title: 'title',
  heldOn: ['held_on', 'date'],
  hours: ['hours', 'number'],
  days: ['days', 'number'],
  organiser: 'organiser',
  attendees: ['attendees', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  ...RECORDED,
});

/** The only place that speaks SQL for 培训. */
@Injectable()
export class StaffTrainingsRepository {
  readonly plans: Table<TrainingPlanRow>;
  readonly sessions: Table<TrainingSessionRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.plans = new Table(`"${schema}".training_plan`, PLAN_COLUMNS);
    this.sessions = new Table(`"${schema}".training_session`, SESSION_COLUMNS);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  searchPlans(query: ListTrainingPlans.Request & { limit: number; offset: number }): Promise<Paged<TrainingPlanRow>> {
    const where = new Conditions().when(query.year, 'year = ?').when(query.kind, 'kind = ?').when(query.status, 'status = ?');
    return selectPage(this.dataSource, { columns: this.plans.select(), from: this.plans.name, where, orderBy: 'year DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) => PLAN_COLUMNS.read(row));
  }

  searchSessions(query: ListTrainingSessions.Request & { limit: number; offset: number }): Promise<Paged<TrainingSessionRow>> {
    const where = new Conditions()
      .when(query.planId, 'plan_id = ?')
      .when(query.year, 'extract(year FROM held_on)::int = ?')
      .when(query.staffMemberId, `attendees @> jsonb_build_array(jsonb_build_object('staffMemberId', ?::text))`);
    return selectPage(this.dataSource, { columns: this.sessions.select(), from: this.sessions.name, where, orderBy: 'held_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      SESSION_COLUMNS.read(row),
    );
  }

  /** The recorded sessions of a plan: how many, and their hours. */
  async planTotals(planIds: readonly string[]): Promise<Map<string, { sessions: number; hours: number }>> {
    if (!planIds.length) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT plan_id AS "planId", count(*)::int AS sessions, coalesce(sum(hours), 0)::int AS hours FROM ${this.sessions.name} WHERE status = 'recorded' AND plan_id = ANY($1::uuid[]) GROUP BY plan_id`,
      [planIds],
    )) as { planId: string; sessions: number; hours: number }[];
    return new Map(rows.map((r) => [r.planId, { sessions: Number(r.sessions), hours: Number(r.hours) }]));
  }

  /** The recorded sessions held in a year, with their plan's kind. */
  async sessionsOfYear(year: number): Promise<SessionForHours[]> {
    const rows = (await this.dataSource.query(
      `SELECT p.kind, s.hours, s.days, s.attendees FROM ${this.sessions.name} s JOIN ${this.plans.name} p ON p.id = s.plan_id
        WHERE s.status = 'recorded' AND s.held_on BETWEEN $1 AND $2`,
      [`${year}-01-01`, `${year}-12-31`],
    )) as { kind: TrainingKind; hours: number; days: number; attendees: TrainingAttendee[] }[];
    return rows.map((r) => ({ kind: r.kind, hours: Number(r.hours), days: Number(r.days), attendees: r.attendees }));
  }
}
