import { defineSection } from '../registry';

const READ = ['supervision:read', 'supervision:manage', 'supervision:read-own'];

/** 督查督办: the 督办 items (list with lights, detail with the liaison's progress report and extension request). */
export default defineSection({
  key: 'supervision',
  title: '督查督办',
  base: '/supervision',
  order: 30,
  pages: [
    { path: 'items', name: 'supervision-items', title: '督办事项', permissions: READ, component: () => import('./ItemsPage.vue') },
    { path: 'items/:id', name: 'supervision-item', title: '督办事项详情', permissions: READ, menu: false, component: () => import('./ItemPage.vue') },
  ],
});
