import { CancelGuardShift, CreateGuardShift, GetGuardShift, GuardShiftSubjects, GuardShiftView, ListGuardShifts, UpdateGuardShift, FacilitiesAndVehiclesPermissions as P } from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.guardShiftsRead, P.guardShiftsManage] as const;
const WRITERS = [P.guardShiftsManage] as const;

const guardShifts = { tag: '安全保卫', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 门卫排班 (the compound's guard roster), owned by facilities-and-vehicles. */
export const guardShiftsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesGuardShiftsController: [
    { ...guardShifts, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/guard-shifts', permission: READERS, subject: GuardShiftSubjects.list, convention: 'read', request: ListGuardShifts.Request, query: ListGuardShifts.Request, reply: ListGuardShifts.Reply, summary: '门卫排班表（按日期、班次、岗位排序；按日期和状态筛选，岗位和人员模糊搜索）' },
    { ...guardShifts, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/guard-shifts/:id', permission: READERS, subject: GuardShiftSubjects.get, convention: 'record-read', request: GetGuardShift.Request, params: id, reply: GuardShiftView, summary: '排班详情（ETag 为版本号）', problems: [404] },
    { ...guardShifts, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/guard-shifts', permission: WRITERS, subject: GuardShiftSubjects.create, convention: 'create', request: CreateGuardShift.Request, reply: GuardShiftView, summary: '排班（同一人同一班次只能一个岗位）；须带 Idempotency-Key', problems: [409, 422] },
    { ...guardShifts, name: 'update', method: 'PUT', path: 'api/facilities-and-vehicles/guard-shifts/:id', permission: WRITERS, subject: GuardShiftSubjects.update, convention: 'change', request: UpdateGuardShift.Request, body: UpdateGuardShift.Body, params: id, reply: GuardShiftView, summary: '调整排班；须带 If-Match', problems: [404, 409, 422] },
    { ...guardShifts, name: 'cancel', method: 'POST', path: 'api/facilities-and-vehicles/guard-shifts/:id/cancel', permission: WRITERS, subject: GuardShiftSubjects.cancel, convention: 'change', request: CancelGuardShift.Request, body: CancelGuardShift.Body, params: id, reply: GuardShiftView, summary: '取消排班（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
