/** Permission strings of personnel-finance's capabilities; granted by the gateway migrations named after its modules. */
export const PersonnelFinancePermissions = {
  /** Read every 工作人员 (the section, the office's leaders). */
  staffMembersRead: 'staff-members:read',
  /** Create, change and withdraw any 工作人员 (the section). */
  staffMembersManage: 'staff-members:manage',
  /** Create, change and withdraw one's own unit's 工作人员 (liaison staff). */
  staffMembersOwn: 'staff-members:own',
} as const;
