import { defineSection } from '../registry';

/** duty:read/duty:write: the 值班室's own pages (综合科, leaders). */
export const DUTY_READ = ['duty:read', 'duty:write'];

/** meetings:read/manage/approve: 会务 (综合科), leaders who approve, units notified. */
const MEETINGS = ['meetings:read', 'meetings:manage', 'meetings:approve'];

/**
 * 值班与会务 (duty-and-meetings): the 区政府值班 roster, the duty log and urgent matters with their report countdown; meetings through their 报批 gate to 纪要 and 议定事项.
 * The base is empty because the service's own links are `/duty/…` and `/meetings/…`.
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
    { path: 'meetings', name: 'meetings', title: '会议管理', permissions: MEETINGS, component: () => import('./MeetingsPage.vue') },
    { path: 'meetings/:id', name: 'meeting', title: '会议详情', permissions: MEETINGS, menu: false, component: () => import('./MeetingPage.vue') },
    { path: 'duty/roster', name: 'duty-roster', title: '值班表', permissions: DUTY_READ, component: () => import('./RosterPage.vue') },
  ],
});
