import { CreateVehicleCost, ExportVehicleCostReport, GetVehicleCost, ListVehicleCosts, VehicleCostReport, VehicleCostSubjects, VehicleCostView, VoidVehicleCost, FacilitiesAndVehiclesPermissions as P } from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.vehicleCostsRead, P.vehicleCostsManage, P.vehicleCostsOwn] as const;
const WRITERS = [P.vehicleCostsManage] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const vehicleCosts = { tag: '公车平台', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 车辆运行费用 (the running-cost ledger and its report), owned by facilities-and-vehicles. */
export const vehicleCostsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesVehicleCostsController: [
    { ...vehicleCosts, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/vehicle-costs', permission: READERS, subject: VehicleCostSubjects.list, convention: 'read', request: ListVehicleCosts.Request, query: ListVehicleCosts.Request, reply: ListVehicleCosts.Reply, summary: '车辆运行费用台账（按车辆、类别、月份筛选）', description: '单位联络员只能看到本单位车辆的费用。' },
    { ...vehicleCosts, name: 'report', method: 'GET', path: 'api/facilities-and-vehicles/vehicle-cost-report', permission: READERS, subject: VehicleCostSubjects.report, convention: 'read', request: VehicleCostReport.Request, query: VehicleCostReport.Request, reply: VehicleCostReport.Reply, summary: '车辆运行费用年度报表（按车辆、单位、月份；含收车登记的出车费用）', problems: [400] },
    { ...vehicleCosts, name: 'exportReport', method: 'GET', path: 'api/facilities-and-vehicles/vehicle-cost-report.xlsx', permission: READERS, subject: VehicleCostSubjects.exportReport, convention: 'download', request: ExportVehicleCostReport.Request, query: ExportVehicleCostReport.Request, download: { produces: XLSX, description: '电子表格文件', asciiFilename: true }, summary: '导出车辆运行费用年度报表（.xlsx：按车辆、月份，单位小计与全年合计）', problems: [400] },
    { ...vehicleCosts, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/vehicle-costs/:id', permission: READERS, subject: VehicleCostSubjects.get, convention: 'record-read', request: GetVehicleCost.Request, params: id, reply: VehicleCostView, summary: '费用记录详情（ETag 为版本号）', problems: [404] },
    { ...vehicleCosts, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/vehicle-costs', permission: WRITERS, subject: VehicleCostSubjects.create, convention: 'create', request: CreateVehicleCost.Request, reply: VehicleCostView, summary: '登记运行费用（定点维修、加油、保险、其他）；须带 Idempotency-Key', problems: [422] },
    { ...vehicleCosts, name: 'void', method: 'POST', path: 'api/facilities-and-vehicles/vehicle-costs/:id/void', permission: WRITERS, subject: VehicleCostSubjects.void, convention: 'change', request: VoidVehicleCost.Request, body: VoidVehicleCost.Body, params: id, reply: VehicleCostView, summary: '作废费用记录（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
