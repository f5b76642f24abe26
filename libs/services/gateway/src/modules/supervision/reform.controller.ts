import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import {
  CloseReformTask,
  CreateReformTask,
  GetReformInspection,
  GetReformProblem,
  GetReformTask,
  ListReformEvaluations,
  ListReformProblems,
  ListReformTasks,
  RecordReformEvaluation,
  RecordReformInspection,
  ReformEvaluationView,
  ReformInspectionView,
  ReformProblemView,
  ReformSubjects,
  ReformTaskView,
  SubmitRectification,
  VerifyRectification,
} from '@gov/contracts-supervision';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { etagOf, expectedVersion } from '../../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { nameContractSchemas } from './schema-names.js';

// The many `Request`/`Reply`/`Body` classes get their namespace's name in the OpenAPI document.
nameContractSchemas({ CloseReformTask, CreateReformTask, GetReformInspection, GetReformProblem, GetReformTask, ListReformEvaluations, ListReformProblems, ListReformTasks, RecordReformEvaluation, RecordReformInspection, SubmitRectification, VerifyRectification });

const SERVICE = 'supervision';
const IF_MATCH = { name: 'If-Match', required: true, description: '读取记录时返回的 ETag，如 W/"3"' };
const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）' };
const P = Permissions;
const READERS = [P.reformRead, P.reformManage, P.reformHandleOwn] as const;

/** 放管服/“一次办好”改革台账, owned by supervision. */
@ApiTags('改革台账')
@Controller('api/reform')
export class ReformController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get('tasks')
  @Permission(...READERS)
  @ApiOperation({ summary: '改革任务列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位牵头或配合的任务。' })
  @ApiOkResponse({ type: ListReformTasks.Reply })
  @ApiServiceProblems()
  async listTasks(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListReformTasks.Reply> {
    return this.rpc.call(SERVICE, ReformSubjects.listTasks, await validatePayload(ListReformTasks.Request, query), caller);
  }

  @Get('tasks/:id')
  @Permission(...READERS)
  @ApiOperation({ summary: '改革任务详情（完成期限含计算过程；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ReformTaskView })
  @ApiServiceProblems(404)
  async getTask(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformTaskView> {
    return withEtag(reply, await this.rpc.call<ReformTaskView>(SERVICE, ReformSubjects.getTask, await validatePayload(GetReformTask.Request, { id }), caller));
  }

  @Post('tasks')
  @Permission(P.reformManage)
  @ApiOperation({ summary: '登记改革任务（牵头单位、配合单位，完成期限按期限引擎计算）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateReformTask.Request })
  @ApiCreatedResponse({ type: ReformTaskView })
  @ApiBodyProblems()
  @ApiServiceProblems()
  async createTask(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformTaskView> {
    const request = await validatePayload(CreateReformTask.Request, body);
    return withEtag(reply, await this.created(reply, key, caller, 'POST /api/reform/tasks', body, () => this.rpc.call<ReformTaskView>(SERVICE, ReformSubjects.createTask, request, caller)));
  }

  @Post('tasks/:id/close')
  @HttpCode(200)
  @Permission(P.reformManage)
  @ApiOperation({ summary: '办结或撤销改革任务（不删除，记录说明）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: CloseReformTask.Body })
  @ApiOkResponse({ type: ReformTaskView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async closeTask(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformTaskView> {
    const fields = await validatePayload(CloseReformTask.Body, body);
    const request = { ...fields, id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) };
    return withEtag(reply, await this.rpc.call<ReformTaskView>(SERVICE, ReformSubjects.closeTask, request, caller));
  }

  @Post('inspections')
  @Permission(P.reformManage)
  @ApiOperation({ summary: '登记督导检查及发现的问题（每个问题的整改期限按期限引擎计算）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: RecordReformInspection.Request })
  @ApiCreatedResponse({ type: ReformInspectionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404)
  async recordInspection(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformInspectionView> {
    const request = await validatePayload(RecordReformInspection.Request, body);
    return this.created(reply, key, caller, 'POST /api/reform/inspections', body, () => this.rpc.call<ReformInspectionView>(SERVICE, ReformSubjects.recordInspection, request, caller));
  }

  @Get('inspections/:id')
  @Permission(...READERS)
  @ApiOperation({ summary: '督导检查详情（联络员只看到本单位的问题）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ReformInspectionView })
  @ApiServiceProblems(404)
  async getInspection(@Param('id') id: string, @Caller() caller: CallerContext): Promise<ReformInspectionView> {
    return this.rpc.call(SERVICE, ReformSubjects.getInspection, await validatePayload(GetReformInspection.Request, { id }), caller);
  }

  @Get('problems')
  @Permission(...READERS)
  @ApiOperation({ summary: '问题整改列表（按整改期限排序）' })
  @ApiOkResponse({ type: ListReformProblems.Reply })
  @ApiServiceProblems()
  async listProblems(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListReformProblems.Reply> {
    return this.rpc.call(SERVICE, ReformSubjects.listProblems, await validatePayload(ListReformProblems.Request, query), caller);
  }

  @Get('problems/:id')
  @Permission(...READERS)
  @ApiOperation({ summary: '问题详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ReformProblemView })
  @ApiServiceProblems(404)
  async getProblem(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformProblemView> {
    return withEtag(reply, await this.rpc.call<ReformProblemView>(SERVICE, ReformSubjects.getProblem, await validatePayload(GetReformProblem.Request, { id }), caller));
  }

  @Post('problems/:id/rectification')
  @HttpCode(200)
  @Permission(P.reformHandleOwn, P.reformManage)
  @ApiOperation({ summary: '报送整改情况（责任单位）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: SubmitRectification.Body })
  @ApiOkResponse({ type: ReformProblemView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async submitRectification(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformProblemView> {
    return this.changeProblem(ReformSubjects.submitRectification, id, await validatePayload(SubmitRectification.Body, body), ifMatch, caller, reply);
  }

  @Post('problems/:id/verification')
  @HttpCode(200)
  @Permission(P.reformManage)
  @ApiOperation({ summary: '验收整改（通过销号或退回重新整改）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: VerifyRectification.Body })
  @ApiOkResponse({ type: ReformProblemView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async verifyRectification(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformProblemView> {
    return this.changeProblem(ReformSubjects.verifyRectification, id, await validatePayload(VerifyRectification.Body, body), ifMatch, caller, reply);
  }

  @Post('evaluations')
  @Permission(P.reformManage)
  @ApiOperation({ summary: '登记第三方评估（评估机构、日期、得分、发现）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: RecordReformEvaluation.Request })
  @ApiCreatedResponse({ type: ReformEvaluationView })
  @ApiBodyProblems()
  @ApiServiceProblems(404)
  async recordEvaluation(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformEvaluationView> {
    const request = await validatePayload(RecordReformEvaluation.Request, body);
    return this.created(reply, key, caller, 'POST /api/reform/evaluations', body, () => this.rpc.call<ReformEvaluationView>(SERVICE, ReformSubjects.recordEvaluation, request, caller));
  }

  @Get('evaluations')
  @Permission(...READERS)
  @ApiOperation({ summary: '第三方评估记录列表' })
  @ApiOkResponse({ type: ListReformEvaluations.Reply })
  @ApiServiceProblems()
  async listEvaluations(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListReformEvaluations.Reply> {
    return this.rpc.call(SERVICE, ReformSubjects.listEvaluations, await validatePayload(ListReformEvaluations.Request, query), caller);
  }

  private async changeProblem(subject: string, id: string, fields: object, ifMatch: string | undefined, caller: CallerContext, reply: FastifyReply): Promise<ReformProblemView> {
    const request = { ...fields, id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) };
    return withEtag(reply, await this.rpc.call<ReformProblemView>(SERVICE, subject, request, caller));
  }

  private async created<T>(reply: FastifyReply, key: string | undefined, caller: CallerContext, route: string, body: unknown, work: () => Promise<T>): Promise<T> {
    const answer = await this.idempotency.run(caller.userId, key, route, body, 201, work);
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    return answer.body;
  }
}

function withEtag<T extends { version: number }>(reply: FastifyReply, view: T): T {
  reply.header('etag', etagOf(view.version));
  return view;
}
