import { defineSection } from '../registry';

const VEHICLES = ['vehicles:read', 'vehicles:manage', 'vehicles:own'];
const BOOKINGS = ['bookings:read', 'bookings:manage', 'bookings:own'];
const DISPATCH = ['bookings:read', 'bookings:manage'];
const LOGISTICS = ['logistics-requests:read', 'logistics-requests:manage', 'logistics-requests:own'];
const ROOMS = ['office-rooms:read', 'office-rooms:manage', 'office-rooms:own'];
const VISITORS = ['visitors:read', 'visitors:manage'];
const SECURITY_INCIDENTS = ['security-incidents:read', 'security-incidents:manage'];
const GUARD_SHIFTS = ['guard-shifts:read', 'guard-shifts:manage'];
const PATROLS = ['patrols:read', 'patrols:manage'];
const SUPPLIES = ['office-supplies:read', 'office-supplies:manage', 'office-supplies:own'];
const COSTS = ['vehicle-costs:read', 'vehicle-costs:manage', 'vehicle-costs:own'];
const TOWN_SPACE = ['town-space-reports:read', 'town-space-reports:manage', 'town-space-reports:own'];
const GUIDANCE = ['guidance-visits:read', 'guidance-visits:manage', 'guidance-visits:own'];
/** 周转住房 is 办公用房's, without the liaisons (a cadre's tenancy is personal). */
const HOUSING = ['office-rooms:read', 'office-rooms:manage'];
/** 办公用房楼宇 and their 六统一 record: 机关事务管理科 and the leaders, no liaison. */
const BUILDINGS = ['office-buildings:read', 'office-buildings:manage'];

/**
 * 机关事务 (机关事务管理科 / 公务用车管理科): the vehicle register with its 编制 and caps, the car platform (booking form,
 * dispatch with free cars and drivers, the board), the logistics request desk with its lights, the office rooms against
 * the standard, and the compound's security (visitor log, incidents escalated to the duty office, guard roster, patrols). Task links are `/facilities-and-vehicles/…`.
 */
export default defineSection({
  key: 'facilities-and-vehicles',
  title: '机关事务',
  base: '/facilities-and-vehicles',
  order: 75,
  pages: [
    { path: 'vehicles', name: 'fv-vehicles', title: '公务用车台账', permissions: VEHICLES, component: () => import('./VehiclesPage.vue') },
    { path: 'vehicles/:id', name: 'fv-vehicle', title: '公务用车详情', permissions: VEHICLES, menu: false, component: () => import('./VehiclePage.vue') },
    { path: 'bookings', name: 'fv-bookings', title: '用车申请', permissions: BOOKINGS, component: () => import('./BookingsPage.vue') },
    { path: 'bookings/:id', name: 'fv-booking', title: '用车申请详情', permissions: BOOKINGS, menu: false, component: () => import('./BookingPage.vue') },
    { path: 'vehicle-statistics', name: 'fv-vehicle-statistics', title: '公务用车年度统计', permissions: VEHICLES, component: () => import('./VehicleStatisticsPage.vue') },
    { path: 'vehicle-costs', name: 'fv-vehicle-costs', title: '车辆运行费用', permissions: COSTS, component: () => import('./VehicleCostsPage.vue') },
    { path: 'dispatch-board', name: 'fv-dispatch-board', title: '派车看板', permissions: DISPATCH, component: () => import('./DispatchBoardPage.vue') },
    { path: 'logistics-requests', name: 'fv-logistics-requests', title: '后勤报修', permissions: LOGISTICS, component: () => import('./LogisticsRequestsPage.vue') },
    { path: 'logistics-requests/:id', name: 'fv-logistics-request', title: '后勤报修详情', permissions: LOGISTICS, menu: false, component: () => import('./LogisticsRequestPage.vue') },
    { path: 'office-rooms', name: 'fv-office-rooms', title: '办公用房', permissions: ROOMS, component: () => import('./OfficeRoomsPage.vue') },
    { path: 'office-rooms/:id', name: 'fv-office-room', title: '办公用房详情', permissions: ROOMS, menu: false, component: () => import('./OfficeRoomPage.vue') },
    { path: 'town-space-reports', name: 'fv-town-space-reports', title: '镇街办公用房报送', permissions: TOWN_SPACE, component: () => import('./TownSpaceReportsPage.vue') },
    { path: 'town-space-reports/:id', name: 'fv-town-space-report', title: '镇街办公用房报送详情', permissions: TOWN_SPACE, menu: false, component: () => import('./TownSpaceReportPage.vue') },
    { path: 'guidance-visits', name: 'fv-guidance-visits', title: '指导检查', permissions: GUIDANCE, component: () => import('./GuidanceVisitsPage.vue') },
    { path: 'guidance-visits/:id', name: 'fv-guidance-visit', title: '指导检查详情', permissions: GUIDANCE, menu: false, component: () => import('./GuidanceVisitPage.vue') },
    { path: 'office-buildings', name: 'fv-office-buildings', title: '办公用房楼宇', permissions: BUILDINGS, component: () => import('./OfficeBuildingsPage.vue') },
    { path: 'office-buildings/:id', name: 'fv-office-building', title: '办公用房楼宇详情', permissions: BUILDINGS, menu: false, component: () => import('./OfficeBuildingPage.vue') },
    { path: 'housing', name: 'fv-housing', title: '周转住房', permissions: HOUSING, component: () => import('./HousingUnitsPage.vue') },
    { path: 'housing-tenancies', name: 'fv-housing-tenancies', title: '周转住房租住', permissions: HOUSING, menu: false, component: () => import('./HousingTenanciesPage.vue') },
    { path: 'visitors', name: 'fv-visitors', title: '来访登记', permissions: VISITORS, component: () => import('./VisitorsPage.vue') },
    { path: 'security-incidents', name: 'fv-security-incidents', title: '安全事件', permissions: SECURITY_INCIDENTS, component: () => import('./SecurityIncidentsPage.vue') },
    { path: 'guard-shifts', name: 'fv-guard-shifts', title: '门卫排班', permissions: GUARD_SHIFTS, component: () => import('./GuardShiftsPage.vue') },
    { path: 'patrols', name: 'fv-patrols', title: '巡逻记录', permissions: PATROLS, component: () => import('./PatrolsPage.vue') },
    { path: 'office-supplies', name: 'fv-office-supplies', title: '办公用品库存', permissions: SUPPLIES, component: () => import('./OfficeSuppliesPage.vue') },
    { path: 'supply-requests', name: 'fv-supply-requests', title: '办公用品申领', permissions: SUPPLIES, component: () => import('./SupplyRequestsPage.vue') },
  ],
});
