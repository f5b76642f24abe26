import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, hasPermission, type CallerContext } from '@gov/contracts-common';
import {
  ANNUAL_REPORT_STATUS_LABELS,
  AnnualReportChanged,
  AnnualReportEvents,
  AnnualReportRecordErrors,
  DisclosurePermissions,
  SNAPSHOT_KIND_LABELS,
  type AnnualReportRecord,
  type CorrectAnnualReport,
  type CreateAnnualReport,
  type FinaliseAnnualReport,
  type GetAnnualReportRecord,
  type SaveAnnualReportContent,
} from '@gov/contracts-disclosure';
import { DomainError, publishTaskChanges, reasonOf, Transactions, type Tx } from '@gov/platform';
import { isDisclosureHead } from '../applications/applications.policy.js';
import { finaliseProblems, reportTitle, tablesProblems, type EnteredTables, type FieldProblem, type Narrative } from './annual-report.rules.js';
import { AnnualReportsRepository, type AnnualReportRow, type AnnualReportSnapshotRow, type RevisionAction } from './annual-reports.repository.js';
import { AnnualReportsService } from './annual-reports.service.js';
import { annualReportTaskChange } from './annual-reports.tasks.js';

const EMPTY_NARRATIVE: Narrative = { overview: '', problems: '', otherMatters: '' };

const canRead = (caller: CallerContext) =>
  !caller.unitId && (hasPermission(caller, DisclosurePermissions.applicationsRead) || hasPermission(caller, DisclosurePermissions.applicationsManage));
const canEdit = (caller: CallerContext) => !caller.unitId && hasPermission(caller, DisclosurePermissions.applicationsManage);

/** The entered values as stored: trimmed sources and texts, the fee rounded to 分 of 万元. */
function cleanTables(t: EnteredTables): EnteredTables {
  const src = (s: string) => s.trim();
  return {
    regulations: { made: t.regulations.made, repealed: t.regulations.repealed, inForce: t.regulations.inForce, source: src(t.regulations.source) },
    normativeDocuments: { made: t.normativeDocuments.made, repealed: t.normativeDocuments.repealed, inForce: t.normativeDocuments.inForce, source: src(t.normativeDocuments.source) },
    licensing: { decisions: t.licensing.decisions, source: src(t.licensing.source) },
    penalties: { decisions: t.penalties.decisions, source: src(t.penalties.source) },
    enforcement: { decisions: t.enforcement.decisions, source: src(t.enforcement.source) },
    fees: { amountWanYuan: t.fees.amountWanYuan, source: src(t.fees.source) },
  };
}
const cleanNarrative = (n: Narrative): Narrative => ({ overview: n.overview.trim(), problems: n.problems.trim(), otherMatters: n.otherMatters.trim() });

function refuse(error: (typeof AnnualReportRecordErrors)[keyof typeof AnnualReportRecordErrors], problems: FieldProblem[]): void {
  if (problems.length) throw new DomainError(error, problems.map((p) => p.message).join('；'), problems);
}

/**
 * 政府信息公开工作年度报告 as a record (第四十九、五十条; 国办公开办函〔2021〕30号): the section enters the 主动公开 tables
 * with their sources and writes the narrative sections, each save a revision (who entered what); the section chief
 * finalises it (定稿): the computed tables as they then stand, the entered tables and the narrative are frozen in an
 * immutable snapshot, and nothing changes afterwards; a later correction is a new 更正 edition with its reason, the
 * earlier snapshots kept.
 */
@Injectable()
export class AnnualReportRecordsService {
  constructor(
    private readonly reports: AnnualReportsRepository,
    private readonly computed: AnnualReportsService,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateAnnualReport.Request, caller: CallerContext): Promise<AnnualReportRecord> {
    if (!canEdit(caller)) throw new DomainError(CommonErrors.forbidden, '年度报告由大数据科（政务公开科）编制');
    return this.transactions.run(async (tx) => {
      const row = await this.ensureDraft(tx, request.year, caller);
      if (!row) throw new DomainError(AnnualReportRecordErrors.exists, `${request.year} 年度的年度报告已建立，请在原报告上编辑`);
      return this.record(row, tx);
    });
  }

  /**
   * The year's draft, in the caller's transaction, with its 3/31 publication 待办 (第四十九条); null when the year already
   * has its report. Opening the departments' collection of the year calls it too.
   */
  async ensureDraft(tx: Tx, year: number, caller: CallerContext): Promise<AnnualReportRow | null> {
    const now = new Date();
    const row: AnnualReportRow = { id: randomUUID(), year, status: 'draft', tables: null, narrative: EMPTY_NARRATIVE, edition: 0, version: 1, createdAt: now, createdBy: caller.username, updatedAt: now, updatedBy: caller.username };
    if (!(await this.reports.insert(row, tx.manager))) return null;
    await this.reports.addRevision(tx.manager, row.id, { version: 1, action: 'create', tables: null, narrative: row.narrative, note: null, at: now, by: caller.username });
    await this.emit(tx, AnnualReportEvents.created, row);
    await publishTaskChanges(tx, annualReportTaskChange(null, row, caller.userId));
    return row;
  }

  async get(request: GetAnnualReportRecord.Request, caller: CallerContext): Promise<GetAnnualReportRecord.Reply> {
    if (!canRead(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看政府信息公开工作年度报告');
    const row = await this.reports.findByYear(request.year);
    return { year: request.year, record: row ? await this.record(row) : null };
  }

  saveContent(request: SaveAnnualReportContent.Request, caller: CallerContext): Promise<AnnualReportRecord> {
    if (request.tables) refuse(AnnualReportRecordErrors.tables, tablesProblems(request.tables));
    return this.step(request.id, request.expectedVersion, caller, 'save', (row) => {
      if (row.status === 'final') throw new DomainError(AnnualReportRecordErrors.final, `${row.year} 年度报告已于第 ${row.edition} 版定稿，不能再修改；如需更正，请由科室负责人出更正版本并说明理由`);
      row.tables = request.tables ? cleanTables(request.tables) : row.tables;
      row.narrative = cleanNarrative(request.narrative);
      return { event: AnnualReportEvents.updated, note: null };
    });
  }

  finalise(request: FinaliseAnnualReport.Request, caller: CallerContext): Promise<AnnualReportRecord> {
    return this.step(request.id, request.expectedVersion, caller, 'finalise', async (row, tx, now) => {
      if (row.status === 'final') throw new DomainError(AnnualReportRecordErrors.final, `${row.year} 年度报告已定稿（第 ${row.edition} 版），不能再次定稿；如需更正，请出更正版本并说明理由`);
      refuse(AnnualReportRecordErrors.incomplete, finaliseProblems(row.tables, row.narrative));
      await this.freeze(row, tx, now, caller, 'final', null);
      return { event: AnnualReportEvents.finalised, note: `第 ${row.edition} 版（定稿）` };
    });
  }

  correct(request: CorrectAnnualReport.Request, caller: CallerContext): Promise<AnnualReportRecord> {
    const reason = reasonOf(request.reason);
    if (!reason) throw new DomainError(CommonErrors.validationFailed, '更正须说明理由（至少 2 个字）', [{ field: 'reason', code: 'required', message: 'reason：更正须说明理由（至少 2 个字）' }]);
    refuse(AnnualReportRecordErrors.tables, tablesProblems(request.tables));
    return this.step(request.id, request.expectedVersion, caller, 'correct', async (row, tx, now) => {
      if (row.status !== 'final') throw new DomainError(AnnualReportRecordErrors.notFinal, `${row.year} 年度报告尚未定稿，直接修改草稿即可，无需更正`);
      row.tables = cleanTables(request.tables);
      row.narrative = cleanNarrative(request.narrative);
      refuse(AnnualReportRecordErrors.incomplete, finaliseProblems(row.tables, row.narrative));
      await this.freeze(row, tx, now, caller, 'correction', reason);
      return { event: AnnualReportEvents.corrected, note: `第 ${row.edition} 版（更正）：${reason}` };
    });
  }

  /** The snapshots of a report the caller may read (the PDF renders one). */
  async snapshotsFor(id: string, caller: CallerContext): Promise<{ row: AnnualReportRow; snapshots: AnnualReportSnapshotRow[] }> {
    if (!canRead(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看政府信息公开工作年度报告');
    const row = await this.reports.findById(id);
    if (!row) throw new DomainError(AnnualReportRecordErrors.notFound, '年度报告不存在');
    return { row, snapshots: await this.reports.snapshotsOf(row.id) };
  }

  /** 定稿 / 更正: the computed tables as they stand now, refused while the cross-check fails (naming the cases). */
  private async freeze(row: AnnualReportRow, tx: Tx, now: Date, caller: CallerContext, kind: 'final' | 'correction', reason: string | null): Promise<void> {
    const computed = await this.computed.preview({ year: row.year }, caller);
    if (!computed.crossCheckHolds) {
      const named = computed.offenders.map((o) => `${o.title}（${o.reason}）`).join('；');
      throw new DomainError(AnnualReportRecordErrors.crossCheck, `依申请公开情况表勾稽关系 一+二=三+四 不成立，不能${SNAPSHOT_KIND_LABELS[kind]}${named ? `：${named}` : ''}`);
    }
    row.status = 'final';
    row.edition += 1;
    await this.reports.addSnapshot(tx.manager, row.id, {
      id: randomUUID(),
      edition: row.edition,
      kind,
      reason,
      title: reportTitle(row.year),
      computed,
      tables: row.tables as EnteredTables,
      narrative: row.narrative,
      takenAt: now,
      takenBy: caller.username,
    });
  }

  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    action: RevisionAction,
    change: (row: AnnualReportRow, tx: Tx, now: Date) => { event: string; note: string | null } | Promise<{ event: string; note: string | null }>,
  ): Promise<AnnualReportRecord> {
    const chiefOnly = action === 'finalise' || action === 'correct';
    if (!canRead(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看政府信息公开工作年度报告');
    return this.transactions.run(async (tx) => {
      const current = await this.reports.findById(id, tx.manager, true);
      if (!current) throw new DomainError(AnnualReportRecordErrors.notFound, '年度报告不存在');
      if (!(chiefOnly ? isDisclosureHead(caller) : canEdit(caller))) {
        throw new DomainError(CommonErrors.forbidden, chiefOnly ? '年度报告的定稿和更正由大数据科（政务公开科）负责人办理' : '年度报告由大数据科（政务公开科）编制');
      }
      if (current.version !== expectedVersion) {
        throw new DomainError(AnnualReportRecordErrors.versionConflict, `年度报告已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      const now = new Date();
      const next: AnnualReportRow = { ...current };
      const effect = await change(next, tx, now);
      Object.assign(next, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.reports.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(AnnualReportRecordErrors.versionConflict, '年度报告已被他人修改，请刷新后重试');
      await this.reports.addRevision(tx.manager, next.id, { version: next.version, action, tables: next.tables, narrative: next.narrative, note: effect.note, at: now, by: caller.username });
      await this.emit(tx, effect.event, next);
      await publishTaskChanges(tx, annualReportTaskChange(current, next, caller.userId));
      return this.record(next, tx);
    });
  }

  private async emit(tx: Tx, event: string, row: AnnualReportRow): Promise<void> {
    await tx.emit(event, { id: row.id, year: row.year, status: row.status, edition: row.edition, version: row.version }, undefined, AnnualReportChanged.Event);
  }

  private async record(row: AnnualReportRow, tx?: Tx): Promise<AnnualReportRecord> {
    const [snapshots, revisions] = await Promise.all([this.reports.snapshotsOf(row.id, tx?.manager), this.reports.revisionsOf(row.id, tx?.manager)]);
    const actionLabels: Record<RevisionAction, string> = { create: '建立', save: '录入', finalise: '定稿', correct: '更正' };
    return {
      id: row.id,
      year: row.year,
      title: reportTitle(row.year),
      status: row.status,
      statusLabel: ANNUAL_REPORT_STATUS_LABELS[row.status],
      tables: row.tables,
      narrative: row.narrative,
      snapshots: snapshots.map((s) => ({ ...s, kindLabel: SNAPSHOT_KIND_LABELS[s.kind], takenAt: new Date(s.takenAt).toISOString() })),
      revisions: revisions.map((r) => ({ version: r.version, action: actionLabels[r.action], note: r.note, at: new Date(r.at).toISOString(), by: r.by })),
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy,
    };
  }
}
