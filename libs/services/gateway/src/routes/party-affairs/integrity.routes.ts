import {
  AdvanceClue,
  ClueSubjects,
  ClueView,
  CompleteResponsibilityItem,
  CreateClue,
  CreateResponsibility,
  CreateTalk,
  GetClue,
  GetResponsibility,
  GetTalk,
  ListClues,
  ListIntegrity,
  ListTalks,
  ResponsibilitySubjects,
  ResponsibilityView,
  ResponsibilityYear,
  TalkSubjects,
  TalkView,
  UpdateResponsibility,
  WithdrawResponsibility,
  WithdrawTalk,
  PartyAffairsPermissions as P,
} from '@gov/contracts-party-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.integrityRead, P.integrityManage, P.integrityOwn] as const;
const COMPLETERS = [P.integrityManage, P.integrityOwn] as const;
const TALK_READERS = [P.integrityRead, P.integrityManage, P.integrityConfidentialRead] as const;
const CONFIDENTIAL_READERS = [P.integrityConfidentialRead] as const;
const CONFIDENTIAL_WRITERS = [P.integrityConfidentialManage] as const;

const integrity = { tag: '党风廉政', service: 'party-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 纪检监察 / 党风廉政 (责任清单, 谈话提醒, 问题线索), owned by party-affairs. */
export const integrityRoutes: Record<string, RouteTable> = {
  PartyAffairsIntegrityController: [
    { ...integrity, name: 'list', method: 'GET', path: 'api/party-affairs/integrity', permission: READERS, subject: ResponsibilitySubjects.list, convention: 'read', request: ListIntegrity.Request, query: ListIntegrity.Request, reply: ListIntegrity.Reply, summary: '全面从严治党主体责任清单列表（按年度、党组织）', description: '单位联络员只能看到本单位党支部的清单。' },
    { ...integrity, name: 'year', method: 'GET', path: 'api/party-affairs/integrity-year', permission: READERS, subject: ResponsibilitySubjects.year, convention: 'read', request: ResponsibilityYear.Request, query: ResponsibilityYear.Request, reply: ResponsibilityYear.Reply, summary: '责任清单年度视图（各清单与全年完成率、逾期条目）', description: '单位联络员只能看到本单位党支部的清单。', problems: [400] },
    { ...integrity, name: 'get', method: 'GET', path: 'api/party-affairs/integrity/:id', permission: READERS, subject: ResponsibilitySubjects.get, convention: 'record-read', request: GetResponsibility.Request, params: id, reply: ResponsibilityView, summary: '责任清单详情（ETag 为版本号）', problems: [404] },
    { ...integrity, name: 'create', method: 'POST', path: 'api/party-affairs/integrity', permission: [P.integrityManage], subject: ResponsibilitySubjects.create, convention: 'create', request: CreateResponsibility.Request, reply: ResponsibilityView, summary: '制定年度责任清单（每个党组织每年一份）；须带 Idempotency-Key', problems: [409, 422] },
    { ...integrity, name: 'update', method: 'PUT', path: 'api/party-affairs/integrity/:id', permission: [P.integrityManage], subject: ResponsibilitySubjects.update, convention: 'change', request: UpdateResponsibility.Request, body: UpdateResponsibility.Body, params: id, reply: ResponsibilityView, summary: '修改责任清单（保留已登记的完成情况）；须带 If-Match', problems: [404, 409, 422] },
    { ...integrity, name: 'complete', method: 'POST', path: 'api/party-affairs/integrity/:id/complete', permission: COMPLETERS, subject: ResponsibilitySubjects.complete, convention: 'change', request: CompleteResponsibilityItem.Request, body: CompleteResponsibilityItem.Body, params: id, reply: ResponsibilityView, summary: '登记责任条目完成情况（完成日期、佐证）；须带 If-Match', problems: [404, 422] },
    { ...integrity, name: 'withdraw', method: 'POST', path: 'api/party-affairs/integrity/:id/withdraw', permission: [P.integrityManage], subject: ResponsibilitySubjects.withdraw, convention: 'change', request: WithdrawResponsibility.Request, body: WithdrawResponsibility.Body, params: id, reply: ResponsibilityView, summary: '撤回责任清单（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
  PartyAffairsTalksController: [
    { ...integrity, name: 'list', method: 'GET', path: 'api/party-affairs/integrity-talks', permission: TALK_READERS, subject: TalkSubjects.list, convention: 'read', request: ListTalks.Request, query: ListTalks.Request, reply: ListTalks.Reply, summary: '谈话提醒列表', description: '无保密权限者只见谈话类别、日期与谈话人，不见谈话对象与记录。' },
    { ...integrity, name: 'get', method: 'GET', path: 'api/party-affairs/integrity-talks/:id', permission: TALK_READERS, subject: TalkSubjects.get, convention: 'record-read', request: GetTalk.Request, params: id, reply: TalkView, summary: '谈话记录详情（无保密权限者不见对象与记录）', problems: [404] },
    { ...integrity, name: 'create', method: 'POST', path: 'api/party-affairs/integrity-talks', permission: CONFIDENTIAL_WRITERS, subject: TalkSubjects.create, convention: 'create', request: CreateTalk.Request, reply: TalkView, summary: '登记谈话（提醒谈话、诫勉谈话、廉政谈话）；须带 Idempotency-Key', problems: [422] },
    { ...integrity, name: 'withdraw', method: 'POST', path: 'api/party-affairs/integrity-talks/:id/withdraw', permission: CONFIDENTIAL_WRITERS, subject: TalkSubjects.withdraw, convention: 'change', request: WithdrawTalk.Request, body: WithdrawTalk.Body, params: id, reply: TalkView, summary: '撤回谈话记录（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
  PartyAffairsCluesController: [
    { ...integrity, name: 'list', method: 'GET', path: 'api/party-affairs/integrity-clues', permission: CONFIDENTIAL_READERS, subject: ClueSubjects.list, convention: 'read', request: ListClues.Request, query: ListClues.Request, reply: ListClues.Reply, summary: '问题线索列表（保密；每次查阅记入审计）', description: '仅纪检委员（保密权限）可见，且不高于本人涉密等级。' },
    { ...integrity, name: 'get', method: 'GET', path: 'api/party-affairs/integrity-clues/:id', permission: CONFIDENTIAL_READERS, subject: ClueSubjects.get, convention: 'record-read', request: GetClue.Request, params: id, reply: ClueView, summary: '问题线索详情（保密；每次查阅记入审计）', problems: [404] },
    { ...integrity, name: 'create', method: 'POST', path: 'api/party-affairs/integrity-clues', permission: CONFIDENTIAL_WRITERS, subject: ClueSubjects.create, convention: 'create', request: CreateClue.Request, reply: ClueView, summary: '登记问题线索；须带 Idempotency-Key', problems: [422] },
    { ...integrity, name: 'advance', method: 'POST', path: 'api/party-affairs/integrity-clues/:id/steps', permission: CONFIDENTIAL_WRITERS, subject: ClueSubjects.advance, convention: 'change', request: AdvanceClue.Request, body: AdvanceClue.Body, params: id, reply: ClueView, summary: '办理问题线索：初核、处置（了结、谈话函询、初步核实、立案移送）、办结；须带 If-Match', problems: [404, 422] },
  ],
};
