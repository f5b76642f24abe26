import {
  CreatePairing,
  GetPairing,
  ListPairings,
  PairingSubjects,
  PairingView,
  RecordPairingHelp,
  RecordPairingOutcome,
  RecordPairingVisit,
  UpdatePairing,
  WithdrawPairing,
  PartyAffairsPermissions as P,
} from '@gov/contracts-party-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.pairingsRead, P.pairingsManage, P.pairingsOwn] as const;
const WRITERS = [P.pairingsManage, P.pairingsOwn] as const;

const pairings = { tag: '结对帮扶', service: 'party-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 结对帮扶, owned by party-affairs. */
export const pairingsRoutes: Record<string, RouteTable> = {
  PartyAffairsPairingsController: [
    { ...pairings, name: 'list', method: 'GET', path: 'api/party-affairs/pairings', permission: READERS, subject: PairingSubjects.list, convention: 'read', request: ListPairings.Request, query: ListPairings.Request, reply: ListPairings.Reply, summary: '结对帮扶列表（含年度目标与完成对照）', description: '单位联络员只能看到本单位党支部的结对。' },
    { ...pairings, name: 'get', method: 'GET', path: 'api/party-affairs/pairings/:id', permission: READERS, subject: PairingSubjects.get, convention: 'record-read', request: GetPairing.Request, params: id, reply: PairingView, summary: '结对帮扶详情（ETag 为版本号）', problems: [404] },
    { ...pairings, name: 'create', method: 'POST', path: 'api/party-affairs/pairings', permission: WRITERS, subject: PairingSubjects.create, convention: 'create', request: CreatePairing.Request, reply: PairingView, summary: '登记结对帮扶（联络员为本单位党支部）；须带 Idempotency-Key', problems: [422] },
    { ...pairings, name: 'update', method: 'PUT', path: 'api/party-affairs/pairings/:id', permission: WRITERS, subject: PairingSubjects.update, convention: 'change', request: UpdatePairing.Request, body: UpdatePairing.Body, params: id, reply: PairingView, summary: '修改结对帮扶；须带 If-Match', problems: [404, 422] },
    { ...pairings, name: 'visit', method: 'POST', path: 'api/party-affairs/pairings/:id/visits', permission: WRITERS, subject: PairingSubjects.visit, convention: 'change', request: RecordPairingVisit.Request, body: RecordPairingVisit.Body, params: id, reply: PairingView, summary: '登记走访（日期、参加人员、内容）；须带 If-Match', problems: [404, 422] },
    { ...pairings, name: 'help', method: 'POST', path: 'api/party-affairs/pairings/:id/help', permission: WRITERS, subject: PairingSubjects.help, convention: 'change', request: RecordPairingHelp.Request, body: RecordPairingHelp.Body, params: id, reply: PairingView, summary: '登记帮扶（资金、物资、项目、其他，价值以分计）；须带 If-Match', problems: [404, 422] },
    { ...pairings, name: 'outcome', method: 'POST', path: 'api/party-affairs/pairings/:id/outcomes', permission: WRITERS, subject: PairingSubjects.outcome, convention: 'change', request: RecordPairingOutcome.Request, body: RecordPairingOutcome.Body, params: id, reply: PairingView, summary: '登记帮扶目标的成效；须带 If-Match', problems: [404, 422] },
    { ...pairings, name: 'withdraw', method: 'POST', path: 'api/party-affairs/pairings/:id/withdraw', permission: WRITERS, subject: PairingSubjects.withdraw, convention: 'change', request: WithdrawPairing.Request, body: WithdrawPairing.Body, params: id, reply: PairingView, summary: '撤回结对帮扶（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
