import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  EVALUATION_STATUS_LABELS,
  EvaluationChanged,
  EvaluationErrors,
  EvaluationEvents,
  type AdjustEvaluation,
  type CreateEvaluation,
  type EvaluationDetailView,
  type EvaluationLine,
  type ExportEvaluation,
  type FinalizeEvaluation,
  type ListEvaluations,
  type WithdrawEvaluationAdjustment,
} from '@gov/contracts-information';
import { DomainError, reasonOf, Transactions, type Tx, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { SubmissionsService } from '../submissions/submissions.service.js';
import { canManageEvaluations, canSeeEvaluations } from './evaluations.policy.js';
import { EvaluationsRepository, type AdjustmentRow, type EvaluationRow } from './evaluations.repository.js';
import { isChangeable, monthsOf, yearLines } from './evaluations.rules.js';
import { snapshotOf, toDetailView, toEvaluationView } from './evaluations.views.js';

const refused = (field: string, message: string) => new DomainError(CommonErrors.validationFailed, message, [{ field, code: 'minLength', message: `${field}：${message}` }]);

/**
 * 业绩考评 (yearly): per unit the twelve months' scores of the monthly notice (SubmissionsService.monthlyOf, the same
 * computation), plus adjustments with reasons, ranked. A draft is computed live; 定稿 stores every line as an immutable
 * snapshot and nothing of it changes again (EVALUATION.FINALIZED).
 */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly evaluations: EvaluationsRepository,
    private readonly submissions: SubmissionsService,
    private readonly units: UnitDirectory,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateEvaluation.Request, caller: CallerContext): Promise<EvaluationDetailView> {
    if (!canManageEvaluations(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以建立业绩考评');
    const row = await this.transactions.run(async (tx) => {
      if (await this.evaluations.findByYear(request.year, tx.manager)) throw new DomainError(EvaluationErrors.duplicateYear, `${request.year} 年度已有业绩考评`);
      const now = new Date();
      const created: EvaluationRow = {
        id: randomUUID(),
        year: request.year,
        status: 'draft',
        finalLines: null,
        finalizedBy: null,
        finalizedAt: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.evaluations.insert(created, tx.manager);
      await tx.emit(EvaluationEvents.created, snapshotOf(created), undefined, EvaluationChanged.Event);
      return created;
    });
    return this.detail(row);
  }

  /** An adjustment (± points, a reason), recorded with who and when; only on a draft. */
  adjust(request: AdjustEvaluation.Request, caller: CallerContext): Promise<EvaluationDetailView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw refused('reason', '调整须说明理由（至少 2 个字）');
    return this.step(request.id, request.expectedVersion, caller, async (row, tx, now) => {
      const unit = (await this.units.findByIds([request.unitId])).get(request.unitId);
      if (!unit) throw new DomainError(EvaluationErrors.unknownUnit, '单位名录中无此单位');
      await this.evaluations.insertAdjustment(
        { id: randomUUID(), evaluationId: row.id, unitId: unit.id, unitName: unit.name, points: request.points, reason, createdBy: caller.username, createdAt: now, withdrawalReason: null, withdrawnBy: null, withdrawnAt: null },
        tx.manager,
      );
      return EvaluationEvents.adjusted;
    });
  }

  /** An adjustment is withdrawn with a reason (kept, no longer counted); only on a draft. */
  withdrawAdjustment(request: WithdrawEvaluationAdjustment.Request, caller: CallerContext): Promise<EvaluationDetailView> {
    const reason = reasonOf(request.reason);
    if (!reason) throw refused('reason', '撤销须说明理由（至少 2 个字）');
    return this.step(request.id, request.expectedVersion, caller, async (row, tx, now) => {
      const adjustment = (await this.evaluations.adjustments(row.id, tx.manager)).find((a) => a.id === request.adjustmentId);
      if (!adjustment) throw new DomainError(EvaluationErrors.adjustmentNotFound, '调整分记录不存在');
      if (adjustment.withdrawnAt) throw new DomainError(EvaluationErrors.adjustmentWithdrawn, '调整分已撤销');
      await this.evaluations.withdrawAdjustment(adjustment.id, reason, caller.username, now, tx.manager);
      return EvaluationEvents.adjusted;
    });
  }

  /** 定稿: every line as it stands becomes the evaluation's snapshot, with who and when; nothing changes after. */
  finalize(request: FinalizeEvaluation.Request, caller: CallerContext): Promise<EvaluationDetailView> {
    return this.step(request.id, request.expectedVersion, caller, async (row, tx, now) => {
      row.finalLines = await this.lines(row, await this.evaluations.adjustments(row.id, tx.manager));
      row.status = 'final';
      row.finalizedBy = caller.username;
      row.finalizedAt = now;
      return EvaluationEvents.finalized;
    });
  }

  async get(id: string, caller: CallerContext): Promise<EvaluationDetailView> {
    if (!canSeeEvaluations(caller)) throw new DomainError(EvaluationErrors.notFound, '业绩考评不存在或无权查看');
    const row = await this.evaluations.findById(id);
    if (!row) throw new DomainError(EvaluationErrors.notFound, '业绩考评不存在或无权查看');
    return this.detail(row);
  }

  async list(request: ListEvaluations.Request, caller: CallerContext): Promise<ListEvaluations.Reply> {
    if (!canSeeEvaluations(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看业绩考评');
    const page = pageOf(request);
    const { items, total } = await this.evaluations.search({ ...request, ...page });
    return { items: items.map(toEvaluationView), total, ...page };
  }

  async xlsx(request: ExportEvaluation.Request, caller: CallerContext): Promise<ExportEvaluation.Reply> {
    const view = await this.get(request.id, caller);
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    const content = writeXlsx({
      name: `业绩考评${view.year}`,
      header: ['名次', '单位', ...months, '各月合计', '调整分', '年度得分'],
      rows: view.lines.map((l) => [l.rank, l.unitName, ...l.months, l.monthsTotal, l.adjustment, l.score]),
      widths: [6, 30, ...months.map(() => 7), 10, 8, 10],
    });
    return {
      filename: `政务信息工作业绩考评-${view.year}年度（${EVALUATION_STATUS_LABELS[view.status]}）.xlsx`,
      mediaType: XLSX_MEDIA_TYPE,
      rows: view.lines.length,
      contentBase64: content.toString('base64'),
    };
  }

  /** The lines: a final evaluation's snapshot, else computed now from the twelve monthly notices and the adjustments. */
  private async lines(row: EvaluationRow, adjustments: AdjustmentRow[]): Promise<EvaluationLine[]> {
    if (row.status === 'final' && row.finalLines) return row.finalLines;
    const months = await Promise.all(monthsOf(row.year).map((month) => this.submissions.monthlyOf(month)));
    return yearLines(
      months.map((m) => ({ month: m.month, rows: m.rows })),
      adjustments.map((a) => ({ unitId: a.unitId, unitName: a.unitName, points: a.points, withdrawn: !!a.withdrawnAt })),
    );
  }

  private async detail(row: EvaluationRow): Promise<EvaluationDetailView> {
    const adjustments = await this.evaluations.adjustments(row.id);
    return toDetailView(row, await this.lines(row, adjustments), adjustments);
  }

  /** One change of a draft, in one transaction: seen, allowed, at the version held, still a draft, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, change: (row: EvaluationRow, tx: Tx, now: Date) => Promise<string>): Promise<EvaluationDetailView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.evaluations.findById(id, tx.manager, true);
      if (!current || !canSeeEvaluations(caller)) throw new DomainError(EvaluationErrors.notFound, '业绩考评不存在或无权查看');
      if (!canManageEvaluations(caller)) throw new DomainError(CommonErrors.forbidden, '只有信息科可以办理业绩考评');
      if (!isChangeable(current.status)) throw new DomainError(EvaluationErrors.finalized, `${current.year} 年度业绩考评已定稿，不能再修改`);
      if (current.version !== expectedVersion) {
        throw new DomainError(EvaluationErrors.versionConflict, `业绩考评已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      const now = new Date();
      const next: EvaluationRow = { ...current };
      const event = await change(next, tx, now);
      Object.assign(next, { version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.evaluations.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(EvaluationErrors.versionConflict, '业绩考评已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, EvaluationChanged.Event);
      return next;
    });
    return this.detail(row);
  }
}
