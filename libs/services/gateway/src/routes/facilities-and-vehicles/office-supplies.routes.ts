import {
  ApproveSupplyRequest,
  CreateSupplyItem,
  CreateSupplyRequest,
  GetSupplyItem,
  GetSupplyRequest,
  ListSupplyItems,
  ListSupplyRequests,
  RejectSupplyRequest,
  RetireSupplyItem,
  StockInSupplyItem,
  StockOutSupplyItem,
  SupplyItemSubjects,
  SupplyItemView,
  SupplyRequestSubjects,
  SupplyRequestView,
  UpdateSupplyItem,
  WithdrawSupplyRequest,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.officeSuppliesRead, P.officeSuppliesManage, P.officeSuppliesOwn] as const;
const MANAGERS = [P.officeSuppliesManage] as const;
const REQUESTERS = [P.officeSuppliesOwn] as const;

const supplies = { tag: '办公用品', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 办公用品 (catalogue, stock, 申领), owned by facilities-and-vehicles. */
export const officeSuppliesRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesOfficeSuppliesController: [
    { ...supplies, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/office-supplies', permission: READERS, subject: SupplyItemSubjects.list, convention: 'read', request: ListSupplyItems.Request, query: ListSupplyItems.Request, reply: ListSupplyItems.Reply, summary: '办公用品目录与库存（库存不足标记；按类别、状态、库存不足筛选）', description: '申领科室只看到在用的品目。' },
    { ...supplies, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/office-supplies/:id', permission: READERS, subject: SupplyItemSubjects.get, convention: 'record-read', request: GetSupplyItem.Request, params: id, reply: SupplyItemView, summary: '办公用品详情与出入库记录（ETag 为版本号）', problems: [404] },
    { ...supplies, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/office-supplies', permission: MANAGERS, subject: SupplyItemSubjects.create, convention: 'create', request: CreateSupplyItem.Request, reply: SupplyItemView, summary: '列入办公用品目录（库存从 0 起，以入库记录增加）；须带 Idempotency-Key', problems: [422] },
    { ...supplies, name: 'update', method: 'PUT', path: 'api/facilities-and-vehicles/office-supplies/:id', permission: MANAGERS, subject: SupplyItemSubjects.update, convention: 'change', request: UpdateSupplyItem.Request, body: UpdateSupplyItem.Body, params: id, reply: SupplyItemView, summary: '修改品名、规格、类别、单位或库存下限；须带 If-Match', problems: [404, 422] },
    { ...supplies, name: 'stockIn', method: 'POST', path: 'api/facilities-and-vehicles/office-supplies/:id/stock-in', permission: MANAGERS, subject: SupplyItemSubjects.stockIn, convention: 'change', request: StockInSupplyItem.Request, body: StockInSupplyItem.Body, params: id, reply: SupplyItemView, summary: '入库（写明来源；办公设备可附设备验收，每台转财务科建立资产卡片）；须带 If-Match', problems: [404, 422] },
    { ...supplies, name: 'stockOut', method: 'POST', path: 'api/facilities-and-vehicles/office-supplies/:id/stock-out', permission: MANAGERS, subject: SupplyItemSubjects.stockOut, convention: 'change', request: StockOutSupplyItem.Request, body: StockOutSupplyItem.Body, params: id, reply: SupplyItemView, summary: '出库（写明事由；库存不足时拒绝）；须带 If-Match', problems: [404, 422] },
    { ...supplies, name: 'retire', method: 'POST', path: 'api/facilities-and-vehicles/office-supplies/:id/retire', permission: MANAGERS, subject: SupplyItemSubjects.retire, convention: 'change', request: RetireSupplyItem.Request, body: RetireSupplyItem.Body, params: id, reply: SupplyItemView, summary: '停用品目（须无库存、说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
  FacilitiesAndVehiclesSupplyRequestsController: [
    { ...supplies, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/supply-requests', permission: READERS, subject: SupplyRequestSubjects.list, convention: 'read', request: ListSupplyRequests.Request, query: ListSupplyRequests.Request, reply: ListSupplyRequests.Reply, summary: '办公用品申领单（科室只看到本科室的）' },
    { ...supplies, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/supply-requests/:id', permission: READERS, subject: SupplyRequestSubjects.get, convention: 'record-read', request: GetSupplyRequest.Request, params: id, reply: SupplyRequestView, summary: '申领单详情（ETag 为版本号）', problems: [404] },
    { ...supplies, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/supply-requests', permission: REQUESTERS, subject: SupplyRequestSubjects.create, convention: 'create', request: CreateSupplyRequest.Request, reply: SupplyRequestView, summary: '本科室申领办公用品；须带 Idempotency-Key', problems: [403, 422] },
    { ...supplies, name: 'approve', method: 'POST', path: 'api/facilities-and-vehicles/supply-requests/:id/approve', permission: MANAGERS, subject: SupplyRequestSubjects.approve, convention: 'change', request: ApproveSupplyRequest.Request, body: ApproveSupplyRequest.Body, params: id, reply: SupplyRequestView, summary: '审批并发放出库（库存不足时整单拒绝并列明品目）；须带 If-Match', problems: [404, 422] },
    { ...supplies, name: 'reject', method: 'POST', path: 'api/facilities-and-vehicles/supply-requests/:id/reject', permission: MANAGERS, subject: SupplyRequestSubjects.reject, convention: 'change', request: RejectSupplyRequest.Request, body: RejectSupplyRequest.Body, params: id, reply: SupplyRequestView, summary: '不予发放（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...supplies, name: 'withdraw', method: 'POST', path: 'api/facilities-and-vehicles/supply-requests/:id/withdraw', permission: REQUESTERS, subject: SupplyRequestSubjects.withdraw, convention: 'change', request: WithdrawSupplyRequest.Request, body: WithdrawSupplyRequest.Body, params: id, reply: SupplyRequestView, summary: '申领科室撤回未审批的申领（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
