import { CreateDraftingTask, CreateResearchTopic, DraftingSubjects, DraftingTaskView, GetDraftingTask, GetResearchPlan, GetResearchTopic, ListDraftingTasks, ResearchTopicView, ReviewDraftingTask, SaveDraftingBody, TransitionDraftingTask, UpdateDraftingTask, UpdateResearchTopic, DocumentSecretariatPermissions as P } from '@gov/contracts-document-secretariat';
import type { RouteTable } from '../route-declaration.js';

const DRAFTING_READERS = [P.documentsRead, P.draftingWrite, P.documentsInstruct] as const;
const DRAFTING_HANDLERS = [P.draftingWrite, P.documentsInstruct] as const;

const drafting = { tag: '文稿起草与调研计划', service: 'document-secretariat' } as const;

/**
 * 文稿起草 and the yearly 调研计划 (document-secretariat). Body versions and their line diff are served by the core routes
 * `GET /api/documents/versions/drafting/:id`, `…/:versionNo` and `…/diff?from=&to=`; the history by
 * `GET /api/documents/timeline/drafting/:id`.
 */
export const draftingRoutes: Record<string, RouteTable> = {
  DraftingController: [
    { ...drafting, name: 'list', method: 'GET', path: 'api/drafting/tasks', permission: DRAFTING_READERS, subject: DraftingSubjects.list, convention: 'read', request: ListDraftingTasks.Request, query: ListDraftingTasks.Request, reply: ListDraftingTasks.Reply, summary: '文稿列表（按年度、类型、科室、状态、是否逾期筛选，标题模糊搜索）' },
    { ...drafting, name: 'create', method: 'POST', path: 'api/drafting/tasks', permission: [P.draftingWrite], subject: DraftingSubjects.create, convention: 'create', request: CreateDraftingTask.Request, reply: DraftingTaskView, summary: '布置起草任务（讲话稿、政府工作报告、新闻发布稿、调研报告等）', description: '期限可指定日期，或给出工作日数由期限计算引擎计算（附计算过程）。', problems: [403, 404, 409] },
    { ...drafting, name: 'get', method: 'GET', path: 'api/drafting/tasks/:id', permission: DRAFTING_READERS, subject: DraftingSubjects.get, convention: 'record-read', request: GetDraftingTask.Request, params: { id: { format: 'uuid' } }, reply: DraftingTaskView, summary: '文稿详情：期限及计算过程、最新版本、各版本的审核意见（ETag 为版本号）', problems: [404] },
    { ...drafting, name: 'update', method: 'PATCH', path: 'api/drafting/tasks/:id', permission: DRAFTING_HANDLERS, subject: DraftingSubjects.update, convention: 'change', request: UpdateDraftingTask.Request, body: UpdateDraftingTask.Body, params: { id: { format: 'uuid' } }, reply: DraftingTaskView, summary: '修改标题、审核人或完成期限（调整期限须说明理由）；须带 If-Match', problems: [403, 404, 422] },
    { ...drafting, name: 'saveBody', method: 'POST', path: 'api/drafting/tasks/:id/body', permission: DRAFTING_HANDLERS, subject: DraftingSubjects.saveBody, convention: 'change', request: SaveDraftingBody.Request, body: SaveDraftingBody.Body, params: { id: { format: 'uuid' } }, reply: DraftingTaskView, summary: '保存正文（每次保存为新版本，保留 SHA-256、作者和时间）；须带 If-Match', description: '起草中、修改中可保存；送审和呈送期间正文锁定。', problems: [403, 404, 422] },
    { ...drafting, name: 'transition', method: 'POST', path: 'api/drafting/tasks/:id/transitions', permission: DRAFTING_HANDLERS, subject: DraftingSubjects.transition, convention: 'change', request: TransitionDraftingTask.Request, body: TransitionDraftingTask.Body, params: { id: { format: 'uuid' } }, reply: DraftingTaskView, summary: '办理一步：送审、退回修改、呈送领导、领导退回修改、定稿、撤销；须带 If-Match', description: '呈送领导前，每位审核人须已同意最新版本；不允许的步骤返回 422 并说明当前状态。', problems: [403, 404, 422] },
    { ...drafting, name: 'review', method: 'POST', path: 'api/drafting/tasks/:id/reviews', permission: DRAFTING_HANDLERS, subject: DraftingSubjects.review, convention: 'create', request: ReviewDraftingTask.Request, body: ReviewDraftingTask.Body, params: { id: { format: 'uuid' } }, reply: DraftingTaskView, summary: '审核人对最新版本提出审核意见（同意/需修改）', description: '每位审核人对每一版只能提出一次意见；意见一经提出不可修改。', problems: [403, 404, 409, 422] },
    { ...drafting, name: 'plan', method: 'GET', path: 'api/drafting/research-plans/:year', permission: DRAFTING_READERS, subject: DraftingSubjects.plan, convention: 'read', request: GetResearchPlan.Request, query: GetResearchPlan.Request, params: { year: { type: 'integer' } }, reply: GetResearchPlan.Reply, summary: '年度调研计划：各课题的牵头领导、科室、责任人、计划季度、状态和调研报告' },
    { ...drafting, name: 'createTopic', method: 'POST', path: 'api/drafting/research-topics', permission: [P.draftingWrite], subject: DraftingSubjects.createTopic, convention: 'create', request: CreateResearchTopic.Request, reply: ResearchTopicView, summary: '将调研课题列入年度调研计划', problems: [403, 409] },
    { ...drafting, name: 'getTopic', method: 'GET', path: 'api/drafting/research-topics/:id', permission: DRAFTING_READERS, subject: DraftingSubjects.getTopic, convention: 'record-read', request: GetResearchTopic.Request, params: { id: { format: 'uuid' } }, reply: ResearchTopicView, summary: '调研课题详情（ETag 为版本号）', problems: [404] },
    { ...drafting, name: 'updateTopic', method: 'PATCH', path: 'api/drafting/research-topics/:id', permission: [P.draftingWrite], subject: DraftingSubjects.updateTopic, convention: 'change', request: UpdateResearchTopic.Request, body: UpdateResearchTopic.Body, params: { id: { format: 'uuid' } }, reply: ResearchTopicView, summary: '调整调研课题：状态、季度、责任人、关联调研报告（完成时须已关联）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
