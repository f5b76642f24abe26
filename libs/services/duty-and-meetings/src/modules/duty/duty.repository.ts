import { Injectable } from '@nestjs/common';
import type {
  InstructionRelayStatus,
  InstructionSourceKind,
  ListDutyLogs,
  ListUrgentMatters,
  UnitRosterStatus,
} from '@gov/contracts-duty-and-meetings';
import { Conditions, updateReturning } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { DutyRecords, type Row } from './duty-records.repository.js';

type Page = { limit: number; offset: number };
type Lock = boolean;

const SOURCE_TABLES: Record<InstructionSourceKind, string> = { duty_log: 'duty_log', urgent_matter: 'urgent_matter', public_opinion: 'public_opinion' };

/**
 * The named queries of the duty office (排班, 换班, 交接班, 值班记录, 紧急事项, 领导批示, 单位值班表报备), over the duty
 * store's tables: the services read and search through here, and write through `DutyRecords`.
 */
@Injectable()
export class DutyRepository {
  constructor(private readonly records: DutyRecords) {}

  private byId(table: string, id: string, manager?: EntityManager, lock: Lock = false): Promise<Row | undefined> {
    return this.records.one(`SELECT * FROM {${table}} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id], manager);
  }

  // ---- 排班, 换班, 交接班 ----

  dutyDay(id: string, manager?: EntityManager, lock: Lock = false): Promise<Row | undefined> {
    return this.byId('duty_day', id, manager, lock);
  }

  dutyDayOn(date: string, manager: EntityManager): Promise<Row | undefined> {
    return this.records.one(`SELECT id FROM {duty_day} WHERE duty_date = $1`, [date], manager);
  }

  /** The duty days from `from` to `to`, in order; locked when asked (a calendar change re-marks them). */
  dutyDays(from: string, to: string, manager?: EntityManager, lock: Lock = false): Promise<Row[]> {
    return lock
      ? this.records.query(`SELECT * FROM {duty_day} WHERE duty_date BETWEEN $1 AND $2 FOR UPDATE`, [from, to], manager)
      : this.records.query(`SELECT * FROM {duty_day} WHERE duty_date BETWEEN $1 AND $2 ORDER BY duty_date`, [from, to], manager);
  }

  swap(id: string, manager: EntityManager): Promise<Row | undefined> {
    return this.byId('duty_swap', id, manager, true);
  }

  searchSwaps(status: string | undefined, page: Page): Promise<{ rows: Row[]; total: number }> {
    const where = new Conditions().when(status, 's.status = ?');
    return this.records.page('duty_swap', where, 's.created_at DESC, s.id', page.limit, page.offset, {
      columns: 's.*, d.duty_date',
      from: '{duty_swap} s JOIN {duty_day} d ON d.id = s.duty_day_id',
    });
  }

  searchHandovers(from: string | undefined, to: string | undefined, page: Page): Promise<{ rows: Row[]; total: number }> {
    const filters = new Conditions().when(from, 'shift_date >= ?').when(to, 'shift_date <= ?');
    return this.records.page('duty_handover', filters, 'shift_date DESC, handed_over_at DESC, id', page.limit, page.offset);
  }

  // ---- 值班记录 ----

  dutyLog(id: string, manager?: EntityManager, lock: Lock = false): Promise<Row | undefined> {
    return this.byId('duty_log', id, manager, lock);
  }

  searchLogs(request: ListDutyLogs.Request, page: Page): Promise<{ rows: Row[]; total: number }> {
    const filters = new Conditions().when(request.kind, 'kind = ?').when(request.callerUnitId, 'caller_unit_id = ?');
    if (request.from) filters.add('received_at >= ?', new Date(request.from));
    if (request.to) filters.add('received_at <= ?', new Date(request.to));
    filters.search(request.q, 'title', 'summary');
    return this.records.page('duty_log', filters, 'received_at DESC, id', page.limit, page.offset);
  }

  // ---- 紧急事项 ----

  reportRules(): Promise<Row[]> {
    return this.records.query(`SELECT * FROM {urgent_report_rule} ORDER BY level, effective_from DESC`);
  }

  reportRulesOf(level: string, manager: EntityManager): Promise<Row[]> {
    return this.records.query(`SELECT * FROM {urgent_report_rule} WHERE level = $1`, [level], manager);
  }

  reportRuleOn(level: string, effectiveFrom: string, manager: EntityManager): Promise<Row | undefined> {
    return this.records.one(`SELECT id FROM {urgent_report_rule} WHERE level = $1 AND effective_from = $2`, [level, effectiveFrom], manager);
  }

  urgentMatter(id: string, manager?: EntityManager, lock: Lock = false): Promise<Row | undefined> {
    return this.byId('urgent_matter', id, manager, lock);
  }

  /** Urgent matters by level, status, title and whether a report is (or was) overdue as of `now`. */
  searchMatters(request: ListUrgentMatters.Request, now: Date, page: Page): Promise<{ rows: Row[]; total: number }> {
    const filters = new Conditions().when(request.level, 'level = ?').when(request.status, 'status = ?');
    filters.search(request.q, 'title');
    // Overdue: reported after the deadline, or not reported and the deadline passed (per report kind).
    const overdueSql = `((COALESCE(initial_reported_at, ?) > phone_deadline) OR (COALESCE(written_reported_at, ?) > written_deadline))`;
    if (request.overdue === 'true') filters.add(overdueSql, now);
    if (request.overdue === 'false') filters.add(`NOT ${overdueSql}`, now);
    return this.records.page('urgent_matter', filters, 'received_at DESC, id', page.limit, page.offset);
  }

  reportEntries(matterId: string, manager?: EntityManager): Promise<Row[]> {
    return this.records.query(`SELECT * FROM {urgent_report_entry} WHERE matter_id = $1 ORDER BY reported_at, sequence`, [matterId], manager);
  }

  reportEntriesOf(matterIds: string[]): Promise<Row[]> {
    return this.records.query(`SELECT * FROM {urgent_report_entry} WHERE matter_id = ANY($1::uuid[]) ORDER BY reported_at, sequence`, [matterIds]);
  }

  /** Takes the transaction's advisory lock `key` if nobody holds it (one replica flags overdue matters at a time). */
  async tryLock(key: number, manager: EntityManager): Promise<boolean> {
    const [{ locked }] = await this.records.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [key], manager);
    return locked;
  }

  /** Flags the matters whose report (`phone` 初报 or `written`) is past its deadline and not made; the ones flagged now. */
  async flagOverdue(which: 'phone' | 'written', now: Date, manager: EntityManager): Promise<Row[]> {
    const [deadline, reported, flag] = which === 'phone' ? ['phone_deadline', 'initial_reported_at', 'phone_overdue_flagged_at'] : ['written_deadline', 'written_reported_at', 'written_overdue_flagged_at'];
    return updateReturning<Row>(
      { query: (sql, params) => this.records.query(sql, params, manager) },
      `UPDATE {urgent_matter} SET ${flag} = $1
        WHERE ${flag} IS NULL AND ${deadline} < $1 AND (${reported} IS NULL OR ${reported} > ${deadline})
        RETURNING id, title, level, unit_id, ${deadline} AS deadline`,
      [now],
    );
  }

  // ---- 领导批示 ----

  /** The record an instruction is on (值班记录, 紧急事项 or 舆情), by its kind. */
  instructionSource(kind: InstructionSourceKind, id: string, manager: EntityManager): Promise<{ id: string; title: string } | undefined> {
    return this.records.one(`SELECT id, title FROM {${SOURCE_TABLES[kind]}} WHERE id = $1`, [id], manager);
  }

  instruction(id: string, manager?: EntityManager, lock: Lock = false): Promise<Row | undefined> {
    return this.byId('duty_instruction', id, manager, lock);
  }

  relays(instructionIds: string[], manager?: EntityManager): Promise<Row[]> {
    return this.records.query(`SELECT * FROM {duty_instruction_relay} WHERE instruction_id = ANY($1::uuid[]) ORDER BY role DESC, unit_id`, [instructionIds], manager);
  }

  relay(instructionId: string, unitId: string, manager: EntityManager): Promise<{ status: InstructionRelayStatus } | undefined> {
    return this.records.one(`SELECT status FROM {duty_instruction_relay} WHERE instruction_id = $1 AND unit_id = $2`, [instructionId, unitId], manager);
  }

  /** Records who in the unit was told, how and when (a unit that already signed keeps 已签收); false when the unit is not named. */
  async notifyRelay(instructionId: string, unitId: string, told: { person: string; channel: string; at: Date; by: string }, manager: EntityManager): Promise<boolean> {
    const updated = await updateReturning<Row>(
      { query: (sql, params) => this.records.query(sql, params, manager) },
      `UPDATE {duty_instruction_relay} SET status = CASE WHEN status = 'received' THEN status ELSE 'notified' END, notified_person = $3, channel = $4, notified_at = $5, notified_by = $6
        WHERE instruction_id = $1 AND unit_id = $2 RETURNING unit_id`,
      [instructionId, unitId, told.person, told.channel, told.at, told.by],
    );
    return updated.length > 0;
  }

  async receiveRelay(instructionId: string, unitId: string, at: Date, by: string, manager: EntityManager): Promise<void> {
    await this.records.query(`UPDATE {duty_instruction_relay} SET status = 'received', received_at = $3, received_by = $4 WHERE instruction_id = $1 AND unit_id = $2`, [instructionId, unitId, at, by], manager);
  }

  async touchInstruction(id: string, version: number, at: Date, by: string, manager: EntityManager): Promise<void> {
    await this.records.query(`UPDATE {duty_instruction} SET version = $2, updated_at = $3, updated_by = $4 WHERE id = $1`, [id, version, at, by], manager);
  }

  /** Instructions, newest first: relayed to a unit and/or in a relay status when given, by text. */
  searchInstructions(relay: { unitId?: string; status?: InstructionRelayStatus }, q: string | undefined, page: Page): Promise<{ rows: Row[]; total: number }> {
    const filters = new Conditions();
    if (relay.unitId || relay.status) {
      // One parameter for both conditions on the same relay row; a missing one matches any.
      filters.add(
        `id IN (SELECT instruction_id FROM {duty_instruction_relay} WHERE unit_id = coalesce((?::jsonb->>'unitId')::uuid, unit_id) AND status = coalesce(?::jsonb->>'status', status))`,
        JSON.stringify(relay),
      );
    }
    filters.search(q, 'text', 'source_title');
    return this.records.page('duty_instruction', filters, 'instructed_at DESC, id', page.limit, page.offset);
  }

  // ---- 单位值班表报备 ----

  unitRoster(id: string, manager: EntityManager, lock: Lock): Promise<Row | undefined> {
    return this.records.one(`SELECT * FROM {unit_duty_roster} WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id], manager);
  }

  searchUnitRosters(filter: { ownUnitId?: string; unitId?: string; status?: UnitRosterStatus }, page: Page): Promise<{ rows: Row[]; total: number }> {
    const filters = new Conditions().when(filter.ownUnitId, 'unit_id = ?').when(filter.unitId, 'unit_id = ?').when(filter.status, 'status = ?');
    return this.records.page('unit_duty_roster', filters, 'period_start DESC, created_at DESC, id', page.limit, page.offset);
  }
}
