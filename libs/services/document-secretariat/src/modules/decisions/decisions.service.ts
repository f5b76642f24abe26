import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, pageOf, SYSTEM_CALLER, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  DECISION_RESULT_LABELS,
  DECISION_STAGE_LABELS,
  DECISION_STATUS_LABELS,
  DecisionErrors,
  DecisionEvents,
  MIN_PUBLIC_COMMENT_DAYS,
  type AdjustDecision,
  type CreateDecision,
  type DecisionStage,
  type DecisionView,
  type FinishDecisionStage,
  type ListDecisions,
  type StartDecisionStage,
  type WithdrawDecision,
} from '@gov/contracts-document-secretariat';
import { computeDeadline, isDeadlineOverdue, shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, Transactions, type Tx } from '@gov/platform';
import { visibilityOf } from '../../common/access.js';
import { firstVersion } from '../../common/audit-columns.js';
import { visibleOr404 } from '../../common/rows.js';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { Timeline } from '../../common/timeline.js';
import { KnownUnits } from '../../common/units.js';
import { decisionStatus, initialStages, refuseFinish, refuseStart, type StageRefusal, type StageState } from './decision-stages.js';
import { DecisionsRepository, type DecisionRow, type StageRow } from './decisions.repository.js';
import { assertCleared, assertManager, assertOpen, assertVersion, NOT_FOUND } from './decisions.policy.js';
import { DecisionCatalogueService } from './decision-catalogue.service.js';
import { emptyStage, outcomeOf, stateOf, withStage } from './decision-stage-rows.js';
import { changed, decisionView, summaryOf, type Actor } from './decisions.views.js';

export { LEGAL_AFFAIRS_MANAGE } from './decisions.policy.js';

/**
 * The year's 决策事项目录 and each decision through its statutory stages (《重大行政决策程序暂行条例》). The order of the
 * stages is `decision-stages.ts`; this service records each step with who and when, its evidence (content-hashed files)
 * and outcome, keeps the search registry and the timeline, and emits an event in the same transaction.
 */
@Injectable()
export class DecisionsService implements OnModuleInit {
  constructor(
    private readonly decisions: DecisionsRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly timeline: Timeline,
    private readonly files: Files,
    private readonly units: KnownUnits,
    private readonly calendar: CalendarCopy,
    private readonly catalogues: DecisionCatalogueService,
  ) {}

  onModuleInit(): void {
    // A corrected or newly loaded calendar year re-dates the open comment periods that touch it.
    this.calendar.onChange(async (year, tx, calendar) => {
      await this.redateCommentPeriods(year, tx, calendar);
    });
  }

  async create(request: CreateDecision.Request, caller: CallerContext): Promise<DecisionView> {
    assertManager(caller);
    assertCleared(request.secrecyLevel, caller);
    const [unit] = await this.units.require([request.undertakingUnitId], '决策承办单位');
    let stages: StageState[];
    try {
      stages = initialStages(request.notApplicable);
    } catch (error) {
      throw new DomainError(CommonErrors.validationFailed, (error as Error).message, [{ field: 'notApplicable', code: 'stage', message: (error as Error).message }]);
    }
    return this.transactions.run(async (tx) => {
      const catalogue = await this.catalogues.ensure(request.year, caller, tx);
      const reason = request.adjustmentReason?.trim();
      if (catalogue.published && !reason) {
        throw new DomainError(DecisionErrors.reasonRequired, `${request.year}年度目录已公布，新增事项属于目录调整，须填写调整理由（adjustmentReason）`, [
          { field: 'adjustmentReason', code: 'required', message: '目录已公布，须说明调整理由' },
        ]);
      }
      const now = new Date();
      const row: DecisionRow = {
        id: randomUUID(),
        year: request.year,
        title: request.title.trim(),
        summary: request.summary?.trim() || null,
        undertaking_unit_id: unit.id,
        undertaking_unit_name: unit.name,
        planned_time: request.plannedTime.trim(),
        status: 'planned',
        result: null,
        withdrawal_reason: null,
        secrecy_level: request.secrecyLevel,
        secrecy_period: request.secrecyPeriod ?? null,
        copy_number: request.copyNumber ?? null,
        unit_ids: [unit.id],
        user_ids: [],
        ...firstVersion(caller, now),
      };
      await this.decisions.insertDecision(row, tx.manager);
      await this.decisions.insertStages(
        stages.map((s, i): StageRow => ({ ...emptyStage(row.id, s.stage, i + 1), required: s.required, status: s.status, not_applicable_reason: s.notApplicableReason ?? null })),
        tx.manager,
      );
      if (catalogue.published && reason) {
        await this.decisions.insertAdjustment(
          { id: randomUUID(), decision_id: row.id, reason, before: {}, after: { added: true, title: row.title }, adjusted_by: caller.username, adjusted_at: now },
          tx.manager,
        );
      }
      await this.putRegistry(tx, row);
      await this.timeline.append(tx, caller, {
        kind: 'major_decision',
        id: row.id,
        action: 'decision.catalogued',
        label: '列入决策事项目录',
        note: reason ?? null,
        detail: {
          year: row.year,
          undertakingUnit: unit.name,
          plannedTime: row.planned_time,
          requiredStages: stages.filter((s) => s.required).map((s) => DECISION_STAGE_LABELS[s.stage]),
          notApplicable: stages.filter((s) => s.status === 'not_applicable').map((s) => ({ stage: DECISION_STAGE_LABELS[s.stage], reason: s.notApplicableReason })),
        },
      });
      await this.timeline.append(tx, caller, {
        kind: 'decision_catalogue',
        id: catalogue.id,
        action: 'decision_catalogue.item-added',
        label: catalogue.published ? '目录调整：新增事项' : '新增目录事项',
        note: reason ?? null,
        detail: { decisionId: row.id, title: row.title },
      });
      await tx.emit(DecisionEvents.catalogued, changed(row, caller));
      return this.decisionView(row, tx);
    });
  }

  async adjust(request: AdjustDecision.Request, caller: CallerContext): Promise<DecisionView> {
    assertManager(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.lockCurrent(request, caller, tx);
      if (row.status !== 'planned' && row.status !== 'in_progress') {
        throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${DECISION_STATUS_LABELS[row.status]}”不能调整目录事项`);
      }
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const next: DecisionRow = { ...row };
      const change = (field: string, column: 'title' | 'summary' | 'planned_time' | 'undertaking_unit_id', value: string | null) => {
        if (value === row[column]) return;
        before[field] = row[column];
        after[field] = value;
        next[column] = value as string;
      };
      if (request.title !== undefined) change('title', 'title', request.title.trim());
      if (request.summary !== undefined) change('summary', 'summary', request.summary.trim() || null);
      if (request.plannedTime !== undefined) change('plannedTime', 'planned_time', request.plannedTime.trim());
      if (request.undertakingUnitId !== undefined && request.undertakingUnitId !== row.undertaking_unit_id) {
        const [unit] = await this.units.require([request.undertakingUnitId], '决策承办单位');
        change('undertakingUnitId', 'undertaking_unit_id', unit.id);
        before.undertakingUnitName = row.undertaking_unit_name;
        after.undertakingUnitName = unit.name;
        next.undertaking_unit_name = unit.name;
        next.unit_ids = [unit.id];
      }
      if (!Object.keys(after).length) throw new DomainError(CommonErrors.validationFailed, '没有需要调整的内容');
      const saved = await this.save(tx, next, row.version, caller);
      await this.decisions.insertAdjustment(
        { id: randomUUID(), decision_id: row.id, reason: request.reason.trim(), before, after, adjusted_by: caller.username, adjusted_at: saved.updated_at },
        tx.manager,
      );
      await this.timeline.append(tx, caller, { kind: 'major_decision', id: row.id, action: 'decision.adjusted', label: '目录调整', note: request.reason.trim(), detail: { before, after } });
      await tx.emit(DecisionEvents.adjusted, changed(saved, caller));
      return this.decisionView(saved, tx);
    });
  }

  async withdraw(request: WithdrawDecision.Request, caller: CallerContext): Promise<DecisionView> {
    assertManager(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.lockCurrent(request, caller, tx);
      if (row.status !== 'planned' && row.status !== 'in_progress') {
        throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${DECISION_STATUS_LABELS[row.status]}”不能调出目录`);
      }
      const reason = request.reason.trim();
      const saved = await this.save(tx, { ...row, status: 'withdrawn', withdrawal_reason: reason }, row.version, caller);
      await this.decisions.insertAdjustment(
        { id: randomUUID(), decision_id: row.id, reason, before: { status: row.status }, after: { status: 'withdrawn' }, adjusted_by: caller.username, adjusted_at: saved.updated_at },
        tx.manager,
      );
      await this.timeline.append(tx, caller, { kind: 'major_decision', id: row.id, action: 'decision.withdrawn', label: '调出决策事项目录', note: reason });
      await tx.emit(DecisionEvents.withdrawn, changed(saved, caller));
      return this.decisionView(saved, tx);
    });
  }

  async startStage(request: StartDecisionStage.Request, caller: CallerContext): Promise<DecisionView> {
    return this.stageStep(request, caller, refuseStart, async (tx, row, stages, stage) => {
      const now = new Date();
      const next: StageRow = { ...stage, status: 'in_progress', round: stage.round + 1, started_at: now, started_by: caller.username, finished_at: null, finished_by: null, outcome: {} };
      if (request.stage === 'public_participation') {
        // 第15条: 征求意见期限一般不少于30日; a shorter period is explained when the comments are invited.
        const days = request.periodDays ?? MIN_PUBLIC_COMMENT_DAYS;
        const shortened = request.shortenedReason?.trim();
        if (days < MIN_PUBLIC_COMMENT_DAYS && !shortened) {
          throw new DomainError(DecisionErrors.reasonRequired, `公开征求意见的期限一般不少于 ${MIN_PUBLIC_COMMENT_DAYS} 日；少于 ${MIN_PUBLIC_COMMENT_DAYS} 日的须说明理由（《重大行政决策程序暂行条例》第十五条）`, [
            { field: 'shortenedReason', code: 'required', message: `征求意见期限少于 ${MIN_PUBLIC_COMMENT_DAYS} 日，须说明理由` },
          ]);
        }
        const start = request.periodStart ?? today();
        const deadline = computeDeadline(await this.calendar.current(), { start, amount: days, unit: 'calendar_days' });
        Object.assign(next, { period_start: start, period_days: days, period_end: deadline.dueDate, period_explanation: deadline.explanation, period_provisional: deadline.provisional });
        next.outcome = { ...(request.channel ? { channel: request.channel.trim() } : {}), ...(shortened ? { shortenedReason: shortened } : {}) };
      } else if (request.periodStart || request.periodDays || request.shortenedReason || request.channel) {
        throw new DomainError(CommonErrors.validationFailed, '征求意见期限只适用于“公众参与”环节', [{ field: 'periodDays', code: 'stage', message: '只有公众参与环节有征求意见期限' }]);
      }
      next.evidence = [...stage.evidence, ...(await this.files.attach(tx, caller, { kind: 'major_decision', id: row.id, secrecyLevel: row.secrecy_level }, request.evidence ?? [], `stage:${request.stage}`))];
      await this.decisions.updateStage(next, tx.manager);
      const saved = await this.save(tx, { ...row, status: decisionStatus(withStage(stages, next).map(stateOf), false) }, row.version, caller);
      await this.timeline.append(tx, caller, {
        kind: 'major_decision',
        id: row.id,
        action: 'decision.stage-started',
        label: `开始${DECISION_STAGE_LABELS[request.stage]}${next.round > 1 ? `（第 ${next.round} 轮）` : ''}`,
        note: request.note ?? null,
        detail: {
          stage: request.stage,
          round: next.round,
          ...(next.period_end ? { periodStart: next.period_start, periodDays: next.period_days, periodEnd: next.period_end, explanation: next.period_explanation } : {}),
          evidence: next.evidence.map((f) => ({ fileId: f.fileId, sha256: f.sha256 })),
        },
      });
      await tx.emit(DecisionEvents.stageStarted, changed(saved, caller, request.stage));
      return this.decisionView(saved, tx);
    });
  }

  async finishStage(request: FinishDecisionStage.Request, caller: CallerContext): Promise<DecisionView> {
    return this.stageStep(request, caller, refuseFinish, async (tx, row, stages, stage) => {
      const outcome = outcomeOf(request);
      if (request.stage === 'public_participation' && stage.period_end && !isDeadlineOverdue(stage.period_end, today())) {
        throw new DomainError(DecisionErrors.commentPeriodOpen, `公开征求意见期限至 ${stage.period_end} 届满，期满前不能结束公众参与（《重大行政决策程序暂行条例》第十五条）`);
      }
      const failed = request.stage === 'legality_review' && request.legalityResult === 'failed';
      const now = new Date();
      const evidence = await this.files.attach(tx, caller, { kind: 'major_decision', id: row.id, secrecyLevel: row.secrecy_level }, request.evidence ?? [], `stage:${request.stage}`);
      const next: StageRow = {
        ...stage,
        status: failed ? 'failed' : 'finished',
        finished_at: now,
        finished_by: caller.username,
        outcome: { ...stage.outcome, ...outcome },
        evidence: [...stage.evidence, ...evidence],
      };
      await this.decisions.updateStage(next, tx.manager);
      const states = withStage(stages, next).map(stateOf);
      const result = request.stage === 'collective_decision' ? (request.decisionResult ?? null) : row.result;
      const saved = await this.save(tx, { ...row, status: decisionStatus(states, false), result }, row.version, caller);
      const label = failed
        ? '合法性审查未通过'
        : request.stage === 'collective_decision'
          ? `集体讨论决定：${DECISION_RESULT_LABELS[request.decisionResult as keyof typeof DECISION_RESULT_LABELS]}`
          : `完成${DECISION_STAGE_LABELS[request.stage]}`;
      await this.timeline.append(tx, caller, {
        kind: 'major_decision',
        id: row.id,
        action: failed ? 'decision.legality-failed' : 'decision.stage-finished',
        label,
        note: request.summary.trim(),
        detail: { stage: request.stage, round: next.round, outcome, evidence: evidence.map((f) => ({ fileId: f.fileId, sha256: f.sha256 })) },
      });
      await tx.emit(DecisionEvents.stageFinished, changed(saved, caller, request.stage));
      if (request.stage === 'collective_decision') await tx.emit(DecisionEvents.decided, changed(saved, caller, request.stage));
      return this.decisionView(saved, tx);
    });
  }

  async get(id: string, caller: CallerContext): Promise<DecisionView> {
    return this.decisionView(visibleOr404(await this.decisions.findDecision(id), caller, NOT_FOUND));
  }

  async list(request: ListDecisions.Request, caller: CallerContext): Promise<ListDecisions.Reply> {
    const page = pageOf(request);
    const { items, total } = await this.decisions.search({ ...request, ...page }, caller);
    return { items: items.map(summaryOf), total, ...page };
  }

  /** Re-dates the open 公众参与 periods touching `year` over the new calendar, with the new explanation on the timeline. */
  async redateCommentPeriods(year: number, tx: Tx, calendar: WorkingCalendar): Promise<number> {
    const open = await this.decisions.openCommentPeriodsIn(year, tx.manager);
    if (!open.length) return 0;
    let changedCount = 0;
    for (const stage of open) {
      const deadline = computeDeadline(calendar, { start: stage.period_start as string, amount: stage.period_days as number, unit: 'calendar_days' });
      if (deadline.dueDate === stage.period_end && deadline.provisional === stage.period_provisional) continue;
      await this.decisions.updateStage({ ...stage, period_end: deadline.dueDate, period_explanation: deadline.explanation, period_provisional: deadline.provisional }, tx.manager);
      const row = (await this.decisions.findDecision(stage.decision_id, tx.manager, true)) as DecisionRow;
      const saved = await this.save(tx, row, row.version, SYSTEM_CALLER);
      await this.timeline.append(tx, SYSTEM_CALLER, {
        kind: 'major_decision',
        id: row.id,
        action: 'decision.comment-period-redated',
        label: '日历调整，重新计算征求意见截止日',
        detail: { year, before: stage.period_end, after: deadline.dueDate, explanation: deadline.explanation },
      });
      await tx.emit(DecisionEvents.adjusted, changed(saved, SYSTEM_CALLER, 'public_participation'));
      changedCount++;
    }
    return changedCount;
  }

  private async save(tx: Tx, next: DecisionRow, expectedVersion: number, actor: Actor): Promise<DecisionRow> {
    const saved: DecisionRow = { ...next, version: expectedVersion + 1, updated_at: new Date(), updated_by: actor.username };
    if (!(await this.decisions.updateDecision(saved, expectedVersion, tx.manager))) {
      throw new DomainError(CommonDocumentErrors.versionConflict, '决策事项已被他人修改，请刷新后重试');
    }
    await this.putRegistry(tx, saved);
    return saved;
  }

  private putRegistry(tx: Tx, row: DecisionRow): Promise<void> {
    return this.registry.put(tx, {
      kind: 'major_decision',
      id: row.id,
      title: row.title,
      status: row.status,
      statusLabel: DECISION_STATUS_LABELS[row.status],
      year: row.year,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      ...visibilityOf(row),
    });
  }

  /** The decision locked for a step, if the caller may see it and nobody changed it since they read it (`expectedVersion`). */
  private async lockCurrent(request: { id: string; expectedVersion: number }, caller: CallerContext, tx: Tx): Promise<DecisionRow> {
    const row = visibleOr404(await this.decisions.findDecision(request.id, tx.manager, true), caller, NOT_FOUND);
    assertVersion(row, request.expectedVersion);
    return row;
  }

  /** A step on one statutory stage: by a manager, on the current decision, the stage open to steps, allowed by the rules of `refuse`. */
  private stageStep<T>(
    request: { id: string; expectedVersion: number; stage: DecisionStage },
    caller: CallerContext,
    refuse: (stages: readonly StageState[], stage: DecisionStage) => StageRefusal | null,
    work: (tx: Tx, row: DecisionRow, stages: StageRow[], stage: StageRow) => Promise<T>,
  ): Promise<T> {
    assertManager(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.lockCurrent(request, caller, tx);
      assertOpen(row, request.stage);
      const stages = await this.decisions.stagesOf(row.id, tx.manager);
      const refusal = refuse(stages.map(stateOf), request.stage);
      if (refusal) throw new DomainError(refusal.error, refusal.message);
      return work(tx, row, stages, stages.find((s) => s.stage === request.stage) as StageRow);
    });
  }


  private async decisionView(row: DecisionRow, tx?: Tx): Promise<DecisionView> {
    const [stages, adjustments] = await Promise.all([this.decisions.stagesOf(row.id, tx?.manager), this.decisions.adjustmentsOf(row.id, tx?.manager)]);
    return decisionView(row, stages, adjustments);
  }
}

function today(): string {
  return shanghaiDate(new Date());
}

