import { AddStaffRecordEntry, CreateStaffMember, GetStaffMember, ListStaffMembers, RetireStaffMember, StaffMemberSubjects, StaffMemberView, UpdateStaffMember, VoidStaffRecordEntry, WithdrawStaffMember, PersonnelFinancePermissions as P } from '@gov/contracts-personnel-finance';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.staffMembersRead, P.staffMembersManage] as const;
const WRITERS = [P.staffMembersManage] as const;

const staffMembers = { tag: '工作人员', service: 'personnel-finance' } as const;

/** 工作人员, owned by personnel-finance. */
export const staffMembersRoutes: Record<string, RouteTable> = {
  PersonnelFinanceStaffMembersController: [
    { ...staffMembers, name: 'list', method: 'GET', path: 'api/personnel-finance/staff-members', permission: READERS, subject: StaffMemberSubjects.list, convention: 'read', request: ListStaffMembers.Request, query: ListStaffMembers.Request, reply: ListStaffMembers.Reply, summary: '工作人员名册（分页、按科室和状态筛选、姓名职务模糊搜索；身份证号、手机号脱敏，不含工资）', problems: [403] },
    { ...staffMembers, name: 'get', method: 'GET', path: 'api/personnel-finance/staff-members/:id', permission: READERS, subject: StaffMemberSubjects.get, convention: 'record-read', request: GetStaffMember.Request, params: { id: { format: 'uuid' } }, reply: StaffMemberView, summary: '工作人员详情（ETag 为版本号）；人事科、财务科可见完整身份证号、手机号和工资，其他人脱敏', problems: [404] },
    { ...staffMembers, name: 'create', method: 'POST', path: 'api/personnel-finance/staff-members', permission: WRITERS, subject: StaffMemberSubjects.create, convention: 'create', request: CreateStaffMember.Request, reply: StaffMemberView, summary: '登记工作人员（人事科）；须带 Idempotency-Key', problems: [403, 422] },
    { ...staffMembers, name: 'update', method: 'PUT', path: 'api/personnel-finance/staff-members/:id', permission: WRITERS, subject: StaffMemberSubjects.update, convention: 'change', request: UpdateStaffMember.Request, body: UpdateStaffMember.Body, params: { id: { format: 'uuid' } }, reply: StaffMemberView, summary: '修改工作人员信息（职务、职级、科室等）；须带 If-Match', problems: [403, 404, 422] },
    { ...staffMembers, name: 'withdraw', method: 'POST', path: 'api/personnel-finance/staff-members/:id/withdraw', permission: WRITERS, subject: StaffMemberSubjects.withdraw, convention: 'change', request: WithdrawStaffMember.Request, body: WithdrawStaffMember.Body, params: { id: { format: 'uuid' } }, reply: StaffMemberView, summary: '撤回工作人员记录（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
    { ...staffMembers, name: 'addRecordEntry', method: 'POST', path: 'api/personnel-finance/staff-members/:id/record-entries', permission: WRITERS, subject: StaffMemberSubjects.addRecordEntry, convention: 'change', request: AddStaffRecordEntry.Request, body: AddStaffRecordEntry.Body, params: { id: { format: 'uuid' } }, reply: StaffMemberView, summary: '登记干部档案记录（学历学位、任职经历、奖励、处分、调配、公务员登记）；处分按《公务员法》第六十四条计算处分期间；须带 If-Match', problems: [403, 404, 422] },
    { ...staffMembers, name: 'retire', method: 'POST', path: 'api/personnel-finance/staff-members/:id/retire', permission: WRITERS, subject: StaffMemberSubjects.retire, convention: 'change', request: RetireStaffMember.Request, body: RetireStaffMember.Body, params: { id: { format: 'uuid' } }, reply: StaffMemberView, summary: '登记退休（退休日期、审批文号），转为离退休干部；须带 If-Match', problems: [403, 404, 422] },
    { ...staffMembers, name: 'voidRecordEntry', method: 'POST', path: 'api/personnel-finance/staff-members/:id/record-entries/void', permission: WRITERS, subject: StaffMemberSubjects.voidRecordEntry, convention: 'change', request: VoidStaffRecordEntry.Request, body: VoidStaffRecordEntry.Body, params: { id: { format: 'uuid' } }, reply: StaffMemberView, summary: '作废登记有误的干部档案记录（须说明理由，记录保留并标明已作废）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
