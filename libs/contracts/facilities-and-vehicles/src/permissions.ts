/** Permission strings of facilities-and-vehicles's capabilities; granted by the gateway migrations named after its modules. */
export const FacilitiesAndVehiclesPermissions = {
  /** Read every 公务用车 (the section, the office's leaders). */
  vehiclesRead: 'vehicles:read',
  /** Create, change and withdraw any 公务用车 (the section). */
  vehiclesManage: 'vehicles:manage',
  /** Create, change and withdraw one's own unit's 公务用车 (liaison staff). */
  vehiclesOwn: 'vehicles:own',
} as const;
