import { CreateStaffMember, GetStaffMember, ListStaffMembers, StaffMemberSubjects, StaffMemberView, UpdateStaffMember, WithdrawStaffMember, PersonnelFinancePermissions as P } from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.staffMembersRead, P.staffMembersManage, P.staffMembersOwn] as const;
const WRITERS = [P.staffMembersManage, P.staffMembersOwn] as const;

const staffMembers = { tag: '工作人员', service: 'personnel-finance' } as const;

/** 工作人员, owned by personnel-finance. */
export const staffMembersRoutes: Record<string, RouteTable> = {
  PersonnelFinanceStaffMembersController: [
    { ...staffMembers, name: 'list', method: 'GET', path: 'api/personnel-finance/staff-members', permission: READERS, subject: StaffMemberSubjects.list, convention: 'read', request: ListStaffMembers.Request, query: ListStaffMembers.Request, reply: ListStaffMembers.Reply, summary: '工作人员列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位的记录。' },
    { ...staffMembers, name: 'get', method: 'GET', path: 'api/personnel-finance/staff-members/:id', permission: READERS, subject: StaffMemberSubjects.get, convention: 'record-read', request: GetStaffMember.Request, params: { id: { format: 'uuid' } }, reply: StaffMemberView, summary: '工作人员详情（ETag 为版本号）', problems: [404] },
    { ...staffMembers, name: 'create', method: 'POST', path: 'api/personnel-finance/staff-members', permission: WRITERS, subject: StaffMemberSubjects.create, convention: 'create', request: CreateStaffMember.Request, reply: StaffMemberView, summary: '登记工作人员（联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...staffMembers, name: 'update', method: 'PUT', path: 'api/personnel-finance/staff-members/:id', permission: WRITERS, subject: StaffMemberSubjects.update, convention: 'change', request: UpdateStaffMember.Request, body: UpdateStaffMember.Body, params: { id: { format: 'uuid' } }, reply: StaffMemberView, summary: '修改工作人员；须带 If-Match', problems: [404, 422] },
    { ...staffMembers, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/staff-members/:id/withdraw', permission: WRITERS, subject: StaffMemberSubjects.withdraw, convention: 'change', request: WithdrawStaffMember.Request, body: WithdrawStaffMember.Body, params: { id: { format: 'uuid' } }, reply: StaffMemberView, summary: '撤回工作人员（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
