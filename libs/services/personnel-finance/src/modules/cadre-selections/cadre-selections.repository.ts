import { Inject, Injectable } from '@nestjs/common';
import type { CadreSelectionDecision, CadreSelectionRecommendation, CadreSelectionStatus, Gender, ListCadreSelections, ObjectionView } from '@gov/contracts-personnel-finance';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { TimelineEntry } from '../../common/timeline.js';

export interface MotionRecord {
  motionDate: string;
  motionReason: string;
  proposedBy: string;
  by: string;
}
export type RecommendationRecord = CadreSelectionRecommendation & { by: string };
export interface InspectionRecord {
  inspectedOn: string;
  team: string[];
  conclusion: string;
  by: string;
}
export type DecisionRecord = CadreSelectionDecision & { by: string; explanation: string };
export interface PublicityRecord {
  publishedOn: string;
  channel: string;
  endsOn: string;
  workingDays: number;
  explanation: string[];
  by: string;
}
export interface AppointmentRecord {
  appointedOn: string;
  documentNumber: string;
  probation: boolean;
  probationEndsOn: string | null;
  probationExplanation: string[];
  by: string;
}

export interface CadreSelectionRow {
  id: string;
  establishmentPostId: string;
  title: string;
  unitName: string;
  postTitle: string;
  postLevel: string;
  motion: MotionRecord;
  recommendation: RecommendationRecord | null;
  inspection: InspectionRecord | null;
  candidateName: string | null;
  candidateGender: Gender | null;
  candidateIdNumberEncrypted: string | null;
  candidateIdNumberMasked: string | null;
  candidateCurrentPost: string | null;
  candidateStaffMemberId: string | null;
  decision: DecisionRecord | null;
  publicity: PublicityRecord | null;
  publicityEndsOn: string | null;
  objections: ObjectionView[];
  appointment: AppointmentRecord | null;
  status: CadreSelectionStatus;
  withdrawalReason: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = new Columns<CadreSelectionRow>({
  id: 'id',
  establishmentPostId: 'establishment_post_id',
  title: 'title',
  unitName: 'unit_name',
  postTitle: 'post_title',
  postLevel: 'post_level',
  motion: ['motion', 'json'],
  recommendation: ['recommendation', 'json'],
  inspection: ['inspection', 'json'],
  candidateName: 'candidate_name',
  candidateGender: 'candidate_gender',
  candidateIdNumberEncrypted: 'candidate_id_number_encrypted',
  candidateIdNumberMasked: 'candidate_id_number_masked',
  candidateCurrentPost: 'candidate_current_post',
  candidateStaffMemberId: 'candidate_staff_member_id',
  decision: ['decision', 'json'],
  publicity: ['publicity', 'json'],
  publicityEndsOn: ['publicity_ends_on', 'date'],
  objections: ['objections', 'json'],
  appointment: ['appointment', 'json'],
  status: 'status',
  withdrawalReason: 'withdrawal_reason',
  timeline: ['timeline', 'json'],
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The only place that speaks SQL for 干部选拔任用. */
@Injectable()
export class CadreSelectionsRepository {
  private readonly table: Table<CadreSelectionRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".cadre_selection`, COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<CadreSelectionRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: CadreSelectionRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: CadreSelectionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  /** How many procedures on the post are still under way (each will take one of its vacancies). */
  async openOnPost(establishmentPostId: string, manager: EntityManager): Promise<number> {
    const rows = (await manager.query(`SELECT count(*)::int AS n FROM ${this.table.name} WHERE establishment_post_id = $1 AND status NOT IN ('appointed', 'withdrawn')`, [establishmentPostId])) as {
      n: number;
    }[];
    return rows[0]?.n ?? 0;
  }

  /** The procedures whose 公示 is running: their end is re-dated when the calendar changes. */
  async publicizing(manager: EntityManager): Promise<CadreSelectionRow[]> {
    const rows = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status = 'publicizing' ORDER BY id FOR UPDATE`)) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  search(query: ListCadreSelections.Request & { limit: number; offset: number }): Promise<Paged<CadreSelectionRow>> {
    const where = new Conditions().when(query.status, 'status = ?').search(query.q, 'title', 'post_title', 'candidate_name');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'created_at DESC, id', limit: query.limit, offset: query.offset }, (row) => COLUMNS.read(row));
  }
}
