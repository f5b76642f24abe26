import {
  CreateGroupSession,
  GetGroupSession,
  GroupSessionSubjects,
  GroupSessionView,
  HoldGroupSession,
  ListGroupSessions,
  PrepareGroupSession,
  RectifyGroupSession,
  UpdateGroupSession,
  WithdrawGroupSession,
  PersonnelFinancePermissions as P,
} from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.groupSessionsRead, P.groupSessionsManage] as const;
const WRITERS = [P.groupSessionsManage] as const;

const sessions = { tag: '中心组学习、民主生活会', service: 'personnel-finance' } as const;

/** 中心组学习、民主生活会, owned by personnel-finance. */
export const groupSessionsRoutes: Record<string, RouteTable> = {
  PersonnelFinanceGroupSessionsController: [
    { ...sessions, name: 'list', method: 'GET', path: 'api/personnel-finance/group-sessions', permission: READERS, subject: GroupSessionSubjects.list, convention: 'read', request: ListGroupSessions.Request, query: ListGroupSessions.Request, reply: ListGroupSessions.Reply, summary: '中心组学习、民主生活会列表（分页、按类别和状态筛选、主题模糊搜索）', problems: [403] },
    { ...sessions, name: 'get', method: 'GET', path: 'api/personnel-finance/group-sessions/:id', permission: READERS, subject: GroupSessionSubjects.get, convention: 'record-read', request: GetGroupSession.Request, params: { id: { format: 'uuid' } }, reply: GroupSessionView, summary: '详情（会前准备、出席、发言、整改清单；ETag 为版本号）', problems: [404] },
    { ...sessions, name: 'create', method: 'POST', path: 'api/personnel-finance/group-sessions', permission: WRITERS, subject: GroupSessionSubjects.create, convention: 'create', request: CreateGroupSession.Request, reply: GroupSessionView, summary: '列入计划（中心组学习或民主生活会）；须带 Idempotency-Key', problems: [403, 422] },
    { ...sessions, name: 'update', method: 'PUT', path: 'api/personnel-finance/group-sessions/:id', permission: WRITERS, subject: GroupSessionSubjects.update, convention: 'change', request: UpdateGroupSession.Request, body: UpdateGroupSession.Body, params: { id: { format: 'uuid' } }, reply: GroupSessionView, summary: '修改主题、日期、参加人员（召开前）；须带 If-Match', problems: [403, 404, 422] },
    { ...sessions, name: 'prepare', method: 'POST', path: 'api/personnel-finance/group-sessions/:id/preparation', permission: WRITERS, subject: GroupSessionSubjects.prepare, convention: 'change', request: PrepareGroupSession.Request, body: PrepareGroupSession.Body, params: { id: { format: 'uuid' } }, reply: GroupSessionView, summary: '登记民主生活会的一项会前准备；须带 If-Match', problems: [403, 404, 422] },
    { ...sessions, name: 'hold', method: 'POST', path: 'api/personnel-finance/group-sessions/:id/held', permission: WRITERS, subject: GroupSessionSubjects.hold, convention: 'change', request: HoldGroupSession.Request, body: HoldGroupSession.Body, params: { id: { format: 'uuid' } }, reply: GroupSessionView, summary: '登记召开（出席、发言或对照检查、整改清单）；须带 If-Match', problems: [403, 404, 422] },
    { ...sessions, name: 'rectify', method: 'POST', path: 'api/personnel-finance/group-sessions/:id/rectifications', permission: WRITERS, subject: GroupSessionSubjects.rectify, convention: 'change', request: RectifyGroupSession.Request, body: RectifyGroupSession.Body, params: { id: { format: 'uuid' } }, reply: GroupSessionView, summary: '登记一项整改完成（全部完成即整改完成）；须带 If-Match', problems: [403, 404, 422] },
    { ...sessions, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/group-sessions/:id/withdraw', permission: WRITERS, subject: GroupSessionSubjects.withdraw, convention: 'change', request: WithdrawGroupSession.Request, body: WithdrawGroupSession.Body, params: { id: { format: 'uuid' } }, reply: GroupSessionView, summary: '撤回（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
