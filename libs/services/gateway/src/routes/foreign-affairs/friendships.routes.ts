import {
  AddFriendshipAgreement,
  AddFriendshipExchange,
  ApproveHonoraryTitle,
  ConferHonoraryTitle,
  CreateFriendship,
  FriendshipSubjects,
  FriendshipView,
  GetFriendship,
  GetHonoraryTitle,
  HonoraryTitleSubjects,
  HonoraryTitleView,
  ListFriendships,
  ListHonoraryTitles,
  ProposeHonoraryTitle,
  ReviewHonoraryTitle,
  RevokeHonoraryTitle,
  SignFriendship,
  TerminateFriendship,
  UpdateFriendship,
  UpdateHonoraryTitle,
  WithdrawHonoraryTitle,
  ForeignAffairsPermissions as P,
} from '@gov/contracts-foreign-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.friendshipsRead, P.friendshipsManage, P.friendshipsOwn] as const;
const WRITERS = [P.friendshipsManage, P.friendshipsOwn] as const;
const SECTION = [P.friendshipsManage] as const;

const friendships = { tag: '国际友好关系', service: 'foreign-affairs' } as const;
const titles = { tag: '荣誉称号', service: 'foreign-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 国际友好关系 and 荣誉称号, owned by foreign-affairs. */
export const friendshipsRoutes: Record<string, RouteTable> = {
  ForeignAffairsFriendshipsController: [
    { ...friendships, name: 'list', method: 'GET', path: 'api/foreign-affairs/friendships', permission: READERS, subject: FriendshipSubjects.list, convention: 'read', request: ListFriendships.Request, query: ListFriendships.Request, reply: ListFriendships.Reply, summary: '国际友好关系列表（分页、按状态/类型/国家筛选、中文模糊搜索）', description: '单位联络员只能看到本单位的记录。' },
    { ...friendships, name: 'get', method: 'GET', path: 'api/foreign-affairs/friendships/:id', permission: READERS, subject: FriendshipSubjects.get, convention: 'record-read', request: GetFriendship.Request, params: id, reply: FriendshipView, summary: '国际友好关系详情（含协议、交流互访；ETag 为版本号）', problems: [404] },
    { ...friendships, name: 'create', method: 'POST', path: 'api/foreign-affairs/friendships', permission: WRITERS, subject: FriendshipSubjects.create, convention: 'create', request: CreateFriendship.Request, reply: FriendshipView, summary: '登记国际友好关系（意向；联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...friendships, name: 'update', method: 'PUT', path: 'api/foreign-affairs/friendships/:id', permission: WRITERS, subject: FriendshipSubjects.update, convention: 'change', request: UpdateFriendship.Request, body: UpdateFriendship.Body, params: id, reply: FriendshipView, summary: '修改国际友好关系（终止后不可改）；须带 If-Match', problems: [404, 422] },
    { ...friendships, name: 'sign', method: 'POST', path: 'api/foreign-affairs/friendships/:id/sign', permission: SECTION, subject: FriendshipSubjects.sign, convention: 'change', request: SignFriendship.Request, body: SignFriendship.Body, params: id, reply: FriendshipView, summary: '外事科登记签约（意向 → 已签约）；须带 If-Match', problems: [404, 422] },
    { ...friendships, name: 'terminate', method: 'POST', path: 'api/foreign-affairs/friendships/:id/terminate', permission: SECTION, subject: FriendshipSubjects.terminate, convention: 'change', request: TerminateFriendship.Request, body: TerminateFriendship.Body, params: id, reply: FriendshipView, summary: '外事科登记终止（须说明理由和日期，不删除）；须带 If-Match', problems: [404, 422] },
    { ...friendships, name: 'addAgreement', method: 'POST', path: 'api/foreign-affairs/friendships/:id/agreements', permission: WRITERS, subject: FriendshipSubjects.addAgreement, convention: 'change', request: AddFriendshipAgreement.Request, body: AddFriendshipAgreement.Body, params: id, reply: FriendshipView, summary: '登记协议（名称、签署日期、地点、签署人、有效期）；须带 If-Match', problems: [404, 422] },
    { ...friendships, name: 'addExchange', method: 'POST', path: 'api/foreign-affairs/friendships/:id/exchanges', permission: WRITERS, subject: FriendshipSubjects.addExchange, convention: 'change', request: AddFriendshipExchange.Request, body: AddFriendshipExchange.Body, params: id, reply: FriendshipView, summary: '登记交流互访（出访/来访，可关联出国团组或外宾接待）；须带 If-Match', problems: [404, 422] },
  ],
  ForeignAffairsHonoraryTitlesController: [
    { ...titles, name: 'list', method: 'GET', path: 'api/foreign-affairs/honorary-titles', permission: READERS, subject: HonoraryTitleSubjects.list, convention: 'read', request: ListHonoraryTitles.Request, query: ListHonoraryTitles.Request, reply: ListHonoraryTitles.Reply, summary: '荣誉称号列表（护照号遮盖）', description: '单位联络员只能看到本单位提名的记录。' },
    { ...titles, name: 'get', method: 'GET', path: 'api/foreign-affairs/honorary-titles/:id', permission: READERS, subject: HonoraryTitleSubjects.get, convention: 'record-read', request: GetHonoraryTitle.Request, params: id, reply: HonoraryTitleView, summary: '荣誉称号详情（ETag 为版本号）', problems: [404] },
    { ...titles, name: 'propose', method: 'POST', path: 'api/foreign-affairs/honorary-titles', permission: WRITERS, subject: HonoraryTitleSubjects.propose, convention: 'create', request: ProposeHonoraryTitle.Request, reply: HonoraryTitleView, summary: '提名荣誉称号（联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...titles, name: 'update', method: 'PUT', path: 'api/foreign-affairs/honorary-titles/:id', permission: WRITERS, subject: HonoraryTitleSubjects.update, convention: 'change', request: UpdateHonoraryTitle.Request, body: UpdateHonoraryTitle.Body, params: id, reply: HonoraryTitleView, summary: '修改提名（仅审核前）；须带 If-Match', problems: [404, 422] },
    { ...titles, name: 'review', method: 'POST', path: 'api/foreign-affairs/honorary-titles/:id/review', permission: SECTION, subject: HonoraryTitleSubjects.review, convention: 'change', request: ReviewHonoraryTitle.Request, body: ReviewHonoraryTitle.Body, params: id, reply: HonoraryTitleView, summary: '外事科审核（已提名 → 已审核）；须带 If-Match', problems: [404, 422] },
    { ...titles, name: 'approve', method: 'POST', path: 'api/foreign-affairs/honorary-titles/:id/approve', permission: SECTION, subject: HonoraryTitleSubjects.approve, convention: 'change', request: ApproveHonoraryTitle.Request, body: ApproveHonoraryTitle.Body, params: id, reply: HonoraryTitleView, summary: '登记批准（批准人、批准机关或会议、日期）；须带 If-Match', problems: [404, 422] },
    { ...titles, name: 'confer', method: 'POST', path: 'api/foreign-affairs/honorary-titles/:id/confer', permission: SECTION, subject: HonoraryTitleSubjects.confer, convention: 'change', request: ConferHonoraryTitle.Request, body: ConferHonoraryTitle.Body, params: id, reply: HonoraryTitleView, summary: '登记授予（日期、证书编号）；须带 If-Match', problems: [404, 422] },
    { ...titles, name: 'revoke', method: 'POST', path: 'api/foreign-affairs/honorary-titles/:id/revoke', permission: SECTION, subject: HonoraryTitleSubjects.revoke, convention: 'change', request: RevokeHonoraryTitle.Request, body: RevokeHonoraryTitle.Body, params: id, reply: HonoraryTitleView, summary: '撤销已授予的荣誉称号（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...titles, name: 'withdraw', method: 'POST', path: 'api/foreign-affairs/honorary-titles/:id/withdraw', permission: WRITERS, subject: HonoraryTitleSubjects.withdraw, convention: 'change', request: WithdrawHonoraryTitle.Request, body: WithdrawHonoraryTitle.Body, params: id, reply: HonoraryTitleView, summary: '撤回提名（授予前，须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
