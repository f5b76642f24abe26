import {
  AddBuildingEntry,
  CreateOfficeBuilding,
  GetOfficeBuilding,
  ListOfficeBuildings,
  OfficeBuildingSubjects,
  OfficeBuildingUnificationSummary,
  OfficeBuildingView,
  UpdateOfficeBuilding,
  VoidBuildingEntry,
  WithdrawOfficeBuilding,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.officeBuildingsRead, P.officeBuildingsManage] as const;
const MANAGERS = [P.officeBuildingsManage] as const;

const officeBuildings = { tag: '办公用房楼宇', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 办公用房楼宇 and their 鲁办发〔2018〕49号 "六统一" record, owned by facilities-and-vehicles. */
export const officeBuildingsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesOfficeBuildingsController: [
    { ...officeBuildings, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/office-buildings', permission: READERS, subject: OfficeBuildingSubjects.list, convention: 'read', request: ListOfficeBuildings.Request, query: ListOfficeBuildings.Request, reply: ListOfficeBuildings.Reply, summary: '办公用房楼宇列表（六统一情况、按用途的使用面积；可筛选权属未统一登记的楼宇）' },
    { ...officeBuildings, name: 'summary', method: 'GET', path: 'api/facilities-and-vehicles/office-space/unification', permission: READERS, subject: OfficeBuildingSubjects.summary, convention: 'read', request: OfficeBuildingUnificationSummary.Request, reply: OfficeBuildingUnificationSummary.Reply, summary: '办公用房“六统一”情况汇总（各楼宇六项是否有现行记录）' },
    { ...officeBuildings, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/office-buildings/:id', permission: READERS, subject: OfficeBuildingSubjects.get, convention: 'record-read', request: GetOfficeBuilding.Request, params: id, reply: OfficeBuildingView, summary: '办公用房楼宇详情：六统一记录、房间、时间线（ETag 为版本号）', problems: [404] },
    { ...officeBuildings, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/office-buildings', permission: MANAGERS, subject: OfficeBuildingSubjects.create, convention: 'create', request: CreateOfficeBuilding.Request, reply: OfficeBuildingView, summary: '登记办公用房楼宇（名称唯一）；须带 Idempotency-Key', problems: [409, 422] },
    { ...officeBuildings, name: 'update', method: 'PUT', path: 'api/facilities-and-vehicles/office-buildings/:id', permission: MANAGERS, subject: OfficeBuildingSubjects.update, convention: 'change', request: UpdateOfficeBuilding.Request, body: UpdateOfficeBuilding.Body, params: id, reply: OfficeBuildingView, summary: '修改办公用房楼宇（有在用房间时不能改名）；须带 If-Match', problems: [404, 409, 422] },
    { ...officeBuildings, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/office-buildings/:id/withdraw', permission: MANAGERS, subject: OfficeBuildingSubjects.withdraw, convention: 'change', request: WithdrawOfficeBuilding.Request, body: WithdrawOfficeBuilding.Body, params: id, reply: OfficeBuildingView, summary: '撤回误登记的楼宇（须说明理由；已有六统一记录的不能撤回）；须带 If-Match', problems: [404, 422] },
    { ...officeBuildings, name: 'addEntry', method: 'POST', path: 'api/facilities-and-vehicles/office-buildings/:id/entries', permission: MANAGERS, subject: OfficeBuildingSubjects.addEntry, convention: 'change', request: AddBuildingEntry.Request, body: AddBuildingEntry.Body, params: id, reply: OfficeBuildingView, summary: '登记一条“六统一”记录（统一规划、统一权属、统一维修、统一处置、统一物业服务；统一处置后楼宇只读）；须带 If-Match', problems: [404, 422] },
    { ...officeBuildings, name: 'voidEntry', method: 'POST', path: 'api/facilities-and-vehicles/office-buildings/:id/void-entry', permission: MANAGERS, subject: OfficeBuildingSubjects.voidEntry, convention: 'change', request: VoidBuildingEntry.Request, body: VoidBuildingEntry.Body, params: id, reply: OfficeBuildingView, summary: '作废一条“六统一”记录（须说明理由，记录保留）；须带 If-Match', problems: [404, 422] },
  ],
};
