/** Permission strings of personnel-finance's capabilities; granted by the gateway migrations named after its modules. */
export const PersonnelFinancePermissions = {
  /** Read the 工作人员 records, personal data masked (人事科, 财务科, the office's leaders). */
  staffMembersRead: 'staff-members:read',
  /** Register, change and withdraw 工作人员 records (人事科). */
  staffMembersManage: 'staff-members:manage',
  /** See a record's 身份证号, 手机号 and salary in full on its page (人事科, 财务科). */
  staffMembersPersonal: 'staff-members:personal',
  /** Read the 年度考核 (人事科, the office's leaders). */
  assessmentsRead: 'assessments:read',
  /** Open an assessment, grade, record the quota approval, finalise (人事科). */
  assessmentsManage: 'assessments:manage',
  /** Read the 报销单 (财务科, the office's leaders). */
  claimsRead: 'claims:read',
  /** Enter, submit, pay and withdraw 报销单; export the vouchers (财务科). */
  claimsManage: 'claims:manage',
  /** Approve or reject a 报销单 at one's level (财务科科长; the office's leaders for the higher amounts). */
  claimsApprove: 'claims:approve',
  /** Read the 工资扣缴 and the payroll sheets (财务科). */
  payslipsRead: 'payslips:read',
  /** Compute, correct, confirm and withdraw 工资扣缴 (财务科). */
  payslipsManage: 'payslips:manage',
  /** Read the 党组会、主任办公会 (人事科, the office's leaders). */
  leadingGroupMeetingsRead: 'leading-group-meetings:read',
  /** Prepare, notify, record and publish the 党组会、主任办公会 (人事科). */
  leadingGroupMeetingsManage: 'leading-group-meetings:manage',
  /** Read the 机构编制 with the filled and vacant counts (人事科, the office's leaders). */
  establishmentPostsRead: 'establishment-posts:read',
  /** Register, change (with its 批文) and withdraw 机构编制 lines (人事科). */
  establishmentPostsManage: 'establishment-posts:manage',
  /** Read the 干部选拔任用 procedures, the candidate's 身份证号 masked (人事科, the office's leaders). */
  cadreSelectionsRead: 'cadre-selections:read',
  /** Take the steps of a 干部选拔任用 (动议 … 任职), record and resolve objections, withdraw (人事科). */
  cadreSelectionsManage: 'cadre-selections:manage',
  /** Read the 中心组学习 and 民主生活会 records (人事科, the office's leaders). */
  groupSessionsRead: 'group-sessions:read',
  /** Plan, prepare, record and rectify the 中心组学习 and 民主生活会 (人事科). */
  groupSessionsManage: 'group-sessions:manage',
  /** Read every 国有资产: purchases, cards, inventories, reports (财务科, the office's leaders). */
  assetsRead: 'assets:read',
  /** Request and carry out purchases, keep the cards, run inventories, request disposals (财务科). */
  assetsManage: 'assets:manage',
  /** Approve asset purchases and disposals (the office's leaders). */
  assetsApprove: 'assets:approve',
  /** Read the 预算/决算 with their execution, 拨付 and the units' summary (财务科, the office's leaders). */
  budgetsRead: 'budgets:read',
  /** Draft, approve, adjust the budget; record commitments, payments and 拨付; enter the units' budgets; take the 决算 (财务科). */
  budgetsManage: 'budgets:manage',
  /** Read the 内部审计 of the subordinate units (财务科, the office's leaders). */
  internalAuditsRead: 'internal-audits:read',
  /** Plan, conduct, record findings, rectification and 核查, close or withdraw the 内部审计 (财务科). */
  internalAuditsManage: 'internal-audits:manage',
  /** Read the training plans, sessions and hours per person (人事科, the office's leaders). */
  staffTrainingsRead: 'staff-trainings:read',
  /** Keep the training plans and sessions with their attendance (人事科). */
  staffTrainingsManage: 'staff-trainings:manage',
  /** Read every 事业单位绩效考核 (人事科, the office's and district leaders). */
  institutionAssessmentsRead: 'institution-assessments:read',
  /** Organise the 事业单位绩效考核: scheme, review, results (人事科). */
  institutionAssessmentsManage: 'institution-assessments:manage',
  /** Enter one's own unit's 事业单位绩效考核 self-scores, see only one's own unit (unit liaisons). */
  institutionAssessmentsOwn: 'institution-assessments:own',
  /** Read the 工资晋级晋档 (人事科; 财务科 for the payroll). */
  salaryChangesRead: 'salary-changes:read',
  /** Record and void 工资晋级晋档 (人事科). */
  salaryChangesManage: 'salary-changes:manage',
} as const;
