import { CreateGuide, GetGuide, GuideDetail, GuideSubjects, ListGuides, ReviseGuide, WithdrawGuide, DisclosurePermissions as P } from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.guidesRead, P.guidesManage, P.guidesOwn] as const;
const WRITERS = [P.guidesManage, P.guidesOwn] as const;

const guides = { tag: '政府信息公开指南', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 政府信息公开指南 and its versions (第十二条), owned by disclosure. */
export const guidesRoutes: Record<string, RouteTable> = {
  DisclosureGuidesController: [
    { ...guides, name: 'list', method: 'GET', path: 'api/disclosure/guides', permission: READERS, subject: GuideSubjects.list, convention: 'read', request: ListGuides.Request, query: ListGuides.Request, reply: ListGuides.Reply, summary: '政府信息公开指南列表（现行版本）', description: '单位联络员只能看到本单位的指南。' },
    { ...guides, name: 'get', method: 'GET', path: 'api/disclosure/guides/:id', permission: READERS, subject: GuideSubjects.get, convention: 'record-read', request: GetGuide.Request, params: id, reply: GuideDetail, summary: '政府信息公开指南及其全部版本（ETag 为版本号）', problems: [404] },
    { ...guides, name: 'create', method: 'POST', path: 'api/disclosure/guides', permission: WRITERS, subject: GuideSubjects.create, convention: 'create', request: CreateGuide.Request, reply: GuideDetail, summary: '登记政府信息公开指南（第 1 版）；须带 Idempotency-Key', problems: [403, 422] },
    { ...guides, name: 'revise', method: 'POST', path: 'api/disclosure/guides/:id/revise', permission: WRITERS, subject: GuideSubjects.revise, convention: 'change', request: ReviseGuide.Request, body: ReviseGuide.Body, params: id, reply: GuideDetail, summary: '修订政府信息公开指南：新增一个版本（施行日期晚于现行版本，须写修订说明）；须带 If-Match', problems: [403, 404, 422] },
    { ...guides, name: 'withdraw', method: 'POST', path: 'api/disclosure/guides/:id/withdraw', permission: WRITERS, subject: GuideSubjects.withdraw, convention: 'change', request: WithdrawGuide.Request, body: WithdrawGuide.Body, params: id, reply: GuideDetail, summary: '废止政府信息公开指南（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
