import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { HigherInspectionStatus, HigherLevel, InspectionStatus, InspectionTeamMember, ListHigherInspections, ListInspections } from '@gov/contracts-supervision';
import type { EntityManager } from 'typeorm';
import { Columns, Conditions, type Paged } from '@gov/platform';
import { SchemaRepository, type HistoryLine } from '../../common/schema.repository.js';

export interface InspectionRow {
  id: string;
  subject: string;
  scope: string;
  periodStart: string;
  periodEnd: string;
  basis: string;
  unitIds: string[];
  leaderName: string;
  members: InspectionTeamMember[];
  status: InspectionStatus;
  approvedBy: string | null;
  approvedAt: Date | null;
  conductedOn: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface ConclusionRow {
  id: string;
  inspectionId: string;
  unitId: string;
  facts: string;
  conclusion: string;
  requirements: string | null;
  fedBackAt: Date;
  fedBackBy: string;
}

export interface HigherInspectionRow {
  id: string;
  level: HigherLevel;
  title: string;
  reference: string | null;
  requirement: string;
  receivedOn: string;
  replyWorkingDays: number;
  dueDate: string | null;
  dueProvisional: boolean;
  dueExplanation: string[];
  status: HigherInspectionStatus;
  replyContent: string | null;
  draftedBy: string | null;
  approvedBy: string | null;
  approvedAt: Date | null;
  sentOn: string | null;
  sentBy: string | null;
  withdrawalReason: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const AUDIT = { version: 'version', createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at', updatedBy: 'updated_by' } as const;

const INSPECTION = new Columns<InspectionRow>({
  id: 'id',
  subject: 'subject',
  scope: 'scope',
  periodStart: ['period_start', 'date'],
  periodEnd: ['period_end', 'date'],
  basis: 'basis',
  unitIds: ['unit_ids', 'json'],
  leaderName: 'leader_name',
  members: ['members', 'json'],
  status: 'status',
  approvedBy: 'approved_by',
  approvedAt: 'approved_at',
  conductedOn: ['conducted_on', 'date'],
  withdrawalReason: 'withdrawal_reason',
  ...AUDIT,
});
const INSPECTION_CHANGES: (keyof InspectionRow)[] = [
  'subject',
  'scope',
  'periodStart',
  'periodEnd',
  'basis',
  'unitIds',
  'leaderName',
  'members',
  'status',
  'approvedBy',
  'approvedAt',
  'conductedOn',
  'withdrawalReason',
  'updatedAt',
  'updatedBy',
];

const CONCLUSION = new Columns<ConclusionRow>({
  id: 'id',
  inspectionId: 'inspection_id',
  unitId: 'unit_id',
  facts: 'facts',
  conclusion: 'conclusion',
  requirements: 'requirements',
  fedBackAt: 'fed_back_at',
  fedBackBy: 'fed_back_by',
});

const HIGHER = new Columns<HigherInspectionRow>({
  id: 'id',
  level: 'level',
  title: 'title',
  reference: 'reference',
  requirement: 'requirement',
  receivedOn: ['received_on', 'date'],
  replyWorkingDays: 'reply_working_days',
  dueDate: ['due_date', 'date'],
  dueProvisional: 'due_provisional',
  dueExplanation: ['due_explanation', 'json'],
  status: 'status',
  replyContent: 'reply_content',
  draftedBy: 'drafted_by',
  approvedBy: 'approved_by',
  approvedAt: 'approved_at',
  sentOn: ['sent_on', 'date'],
  sentBy: 'sent_by',
  withdrawalReason: 'withdrawal_reason',
  ...AUDIT,
});
const HIGHER_CHANGES: (keyof HigherInspectionRow)[] = [
  'dueDate',
  'dueProvisional',
  'dueExplanation',
  'status',
  'replyContent',
  'draftedBy',
  'approvedBy',
  'approvedAt',
  'sentOn',
  'sentBy',
  'withdrawalReason',
  'updatedAt',
  'updatedBy',
];

export type InspectionRecordType = 'inspection' | 'higher_inspection';

/** The only place that speaks SQL for 督查 and the replies on 上级督查事项. */
@Injectable()
export class InspectionsRepository extends SchemaRepository {
  findInspection(id: string, manager?: EntityManager, forUpdate = false): Promise<InspectionRow | null> {
    return this.findRow('inspection', id, INSPECTION, manager, forUpdate);
  }

  async insertInspection(row: InspectionRow, manager: EntityManager): Promise<void> {
    await this.insertRow(INSPECTION, 'inspection', row, manager);
  }

  updateInspectionIfVersion(row: InspectionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.saveIfVersion(INSPECTION, 'inspection', row, expectedVersion, INSPECTION_CHANGES, manager);
  }

  async insertConclusion(row: ConclusionRow, manager: EntityManager): Promise<void> {
    await this.insertRow(CONCLUSION, 'inspection_conclusion', row, manager);
  }

  conclusions(inspectionIds: string[], manager?: EntityManager): Promise<ConclusionRow[]> {
    return inspectionIds.length ? this.select(CONCLUSION, 'inspection_conclusion', 'inspection_id = ANY($1::uuid[])', [inspectionIds], 'fed_back_at, id', manager) : Promise.resolve([]);
  }

  /** Filters and Chinese substring search; a liaison's list holds their unit's inspections from approval on. */
  searchInspections(query: ListInspections.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<InspectionRow>> {
    const filters = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.unitId, "unit_ids @> jsonb_build_array(?::text)")
      .when(query.onlyUnitId, "unit_ids @> jsonb_build_array(?::text) AND approved_at IS NOT NULL")
      .search(query.q, 'subject');
    return this.page(this.t('inspection'), filters, 'created_at DESC, id', query, INSPECTION);
  }

  findHigher(id: string, manager?: EntityManager, forUpdate = false): Promise<HigherInspectionRow | null> {
    return this.findRow('higher_inspection', id, HIGHER, manager, forUpdate);
  }

  async insertHigher(row: HigherInspectionRow, manager: EntityManager): Promise<void> {
    await this.insertRow(HIGHER, 'higher_inspection', row, manager);
  }

  updateHigherIfVersion(row: HigherInspectionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.saveIfVersion(HIGHER, 'higher_inspection', row, expectedVersion, HIGHER_CHANGES, manager);
  }

  /** The replies still open whose period may touch `year` (received in it or the year before), locked for re-dating. */
  openHigherAround(year: number, manager: EntityManager): Promise<HigherInspectionRow[]> {
    return this.select(HIGHER, 'higher_inspection', `status IN ('received', 'drafted', 'approved') AND extract(year FROM received_on) BETWEEN $1 - 1 AND $1`, [year], 'received_on, id', manager, true);
  }

  searchHigher(query: ListHigherInspections.Request & { limit: number; offset: number }): Promise<Paged<HigherInspectionRow>> {
    const filters = new Conditions().when(query.status, 'status = ?').when(query.level, 'level = ?');
    return this.page(this.t('higher_inspection'), filters, 'received_on DESC, id', query, HIGHER);
  }

  async recordHistory(recordType: InspectionRecordType, record: { id: string; version: number }, action: string, note: string, actor: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO ${this.t('inspection_history')} (id, record_type, record_id, version, action, note, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      randomUUID(),
      recordType,
      record.id,
      record.version,
      action,
      note,
      actor,
      at,
    ]);
  }

  history(recordType: InspectionRecordType, ids: string[]): Promise<Map<string, HistoryLine[]>> {
    return this.historyOf('inspection_history', 'record_id', ids, recordType);
  }
}
