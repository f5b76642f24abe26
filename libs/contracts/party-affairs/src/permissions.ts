/** Permission strings of party-affairs's capabilities; granted by the gateway migrations named after its modules. */
export const PartyAffairsPermissions = {
  /** Read every 党支部 (the section, the office's leaders). */
  branchesRead: 'branches:read',
  /** Create, change and withdraw any 党支部 (the section). */
  branchesManage: 'branches:manage',
  /** Create, change and withdraw one's own unit's 党支部 (liaison staff). */
  branchesOwn: 'branches:own',
} as const;
