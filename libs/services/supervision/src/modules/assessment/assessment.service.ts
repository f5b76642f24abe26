import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '@gov/calendar';
import { CommonErrors, hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import {
  ASSESSED_UNIT_TYPES,
  ASSESSMENT_INDICATOR_LABELS,
  AssessmentErrors,
  type AdjustAssessment,
  type AssessmentAdjustmentView,
  type AssessmentIndicatorWeight,
  type AssessmentPeriodView,
  type AssessmentResultLine,
  type CreateAssessmentPeriod,
  type GetAssessmentResults,
  type ListAssessmentPeriods,
  type SupervisionSettingKey,
} from '@gov/contracts-supervision';
import { DomainError, Transactions } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { ItemsRepository } from '../items/items.repository.js';
import { ASSESSMENT_FORMULA, rankByScore, scoreUnit } from './assessment-score.js';
import { AssessmentRepository, type AdjustmentRow, type PeriodRow } from './assessment.repository.js';

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

  /** 加减分 with its reason and who. */
  async adjust(request: AdjustAssessment.Request, caller: CallerContext): Promise<AssessmentAdjustmentView> {
    this.assertManager(caller);
    const period = await this.period(request.periodId);
    const unit = await this.units.findById(request.unitId);
    if (!unit || !(period.unitTypes as string[]).includes(unit.type)) throw new DomainError(AssessmentErrors.unknownUnit, '该单位不在本期考核范围内', [{ code: 'invalid', field: 'unitId', message: '单位不在本期考核范围内' }]);
    const adjustment: AdjustmentRow = { id: randomUUID(), periodId: period.id, unitId: unit.id, points: request.points, reason: request.reason.trim(), createdBy: caller.username, createdAt: new Date() };
    await this.transactions.run((tx) => this.periods.insertAdjustment(adjustment, tx.manager));
    return adjustmentView(adjustment);
  }

  /** The ranked result: each unit's score derived from its items due in the period, plus its adjustments. */
  async results(request: GetAssessmentResults.Request, caller: CallerContext): Promise<GetAssessmentResults.Reply> {
    this.assertReader(caller);
    const period = await this.period(request.periodId);
    const asOf = request.asOf ?? shanghaiDate(new Date());
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
    const ranked = rankByScore(lines.sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN')));
    return { period: periodView(period), asOf, results: ranked, adjustments: adjustments.map(adjustmentView), formula: ASSESSMENT_FORMULA };
  }

  private async period(id: string): Promise<PeriodRow> {
    const period = await this.periods.findPeriod(id);
    if (!period) throw new DomainError(AssessmentErrors.notFound, '考核期不存在');
    return period;
  }

  private assertManager(caller: CallerContext): void {
    if (caller.unitId || !hasPermission(caller, Permissions.assessmentManage)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以组织考核');
  }

  private assertReader(caller: CallerContext): void {
    if (caller.unitId || !(hasPermission(caller, Permissions.assessmentRead) || hasPermission(caller, Permissions.assessmentManage))) {
      throw new DomainError(CommonErrors.forbidden, '无权查看考核结果');
    }
  }
}

function periodView(period: PeriodRow): AssessmentPeriodView {
  return { ...period, createdAt: period.createdAt.toISOString(), updatedAt: period.updatedAt.toISOString() };
}

function adjustmentView(a: AdjustmentRow): AssessmentAdjustmentView {
  return { id: a.id, unitId: a.unitId, points: a.points, reason: a.reason, createdBy: a.createdBy, createdAt: a.createdAt.toISOString() };
}
