import { defineSection } from '../registry';

const READ = ['supervision:read', 'supervision:manage', 'supervision:read-own'];
const SUGGESTIONS = ['suggestions:read', 'suggestions:manage', 'suggestions:handle-own'];
const REFORM = ['reform:read', 'reform:manage', 'reform:handle-own'];

/**
 * 督查督办: the 督办 items (list with lights, detail with the liaison's progress report and extension request), the
 * warnings per unit and leader, 督查 (方案、督查组、结论) and the replies to 上级督查事项, 建议提案 with 办复率/满意率, 考核, and
 * 职能转变科's 放管服 ledger (tasks, the units' progress, the yearly assessment from the ledger). The base is empty because the service's links are
 * `/supervision/items/…` and `/suggestions/…`.
 */
export default defineSection({
  key: 'supervision',
  title: '督查督办',
  base: '',
  order: 30,
  pages: [
    { path: 'supervision/items', name: 'supervision-items', title: '督办事项', permissions: READ, component: () => import('./ItemsPage.vue') },
    { path: 'supervision/items/:id', name: 'supervision-item', title: '督办事项详情', permissions: READ, menu: false, component: () => import('./ItemPage.vue') },
    { path: 'supervision/warnings', name: 'supervision-warnings', title: '督办预警', permissions: ['supervision:read', 'supervision:manage'], component: () => import('./WarningsPage.vue') },
    { path: 'supervision/inspections', name: 'supervision-inspections', title: '督查', permissions: READ, component: () => import('./InspectionsPage.vue') },
    { path: 'supervision/inspections/:id', name: 'supervision-inspection', title: '督查详情', permissions: READ, menu: false, component: () => import('./InspectionPage.vue') },
    { path: 'supervision/higher-inspections', name: 'supervision-higher-inspections', title: '上级督查事项', permissions: ['supervision:read', 'supervision:manage'], component: () => import('./HigherInspectionsPage.vue') },
    { path: 'supervision/higher-inspections/:id', name: 'supervision-higher-inspection', title: '上级督查事项详情', permissions: ['supervision:read', 'supervision:manage'], menu: false, component: () => import('./HigherInspectionPage.vue') },
    { path: 'suggestions', name: 'suggestions', title: '建议提案', permissions: SUGGESTIONS, component: () => import('./SuggestionsPage.vue') },
    { path: 'suggestions/statistics', name: 'suggestions-statistics', title: '建议提案统计', permissions: SUGGESTIONS, component: () => import('./SuggestionStatisticsPage.vue') },
    { path: 'suggestions/:id', name: 'suggestion', title: '建议提案详情', permissions: SUGGESTIONS, menu: false, component: () => import('./SuggestionPage.vue') },
    { path: 'supervision/reform/tasks', name: 'supervision-reform-tasks', title: '放管服改革台账', permissions: REFORM, component: () => import('./ReformTasksPage.vue') },
    { path: 'supervision/reform/tasks/:id', name: 'supervision-reform-task', title: '改革任务详情', permissions: REFORM, menu: false, component: () => import('./ReformTaskPage.vue') },
    { path: 'supervision/reform/approval-items', name: 'supervision-reform-approval-items', title: '审批制度改革事项', permissions: REFORM, component: () => import('./ApprovalItemsPage.vue') },
    { path: 'supervision/reform/approval-items/:id', name: 'supervision-reform-approval-item', title: '审批改革事项详情', permissions: REFORM, menu: false, component: () => import('./ApprovalItemPage.vue') },
    { path: 'supervision/reform/assessment', name: 'supervision-reform-assessment', title: '放管服改革考核', permissions: REFORM, menu: false, component: () => import('./ReformAssessmentPage.vue') },
    { path: 'supervision/assessment', name: 'supervision-assessment', title: '督查考核', permissions: ['assessment:read', 'assessment:manage'], component: () => import('./AssessmentPage.vue') },
  ],
});
