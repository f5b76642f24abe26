import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  ASSESSED_UNIT_TYPES,
  ASSESSMENT_INDICATOR_LABELS,
  AssessmentErrors,
  AssessmentEvents,
  type AdjustAssessment,
  type AssessmentFinalized,
  type AssessmentFinalResultView,
  type AssessmentAdjustmentView,
  type AssessmentIndicatorWeight,
  type AssessmentPeriodView,
  type AssessmentResultLine,
  type CreateAssessmentPeriod,
  type FinalizeAssessment,
  type GetAssessmentFinalResult,
  type GetAssessmentResults,
  type ListAssessmentPeriods,
  type SupervisionSettingKey,
  SupervisionPermissions,
} from '@gov/contracts-supervision';
import { DomainError, Transactions, type Tx } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { ItemsRepository } from '../items/items.repository.js';
import { ASSESSMENT_FORMULA, rankByScore, scoreUnit } from './assessment-score.js';
import { AssessmentRepository, type AdjustmentRow, type FinalResultRow, type PeriodRow } from './assessment.repository.js';
import { assertVersion, commitStep } from '../../common/versioned-step.js';

const WEIGHT_SETTINGS: [AssessmentIndicatorWeight['code'], SupervisionSettingKey][] = [
  ['on_time', 'assessment_weight_on_time'],
  ['not_overdue', 'assessment_weight_overdue'],
  ['sent_back', 'assessment_weight_sent_back'],
];

/** 考核 of towns, streets, the development zone and departments on their supervision items. */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly periods: AssessmentRepository,
    private readonly items: ItemsRepository,
    private readonly units: UnitDirectory,
    private readonly transactions: Transactions,
  ) {}

  /** Opens a period with the weights given, or those in force on its first day; the period keeps them. */
  async createPeriod(request: CreateAssessmentPeriod.Request, caller: CallerContext): Promise<AssessmentPeriodView> {
    this.assertManager(caller);
    if (request.endsOn < request.startsOn) throw new DomainError(AssessmentErrors.badPeriod, '考核期结束日期不能早于开始日期', [{ code: 'invalid', field: 'endsOn', message: '结束日期不能早于开始日期' }]);
    let indicators: AssessmentIndicatorWeight[];
    let weightsSource: string;
    if (request.indicators) {
      const codes = request.indicators.map((i) => i.code);
      if (new Set(codes).size !== codes.length) throw new DomainError(AssessmentErrors.badWeights, '考核指标不能重复', [{ code: 'invalid', field: 'indicators', message: '考核指标不能重复' }]);
      indicators = request.indicators;
      weightsSource = `${caller.displayName || caller.username} 设定`;
    } else {
      const settings = await this.items.settingsOn(request.startsOn);
      indicators = WEIGHT_SETTINGS.map(([code, key]) => ({ code, weight: settings.get(key)?.value ?? 0 }));
      weightsSource = WEIGHT_SETTINGS.map(([code, key]) => `${ASSESSMENT_INDICATOR_LABELS[code]}：${settings.get(key)?.source ?? '无'}（${settings.get(key)?.effectiveFrom ?? ''} 起）`).join('；');
    }
    const total = indicators.reduce((sum, i) => sum + i.weight, 0);
    if (total !== 100) throw new DomainError(AssessmentErrors.badWeights, `各指标权重合计须为 100，现为 ${total}`, [{ code: 'invalid', field: 'indicators', message: `权重合计须为 100，现为 ${total}` }]);
    const now = new Date();
    const period: PeriodRow = {
      id: randomUUID(),
      name: request.name.trim(),
      startsOn: request.startsOn,
      endsOn: request.endsOn,
      unitTypes: request.unitTypes ?? [...ASSESSED_UNIT_TYPES],
      indicators,
      weightsSource,
      version: 1,
      createdAt: now,
      createdBy: caller.username,
      updatedAt: now,
      updatedBy: caller.username,
      finalizedAt: null,
      finalizedBy: null,
    };
    await this.transactions.run((tx) => this.periods.insertPeriod(period, tx.manager));
    return periodView(period);
  }

  async listPeriods(request: ListAssessmentPeriods.Request, caller: CallerContext): Promise<ListAssessmentPeriods.Reply> {
    this.assertReader(caller);
    const page = pageOf(request);
    const { items, total } = await this.periods.listPeriods(page.limit, page.offset);
    return { items: items.map(periodView), total, ...page };
  }

  /** 加减分 with its reason and who; a finalized period takes none. */
  async adjust(request: AdjustAssessment.Request, caller: CallerContext): Promise<AssessmentAdjustmentView> {
    this.assertManager(caller);
    const adjustment = await this.transactions.run(async (tx) => {
      const period = await this.period(request.periodId, tx);
      if (period.finalizedAt) throw new DomainError(AssessmentErrors.finalized, `本期考核结果已于 ${shanghaiDate(period.finalizedAt)} 定稿，不能再加减分`);
      const unit = await this.units.findById(request.unitId);
      if (!unit || !(period.unitTypes as string[]).includes(unit.type)) throw new DomainError(AssessmentErrors.unknownUnit, '该单位不在本期考核范围内', [{ code: 'invalid', field: 'unitId', message: '单位不在本期考核范围内' }]);
      const row: AdjustmentRow = { id: randomUUID(), periodId: period.id, unitId: unit.id, points: request.points, reason: request.reason.trim(), createdBy: caller.username, createdAt: new Date() };
      await this.periods.insertAdjustment(row, tx.manager);
      return row;
    });
    return adjustmentView(adjustment);
  }

  /**
   * The ranked result: each unit's score derived from its items due in the period, plus its adjustments. Once the
   * period is finalized, the result is the one stored at 定稿 (later changes to items do not change it).
   */
  async results(request: GetAssessmentResults.Request, caller: CallerContext): Promise<GetAssessmentResults.Reply> {
    this.assertReader(caller);
    const period = await this.period(request.periodId);
    const final = period.finalizedAt ? await this.periods.findFinalResult(period.id) : null;
    if (final) return { period: periodView(period), asOf: final.asOf, results: final.results, adjustments: final.adjustments, formula: final.formula };
    const asOf = request.asOf ?? shanghaiDate(new Date());
    return { period: periodView(period), asOf, ...(await this.rank(period, asOf)), formula: ASSESSMENT_FORMULA };
  }

  /**
   * 定稿: the office fixes the period's ranked result as of a day — stored once with who, when and the weights, the
   * period's new version and an event in the same transaction. A period is finalized only once.
   */
  async finalize(request: FinalizeAssessment.Request, caller: CallerContext): Promise<AssessmentFinalResultView> {
    this.assertManager(caller);
    const asOf = request.asOf ?? shanghaiDate(new Date());
    const { period, final } = await this.transactions.run(async (tx) => {
      const current = await this.period(request.id, tx);
      if (current.finalizedAt) throw new DomainError(AssessmentErrors.finalized, '本期考核结果已定稿，不能再次定稿');
      assertVersion(current.version, request.expectedVersion, ASSESSMENT_CONFLICT);
      const now = new Date();
      const next: PeriodRow = { ...current, finalizedAt: now, finalizedBy: caller.username, version: current.version + 1, updatedAt: now, updatedBy: caller.username };
      const ranked = await this.rank(current, asOf);
      const row: FinalResultRow = {
        id: randomUUID(),
        periodId: current.id,
        periodVersion: next.version,
        asOf,
        indicators: current.indicators,
        weightsSource: current.weightsSource,
        formula: ASSESSMENT_FORMULA,
        results: ranked.results,
        adjustments: ranked.adjustments,
        note: request.note?.trim() || null,
        finalizedBy: caller.username,
        finalizedAt: now,
      };
      const event: AssessmentFinalized.Event = {
        periodId: next.id,
        periodName: next.name,
        version: next.version,
        finalizedBy: caller.username,
        finalizedAt: now.toISOString(),
        ranking: row.results.map((line) => ({ unitId: line.unitId, score: line.score, rank: line.rank })),
      };
      await commitStep(tx, {
        save: () => this.periods.finalizePeriod(next, request.expectedVersion, tx.manager),
        conflict: ASSESSMENT_CONFLICT,
        // The stored result is the finalization's record: who, when, as of which day and what was decided.
        history: () => this.periods.insertFinalResult(row, tx.manager),
        events: [[AssessmentEvents.finalized, event]],
      });
      return { period: next, final: row };
    });
    return finalView(period, final);
  }

  /** The result stored at 定稿. */
  async finalResult(request: GetAssessmentFinalResult.Request, caller: CallerContext): Promise<AssessmentFinalResultView> {
    this.assertReader(caller);
    const period = await this.period(request.periodId);
    const final = await this.periods.findFinalResult(period.id);
    if (!final) throw new DomainError(AssessmentErrors.notFinalized, '本期考核结果尚未定稿');
    return finalView(period, final);
  }

  private async rank(period: PeriodRow, asOf: string): Promise<Pick<GetAssessmentResults.Reply, 'results' | 'adjustments'>> {
    const [units, items, adjustments] = await Promise.all([this.units.listActive(), this.items.findForAssessment(period.startsOn, period.endsOn), this.periods.adjustmentsOf(period.id)]);
    const lines: Omit<AssessmentResultLine, 'rank'>[] = units
      .filter((unit) => (period.unitTypes as string[]).includes(unit.type))
      .map((unit) => {
        const mine = items
          .filter((item) => item.leadUnitId === unit.id && item.dueDate)
          .map((item) => ({ dueDate: item.dueDate as string, completedOn: item.completionReportedAt ? shanghaiDate(item.completionReportedAt) : null, closed: item.status === 'closed', sentBackCount: item.sentBackCount }));
        const tally = scoreUnit(mine, period.indicators, asOf);
        const adjustment = Math.round(adjustments.filter((a) => a.unitId === unit.id).reduce((sum, a) => sum + a.points, 0) * 10) / 10;
        return { unitId: unit.id, unitName: unit.name, unitType: unit.type, ...tally, adjustment, score: Math.round((tally.baseScore + adjustment) * 10) / 10 };
      });
    return { results: rankByScore(lines.sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'))), adjustments: adjustments.map(adjustmentView) };
  }

  private async period(id: string, tx?: Tx): Promise<PeriodRow> {
    const period = await this.periods.findPeriod(id, tx?.manager, !!tx);
    if (!period) throw new DomainError(AssessmentErrors.notFound, '考核期不存在');
    return period;
  }

  private assertManager(caller: CallerContext): void {
    if (caller.unitId || !hasPermission(caller, SupervisionPermissions.assessmentManage)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以组织考核');
  }

  private assertReader(caller: CallerContext): void {
    if (caller.unitId || !(hasPermission(caller, SupervisionPermissions.assessmentRead) || hasPermission(caller, SupervisionPermissions.assessmentManage))) {
      throw new DomainError(CommonErrors.forbidden, '无权查看考核结果');
    }
  }
}

const ASSESSMENT_CONFLICT = { error: AssessmentErrors.versionConflict, what: '考核期' };

function periodView(period: PeriodRow): AssessmentPeriodView {
  return { ...period, createdAt: period.createdAt.toISOString(), updatedAt: period.updatedAt.toISOString(), finalizedAt: period.finalizedAt?.toISOString() ?? null };
}

function finalView(period: PeriodRow, final: FinalResultRow): AssessmentFinalResultView {
  const { id: _id, periodVersion: _version, finalizedAt, ...stored } = final;
  return { ...stored, version: period.version, period: periodView(period), finalizedAt: finalizedAt.toISOString() };
}

function adjustmentView(a: AdjustmentRow): AssessmentAdjustmentView {
  return { id: a.id, unitId: a.unitId, points: a.points, reason: a.reason, createdBy: a.createdBy, createdAt: a.createdAt.toISOString() };
}
