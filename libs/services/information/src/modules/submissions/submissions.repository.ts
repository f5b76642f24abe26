import { Inject, Injectable } from '@nestjs/common';
import type { AdoptionLevel, InstructionLevel, ListSubmissions, SubmissionCategory, SubmissionStatus } from '@gov/contracts-information';
import { Columns, Conditions, DATA_SOURCE, SCHEMA, selectPage, Table, type Paged } from '@gov/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { ScoreWeights } from './submissions.rules.js';

export interface SubmissionRow {
  id: string;
  unitId: string | null;
  creditUnitIds: string[];
  title: string;
  body: string;
  category: SubmissionCategory;
  urgent: boolean;
  attachments: string[];
  status: SubmissionStatus;
  textVersion: number;
  reason: string | null;
  mergedIntoId: string | null;
  mergedFromIds: string[];
  submittedAt: Date;
  score: number;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export interface TextRow {
  submissionId: string;
  textVersion: number;
  title: string;
  body: string;
  note: string | null;
  createdBy: string;
  createdAt: Date;
}

export interface StepRow {
  submissionId: string;
  seq: number;
  step: string;
  status: SubmissionStatus;
  note: string | null;
  actor: string;
  at: Date;
}

export interface AdoptionRow {
  id: string;
  submissionId: string;
  level: AdoptionLevel;
  adoptedOn: string;
  outlet: string | null;
  points: number;
  weightVersion: string;
  creditUnitIds: string[];
  recordedBy: string;
  recordedAt: Date;
}

export interface InstructionRow {
  id: string;
  submissionId: string;
  level: InstructionLevel;
  leaderName: string;
  content: string;
  instructedOn: string;
  points: number;
  weightVersion: string;
  creditUnitIds: string[];
  recordedBy: string;
  recordedAt: Date;
}

const COLUMNS = new Columns<SubmissionRow>({
  id: 'id',
  unitId: 'unit_id',
  creditUnitIds: ['credit_unit_ids', 'uuid[]'],
  title: 'title',
  body: 'body',
  category: 'category',
  urgent: 'urgent',
  attachments: 'attachments',
  status: 'status',
  textVersion: 'text_version',
  reason: 'reason',
  mergedIntoId: 'merged_into_id',
  mergedFromIds: ['merged_from_ids', 'uuid[]'],
  submittedAt: 'submitted_at',
  score: 'score',
  version: 'version',
  createdAt: 'created_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by',
});

const TEXT_COLUMNS = new Columns<TextRow>({
  submissionId: 'submission_id',
  textVersion: 'text_version',
  title: 'title',
  body: 'body',
  note: 'note',
  createdBy: 'created_by',
  createdAt: 'created_at',
});

const STEP_COLUMNS = new Columns<StepRow>({ submissionId: 'submission_id', seq: 'seq', step: 'step', status: 'status', note: 'note', actor: 'actor', at: 'at' });

const ADOPTION_COLUMNS = new Columns<AdoptionRow>({
  id: 'id',
  submissionId: 'submission_id',
  level: 'level',
  adoptedOn: ['adopted_on', 'date'],
  outlet: 'outlet',
  points: 'points',
  weightVersion: 'weight_version',
  creditUnitIds: ['credit_unit_ids', 'uuid[]'],
  recordedBy: 'recorded_by',
  recordedAt: 'recorded_at',
});

const INSTRUCTION_COLUMNS = new Columns<InstructionRow>({
  id: 'id',
  submissionId: 'submission_id',
  level: 'level',
  leaderName: 'leader_name',
  content: 'content',
  instructedOn: ['instructed_on', 'date'],
  points: 'points',
  weightVersion: 'weight_version',
  creditUnitIds: ['credit_unit_ids', 'uuid[]'],
  recordedBy: 'recorded_by',
  recordedAt: 'recorded_at',
});

/** What the monthly notice counts, per unit. */
export interface MonthlyCounts {
  submitted: Map<string, number>;
  adoptions: { unitId: string; level: AdoptionLevel; points: number; weightVersion: string }[];
  instructions: { unitId: string; points: number; weightVersion: string }[];
}

/** The only place that speaks SQL for 报送信息. */
@Injectable()
export class SubmissionsRepository {
  private readonly table: Table<SubmissionRow>;
  private readonly adoptionTable: Table<AdoptionRow>;
  private readonly instructionTable: Table<InstructionRow>;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SCHEMA) private readonly schema: string,
  ) {
    this.table = new Table(`"${schema}".submission`, COLUMNS);
    this.adoptionTable = new Table(`"${schema}".adoption`, ADOPTION_COLUMNS);
    this.instructionTable = new Table(`"${schema}".instruction`, INSTRUCTION_COLUMNS);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<SubmissionRow | null> {
    return this.table.find(manager, id, forUpdate);
  }

  /** Several records, locked for a step that changes them all (综合). */
  async findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager, forUpdate = false): Promise<SubmissionRow[]> {
    const rows = (await manager.query(`SELECT ${this.table.select()} FROM ${this.table.name} WHERE id = ANY($1::uuid[]) ORDER BY id${forUpdate ? ' FOR UPDATE' : ''}`, [ids])) as Record<string, unknown>[];
    return rows.map((row) => COLUMNS.read(row));
  }

  async insert(row: SubmissionRow, manager: EntityManager): Promise<void> {
    await this.table.insert(manager, row);
  }

  /** Saves the next version if nobody saved one since `expectedVersion`; false when somebody did. */
  saveIfVersion(row: SubmissionRow, expectedVersion: number, manager: EntityManager): Promise<boolean> {
    return this.table.saveIfVersion(manager, row, expectedVersion);
  }

  async insertText(row: TextRow, manager: EntityManager): Promise<void> {
    await manager.query(...TEXT_COLUMNS.insert(`"${this.schema}".submission_text`, row));
  }

  async texts(submissionId: string): Promise<TextRow[]> {
    const rows = (await this.dataSource.query(`SELECT ${TEXT_COLUMNS.select()} FROM "${this.schema}".submission_text WHERE submission_id = $1 ORDER BY text_version`, [submissionId])) as Record<string, unknown>[];
    return rows.map((row) => TEXT_COLUMNS.read(row));
  }

  /** Appends one line to the record's timeline (the next sequence number). */
  async insertStep(row: Omit<StepRow, 'seq'>, manager: EntityManager): Promise<void> {
    const [{ next }] = (await manager.query(`SELECT coalesce(max(seq), 0) + 1 AS next FROM "${this.schema}".submission_step WHERE submission_id = $1`, [row.submissionId])) as { next: number }[];
    await manager.query(...STEP_COLUMNS.insert(`"${this.schema}".submission_step`, { ...row, seq: Number(next) }));
  }

  async steps(submissionId: string, manager: EntityManager = this.dataSource.manager): Promise<StepRow[]> {
    const rows = (await manager.query(`SELECT ${STEP_COLUMNS.select()} FROM "${this.schema}".submission_step WHERE submission_id = $1 ORDER BY seq`, [submissionId])) as Record<string, unknown>[];
    return rows.map((row) => STEP_COLUMNS.read(row));
  }

  async insertAdoption(row: AdoptionRow, manager: EntityManager): Promise<void> {
    await this.adoptionTable.insert(manager, row);
  }

  async adoptions(submissionId: string, manager: EntityManager = this.dataSource.manager): Promise<AdoptionRow[]> {
    const rows = (await manager.query(`SELECT ${this.adoptionTable.select()} FROM ${this.adoptionTable.name} WHERE submission_id = $1 ORDER BY adopted_on, recorded_at`, [submissionId])) as Record<string, unknown>[];
    return rows.map((row) => ADOPTION_COLUMNS.read(row));
  }

  async insertInstruction(row: InstructionRow, manager: EntityManager): Promise<void> {
    await this.instructionTable.insert(manager, row);
  }

  async instructions(submissionId: string, manager: EntityManager = this.dataSource.manager): Promise<InstructionRow[]> {
    const rows = (await manager.query(`SELECT ${this.instructionTable.select()} FROM ${this.instructionTable.name} WHERE submission_id = $1 ORDER BY instructed_on, recorded_at`, [submissionId])) as Record<string, unknown>[];
    return rows.map((row) => INSTRUCTION_COLUMNS.read(row));
  }

  /** The adopted levels of many records at once, for a list page. */
  async adoptedLevels(ids: readonly string[]): Promise<Map<string, AdoptionLevel[]>> {
    const out = new Map<string, AdoptionLevel[]>();
    if (!ids.length) return out;
    const rows = (await this.dataSource.query(`SELECT submission_id, level FROM "${this.schema}".adoption WHERE submission_id = ANY($1::uuid[]) ORDER BY adopted_on`, [ids])) as {
      submission_id: string;
      level: AdoptionLevel;
    }[];
    for (const row of rows) out.set(row.submission_id, [...(out.get(row.submission_id) ?? []), row.level]);
    return out;
  }

  /** The scoring tables, newest first (configuration seeded by the migration). */
  /** Serialises new versions of the weight table (one at a time, across replicas) for the rest of the transaction. */
  async lockWeights(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('information.score_weights'))`);
  }

  async weights(manager: EntityManager = this.dataSource.manager): Promise<(ScoreWeights & { createdBy: string; createdAt: Date })[]> {
    const rows = (await manager.query(
      `SELECT version, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", source, adoption, instruction, deduction, created_by AS "createdBy", created_at AS "createdAt" FROM "${this.schema}".score_weights ORDER BY effective_from DESC`,
    )) as (ScoreWeights & { createdBy: string; createdAt: Date })[];
    return rows;
  }

  /** A new version of the weight table (a new row; existing versions are never changed). */
  async insertWeights(row: ScoreWeights, createdBy: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${this.schema}".score_weights (version, effective_from, source, adoption, instruction, deduction, created_by) VALUES ($1, $2::date, $3, $4, $5, $6, $7)`,
      [row.version, row.effectiveFrom, row.source, JSON.stringify(row.adoption), JSON.stringify(row.instruction), JSON.stringify(row.deduction), createdBy],
    );
  }

  /** What a month's notice counts: submissions made in it per unit, adoptions and 批示 dated in it per credited unit. */
  async monthly(from: string, until: string): Promise<MonthlyCounts> {
    const s = this.schema;
    const submitted = (await this.dataSource.query(
      `SELECT unit_id, count(*)::int AS n FROM "${s}".submission WHERE unit_id IS NOT NULL AND status <> 'withdrawn' AND submitted_at >= $1::date AND submitted_at < $2::date GROUP BY unit_id`,
      [from, until],
    )) as { unit_id: string; n: number }[];
    const adoptions = (await this.dataSource.query(
      `SELECT unnest(credit_unit_ids) AS "unitId", level, points, weight_version AS "weightVersion" FROM "${s}".adoption WHERE adopted_on >= $1::date AND adopted_on < $2::date`,
      [from, until],
    )) as MonthlyCounts['adoptions'];
    const instructions = (await this.dataSource.query(
      `SELECT unnest(credit_unit_ids) AS "unitId", points, weight_version AS "weightVersion" FROM "${s}".instruction WHERE instructed_on >= $1::date AND instructed_on < $2::date`,
      [from, until],
    )) as MonthlyCounts['instructions'];
    return { submitted: new Map(submitted.map((r) => [r.unit_id, Number(r.n)])), adoptions, instructions };
  }

  search(query: ListSubmissions.Request & { limit: number; offset: number; onlyUnitId?: string }): Promise<Paged<SubmissionRow>> {
    const where = new Conditions()
      .when(query.status, 'status = ?')
      .when(query.category, 'category = ?')
      .when(query.unitId, 'unit_id = ?')
      .when(query.onlyUnitId, 'unit_id = ?')
      .search(query.q, 'title');
    return selectPage(this.dataSource, { columns: this.table.select(), from: this.table.name, where, orderBy: 'submitted_at DESC, id', limit: query.limit, offset: query.offset }, (row) =>
      COLUMNS.read(row),
    );
  }
}
