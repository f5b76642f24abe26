import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  AssignOpinion,
  CreateOpinion,
  CreateOpinionRule,
  GetOpinion,
  ListOpinionRules,
  ListOpinions,
  OpinionRuleView,
  OpinionStatistics,
  OpinionSubjects,
  OpinionView,
  RespondOpinion,
  ReviewOpinion,
} from '@gov/contracts-duty-and-meetings';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { changeVersioned, createOnce, IDEMPOTENCY_KEY, IF_MATCH, SERVICE, withEtag } from './schedule-http.js';

const P = Permissions;

/** 政务舆情: collect, assign to the responsible unit with a deadline, the unit's response, review, statistics per unit. */
@ApiTags('政务舆情')
@Controller('api/opinion')
export class OpinionController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get('items')
  @Permission(P.opinionRead, P.opinionManage, P.opinionRespond)
  @ApiOperation({ summary: '舆情列表（联络员只看交办本单位的）' })
  @ApiOkResponse({ type: ListOpinions.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListOpinions.Reply> {
    return this.rpc.call(SERVICE, OpinionSubjects.list, await validatePayload(ListOpinions.Request, query), caller);
  }

  @Get('items/:id')
  @Permission(P.opinionRead, P.opinionManage, P.opinionRespond)
  @ApiOperation({ summary: '舆情详情（回应期限及其计算说明）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: OpinionView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    return withEtag(reply, await this.rpc.call<OpinionView>(SERVICE, OpinionSubjects.get, await validatePayload(GetOpinion.Request, { id }), caller));
  }

  @Post('items')
  @Permission(P.opinionManage)
  @ApiOperation({ summary: '登记舆情（来源、等级、摘要）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateOpinion.Request })
  @ApiCreatedResponse({ type: OpinionView })
  @ApiBodyProblems()
  @ApiServiceProblems()
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    const request = await validatePayload(CreateOpinion.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/opinion/items', OpinionSubjects.create, request, body, key, caller, reply);
  }

  @Post('items/:id/assign')
  @HttpCode(200)
  @Permission(P.opinionManage)
  @ApiOperation({ summary: '交办责任单位（按等级规则计算回应期限；须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: AssignOpinion.Body })
  @ApiOkResponse({ type: OpinionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async assign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    const fields = await validatePayload(AssignOpinion.Body, body);
    return changeVersioned(this.rpc, OpinionSubjects.assign, AssignOpinion.Request, id, fields, ifMatch, caller, reply);
  }

  @Post('items/:id/response')
  @HttpCode(200)
  @Permission(P.opinionRespond, P.opinionManage)
  @ApiOperation({ summary: '责任单位回应（联络员只能回应本单位的；须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: RespondOpinion.Body })
  @ApiOkResponse({ type: OpinionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async respond(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    const fields = await validatePayload(RespondOpinion.Body, body);
    return changeVersioned(this.rpc, OpinionSubjects.respond, RespondOpinion.Request, id, fields, ifMatch, caller, reply);
  }

  @Post('items/:id/review')
  @HttpCode(200)
  @Permission(P.opinionManage)
  @ApiOperation({ summary: '审核回应：通过或退回（综合科；须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReviewOpinion.Body })
  @ApiOkResponse({ type: OpinionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async review(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    const fields = await validatePayload(ReviewOpinion.Body, body);
    return changeVersioned(this.rpc, OpinionSubjects.review, ReviewOpinion.Request, id, fields, ifMatch, caller, reply);
  }

  @Get('statistics')
  @Permission(P.opinionRead, P.opinionManage)
  @ApiOperation({ summary: '各责任单位舆情回应统计（件数、按期、超期、平均回应用时）' })
  @ApiOkResponse({ type: OpinionStatistics.Reply })
  @ApiServiceProblems()
  async statistics(@Query() query: unknown, @Caller() caller: CallerContext): Promise<OpinionStatistics.Reply> {
    return this.rpc.call(SERVICE, OpinionSubjects.statistics, await validatePayload(OpinionStatistics.Request, query), caller);
  }

  @Get('rules')
  @Permission(P.opinionRead, P.opinionManage)
  @ApiOperation({ summary: '舆情回应时限规则（按等级，含生效日期和依据）' })
  @ApiOkResponse({ type: ListOpinionRules.Reply })
  @ApiServiceProblems()
  async rules(@Caller() caller: CallerContext): Promise<ListOpinionRules.Reply> {
    return this.rpc.call(SERVICE, OpinionSubjects.rules, {}, caller);
  }

  @Post('rules')
  @Permission(P.dutyApprove)
  @ApiOperation({ summary: '新增舆情回应时限规则版本（综合科科长）' })
  @ApiBody({ type: CreateOpinionRule.Request })
  @ApiCreatedResponse({ type: OpinionRuleView })
  @ApiBodyProblems()
  @ApiServiceProblems(409)
  async createRule(@Body() body: unknown, @Caller() caller: CallerContext): Promise<OpinionRuleView> {
    return this.rpc.call(SERVICE, OpinionSubjects.createRule, await validatePayload(CreateOpinionRule.Request, body), caller);
  }
}
