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
  /** Read every 党风廉政 (the section, the office's leaders). */
  integrityRead: 'integrity:read',
  /** Create, change and withdraw any 党风廉政 (the section). */
  integrityManage: 'integrity:manage',
  /** Create, change and withdraw one's own unit's 党风廉政 (liaison staff). */
  integrityOwn: 'integrity:own',
  /** See 谈话 records and 问题线索 (confidential): the 总支's discipline committee member (纪检委员). */
  integrityConfidentialRead: 'integrity-confidential:read',
  /** Record 谈话 and register and handle 问题线索 (confidential): the 总支's discipline committee member (纪检委员). */
  integrityConfidentialManage: 'integrity-confidential:manage',
  /** Read every 结对帮扶 (the section, the office's leaders). */
  pairingsRead: 'pairings:read',
  /** Create, change and withdraw any 结对帮扶 (the section). */
  pairingsManage: 'pairings:manage',
  /** Create, change and withdraw one's own unit's 结对帮扶 (liaison staff). */
  pairingsOwn: 'pairings:own',
  /** Read every 主题教育 (the section, the office's leaders). */
  campaignsRead: 'campaigns:read',
  /** Create, change and withdraw any 主题教育 (the section). */
  campaignsManage: 'campaigns:manage',
  /** Create, change and withdraw one's own unit's 主题教育 (liaison staff). */
  campaignsOwn: 'campaigns:own',
  /** Read every 党费减免 (the section, the office's leaders). */
  duesRead: 'dues:read',
  /** Create, change and withdraw any 党费减免 (the section). */
  duesManage: 'dues:manage',
  /** Create, change and withdraw one's own unit's 党费减免 (liaison staff). */
  duesOwn: 'dues:own',
} as const;
