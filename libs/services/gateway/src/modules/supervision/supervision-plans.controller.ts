import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import { DecideSupervisionPlan, FileSupervisionPlan, GetSupervisionPlan, ListSupervisionPlans, RefileSupervisionPlan, SupervisionPlanSubjects, SupervisionPlanView } from '@gov/contracts-supervision';
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
const READERS = [P.supervisionPlansRead, P.supervisionPlansManage, P.supervisionPlansFileOwn] as const;

/** 督查活动计划备案, owned by supervision. */
@ApiTags('督查活动计划备案')
@Controller('api/supervision-plans')
export class SupervisionPlansController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(...READERS)
  @ApiOperation({ summary: '督查活动计划列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位报送的计划。' })
  @ApiOkResponse({ type: ListSupervisionPlans.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListSupervisionPlans.Reply> {
    return this.rpc.call(SERVICE, SupervisionPlanSubjects.list, await validatePayload(ListSupervisionPlans.Request, query), caller);
  }

  @Get(':id')
  @Permission(...READERS)
  @ApiOperation({ summary: '督查活动计划详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: SupervisionPlanView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionPlanView> {
    return withEtag(reply, await this.rpc.call<SupervisionPlanView>(SERVICE, SupervisionPlanSubjects.get, await validatePayload(GetSupervisionPlan.Request, { id }), caller));
  }

  @Post()
  @Permission(P.supervisionPlansFileOwn, P.supervisionPlansManage)
  @ApiOperation({ summary: '报送督查活动计划备案（联络员为本单位；督查室代为登记须指明单位）' })
  @ApiCreateOnce({ body: FileSupervisionPlan.Request, answer: SupervisionPlanView, problems: [422] })
  async file(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionPlanView> {
    const request = await validatePayload(FileSupervisionPlan.Request, body);
    return createOnce<SupervisionPlanView>(this, SERVICE, 'POST /api/supervision-plans', SupervisionPlanSubjects.file, request, body, key, caller, reply);
  }

  @Put(':id')
  @Permission(P.supervisionPlansFileOwn, P.supervisionPlansManage)
  @ApiOperation({ summary: '修改被退回的计划并重新报送；须带 If-Match' })
  @ApiVersionedChange({ body: RefileSupervisionPlan.Body, answer: SupervisionPlanView, problems: [404, 422] })
  async refile(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionPlanView> {
    return changeVersioned(this.rpc, SERVICE, SupervisionPlanSubjects.refile, RefileSupervisionPlan.Request, id, await validatePayload(RefileSupervisionPlan.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Permission(P.supervisionPlansManage)
  @ApiOperation({ summary: '同意备案；须带 If-Match' })
  @ApiVersionedChange({ body: DecideSupervisionPlan.Body, answer: SupervisionPlanView, problems: [404, 422] })
  async approve(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionPlanView> {
    return changeVersioned(this.rpc, SERVICE, SupervisionPlanSubjects.approve, DecideSupervisionPlan.Request, id, await validatePayload(DecideSupervisionPlan.Body, body ?? {}), ifMatch, caller, reply);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Permission(P.supervisionPlansManage)
  @ApiOperation({ summary: '退回（须说明理由）；须带 If-Match' })
  @ApiVersionedChange({ body: DecideSupervisionPlan.Body, answer: SupervisionPlanView, problems: [404, 422] })
  async returnPlan(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionPlanView> {
    return changeVersioned(this.rpc, SERVICE, SupervisionPlanSubjects.return, DecideSupervisionPlan.Request, id, await validatePayload(DecideSupervisionPlan.Body, body ?? {}), ifMatch, caller, reply);
  }
}
