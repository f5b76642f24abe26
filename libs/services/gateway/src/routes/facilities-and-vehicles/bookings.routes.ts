import {
  ApproveBooking,
  AvailableForBooking,
  BookingBoard,
  BookingSubjects,
  BookingView,
  CompleteBooking,
  CreateBooking,
  CreateDriver,
  DispatchBooking,
  DriverView,
  GetBooking,
  ListBookings,
  ListDrivers,
  RejectBooking,
  WithdrawBooking,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.bookingsRead, P.bookingsManage, P.bookingsOwn] as const;
const WRITERS = [P.bookingsManage, P.bookingsOwn] as const;
const DISPATCHERS = [P.bookingsManage] as const;
const OFFICE = [P.bookingsRead, P.bookingsManage] as const;

const bookings = { tag: '公车平台', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 公车平台 (用车申请, 派车, 收车, drivers), owned by facilities-and-vehicles. */
export const bookingsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesBookingsController: [
    { ...bookings, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/bookings', permission: READERS, subject: BookingSubjects.list, convention: 'read', request: ListBookings.Request, query: ListBookings.Request, reply: ListBookings.Reply, summary: '用车申请列表（分页、按状态筛选、事由目的地模糊搜索）', description: '单位联络员只能看到本单位的申请。' },
    { ...bookings, name: 'board', method: 'GET', path: 'api/facilities-and-vehicles/dispatch-board', permission: OFFICE, subject: BookingSubjects.board, convention: 'read', request: BookingBoard.Request, query: BookingBoard.Request, reply: BookingBoard.Reply, summary: '派车看板：某日或某周各车辆的出车安排', problems: [422] },
    { ...bookings, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/bookings/:id', permission: READERS, subject: BookingSubjects.get, convention: 'record-read', request: GetBooking.Request, params: id, reply: BookingView, summary: '用车申请详情及办理经过（ETag 为版本号）', problems: [404] },
    { ...bookings, name: 'available', method: 'GET', path: 'api/facilities-and-vehicles/bookings/:id/available', permission: DISPATCHERS, subject: BookingSubjects.available, convention: 'read', request: AvailableForBooking.Request, params: id, reply: AvailableForBooking.Reply, summary: '该用车时段空闲的车辆和驾驶员（派车建议）', problems: [404] },
    { ...bookings, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/bookings', permission: WRITERS, subject: BookingSubjects.create, convention: 'create', request: CreateBooking.Request, reply: BookingView, summary: '提出用车申请（联络员为本单位）；涉及休息日、节假日的按日历标明；须带 Idempotency-Key', problems: [422] },
    { ...bookings, name: 'approve', method: 'POST', path: 'api/facilities-and-vehicles/bookings/:id/approve', permission: DISPATCHERS, subject: BookingSubjects.approve, convention: 'change', request: ApproveBooking.Request, body: ApproveBooking.Body, params: id, reply: BookingView, summary: '审批同意（节假日用车须科长加签并写明理由）；须带 If-Match', problems: [404, 422] },
    { ...bookings, name: 'reject', method: 'POST', path: 'api/facilities-and-vehicles/bookings/:id/reject', permission: DISPATCHERS, subject: BookingSubjects.reject, convention: 'change', request: RejectBooking.Request, body: RejectBooking.Body, params: id, reply: BookingView, summary: '不予批准（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...bookings, name: 'dispatch', method: 'POST', path: 'api/facilities-and-vehicles/bookings/:id/dispatch', permission: DISPATCHERS, subject: BookingSubjects.dispatch, convention: 'change', request: DispatchBooking.Request, body: DispatchBooking.Body, params: id, reply: BookingView, summary: '派车（车辆、驾驶员；同一时段不得重复派车），签发派车单；须带 If-Match', problems: [404, 409, 422] },
    { ...bookings, name: 'complete', method: 'POST', path: 'api/facilities-and-vehicles/bookings/:id/complete', permission: DISPATCHERS, subject: BookingSubjects.complete, convention: 'change', request: CompleteBooking.Request, body: CompleteBooking.Body, params: id, reply: BookingView, summary: '收车登记（里程、燃油费、通行费、停车费）；须带 If-Match', problems: [404, 422] },
    { ...bookings, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/bookings/:id/withdraw', permission: WRITERS, subject: BookingSubjects.withdraw, convention: 'change', request: WithdrawBooking.Request, body: WithdrawBooking.Body, params: id, reply: BookingView, summary: '撤回用车申请（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
  FacilitiesAndVehiclesDriversController: [
    { ...bookings, name: 'listDrivers', method: 'GET', path: 'api/facilities-and-vehicles/drivers', permission: OFFICE, subject: BookingSubjects.listDrivers, convention: 'read', request: ListDrivers.Request, reply: ListDrivers.Reply, summary: '驾驶员名单（手机号掩码显示）' },
    { ...bookings, name: 'createDriver', method: 'POST', path: 'api/facilities-and-vehicles/drivers', permission: DISPATCHERS, subject: BookingSubjects.createDriver, convention: 'create-unversioned', request: CreateDriver.Request, reply: DriverView, summary: '登记驾驶员（手机号加密保存）；须带 Idempotency-Key', problems: [422] },
  ],
};
