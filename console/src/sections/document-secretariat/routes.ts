import { defineSection } from '../registry';

const READERS = ['documents:read', 'documents:read-own', 'outgoing:draft'];
const OUTGOING = [...READERS, 'outgoing:process', 'outgoing:sign', 'outgoing:countersign'];
const SEALS = ['seals:request', 'seals:approve', 'seals:manage'];
const LEGAL = ['legal-affairs:manage', 'documents:read'];

/** 公文办理: 收文、批示、发文、请示 (list and record pages with each step), and the registers of seals, archives, 决策, 报备, 公报, 文稿. */
export default defineSection({
  key: 'document-secretariat',
  title: '公文办理',
  base: '/documents',
  order: 20,
  pages: [
    { path: 'incoming', name: 'documents-incoming', title: '收文办理', permissions: READERS, component: () => import('./IncomingListPage.vue') },
    { path: 'incoming/:id', name: 'documents-incoming-detail', title: '收文办理单', permissions: READERS, menu: false, component: () => import('./IncomingPage.vue') },
    { path: 'routings', name: 'documents-routings', title: '我的分办件', permissions: ['documents:handle-own', 'documents:instruct'], component: () => import('./RoutingsPage.vue') },
    { path: 'instructions', name: 'documents-instructions', title: '领导批示', permissions: READERS, component: () => import('./InstructionsPage.vue') },
    { path: 'instructions/:id', name: 'documents-instruction', title: '批示详情', permissions: READERS, menu: false, component: () => import('./InstructionPage.vue') },
    { path: 'outgoing', name: 'documents-outgoing', title: '发文办理', permissions: OUTGOING, component: () => import('./OutgoingListPage.vue') },
    { path: 'outgoing/:id', name: 'documents-outgoing-detail', title: '发文稿纸', permissions: OUTGOING, menu: false, component: () => import('./OutgoingPage.vue') },
    { path: 'requests', name: 'documents-requests', title: '请示与批复', permissions: READERS, component: () => import('./RequestsPage.vue') },
    { path: 'requests/:id', name: 'documents-request', title: '请示办理单', permissions: READERS, menu: false, component: () => import('./RequestPage.vue') },
    { path: 'seal-requests', name: 'documents-seal-requests', title: '用印管理', permissions: SEALS, component: () => import('./RegisterPage.vue') },
    { path: 'seal-requests/:id', name: 'documents-seal-request', title: '用印申请', permissions: SEALS, menu: false, component: () => import('./SealRequestPage.vue') },
    { path: 'archives', name: 'documents-archives', title: '归档文件目录', permissions: ['archives:manage', 'documents:read'], component: () => import('./RegisterPage.vue') },
    { path: 'decisions', name: 'documents-decisions', title: '重大行政决策', permissions: LEGAL, component: () => import('./RegisterPage.vue') },
    { path: 'decisions/:id', name: 'documents-decision', title: '重大行政决策详情', permissions: LEGAL, menu: false, component: () => import('./DecisionPage.vue') },
    { path: 'filings', name: 'documents-filings', title: '规范性文件报备', permissions: LEGAL, component: () => import('./RegisterPage.vue') },
    { path: 'filings/:id', name: 'documents-filing', title: '报备详情', permissions: LEGAL, menu: false, component: () => import('./FilingPage.vue') },
    { path: 'gazette', name: 'documents-gazette', title: '政府公报', permissions: LEGAL, component: () => import('./RegisterPage.vue') },
    { path: 'gazette/:id', name: 'documents-gazette-issue', title: '公报期次', permissions: LEGAL, menu: false, component: () => import('./GazetteIssuePage.vue') },
    { path: 'drafting', name: 'documents-drafting', title: '文稿起草', permissions: ['drafting:write', 'documents:read'], component: () => import('./RegisterPage.vue') },
    { path: 'drafting/:id', name: 'documents-drafting-task', title: '文稿详情', permissions: ['drafting:write', 'documents:read'], menu: false, component: () => import('./DraftingTaskPage.vue') },
  ],
});
