/** Permission strings of information's capabilities; granted by the gateway migrations named after its modules. */
export const InformationPermissions = {
  /** Read every 报送信息 (the section, the office's leaders). */
  submissionsRead: 'submissions:read',
  /** Create, change and withdraw any 报送信息 (the section). */
  submissionsManage: 'submissions:manage',
  /** Create, change and withdraw one's own unit's 报送信息 (liaison staff). */
  submissionsOwn: 'submissions:own',
} as const;
