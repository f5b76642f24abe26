/** Permission strings of foreign-affairs's capabilities; granted by the gateway migrations named after its modules. */
export const ForeignAffairsPermissions = {
  /** Read every 因公临时出国 (the section, the office's leaders). */
  tripsRead: 'trips:read',
  /** Create, change and withdraw any 因公临时出国 (the section). */
  tripsManage: 'trips:manage',
  /** Create, change and withdraw one's own unit's 因公临时出国 (liaison staff). */
  tripsOwn: 'trips:own',
} as const;
