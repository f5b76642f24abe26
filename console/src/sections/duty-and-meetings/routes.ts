import { defineSection } from '../registry';
import { OFFICE_AFFAIRS_READ } from './office-affairs';

/** duty:read/duty:write: the 值班室's own pages (综合科, leaders). */
export const DUTY_READ = ['duty:read', 'duty:write'];

/** meetings:read/manage/approve: 会务 (综合科), leaders who approve, units notified. */
const MEETINGS = ['meetings:read', 'meetings:manage', 'meetings:approve'];
const INSTRUCTIONS = ['duty:read', 'duty:write', 'duty:instruct', 'duty:receive'];
const OPINION = ['opinion:read', 'opinion:manage', 'opinion:respond'];
const LEAVE = ['leave:read', 'leave:request', 'leave:approve'];
const CALENDAR = ['activities:read', 'activities:manage', 'meetings:read'];

/**
 * 值班与会务 (duty-and-meetings): the 区政府值班 roster, the duty log and urgent matters with their report countdown; meetings through their 报批 gate to 纪要 and 议定事项;
 * 值班批示 relayed to units, 政务舆情, 请销假 and the leaders' calendars.
 * The base is empty because the service's own links are `/duty/…`, `/meetings/…`, `/opinion/items/…` and `/leave/…`.
 */
export default defineSection({
  key: 'duty-and-meetings',
  title: '值班与会务',
  base: '',
  order: 40,
  pages: [
    { path: 'duty/urgent-matters', name: 'duty-urgent-matters', title: '紧急事项', permissions: DUTY_READ, component: () => import('./UrgentMattersPage.vue') },
    { path: 'duty/urgent-matters/:id', name: 'duty-urgent-matter', title: '紧急事项详情', permissions: DUTY_READ, menu: false, component: () => import('./UrgentMatterPage.vue') },
    { path: 'duty/log', name: 'duty-log', title: '值班记录', permissions: DUTY_READ, component: () => import('./DutyLogPage.vue') },
    { path: 'duty/log/:id', name: 'duty-log-entry', title: '值班记录详情', permissions: DUTY_READ, menu: false, component: () => import('./DutyLogEntryPage.vue') },
    { path: 'duty/instructions', name: 'duty-instructions', title: '值班批示', permissions: INSTRUCTIONS, component: () => import('./DutyInstructionsPage.vue') },
    { path: 'duty/instructions/:id', name: 'duty-instruction', title: '值班批示详情', permissions: INSTRUCTIONS, menu: false, component: () => import('./DutyInstructionPage.vue') },
    { path: 'opinion/items', name: 'opinion-items', title: '政务舆情', permissions: OPINION, component: () => import('./OpinionItemsPage.vue') },
    { path: 'opinion/items/:id', name: 'opinion-item', title: '舆情详情', permissions: OPINION, menu: false, component: () => import('./OpinionItemPage.vue') },
    { path: 'meetings', name: 'meetings', title: '会议管理', permissions: MEETINGS, component: () => import('./MeetingsPage.vue') },
    { path: 'meetings/:id', name: 'meeting', title: '会议详情', permissions: MEETINGS, menu: false, component: () => import('./MeetingPage.vue') },
    { path: 'leader-calendar', name: 'leader-calendar', title: '领导日程', permissions: CALENDAR, component: () => import('./LeaderCalendarPage.vue') },
    { path: 'activities', name: 'activities', title: '政务活动与接待', permissions: ['activities:read', 'activities:manage'], component: () => import('./ActivitiesPage.vue') },
    { path: 'leave', name: 'leave', title: '请销假', permissions: LEAVE, component: () => import('./LeaveListPage.vue') },
    { path: 'leave/:id', name: 'leave-request', title: '请假详情', permissions: LEAVE, menu: false, component: () => import('./LeavePage.vue') },
    { path: 'duty/roster', name: 'duty-roster', title: '值班表', permissions: DUTY_READ, component: () => import('./RosterPage.vue') },
    { path: 'office-affairs/meetings', name: 'office-meetings', title: '室务会', permissions: OFFICE_AFFAIRS_READ, component: () => import('./OfficeMeetingsPage.vue') },
    { path: 'office-affairs/meetings/:id', name: 'office-meeting', title: '室务会详情', permissions: OFFICE_AFFAIRS_READ, menu: false, component: () => import('./OfficeMeetingPage.vue') },
    { path: 'office-affairs/work-plan', name: 'office-work-plan', title: '办公室工作计划', permissions: OFFICE_AFFAIRS_READ, component: () => import('./WorkPlanPage.vue') },
    { path: 'office-affairs/rules', name: 'office-rules', title: '办公室规章制度', permissions: OFFICE_AFFAIRS_READ, component: () => import('./OfficeRulesPage.vue') },
    { path: 'office-affairs/rules/:id', name: 'office-rule', title: '规章制度详情', permissions: OFFICE_AFFAIRS_READ, menu: false, component: () => import('./OfficeRulePage.vue') },
    { path: 'office-affairs/publicity', name: 'office-publicity', title: '宣传报道', permissions: OFFICE_AFFAIRS_READ, component: () => import('./OfficePublicityPage.vue') },
  ],
});
