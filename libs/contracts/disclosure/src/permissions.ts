/** Permission strings of disclosure's capabilities; granted by the gateway migrations named after its modules. */
export const DisclosurePermissions = {
  /** Read every 依申请公开申请 (the section, the office's leaders). */
  applicationsRead: 'applications:read',
  /** Create, change and withdraw any 依申请公开申请 (the section). */
  applicationsManage: 'applications:manage',
  /** Create, change and withdraw one's own unit's 依申请公开申请 (liaison staff). */
  applicationsOwn: 'applications:own',
  /** Read every 主动公开信息 (the section, the office's leaders). */
  publicationsRead: 'publications:read',
  /** Review, publish and withdraw 主动公开信息 and register the section's own (the section). */
  publicationsManage: 'publications:manage',
  /** Read every 信息化项目 (the section, the office's leaders). */
  projectsRead: 'projects:read',
  /** Submit any 信息化项目, review, supervise, accept, evaluate and withdraw it (the section). */
  projectsManage: 'projects:manage',
  /** Submit, change, resubmit and withdraw (before implementation) one's own unit's 信息化项目 (liaison staff). */
  projectsOwn: 'projects:own',
  /** Read every 公开巡查 (the section, the office's leaders). */
  inspectionsRead: 'inspections:read',
  /** Record and withdraw 公开巡查 of any unit, and record their rectification (the section). */
  inspectionsManage: 'inspections:manage',
  /** Read one's own unit's 公开巡查 and report its rectification (liaison staff). */
  inspectionsOwn: 'inspections:own',
  /** Read every 政府信息公开指南 (the section, the office's leaders). */
  guidesRead: 'guides:read',
  /** Register, revise and retire any 政府信息公开指南 (the section). */
  guidesManage: 'guides:manage',
  /** Register, revise and retire one's own unit's 政府信息公开指南 (liaison staff). */
  guidesOwn: 'guides:own',
  /** Read every 数据资源 (the section, the office's leaders). */
  dataResourcesRead: 'data-resources:read',
  /** Register any unit's 数据资源, review it into the published catalogue, withdraw any (大数据科). */
  dataResourcesManage: 'data-resources:manage',
  /** Register, change, submit and withdraw (before publication) one's own unit's 数据资源 (liaison staff). */
  dataResourcesOwn: 'data-resources:own',
  /** Read every 协助调查件 (the section, the office's leaders). */
  assistanceRequestsRead: 'assistance-requests:read',
  /** Register, change, reply to and withdraw 协助调查件 (the section; no unit's liaison: they concern the office's own handling). */
  assistanceRequestsManage: 'assistance-requests:manage',
  /** Read every 政务公开稿件 (the section, the office's leaders). */
  manuscriptsRead: 'manuscripts:read',
  /** Register any 政务公开稿件, send it on, record its adoption and withdraw it (政务公开科). */
  manuscriptsManage: 'manuscripts:manage',
  /** Register, change and withdraw (before it is sent on) one's own unit's 政务公开稿件 (liaison staff). */
  manuscriptsOwn: 'manuscripts:own',
  /** Read every 部门政府信息公开工作年度报告 and the year's collection (the section, the office's leaders). */
  departmentReportsRead: 'department-reports:read',
  /** Open a year's collection, check (退回/通过) the units' reports and publish them together (统一发布) (the section). */
  departmentReportsManage: 'department-reports:manage',
  /** Submit and re-submit one's own unit's annual report, see its own unit's only (liaison staff). */
  departmentReportsOwn: 'department-reports:own',
  /** Read every 政务公开考评 (the section, the office's leaders). */
  opennessEvaluationsRead: 'openness-evaluations:read',
  /** Register the yearly 政务公开考评, prepare its evidence and self-assessment, submit, record the result, withdraw (政务公开科). */
  opennessEvaluationsManage: 'openness-evaluations:manage',
  /** Read every 领导小组工作事项 (the section, the office's leaders). */
  workItemsRead: 'work-items:read',
  /** Assign, change, confirm, return and withdraw 领导小组工作事项 (the leading group's office in 政务公开科). */
  workItemsManage: 'work-items:manage',
  /** Read the 领导小组工作事项 one's unit leads or co-operates on and report their progress for one's unit (liaison staff). */
  workItemsOwn: 'work-items:own',
} as const;
