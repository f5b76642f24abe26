import { CreateLifeMeeting, GetLifeMeeting, LifeCompliance, ListLifeMeetings, LifeMeetingSubjects, LifeMeetingView, UpdateLifeMeeting, WithdrawLifeMeeting, PartyAffairsPermissions as P } from '@gov/contracts-party-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.lifeMeetingsRead, P.lifeMeetingsManage, P.lifeMeetingsOwn] as const;
const WRITERS = [P.lifeMeetingsManage, P.lifeMeetingsOwn] as const;

const lifeMeetings = { tag: '组织生活', service: 'party-affairs' } as const;

/** 组织生活, owned by party-affairs. */
export const lifeMeetingsRoutes: Record<string, RouteTable> = {
  PartyAffairsLifeMeetingsController: [
    { ...lifeMeetings, name: 'list', method: 'GET', path: 'api/party-affairs/life-meetings', permission: READERS, subject: LifeMeetingSubjects.list, convention: 'read', request: ListLifeMeetings.Request, query: ListLifeMeetings.Request, reply: ListLifeMeetings.Reply, summary: '组织生活记录列表（分页、按支部与类别筛选、主题模糊搜索）', description: '单位联络员只能看到本单位的记录。' },
    { ...lifeMeetings, name: 'get', method: 'GET', path: 'api/party-affairs/life-meetings/:id', permission: READERS, subject: LifeMeetingSubjects.get, convention: 'record-read', request: GetLifeMeeting.Request, params: { id: { format: 'uuid' } }, reply: LifeMeetingView, summary: '组织生活详情（ETag 为版本号）', problems: [404] },
    { ...lifeMeetings, name: 'create', method: 'POST', path: 'api/party-affairs/life-meetings', permission: WRITERS, subject: LifeMeetingSubjects.create, convention: 'create', request: CreateLifeMeeting.Request, reply: LifeMeetingView, summary: '登记组织生活（会议类别、日期、主题、出缺席及记录；联络员为本单位党支部）；须带 Idempotency-Key', problems: [422] },
    { ...lifeMeetings, name: 'update', method: 'PUT', path: 'api/party-affairs/life-meetings/:id', permission: WRITERS, subject: LifeMeetingSubjects.update, convention: 'change', request: UpdateLifeMeeting.Request, body: UpdateLifeMeeting.Body, params: { id: { format: 'uuid' } }, reply: LifeMeetingView, summary: '修改组织生活；须带 If-Match', problems: [404, 422] },
    { ...lifeMeetings, name: 'withdraw', method: 'POST', path: 'api/party-affairs/life-meetings/:id/withdraw', permission: WRITERS, subject: LifeMeetingSubjects.withdraw, convention: 'change', request: WithdrawLifeMeeting.Request, body: WithdrawLifeMeeting.Body, params: { id: { format: 'uuid' } }, reply: LifeMeetingView, summary: '撤回组织生活（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...lifeMeetings, name: 'compliance', method: 'GET', path: 'api/party-affairs/compliance', permission: READERS, subject: LifeMeetingSubjects.compliance, convention: 'read', request: LifeCompliance.Request, query: LifeCompliance.Request, reply: LifeCompliance.Reply, summary: '组织生活落实情况（按支部的红黄绿灯，对照频次配置及依据）', description: '单位联络员只能看到本单位的党支部。', problems: [400] },
  ],
};
