import { Permissions as G } from '@gov/contracts-gateway';
import { CreateUnit, DeactivateUnit, GetUnit, ListUnits, UnitDirectory, UnitSubjects, UnitView, UpdateUnit, DutyAndMeetingsPermissions as P } from '@gov/contracts-duty-and-meetings';
import type { RouteTable } from '../route-declaration.js';

const units = { tag: '单位通讯录', service: 'duty-and-meetings' } as const;

/** The unit directory, owned by duty-and-meetings: the gateway validates, passes the caller, and adds ETag/If-Match and Idempotency-Key. */
export const unitsRoutes: Record<string, RouteTable> = {
  UnitsController: [
    { ...units, name: 'list', method: 'GET', path: 'api/units', permission: [P.unitsRead], subject: UnitSubjects.list, convention: 'read', request: ListUnits.Request, query: ListUnits.Request, reply: ListUnits.Reply, summary: '单位列表（分页、筛选、中文模糊搜索）' },
    { ...units, name: 'directory', method: 'GET', path: 'api/admin/units', permission: [G.rolesAssign], subject: UnitSubjects.directory, convention: 'read', request: UnitDirectory.Request, query: UnitDirectory.Request, reply: UnitDirectory.Reply, summary: '单位名录（仅名称与编码，供安全保密管理员分配联络员所属单位）', description: '不含联络人与电话：三员分立下管理员不读业务记录。' },
    { ...units, name: 'get', method: 'GET', path: 'api/units/:id', permission: [P.unitsRead], subject: UnitSubjects.get, convention: 'record-read', request: GetUnit.Request, params: { id: { format: 'uuid' } }, reply: UnitView, summary: '单位详情（ETag 为版本号）', problems: [404] },
    { ...units, name: 'create', method: 'POST', path: 'api/units', permission: [P.unitsWrite], subject: UnitSubjects.create, convention: 'create', request: CreateUnit.Request, reply: UnitView, summary: '新建单位', problems: [409, 422] },
    { ...units, name: 'update', method: 'PATCH', path: 'api/units/:id', permission: [P.unitsWrite, P.unitsWriteOwn], subject: UnitSubjects.update, convention: 'change', request: UpdateUnit.Request, body: UpdateUnit.Changes, params: { id: { format: 'uuid' } }, reply: UnitView, summary: '修改单位', description: '只改所给字段；须带 If-Match。单位联络员只能修改本单位的联络人和值班电话（由服务校验）。', problems: [404, 409, 422] },
    { ...units, name: 'deactivate', method: 'POST', path: 'api/units/:id/deactivate', permission: [P.unitsWrite], subject: UnitSubjects.deactivate, convention: 'change', request: DeactivateUnit.Request, body: DeactivateUnit.Body, params: { id: { format: 'uuid' } }, reply: UnitView, summary: '停用单位（不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
