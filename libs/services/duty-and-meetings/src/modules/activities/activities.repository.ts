import { Inject, Injectable } from '@nestjs/common';
import type { ActivityKind, ActivityStatus, CreateActivity, Guest, LeaderRef, ProgrammeItem, ResponsiblePerson } from '@gov/contracts-duty-and-meetings';
import { DATA_SOURCE, SCHEMA, Conditions, likePattern, rowById, selectPage, updateReturning } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface ActivityRow {
  id: string;
  kind: ActivityKind;
  title: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  description: string | null;
  leaders: LeaderRef[];
  guests: Guest[];
  programme: ProgrammeItem[];
  responsible: ResponsiblePerson[];
  status: ActivityStatus;
  cancel_reason: string | null;
  version: number;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

/** The only place that speaks SQL for leaders' activities and receptions. */
@Injectable()
export class ActivitiesRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  async insert(id: string, request: CreateActivity.Request, startsAt: Date, endsAt: Date, createdBy: string, manager: EntityManager): Promise<ActivityRow> {
    const [row]: ActivityRow[] = await manager.query(
      `INSERT INTO "${this.schema}".leader_activity (id, kind, title, starts_at, ends_at, location, description, leaders, guests, programme, responsible, status, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'scheduled', 1, now(), $12, now(), $12) RETURNING *`,
      [
        id,
        request.kind,
        request.title.trim(),
        startsAt,
        endsAt,
        request.location ?? null,
        request.description ?? null,
        JSON.stringify(request.leaders),
        JSON.stringify(request.guests ?? []),
        JSON.stringify(request.programme ?? []),
        JSON.stringify(request.responsible ?? []),
        createdBy,
      ],
    );
    return row;
  }

  /** Cancels at the expected version; undefined when somebody saved another version first. */
  async cancelIfVersion(id: string, expectedVersion: number, reason: string, username: string, manager: EntityManager): Promise<ActivityRow | undefined> {
    const [row] = await updateReturning<ActivityRow>(
      manager,
      `UPDATE "${this.schema}".leader_activity SET status = 'cancelled', cancel_reason = $3, version = version + 1, updated_at = now(), updated_by = $4
        WHERE id = $1 AND version = $2 RETURNING *`,
      [id, expectedVersion, reason, username],
    );
    return row;
  }

  async findForUpdate(id: string, manager: EntityManager): Promise<ActivityRow | null> {
    return rowById(manager, `"${this.schema}".leader_activity`, id, true);
  }

  async findById(id: string): Promise<ActivityRow | null> {
    return rowById(this.dataSource.manager, `"${this.schema}".leader_activity`, id);
  }

  async search(filter: { kind?: ActivityKind; status?: ActivityStatus; q?: string; limit: number; offset: number }): Promise<{ items: ActivityRow[]; total: number }> {
    const where = new Conditions();
    if (filter.kind) where.add('kind = ?', filter.kind);
    if (filter.status) where.add('status = ?', filter.status);
    if (filter.q) where.add(`title ILIKE ? ESCAPE '\\'`, likePattern(filter.q));
    return selectPage<ActivityRow>(this.dataSource, { from: `"${this.schema}".leader_activity`, where, orderBy: 'starts_at DESC, id', limit: filter.limit, offset: filter.offset });
  }
}
