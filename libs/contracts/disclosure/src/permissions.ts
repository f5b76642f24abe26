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
} as const;
