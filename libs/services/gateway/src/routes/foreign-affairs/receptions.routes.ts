import {
  CreateReception,
  GetReception,
  ListReceptions,
  ReceptionSubjects,
  ReceptionView,
  ScheduleReception,
  SummarizeReception,
  UpdateReception,
  WithdrawReception,
  ForeignAffairsPermissions as P,
} from '@gov/contracts-foreign-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.receptionsRead, P.receptionsManage, P.receptionsOwn] as const;
const WRITERS = [P.receptionsManage, P.receptionsOwn] as const;

const receptions = { tag: '外宾接待', service: 'foreign-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 外宾接待, owned by foreign-affairs. */
export const receptionsRoutes: Record<string, RouteTable> = {
  ForeignAffairsReceptionsController: [
    { ...receptions, name: 'list', method: 'GET', path: 'api/foreign-affairs/receptions', permission: READERS, subject: ReceptionSubjects.list, convention: 'read', request: ListReceptions.Request, query: ListReceptions.Request, reply: ListReceptions.Reply, summary: '外宾接待列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位的记录。' },
    { ...receptions, name: 'get', method: 'GET', path: 'api/foreign-affairs/receptions/:id', permission: READERS, subject: ReceptionSubjects.get, convention: 'record-read', request: GetReception.Request, params: id, reply: ReceptionView, summary: '外宾接待详情（ETag 为版本号）', problems: [404] },
    { ...receptions, name: 'create', method: 'POST', path: 'api/foreign-affairs/receptions', permission: WRITERS, subject: ReceptionSubjects.create, convention: 'create', request: CreateReception.Request, reply: ReceptionView, summary: '登记外宾接待方案（日程、责任人、接待规格、礼品）；须带 Idempotency-Key', problems: [422] },
    { ...receptions, name: 'update', method: 'PUT', path: 'api/foreign-affairs/receptions/:id', permission: WRITERS, subject: ReceptionSubjects.update, convention: 'change', request: UpdateReception.Request, body: UpdateReception.Body, params: id, reply: ReceptionView, summary: '修改接待方案（已安排的同步更新领导日程）；须带 If-Match', problems: [404, 422] },
    { ...receptions, name: 'schedule', method: 'POST', path: 'api/foreign-affairs/receptions/:id/schedule', permission: WRITERS, subject: ReceptionSubjects.schedule, convention: 'change', request: ScheduleReception.Request, params: id, reply: ReceptionView, summary: '安排接待：列入陪同领导的日程；须带 If-Match', problems: [404, 422] },
    { ...receptions, name: 'summarize', method: 'POST', path: 'api/foreign-affairs/receptions/:id/summary', permission: WRITERS, subject: ReceptionSubjects.summarize, convention: 'change', request: SummarizeReception.Request, body: SummarizeReception.Body, params: id, reply: ReceptionView, summary: '填写接待总结（接待结束后）；须带 If-Match', problems: [404, 422] },
    { ...receptions, name: 'withdraw', method: 'POST', path: 'api/foreign-affairs/receptions/:id/withdraw', permission: WRITERS, subject: ReceptionSubjects.withdraw, convention: 'change', request: WithdrawReception.Request, body: WithdrawReception.Body, params: id, reply: ReceptionView, summary: '撤回外宾接待（须说明理由；已安排的从领导日程撤下）；须带 If-Match', problems: [404, 422] },
  ],
};
