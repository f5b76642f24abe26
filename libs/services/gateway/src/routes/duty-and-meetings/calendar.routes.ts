import { CalendarSubjects, ComputeDeadline, GetCalendarYear, ListCalendarYears, PutCalendarYear, DutyAndMeetingsPermissions as P } from '@gov/contracts-duty-and-meetings';
import type { RouteTable } from '../route-declaration.js';

const calendar = { tag: '工作日历与期限', service: 'duty-and-meetings' } as const;

/** The working-day calendar (节假日与调休) and the deadline engine, kept by duty-and-meetings. */
export const calendarRoutes: Record<string, RouteTable> = {
  CalendarController: [
    { ...calendar, name: 'listYears', method: 'GET', path: 'api/calendar/years', permission: [P.calendarRead, P.calendarWrite], subject: CalendarSubjects.listYears, convention: 'read', reply: ListCalendarYears.Reply, summary: '已录入节假日安排的年度' },
    { ...calendar, name: 'getYear', method: 'GET', path: 'api/calendar/years/:year', permission: [P.calendarRead, P.calendarWrite], subject: CalendarSubjects.getYear, convention: 'read', request: GetCalendarYear.Request, params: { year: { type: 'integer', example: 2026 } }, reply: GetCalendarYear.Reply, summary: '某年度的节假日和调休上班日', problems: [404] },
    { ...calendar, name: 'putYear', method: 'PUT', path: 'api/calendar/years/:year', permission: [P.calendarWrite], subject: CalendarSubjects.putYear, convention: 'read', request: PutCalendarYear.Request, body: PutCalendarYear.Body, params: { year: { type: 'integer', example: 2027 } }, reply: PutCalendarYear.Reply, summary: '录入或修订某年度的节假日安排（系统管理员）', description: '修订会重新计算未到期的期限，并以事件通知各服务。', problems: [412, 422] },
    { ...calendar, name: 'computeDeadline', method: 'POST', path: 'api/calendar/deadlines', permission: [P.calendarRead], subject: CalendarSubjects.computeDeadline, convention: 'read', request: ComputeDeadline.Request, reply: ComputeDeadline.Reply, summary: '计算期限（含计算过程说明）', description: '工作日、自然日或月；可含暂停（补正、征求意见）与延期。所涉年度节假日未录入时结果为暂定。', problems: [422] },
  ],
};
