import { defineSection } from '../registry';

const APPLICATIONS = ['applications:read', 'applications:manage', 'applications:own'];
const PUBLICATIONS = ['publications:read', 'publications:manage'];
const PROJECTS = ['projects:read', 'projects:manage', 'projects:own'];
const INSPECTIONS = ['inspections:read', 'inspections:manage', 'inspections:own'];
const GUIDES = ['guides:read', 'guides:manage', 'guides:own'];
const DATA_RESOURCES = ['data-resources:read', 'data-resources:manage', 'data-resources:own'];
const EVALUATIONS = ['openness-evaluations:read', 'openness-evaluations:manage'];
const ASSISTANCE = ['assistance-requests:read', 'assistance-requests:manage'];
const DEPARTMENT_REPORTS = ['department-reports:read', 'department-reports:manage', 'department-reports:own'];
const DEPARTMENT_REPORT_ROUNDS = ['department-reports:read', 'department-reports:manage'];
const MANUSCRIPTS = ['manuscripts:read', 'manuscripts:manage', 'manuscripts:own'];
const WORK_ITEMS = ['work-items:read', 'work-items:manage', 'work-items:own'];

/**
 * 政务公开 (大数据科): the 依申请公开 cases with their clock and its explanation, the 主动公开 queue and 公开目录, the
 * annual report with its cross-check, the 信息化项目, the 公开巡查 with their rectification deadlines and the 公开指南's versions. Task links point to `/disclosure/applications/…` and `/disclosure/publications/…`.
 */
export default defineSection({
  key: 'disclosure',
  title: '政务公开',
  base: '/disclosure',
  order: 60,
  pages: [
    { path: 'applications', name: 'disclosure-applications', title: '依申请公开', permissions: APPLICATIONS, component: () => import('./ApplicationsPage.vue') },
    { path: 'applications/:id', name: 'disclosure-application', title: '依申请公开案卷', permissions: APPLICATIONS, menu: false, component: () => import('./ApplicationPage.vue') },
    { path: 'publications', name: 'disclosure-publications', title: '主动公开与公开目录', permissions: PUBLICATIONS, component: () => import('./PublicationsPage.vue') },
    { path: 'publications/:id', name: 'disclosure-publication', title: '主动公开信息', permissions: PUBLICATIONS, menu: false, component: () => import('./PublicationPage.vue') },
    { path: 'projects', name: 'disclosure-projects', title: '信息化项目', permissions: PROJECTS, component: () => import('./ProjectsPage.vue') },
    { path: 'projects/:id', name: 'disclosure-project', title: '信息化项目', permissions: PROJECTS, menu: false, component: () => import('./ProjectPage.vue') },
    { path: 'inspections', name: 'disclosure-inspections', title: '公开巡查', permissions: INSPECTIONS, component: () => import('./InspectionsPage.vue') },
    { path: 'inspections/:id', name: 'disclosure-inspection', title: '公开巡查记录', permissions: INSPECTIONS, menu: false, component: () => import('./InspectionPage.vue') },
    { path: 'guides', name: 'disclosure-guides', title: '政府信息公开指南', permissions: GUIDES, component: () => import('./GuidesPage.vue') },
    { path: 'guides/:id', name: 'disclosure-guide', title: '政府信息公开指南详情', permissions: GUIDES, menu: false, component: () => import('./GuidePage.vue') },
    { path: 'annual-report', name: 'disclosure-annual-report', title: '政府信息公开年度报告', permissions: ['applications:read', 'applications:manage'], component: () => import('./AnnualReportPage.vue') },
    { path: 'data-resources', name: 'disclosure-data-resources', title: '数据资源', permissions: DATA_RESOURCES, component: () => import('./DataResourcesPage.vue') },
    { path: 'data-resources/:id', name: 'disclosure-data-resource', title: '数据资源详情', permissions: DATA_RESOURCES, menu: false, component: () => import('./DataResourcePage.vue') },
    { path: 'data-resource-catalogue', name: 'disclosure-data-resource-catalogue', title: '数据资源目录', permissions: ['data-resources:read', 'data-resources:manage'], component: () => import('./DataResourceCataloguePage.vue') },
    { path: 'openness-evaluations', name: 'disclosure-openness-evaluations', title: '政务公开考评', permissions: EVALUATIONS, component: () => import('./OpennessEvaluationsPage.vue') },
    { path: 'openness-evaluations/:id', name: 'disclosure-openness-evaluation', title: '政务公开考评详情', permissions: EVALUATIONS, menu: false, component: () => import('./OpennessEvaluationPage.vue') },
    { path: 'assistance-requests', name: 'disclosure-assistance-requests', title: '协助调查件', permissions: ASSISTANCE, component: () => import('./AssistanceRequestsPage.vue') },
    { path: 'assistance-requests/:id', name: 'disclosure-assistance-request', title: '协助调查件详情', permissions: ASSISTANCE, menu: false, component: () => import('./AssistanceRequestPage.vue') },
    { path: 'department-reports', name: 'disclosure-department-reports', title: '部门年度报告', permissions: DEPARTMENT_REPORTS, component: () => import('./DepartmentReportsPage.vue') },
    { path: 'department-reports/:id', name: 'disclosure-department-report', title: '部门年度报告详情', permissions: DEPARTMENT_REPORTS, menu: false, component: () => import('./DepartmentReportPage.vue') },
    { path: 'department-report-rounds', name: 'disclosure-department-report-rounds', title: '部门年度报告收集', permissions: DEPARTMENT_REPORT_ROUNDS, component: () => import('./DepartmentReportRoundsPage.vue') },
    { path: 'department-report-rounds/:id', name: 'disclosure-department-report-round', title: '部门年度报告收集详情', permissions: DEPARTMENT_REPORT_ROUNDS, menu: false, component: () => import('./DepartmentReportRoundPage.vue') },
    { path: 'manuscripts', name: 'disclosure-manuscripts', title: '政务公开稿件', permissions: MANUSCRIPTS, component: () => import('./ManuscriptsPage.vue') },
    { path: 'manuscripts/:id', name: 'disclosure-manuscript', title: '政务公开稿件详情', permissions: MANUSCRIPTS, menu: false, component: () => import('./ManuscriptPage.vue') },
    { path: 'work-items', name: 'disclosure-work-items', title: '领导小组工作事项', permissions: WORK_ITEMS, component: () => import('./WorkItemsPage.vue') },
    { path: 'work-items/:id', name: 'disclosure-work-item', title: '领导小组工作事项详情', permissions: WORK_ITEMS, menu: false, component: () => import('./WorkItemPage.vue') },
  ],
});
