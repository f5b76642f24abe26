/** Permission strings of facilities-and-vehicles's capabilities; granted by the gateway migrations named after its modules. */
export const FacilitiesAndVehiclesPermissions = {
  /** Read every 公务用车 (the section, the office's leaders). */
  vehiclesRead: 'vehicles:read',
  /** Create, change and withdraw any 公务用车 (the section). */
  vehiclesManage: 'vehicles:manage',
  /** Create, change and withdraw one's own unit's 公务用车 (liaison staff). */
  vehiclesOwn: 'vehicles:own',
  /** Read every 用车申请 (the section, the office's leaders). */
  bookingsRead: 'bookings:read',
  /** Create, change and withdraw any 用车申请 (the section). */
  bookingsManage: 'bookings:manage',
  /** Create, change and withdraw one's own unit's 用车申请 (liaison staff). */
  bookingsOwn: 'bookings:own',
  /** Read every 后勤服务申请 (the section, the office's leaders). */
  logisticsRequestsRead: 'logistics-requests:read',
  /** Assign, complete and configure 后勤服务申请 (机关事务管理科). */
  logisticsRequestsManage: 'logistics-requests:manage',
  /** Submit 后勤服务申请 and follow one's own: a liaison their unit's, other office staff the ones they submitted. */
  logisticsRequestsOwn: 'logistics-requests:own',
  /** Read the visitor log, 身份证号 masked (the section, the office's leaders). */
  visitorsRead: 'visitors:read',
  /** Register visitors and record their leaving (机关事务管理科's gate staff). */
  visitorsManage: 'visitors:manage',
  /** Read every 办公用房 (the section, the office's leaders). */
  officeRoomsRead: 'office-rooms:read',
  /** Register rooms, allocate and release them (机关事务管理科: 统一调配) */
  officeRoomsManage: 'office-rooms:manage',
  /** Read one's own unit's 办公用房 (liaison staff). */
  officeRoomsOwn: 'office-rooms:own',
} as const;
