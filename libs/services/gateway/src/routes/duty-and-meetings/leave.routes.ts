import { DecideLeave, GetLeave, LeaveSubjects, LeaveView, ListLeave, RecordLeaveReturn, RequestLeave, WhoIsAway, WithdrawLeave, DutyAndMeetingsPermissions as P } from '@gov/contracts-duty-and-meetings';
import type { RouteTable } from '../route-declaration.js';

const READ = [P.leaveRead, P.leaveRequest, P.leaveApprove] as const;

const leave = { tag: '请销假', service: 'duty-and-meetings' } as const;

/** 请销假 of units' principal leaders. A liaison files and sees only their own unit's. */
export const leaveRoutes: Record<string, RouteTable> = {
  LeaveController: [
    { ...leave, name: 'list', method: 'GET', path: 'api/leave', permission: READ, subject: LeaveSubjects.list, convention: 'read', request: ListLeave.Request, query: ListLeave.Request, reply: ListLeave.Reply, summary: '请假列表（分页、按单位/状态筛选、姓名模糊搜索）' },
    { ...leave, name: 'whoIsAway', method: 'GET', path: 'api/leave/away', permission: READ, subject: LeaveSubjects.whoIsAway, convention: 'read', request: WhoIsAway.Request, query: WhoIsAway.Request, reply: WhoIsAway.Reply, summary: '某日不在岗的单位主要负责人' },
    { ...leave, name: 'get', method: 'GET', path: 'api/leave/:id', permission: READ, subject: LeaveSubjects.get, convention: 'record-read', request: GetLeave.Request, params: { id: { format: 'uuid' } }, reply: LeaveView, summary: '请假详情（ETag 为版本号）', problems: [404] },
    { ...leave, name: 'request', method: 'POST', path: 'api/leave', permission: [P.leaveRequest], subject: LeaveSubjects.request, convention: 'create', request: RequestLeave.Request, reply: LeaveView, summary: '提交请假（与同一人其他请假时间重叠时提示，不阻止）', problems: [403, 422] },
    { ...leave, name: 'decide', method: 'POST', path: 'api/leave/:id/decision', permission: [P.leaveApprove], subject: LeaveSubjects.decide, convention: 'change', request: DecideLeave.Request, body: DecideLeave.Body, params: { id: { format: 'uuid' } }, reply: LeaveView, summary: '审批请假（办公室领导）；须带 If-Match', problems: [403, 404, 422] },
    { ...leave, name: 'recordReturn', method: 'POST', path: 'api/leave/:id/return', permission: [P.leaveRequest], subject: LeaveSubjects.recordReturn, convention: 'change', request: RecordLeaveReturn.Request, body: RecordLeaveReturn.Body, params: { id: { format: 'uuid' } }, reply: LeaveView, summary: '销假：记录实际返岗日期；须带 If-Match', problems: [403, 404, 422] },
    { ...leave, name: 'withdraw', method: 'POST', path: 'api/leave/:id/withdraw', permission: [P.leaveRequest], subject: LeaveSubjects.withdraw, convention: 'change', request: WithdrawLeave.Request, body: WithdrawLeave.Body, params: { id: { format: 'uuid' } }, reply: LeaveView, summary: '撤回请假（不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
