import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  InstitutionAssessmentChanged,
  InstitutionAssessmentErrors,
  InstitutionAssessmentEvents,
  type CreateInstitutionAssessment,
  type InstitutionAssessmentView,
  type InstitutionGradeBands,
  type InstitutionIndicator,
  type InstitutionScore,
  type ListInstitutionAssessments,
  type ReviewInstitutionAssessment,
  type SelfScoreInstitutionAssessment,
  type StepInstitutionAssessment,
  type UpdateInstitutionAssessment,
  type WithdrawInstitutionAssessment,
} from '@gov/contracts-personnel-finance';
import { DomainError, requireReason, Transactions } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { timelineEntry } from '../../common/timeline.js';
import { canManageInstitutionAssessments, canSeeInstitutionAssessment, canSelfScore, institutionAssessmentAccess } from './institution-assessments.policy.js';
import { InstitutionAssessmentsRepository, type InstitutionAssessmentRow, type InstitutionUnitRow } from './institution-assessments.repository.js';
import { canTake, configOn, GRADE_LABELS, reviewGrade, schemeRefusal, scoresRefusal, statusAfter, totalOf, type InstitutionAssessmentStep } from './institution-assessments.rules.js';
import { snapshotOf, toInstitutionAssessmentView } from './institution-assessments.views.js';

const NOT_FOUND = '事业单位绩效考核不存在或无权查看';
const STATE_MESSAGES: Record<string, string> = {
  self_assessment: '单位自评阶段',
  reviewing: '人事科审核阶段',
  finalized: '考核结果已确定，不再修改',
  withdrawn: '事业单位绩效考核已撤回',
};

/**
 * 下属事业单位绩效考核: 人事科 sets the year's scheme (indicators weighing 100 in all, grade bands, 优秀 quota) for the
 * units it names from the unit directory; each unit's liaison enters its own self-scores; 人事科 reviews every unit
 * (reasons for each deduction, grade from the bands, 优秀 within the quota) and finalises the results into a snapshot that
 * no step — and no UPDATE, by trigger — changes.
 */
@Injectable()
export class InstitutionAssessmentsService {
  constructor(
    private readonly assessments: InstitutionAssessmentsRepository,
    private readonly directory: UnitDirectory,
    private readonly transactions: Transactions,
  ) {}

  async create(request: CreateInstitutionAssessment.Request, caller: CallerContext): Promise<InstitutionAssessmentView> {
    if (!canManageInstitutionAssessments(caller)) throw new DomainError(CommonErrors.forbidden, '无权组织事业单位绩效考核');
    const config = configOn(`${request.year}-12-31`);
    const scheme = this.scheme(request, config.bands, config.excellentQuotaPercent);
    const [row, units] = await this.transactions.run(async (tx) => {
      if (await this.assessments.yearTaken(request.year, tx.manager)) throw new DomainError(InstitutionAssessmentErrors.duplicateYear, `${request.year} 年度的事业单位绩效考核已存在`);
      const ids = [...new Set(request.unitIds)];
      const known = await this.directory.findByIds(ids, tx);
      const unknown = ids.filter((id) => known.get(id)?.status !== 'active');
      if (unknown.length) {
        throw new DomainError(InstitutionAssessmentErrors.unknownUnit, `有 ${unknown.length} 个单位不在单位名录或已停用`, [{ field: 'unitIds', code: 'unknown', message: 'unitIds：含有不在单位名录或已停用的单位' }]);
      }
      const now = new Date();
      const created: InstitutionAssessmentRow = {
        id: randomUUID(),
        year: request.year,
        title: request.title.trim(),
        ...scheme,
        configVersion: config.version,
        status: 'self_assessment',
        results: null,
        finalizedAt: null,
        withdrawalReason: null,
        timeline: [timelineEntry(caller.username, '制定方案', `参加单位 ${ids.length} 个；指标 ${scheme.indicators.length} 项；优秀比例不超过 ${scheme.excellentQuotaPercent}%（配置 ${config.version}）`, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.assessments.insert(created, tx.manager);
      const rows: InstitutionUnitRow[] = ids.map((unitId, position) => ({
        id: randomUUID(),
        assessmentId: created.id,
        unitId,
        unitName: known.get(unitId)?.name ?? unitId,
        selfScores: [],
        selfTotal: null,
        selfSubmittedAt: null,
        selfSubmittedBy: null,
        reviewScores: [],
        total: null,
        grade: null,
        reviewedAt: null,
        reviewedBy: null,
        position,
      }));
      for (const unit of rows) await this.assessments.insertUnit(unit, tx.manager);
      await tx.emit(InstitutionAssessmentEvents.created, snapshotOf(created, rows), undefined, InstitutionAssessmentChanged.Event);
      return [created, rows] as const;
    });
    return toInstitutionAssessmentView(row, units);
  }

  update(request: UpdateInstitutionAssessment.Request, caller: CallerContext): Promise<InstitutionAssessmentView> {
    return this.step(request.id, request.expectedVersion, caller, 'update', (row, units) => {
      if (!canManageInstitutionAssessments(caller)) throw new DomainError(CommonErrors.forbidden, '无权修改考核方案');
      if (units.some((u) => u.selfSubmittedAt)) throw new DomainError(InstitutionAssessmentErrors.invalidState, '已有单位提交自评，考核方案不能再修改');
      Object.assign(row, { title: request.title.trim() }, this.scheme(request, request.bands ?? row.bands, request.excellentQuotaPercent ?? row.excellentQuotaPercent));
      row.timeline = [...row.timeline, timelineEntry(caller.username, '修改方案')];
      return { event: InstitutionAssessmentEvents.updated };
    });
  }

  /** A unit's liaison enters its own unit's self-scores (again while self-assessment lasts: the last one counts). */
  selfScore(request: SelfScoreInstitutionAssessment.Request, caller: CallerContext): Promise<InstitutionAssessmentView> {
    return this.step(request.id, request.expectedVersion, caller, 'selfScore', (row, units) => {
      const unit = this.unitOf(units, request.unitId);
      if (!canSelfScore(caller, unit.unitId)) throw new DomainError(CommonErrors.forbidden, '自评由本单位联络员填报');
      this.checkScores(row.indicators, request.scores, false);
      unit.selfScores = this.ordered(row.indicators, request.scores);
      unit.selfTotal = totalOf(request.scores);
      unit.selfSubmittedAt = new Date();
      unit.selfSubmittedBy = caller.username;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '自评', `${unit.unitName}：自评 ${unit.selfTotal} 分`)];
      return { event: InstitutionAssessmentEvents.selfScored, changed: unit };
    });
  }

  /** Self-assessment closes once every unit has entered its scores. */
  startReview(request: StepInstitutionAssessment.Request, caller: CallerContext): Promise<InstitutionAssessmentView> {
    return this.step(request.id, request.expectedVersion, caller, 'startReview', (row, units) => {
      if (!canManageInstitutionAssessments(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理事业单位绩效考核');
      const missing = units.filter((u) => !u.selfSubmittedAt);
      if (missing.length) throw new DomainError(InstitutionAssessmentErrors.incomplete, `尚有 ${missing.length} 个单位未提交自评：${missing.slice(0, 5).map((u) => u.unitName).join('、')}${missing.length > 5 ? '等' : ''}`);
      row.timeline = [...row.timeline, timelineEntry(caller.username, '开始审核', `${units.length} 个单位已提交自评`)];
      return { event: InstitutionAssessmentEvents.reviewStarted };
    });
  }

  /** 人事科's score per indicator (a reason for each deduction), the total, the grade from the bands within the 优秀 quota. */
  review(request: ReviewInstitutionAssessment.Request, caller: CallerContext): Promise<InstitutionAssessmentView> {
    return this.step(request.id, request.expectedVersion, caller, 'review', (row, units) => {
      if (!canManageInstitutionAssessments(caller)) throw new DomainError(CommonErrors.forbidden, '无权审核事业单位绩效考核');
      const unit = this.unitOf(units, request.unitId);
      this.checkScores(row.indicators, request.scores, true);
      const total = totalOf(request.scores);
      const decided = reviewGrade({
        total,
        bands: row.bands,
        chosen: request.grade,
        units: units.length,
        percent: row.excellentQuotaPercent,
        excellentOthers: units.filter((u) => u !== unit && u.grade === 'excellent').length,
        configVersion: row.configVersion,
      });
      if ('refusal' in decided) {
        if (decided.refusal.quota) throw new DomainError(InstitutionAssessmentErrors.excellentQuotaExceeded, decided.refusal.message);
        throw new DomainError(InstitutionAssessmentErrors.scores, decided.refusal.message, [{ field: 'grade', code: 'rule', message: decided.refusal.message }]);
      }
      unit.reviewScores = this.ordered(row.indicators, request.scores);
      unit.total = total;
      unit.grade = decided.grade;
      unit.reviewedAt = new Date();
      unit.reviewedBy = caller.username;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '审核评分', `${unit.unitName}：${total} 分，${GRADE_LABELS[decided.grade]}`)];
      return { event: InstitutionAssessmentEvents.reviewed, changed: unit };
    });
  }

  /** Every unit reviewed: the results become the final snapshot. */
  finalize(request: StepInstitutionAssessment.Request, caller: CallerContext): Promise<InstitutionAssessmentView> {
    return this.step(request.id, request.expectedVersion, caller, 'finalize', (row, units) => {
      if (!canManageInstitutionAssessments(caller)) throw new DomainError(CommonErrors.forbidden, '无权确定考核结果');
      const missing = units.filter((u) => u.grade === null || u.total === null);
      if (missing.length) throw new DomainError(InstitutionAssessmentErrors.incomplete, `尚有 ${missing.length} 个单位未审核：${missing.slice(0, 5).map((u) => u.unitName).join('、')}${missing.length > 5 ? '等' : ''}`);
      row.results = units.map((u) => ({ unitId: u.unitId, unitName: u.unitName, total: u.total as number, grade: u.grade as NonNullable<InstitutionUnitRow['grade']> }));
      row.finalizedAt = new Date();
      const excellent = units.filter((u) => u.grade === 'excellent').length;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '结果确定', `优秀 ${excellent} 个；考核结果为最终快照，不再修改`)];
      return { event: InstitutionAssessmentEvents.finalized };
    });
  }

  withdraw(request: WithdrawInstitutionAssessment.Request, caller: CallerContext): Promise<InstitutionAssessmentView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      if (!canManageInstitutionAssessments(caller)) throw new DomainError(CommonErrors.forbidden, '无权撤回事业单位绩效考核');
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return { event: InstitutionAssessmentEvents.withdrawn };
    });
  }

  async get(id: string, caller: CallerContext): Promise<InstitutionAssessmentView> {
    const row = await this.assessments.findById(id);
    const units = row ? await this.assessments.unitsOf([row.id]) : [];
    if (!row || !canSeeInstitutionAssessment(caller, units.map((u) => u.unitId))) throw new DomainError(InstitutionAssessmentErrors.notFound, NOT_FOUND);
    return toInstitutionAssessmentView(row, units, institutionAssessmentAccess(caller));
  }

  async list(request: ListInstitutionAssessments.Request, caller: CallerContext): Promise<ListInstitutionAssessments.Reply> {
    const access = institutionAssessmentAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看事业单位绩效考核');
    const page = pageOf(request);
    const { items, total } = await this.assessments.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    const units = await this.assessments.unitsOf(items.map((r) => r.id));
    return { items: items.map((row) => toInstitutionAssessmentView(row, units.filter((u) => u.assessmentId === row.id), access)), total, ...page };
  }

  private scheme(fields: { indicators: InstitutionIndicator[]; bands?: InstitutionGradeBands; excellentQuotaPercent?: number }, defaultBands: InstitutionGradeBands, defaultPercent: number) {
    const indicators = fields.indicators.map((i) => ({ key: i.key, name: i.name.trim(), weight: i.weight }));
    const bands = fields.bands ? { excellentMin: fields.bands.excellentMin, goodMin: fields.bands.goodMin, passMin: fields.bands.passMin } : defaultBands;
    const refusal = schemeRefusal(indicators, bands);
    if (refusal) throw new DomainError(InstitutionAssessmentErrors.scheme, refusal.message, [{ field: refusal.field, code: 'rule', message: refusal.message }]);
    return { indicators, bands, excellentQuotaPercent: fields.excellentQuotaPercent ?? defaultPercent };
  }

  private unitOf(units: InstitutionUnitRow[], unitId: string): InstitutionUnitRow {
    const unit = units.find((u) => u.unitId === unitId);
    if (!unit) throw new DomainError(InstitutionAssessmentErrors.unknownUnit, '该单位不在本次考核中', [{ field: 'unitId', code: 'unknown', message: 'unitId：该单位不在本次考核中' }]);
    return unit;
  }

  private checkScores(indicators: InstitutionIndicator[], scores: InstitutionScore[], review: boolean): void {
    const refusal = scoresRefusal(indicators, scores, review);
    if (refusal) throw new DomainError(InstitutionAssessmentErrors.scores, refusal.message, [{ field: refusal.field, code: 'rule', message: refusal.message }]);
  }

  private ordered(indicators: InstitutionIndicator[], scores: InstitutionScore[]): InstitutionScore[] {
    return indicators.map((i) => {
      const s = scores.find((x) => x.indicatorKey === i.key) as InstitutionScore;
      return { indicatorKey: i.key, score: s.score, ...(s.note?.trim() ? { note: s.note.trim() } : {}) };
    });
  }

  /**
   * One step, in one transaction: seen (a liaison only where their unit takes part, else 404), at the version held, in a
   * state that allows it (a finalised assessment takes none), saved, its event in the outbox.
   */
  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: InstitutionAssessmentStep,
    change: (row: InstitutionAssessmentRow, units: InstitutionUnitRow[]) => { event: string; changed?: InstitutionUnitRow },
  ): Promise<InstitutionAssessmentView> {
    const [row, units] = await this.transactions.run(async (tx) => {
      const current = await this.assessments.findById(id, tx.manager, true);
      const list = current ? await this.assessments.unitsOf([id], tx.manager) : [];
      if (!current || !canSeeInstitutionAssessment(caller, list.map((u) => u.unitId))) throw new DomainError(InstitutionAssessmentErrors.notFound, NOT_FOUND);
      if (step === 'selfScore' ? !caller.unitId : !canManageInstitutionAssessments(caller)) throw new DomainError(CommonErrors.forbidden, step === 'selfScore' ? '自评由本单位联络员填报' : '无权办理事业单位绩效考核');
      if (current.version !== expectedVersion) {
        throw new DomainError(InstitutionAssessmentErrors.versionConflict, `事业单位绩效考核已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(InstitutionAssessmentErrors.invalidState, `${STATE_MESSAGES[current.status]}，不能进行此操作`);
      const next: InstitutionAssessmentRow = { ...current };
      const { event, changed } = change(next, list);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (changed) await this.assessments.saveUnit(changed, tx.manager);
      if (!(await this.assessments.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(InstitutionAssessmentErrors.versionConflict, '事业单位绩效考核已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next, list), undefined, InstitutionAssessmentChanged.Event);
      return [next, list] as const;
    });
    return toInstitutionAssessmentView(row, units, institutionAssessmentAccess(caller));
  }
}
