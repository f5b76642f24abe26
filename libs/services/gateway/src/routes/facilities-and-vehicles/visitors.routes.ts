import { CreateVisitor, GetVisitor, LeaveVisitor, ListVisitors, VisitorSubjects, VisitorView, VoidVisitor, FacilitiesAndVehiclesPermissions as P } from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.visitorsRead, P.visitorsManage] as const;
const WRITERS = [P.visitorsManage] as const;

const visitors = { tag: '安全保卫', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 来访登记 (the compound's visitor log), owned by facilities-and-vehicles. */
export const visitorsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesVisitorsController: [
    { ...visitors, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/visitors', permission: READERS, subject: VisitorSubjects.list, convention: 'read', request: ListVisitors.Request, query: ListVisitors.Request, reply: ListVisitors.Reply, summary: '来访登记簿（身份证号掩码；分页、按日期和状态筛选、中文模糊搜索）' },
    { ...visitors, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/visitors/:id', permission: READERS, subject: VisitorSubjects.get, convention: 'record-read', request: GetVisitor.Request, params: id, reply: VisitorView, summary: '来访登记详情（门卫可见身份证号全文，其他人为掩码）', problems: [404] },
    { ...visitors, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/visitors', permission: WRITERS, subject: VisitorSubjects.create, convention: 'create', request: CreateVisitor.Request, reply: VisitorView, summary: '登记来访人员（身份证号校验、加密保存）；须带 Idempotency-Key', problems: [422] },
    { ...visitors, name: 'leave', method: 'POST', path: 'api/facilities-and-vehicles/visitors/:id/leave', permission: WRITERS, subject: VisitorSubjects.leave, convention: 'change', request: LeaveVisitor.Request, body: LeaveVisitor.Body, params: id, reply: VisitorView, summary: '登记离开时间；须带 If-Match', problems: [404, 422] },
    { ...visitors, name: 'void', method: 'POST', path: 'api/facilities-and-vehicles/visitors/:id/void', permission: WRITERS, subject: VisitorSubjects.void, convention: 'change', request: VoidVisitor.Request, body: VoidVisitor.Body, params: id, reply: VisitorView, summary: '作废误登记（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
