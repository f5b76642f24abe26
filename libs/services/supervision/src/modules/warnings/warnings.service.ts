import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import { shanghaiDate } from '@gov/calendar';
import type { ListOverdueByLeader, ListOverdueByUnit, OverdueItemLine, OverdueTrend, RecomputeLights, SupervisionItemKind } from '@gov/contracts-supervision';
import { DomainError } from '@gov/platform';
import { UnitDirectory } from '@gov/read-model-units';
import { canManage, itemScope } from '../items/items.policy.js';
import { ItemsRepository, type ItemRow } from '../items/items.repository.js';
import { DEFAULT_TREND_MONTHS, trendStart } from './overdue-trend.js';
import { WarningsJob } from './warnings.job.js';

interface Group {
  red: number;
  yellow: number;
  items: OverdueItemLine[];
}

/** What is overdue (red) and near its deadline (yellow), by lead unit and by the instructing / responsible leader. */
@Injectable()
export class WarningsService {
  constructor(
    private readonly items: ItemsRepository,
    private readonly units: UnitDirectory,
    private readonly job: WarningsJob,
  ) {}

  async byUnit(request: ListOverdueByUnit.Request, caller: CallerContext): Promise<ListOverdueByUnit.Reply> {
    const groups = this.group(await this.warned(request.kind, caller), (item) => item.leadUnitId ?? '');
    const result: ListOverdueByUnit.Reply['groups'] = [];
    for (const [unitId, group] of groups) {
      const unit = unitId ? await this.units.findById(unitId) : null;
      result.push({ unitId: unitId || null, unitName: unit?.name ?? (unitId ? '（单位名录中无此单位）' : '待确认责任单位'), redCount: group.red, yellowCount: group.yellow, items: group.items });
    }
    return { groups: result.sort((a, b) => b.redCount - a.redCount || b.yellowCount - a.yellowCount || a.unitName.localeCompare(b.unitName, 'zh-CN')) };
  }

  async byLeader(request: ListOverdueByLeader.Request, caller: CallerContext): Promise<ListOverdueByLeader.Reply> {
    const groups = this.group(await this.warned(request.kind, caller), (item) => item.leaderName ?? '未指明领导');
    return {
      groups: [...groups]
        .map(([leaderName, group]) => ({ leaderName, redCount: group.red, yellowCount: group.yellow, items: group.items }))
        .sort((a, b) => b.redCount - a.redCount || b.yellowCount - a.yellowCount || a.leaderName.localeCompare(b.leaderName, 'zh-CN')),
    };
  }

  /** 逾期趋势 for 督查室 and the leaders: month by month, overdue and open at the month's end, closed late or on time. */
  async overdueTrend(request: OverdueTrend.Request, caller: CallerContext): Promise<OverdueTrend.Reply> {
    if (itemScope(caller) !== 'all') throw new DomainError(CommonErrors.forbidden, '无权查看逾期趋势');
    const today = shanghaiDate(new Date());
    const months = await this.items.overdueTrend(trendStart(today, request.months ?? DEFAULT_TREND_MONTHS), today, caller.clearance, request.kind);
    return { months };
  }

  async recompute(request: RecomputeLights.Request, caller: CallerContext): Promise<RecomputeLights.Reply> {
    if (!canManage(caller)) throw new DomainError(CommonErrors.forbidden, '只有督查室可以重新计算灯色');
    return this.job.recompute(request.today);
  }

  private async warned(kind: SupervisionItemKind | undefined, caller: CallerContext): Promise<ItemRow[]> {
    if (itemScope(caller) !== 'all') throw new DomainError(CommonErrors.forbidden, '无权查看逾期督办事项汇总');
    return (await this.items.findWarned(kind)).filter((item) => item.secrecyLevel <= caller.clearance);
  }

  private group(items: ItemRow[], keyOf: (item: ItemRow) => string): Map<string, Group> {
    const groups = new Map<string, Group>();
    for (const item of items) {
      const key = keyOf(item);
      const group = groups.get(key) ?? { red: 0, yellow: 0, items: [] };
      if (item.light === 'red') {
        group.red += 1;
        group.items.push({ id: item.id, kind: item.kind, title: item.title, dueDate: item.dueDate, light: item.light, lightReason: item.lightReason, lightChangedAt: item.lightChangedAt?.toISOString() ?? null, leaderName: item.leaderName, leadUnitId: item.leadUnitId });
      } else group.yellow += 1;
      groups.set(key, group);
    }
    return groups;
  }
}
