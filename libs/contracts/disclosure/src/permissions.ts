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
} as const;
