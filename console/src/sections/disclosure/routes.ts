import { defineSection } from '../registry';

const APPLICATIONS = ['applications:read', 'applications:manage', 'applications:own'];
const PUBLICATIONS = ['publications:read', 'publications:manage'];

/**
 * 政务公开 (大数据科): the 依申请公开 cases with their clock and its explanation, the 主动公开 queue and 公开目录, and the
 * annual report with its cross-check. Task links point to `/disclosure/applications/…` and `/disclosure/publications/…`.
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
    { path: 'annual-report', name: 'disclosure-annual-report', title: '政府信息公开年度报告', permissions: ['applications:read', 'applications:manage'], component: () => import('./AnnualReportPage.vue') },
  ],
});
