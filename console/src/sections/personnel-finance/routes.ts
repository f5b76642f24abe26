import { defineSection } from '../registry';

const STAFF = ['staff-members:read', 'staff-members:manage'];
const ASSESSMENTS = ['assessments:read', 'assessments:manage'];
const CLAIMS = ['claims:read', 'claims:manage', 'claims:approve'];
const PAYSLIPS = ['payslips:read', 'payslips:manage'];
const MEETINGS = ['leading-group-meetings:read', 'leading-group-meetings:manage'];
const ESTABLISHMENT = ['establishment-posts:read', 'establishment-posts:manage'];
const SELECTIONS = ['cadre-selections:read', 'cadre-selections:manage'];
const SESSIONS = ['group-sessions:read', 'group-sessions:manage'];
const BUDGETS = ['budgets:read', 'budgets:manage'];
const AUDITS = ['internal-audits:read', 'internal-audits:manage'];
const ASSETS = ['assets:read', 'assets:manage', 'assets:approve'];
const TRAININGS = ['staff-trainings:read', 'staff-trainings:manage'];
const INSTITUTIONS = ['institution-assessments:read', 'institution-assessments:manage', 'institution-assessments:own'];
const SALARY_CHANGES = ['salary-changes:read', 'salary-changes:manage'];

/**
 * 人事财务 (人事科、财务科): the establishment (机构编制) with filled and vacant counts, the 干部选拔任用 with its steps and 公示 countdown, the 中心组学习 and 民主生活会 with their 整改清单, the staff records (masked as each role requires), the annual assessment with its 优秀 quota
 * meter, the reimbursement claims with their 公务卡 rule and approvals, the payslips and the monthly payroll sheet; the state assets (purchase procedure, cards, transfers, inventories, disposal, monthly and yearly reports) and training (plans, sessions with attendance, hours per person against the yearly standard).
 * Task links are `/personnel-finance/claims/…`.
 */
export default defineSection({
  key: 'personnel-finance',
  title: '人事财务',
  base: '/personnel-finance',
  order: 70,
  pages: [
    { path: 'staff-members', name: 'pf-staff-members', title: '工作人员', permissions: STAFF, component: () => import('./StaffMembersPage.vue') },
    { path: 'staff-members/:id', name: 'pf-staff-member', title: '工作人员详情', permissions: STAFF, menu: false, component: () => import('./StaffMemberPage.vue') },
    { path: 'establishment-posts', name: 'pf-establishment-posts', title: '机构编制', permissions: ESTABLISHMENT, component: () => import('./EstablishmentPage.vue') },
    { path: 'establishment-posts/:id', name: 'pf-establishment-post', title: '机构编制详情', permissions: ESTABLISHMENT, menu: false, component: () => import('./EstablishmentPostPage.vue') },
    { path: 'cadre-selections', name: 'pf-cadre-selections', title: '干部选拔任用', permissions: SELECTIONS, component: () => import('./CadreSelectionsPage.vue') },
    { path: 'cadre-selections/:id', name: 'pf-cadre-selection', title: '干部选拔任用详情', permissions: SELECTIONS, menu: false, component: () => import('./CadreSelectionPage.vue') },
    { path: 'assessments', name: 'pf-assessments', title: '年度考核', permissions: ASSESSMENTS, component: () => import('./AssessmentsPage.vue') },
    { path: 'assessments/:id', name: 'pf-assessment', title: '年度考核详情', permissions: ASSESSMENTS, menu: false, component: () => import('./AssessmentPage.vue') },
    { path: 'leading-group-meetings', name: 'pf-meetings', title: '党组会、主任办公会', permissions: MEETINGS, component: () => import('./MeetingsPage.vue') },
    { path: 'leading-group-meetings/:id', name: 'pf-meeting', title: '会议详情', permissions: MEETINGS, menu: false, component: () => import('./MeetingPage.vue') },
    { path: 'group-sessions', name: 'pf-group-sessions', title: '中心组学习、民主生活会', permissions: SESSIONS, component: () => import('./GroupSessionsPage.vue') },
    { path: 'group-sessions/:id', name: 'pf-group-session', title: '中心组学习、民主生活会详情', permissions: SESSIONS, menu: false, component: () => import('./GroupSessionPage.vue') },
    { path: 'claims', name: 'pf-claims', title: '报销', permissions: CLAIMS, component: () => import('./ClaimsPage.vue') },
    { path: 'claims/:id', name: 'pf-claim', title: '报销单详情', permissions: CLAIMS, menu: false, component: () => import('./ClaimPage.vue') },
    { path: 'budgets', name: 'pf-budgets', title: '预算/决算', permissions: BUDGETS, component: () => import('./BudgetsPage.vue') },
    { path: 'budgets/:id', name: 'pf-budget', title: '预算详情', permissions: BUDGETS, menu: false, component: () => import('./BudgetPage.vue') },
    { path: 'internal-audits', name: 'pf-internal-audits', title: '内部审计', permissions: AUDITS, component: () => import('./InternalAuditsPage.vue') },
    { path: 'internal-audits/:id', name: 'pf-internal-audit', title: '内部审计详情', permissions: AUDITS, menu: false, component: () => import('./InternalAuditPage.vue') },
    { path: 'assets', name: 'pf-assets', title: '国有资产', permissions: ASSETS, component: () => import('./AssetsPage.vue') },
    { path: 'assets/:id', name: 'pf-asset', title: '资产卡片', permissions: ASSETS, menu: false, component: () => import('./AssetPage.vue') },
    { path: 'asset-purchases', name: 'pf-asset-purchases', title: '资产采购', permissions: ASSETS, menu: false, component: () => import('./AssetPurchasesPage.vue') },
    { path: 'asset-purchases/:id', name: 'pf-asset-purchase', title: '资产采购申请', permissions: ASSETS, menu: false, component: () => import('./AssetPurchasePage.vue') },
    { path: 'asset-inventories', name: 'pf-asset-inventories', title: '资产盘点', permissions: ASSETS, menu: false, component: () => import('./AssetInventoriesPage.vue') },
    { path: 'asset-inventories/:id', name: 'pf-asset-inventory', title: '资产盘点详情', permissions: ASSETS, menu: false, component: () => import('./AssetInventoryPage.vue') },
    { path: 'asset-report', name: 'pf-asset-report', title: '资产月报、年报', permissions: ASSETS, menu: false, component: () => import('./AssetReportPage.vue') },
    { path: 'training-plans', name: 'pf-training-plans', title: '培训', permissions: TRAININGS, component: () => import('./TrainingPlansPage.vue') },
    { path: 'training-plans/:id', name: 'pf-training-plan', title: '培训计划详情', permissions: TRAININGS, menu: false, component: () => import('./TrainingPlanPage.vue') },
    { path: 'training-hours', name: 'pf-training-hours', title: '年度培训学时', permissions: TRAININGS, menu: false, component: () => import('./TrainingHoursPage.vue') },
    { path: 'institution-assessments', name: 'pf-institution-assessments', title: '事业单位绩效考核', permissions: INSTITUTIONS, component: () => import('./InstitutionAssessmentsPage.vue') },
    { path: 'institution-assessments/:id', name: 'pf-institution-assessment', title: '事业单位绩效考核详情', permissions: INSTITUTIONS, menu: false, component: () => import('./InstitutionAssessmentPage.vue') },
    { path: 'salary-changes', name: 'pf-salary-changes', title: '工资晋级晋档', permissions: SALARY_CHANGES, component: () => import('./SalaryChangesPage.vue') },
    { path: 'salary-changes/:id', name: 'pf-salary-change', title: '工资晋级晋档详情', permissions: SALARY_CHANGES, menu: false, component: () => import('./SalaryChangePage.vue') },
    { path: 'payslips', name: 'pf-payslips', title: '工资扣缴', permissions: PAYSLIPS, component: () => import('./PayslipsPage.vue') },
    { path: 'payslips/:id', name: 'pf-payslip', title: '工资扣缴详情', permissions: PAYSLIPS, menu: false, component: () => import('./PayslipPage.vue') },
  ],
});
