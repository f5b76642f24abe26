import { Injectable } from '@nestjs/common';
import type { OpinionLevel, OpinionStatus } from '@gov/contracts-duty-and-meetings';
import { Conditions, likePattern } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { DutyRecords, type Row } from '../duty/duty-records.js';

/** The only place that speaks SQL for 政务舆情 and their response rules (over the duty office's record store). */
@Injectable()
export class OpinionRepository {
  constructor(private readonly records: DutyRecords) {}

  /** Every response rule, by level, newest effective first. */
  rules(): Promise<Row[]> {
    return this.records.query(`SELECT * FROM {opinion_rule} ORDER BY level, effective_from DESC`);
  }

  rulesOf(level: OpinionLevel, manager: EntityManager): Promise<Row[]> {
    return this.records.query(`SELECT * FROM {opinion_rule} WHERE level = $1`, [level], manager);
  }

  /** The rule of a level taking effect on that day, if there is one already. */
  ruleEffectiveOn(level: OpinionLevel, effectiveFrom: string, manager: EntityManager): Promise<Row | undefined> {
    return this.records.one(`SELECT id FROM {opinion_rule} WHERE level = $1 AND effective_from = $2`, [level, effectiveFrom], manager);
  }

  /** One item by id, locked for the caller's transaction when asked. */
  find(id: string, manager: EntityManager, lock = true): Promise<Row | undefined> {
    return this.records.one(`SELECT * FROM {public_opinion} WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id], manager);
  }

  /** A page of items, newest found first; `onlyUnitId` limits a liaison to its unit's. */
  search(query: { onlyUnitId?: string; unitId?: string; status?: OpinionStatus; level?: OpinionLevel; q?: string; limit: number; offset: number }): Promise<{ rows: Row[]; total: number }> {
    const where = new Conditions()
      .when(query.onlyUnitId, 'unit_id = ?')
      .when(query.unitId, 'unit_id = ?')
      .when(query.status, 'status = ?')
      .when(query.level, 'level = ?')
      .when(query.q && likePattern(query.q), `title ILIKE ? ESCAPE '\\'`);
    return this.records.page('public_opinion', where, 'found_at DESC, id', query.limit, query.offset);
  }

  /** Per responsible unit, over the items assigned in the period (`from`/`to` inclusive, either open): counts as of `asOf`. */
  statistics(asOf: string, now: Date, from: string | null, to: string | null): Promise<Row[]> {
    // A clock-hour deadline (重大舆情) is a moment, compared with the time; a day deadline with the Beijing day.
    const late = `CASE WHEN response_due_at IS NOT NULL THEN COALESCE(responded_at, $4) > response_due_at
                       WHEN responded_at IS NOT NULL THEN (responded_at AT TIME ZONE 'Asia/Shanghai')::date > response_due
                       ELSE response_due < $1::date END`;
    return this.records.query(
      `SELECT unit_id,
              count(*)::int AS assigned,
              count(responded_at)::int AS responded,
              count(*) FILTER (WHERE responded_at IS NOT NULL AND response_due IS NOT NULL AND NOT (${late}))::int AS on_time,
              count(*) FILTER (WHERE response_due IS NOT NULL AND (${late}))::int AS overdue,
              round((avg(extract(epoch FROM responded_at - assigned_at)) / 3600)::numeric, 1)::float8 AS average_hours
         FROM {public_opinion}
        WHERE unit_id IS NOT NULL AND ($2::date IS NULL OR (assigned_at AT TIME ZONE 'Asia/Shanghai')::date >= $2::date)
          AND ($3::date IS NULL OR (assigned_at AT TIME ZONE 'Asia/Shanghai')::date <= $3::date)
        GROUP BY unit_id
        ORDER BY assigned DESC, unit_id`,
      [asOf, from, to, now],
    );
  }

  /** The open items whose deadline was counted into `year` in days, with their rule, locked for re-dating (clock hours know no calendar). */
  openForRedating(year: number, manager: EntityManager): Promise<Row[]> {
    return this.records.query(
      `SELECT o.*, r.amount, r.unit AS rule_unit, r.source AS rule_source, r.effective_from AS rule_from FROM {public_opinion} o JOIN {opinion_rule} r ON r.id = o.rule_id
        WHERE o.status IN ('assigned', 'returned') AND r.unit <> 'clock_hours' AND (extract(year FROM o.response_due) >= $1 OR extract(year FROM o.assigned_at AT TIME ZONE 'Asia/Shanghai') = $1)
        FOR UPDATE OF o`,
      [year],
      manager,
    );
  }
}
