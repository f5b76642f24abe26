import { defineSection } from '../registry';

const SUBMISSIONS = ['submissions:read', 'submissions:manage', 'submissions:own'];
const SOLICITATIONS = ['solicitations:read', 'solicitations:manage', 'solicitations:own'];
const BULLETINS = ['bulletins:read', 'bulletins:manage', 'bulletins:sign'];
const NOTICES = ['monthly-notices:read', 'monthly-notices:manage', 'monthly-notices:sign'];

/**
 * 政务信息 (信息科): the liaison's 报送 and 约稿, the editor's screening desk, the issue builder of 《博山政务信息》 and
 * the monthly notice with its charts. Links from 待办 are `/information/submissions/…`, `/information/solicitations/…`
 * `/information/bulletins/…` and `/information/monthly-notices/…`.
 */
export default defineSection({
  key: 'information',
  title: '政务信息',
  base: '/information',
  order: 45,
  pages: [
    { path: 'submissions', name: 'information-submissions', title: '信息报送与筛选', permissions: SUBMISSIONS, component: () => import('./SubmissionsPage.vue') },
    { path: 'submissions/:id', name: 'information-submission', title: '报送信息详情', permissions: SUBMISSIONS, menu: false, component: () => import('./SubmissionPage.vue') },
    { path: 'solicitations', name: 'information-solicitations', title: '约稿', permissions: SOLICITATIONS, component: () => import('./SolicitationsPage.vue') },
    { path: 'solicitations/:id', name: 'information-solicitation', title: '约稿详情', permissions: SOLICITATIONS, menu: false, component: () => import('./SolicitationPage.vue') },
    { path: 'bulletins', name: 'information-bulletins', title: '《博山政务信息》', permissions: BULLETINS, component: () => import('./BulletinsPage.vue') },
    { path: 'bulletins/:id', name: 'information-bulletin', title: '期刊详情', permissions: BULLETINS, menu: false, component: () => import('./BulletinPage.vue') },
    { path: 'monthly', name: 'information-monthly', title: '月度通报', permissions: ['submissions:read', 'submissions:manage'], component: () => import('./MonthlyPage.vue') },
    { path: 'monthly-notices', name: 'information-monthly-notices', title: '通报签发', permissions: NOTICES, component: () => import('./MonthlyNoticesPage.vue') },
    { path: 'monthly-notices/:id', name: 'information-monthly-notice', title: '月度通报详情', permissions: NOTICES, menu: false, component: () => import('./MonthlyNoticePage.vue') },
    { path: 'score-weights', name: 'information-score-weights', title: '计分标准', permissions: SUBMISSIONS, component: () => import('./ScoreWeightsPage.vue') },
    { path: 'evaluations', name: 'information-evaluations', title: '年度考评', permissions: ['evaluations:read', 'evaluations:manage'], component: () => import('./EvaluationsPage.vue') },
    { path: 'trainings', name: 'information-trainings', title: '培训', permissions: ['trainings:read', 'trainings:manage'], component: () => import('./TrainingsPage.vue') },
    { path: 'upward-reports', name: 'information-upward-reports', title: '上报登记', permissions: ['upward-reports:read', 'upward-reports:manage'], component: () => import('./UpwardReportsPage.vue') },
  ],
});
