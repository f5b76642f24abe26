import {
  AcceptProject,
  CreateProject,
  EvaluateProject,
  GetProject,
  ListProjects,
  ProjectDetail,
  ProjectSubjects,
  ResubmitProject,
  ReviewProject,
  SuperviseProject,
  UpdateProject,
  WithdrawProject,
  DisclosurePermissions as P,
} from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.projectsRead, P.projectsManage, P.projectsOwn] as const;
const WRITERS = [P.projectsManage, P.projectsOwn] as const;
const SECTION = [P.projectsManage] as const;

const projects = { tag: '信息化项目', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 政务信息化 / 智慧城市 / 政务数据项目 (审核 → 实施监督 → 验收 → 绩效评估), owned by disclosure. */
export const projectsRoutes: Record<string, RouteTable> = {
  DisclosureProjectsController: [
    { ...projects, name: 'list', method: 'GET', path: 'api/disclosure/projects', permission: READERS, subject: ProjectSubjects.list, convention: 'read', request: ListProjects.Request, query: ListProjects.Request, reply: ListProjects.Reply, summary: '信息化项目列表（分页、按状态和类别筛选、中文模糊搜索、只看逾期未验收）', description: '单位联络员只能看到本单位的项目。' },
    { ...projects, name: 'get', method: 'GET', path: 'api/disclosure/projects/:id', permission: READERS, subject: ProjectSubjects.get, convention: 'record-read', request: GetProject.Request, params: id, reply: ProjectDetail, summary: '信息化项目详情及办理过程（ETag 为版本号）', problems: [404] },
    { ...projects, name: 'create', method: 'POST', path: 'api/disclosure/projects', permission: WRITERS, subject: ProjectSubjects.create, convention: 'create', request: CreateProject.Request, reply: ProjectDetail, summary: '申报信息化项目（联络员为本单位），进入待审核；须带 Idempotency-Key', problems: [403, 422] },
    { ...projects, name: 'update', method: 'PUT', path: 'api/disclosure/projects/:id', permission: WRITERS, subject: ProjectSubjects.update, convention: 'change', request: UpdateProject.Request, body: UpdateProject.Body, params: id, reply: ProjectDetail, summary: '修改待审核或已退回的信息化项目；须带 If-Match', problems: [403, 404, 422] },
    { ...projects, name: 'resubmit', method: 'POST', path: 'api/disclosure/projects/:id/resubmit', permission: WRITERS, subject: ProjectSubjects.resubmit, convention: 'change', request: ResubmitProject.Request, body: ResubmitProject.Body, params: id, reply: ProjectDetail, summary: '退回修改后重新报送审核；须带 If-Match', problems: [403, 404, 422] },
    { ...projects, name: 'review', method: 'POST', path: 'api/disclosure/projects/:id/review', permission: SECTION, subject: ProjectSubjects.review, convention: 'change', request: ReviewProject.Request, body: ReviewProject.Body, params: id, reply: ProjectDetail, summary: '审核信息化项目：通过进入实施，或退回修改（须说明理由）；须带 If-Match', problems: [403, 404, 422] },
    { ...projects, name: 'supervise', method: 'POST', path: 'api/disclosure/projects/:id/supervise', permission: SECTION, subject: ProjectSubjects.supervise, convention: 'change', request: SuperviseProject.Request, body: SuperviseProject.Body, params: id, reply: ProjectDetail, summary: '登记实施监督记录（进展、发现的问题、形象进度）；须带 If-Match', problems: [403, 404, 422] },
    { ...projects, name: 'accept', method: 'POST', path: 'api/disclosure/projects/:id/accept', permission: SECTION, subject: ProjectSubjects.accept, convention: 'change', request: AcceptProject.Request, body: AcceptProject.Body, params: id, reply: ProjectDetail, summary: '登记验收（日期、结论、验收专家；不通过须说明整改要求）；须带 If-Match', problems: [403, 404, 422] },
    { ...projects, name: 'evaluate', method: 'POST', path: 'api/disclosure/projects/:id/evaluate', permission: SECTION, subject: ProjectSubjects.evaluate, convention: 'change', request: EvaluateProject.Request, body: EvaluateProject.Body, params: id, reply: ProjectDetail, summary: '登记绩效评价（得分按分档定等级：优、良、中、差）；须带 If-Match', problems: [403, 404, 422] },
    { ...projects, name: 'withdraw', method: 'POST', path: 'api/disclosure/projects/:id/withdraw', permission: WRITERS, subject: ProjectSubjects.withdraw, convention: 'change', request: WithdrawProject.Request, body: WithdrawProject.Body, params: id, reply: ProjectDetail, summary: '撤回信息化项目（须说明理由，不删除；实施中的由大数据科撤回）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
