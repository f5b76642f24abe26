import { Inject, Injectable } from '@nestjs/common';
import type { LeaveStatus } from '@gov/contracts-duty-and-meetings';
import { DATA_SOURCE, SCHEMA, Conditions, likePattern, selectPage } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';

export interface LeaveRow {
  id: string;
  unit_id: string;
  unit_name: string;
  person_name: string;
  person_title: string | null;
  starts_on: string;
  ends_on: string;
  destination: string;
  reason: string;
  acting_person_name: string;
  status: LeaveStatus;
  overlaps_with: string[];
  decided_by: string | null;
  decided_at: Date | null;
  decision_comment: string | null;
  returned_on: string | null;
  return_recorded_by: string | null;
  withdraw_reason: string | null;
  version: number;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

export interface NewLeave {
  id: string;
  unitId: string;
  personName: string;
  personTitle: string | null;
  startsOn: string;
  endsOn: string;
  destination: string;
  reason: string;
  actingPersonName: string;
  overlapsWith: string[];
  createdBy: string;
}

/** The only place that speaks SQL for 请销假. Dates travel as `YYYY-MM-DD` text. */
@Injectable()
export class LeaveRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {}

  /** Locks the unit's directory row: one unit's requests are checked for overlaps one at a time. */
  async lockUnit(unitId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT id FROM "${this.schema}".unit WHERE id = $1 FOR UPDATE`, [unitId]);
  }

  async findLiveOverlapping(unitId: string, personName: string, startsOn: string, endsOn: string, statuses: readonly LeaveStatus[], manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM "${this.schema}".leave_request
        WHERE unit_id = $1 AND person_name = $2 AND status = ANY($3::text[]) AND starts_on <= $5 AND ends_on >= $4 ORDER BY starts_on, id`,
      [unitId, personName, statuses, startsOn, endsOn],
    );
    return rows.map((r) => r.id);
  }

  async insert(leave: NewLeave, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".leave_request (id, unit_id, person_name, person_title, starts_on, ends_on, destination, reason, acting_person_name, status, overlaps_with,
         version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, 1, now(), $11, now(), $11)`,
      [
        leave.id,
        leave.unitId,
        leave.personName,
        leave.personTitle,
        leave.startsOn,
        leave.endsOn,
        leave.destination,
        leave.reason,
        leave.actingPersonName,
        JSON.stringify(leave.overlapsWith),
        leave.createdBy,
      ],
    );
  }

  async addOverlap(id: string, otherId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "${this.schema}".leave_request SET overlaps_with = overlaps_with || jsonb_build_array($2::text) WHERE id = $1 AND NOT overlaps_with ? $2`, [id, otherId]);
  }

  async findForUpdate(id: string, manager: EntityManager): Promise<LeaveRow | undefined> {
    const [locked] = await manager.query(`SELECT id FROM "${this.schema}".leave_request WHERE id = $1 FOR UPDATE`, [id]);
    return locked ? this.findById(id, manager) : undefined;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<LeaveRow | undefined> {
    const [row]: LeaveRow[] = await manager.query(`${this.select()} WHERE l.id = $1`, [id]);
    return row;
  }

  async recordDecision(id: string, status: LeaveStatus, decidedBy: string, comment: string | null, username: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "${this.schema}".leave_request SET status = $2, decided_by = $3, decided_at = now(), decision_comment = $4, version = version + 1, updated_at = now(), updated_by = $5 WHERE id = $1`,
      [id, status, decidedBy, comment, username],
    );
  }

  async recordReturn(id: string, returnedOn: string, username: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "${this.schema}".leave_request SET status = 'returned', returned_on = $2, return_recorded_by = $3, version = version + 1, updated_at = now(), updated_by = $3 WHERE id = $1`,
      [id, returnedOn, username],
    );
  }

  async recordWithdrawal(id: string, reason: string, username: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "${this.schema}".leave_request SET status = 'withdrawn', withdraw_reason = $2, version = version + 1, updated_at = now(), updated_by = $3 WHERE id = $1`,
      [id, reason, username],
    );
  }

  async search(filter: { onlyUnitId?: string; unitId?: string; status?: LeaveStatus; q?: string; limit: number; offset: number }): Promise<{ items: LeaveRow[]; total: number }> {
    const where = new Conditions();
    if (filter.onlyUnitId) where.add('l.unit_id = ?', filter.onlyUnitId);
    if (filter.unitId) where.add('l.unit_id = ?', filter.unitId);
    if (filter.status) where.add('l.status = ?', filter.status);
    if (filter.q) where.add(`l.person_name ILIKE ? ESCAPE '\\'`, likePattern(filter.q));
    return selectPage<LeaveRow>(this.dataSource, { ...this.columnsAndFrom(), where, orderBy: 'l.starts_on DESC, l.id', limit: filter.limit, offset: filter.offset });
  }

  /** Away on a day: approved leave covering it, or returned leave whose 销假 came after that day. */
  async findAwayOn(date: string, onlyUnitId?: string): Promise<LeaveRow[]> {
    const params: unknown[] = [date];
    if (onlyUnitId) params.push(onlyUnitId);
    return this.dataSource.query(
      `${this.select()}
        WHERE l.starts_on <= $1 AND ((l.status = 'approved' AND l.ends_on >= $1) OR (l.status = 'returned' AND l.returned_on > $1 AND l.ends_on >= $1))
          ${onlyUnitId ? 'AND l.unit_id = $2' : ''}
        ORDER BY u.sort_order, u.name, l.person_name`,
      params,
    );
  }

  private select(): string {
    const { columns, from } = this.columnsAndFrom();
    return `SELECT ${columns} FROM ${from}`;
  }

  /** A leave request with its unit's name; dates as YYYY-MM-DD. */
  private columnsAndFrom(): { columns: string; from: string } {
    return {
      columns: 'l.*, l.starts_on::text AS starts_on, l.ends_on::text AS ends_on, l.returned_on::text AS returned_on, u.name AS unit_name',
      from: `"${this.schema}".leave_request l JOIN "${this.schema}".unit u ON u.id = l.unit_id`,
    };
  }
}
