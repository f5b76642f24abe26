import {
  CreateInvitation,
  DecideInvitation,
  GetInvitation,
  InvitationSubjects,
  InvitationView,
  IssueInvitation,
  ListInvitations,
  SubmitInvitation,
  UpdateInvitation,
  WithdrawInvitation,
  ForeignAffairsPermissions as P,
} from '@gov/contracts-foreign-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.invitationsRead, P.invitationsManage, P.invitationsOwn] as const;
const WRITERS = [P.invitationsManage, P.invitationsOwn] as const;
const SECTION = [P.invitationsManage] as const;

const invitations = { tag: '外国人来华邀请', service: 'foreign-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 外国人来华邀请, owned by foreign-affairs. */
export const invitationsRoutes: Record<string, RouteTable> = {
  ForeignAffairsInvitationsController: [
    { ...invitations, name: 'list', method: 'GET', path: 'api/foreign-affairs/invitations', permission: READERS, subject: InvitationSubjects.list, convention: 'read', request: ListInvitations.Request, query: ListInvitations.Request, reply: ListInvitations.Reply, summary: '外国人来华邀请列表（分页、筛选、中文模糊搜索；护照号遮盖）', description: '单位联络员只能看到本单位的记录。' },
    { ...invitations, name: 'get', method: 'GET', path: 'api/foreign-affairs/invitations/:id', permission: READERS, subject: InvitationSubjects.get, convention: 'record-read', request: GetInvitation.Request, params: id, reply: InvitationView, summary: '外国人来华邀请详情（ETag 为版本号）', problems: [404] },
    { ...invitations, name: 'create', method: 'POST', path: 'api/foreign-affairs/invitations', permission: WRITERS, subject: InvitationSubjects.create, convention: 'create', request: CreateInvitation.Request, reply: InvitationView, summary: '登记外国人来华邀请（联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...invitations, name: 'update', method: 'PUT', path: 'api/foreign-affairs/invitations/:id', permission: WRITERS, subject: InvitationSubjects.update, convention: 'change', request: UpdateInvitation.Request, body: UpdateInvitation.Body, params: id, reply: InvitationView, summary: '修改外国人来华邀请（仅草稿）；须带 If-Match', problems: [404, 422] },
    { ...invitations, name: 'submit', method: 'POST', path: 'api/foreign-affairs/invitations/:id/submit', permission: WRITERS, subject: InvitationSubjects.submit, convention: 'change', request: SubmitInvitation.Request, params: id, reply: InvitationView, summary: '报送外事科；须带 If-Match', problems: [404, 422] },
    { ...invitations, name: 'decide', method: 'POST', path: 'api/foreign-affairs/invitations/:id/decision', permission: SECTION, subject: InvitationSubjects.decide, convention: 'change', request: DecideInvitation.Request, body: DecideInvitation.Body, params: id, reply: InvitationView, summary: '外事科审批：批准或退回修改；须带 If-Match', problems: [404, 422] },
    { ...invitations, name: 'issue', method: 'POST', path: 'api/foreign-affairs/invitations/:id/letter', permission: SECTION, subject: InvitationSubjects.issue, convention: 'change', request: IssueInvitation.Request, body: IssueInvitation.Body, params: id, reply: InvitationView, summary: '登记邀请函（文号、发出日期）；须带 If-Match', problems: [404, 422] },
    { ...invitations, name: 'withdraw', method: 'POST', path: 'api/foreign-affairs/invitations/:id/withdraw', permission: WRITERS, subject: InvitationSubjects.withdraw, convention: 'change', request: WithdrawInvitation.Request, body: WithdrawInvitation.Body, params: id, reply: InvitationView, summary: '撤回外国人来华邀请（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
