/** Permission strings of party-affairs's capabilities; granted by the gateway migrations named after its modules. */
export const PartyAffairsPermissions = {
  /** Read every 党组织 (the section, the office's leaders). */
  branchesRead: 'branches:read',
  /** Set up, change, elect, extend and withdraw any 党组织 (the section). */
  branchesManage: 'branches:manage',
  /** Read one's own unit's 党支部 (liaison staff). */
  branchesOwn: 'branches:own',
  /** Read every 党员 (the section, the office's leaders). */
  membersRead: 'members:read',
  /** Register members, take the steps of 发展党员, transfers and dues (the section). */
  membersManage: 'members:manage',
  /** Read the members of one's own unit's branches, masked (liaison staff). */
  membersOwn: 'members:own',
  /** Read every 组织生活 (the section, the office's leaders). */
  lifeMeetingsRead: 'life-meetings:read',
  /** Create, change and withdraw any 组织生活 (the section). */
  lifeMeetingsManage: 'life-meetings:manage',
  /** Record, change and withdraw the 组织生活 of one's own unit's branches (liaison staff). */
  lifeMeetingsOwn: 'life-meetings:own',
} as const;
