import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { changeVersioned, createOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';

const SERVICE = 'supervision';
const P = Permissions;
const READERS = [P.reformRead, P.reformManage, P.reformHandleOwn] as const;

/** 放管服/“一次办好”改革台账, owned by supervision. */
@ApiTags('改革台账')
@Controller('api/reform')
export class ReformController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
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
  @ApiCreateOnce({ body: CreateReformTask.Request, answer: ReformTaskView })
  async createTask(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformTaskView> {
    const request = await validatePayload(CreateReformTask.Request, body);
    return createOnce<ReformTaskView>(this, SERVICE, 'POST /api/reform/tasks', ReformSubjects.createTask, request, body, key, caller, reply);
  }

  @Post('tasks/:id/close')
  @HttpCode(200)
  @Permission(P.reformManage)
  @ApiOperation({ summary: '办结或撤销改革任务（不删除，记录说明）；须带 If-Match' })
  @ApiVersionedChange({ body: CloseReformTask.Body, answer: ReformTaskView, problems: [404, 422] })
  async closeTask(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformTaskView> {
    const fields = await validatePayload(CloseReformTask.Body, body);
    return changeVersioned(this.rpc, SERVICE, ReformSubjects.closeTask, CloseReformTask.Request, id, fields, ifMatch, caller, reply);
  }

  @Post('inspections')
  @Permission(P.reformManage)
  @ApiOperation({ summary: '登记督导检查及发现的问题（每个问题的整改期限按期限引擎计算）' })
  @ApiCreateOnce({ body: RecordReformInspection.Request, answer: ReformInspectionView, problems: [404] })
  async recordInspection(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformInspectionView> {
    const request = await validatePayload(RecordReformInspection.Request, body);
    return createOnce<ReformInspectionView>(this, SERVICE, 'POST /api/reform/inspections', ReformSubjects.recordInspection, request, body, key, caller, reply);
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
  @ApiVersionedChange({ body: SubmitRectification.Body, answer: ReformProblemView, problems: [404, 422] })
  async submitRectification(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformProblemView> {
    return changeVersioned(this.rpc, SERVICE, ReformSubjects.submitRectification, SubmitRectification.Request, id, await validatePayload(SubmitRectification.Body, body), ifMatch, caller, reply);
  }

  @Post('problems/:id/verification')
  @HttpCode(200)
  @Permission(P.reformManage)
  @ApiOperation({ summary: '验收整改（通过销号或退回重新整改）；须带 If-Match' })
  @ApiVersionedChange({ body: VerifyRectification.Body, answer: ReformProblemView, problems: [404, 422] })
  async verifyRectification(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformProblemView> {
    return changeVersioned(this.rpc, SERVICE, ReformSubjects.verifyRectification, VerifyRectification.Request, id, await validatePayload(VerifyRectification.Body, body), ifMatch, caller, reply);
  }

  @Post('evaluations')
  @Permission(P.reformManage)
  @ApiOperation({ summary: '登记第三方评估（评估机构、日期、得分、发现）' })
  @ApiCreateOnce({ body: RecordReformEvaluation.Request, answer: ReformEvaluationView, problems: [404] })
  async recordEvaluation(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReformEvaluationView> {
    const request = await validatePayload(RecordReformEvaluation.Request, body);
    return createOnce<ReformEvaluationView>(this, SERVICE, 'POST /api/reform/evaluations', ReformSubjects.recordEvaluation, request, body, key, caller, reply);
  }

  @Get('evaluations')
  @Permission(...READERS)
  @ApiOperation({ summary: '第三方评估记录列表' })
  @ApiOkResponse({ type: ListReformEvaluations.Reply })
  @ApiServiceProblems()
  async listEvaluations(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListReformEvaluations.Reply> {
    return this.rpc.call(SERVICE, ReformSubjects.listEvaluations, await validatePayload(ListReformEvaluations.Request, query), caller);
  }
}
