import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import { DecideSupervisionPlan, FileSupervisionPlan, GetSupervisionPlan, ListSupervisionPlans, RefileSupervisionPlan, SupervisionPlanSubjects, SupervisionPlanView } from '@gov/contracts-supervision';
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
nameContractSchemas({ DecideSupervisionPlan, FileSupervisionPlan, GetSupervisionPlan, ListSupervisionPlans, RefileSupervisionPlan });

const SERVICE = 'supervision';
const IF_MATCH = { name: 'If-Match', required: true, description: '读取计划时返回的 ETag，如 W/"3"' };
const P = Permissions;
const READERS = [P.supervisionPlansRead, P.supervisionPlansManage, P.supervisionPlansFileOwn] as const;

/** 督查活动计划备案, owned by supervision. */
@ApiTags('督查活动计划备案')
@Controller('api/supervision-plans')
export class SupervisionPlansController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）' })
  @ApiBody({ type: FileSupervisionPlan.Request })
  @ApiCreatedResponse({ type: SupervisionPlanView })
  @ApiBodyProblems()
  @ApiServiceProblems(422)
  async file(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionPlanView> {
    const request = await validatePayload(FileSupervisionPlan.Request, body);
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/supervision-plans', body, 201, () =>
      this.rpc.call<SupervisionPlanView>(SERVICE, SupervisionPlanSubjects.file, request, caller),
    );
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    return withEtag(reply, answer.body);
  }

  @Put(':id')
  @Permission(P.supervisionPlansFileOwn, P.supervisionPlansManage)
  @ApiOperation({ summary: '修改被退回的计划并重新报送；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: RefileSupervisionPlan.Body })
  @ApiOkResponse({ type: SupervisionPlanView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async refile(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionPlanView> {
    return this.change(SupervisionPlanSubjects.refile, id, await validatePayload(RefileSupervisionPlan.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Permission(P.supervisionPlansManage)
  @ApiOperation({ summary: '同意备案；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: DecideSupervisionPlan.Body })
  @ApiOkResponse({ type: SupervisionPlanView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async approve(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionPlanView> {
    return this.change(SupervisionPlanSubjects.approve, id, await validatePayload(DecideSupervisionPlan.Body, body ?? {}), ifMatch, caller, reply);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Permission(P.supervisionPlansManage)
  @ApiOperation({ summary: '退回（须说明理由）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: DecideSupervisionPlan.Body })
  @ApiOkResponse({ type: SupervisionPlanView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async returnPlan(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionPlanView> {
    return this.change(SupervisionPlanSubjects.return, id, await validatePayload(DecideSupervisionPlan.Body, body ?? {}), ifMatch, caller, reply);
  }

  private async change(subject: string, id: string, fields: object, ifMatch: string | undefined, caller: CallerContext, reply: FastifyReply): Promise<SupervisionPlanView> {
    const request = { ...fields, id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) };
    return withEtag(reply, await this.rpc.call<SupervisionPlanView>(SERVICE, subject, request, caller));
  }
}

function withEtag(reply: FastifyReply, view: SupervisionPlanView): SupervisionPlanView {
  reply.header('etag', etagOf(view.version));
  return view;
}
