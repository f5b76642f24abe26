import { Inject, Injectable } from '@nestjs/common';
import type { ActivityKind, ActivitySourceKind, ActivityStatus, CreateActivity, Guest, LeaderRef, ProgrammeItem, ResponsiblePerson } from '@gov/contracts-duty-and-meetings';
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
  source_kind: ActivitySourceKind | null;
  source_id: string | null;
  source_version: number | null;
  version: number;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

/** The plan's columns, in order: title, starts_at, ends_at, location, description, leaders, guests, programme, responsible. */
function planValues(request: CreateActivity.Request, startsAt: Date, endsAt: Date): unknown[] {
  return [
    request.title.trim(),
    startsAt,
    endsAt,
    request.location ?? null,
    request.description ?? null,
    JSON.stringify(request.leaders),
    JSON.stringify(request.guests ?? []),
    JSON.stringify(request.programme ?? []),
    JSON.stringify(request.responsible ?? []),
  ];
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
        ...planValues(request, startsAt, endsAt),
        createdBy,
      ],
    );
    return row;
  }

  /** An activity another section scheduled, made from its source record (at the source's version). */
  async insertFromSource(
    id: string,
    request: CreateActivity.Request,
    source: { kind: ActivitySourceKind; id: string; version: number },
    startsAt: Date,
    endsAt: Date,
    createdBy: string,
    manager: EntityManager,
  ): Promise<ActivityRow> {
    await this.insert(id, request, startsAt, endsAt, createdBy, manager);
    const [row] = await updateReturning<ActivityRow>(
      manager,
      `UPDATE "${this.schema}".leader_activity SET source_kind = $2, source_id = $3, source_version = $4 WHERE id = $1 RETURNING *`,
      [id, source.kind, source.id, source.version],
    );
    return row;
  }

  /** The activity made from a source record, locked until commit so that two deliveries of it apply one after the other. */
  async findBySourceForUpdate(kind: ActivitySourceKind, sourceId: string, manager: EntityManager): Promise<ActivityRow | null> {
    const [row]: ActivityRow[] = await manager.query(`SELECT * FROM "${this.schema}".leader_activity WHERE source_kind = $1 AND source_id = $2 FOR UPDATE`, [kind, sourceId]);
    return row ?? null;
  }

  /** The newer version of a source record replaces the activity's plan (its next version). */
  async replaceFromSource(id: string, request: CreateActivity.Request, sourceVersion: number, startsAt: Date, endsAt: Date, username: string, manager: EntityManager): Promise<ActivityRow> {
    const [row] = await updateReturning<ActivityRow>(
      manager,
      `UPDATE "${this.schema}".leader_activity SET title = $2, starts_at = $3, ends_at = $4, location = $5, description = $6, leaders = $7, guests = $8, programme = $9,
              responsible = $10, source_version = $11, version = version + 1, updated_at = now(), updated_by = $12
        WHERE id = $1 RETURNING *`,
      [
        id,
        ...planValues(request, startsAt, endsAt),
        sourceVersion,
        username,
      ],
    );
    return row;
  }

  /** The source record cancelled: the activity is cancelled with its reason (never deleted). */
  async cancelFromSource(id: string, reason: string, sourceVersion: number, username: string, manager: EntityManager): Promise<ActivityRow> {
    const [row] = await updateReturning<ActivityRow>(
      manager,
      `UPDATE "${this.schema}".leader_activity SET status = 'cancelled', cancel_reason = $2, source_version = $3, version = version + 1, updated_at = now(), updated_by = $4
        WHERE id = $1 RETURNING *`,
      [id, reason, sourceVersion, username],
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
