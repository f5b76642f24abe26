/** Permission strings of foreign-affairs's capabilities; granted by the gateway migrations named after its modules. */
export const ForeignAffairsPermissions = {
  /** Read every 因公临时出国 (the section, the office's leaders). */
  tripsRead: 'trips:read',
  /** Create, change and take the section's steps on any 因公临时出国 (the section). */
  tripsManage: 'trips:manage',
  /** Apply for, change and report one's own unit's 因公临时出国 (liaison staff). */
  tripsOwn: 'trips:own',
  /** 审批 a reviewed 因公临时出国 (the district's leaders). */
  tripsApprove: 'trips:approve',
  /** Read every 外宾接待 (the section, the office's leaders). */
  receptionsRead: 'receptions:read',
  /** Create, change and withdraw any 外宾接待 (the section). */
  receptionsManage: 'receptions:manage',
  /** Create, change and withdraw one's own unit's 外宾接待 (liaison staff). */
  receptionsOwn: 'receptions:own',
  /** Read every 涉外案事件 (the section, the office's leaders). */
  incidentsRead: 'incidents:read',
  /** Create, change and withdraw any 涉外案事件 (the section). */
  incidentsManage: 'incidents:manage',
  /** Create, change and withdraw one's own unit's 涉外案事件 (liaison staff). */
  incidentsOwn: 'incidents:own',
  /** Read every 外国人来华邀请 (the section, the office's leaders). */
  invitationsRead: 'invitations:read',
  /** Create, change and withdraw any 外国人来华邀请 (the section). */
  invitationsManage: 'invitations:manage',
  /** Create, change and withdraw one's own unit's 外国人来华邀请 (liaison staff). */
  invitationsOwn: 'invitations:own',
} as const;
