import { ActivitySubjects, ActivityView, CancelActivity, CreateActivity, GetActivity, GetLeaderCalendar, LeaderCalendarSubjects, ListActivities, DutyAndMeetingsPermissions as P } from '@gov/contracts-duty-and-meetings';
import type { RouteTable } from '../route-declaration.js';

const activities = { tag: '领导活动与接待', service: 'duty-and-meetings' } as const;

/** 政务活动, 接待 and the leaders' calendars. */
export const activitiesRoutes: Record<string, RouteTable> = {
  ActivitiesController: [
    { ...activities, name: 'calendar', method: 'GET', path: 'api/leader-calendar', permission: [P.activitiesRead, P.activitiesManage, P.meetingsRead], subject: LeaderCalendarSubjects.get, convention: 'read', request: GetLeaderCalendar.Request, query: GetLeaderCalendar.Request, reply: GetLeaderCalendar.Reply, summary: '领导日程（会议、政务活动、接待、请假外出），按时间段、领导筛选', problems: [403] },
    { ...activities, name: 'list', method: 'GET', path: 'api/activities', permission: [P.activitiesRead, P.activitiesManage], subject: ActivitySubjects.list, convention: 'read', request: ListActivities.Request, query: ListActivities.Request, reply: ListActivities.Reply, summary: '领导活动与接待列表（分页、按类型/状态筛选、标题中文模糊搜索）' },
    { ...activities, name: 'get', method: 'GET', path: 'api/activities/:id', permission: [P.activitiesRead, P.activitiesManage], subject: ActivitySubjects.get, convention: 'record-read', request: GetActivity.Request, params: { id: { format: 'uuid' } }, reply: ActivityView, summary: '活动或接待方案详情（ETag 为版本号）', problems: [404] },
    { ...activities, name: 'create', method: 'POST', path: 'api/activities', permission: [P.activitiesManage], subject: ActivitySubjects.create, convention: 'create', request: CreateActivity.Request, reply: ActivityView, summary: '安排政务活动、接待（含接待对象、日程、责任人）或领导请假外出；领导日程冲突时拒绝并指明冲突安排', problems: [403, 409, 422] },
    { ...activities, name: 'cancel', method: 'POST', path: 'api/activities/:id/cancel', permission: [P.activitiesManage], subject: ActivitySubjects.cancel, convention: 'change', request: CancelActivity.Request, body: CancelActivity.Body, params: { id: { format: 'uuid' } }, reply: ActivityView, summary: '取消活动（不删除），释放领导日程；须带 If-Match', problems: [403, 404, 422] },
  ],
};
