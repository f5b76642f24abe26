import {
  CreatePublication,
  GetPublication,
  ListPublications,
  PublicationSubjects,
  PublicationView,
  PublishPublication,
  ReviewPublication,
  UpdatePublication,
  WithdrawPublication,
  DisclosurePermissions as P,
} from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.publicationsRead, P.publicationsManage] as const;
const WRITERS = [P.publicationsManage] as const;

const publications = { tag: '主动公开', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 主动公开信息 and the 公开目录, owned by disclosure. */
export const publicationsRoutes: Record<string, RouteTable> = {
  DisclosurePublicationsController: [
    { ...publications, name: 'list', method: 'GET', path: 'api/disclosure/publications', permission: READERS, subject: PublicationSubjects.list, convention: 'read', request: ListPublications.Request, query: ListPublications.Request, reply: ListPublications.Reply, summary: '主动公开队列与公开目录（分页、按状态和类别筛选、中文模糊搜索、只看逾期）', description: '发文核发为主动公开的公文自动进入队列；期限为信息形成之日起 20 个工作日（第二十六条）。' },
    { ...publications, name: 'get', method: 'GET', path: 'api/disclosure/publications/:id', permission: READERS, subject: PublicationSubjects.get, convention: 'record-read', request: GetPublication.Request, params: id, reply: PublicationView, summary: '主动公开信息详情（ETag 为版本号）', problems: [404] },
    { ...publications, name: 'create', method: 'POST', path: 'api/disclosure/publications', permission: WRITERS, subject: PublicationSubjects.create, convention: 'create', request: CreatePublication.Request, reply: PublicationView, summary: '登记应主动公开的信息（发文以外的信息）；须带 Idempotency-Key', problems: [403, 422] },
    { ...publications, name: 'update', method: 'PUT', path: 'api/disclosure/publications/:id', permission: WRITERS, subject: PublicationSubjects.update, convention: 'change', request: UpdatePublication.Request, body: UpdatePublication.Body, params: id, reply: PublicationView, summary: '修改名称、摘要或公开目录类别（公开前）；须带 If-Match', problems: [403, 404, 422] },
    { ...publications, name: 'review', method: 'POST', path: 'api/disclosure/publications/:id/review', permission: WRITERS, subject: PublicationSubjects.review, convention: 'change', request: ReviewPublication.Request, body: ReviewPublication.Body, params: id, reply: PublicationView, summary: '公开前保密审查（第十七条）：可以公开或不予发布（须说明理由）；须带 If-Match', problems: [403, 404, 422] },
    { ...publications, name: 'publish', method: 'POST', path: 'api/disclosure/publications/:id/publish', permission: WRITERS, subject: PublicationSubjects.publish, convention: 'change', request: PublishPublication.Request, body: PublishPublication.Body, params: id, reply: PublicationView, summary: '列入公开目录并公开，编索引号；须带 If-Match', problems: [403, 404, 422] },
    { ...publications, name: 'withdraw', method: 'POST', path: 'api/disclosure/publications/:id/withdraw', permission: WRITERS, subject: PublicationSubjects.withdraw, convention: 'change', request: WithdrawPublication.Request, body: WithdrawPublication.Body, params: id, reply: PublicationView, summary: '撤回主动公开信息（已公开的从目录撤下，须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
