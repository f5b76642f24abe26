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
    { path: 'branches/:id', name: 'pa-branch', title: '党组织详情', permissions: BRANCHES, menu: false, component: () => import('./BranchPage.vue') },
    { path: 'members', name: 'pa-members', title: '党员与发展党员', permissions: MEMBERS, component: () => import('./MembersPage.vue') },
    { path: 'members/:id', name: 'pa-member', title: '党员详情', permissions: MEMBERS, menu: false, component: () => import('./MemberPage.vue') },
    { path: 'dues', name: 'pa-dues', title: '党费收缴', permissions: MEMBERS, component: () => import('./DuesPage.vue') },
    { path: 'meetings', name: 'pa-meetings', title: '组织生活记录', permissions: LIFE, component: () => import('./MeetingsPage.vue') },
  ],
});
