import {
  CreateDataResource,
  DataResourceCatalogue,
  DataResourceDetail,
  DataResourceSubjects,
  GetDataResource,
  ListDataResources,
  ReviewDataResource,
  SubmitDataResource,
  UpdateDataResource,
  WithdrawDataResource,
  DisclosurePermissions as P,
} from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.dataResourcesRead, P.dataResourcesManage, P.dataResourcesOwn] as const;
const WRITERS = [P.dataResourcesManage, P.dataResourcesOwn] as const;
const SECTION = [P.dataResourcesManage] as const;
const CATALOGUE = [P.dataResourcesRead, P.dataResourcesManage] as const;

const dataResources = { tag: '数据资源目录', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 政务数据资源目录 (登记 → 报送 → 审核发布 / 退回; 撤销), owned by disclosure. */
export const dataResourcesRoutes: Record<string, RouteTable> = {
  DisclosureDataResourcesController: [
    { ...dataResources, name: 'list', method: 'GET', path: 'api/disclosure/data-resources', permission: READERS, subject: DataResourceSubjects.list, convention: 'read', request: ListDataResources.Request, query: ListDataResources.Request, reply: ListDataResources.Reply, summary: '数据资源列表（分页、按状态和提供单位筛选、名称或编码模糊搜索）', description: '单位联络员只能看到本单位的数据资源。' },
    { ...dataResources, name: 'catalogue', method: 'GET', path: 'api/disclosure/data-resource-catalogue', permission: CATALOGUE, subject: DataResourceSubjects.catalogue, convention: 'read', request: DataResourceCatalogue.Request, query: DataResourceCatalogue.Request, reply: DataResourceCatalogue.Reply, summary: '已发布的数据资源目录（按提供单位、共享类型、开放类型、分类筛选；按共享类型计数）' },
    { ...dataResources, name: 'get', method: 'GET', path: 'api/disclosure/data-resources/:id', permission: READERS, subject: DataResourceSubjects.get, convention: 'record-read', request: GetDataResource.Request, params: id, reply: DataResourceDetail, summary: '数据资源详情及各版本办理过程（ETag 为版本号）', problems: [404] },
    { ...dataResources, name: 'create', method: 'POST', path: 'api/disclosure/data-resources', permission: WRITERS, subject: DataResourceSubjects.create, convention: 'create', request: CreateDataResource.Request, reply: DataResourceDetail, summary: '登记数据资源（草稿；联络员为本单位）；须带 Idempotency-Key', problems: [403, 409, 422] },
    { ...dataResources, name: 'update', method: 'PUT', path: 'api/disclosure/data-resources/:id', permission: WRITERS, subject: DataResourceSubjects.update, convention: 'change', request: UpdateDataResource.Request, body: UpdateDataResource.Body, params: id, reply: DataResourceDetail, summary: '修改数据资源（形成新版本；已发布的修改后须重新报送审核）；须带 If-Match', problems: [403, 404, 409, 422] },
    { ...dataResources, name: 'submit', method: 'POST', path: 'api/disclosure/data-resources/:id/submit', permission: WRITERS, subject: DataResourceSubjects.submit, convention: 'change', request: SubmitDataResource.Request, body: SubmitDataResource.Body, params: id, reply: DataResourceDetail, summary: '报送数据资源审核；须带 If-Match', problems: [403, 404, 422] },
    { ...dataResources, name: 'review', method: 'POST', path: 'api/disclosure/data-resources/:id/review', permission: SECTION, subject: DataResourceSubjects.review, convention: 'change', request: ReviewDataResource.Request, body: ReviewDataResource.Body, params: id, reply: DataResourceDetail, summary: '审核数据资源：通过即发布到目录，或退回（须说明理由）；须带 If-Match', problems: [403, 404, 422] },
    { ...dataResources, name: 'withdraw', method: 'POST', path: 'api/disclosure/data-resources/:id/withdraw', permission: WRITERS, subject: DataResourceSubjects.withdraw, convention: 'change', request: WithdrawDataResource.Request, body: WithdrawDataResource.Body, params: id, reply: DataResourceDetail, summary: '撤销数据资源（须说明理由，不删除；已发布的由大数据科撤销）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
