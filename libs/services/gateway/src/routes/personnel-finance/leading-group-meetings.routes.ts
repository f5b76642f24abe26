import {
  CreateLeadingGroupMeeting,
  GetLeadingGroupMeeting,
  LeadingGroupMeetingSubjects,
  LeadingGroupMeetingView,
  ListLeadingGroupMeetings,
  NotifyLeadingGroupMeeting,
  PublishLeadingGroupMeeting,
  RecordLeadingGroupMeetingMinutes,
  UpdateLeadingGroupMeeting,
  WithdrawLeadingGroupMeeting,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.leadingGroupMeetingsRead, P.leadingGroupMeetingsManage] as const;
const WRITERS = [P.leadingGroupMeetingsManage] as const;

const meetings = { tag: '党组会、主任办公会', service: 'personnel-finance' } as const;
const id = { id: { format: 'uuid' } } as const;
const BASE = 'api/personnel-finance/leading-group-meetings';

/** 党组会、主任办公会, owned by personnel-finance. */
export const leadingGroupMeetingsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceLeadingGroupMeetingsController: [
    { ...meetings, name: 'list', method: 'GET', path: BASE, permission: READERS, subject: LeadingGroupMeetingSubjects.list, convention: 'read', request: ListLeadingGroupMeetings.Request, query: ListLeadingGroupMeetings.Request, reply: ListLeadingGroupMeetings.Reply, summary: '党组会、主任办公会列表（按类别、状态筛选，会议名称模糊搜索）', problems: [403] },
    { ...meetings, name: 'get', method: 'GET', path: `${BASE}/:id`, permission: READERS, subject: LeadingGroupMeetingSubjects.get, convention: 'record-read', request: GetLeadingGroupMeeting.Request, params: id, reply: LeadingGroupMeetingView, summary: '会议详情：议题、出席、纪要、议定事项、过程记录（ETag 为版本号）', problems: [404] },
    { ...meetings, name: 'create', method: 'POST', path: BASE, permission: WRITERS, subject: LeadingGroupMeetingSubjects.create, convention: 'create', request: CreateLeadingGroupMeeting.Request, reply: LeadingGroupMeetingView, summary: '筹备会议、征集议题（人事科）；须带 Idempotency-Key', problems: [403, 422] },
    { ...meetings, name: 'update', method: 'PUT', path: `${BASE}/:id`, permission: WRITERS, subject: LeadingGroupMeetingSubjects.update, convention: 'change', request: UpdateLeadingGroupMeeting.Request, body: UpdateLeadingGroupMeeting.Body, params: id, reply: LeadingGroupMeetingView, summary: '修改议题征集中的会议；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'notify', method: 'POST', path: `${BASE}/:id/notify`, permission: WRITERS, subject: LeadingGroupMeetingSubjects.notify, convention: 'change', request: NotifyLeadingGroupMeeting.Request, body: NotifyLeadingGroupMeeting.Body, params: id, reply: LeadingGroupMeetingView, summary: '登记议题批准并发出会议通知；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'recordMinutes', method: 'POST', path: `${BASE}/:id/minutes`, permission: WRITERS, subject: LeadingGroupMeetingSubjects.recordMinutes, convention: 'change', request: RecordLeadingGroupMeetingMinutes.Request, body: RecordLeadingGroupMeetingMinutes.Body, params: id, reply: LeadingGroupMeetingView, summary: '登记出席、纪要和议定事项（会议召开后）；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'publish', method: 'POST', path: `${BASE}/:id/publish`, permission: WRITERS, subject: LeadingGroupMeetingSubjects.publish, convention: 'change', request: PublishLeadingGroupMeeting.Request, params: id, reply: LeadingGroupMeetingView, summary: '发布议定事项（每项一条事件，由督查室立项督办）；须带 If-Match', problems: [403, 404, 422] },
    { ...meetings, name: 'withdraw', method: 'POST', path: `${BASE}/:id/withdraw`, permission: WRITERS, subject: LeadingGroupMeetingSubjects.withdraw, convention: 'change', request: WithdrawLeadingGroupMeeting.Request, body: WithdrawLeadingGroupMeeting.Body, params: id, reply: LeadingGroupMeetingView, summary: '撤回未召开的会议（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
