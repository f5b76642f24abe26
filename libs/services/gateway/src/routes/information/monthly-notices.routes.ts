import {
  CreateMonthlyNotice,
  GetMonthlyNotice,
  ListMonthlyNotices,
  MonthlyNoticeSubjects,
  MonthlyNoticeView,
  RegenerateMonthlyNotice,
  ReviewMonthlyNotice,
  SendBackMonthlyNotice,
  SignMonthlyNotice,
  SubmitMonthlyNotice,
  UpdateMonthlyNotice,
  WithdrawMonthlyNotice,
  InformationPermissions as P,
} from '@gov/contracts-information';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.monthlyNoticesRead, P.monthlyNoticesManage, P.monthlyNoticesSign] as const;
const SECTION = [P.monthlyNoticesManage] as const;
const SEND_BACK = [P.monthlyNoticesManage, P.monthlyNoticesSign] as const;

const notices = { tag: '政务信息：月度通报', service: 'information' } as const;
const ID = { id: { format: 'uuid' } } as const;

/** 月度通报 (the monthly notice as a document for 签发), owned by information. */
export const monthlyNoticesRoutes: Record<string, RouteTable> = {
  InformationMonthlyNoticesController: [
    { ...notices, name: 'list', method: 'GET', path: 'api/information/monthly-notices', permission: READERS, subject: MonthlyNoticeSubjects.list, convention: 'read', request: ListMonthlyNotices.Request, query: ListMonthlyNotices.Request, reply: ListMonthlyNotices.Reply, summary: '月度通报列表（按状态、年度筛选）', description: '区领导只看到已签发的通报；签发人看到送审后的通报；联络员无权查看（通报为各单位排名）。' },
    { ...notices, name: 'get', method: 'GET', path: 'api/information/monthly-notices/:id', permission: READERS, subject: MonthlyNoticeSubjects.get, convention: 'record-read', request: GetMonthlyNotice.Request, params: ID, reply: MonthlyNoticeView, summary: '月度通报详情：统计快照、排名、通报全文与办理过程（ETag 为版本号）', problems: [404] },
    { ...notices, name: 'create', method: 'POST', path: 'api/information/monthly-notices', permission: SECTION, subject: MonthlyNoticeSubjects.create, convention: 'create', request: CreateMonthlyNotice.Request, reply: MonthlyNoticeView, summary: '起草某月的月度通报（已结束的月份，每月一份；生成统计快照）；须带 Idempotency-Key', problems: [409, 422] },
    { ...notices, name: 'update', method: 'PUT', path: 'api/information/monthly-notices/:id', permission: SECTION, subject: MonthlyNoticeSubjects.update, convention: 'change', request: UpdateMonthlyNotice.Request, body: UpdateMonthlyNotice.Body, params: ID, reply: MonthlyNoticeView, summary: '修改标题、正文（按语）、主送（仅草稿）；须带 If-Match', problems: [404, 422] },
    { ...notices, name: 'regenerate', method: 'POST', path: 'api/information/monthly-notices/:id/regenerate', permission: SECTION, subject: MonthlyNoticeSubjects.regenerate, convention: 'change', request: RegenerateMonthlyNotice.Request, body: RegenerateMonthlyNotice.Body, params: ID, reply: MonthlyNoticeView, summary: '按现有记录重新生成统计快照（仅草稿）；须带 If-Match', problems: [404, 422] },
    { ...notices, name: 'submit', method: 'POST', path: 'api/information/monthly-notices/:id/submit', permission: SECTION, subject: MonthlyNoticeSubjects.submit, convention: 'change', request: SubmitMonthlyNotice.Request, body: SubmitMonthlyNotice.Body, params: ID, reply: MonthlyNoticeView, summary: '送科长审核；须带 If-Match', problems: [404, 422] },
    { ...notices, name: 'review', method: 'POST', path: 'api/information/monthly-notices/:id/review', permission: SECTION, subject: MonthlyNoticeSubjects.review, convention: 'change', request: ReviewMonthlyNotice.Request, body: ReviewMonthlyNotice.Body, params: ID, reply: MonthlyNoticeView, summary: '科长审核通过；须带 If-Match', problems: [404, 422] },
    { ...notices, name: 'sendBack', method: 'POST', path: 'api/information/monthly-notices/:id/send-back', permission: SEND_BACK, subject: MonthlyNoticeSubjects.sendBack, convention: 'change', request: SendBackMonthlyNotice.Request, body: SendBackMonthlyNotice.Body, params: ID, reply: MonthlyNoticeView, summary: '退回修改（须说明理由，回到草稿）；须带 If-Match', problems: [404, 422] },
    { ...notices, name: 'sign', method: 'POST', path: 'api/information/monthly-notices/:id/sign', permission: [P.monthlyNoticesSign], subject: MonthlyNoticeSubjects.sign, convention: 'change', request: SignMonthlyNotice.Request, body: SignMonthlyNotice.Body, params: ID, reply: MonthlyNoticeView, summary: '签发（此后不可更改；交文秘科登记发文、编号印发）；须带 If-Match', problems: [404, 422] },
    { ...notices, name: 'withdraw', method: 'POST', path: 'api/information/monthly-notices/:id/withdraw', permission: SECTION, subject: MonthlyNoticeSubjects.withdraw, convention: 'change', request: WithdrawMonthlyNotice.Request, body: WithdrawMonthlyNotice.Body, params: ID, reply: MonthlyNoticeView, summary: '撤回（签发前，须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
