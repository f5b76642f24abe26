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
  /** Read every 国际友好关系 and 荣誉称号 (the section, the office's leaders). */
  friendshipsRead: 'friendships:read',
  /** Register any 国际友好关系 and 荣誉称号; sign, terminate, review, approve, confer, revoke (the section). */
  friendshipsManage: 'friendships:manage',
  /** Register one's own unit's 国际友好关系 and propose 荣誉称号 (liaison staff). */
  friendshipsOwn: 'friendships:own',
  /** Read the 外事制度规则 and the 外事教育 records (the section, the office's leaders). */
  regulationsRead: 'regulations:read',
  /** Register, revise and repeal the 外事制度规则; record the 外事教育 sessions (the section). */
  regulationsManage: 'regulations:manage',
  /** Read the district's 外事制度规则 (liaison staff; no education records). */
  regulationsOwn: 'regulations:own',
  /** Read every 外事委会议 and 外事委报告 (the section, the office's leaders); no unit liaison. */
  committeeRead: 'committee:read',
  /** Run the 外事委办公室's meetings and reports (the section). */
  committeeManage: 'committee:manage',
} as const;
