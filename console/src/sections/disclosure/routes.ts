import { defineSection } from '../registry';

const APPLICATIONS = ['applications:read', 'applications:manage', 'applications:own'];
const PUBLICATIONS = ['publications:read', 'publications:manage'];
const PROJECTS = ['projects:read', 'projects:manage', 'projects:own'];
const INSPECTIONS = ['inspections:read', 'inspections:manage', 'inspections:own'];
const GUIDES = ['guides:read', 'guides:manage', 'guides:own'];

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
  ],
});
