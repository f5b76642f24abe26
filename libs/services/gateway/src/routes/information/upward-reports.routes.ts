import { CreateInfoUpwardReport, GetInfoUpwardReport, InfoUpwardReportSubjects, InfoUpwardReportView, ListInfoUpwardReports, RecordInfoUpwardFeedback, WithdrawInfoUpwardReport, InformationPermissions as P } from '@gov/contracts-information';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.upwardReportsRead, P.upwardReportsManage] as const;
const WRITERS = [P.upwardReportsManage] as const;
const ID = { id: { format: 'uuid' } } as const;

const reports = { tag: '政务信息：上报登记', service: 'information' } as const;

/** 上报登记 (政务信息 sent to higher offices, and their feedback), owned by information. */
export const upwardReportsRoutes: Record<string, RouteTable> = {
  InformationUpwardReportsController: [
    { ...reports, name: 'list', method: 'GET', path: 'api/information/upward-reports', permission: READERS, subject: InfoUpwardReportSubjects.list, convention: 'read', request: ListInfoUpwardReports.Request, query: ListInfoUpwardReports.Request, reply: ListInfoUpwardReports.Reply, summary: '上报登记列表（按年度、报送机关、所含信息、状态）', description: '仅信息科与领导。' },
    { ...reports, name: 'get', method: 'GET', path: 'api/information/upward-reports/:id', permission: READERS, subject: InfoUpwardReportSubjects.get, convention: 'record-read', request: GetInfoUpwardReport.Request, params: ID, reply: InfoUpwardReportView, summary: '上报登记详情（报送的信息、机关、日期、渠道与反馈；ETag 为版本号）', problems: [404] },
    { ...reports, name: 'create', method: 'POST', path: 'api/information/upward-reports', permission: WRITERS, subject: InfoUpwardReportSubjects.create, convention: 'create', request: CreateInfoUpwardReport.Request, reply: InfoUpwardReportView, summary: '登记向上报送（已采纳的信息、报送机关、日期、渠道；报市信息科即记“报市”）；须带 Idempotency-Key', problems: [404, 422] },
    { ...reports, name: 'feedback', method: 'POST', path: 'api/information/upward-reports/:id/feedback', permission: WRITERS, subject: InfoUpwardReportSubjects.feedback, convention: 'change', request: RecordInfoUpwardFeedback.Request, body: RecordInfoUpwardFeedback.Body, params: ID, reply: InfoUpwardReportView, summary: '登记上级反馈（采用按报送机关记市采用/省采用/国办采用，同一层级只计一次；批示记入领导批示并加分）；须带 If-Match', problems: [404, 422] },
    { ...reports, name: 'withdraw', method: 'POST', path: 'api/information/upward-reports/:id/withdraw', permission: WRITERS, subject: InfoUpwardReportSubjects.withdraw, convention: 'change', request: WithdrawInfoUpwardReport.Request, body: WithdrawInfoUpwardReport.Body, params: ID, reply: InfoUpwardReportView, summary: '撤回上报登记（须说明理由；已登记的采用保留）；须带 If-Match', problems: [404, 422] },
  ],
};
