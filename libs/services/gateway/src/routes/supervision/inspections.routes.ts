import {
  ApproveHigherInspectionReply,
  ApproveInspection,
  ConcludeInspection,
  ConductInspection,
  CreateInspection,
  DraftHigherInspectionReply,
  GetHigherInspection,
  GetInspection,
  HigherInspectionView,
  InspectionSubjects,
  InspectionView,
  ListHigherInspections,
  ListInspections,
  ReceiveHigherInspection,
  SendHigherInspectionReply,
  UpdateInspection,
  WithdrawHigherInspection,
  WithdrawInspection,
  SupervisionPermissions as P,
} from '@gov/contracts-supervision';
import type { RouteTable } from '../route-declaration.js';

const INSPECTION_READERS = [P.supervisionRead, P.supervisionManage, P.supervisionReadOwn] as const;
const OFFICE_READERS = [P.supervisionRead, P.supervisionManage] as const;
const MANAGE = [P.supervisionManage] as const;

const inspections = { tag: '督查', service: 'supervision' } as const;
const higher = { tag: '上级督查事项答复', service: 'supervision' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 督查 (督查方案、督查组、督查结论) and the replies upward on 国务院/省/市 督查事项, owned by supervision. */
export const inspectionsRoutes: Record<string, RouteTable> = {
  SupervisionInspectionsController: [
    { ...inspections, name: 'list', method: 'GET', path: 'api/supervision/inspections', permission: INSPECTION_READERS, subject: InspectionSubjects.list, convention: 'read', request: ListInspections.Request, query: ListInspections.Request, reply: ListInspections.Reply, summary: '督查列表（分页、筛选、模糊搜索）', description: '单位联络员只能看到本单位为被督查单位、方案已批准的督查，且只看到关于本单位的督查结论。' },
    { ...inspections, name: 'get', method: 'GET', path: 'api/supervision/inspections/:id', permission: INSPECTION_READERS, subject: InspectionSubjects.get, convention: 'record-read', request: GetInspection.Request, params: id, reply: InspectionView, summary: '督查详情：方案、督查组、督查结论、办理记录（ETag 为版本号）', problems: [404] },
    { ...inspections, name: 'create', method: 'POST', path: 'api/supervision/inspections', permission: MANAGE, subject: InspectionSubjects.create, convention: 'create', request: CreateInspection.Request, reply: InspectionView, summary: '拟定督查方案（事项、范围、起止日期、依据、被督查单位）并组成督查组', problems: [422] },
    { ...inspections, name: 'update', method: 'PUT', path: 'api/supervision/inspections/:id', permission: MANAGE, subject: InspectionSubjects.update, convention: 'change', request: UpdateInspection.Request, body: UpdateInspection.Body, params: id, reply: InspectionView, summary: '修改拟定中的督查方案；须带 If-Match', problems: [404, 422] },
    { ...inspections, name: 'approve', method: 'POST', path: 'api/supervision/inspections/:id/approve', permission: MANAGE, subject: InspectionSubjects.approve, convention: 'change', request: ApproveInspection.Request, bodyless: true, params: id, reply: InspectionView, summary: '批准督查方案（批准后被督查单位可见）；须带 If-Match', problems: [404, 422] },
    { ...inspections, name: 'conduct', method: 'POST', path: 'api/supervision/inspections/:id/conduct', permission: MANAGE, subject: InspectionSubjects.conduct, convention: 'change', request: ConductInspection.Request, body: ConductInspection.Body, params: id, reply: InspectionView, summary: '登记督查实施完毕（方案须已批准）；须带 If-Match', problems: [404, 422] },
    { ...inspections, name: 'conclude', method: 'POST', path: 'api/supervision/inspections/:id/conclusions', permission: MANAGE, subject: InspectionSubjects.conclude, convention: 'change', request: ConcludeInspection.Request, body: ConcludeInspection.Body, params: id, reply: InspectionView, summary: '反馈督查结论（逐一反馈每个被督查单位，以查明的事实为依据）；须带 If-Match', problems: [404, 422] },
    { ...inspections, name: 'withdraw', method: 'POST', path: 'api/supervision/inspections/:id/withdrawal', permission: MANAGE, subject: InspectionSubjects.withdraw, convention: 'change', request: WithdrawInspection.Request, body: WithdrawInspection.Body, params: id, reply: InspectionView, summary: '撤回督查（不删除，须写明理由）；须带 If-Match', problems: [404, 422] },
  ],
  HigherInspectionsController: [
    { ...higher, name: 'list', method: 'GET', path: 'api/supervision/higher-inspections', permission: OFFICE_READERS, subject: InspectionSubjects.listHigher, convention: 'read', request: ListHigherInspections.Request, query: ListHigherInspections.Request, reply: ListHigherInspections.Reply, summary: '国务院、省、市督查事项及答复列表（分页、筛选）' },
    { ...higher, name: 'get', method: 'GET', path: 'api/supervision/higher-inspections/:id', permission: OFFICE_READERS, subject: InspectionSubjects.getHigher, convention: 'record-read', request: GetHigherInspection.Request, params: id, reply: HigherInspectionView, summary: '上级督查事项详情：答复期限（含计算过程）、答复稿、审定与上报（ETag 为版本号）', problems: [404] },
    { ...higher, name: 'receive', method: 'POST', path: 'api/supervision/higher-inspections', permission: MANAGE, subject: InspectionSubjects.receiveHigher, convention: 'create', request: ReceiveHigherInspection.Request, reply: HigherInspectionView, summary: '登记收到的国务院、省、市督查事项（按工作日计算答复期限）', problems: [422] },
    { ...higher, name: 'draftReply', method: 'POST', path: 'api/supervision/higher-inspections/:id/reply-draft', permission: MANAGE, subject: InspectionSubjects.draftReply, convention: 'change', request: DraftHigherInspectionReply.Request, body: DraftHigherInspectionReply.Body, params: id, reply: HigherInspectionView, summary: '拟定或修改答复稿（审定前）；须带 If-Match', problems: [404, 422] },
    { ...higher, name: 'approveReply', method: 'POST', path: 'api/supervision/higher-inspections/:id/reply-approval', permission: MANAGE, subject: InspectionSubjects.approveReply, convention: 'change', request: ApproveHigherInspectionReply.Request, bodyless: true, params: id, reply: HigherInspectionView, summary: '审定答复稿（须由拟稿人以外的人员审定）；须带 If-Match', problems: [404, 422] },
    { ...higher, name: 'sendReply', method: 'POST', path: 'api/supervision/higher-inspections/:id/reply-sending', permission: MANAGE, subject: InspectionSubjects.sendReply, convention: 'change', request: SendHigherInspectionReply.Request, body: SendHigherInspectionReply.Body, params: id, reply: HigherInspectionView, summary: '登记答复已上报及上报日期；须带 If-Match', problems: [404, 422] },
    { ...higher, name: 'withdraw', method: 'POST', path: 'api/supervision/higher-inspections/:id/withdrawal', permission: MANAGE, subject: InspectionSubjects.withdrawHigher, convention: 'change', request: WithdrawHigherInspection.Request, body: WithdrawHigherInspection.Body, params: id, reply: HigherInspectionView, summary: '撤回上级督查事项（未上报的，须写明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
