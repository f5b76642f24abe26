import { Inject, Injectable } from '@nestjs/common';
import type { ListTrips, TripCheckView, TripCountry, TripItineraryDay, TripLimits, TripMemberRole, TripStatus } from '@gov/contracts-foreign-affairs';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TripRuleVersion } from './trips.rules.js';

/** A member as stored: 身份证号 and 护照号 encrypted (SM4 + HMAC-SM3), with their masked forms beside them for lists. */
export interface StoredMember {
  name: string;
  post: string;
  rank: string;
  unitName: string;
  leadership: boolean;
  role: TripMemberRole;
  idEncrypted: string;
  idMasked: string;
  passportEncrypted: string | null;
  passportMasked: string | null;
  briefedOn: string | null;
  briefingNote: string | null;
}

export interface TripRow {
  id: string;
  number: string;
  unitId: string | null;
  unitName: string;
  title: string;
  purpose: string;
  planYear: number;
  planEntry: string;
  countries: TripCountry[];
  departureDate: string;
  returnDate: string;
  itinerary: TripItineraryDay[];
  members: StoredMember[];
  /** Keyed hashes (HMAC-SM3) of the members' 身份证号: the frequency check finds a person's other trips by them. */
  memberKeys: string[];
  groupSize: number;
  inviter: string;
  invitationSummary: string;
  budgetFen: number;
  status: TripStatus;
  ruleVersionId: string;
  checkResult: TripCheckView;
  returnReason: string | null;
  publicityFrom: string | null;
  publicityEndsOn: string | null;
  publicityExplanation: string[];
  departedOn: string | null;
  returnedOn: string | null;
  passportDueOn: string | null;
  passportsReturnedOn: string | null;
  reportDueOn: string | null;
  reportDueExplanation: string[];
  report: string | null;
  publicSummary: string | null;
  reportedAt: Date | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<TripRow>({
  id: 'id',
  number: 'number',
  unitId: 'unit_id',
  unitName: 'unit_name',
  title: 'title',
  purpose: 'purpose',
  planYear: 'plan_year',
  planEntry: 'plan_entry',
  countries: ['countries', 'json'],
  departureDate: ['departure_date', 'date'],
  returnDate: ['return_date', 'date'],
  itinerary: ['itinerary', 'json'],
  members: ['members', 'json'],
  memberKeys: 'member_keys',
  groupSize: 'group_size',
  inviter: 'inviter',
  invitationSummary: 'invitation_summary',
  budgetFen: 'budget_fen',
  status: 'status',
  ruleVersionId: 'rule_version_id',
  checkResult: ['check_result', 'json'],
  returnReason: 'return_reason',
  publicityFrom: ['publicity_from', 'date'],
  publicityEndsOn: ['publicity_ends_on', 'date'],
  publicityExplanation: ['publicity_explanation', 'json'],
  departedOn: ['departed_on', 'date'],
  returnedOn: ['returned_on', 'date'],
  passportDueOn: ['passport_due_on', 'date'],
  passportsReturnedOn: ['passports_returned_on', 'date'],
  reportDueOn: ['report_due_on', 'date'],
  reportDueExplanation: ['report_due_explanation', 'json'],
  report: 'report',
  publicSummary: 'public_summary',
  reportedAt: 'reported_at',
  withdrawalReason: 'withdrawal_reason',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

export interface HistoryRow {
  tripId: string;
  step: string;
  fromStatus: TripStatus | null;
  toStatus: TripStatus;
  note: string | null;
  at: Date;
  by: string;
}

interface RuleVersionRow extends TripRuleVersion {
  createdBy: string;
  createdAt: string;
}

/** The states in which a trip counts as made or planned (for the frequency cap and the statistics). */
const LIVE = `status IN ('submitted', 'reviewed', 'approved', 'publicized', 'departed', 'returned', 'reported')`;
const APPROVED = `status IN ('approved', 'publicized', 'departed', 'returned', 'reported')`;
const DONE = `status IN ('departed', 'returned', 'reported')`;

/** The only place that speaks SQL for 因公临时出国. */
@Injectable()
export class TripsRepository {
  private readonly table: Table<TripRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".trip`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<TripRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: TripRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: TripRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** The next number of the year: `2026-外-001`. */
  async nextNumber(year: number, manager: EntityManager): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO "${this.schema}".trip_counter (year, last) VALUES ($1, 1) ON CONFLICT (year) DO UPDATE SET last = trip_counter.last + 1 RETURNING last`,
      [year],
    )) as { last: number }[];
    return `${year}-外-${String(row.last).padStart(3, '0')}`;
  }

  async addHistory(entry: HistoryRow, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".trip_history (trip_id, step, from_status, to_status, note, at, by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      entry.tripId,
      entry.step,
      entry.fromStatus,
      entry.toStatus,
      entry.note,
      entry.at,
      entry.by,
    ]);
  }

  async history(tripId: string): Promise<HistoryRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT trip_id AS "tripId", step, from_status AS "fromStatus", to_status AS "toStatus", note, at, by FROM "${this.schema}".trip_history WHERE trip_id = $1 ORDER BY id`,
      [tripId],
    )) as HistoryRow[];
    return rows.map((r) => ({ ...r, at: new Date(r.at) }));
  }

  /**
   * For each key, how many other live trips (submitted and beyond, not withdrawn) carry it and leave within
   * `years` years of `departureDate` (either side).
   */
  async tripsPerKey(keys: readonly string[], departureDate: string, years: number, exceptId: string | null, manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (!keys.length) return counts;
    const rows = (await manager.query(
      `SELECT member_keys AS keys FROM "${this.schema}".trip
        WHERE ${LIVE} AND member_keys && $1::text[] AND ($2::uuid IS NULL OR id <> $2::uuid)
          AND departure_date > ($3::date - make_interval(years => $4::int)) AND departure_date < ($3::date + make_interval(years => $4::int))`,
      [keys, exceptId, departureDate, years],
    )) as { keys: string[] }[];
    const wanted = new Set(keys);
    for (const row of rows) for (const key of new Set(row.keys)) if (wanted.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  }

  /** The open trips whose dates hang on the calendar: a running 公示, a report or passports still due. */
  async withOpenDeadlines(manager: EntityManager): Promise<TripRow[]> {
    const rows = (await manager.query(
      `SELECT ${this.table.select()} FROM ${this.table.name} WHERE status IN ('publicized', 'returned') OR (status = 'reported' AND passports_returned_on IS NULL) FOR UPDATE`,
    )) as Record<string, unknown>[];
    return rows.map((r) => COLUMNS.read(r));
  }

  search(query: ListTrips.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<TripRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .when(query.year, 'EXTRACT(YEAR FROM departure_date) = ?')
      .search(query.q, 'title', 'unit_name', 'number');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'departure_date DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }

  /** Every trip leaving in `year` (the register), oldest first; a liaison's only. */
  async ofYear(year: number, onlyUnitId?: string): Promise<TripRow[]> {
    const where = new Conditions().add('EXTRACT(YEAR FROM departure_date) = ?', year).when(onlyUnitId, 'unit_id = ?');
    const rows = (await this.dataSource.query(`SELECT ${this.table.select()} FROM ${this.table.name} ${where.clause} ORDER BY departure_date, number`, where.params)) as Record<string, unknown>[];
    return rows.map((r) => COLUMNS.read(r));
  }

  /** Trips per unit and per person in `year` (approved and beyond), and the year's plan against what was done. */
  async statistics(year: number, onlyUnitId?: string): Promise<{ byUnit: CountRow[]; byPerson: CountRow[]; plan: PlanRow[] }> {
    const unit = new Conditions().add('EXTRACT(YEAR FROM departure_date) = ?', year).add(APPROVED).when(onlyUnitId, 'unit_id = ?');
    const byUnit = (await this.dataSource.query(
      `SELECT unit_name AS name, count(*)::int AS trips, count(*) FILTER (WHERE ${DONE})::int AS done FROM ${this.table.name} ${unit.clause} GROUP BY unit_name ORDER BY trips DESC, name`,
      unit.params,
    )) as CountRow[];
    const byPerson = (await this.dataSource.query(
      `SELECT (m->>'name') || '（' || (m->>'unitName') || '）' AS name, count(*)::int AS trips, count(*) FILTER (WHERE ${DONE})::int AS done
         FROM ${this.table.name}, jsonb_array_elements(members) AS m ${unit.clause} GROUP BY 1 ORDER BY trips DESC, name`,
      unit.params,
    )) as CountRow[];
    const planned = new Conditions().add('plan_year = ?', year).add(`status <> 'withdrawn'`).when(onlyUnitId, 'unit_id = ?');
    const plan = (await this.dataSource.query(
      `SELECT plan_entry AS "planEntry", count(*)::int AS planned, count(*) FILTER (WHERE ${DONE})::int AS done FROM ${this.table.name} ${planned.clause} GROUP BY plan_entry ORDER BY plan_entry`,
      planned.params,
    )) as PlanRow[];
    return { byUnit, byPerson, plan };
  }

  async ruleVersions(manager: EntityManager = this.dataSource.manager): Promise<RuleVersionRow[]> {
    const rows = (await manager.query(
      `SELECT id, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", source, limits, created_by AS "createdBy", created_at AS "createdAt" FROM "${this.schema}".trip_rule_version ORDER BY effective_from DESC, created_at DESC`,
    )) as (Omit<RuleVersionRow, 'createdAt'> & { createdAt: Date })[];
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
  }

  async ruleVersion(id: string, manager: EntityManager = this.dataSource.manager): Promise<RuleVersionRow | null> {
    return (await this.ruleVersions(manager)).find((v) => v.id === id) ?? null;
  }

  async insertRuleVersion(row: RuleVersionRow, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO "${this.schema}".trip_rule_version (id, effective_from, source, limits, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      row.id,
      row.effectiveFrom,
      row.source,
      JSON.stringify(row.limits satisfies TripLimits),
      row.createdBy,
      row.createdAt,
    ]);
  }
}

export interface CountRow {
  name: string;
  trips: number;
  done: number;
}

export interface PlanRow {
  planEntry: string;
  planned: number;
  done: number;
}
