import {
  ApproveVehicle,
  CreateVehicle,
  DisposeVehicle,
  ExportVehicleRegister,
  GetVehicle,
  ListVehicleCaps,
  ListVehicleQuotas,
  ListVehicles,
  RejectVehicle,
  SetVehicleCap,
  SetVehicleQuota,
  UpdateVehicle,
  VehicleCapView,
  VehicleQuotaView,
  VehicleSubjects,
  VehicleView,
  WithdrawVehicle,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.vehiclesRead, P.vehiclesManage, P.vehiclesOwn] as const;
const WRITERS = [P.vehiclesManage, P.vehiclesOwn] as const;
const DECIDERS = [P.vehiclesManage] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const vehicles = { tag: '公务用车台账', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 公务用车台账 (register, 编制 and 配备标准), owned by facilities-and-vehicles. */
export const vehiclesRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesVehiclesController: [
    { ...vehicles, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/vehicles', permission: READERS, subject: VehicleSubjects.list, convention: 'read', request: ListVehicles.Request, query: ListVehicles.Request, reply: ListVehicles.Reply, summary: '公务用车台账（分页、按状态/类别/单位筛选、号牌型号模糊搜索）', description: '单位联络员只能看到本单位的车辆。' },
    { ...vehicles, name: 'exportRegister', method: 'GET', path: 'api/facilities-and-vehicles/vehicle-register.xlsx', permission: READERS, subject: VehicleSubjects.exportRegister, convention: 'download', request: ExportVehicleRegister.Request, query: ExportVehicleRegister.Request, download: { produces: XLSX, description: '电子表格文件', asciiFilename: true }, summary: '导出公务用车台账（.xlsx）', description: '由台账记录生成；联络员只导出本单位的车辆。' },
    { ...vehicles, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/vehicles/:id', permission: READERS, subject: VehicleSubjects.get, convention: 'record-read', request: GetVehicle.Request, params: id, reply: VehicleView, summary: '公务用车详情及办理经过（ETag 为版本号）', problems: [404] },
    { ...vehicles, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/vehicles', permission: WRITERS, subject: VehicleSubjects.create, convention: 'create', request: CreateVehicle.Request, reply: VehicleView, summary: '提出公务用车购置申请（联络员为本单位）；超编或超标准的不予受理并说明依据；须带 Idempotency-Key', problems: [422] },
    { ...vehicles, name: 'update', method: 'PUT', path: 'api/facilities-and-vehicles/vehicles/:id', permission: WRITERS, subject: VehicleSubjects.update, convention: 'change', request: UpdateVehicle.Request, body: UpdateVehicle.Body, params: id, reply: VehicleView, summary: '更新台账信息（号牌、里程、保险、年检、标识）；须带 If-Match', problems: [404, 422] },
    { ...vehicles, name: 'approve', method: 'POST', path: 'api/facilities-and-vehicles/vehicles/:id/approve', permission: DECIDERS, subject: VehicleSubjects.approve, convention: 'change', request: ApproveVehicle.Request, body: ApproveVehicle.Body, params: id, reply: VehicleView, summary: '批准购置并列入台账（再次核对编制和配备标准）；须带 If-Match', problems: [404, 422] },
    { ...vehicles, name: 'reject', method: 'POST', path: 'api/facilities-and-vehicles/vehicles/:id/reject', permission: DECIDERS, subject: VehicleSubjects.reject, convention: 'change', request: RejectVehicle.Request, body: RejectVehicle.Body, params: id, reply: VehicleView, summary: '购置申请不予批准（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...vehicles, name: 'dispose', method: 'POST', path: 'api/facilities-and-vehicles/vehicles/:id/dispose', permission: DECIDERS, subject: VehicleSubjects.dispose, convention: 'change', request: DisposeVehicle.Request, body: DisposeVehicle.Body, params: id, reply: VehicleView, summary: '处置在用车辆（方式、审批文号、理由）；须带 If-Match', problems: [404, 422] },
    { ...vehicles, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/vehicles/:id/withdraw', permission: WRITERS, subject: VehicleSubjects.withdraw, convention: 'change', request: WithdrawVehicle.Request, body: WithdrawVehicle.Body, params: id, reply: VehicleView, summary: '撤回购置申请（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
  FacilitiesAndVehiclesVehicleRulesController: [
    { ...vehicles, name: 'listQuotas', method: 'GET', path: 'api/facilities-and-vehicles/vehicle-quotas', permission: READERS, subject: VehicleSubjects.listQuotas, convention: 'read', request: ListVehicleQuotas.Request, query: ListVehicleQuotas.Request, reply: ListVehicleQuotas.Reply, summary: '现行公务用车编制及占用情况', description: '联络员只能看到本单位的编制。' },
    { ...vehicles, name: 'setQuota', method: 'POST', path: 'api/facilities-and-vehicles/vehicle-quotas', permission: DECIDERS, subject: VehicleSubjects.setQuota, convention: 'create-unversioned', request: SetVehicleQuota.Request, reply: VehicleQuotaView, summary: '核定单位某类别公务用车编制（新版本，自生效日起适用）；须带 Idempotency-Key', problems: [422] },
    { ...vehicles, name: 'listCaps', method: 'GET', path: 'api/facilities-and-vehicles/vehicle-caps', permission: READERS, subject: VehicleSubjects.listCaps, convention: 'read', request: ListVehicleCaps.Request, reply: ListVehicleCaps.Reply, summary: '公务用车配备标准（价格、排气量上限；各版本及依据）' },
    { ...vehicles, name: 'setCap', method: 'POST', path: 'api/facilities-and-vehicles/vehicle-caps', permission: DECIDERS, subject: VehicleSubjects.setCap, convention: 'create-unversioned', request: SetVehicleCap.Request, reply: VehicleCapView, summary: '设定某类别公务用车配备标准（新版本，自生效日起适用）；须带 Idempotency-Key', problems: [422] },
  ],
};
