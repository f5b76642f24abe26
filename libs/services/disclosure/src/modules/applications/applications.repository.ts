import { Inject, Injectable } from '@nestjs/common';
import type {
  AnswerCode,
  ApplicantType,
  ApplicationChannel,
  ApplicationStatus,
  ChallengeKind,
  ChallengeOutcome,
  DeliveryMethod,
  ExtensionStatus,
  FeeMethod,
  ListApplications,
  SecrecyConclusion,
} from '@gov/contracts-disclosure';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConsultationRecord } from './applications.rules.js';

export interface ChallengeRecord {
  id: string;
  kind: ChallengeKind;
  body: string;
  caseNumber: string | null;
  filedOn: string;
  decisionDueOn: string | null;
  outcome: ChallengeOutcome;
  decidedOn: string | null;
  note: string | null;
}

export interface ApplicationRow {
  id: string;
  unitId: string | null;
  title: string;
  content: string;
  status: ApplicationStatus;
  channel: ApplicationChannel;
  submittedOn: string;
  signedOn: string | null;
  confirmedOn: string | null;
  receivedOn: string;
  receiptBasis: string;
  applicantType: ApplicantType;
  applicantName: string;
  idNumberEncrypted: string;
  idNumberMasked: string;
  phoneEncrypted: string | null;
  phoneMasked: string | null;
  applicantKey: string;
  clockStart: string;
  dueDate: string | null;
  dueProvisional: boolean;
  dueExplanation: string[];
  correctionNoticeDueOn: string | null;
  correctionNoticeOn: string | null;
  correctionItems: string | null;
  correctionDueOn: string | null;
  supplementedOn: string | null;
  consultations: ConsultationRecord[];
  extensionStatus: ExtensionStatus | null;
  extensionReason: string | null;
  extensionDecidedBy: string | null;
  extensionNoticeOn: string | null;
  secrecyConclusion: SecrecyConclusion | null;
  secrecyReviewedBy: string | null;
  secrecyReviewedOn: string | null;
  secrecyNote: string | null;
  answerCode: AnswerCode | null;
  answeredOn: string | null;
  answerText: string | null;
  referral: string | null;
  feeMethod: FeeMethod;
  feeFen: number;
  feeScale: string | null;
  feeExplanation: string | null;
  deliveryMethod: DeliveryMethod | null;
  deliveredOn: string | null;
  deliveryProof: string | null;
  closingReason: string | null;
  concludedOn: string | null;
  challenges: ChallengeRecord[];
  supervisionRequestedAt: Date | null;
  supervisionRequestedBy: string | null;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface StepRow {
  at: Date;
  byUsername: string;
  step: string;
  label: string;
  note: string | null;
}

const COLUMNS = new Columns<ApplicationRow>({
  id: 'id',
  unitId: 'unit_id',
  title: 'title',
  content: 'content',
  status: 'status',
  channel: 'channel',
  submittedOn: ['submitted_on', 'date'],
  signedOn: ['signed_on', 'date'],
  confirmedOn: ['confirmed_on', 'date'],
  receivedOn: ['received_on', 'date'],
  receiptBasis: 'receipt_basis',
  applicantType: 'applicant_type',
  applicantName: 'applicant_name',
  idNumberEncrypted: 'id_number_encrypted',
  idNumberMasked: 'id_number_masked',
  phoneEncrypted: 'phone_encrypted',
  phoneMasked: 'phone_masked',
  applicantKey: 'applicant_key',
  clockStart: ['clock_start', 'date'],
  dueDate: ['due_date', 'date'],
  dueProvisional: 'due_provisional',
  dueExplanation: ['due_explanation', 'json'],
  correctionNoticeDueOn: ['correction_notice_due_on', 'date'],
  correctionNoticeOn: ['correction_notice_on', 'date'],
  correctionItems: 'correction_items',
  correctionDueOn: ['correction_due_on', 'date'],
  supplementedOn: ['supplemented_on', 'date'],
  consultations: ['consultations', 'json'],
  extensionStatus: 'extension_status',
  extensionReason: 'extension_reason',
  extensionDecidedBy: 'extension_decided_by',
  extensionNoticeOn: ['extension_notice_on', 'date'],
  secrecyConclusion: 'secrecy_conclusion',
  secrecyReviewedBy: 'secrecy_reviewed_by',
  secrecyReviewedOn: ['secrecy_reviewed_on', 'date'],
  secrecyNote: 'secrecy_note',
  answerCode: 'answer_code',
  answeredOn: ['answered_on', 'date'],
  answerText: 'answer_text',
  referral: 'referral',
  feeMethod: 'fee_method',
  feeFen: ['fee_fen', 'number'],
  feeScale: 'fee_scale',
  feeExplanation: 'fee_explanation',
  deliveryMethod: 'delivery_method',
  deliveredOn: ['delivered_on', 'date'],
  deliveryProof: 'delivery_proof',
  closingReason: 'closing_reason',
  concludedOn: ['concluded_on', 'date'],
  challenges: ['challenges', 'json'],
  supervisionRequestedAt: 'supervision_requested_at',
  supervisionRequestedBy: 'supervision_requested_by',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

/** The open states whose clock the calendar moves. */
const OPEN_STATES = `('processing', 'awaiting_correction', 'consulting')`;

/** The only place that speaks SQL for 依申请公开申请. */
@Injectable()
export class ApplicationsRepository {
  private readonly table: Table<ApplicationRow>;
  private readonly steps: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) schema: string,
  ) {
    this.table = new Table(`"${schema}".application`, COLUMNS);
    this.steps = `"${schema}".application_step`;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<ApplicationRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  async insert(row: ApplicationRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: ApplicationRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async addStep(manager: EntityManager, applicationId: string, step: { at: Date; by: string; step: string; label: string; note?: string | null }): Promise<void> {
    await manager.query(`INSERT INTO ${this.steps} (application_id, at, by_username, step, label, note) VALUES ($1, $2, $3, $4, $5, $6)`, [
      applicationId,
      step.at,
      step.by,
      step.step,
      step.label,
      step.note ?? null,
    ]);
  }

  async stepsOf(applicationId: string): Promise<StepRow[]> {
    const rows: { at: Date; by_username: string; step: string; label: string; note: string | null }[] = await this.dataSource.query(
      `SELECT at, by_username, step, label, note FROM ${this.steps} WHERE application_id = $1 ORDER BY seq`,
      [applicationId],
    );
    return rows.map((r) => ({ at: r.at, byUsername: r.by_username, step: r.step, label: r.label, note: r.note }));
  }

  /** How many requests the same applicant made in the calendar month of `receivedOn`, up to and including this one (国办函〔2020〕109号). */
  async requestIndexInMonth(manager: EntityManager, row: Pick<ApplicationRow, 'id' | 'applicantKey' | 'receivedOn' | 'createdAt'>): Promise<number> {
    const [result] = (await manager.query(
      `SELECT count(*)::int AS n FROM ${this.table.name}
        WHERE applicant_key = $1 AND date_trunc('month', received_on) = date_trunc('month', $2::date)
          AND (received_on < $2::date OR (received_on = $2::date AND (created_at, id) <= ($3::timestamptz, $4::uuid)))`,
      [row.applicantKey, row.receivedOn, row.createdAt, row.id],
    )) as { n: number }[];
    return result.n;
  }

  /** The open cases whose clock a calendar change may move, locked. */
  async openForRedating(manager: EntityManager): Promise<ApplicationRow[]> {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE status IN ${OPEN_STATES} ORDER BY id FOR UPDATE`);
    return rows.map((r) => COLUMNS.read(r));
  }

  /** Every case received on or before `until` and not concluded before `from` (those the annual report of a year looks at). */
  async forReport(from: string, until: string): Promise<ApplicationRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${this.table.select()} FROM ${this.table.name}
        WHERE (received_on <= $2::date AND (concluded_on IS NULL OR concluded_on >= $1::date))
           OR (concluded_on BETWEEN $1::date AND $2::date)
           OR jsonb_path_exists(challenges, '$[*] ? (@.filedOn >= $from && @.filedOn <= $until)', jsonb_build_object('from', $1::text, 'until', $2::text))
        ORDER BY received_on, id`,
      [from, until],
    );
    return rows.map((r) => COLUMNS.read(r));
  }

  search(query: ListApplications.Request & { limit: number; offset: number; onlyUnitId?: string; overdueBefore?: string }): Promise<Paged<ApplicationRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .when(query.overdueBefore, `status IN ${OPEN_STATES} AND due_date < ?::date`)
      .search(query.q, 'title', 'applicant_name');
    return selectPage(
      this.dataSource,
      { columns: this.table.select(), from: this.table.name, where, orderBy: 'received_on DESC, created_at DESC, id', limit: query.limit, offset: query.offset },
      (row) => COLUMNS.read(row),
    );
  }
}
