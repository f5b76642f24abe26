import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  CreateDraftingTask,
  CreateResearchTopic,
  DraftingSubjects,
  DraftingTaskView,
  GetDraftingTask,
  GetResearchPlan,
  GetResearchTopic,
  ListDraftingTasks,
  ResearchTopicView,
  ReviewDraftingTask,
  SaveDraftingBody,
  TransitionDraftingTask,
  UpdateDraftingTask,
  UpdateResearchTopic,
} from '@gov/contracts-document-secretariat';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { numberParam, uuidParam } from '../../http/params.js';
import { changeVersioned, createOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_SECRETARIAT } from './common.js';

/** Who works on texts: 秘书一科/二科 (drafting:write), leaders who review or finalize (documents:instruct), readers of documents. */
const DRAFTING_READERS = [Permissions.documentsRead, Permissions.draftingWrite, Permissions.documentsInstruct] as const;
const DRAFTING_HANDLERS = [Permissions.draftingWrite, Permissions.documentsInstruct] as const;

/**
 * 文稿起草 and the yearly 调研计划 (document-secretariat). Body versions and their line diff are served by the core routes
 * `GET /api/documents/versions/drafting/:id`, `…/:versionNo` and `…/diff?from=&to=`; the history by
 * `GET /api/documents/timeline/drafting/:id`.
 */
@ApiTags('文稿起草与调研计划')
@Controller('api/drafting')
export class DraftingController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('tasks')
  @Permission(...DRAFTING_READERS)
  @ApiOperation({ summary: '文稿列表（按年度、类型、科室、状态、是否逾期筛选，标题模糊搜索）' })
  @ApiOkResponse({ type: ListDraftingTasks.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDraftingTasks.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, DraftingSubjects.list, await validatePayload(ListDraftingTasks.Request, query), caller);
  }

  @Post('tasks')
  @Permission(Permissions.draftingWrite)
  @ApiOperation({ summary: '布置起草任务（讲话稿、政府工作报告、新闻发布稿、调研报告等）', description: '期限可指定日期，或给出工作日数由期限计算引擎计算（附计算过程）。' })
  @ApiCreateOnce({ body: CreateDraftingTask.Request, answer: DraftingTaskView, problems: [403, 404, 409] })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DraftingTaskView> {
    const request = await validatePayload(CreateDraftingTask.Request, body);
    return createOnce<DraftingTaskView>(this, DOCUMENT_SECRETARIAT, 'POST /api/drafting/tasks', DraftingSubjects.create, request, body, key, caller, reply);
  }

  @Get('tasks/:id')
  @Permission(...DRAFTING_READERS)
  @ApiOperation({ summary: '文稿详情：期限及计算过程、最新版本、各版本的审核意见（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DraftingTaskView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DraftingTaskView> {
    return withEtag(reply, await this.rpc.call<DraftingTaskView>(DOCUMENT_SECRETARIAT, DraftingSubjects.get, await validatePayload(GetDraftingTask.Request, { id }), caller));
  }

  @Patch('tasks/:id')
  @Permission(...DRAFTING_HANDLERS)
  @ApiOperation({ summary: '修改标题、审核人或完成期限（调整期限须说明理由）；须带 If-Match' })
  @ApiVersionedChange({ body: UpdateDraftingTask.Body, answer: DraftingTaskView, problems: [403, 404, 422] })
  async update(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DraftingTaskView> {
    const fields = await validatePayload(UpdateDraftingTask.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, DraftingSubjects.update, UpdateDraftingTask.Request, id, fields, ifMatch, caller, reply);
  }

  @Post('tasks/:id/body')
  @HttpCode(200)
  @Permission(...DRAFTING_HANDLERS)
  @ApiOperation({ summary: '保存正文（每次保存为新版本，保留 SHA-256、作者和时间）；须带 If-Match', description: '起草中、修改中可保存；送审和呈送期间正文锁定。' })
  @ApiVersionedChange({ body: SaveDraftingBody.Body, answer: DraftingTaskView, problems: [403, 404, 422] })
  async saveBody(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DraftingTaskView> {
    const fields = await validatePayload(SaveDraftingBody.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, DraftingSubjects.saveBody, SaveDraftingBody.Request, id, fields, ifMatch, caller, reply);
  }

  @Post('tasks/:id/transitions')
  @HttpCode(200)
  @Permission(...DRAFTING_HANDLERS)
  @ApiOperation({
    summary: '办理一步：送审、退回修改、呈送领导、领导退回修改、定稿、撤销；须带 If-Match',
    description: '呈送领导前，每位审核人须已同意最新版本；不允许的步骤返回 422 并说明当前状态。',
  })
  @ApiVersionedChange({ body: TransitionDraftingTask.Body, answer: DraftingTaskView, problems: [403, 404, 422] })
  async transition(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DraftingTaskView> {
    const fields = await validatePayload(TransitionDraftingTask.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, DraftingSubjects.transition, TransitionDraftingTask.Request, id, fields, ifMatch, caller, reply);
  }

  @Post('tasks/:id/reviews')
  @Permission(...DRAFTING_HANDLERS)
  @ApiOperation({ summary: '审核人对最新版本提出审核意见（同意/需修改）', description: '每位审核人对每一版只能提出一次意见；意见一经提出不可修改。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreateOnce({ body: ReviewDraftingTask.Body, answer: DraftingTaskView, problems: [403, 404, 409, 422] })
  async review(@Param('id') id: string, @Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DraftingTaskView> {
    const fields = await validatePayload(ReviewDraftingTask.Body, body);
    const request = await validatePayload(ReviewDraftingTask.Request, { ...fields, id: await uuidParam(id) });
    return createOnce<DraftingTaskView>(this, DOCUMENT_SECRETARIAT, `POST /api/drafting/tasks/${id}/reviews`, DraftingSubjects.review, request, body, key, caller, reply);
  }

  @Get('research-plans/:year')
  @Permission(...DRAFTING_READERS)
  @ApiOperation({ summary: '年度调研计划：各课题的牵头领导、科室、责任人、计划季度、状态和调研报告' })
  @ApiParam({ name: 'year', type: Number })
  @ApiOkResponse({ type: GetResearchPlan.Reply })
  @ApiServiceProblems()
  async plan(@Param('year') year: string, @Query('section') section: string | undefined, @Caller() caller: CallerContext): Promise<GetResearchPlan.Reply> {
    const request = await validatePayload(GetResearchPlan.Request, { year: numberParam(year), ...(section !== undefined ? { section } : {}) });
    return this.rpc.call(DOCUMENT_SECRETARIAT, DraftingSubjects.plan, request, caller);
  }

  @Post('research-topics')
  @Permission(Permissions.draftingWrite)
  @ApiOperation({ summary: '将调研课题列入年度调研计划' })
  @ApiCreateOnce({ body: CreateResearchTopic.Request, answer: ResearchTopicView, problems: [403, 409] })
  async createTopic(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ResearchTopicView> {
    const request = await validatePayload(CreateResearchTopic.Request, body);
    return createOnce<ResearchTopicView>(this, DOCUMENT_SECRETARIAT, 'POST /api/drafting/research-topics', DraftingSubjects.createTopic, request, body, key, caller, reply);
  }

  @Get('research-topics/:id')
  @Permission(...DRAFTING_READERS)
  @ApiOperation({ summary: '调研课题详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ResearchTopicView })
  @ApiServiceProblems(404)
  async getTopic(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ResearchTopicView> {
    return withEtag(reply, await this.rpc.call<ResearchTopicView>(DOCUMENT_SECRETARIAT, DraftingSubjects.getTopic, await validatePayload(GetResearchTopic.Request, { id }), caller));
  }

  @Patch('research-topics/:id')
  @Permission(Permissions.draftingWrite)
  @ApiOperation({ summary: '调整调研课题：状态、季度、责任人、关联调研报告（完成时须已关联）；须带 If-Match' })
  @ApiVersionedChange({ body: UpdateResearchTopic.Body, answer: ResearchTopicView, problems: [403, 404, 422] })
  async updateTopic(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ResearchTopicView> {
    const fields = await validatePayload(UpdateResearchTopic.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, DraftingSubjects.updateTopic, UpdateResearchTopic.Request, id, fields, ifMatch, caller, reply);
  }
}
