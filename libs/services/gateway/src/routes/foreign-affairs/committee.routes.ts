import {
  ApproveCommitteeReport,
  CommitteeMeetingSubjects,
  CommitteeMeetingView,
  CommitteeReportSubjects,
  CommitteeReportView,
  CreateCommitteeMeeting,
  CreateCommitteeReport,
  GetCommitteeMeeting,
  GetCommitteeReport,
  ListCommitteeMeetings,
  ListCommitteeReports,
  NotifyCommitteeMeeting,
  PublishCommitteeMeeting,
  RecordCommitteeMeetingMinutes,
  SendCommitteeReport,
  UpdateCommitteeMeeting,
  UpdateCommitteeReport,
  WithdrawCommitteeMeeting,
  WithdrawCommitteeReport,
  ForeignAffairsPermissions as P,
} from '@gov/contracts-foreign-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.committeeRead, P.committeeManage] as const;
const WRITERS = [P.committeeManage] as const;

const meetings = { tag: '外事委会议', service: 'foreign-affairs' } as const;
const reports = { tag: '外事委报告', service: 'foreign-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;
const MEETINGS = 'api/foreign-affairs/committee/meetings';
const REPORTS = 'api/foreign-affairs/committee/reports';

/** The 外事委办公室's meetings and reports, owned by foreign-affairs (外事科); no unit liaison sees them. */
export const committeeRoutes: Record<string, RouteTable> = {
  ForeignAffairsCommitteeMeetingsController: [
    { ...meetings, name: 'list', method: 'GET', path: MEETINGS, permission: READERS, subject: CommitteeMeetingSubjects.list, convention: 'read', request: ListCommitteeMeetings.Request, query: ListCommitteeMeetings.Request, reply: ListCommitteeMeetings.Reply, summary: '外事委会议列表（按类别、状态筛选，会议名称模糊搜索）', problems: [403] },
    { ...meetings, name: 'get', method: 'GET', path: `${MEETINGS}/:id`, permission: READERS, subject: CommitteeMeetingSubjects.get, convention: 'record-read', request: GetCommitteeMeeting.Request, params: id, reply: CommitteeMeetingView, summary: '外事委会议详情：议题、通知、出席与缺席、纪要、议定事项、办理记录（ETag 为版本号）', problems: [404] },
    { ...meetings, name: 'create', method: 'POST', path: MEETINGS, permission: WRITERS, subject: CommitteeMeetingSubjects.create, convention: 'create', request: CreateCommitteeMeeting.Request, reply: CommitteeMeetingView, summary: '筹备外事委会议、征集议题；须带 Idempotency-Key', problems: [403, 422] },
    { ...meetings, name: 'update', method: 'PUT', path: `${MEETINGS}/:id`, permission: WRITERS, subject: CommitteeMeetingSubjects.update, convention: 'change', request: UpdateCommitteeMeeting.Request, body: UpdateCommitteeMeeting.Body, params: id, reply: CommitteeMeetingView, summary: '修改议题征集中的会议；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'notify', method: 'POST', path: `${MEETINGS}/:id/notify`, permission: WRITERS, subject: CommitteeMeetingSubjects.notify, convention: 'change', request: NotifyCommitteeMeeting.Request, body: NotifyCommitteeMeeting.Body, params: id, reply: CommitteeMeetingView, summary: '登记会议通知的印发（文号、日期）；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'recordMinutes', method: 'POST', path: `${MEETINGS}/:id/minutes`, permission: WRITERS, subject: CommitteeMeetingSubjects.recordMinutes, convention: 'change', request: RecordCommitteeMeetingMinutes.Request, body: RecordCommitteeMeetingMinutes.Body, params: id, reply: CommitteeMeetingView, summary: '登记召开日期、出席与缺席、纪要和议定事项（召开当日或之后）；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'publish', method: 'POST', path: `${MEETINGS}/:id/publish`, permission: WRITERS, subject: CommitteeMeetingSubjects.publish, convention: 'change', request: PublishCommitteeMeeting.Request, params: id, reply: CommitteeMeetingView, summary: '发布议定事项（每项一条事件，由督查室立项督办）；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'withdraw', method: 'POST', path: `${MEETINGS}/:id/withdraw`, permission: WRITERS, subject: CommitteeMeetingSubjects.withdraw, convention: 'change', request: WithdrawCommitteeMeeting.Request, body: WithdrawCommitteeMeeting.Body, params: id, reply: CommitteeMeetingView, summary: '撤回未召开的会议（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
  ForeignAffairsCommitteeReportsController: [
    { ...reports, name: 'list', method: 'GET', path: REPORTS, permission: READERS, subject: CommitteeReportSubjects.list, convention: 'read', request: ListCommitteeReports.Request, query: ListCommitteeReports.Request, reply: ListCommitteeReports.Reply, summary: '外事委报告列表（含报送期限、是否逾期、红黄绿灯）', problems: [403] },
    { ...reports, name: 'get', method: 'GET', path: `${REPORTS}/:id`, permission: READERS, subject: CommitteeReportSubjects.get, convention: 'record-read', request: GetCommitteeReport.Request, params: id, reply: CommitteeReportView, summary: '外事委报告详情：期限及其计算说明、红黄绿灯、办理记录（ETag 为版本号）', problems: [404] },
    { ...reports, name: 'create', method: 'POST', path: REPORTS, permission: WRITERS, subject: CommitteeReportSubjects.create, convention: 'create', request: CreateCommitteeReport.Request, reply: CommitteeReportView, summary: '起草工作报告或专题报告（报送期限按工作日计算）；须带 Idempotency-Key', problems: [403, 422] },
    { ...reports, name: 'update', method: 'PUT', path: `${REPORTS}/:id`, permission: WRITERS, subject: CommitteeReportSubjects.update, convention: 'change', request: UpdateCommitteeReport.Request, body: UpdateCommitteeReport.Body, params: id, reply: CommitteeReportView, summary: '修改起草中的报告（期限重新计算）；须带 If-Match', problems: [403, 404, 422] },
    { ...reports, name: 'approve', method: 'POST', path: `${REPORTS}/:id/approve`, permission: WRITERS, subject: CommitteeReportSubjects.approve, convention: 'change', request: ApproveCommitteeReport.Request, params: id, reply: CommitteeReportView, summary: '审定报告（须由起草人以外的人员）；须带 If-Match', problems: [403, 404, 422] },
    { ...reports, name: 'send', method: 'POST', path: `${REPORTS}/:id/send`, permission: WRITERS, subject: CommitteeReportSubjects.send, convention: 'change', request: SendCommitteeReport.Request, body: SendCommitteeReport.Body, params: id, reply: CommitteeReportView, summary: '登记报送市委外办或区委（报送日期）；须带 If-Match', problems: [403, 404, 422] },
    { ...reports, name: 'withdraw', method: 'POST', path: `${REPORTS}/:id/withdraw`, permission: WRITERS, subject: CommitteeReportSubjects.withdraw, convention: 'change', request: WithdrawCommitteeReport.Request, body: WithdrawCommitteeReport.Body, params: id, reply: CommitteeReportView, summary: '撤回未报送的报告（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
