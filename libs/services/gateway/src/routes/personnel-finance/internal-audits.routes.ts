import {
  AddAuditFinding,
  CloseInternalAudit,
  CreateInternalAudit,
  GetInternalAudit,
  InternalAuditSubjects,
  InternalAuditView,
  ListInternalAudits,
  RectifyAuditFinding,
  ReportInternalAudit,
  StartInternalAudit,
  UpdateInternalAudit,
  VerifyAuditFinding,
  WithdrawInternalAudit,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.internalAuditsRead, P.internalAuditsManage] as const;
const WRITERS = [P.internalAuditsManage] as const;

const audits = { tag: '内部审计', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 内部审计 of the subordinate units, owned by personnel-finance. */
export const internalAuditsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceInternalAuditsController: [
    { ...audits, name: 'list', method: 'GET', path: 'api/personnel-finance/internal-audits', permission: READERS, subject: InternalAuditSubjects.list, convention: 'read', request: ListInternalAudits.Request, query: ListInternalAudits.Request, reply: ListInternalAudits.Reply, summary: '内部审计列表（按状态、单位筛选，单位名称与范围模糊搜索）', problems: [403] },
    { ...audits, name: 'get', method: 'GET', path: 'api/personnel-finance/internal-audits/:id', permission: READERS, subject: InternalAuditSubjects.get, convention: 'record-read', request: GetInternalAudit.Request, params: id, reply: InternalAuditView, summary: '内部审计详情：计划、问题、整改与核查、过程记录（ETag 为版本号）', problems: [403, 404] },
    { ...audits, name: 'create', method: 'POST', path: 'api/personnel-finance/internal-audits', permission: WRITERS, subject: InternalAuditSubjects.create, convention: 'create', request: CreateInternalAudit.Request, reply: InternalAuditView, summary: '安排内部审计（被审计单位、审计期间、范围、审计组不少于 2 人）；须带 Idempotency-Key', problems: [403, 422] },
    { ...audits, name: 'update', method: 'PUT', path: 'api/personnel-finance/internal-audits/:id', permission: WRITERS, subject: InternalAuditSubjects.update, convention: 'change', request: UpdateInternalAudit.Request, body: UpdateInternalAudit.Body, params: id, reply: InternalAuditView, summary: '修改进场前的审计计划；须带 If-Match', problems: [403, 404, 422] },
    { ...audits, name: 'start', method: 'POST', path: 'api/personnel-finance/internal-audits/:id/start', permission: WRITERS, subject: InternalAuditSubjects.start, convention: 'change', request: StartInternalAudit.Request, body: StartInternalAudit.Body, params: id, reply: InternalAuditView, summary: '审计组进场实施；须带 If-Match', problems: [403, 404, 422] },
    { ...audits, name: 'addFinding', method: 'POST', path: 'api/personnel-finance/internal-audits/:id/findings', permission: WRITERS, subject: InternalAuditSubjects.addFinding, convention: 'change', request: AddAuditFinding.Request, body: AddAuditFinding.Body, params: id, reply: InternalAuditView, summary: '记录审计发现的问题（类别、涉及金额、整改要求与期限；生成整改待办）；须带 If-Match', problems: [403, 404, 422] },
    { ...audits, name: 'report', method: 'POST', path: 'api/personnel-finance/internal-audits/:id/report', permission: WRITERS, subject: InternalAuditSubjects.report, convention: 'change', request: ReportInternalAudit.Request, body: ReportInternalAudit.Body, params: id, reply: InternalAuditView, summary: '出具审计报告（文号、日期），进入整改；须带 If-Match', problems: [403, 404, 422] },
    { ...audits, name: 'rectify', method: 'POST', path: 'api/personnel-finance/internal-audits/:id/rectify', permission: WRITERS, subject: InternalAuditSubjects.rectify, convention: 'change', request: RectifyAuditFinding.Request, body: RectifyAuditFinding.Body, params: id, reply: InternalAuditView, summary: '登记被审计单位报告的一个问题的整改情况；须带 If-Match', problems: [403, 404, 422] },
    { ...audits, name: 'verify', method: 'POST', path: 'api/personnel-finance/internal-audits/:id/verify', permission: WRITERS, subject: InternalAuditSubjects.verify, convention: 'change', request: VerifyAuditFinding.Request, body: VerifyAuditFinding.Body, params: id, reply: InternalAuditView, summary: '核查一个问题的整改（通过则销号，不通过退回继续整改）；须带 If-Match', problems: [403, 404, 422] },
    { ...audits, name: 'close', method: 'POST', path: 'api/personnel-finance/internal-audits/:id/close', permission: WRITERS, subject: InternalAuditSubjects.close, convention: 'change', request: CloseInternalAudit.Request, body: CloseInternalAudit.Body, params: id, reply: InternalAuditView, summary: '办结内部审计（全部问题须已核查销号）；须带 If-Match', problems: [403, 404, 422] },
    { ...audits, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/internal-audits/:id/withdraw', permission: WRITERS, subject: InternalAuditSubjects.withdraw, convention: 'change', request: WithdrawInternalAudit.Request, body: WithdrawInternalAudit.Body, params: id, reply: InternalAuditView, summary: '进场前撤回审计计划（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
