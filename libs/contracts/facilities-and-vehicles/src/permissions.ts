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
  /** Read the compound's 安全事件 (the section, the office's leaders). */
  securityIncidentsRead: 'security-incidents:read',
  /** Record, handle, close, withdraw and escalate 安全事件 to the duty office (机关事务管理科). */
  securityIncidentsManage: 'security-incidents:manage',
  /** Read the compound's 门卫排班 (the section, the office's leaders). */
  guardShiftsRead: 'guard-shifts:read',
  /** Draw up, change and cancel the guards' roster (机关事务管理科). */
  guardShiftsManage: 'guard-shifts:manage',
  /** Read the compound's 巡逻记录 (the section, the office's leaders). */
  patrolsRead: 'patrols:read',
  /** Record, correct and void patrols (机关事务管理科's guards). */
  patrolsManage: 'patrols:manage',
  /** Read the 办公用品 catalogue, stock and every 申领 (the section, the office's leaders). */
  officeSuppliesRead: 'office-supplies:read',
  /** Keep the catalogue, record 入库/出库, approve or refuse 申领 (机关事务管理科). */
  officeSuppliesManage: 'office-supplies:manage',
  /** Request supplies for one's own section and follow its requests (every office section's staff and chief). */
  officeSuppliesOwn: 'office-supplies:own',
  /** Read every vehicle's 车辆运行费用 and the cost report (the section, the office's leaders). */
  vehicleCostsRead: 'vehicle-costs:read',
  /** Record and void 车辆运行费用 (机关事务管理科 / 公务用车管理科). */
  vehicleCostsManage: 'vehicle-costs:manage',
  /** Read one's own unit's vehicles' 车辆运行费用 and report (liaison staff). */
  vehicleCostsOwn: 'vehicle-costs:own',
  /** Read every 镇街办公用房报送 (the section, the office's leaders). */
  townSpaceReportsRead: 'town-space-reports:read',
  /** Create, change and withdraw any 镇街办公用房报送 (the section). */
  townSpaceReportsManage: 'town-space-reports:manage',
  /** Create, change and withdraw one's own unit's 镇街办公用房报送 (liaison staff). */
  townSpaceReportsOwn: 'town-space-reports:own',
  /** Read every 指导检查 (the section, the office's leaders). */
  guidanceVisitsRead: 'guidance-visits:read',
  /** Create, change and withdraw any 指导检查 (the section). */
  guidanceVisitsManage: 'guidance-visits:manage',
  /** Create, change and withdraw one's own unit's 指导检查 (liaison staff). */
  guidanceVisitsOwn: 'guidance-visits:own',
  /** Read every 办公用房楼宇 (the section, the office's leaders). */
  officeBuildingsRead: 'office-buildings:read',
  /** Register 办公用房楼宇 and keep their 六统一 record (机关事务管理科). */
  officeBuildingsManage: 'office-buildings:manage',
} as const;
