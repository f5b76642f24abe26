import { CreateMember, DevelopMember, GetMember, ListDuesArrears, ListMembers, MemberSubjects, MemberView, PayMemberDues, SetMemberDues, TransferMember, UpdateMember, VoidMemberDuesPayment, WithdrawMember, PartyAffairsPermissions as P } from '@gov/contracts-party-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.membersRead, P.membersManage, P.membersOwn] as const;
const WRITERS = [P.membersManage] as const;

const members = { tag: '党员', service: 'party-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 党员: registration, 发展党员, 组织关系转接 and 党费, owned by party-affairs. */
export const membersRoutes: Record<string, RouteTable> = {
  PartyAffairsMembersController: [
    { ...members, name: 'list', method: 'GET', path: 'api/party-affairs/members', permission: READERS, subject: MemberSubjects.list, convention: 'read', request: ListMembers.Request, query: ListMembers.Request, reply: ListMembers.Reply, summary: '党员列表（身份证号、手机号脱敏；含下一步及最早可办理日期）', description: '单位联络员只能看到本单位党支部的党员。' },
    { ...members, name: 'get', method: 'GET', path: 'api/party-affairs/members/:id', permission: READERS, subject: MemberSubjects.get, convention: 'record-read', request: GetMember.Request, params: id, reply: MemberView, summary: '党员详情（ETag 为版本号；机关党总支可见完整个人信息）', problems: [404] },
    { ...members, name: 'create', method: 'POST', path: 'api/party-affairs/members', permission: WRITERS, subject: MemberSubjects.create, convention: 'create', request: CreateMember.Request, reply: MemberView, summary: '登记党员或入党申请人（可含组织关系转入）；须带 Idempotency-Key', problems: [422] },
    { ...members, name: 'update', method: 'PUT', path: 'api/party-affairs/members/:id', permission: WRITERS, subject: MemberSubjects.update, convention: 'change', request: UpdateMember.Request, body: UpdateMember.Body, params: id, reply: MemberView, summary: '修改党员基本信息；须带 If-Match', problems: [404, 422] },
    { ...members, name: 'develop', method: 'POST', path: 'api/party-affairs/members/:id/develop', permission: WRITERS, subject: MemberSubjects.develop, convention: 'change', request: DevelopMember.Request, body: DevelopMember.Body, params: id, reply: MemberView, summary: '办理发展党员的一个步骤（未到时间的按规定拒绝并说明依据）；须带 If-Match', problems: [404, 422] },
    { ...members, name: 'transfer', method: 'POST', path: 'api/party-affairs/members/:id/transfer', permission: WRITERS, subject: MemberSubjects.transfer, convention: 'change', request: TransferMember.Request, body: TransferMember.Body, params: id, reply: MemberView, summary: '组织关系转接（内部转移、转出、转出回执）；须带 If-Match', problems: [404, 422] },
    { ...members, name: 'setDues', method: 'POST', path: 'api/party-affairs/members/:id/dues', permission: WRITERS, subject: MemberSubjects.setDues, convention: 'change', request: SetMemberDues.Request, body: SetMemberDues.Body, params: id, reply: MemberView, summary: '核定年度党费基数（按中组发〔2008〕3号计算月交额）；须带 If-Match', problems: [404, 422] },
    { ...members, name: 'payDues', method: 'POST', path: 'api/party-affairs/members/:id/dues-payments', permission: WRITERS, subject: MemberSubjects.payDues, convention: 'change', request: PayMemberDues.Request, body: PayMemberDues.Body, params: id, reply: MemberView, summary: '登记某月党费已交纳（按核定的月交额，每月一次）；须带 If-Match', problems: [404, 422] },
    { ...members, name: 'voidDues', method: 'POST', path: 'api/party-affairs/members/:id/dues-payments/void', permission: WRITERS, subject: MemberSubjects.voidDues, convention: 'change', request: VoidMemberDuesPayment.Request, body: VoidMemberDuesPayment.Body, params: id, reply: MemberView, summary: '作废某月的党费交纳记录（须说明理由；收据编号保留并标注作废）；须带 If-Match', problems: [404, 422] },
    { ...members, name: 'arrears', method: 'GET', path: 'api/party-affairs/dues-arrears', permission: READERS, subject: MemberSubjects.arrears, convention: 'read', request: ListDuesArrears.Request, query: ListDuesArrears.Request, reply: ListDuesArrears.Reply, summary: '欠缴党费名单（按月，由收缴记录计算）', description: '单位联络员只能看到本单位党支部的党员。', problems: [400] },
    { ...members, name: 'withdraw', method: 'POST', path: 'api/party-affairs/members/:id/withdraw', permission: WRITERS, subject: MemberSubjects.withdraw, convention: 'change', request: WithdrawMember.Request, body: WithdrawMember.Body, params: id, reply: MemberView, summary: '撤销党员记录（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
