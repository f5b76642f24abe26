import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CommonErrors, hasPermission, pageOf, SYSTEM_CALLER, type CallerContext, type FieldError } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  DECISION_MEETING_KINDS,
  DECISION_RESULT_LABELS,
  DECISION_STAGE_LABELS,
  DECISION_STAGE_STATUS_LABELS,
  DECISION_STATUS_LABELS,
  DecisionErrors,
  DecisionEvents,
  MIN_PUBLIC_COMMENT_DAYS,
  type AdjustDecision,
  type CatalogueView,
  type CreateDecision,
  type DecisionCataloguePublished,
  type DecisionStage,
  type DecisionSummaryView,
  type DecisionView,
  type FinishDecisionStage,
  type GetCatalogue,
  type ListDecisions,
  type MajorDecisionChanged,
  type PublishCatalogue,
  type StageView,
  type StartDecisionStage,
  type WithdrawDecision,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { computeDeadline, isDeadlineOverdue, shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, Transactions, type Tx } from '@gov/platform';
import { visibilityOf } from '../../common/access.js';
import { visibleOr404 } from '../../common/rows.js';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { auditOf, firstVersion } from '../../common/audit-columns.js';
import { Timeline } from '../../common/timeline.js';
import { KnownUnits } from '../../common/units.js';
import { decisionStatus, initialStages, nextStage, PRE_DECISION_STAGES, refuseFinish, refuseStart, type StageRefusal, type StageState } from './decision-stages.js';
import { DecisionsRepository, type CatalogueRow, type DecisionRow, type StageRow } from './decisions.repository.js';

/** 重大行政决策 are run by 文秘科 (政策法规科): the permission that lets a caller change them. */
export const LEGAL_AFFAIRS_MANAGE = DocumentSecretariatPermissions.legalAffairsManage;

type Actor = Pick<CallerContext, 'userId' | 'username' | 'displayName'>;

const NOT_FOUND = { spec: CommonDocumentErrors.notFound, detail: '决策事项不存在或无权查看' };

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
  ) {}

  onModuleInit(): void {
    // A corrected or newly loaded calendar year re-dates the open comment periods that touch it.
    this.calendar.onChange(async (year, tx, calendar) => {
      await this.redateCommentPeriods(year, tx, calendar);
    });
  }

  async create(request: CreateDecision.Request, caller: CallerContext): Promise<DecisionView> {
    this.assertManager(caller);
    this.assertCleared(request.secrecyLevel, caller);
    const [unit] = await this.units.require([request.undertakingUnitId], '决策承办单位');
    let stages: StageState[];
    try {
      stages = initialStages(request.notApplicable);
    } catch (error) {
      throw new DomainError(CommonErrors.validationFailed, (error as Error).message, [{ field: 'notApplicable', code: 'stage', message: (error as Error).message }]);
    }
    return this.transactions.run(async (tx) => {
      const catalogue = await this.catalogueFor(request.year, caller, tx);
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
      return this.view(row, tx);
    });
  }

  async adjust(request: AdjustDecision.Request, caller: CallerContext): Promise<DecisionView> {
    this.assertManager(caller);
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
      return this.view(saved, tx);
    });
  }

  async withdraw(request: WithdrawDecision.Request, caller: CallerContext): Promise<DecisionView> {
    this.assertManager(caller);
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
      return this.view(saved, tx);
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
      return this.view(saved, tx);
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
      return this.view(saved, tx);
    });
  }

  async get(id: string, caller: CallerContext): Promise<DecisionView> {
    return this.view(visibleOr404(await this.decisions.findDecision(id), caller, NOT_FOUND));
  }

  async list(request: ListDecisions.Request, caller: CallerContext): Promise<ListDecisions.Reply> {
    const page = pageOf(request);
    const { items, total } = await this.decisions.search({ ...request, ...page }, caller);
    return { items: items.map(summaryOf), total, ...page };
  }

  async catalogue(request: GetCatalogue.Request, caller: CallerContext): Promise<CatalogueView> {
    const row = await this.decisions.catalogue(request.year);
    const { items } = await this.decisions.search({ year: request.year, limit: 100, offset: 0 }, caller);
    return {
      ...catalogueHeader(request.year, row),
      itemCount: items.filter((i) => i.status !== 'withdrawn').length,
      items: items.map(summaryOf),
    };
  }

  /** 第3条: the catalogue is published once agreed; a later adjustment is recorded on the item, and the catalogue may be published again. */
  async publishCatalogue(request: PublishCatalogue.Request, caller: CallerContext): Promise<CatalogueView> {
    this.assertManager(caller);
    return this.transactions.run(async (tx) => {
      const current = await this.decisions.catalogue(request.year, tx.manager, true);
      if (!current) throw new DomainError(CommonDocumentErrors.notFound, `${request.year}年度尚无决策事项目录`);
      if (current.version !== request.expectedVersion) {
        throw new DomainError(CommonDocumentErrors.versionConflict, `目录已被他人修改（当前版本 ${current.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      const itemCount = await this.decisions.countActive(request.year, tx.manager);
      if (!itemCount) throw new DomainError(CommonDocumentErrors.invalidState, '目录中没有事项，不能公布');
      const row = (await this.decisions.publishCatalogue(request.year, request.expectedVersion, request.channel.trim(), caller.username, tx.manager)) as CatalogueRow;
      await this.putCatalogueRegistry(tx, row);
      await this.timeline.append(tx, caller, {
        kind: 'decision_catalogue',
        id: row.id,
        action: 'decision_catalogue.published',
        label: current.published ? '目录调整后重新公布' : '公布目录',
        detail: { channel: row.publication_channel, itemCount },
      });
      const event: DecisionCataloguePublished.Event = { year: row.year, channel: row.publication_channel as string, itemCount, version: row.version, publishedBy: caller.username };
      await tx.emit(DecisionEvents.cataloguePublished, event);
      const { items } = await this.decisions.search({ year: request.year, limit: 100, offset: 0 }, caller);
      return { ...catalogueHeader(request.year, row), itemCount, items: items.map(summaryOf) };
    });
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

  private async catalogueFor(year: number, caller: CallerContext, tx: Tx): Promise<CatalogueRow> {
    const { row, created } = await this.decisions.ensureCatalogue(year, randomUUID(), caller.username, tx.manager);
    if (created) {
      await this.putCatalogueRegistry(tx, row);
      await this.timeline.append(tx, caller, { kind: 'decision_catalogue', id: row.id, action: 'decision_catalogue.created', label: '建立年度决策事项目录', detail: { year } });
    }
    return row;
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

  private putCatalogueRegistry(tx: Tx, row: CatalogueRow): Promise<void> {
    return this.registry.put(tx, {
      kind: 'decision_catalogue',
      id: row.id,
      title: `${row.year}年度重大行政决策事项目录`,
      status: row.published ? 'published' : 'draft',
      statusLabel: row.published ? '已公布' : '未公布',
      year: row.year,
      secrecyLevel: 0,
      unitIds: [],
      userIds: [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
  }

  /** The decision locked for a step, if the caller may see it and nobody changed it since they read it (`expectedVersion`). */
  private async lockCurrent(request: { id: string; expectedVersion: number }, caller: CallerContext, tx: Tx): Promise<DecisionRow> {
    const row = visibleOr404(await this.decisions.findDecision(request.id, tx.manager, true), caller, NOT_FOUND);
    this.assertVersion(row, request.expectedVersion);
    return row;
  }

  /** A step on one statutory stage: by a manager, on the current decision, the stage open to steps, allowed by the rules of `refuse`. */
  private stageStep<T>(
    request: { id: string; expectedVersion: number; stage: DecisionStage },
    caller: CallerContext,
    refuse: (stages: readonly StageState[], stage: DecisionStage) => StageRefusal | null,
    work: (tx: Tx, row: DecisionRow, stages: StageRow[], stage: StageRow) => Promise<T>,
  ): Promise<T> {
    this.assertManager(caller);
    return this.transactions.run(async (tx) => {
      const row = await this.lockCurrent(request, caller, tx);
      this.assertOpen(row, request.stage);
      const stages = await this.decisions.stagesOf(row.id, tx.manager);
      const refusal = refuse(stages.map(stateOf), request.stage);
      if (refusal) throw new DomainError(refusal.error, refusal.message);
      return work(tx, row, stages, stages.find((s) => s.stage === request.stage) as StageRow);
    });
  }

  private assertVersion(row: DecisionRow, expectedVersion: number): void {
    if (row.version !== expectedVersion) {
      throw new DomainError(CommonDocumentErrors.versionConflict, `决策事项已被他人修改（当前版本 ${row.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
    }
  }

  private assertOpen(row: DecisionRow, stage: DecisionStage): void {
    const postDecision = !PRE_DECISION_STAGES.includes(stage);
    if (row.status === 'withdrawn' || (!postDecision && (row.status === 'decided' || row.status === 'rejected'))) {
      throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${DECISION_STATUS_LABELS[row.status]}”不能办理“${DECISION_STAGE_LABELS[stage]}”`);
    }
  }

  private assertManager(caller: CallerContext): void {
    if (!hasPermission(caller, LEGAL_AFFAIRS_MANAGE)) throw new DomainError(CommonDocumentErrors.forbidden, '只有文秘科（政策法规科）可以办理重大行政决策程序');
  }

  private assertCleared(secrecyLevel: number, caller: CallerContext): void {
    if (secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能登记高于本人涉密等级的事项');
  }

  private async view(row: DecisionRow, tx?: Tx): Promise<DecisionView> {
    const [stages, adjustments] = await Promise.all([this.decisions.stagesOf(row.id, tx?.manager), this.decisions.adjustmentsOf(row.id, tx?.manager)]);
    const next = nextStage(stages.map(stateOf));
    return {
      id: row.id,
      year: row.year,
      title: row.title,
      ...(row.summary ? { summary: row.summary } : {}),
      undertakingUnitId: row.undertaking_unit_id,
      undertakingUnitName: row.undertaking_unit_name,
      plannedTime: row.planned_time,
      secrecyLevel: row.secrecy_level as DecisionView['secrecyLevel'],
      ...(row.secrecy_period ? { secrecyPeriod: row.secrecy_period } : {}),
      ...(row.copy_number ? { copyNumber: row.copy_number } : {}),
      status: row.status,
      statusLabel: DECISION_STATUS_LABELS[row.status],
      ...(next && row.status !== 'withdrawn' ? { nextStage: next } : {}),
      ...(row.result ? { result: row.result } : {}),
      ...(row.withdrawal_reason ? { withdrawalReason: row.withdrawal_reason } : {}),
      stages: stages.map(stageView),
      adjustments: adjustments.map((a) => ({
        at: a.adjusted_at.toISOString(),
        by: a.adjusted_by,
        reason: a.reason,
        before: a.before,
        after: a.after,
      })),
      ...auditOf(row),
    };
  }
}

function today(): string {
  return shanghaiDate(new Date());
}


function emptyStage(decisionId: string, stage: DecisionStage, seq: number): StageRow {
  return {
    decision_id: decisionId,
    stage,
    seq,
    required: false,
    status: 'pending',
    not_applicable_reason: null,
    round: 0,
    started_at: null,
    started_by: null,
    finished_at: null,
    finished_by: null,
    period_start: null,
    period_days: null,
    period_end: null,
    period_explanation: null,
    period_provisional: null,
    outcome: {},
    evidence: [],
  };
}

function stateOf(row: StageRow): StageState {
  return {
    stage: row.stage,
    required: row.required,
    status: row.status,
    notApplicableReason: row.not_applicable_reason,
    result: (row.outcome.decisionResult as StageState['result']) ?? null,
  };
}

function withStage(stages: StageRow[], next: StageRow): StageRow[] {
  return stages.map((s) => (s.stage === next.stage ? next : s));
}

/** What each stage must record when it is finished; a missing field is a 400 naming it. */
function outcomeOf(request: FinishDecisionStage.Request): Record<string, unknown> {
  const required: Record<DecisionStage, (keyof FinishDecisionStage.Body)[]> = {
    public_participation: ['commentCount'],
    expert_argumentation: ['expertCount'],
    risk_assessment: ['riskLevel'],
    legality_review: ['legalityResult', 'legalityOpinion'],
    collective_decision: ['meetingKind', 'meetingRef', 'meetingDate', 'decisionResult'],
    publication: ['channel'],
    post_evaluation: [],
  };
  const names: Partial<Record<keyof FinishDecisionStage.Body, string>> = {
    commentCount: '收到的意见条数',
    expertCount: '参加论证的专家人数',
    riskLevel: '风险等级',
    legalityResult: '合法性审查结论',
    legalityOpinion: '合法性审查意见',
    meetingKind: '会议类型（常务会议或全体会议）',
    meetingRef: '会议',
    meetingDate: '会议日期',
    decisionResult: '决定结果',
    channel: '公布载体',
  };
  const fields = required[request.stage];
  const missing: FieldError[] = fields
    .filter((f) => request[f] === undefined || request[f] === null || (typeof request[f] === 'string' && !(request[f] as string).trim()))
    .map((f) => ({ field: f, code: 'required', message: `${names[f]}：办结“${DECISION_STAGE_LABELS[request.stage]}”时必须填写` }));
  const allowed = new Set<string>(['summary', 'evidence', ...fields]);
  const extra: FieldError[] = (Object.keys(names) as (keyof FinishDecisionStage.Body)[])
    .filter((f) => request[f] !== undefined && !allowed.has(f))
    .map((f) => ({ field: f, code: 'stage', message: `${names[f]}：不适用于“${DECISION_STAGE_LABELS[request.stage]}”环节` }));
  if (missing.length || extra.length) {
    throw new DomainError(CommonErrors.validationFailed, `办结“${DECISION_STAGE_LABELS[request.stage]}”的内容不完整或不适用`, [...missing, ...extra]);
  }
  if (request.stage === 'collective_decision' && !(DECISION_MEETING_KINDS as readonly string[]).includes(request.meetingKind as string)) {
    throw new DomainError(CommonErrors.validationFailed, '集体讨论决定须在政府常务会议或者全体会议上作出（第三十条）');
  }
  return { summary: request.summary.trim(), ...Object.fromEntries(fields.map((f) => [f, typeof request[f] === 'string' ? (request[f] as string).trim() : request[f]])) };
}

function stageView(row: StageRow): StageView {
  return {
    stage: row.stage,
    stageLabel: DECISION_STAGE_LABELS[row.stage],
    required: row.required,
    status: row.status,
    statusLabel: DECISION_STAGE_STATUS_LABELS[row.status],
    ...(row.not_applicable_reason ? { notApplicableReason: row.not_applicable_reason } : {}),
    round: row.round,
    ...(row.started_at ? { startedAt: row.started_at.toISOString(), startedBy: row.started_by as string } : {}),
    ...(row.finished_at ? { finishedAt: row.finished_at.toISOString(), finishedBy: row.finished_by as string } : {}),
    ...(row.period_start ? { periodStart: row.period_start, periodDays: row.period_days as number } : {}),
    ...(row.period_end ? { periodEnd: row.period_end, periodExplanation: row.period_explanation ?? [] } : {}),
    outcome: row.outcome,
    evidence: row.evidence,
  };
}

function summaryOf(row: DecisionRow & { next_stage: DecisionStage | null }): DecisionSummaryView {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    undertakingUnitId: row.undertaking_unit_id,
    undertakingUnitName: row.undertaking_unit_name,
    plannedTime: row.planned_time,
    status: row.status,
    statusLabel: DECISION_STATUS_LABELS[row.status],
    ...(row.next_stage && row.status !== 'withdrawn' ? { nextStage: row.next_stage } : {}),
    secrecyLevel: row.secrecy_level,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

function catalogueHeader(year: number, row: CatalogueRow | null): Omit<CatalogueView, 'items' | 'itemCount'> {
  return {
    year,
    published: row?.published ?? false,
    ...(row?.published_at ? { publishedAt: row.published_at.toISOString(), publishedBy: row.published_by as string } : {}),
    ...(row?.publication_channel ? { publicationChannel: row.publication_channel } : {}),
    version: row?.version ?? 0,
  };
}

function changed(row: DecisionRow, actor: Actor, stage?: DecisionStage): MajorDecisionChanged.Event {
  return {
    decisionId: row.id,
    year: row.year,
    title: row.title,
    undertakingUnitId: row.undertaking_unit_id,
    status: row.status,
    ...(stage ? { stage } : {}),
    ...(row.result ? { result: row.result } : {}),
    secrecyLevel: row.secrecy_level,
    version: row.version,
    changedBy: actor.username,
  };
}
