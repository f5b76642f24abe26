import { defineSection } from '../registry';

/**
 * 系统管理 (三员): each administrator sees only the pages of their duty — 系统管理员 accounts, dead letters, webhooks and
 * the holiday calendar; 安全保密管理员 the roles, section, unit and clearance of accounts; 安全审计员 the audit log.
 */
export default defineSection({
  key: 'admin',
  title: '系统管理',
  base: '/admin',
  order: 90,
  pages: [
    { path: 'accounts', name: 'admin-accounts', title: '账户管理', permissions: ['accounts:manage', 'roles:assign'], component: () => import('./AccountsPage.vue') },
    { path: 'tasks', name: 'admin-tasks', title: '运维待办', permissions: ['ops:dead-letters'], component: () => import('./AdminTasksPage.vue') },
    { path: 'dead-letters', name: 'admin-dead-letters', title: '死信处理', permissions: ['ops:dead-letters'], component: () => import('./DeadLettersPage.vue') },
    { path: 'webhooks', name: 'admin-webhooks', title: 'Webhook 订阅', permissions: ['webhooks:manage'], component: () => import('./WebhooksPage.vue') },
    { path: 'calendar', name: 'admin-calendar', title: '节假日安排', permissions: ['calendar:write'], component: () => import('./CalendarPage.vue') },
    { path: 'audit', name: 'admin-audit', title: '审计日志', permissions: ['audit:read'], component: () => import('./AuditPage.vue') },
  ],
});
