import { ListOverdueByLeader, ListOverdueByUnit, OverdueTrend, RecomputeLights, SupervisionWarningSubjects, SupervisionPermissions as P } from '@gov/contracts-supervision';
import type { RouteTable } from '../route-declaration.js';

const supervisionWarnings = { tag: '督办预警', service: 'supervision' } as const;

/** 红黄灯预警: overdue lists by unit and by leader, and the recomputation on demand. */
export const supervisionWarningsRoutes: Record<string, RouteTable> = {
  SupervisionWarningsController: [
    { ...supervisionWarnings, name: 'byUnit', method: 'GET', path: 'api/supervision/warnings/by-unit', permission: [P.supervisionRead, P.supervisionManage], subject: SupervisionWarningSubjects.overdueByUnit, convention: 'read', request: ListOverdueByUnit.Request, query: ListOverdueByUnit.Request, reply: ListOverdueByUnit.Reply, summary: '逾期（红灯）和临期（黄灯）事项：按主责单位汇总' },
    { ...supervisionWarnings, name: 'overdueTrend', method: 'GET', path: 'api/supervision/warnings/overdue-trend', permission: [P.supervisionRead, P.supervisionManage], subject: SupervisionWarningSubjects.overdueTrend, convention: 'read', request: OverdueTrend.Request, query: OverdueTrend.Request, reply: OverdueTrend.Reply, summary: '逾期趋势：逐月统计月末逾期未办结、当月逾期办结与按期办结的事项数' },
    { ...supervisionWarnings, name: 'byLeader', method: 'GET', path: 'api/supervision/warnings/by-leader', permission: [P.supervisionRead, P.supervisionManage], subject: SupervisionWarningSubjects.overdueByLeader, convention: 'read', request: ListOverdueByLeader.Request, query: ListOverdueByLeader.Request, reply: ListOverdueByLeader.Reply, summary: '逾期（红灯）和临期（黄灯）事项：按批示领导/责任领导汇总' },
    { ...supervisionWarnings, name: 'recompute', method: 'POST', path: 'api/supervision/warnings/recompute', permission: [P.supervisionManage], subject: SupervisionWarningSubjects.recompute, convention: 'read', request: RecomputeLights.Request, reply: RecomputeLights.Reply, summary: '立即重新计算全部未销号事项的灯色（可指定判定日期）' },
  ],
};
