import {
  CheckInTenancy,
  CheckOutTenancy,
  CreateHousingUnit,
  CreateTenancy,
  ExtendTenancy,
  GetHousingUnit,
  GetTenancy,
  HousingSubjects,
  HousingUnitView,
  ListHousingUnits,
  ListTenancies,
  RetireHousingUnit,
  TenancyView,
  WithdrawTenancy,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

/** 周转住房 belongs to 办公用房: its readers and keepers, never a unit's liaison (a cadre's tenancy is personal). */
const READERS = [P.officeRoomsRead, P.officeRoomsManage] as const;
const MANAGERS = [P.officeRoomsManage] as const;

const housing = { tag: '办公用房', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 周转住房 (housing units and the tenancies of cadres posted away from home), owned by facilities-and-vehicles. */
export const housingRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesHousingUnitsController: [
    { ...housing, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/housing-units', permission: READERS, subject: HousingSubjects.listUnits, convention: 'read', request: ListHousingUnits.Request, query: ListHousingUnits.Request, reply: ListHousingUnits.Reply, summary: '周转住房（地址、面积、居室，当前住户）' },
    { ...housing, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/housing-units/:id', permission: READERS, subject: HousingSubjects.getUnit, convention: 'record-read', request: GetHousingUnit.Request, params: id, reply: HousingUnitView, summary: '周转住房详情（ETag 为版本号）', problems: [404] },
    { ...housing, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/housing-units', permission: MANAGERS, subject: HousingSubjects.createUnit, convention: 'create', request: CreateHousingUnit.Request, reply: HousingUnitView, summary: '登记周转住房；须带 Idempotency-Key', problems: [422] },
    { ...housing, name: 'retire', method: 'POST', path: 'api/facilities-and-vehicles/housing-units/:id/retire', permission: MANAGERS, subject: HousingSubjects.retireUnit, convention: 'change', request: RetireHousingUnit.Request, body: RetireHousingUnit.Body, params: id, reply: HousingUnitView, summary: '停用周转住房（须无未结束的租住，说明理由）；须带 If-Match', problems: [404, 422] },
  ],
  FacilitiesAndVehiclesHousingTenanciesController: [
    { ...housing, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/housing-tenancies', permission: READERS, subject: HousingSubjects.list, convention: 'read', request: ListTenancies.Request, query: ListTenancies.Request, reply: ListTenancies.Reply, summary: '周转住房租住记录（按状态、住房筛选）' },
    { ...housing, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/housing-tenancies/:id', permission: READERS, subject: HousingSubjects.get, convention: 'record-read', request: GetTenancy.Request, params: id, reply: TenancyView, summary: '租住详情（入住、退房查验；ETag 为版本号）', problems: [404] },
    { ...housing, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/housing-tenancies', permission: MANAGERS, subject: HousingSubjects.create, convention: 'create', request: CreateTenancy.Request, reply: TenancyView, summary: '登记租住（交流任职或异地任职干部；同一住房期间不得重叠）；须带 Idempotency-Key', problems: [409, 422] },
    { ...housing, name: 'checkIn', method: 'POST', path: 'api/facilities-and-vehicles/housing-tenancies/:id/check-in', permission: MANAGERS, subject: HousingSubjects.checkIn, convention: 'change', request: CheckInTenancy.Request, body: CheckInTenancy.Body, params: id, reply: TenancyView, summary: '入住查验（日期、房屋及设施状况）；须带 If-Match', problems: [404, 422] },
    { ...housing, name: 'extend', method: 'POST', path: 'api/facilities-and-vehicles/housing-tenancies/:id/extend', permission: MANAGERS, subject: HousingSubjects.extend, convention: 'change', request: ExtendTenancy.Request, body: ExtendTenancy.Body, params: id, reply: TenancyView, summary: '续住（新的结束日期与依据；不得与其他租住重叠）；须带 If-Match', problems: [404, 409, 422] },
    { ...housing, name: 'checkOut', method: 'POST', path: 'api/facilities-and-vehicles/housing-tenancies/:id/check-out', permission: MANAGERS, subject: HousingSubjects.checkOut, convention: 'change', request: CheckOutTenancy.Request, body: CheckOutTenancy.Body, params: id, reply: TenancyView, summary: '退房查验，租住于退房日结束；须带 If-Match', problems: [404, 422] },
    { ...housing, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/housing-tenancies/:id/withdraw', permission: MANAGERS, subject: HousingSubjects.withdraw, convention: 'change', request: WithdrawTenancy.Request, body: WithdrawTenancy.Body, params: id, reply: TenancyView, summary: '撤回尚未入住的租住登记（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
