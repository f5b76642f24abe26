import { CreateDisclosureInspection, GetDisclosureInspection, InspectionSubjects, DisclosureInspectionView, ListDisclosureInspections, RectifyDisclosureInspection, WithdrawDisclosureInspection, DisclosurePermissions as P } from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.inspectionsRead, P.inspectionsManage, P.inspectionsOwn] as const;
const WRITERS = [P.inspectionsManage, P.inspectionsOwn] as const;
const SECTION = [P.inspectionsManage] as const;

const inspections = { tag: '公开巡查', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 公开巡查 of the units' 政府信息公开 pages and columns, owned by disclosure. */
export const inspectionsRoutes: Record<string, RouteTable> = {
  DisclosureInspectionsController: [
    { ...inspections, name: 'list', method: 'GET', path: 'api/disclosure/inspections', permission: READERS, subject: InspectionSubjects.list, convention: 'read', request: ListDisclosureInspections.Request, query: ListDisclosureInspections.Request, reply: ListDisclosureInspections.Reply, summary: '公开巡查记录（分页、按状态筛选、中文模糊搜索、只看逾期未整改）', description: '单位联络员只能看到本单位被巡查的记录。' },
    { ...inspections, name: 'get', method: 'GET', path: 'api/disclosure/inspections/:id', permission: READERS, subject: InspectionSubjects.get, convention: 'record-read', request: GetDisclosureInspection.Request, params: id, reply: DisclosureInspectionView, summary: '公开巡查记录详情（ETag 为版本号）', problems: [404] },
    { ...inspections, name: 'create', method: 'POST', path: 'api/disclosure/inspections', permission: SECTION, subject: InspectionSubjects.create, convention: 'create', request: CreateDisclosureInspection.Request, reply: DisclosureInspectionView, summary: '登记公开巡查：发现问题的按工作日确定整改截止日；须带 Idempotency-Key', problems: [403, 422] },
    { ...inspections, name: 'rectify', method: 'POST', path: 'api/disclosure/inspections/:id/rectify', permission: WRITERS, subject: InspectionSubjects.rectify, convention: 'change', request: RectifyDisclosureInspection.Request, body: RectifyDisclosureInspection.Body, params: id, reply: DisclosureInspectionView, summary: '登记整改情况（被巡查单位或大数据科）；须带 If-Match', problems: [403, 404, 422] },
    { ...inspections, name: 'withdraw', method: 'POST', path: 'api/disclosure/inspections/:id/withdraw', permission: SECTION, subject: InspectionSubjects.withdraw, convention: 'change', request: WithdrawDisclosureInspection.Request, body: WithdrawDisclosureInspection.Body, params: id, reply: DisclosureInspectionView, summary: '撤回公开巡查记录（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
