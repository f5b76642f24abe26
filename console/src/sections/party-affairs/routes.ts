import { defineSection } from '../registry';

const BRANCHES = ['branches:read', 'branches:manage', 'branches:own'];
const MEMBERS = ['members:read', 'members:manage', 'members:own'];
const LIFE = ['life-meetings:read', 'life-meetings:manage', 'life-meetings:own'];

/**
 * 党建 (机关党总支): the branch dashboard (组织生活 lights per branch, term reminders), the branches with their committees
 * and elections, the members with the development pipeline (next allowed date), dues, and the meeting records.
 * Task links are `/party-affairs/members/…`.
 */
export default defineSection({
  key: 'party-affairs',
  title: '党建',
  base: '/party-affairs',
  order: 90,
  pages: [
    { path: 'dashboard', name: 'pa-dashboard', title: '支部工作台', permissions: LIFE, component: () => import('./DashboardPage.vue') },
    { path: 'branches', name: 'pa-branches', title: '党组织与换届', permissions: BRANCHES, component: () => import('./BranchesPage.vue') },
    { path: 'election-calendar', name: 'pa-election-calendar', title: '换届日历', permissions: BRANCHES, component: () => import('./ElectionCalendarPage.vue') },
    { path: 'branches/:id', name: 'pa-branch', title: '党组织详情', permissions: BRANCHES, menu: false, component: () => import('./BranchPage.vue') },
    { path: 'members', name: 'pa-members', title: '党员与发展党员', permissions: MEMBERS, component: () => import('./MembersPage.vue') },
    { path: 'pipeline', name: 'pa-pipeline', title: '发展党员看板', permissions: MEMBERS, component: () => import('./PipelinePage.vue') },
    { path: 'members/:id', name: 'pa-member', title: '党员详情', permissions: MEMBERS, menu: false, component: () => import('./MemberPage.vue') },
    { path: 'dues', name: 'pa-dues', title: '党费收缴', permissions: MEMBERS, component: () => import('./DuesPage.vue') },
    { path: 'reports', name: 'pa-reports', title: '年度总结与灯塔导出', permissions: MEMBERS, component: () => import('./ReportsPage.vue') },
    { path: 'meetings', name: 'pa-meetings', title: '组织生活记录', permissions: LIFE, component: () => import('./MeetingsPage.vue') },
    { path: 'integrity', name: 'pa-integrity', title: '党风廉政', permissions: ['integrity:read', 'integrity:manage', 'integrity:own', 'integrity-confidential:read'], component: () => import('./IntegrityPage.vue') },
    { path: 'pairings', name: 'pa-pairings', title: '结对帮扶', permissions: ['pairings:read', 'pairings:manage', 'pairings:own'], component: () => import('./PairingsPage.vue') },
    { path: 'campaigns', name: 'pa-campaigns', title: '主题教育', permissions: ['campaigns:read', 'campaigns:manage', 'campaigns:own'], component: () => import('./CampaignsPage.vue') },
  ],
});
