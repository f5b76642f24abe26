import { Inject, Injectable } from '@nestjs/common';
import type { AnnualReportStatus, AnnualReportView, SnapshotKind } from '@gov/contracts-disclosure';
import { DATA_SOURCE, SCHEMA, updatedCount } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { EnteredTables, Narrative } from './annual-report.rules.js';

export interface AnnualReportRow {
  id: string;
  year: number;
  status: AnnualReportStatus;
  tables: EnteredTables | null;
  narrative: Narrative;
  edition: number;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export type RevisionAction = 'create' | 'save' | 'finalise' | 'correct';

export interface AnnualReportRevisionRow {
  version: number;
  action: RevisionAction;
  tables: EnteredTables | null;
  narrative: Narrative;
  note: string | null;
  at: Date;
  by: string;
}

/** An immutable snapshot (定稿 or 更正): written once, never updated. */
export interface AnnualReportSnapshotRow {
  id: string;
  edition: number;
  kind: SnapshotKind;
  reason: string | null;
  title: string;
  computed: AnnualReportView;
  tables: EnteredTables;
  narrative: Narrative;
  takenAt: Date;
  takenBy: string;
}

const SELECT = `id, year, status, tables, narrative, edition, version, created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

/** The only place that speaks SQL for the annual report as a record. */
@Injectable()
export class AnnualReportsRepository {
  private readonly reports: string;
  private readonly revisions: string;
  private readonly snapshots: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.reports = `"${schema}".annual_report`;
    this.revisions = `"${schema}".annual_report_revision`;
    this.snapshots = `"${schema}".annual_report_snapshot`;
  }

  private read(row: Record<string, unknown>): AnnualReportRow {
    return { ...(row as unknown as AnnualReportRow), year: Number(row.year), edition: Number(row.edition), version: Number(row.version) };
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<AnnualReportRow | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${SELECT} FROM ${this.reports} WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ? this.read(rows[0]) : null;
  }

  async findByYear(year: number, manager: EntityManager = this.dataSource.manager): Promise<AnnualReportRow | null> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${SELECT} FROM ${this.reports} WHERE year = $1`, [year]);
    return rows[0] ? this.read(rows[0]) : null;
  }

  /** Inserts the year's report; false when the year already has one. */
  async insert(row: AnnualReportRow, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO ${this.reports} (id, year, status, tables, narrative, edition, version, created_at, created_by, updated_at, updated_by)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, $9, $10, $11) ON CONFLICT (year) DO NOTHING RETURNING id`,
      [row.id, row.year, row.status, row.tables ? JSON.stringify(row.tables) : null, JSON.stringify(row.narrative), row.edition, row.version, row.createdAt, row.createdBy, row.updatedAt, row.updatedBy],
    );
    return rows.length === 1;
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  async saveIfVersion(row: AnnualReportRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE ${this.reports} SET status = $2, tables = $3::jsonb, narrative = $4::jsonb, edition = $5, version = $6, updated_at = $7, updated_by = $8 WHERE id = $1 AND version = $9`,
      [row.id, row.status, row.tables ? JSON.stringify(row.tables) : null, JSON.stringify(row.narrative), row.edition, row.version, row.updatedAt, row.updatedBy, expectedVersion],
    );
    return updatedCount(result) === 1;
  }

  async addRevision(manager: EntityManager, reportId: string, r: AnnualReportRevisionRow): Promise<void> {
    await manager.query(`INSERT INTO ${this.revisions} (report_id, version, action, tables, narrative, note, at, by) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8)`, [
      reportId,
      r.version,
      r.action,
      r.tables ? JSON.stringify(r.tables) : null,
      JSON.stringify(r.narrative),
      r.note,
      r.at,
      r.by,
    ]);
  }

  async revisionsOf(reportId: string, manager: EntityManager = this.dataSource.manager): Promise<AnnualReportRevisionRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT version, action, tables, narrative, note, at, by FROM ${this.revisions} WHERE report_id = $1 ORDER BY version`, [reportId]);
    return rows.map((r) => ({ ...(r as unknown as AnnualReportRevisionRow), version: Number(r.version) }));
  }

  async addSnapshot(manager: EntityManager, reportId: string, s: AnnualReportSnapshotRow): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.snapshots} (id, report_id, edition, kind, reason, title, computed, tables, narrative, taken_at, taken_by) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11)`,
      [s.id, reportId, s.edition, s.kind, s.reason, s.title, JSON.stringify(s.computed), JSON.stringify(s.tables), JSON.stringify(s.narrative), s.takenAt, s.takenBy],
    );
  }

  async snapshotsOf(reportId: string, manager: EntityManager = this.dataSource.manager): Promise<AnnualReportSnapshotRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT id, edition, kind, reason, title, computed, tables, narrative, taken_at AS "takenAt", taken_by AS "takenBy" FROM ${this.snapshots} WHERE report_id = $1 ORDER BY edition`,
      [reportId],
    );
    return rows.map((r) => ({ ...(r as unknown as AnnualReportSnapshotRow), edition: Number(r.edition) }));
  }
}
