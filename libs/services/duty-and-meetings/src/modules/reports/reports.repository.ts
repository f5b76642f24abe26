import { Injectable } from '@nestjs/common';
import type { UpwardReportKind } from '@gov/contracts-duty-and-meetings';
import { Conditions, likePattern, type Tx } from '@gov/platform';
import type { EntityManager } from 'typeorm';
import { DutyRecords, type Audited, type Row } from '../duty/duty-records.js';

/** The only place that speaks SQL for 报送材料 and their dispatches (over the duty office's record store). */
@Injectable()
export class UpwardReportsRepository {
  constructor(private readonly records: DutyRecords) {}

  /** The duty log entries and urgent matters among the ids (those that exist). */
  async sources(logIds: string[], matterIds: string[], manager: EntityManager): Promise<{ logs: Row[]; matters: Row[] }> {
    const logs = logIds.length ? await this.records.query(`SELECT * FROM {duty_log} WHERE id = ANY($1::uuid[])`, [logIds], manager) : [];
    const matters = matterIds.length ? await this.records.query(`SELECT * FROM {urgent_matter} WHERE id = ANY($1::uuid[])`, [matterIds], manager) : [];
    return { logs, matters };
  }

  async create(tx: Tx, row: Row & Audited, by: string, at: Date): Promise<void> {
    await this.records.create(tx, 'upward_report', 'upward_report', row, 'compiled', by, at);
  }

  /** One report by id, locked for the caller's transaction when asked. */
  find(id: string, manager: EntityManager, lock = false): Promise<Row | undefined> {
    return this.records.one(`SELECT * FROM {upward_report} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id], manager);
  }

  /** Records a dispatch and gives the report its next version; the step goes to the report's history. */
  async addDispatch(tx: Tx, dispatch: Row & { report_id: string }, version: number, by: string, at: Date, snapshot: object, reason: string): Promise<void> {
    await this.records.insert('upward_report_dispatch', dispatch, tx.manager);
    await this.records.query(`UPDATE {upward_report} SET version = $2, updated_at = $3, updated_by = $4 WHERE id = $1`, [dispatch.report_id, version, at, by], tx.manager);
    await this.records.recordHistory(tx, 'upward_report', { id: dispatch.report_id, version }, 'dispatched', snapshot, by, at, reason);
  }

  /** The dispatches of some reports, by time sent. */
  dispatchesOf(reportIds: string[], manager?: EntityManager): Promise<Row[]> {
    if (!reportIds.length) return Promise.resolve([]);
    return this.records.query(`SELECT * FROM {upward_report_dispatch} WHERE report_id = ANY($1::uuid[]) ORDER BY sent_at`, [reportIds], manager);
  }

  /** A page of reports, newest first. */
  search(query: { kind?: UpwardReportKind; q?: string; limit: number; offset: number }): Promise<{ rows: Row[]; total: number }> {
    const where = new Conditions().when(query.kind, 'kind = ?').when(query.q && likePattern(query.q), `title ILIKE ? ESCAPE '\\'`);
    return this.records.page('upward_report', where, 'created_at DESC, id', query.limit, query.offset);
  }
}
