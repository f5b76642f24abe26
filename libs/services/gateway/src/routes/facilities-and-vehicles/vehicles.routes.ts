import { CreateVehicle, GetVehicle, ListVehicles, VehicleSubjects, VehicleView, UpdateVehicle, WithdrawVehicle, FacilitiesAndVehiclesPermissions as P } from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.vehiclesRead, P.vehiclesManage, P.vehiclesOwn] as const;
const WRITERS = [P.vehiclesManage, P.vehiclesOwn] as const;

const vehicles = { tag: '公务用车', service: 'facilities-and-vehicles' } as const;

/** 公务用车, owned by facilities-and-vehicles. */
export const vehiclesRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesVehiclesController: [
    { ...vehicles, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/vehicles', permission: READERS, subject: VehicleSubjects.list, convention: 'read', request: ListVehicles.Request, query: ListVehicles.Request, reply: ListVehicles.Reply, summary: '公务用车列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位的记录。' },
    { ...vehicles, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/vehicles/:id', permission: READERS, subject: VehicleSubjects.get, convention: 'record-read', request: GetVehicle.Request, params: { id: { format: 'uuid' } }, reply: VehicleView, summary: '公务用车详情（ETag 为版本号）', problems: [404] },
    { ...vehicles, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/vehicles', permission: WRITERS, subject: VehicleSubjects.create, convention: 'create', request: CreateVehicle.Request, reply: VehicleView, summary: '登记公务用车（联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...vehicles, name: 'update', method: 'PUT', path: 'api/facilities-and-vehicles/vehicles/:id', permission: WRITERS, subject: VehicleSubjects.update, convention: 'change', request: UpdateVehicle.Request, body: UpdateVehicle.Body, params: { id: { format: 'uuid' } }, reply: VehicleView, summary: '修改公务用车；须带 If-Match', problems: [404, 422] },
    { ...vehicles, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/vehicles/:id/withdraw', permission: WRITERS, subject: VehicleSubjects.withdraw, convention: 'change', request: WithdrawVehicle.Request, body: WithdrawVehicle.Body, params: { id: { format: 'uuid' } }, reply: VehicleView, summary: '撤回公务用车（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
