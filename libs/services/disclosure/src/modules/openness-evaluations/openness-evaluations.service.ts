import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, pageOf, type CallerContext, type ErrorSpec } from '@gov/contracts-common';
import {
  EVALUATOR_LABELS,
  OPENNESS_EVALUATION_STATUS_LABELS,
  OpennessEvaluationChanged,
  OpennessEvaluationErrors,
  OpennessEvaluationEvents,
  type AddEvaluationEvidence,
  type CreateOpennessEvaluation,
  type ListOpennessEvaluations,
  type OpennessEvaluationDetail,
  type RecordEvaluationResult,
  type SelfAssessEvaluation,
  type SubmitOpennessEvaluation,
  type UpdateOpennessEvaluation,
  type VoidEvaluationEvidence,
  type WithdrawOpennessEvaluation,
} from '@gov/contracts-disclosure';
import { DomainError, publishTaskChanges, requireReason, Transactions, type Tx } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { canManageEvaluations, canSeeEvaluations } from './openness-evaluations.policy.js';
import { OpennessEvaluationsRepository, type OpennessEvaluationRow } from './openness-evaluations.repository.js';
import {
  canTake,
  dateProblem,
  EVALUATION_STEP_LABELS,
  mergeIndicators,
  resultProblems,
  selfScoreProblems,
  statusAfter,
  submitProblems,
  totalsOf,
  type EvaluationStep,
  type Problem,
} from './openness-evaluations.rules.js';
import { evaluationTaskChange } from './openness-evaluations.tasks.js';
import { snapshotOf, toEvaluationDetail, toEvaluationView } from './openness-evaluations.views.js';

const today = () => shanghaiDate(new Date());

/** Refused with the fields' Chinese messages (422 under `error`, or 400 for the plain validation). */
function refuse(problems: Problem[], error: ErrorSpec = OpennessEvaluationErrors.scoreRule): void {
  if (problems.length) throw new DomainError(error, problems.map((p) => p.message).join('；'), problems.map((p) => ({ field: p.field, code: 'rule', message: p.message })));
}

interface StepEffect {
  event: string;
  note: string | null;
}

/**
 * 政务公开考评 (迎接考核): 政务公开科 registers the province's or the city's yearly evaluation with the indicators and their
 * points, gathers evidence per indicator (our records linked by kind and id, attachments, the responsible unit),
 * self-assesses each indicator, submits by the deadline (a 待办 until then), and records the evaluator's result: the
 * score, the rank, the 扣分 items with their rectification. The result freezes the evaluation as a snapshot.
 */
@Injectable()
export class OpennessEvaluationsService {
  constructor(
    private readonly evaluations: OpennessEvaluationsRepository,
    private readonly units: UnitDirectory,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateOpennessEvaluation.Request, caller: CallerContext): Promise<OpennessEvaluationDetail> {
    if (!canManageEvaluations(caller)) throw new DomainError(CommonErrors.forbidden, '政务公开考评由政务公开科登记');
    const { indicators, problems } = mergeIndicators([], request.indicators, randomUUID);
    refuse(problems, CommonErrors.validationFailed);
    return this.transactions.run(async (tx) => {
      if (await this.evaluations.holderOf(request.year, request.evaluator, tx.manager)) {
        throw new DomainError(OpennessEvaluationErrors.duplicate, `${request.year}年度${EVALUATOR_LABELS[request.evaluator]}政务公开考评已登记`, [
          { field: 'year', code: 'duplicate', message: `year：${request.year}年度${EVALUATOR_LABELS[request.evaluator]}政务公开考评已登记（撤销后才能重新登记）` },
        ]);
      }
      const now = new Date();
      const created: OpennessEvaluationRow = {
        id: randomUUID(),
        year: request.year,
        evaluator: request.evaluator,
        title: request.title.trim(),
        dueOn: request.dueOn,
        indicators,
        status: 'preparing',
        submittedOn: null,
        result: null,
        frozenSnapshot: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.evaluations.insert(created, tx.manager);
      const { totalPoints } = totalsOf(indicators);
      await this.evaluations.addStep(tx.manager, created.id, { at: now, by: caller.username, step: 'create', label: EVALUATION_STEP_LABELS.create, note: `${indicators.length} 项指标，总分值 ${totalPoints} 分；报送截止 ${request.dueOn}` });
      await tx.emit(OpennessEvaluationEvents.created, snapshotOf(created), undefined, OpennessEvaluationChanged.Event);
      await publishTaskChanges(tx, evaluationTaskChange(null, created, caller.userId));
      return this.detail(created, tx);
    });
  }

  update(request: UpdateOpennessEvaluation.Request, caller: CallerContext): Promise<OpennessEvaluationDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'update', async (row) => {
      const { indicators, problems } = mergeIndicators(row.indicators, request.indicators, randomUUID);
      refuse(problems, OpennessEvaluationErrors.indicators);
      Object.assign(row, { title: request.title.trim(), dueOn: request.dueOn, indicators });
      return { event: OpennessEvaluationEvents.updated, note: `${indicators.length} 项指标，总分值 ${totalsOf(indicators).totalPoints} 分；报送截止 ${request.dueOn}` };
    });
  }

  addEvidence(request: AddEvaluationEvidence.Request, caller: CallerContext): Promise<OpennessEvaluationDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'add-evidence', async (row, tx) => {
      const indicator = row.indicators.find((i) => i.id === request.indicatorId);
      if (!indicator) refuse([{ field: 'indicatorId', message: 'indicatorId：指标不属于本考评' }], OpennessEvaluationErrors.unknownIndicator);
      const links = request.links ?? [];
      for (const [n, link] of links.entries()) {
        if (!(await this.evaluations.linkExists(link.kind, link.recordId, tx.manager))) refuse([{ field: `links[${n}].recordId`, message: `links：所链接的记录 ${link.recordId} 不存在` }], OpennessEvaluationErrors.unknownLink);
      }
      if (request.responsibleUnitId) {
        const unit = await this.units.findById(request.responsibleUnitId, tx);
        if (!unit || unit.status !== 'active') refuse([{ field: 'responsibleUnitId', message: 'responsibleUnitId：责任单位不在单位通讯录中或已停用' }], OpennessEvaluationErrors.unknownUnit);
      }
      const description = request.description.trim();
      row.indicators = row.indicators.map((i) =>
        i.id === request.indicatorId
          ? {
              ...i,
              evidence: [
                ...i.evidence,
                { id: randomUUID(), description, links, attachments: (request.attachments ?? []).map((a) => a.trim()).filter(Boolean), responsibleUnitId: request.responsibleUnitId ?? null, addedAt: new Date().toISOString(), addedBy: caller.username, voidedReason: null },
              ],
            }
          : i,
      );
      return { event: OpennessEvaluationEvents.updated, note: `${indicator?.name}：${description}` };
    });
  }

  voidEvidence(request: VoidEvaluationEvidence.Request, caller: CallerContext): Promise<OpennessEvaluationDetail> {
    const reason = requireReason(request.reason, '作废');
    return this.step(request.id, request.expectedVersion, caller, 'void-evidence', async (row) => {
      const owner = row.indicators.find((i) => i.evidence.some((e) => e.id === request.evidenceId && !e.voidedReason));
      if (!owner) refuse([{ field: 'evidenceId', message: 'evidenceId：佐证材料不存在或已作废' }], OpennessEvaluationErrors.unknownIndicator);
      row.indicators = row.indicators.map((i) => ({ ...i, evidence: i.evidence.map((e) => (e.id === request.evidenceId ? { ...e, voidedReason: reason } : e)) }));
      return { event: OpennessEvaluationEvents.updated, note: `${owner?.name}：${reason}` };
    });
  }

  selfAssess(request: SelfAssessEvaluation.Request, caller: CallerContext): Promise<OpennessEvaluationDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'self-assess', async (row) => {
      refuse(selfScoreProblems(row.indicators, request.scores));
      const scores = new Map(request.scores.map((s) => [s.indicatorId, s]));
      row.indicators = row.indicators.map((i) => {
        const s = scores.get(i.id);
        return s ? { ...i, selfScore: s.score, selfNote: s.note?.trim() || null } : i;
      });
      const totals = totalsOf(row.indicators);
      return { event: OpennessEvaluationEvents.updated, note: `已自评 ${totals.assessedCount}/${row.indicators.length} 项，自评合计 ${totals.selfTotal} 分（总分值 ${totals.totalPoints} 分）` };
    });
  }

  submit(request: SubmitOpennessEvaluation.Request, caller: CallerContext): Promise<OpennessEvaluationDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'submit', async (row) => {
      const problem = dateProblem('submittedOn', request.submittedOn, today(), null);
      if (problem) refuse([problem], OpennessEvaluationErrors.invalidState);
      refuse(submitProblems(row.indicators), OpennessEvaluationErrors.incomplete);
      row.submittedOn = request.submittedOn;
      const late = request.submittedOn > row.dueOn ? `（晚于截止日 ${row.dueOn}）` : '';
      return { event: OpennessEvaluationEvents.submitted, note: `${request.submittedOn} 报送，自评合计 ${totalsOf(row.indicators).selfTotal} 分${late}` };
    });
  }

  recordResult(request: RecordEvaluationResult.Request, caller: CallerContext): Promise<OpennessEvaluationDetail> {
    return this.step(request.id, request.expectedVersion, caller, 'record-result', async (row) => {
      const problem = dateProblem('resultOn', request.resultOn, today(), { on: row.submittedOn, what: '报送之日' });
      if (problem) refuse([problem], OpennessEvaluationErrors.invalidState);
      refuse(resultProblems(row.indicators, request));
      const names = new Map(row.indicators.map((i) => [i.id, i.name]));
      const now = new Date();
      row.result = {
        resultOn: request.resultOn,
        score: request.score,
        rank: request.rank,
        rankOf: request.rankOf ?? null,
        deductions: request.deductions.map((d) => ({ indicatorId: d.indicatorId, indicatorName: names.get(d.indicatorId) ?? '', points: d.points, reason: d.reason.trim(), rectification: d.rectification.trim() })),
        note: request.note?.trim() || null,
        recordedAt: now.toISOString(),
        recordedBy: caller.username,
      };
      // Frozen: what was submitted and what came back, as it stands now; nothing changes after (OPENNESS_EVALUATION.FROZEN).
      row.frozenSnapshot = { year: row.year, evaluator: row.evaluator, title: row.title, dueOn: row.dueOn, submittedOn: row.submittedOn, indicators: row.indicators, result: row.result, frozenAt: now.toISOString(), frozenBy: caller.username };
      const rank = request.rankOf ? `第 ${request.rank} 名（共 ${request.rankOf} 个）` : `第 ${request.rank} 名`;
      return { event: OpennessEvaluationEvents.resulted, note: `得分 ${request.score}，${rank}，扣分项 ${request.deductions.length} 项` };
    });
  }

  withdraw(request: WithdrawOpennessEvaluation.Request, caller: CallerContext): Promise<OpennessEvaluationDetail> {
    const reason = requireReason(request.reason, '撤销');
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', async (row) => {
      row.withdrawalReason = reason;
      return { event: OpennessEvaluationEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<OpennessEvaluationDetail> {
    const row = canSeeEvaluations(caller) ? await this.evaluations.findById(id) : null;
    if (!row) throw new DomainError(OpennessEvaluationErrors.notFound, '政务公开考评不存在或无权查看');
    return toEvaluationDetail(row, await this.evaluations.stepsOf(row.id), today());
  }

  async list(request: ListOpennessEvaluations.Request, caller: CallerContext): Promise<ListOpennessEvaluations.Reply> {
    if (!canSeeEvaluations(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看政务公开考评');
    const page = pageOf(request);
    const now = today();
    const { items, total } = await this.evaluations.search({ ...request, ...page });
    return { items: items.map((row) => toEvaluationView(row, now)), total, ...page };
  }

  private async detail(row: OpennessEvaluationRow, tx: Tx): Promise<OpennessEvaluationDetail> {
    return toEvaluationDetail(row, await this.evaluations.stepsOf(row.id, tx.manager), today());
  }

  /** One step in one transaction: seen, allowed, at the version held, not frozen, saved, its line, event and 待办. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: EvaluationStep, change: (row: OpennessEvaluationRow, tx: Tx) => Promise<StepEffect>): Promise<OpennessEvaluationDetail> {
    return this.transactions.run(async (tx) => {
      const current = canSeeEvaluations(caller) ? await this.evaluations.findById(id, tx.manager, true) : null;
      if (!current) throw new DomainError(OpennessEvaluationErrors.notFound, '政务公开考评不存在或无权查看');
      if (!canManageEvaluations(caller)) throw new DomainError(CommonErrors.forbidden, '政务公开考评由政务公开科办理');
      if (current.version !== expectedVersion) {
        throw new DomainError(OpennessEvaluationErrors.versionConflict, `政务公开考评已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (current.status === 'resulted') throw new DomainError(OpennessEvaluationErrors.frozen, '考评结果已录入，考评已冻结，不能再修改');
      if (!canTake(step, current.status)) throw new DomainError(OpennessEvaluationErrors.invalidState, `当前为“${OPENNESS_EVALUATION_STATUS_LABELS[current.status]}”，不能${EVALUATION_STEP_LABELS[step]}`);
      const next: OpennessEvaluationRow = { ...current };
      const effect = await change(next, tx);
      const now = new Date();
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.evaluations.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(OpennessEvaluationErrors.versionConflict, '政务公开考评已被他人修改，请刷新后重试');
      await this.evaluations.addStep(tx.manager, next.id, { at: now, by: caller.username, step, label: EVALUATION_STEP_LABELS[step], note: effect.note });
      await tx.emit(effect.event, snapshotOf(next), undefined, OpennessEvaluationChanged.Event);
      await publishTaskChanges(tx, evaluationTaskChange(current, next, caller.userId));
      return this.detail(next, tx);
    });
  }
}
