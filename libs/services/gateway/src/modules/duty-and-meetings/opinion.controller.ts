import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { createUnversionedOnce, type RecordRouteDeps } from '../../http/record-routes.js';
import { ApiCreateOnce } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ask, changeRecord, createRecord, getRecord, RecordCreate, RecordStep, SERVICE } from './routes.js';

const P = Permissions;

/** 政务舆情: collect, assign to the responsible unit with a deadline, the unit's response, review, statistics per unit. */
@ApiTags('政务舆情')
@Controller('api/opinion')
export class OpinionController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('items')
  @Permission(P.opinionRead, P.opinionManage, P.opinionRespond)
  @ApiOperation({ summary: '舆情列表（联络员只看交办本单位的）' })
  @ApiOkResponse({ type: ListOpinions.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListOpinions.Reply> {
    return ask(this.rpc, OpinionSubjects.list, ListOpinions.Request, query, caller);
  }

  @Get('items/:id')
  @Permission(P.opinionRead, P.opinionManage, P.opinionRespond)
  @ApiOperation({ summary: '舆情详情（回应期限及其计算说明）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: OpinionView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    return getRecord(this.rpc, OpinionSubjects.get, GetOpinion.Request, id, caller, reply);
  }

  @RecordCreate('items', '登记舆情（来源、等级、摘要）', CreateOpinion.Request, OpinionView, [])
  @Permission(P.opinionManage)
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    return createRecord(this, 'POST /api/opinion/items', OpinionSubjects.create, CreateOpinion.Request, body, key, caller, reply);
  }

  @RecordStep('items/:id/assign', '交办责任单位（按等级规则计算回应期限；须带 If-Match）', OpinionView, AssignOpinion.Body, [404, 422])
  @Permission(P.opinionManage)
  async assign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    return changeRecord(this.rpc, OpinionSubjects.assign, AssignOpinion, id, body, ifMatch, caller, reply);
  }

  @RecordStep('items/:id/response', '责任单位回应（联络员只能回应本单位的；须带 If-Match）', OpinionView, RespondOpinion.Body, [404, 422])
  @Permission(P.opinionRespond, P.opinionManage)
  async respond(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    return changeRecord(this.rpc, OpinionSubjects.respond, RespondOpinion, id, body, ifMatch, caller, reply);
  }

  @RecordStep('items/:id/review', '审核回应：通过或退回（综合科；须带 If-Match）', OpinionView, ReviewOpinion.Body, [404, 422])
  @Permission(P.opinionManage)
  async review(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OpinionView> {
    return changeRecord(this.rpc, OpinionSubjects.review, ReviewOpinion, id, body, ifMatch, caller, reply);
  }

  @Get('statistics')
  @Permission(P.opinionRead, P.opinionManage)
  @ApiOperation({ summary: '各责任单位舆情回应统计（件数、按期、超期、平均回应用时）' })
  @ApiOkResponse({ type: OpinionStatistics.Reply })
  @ApiServiceProblems()
  async statistics(@Query() query: unknown, @Caller() caller: CallerContext): Promise<OpinionStatistics.Reply> {
    return ask(this.rpc, OpinionSubjects.statistics, OpinionStatistics.Request, query, caller);
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
  @ApiCreateOnce({ body: CreateOpinionRule.Request, answer: OpinionRuleView, problems: [409] })
  async createRule(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OpinionRuleView> {
    const request = await validatePayload(CreateOpinionRule.Request, body);
    return createUnversionedOnce(this, SERVICE, 'POST /api/opinion/rules', OpinionSubjects.createRule, request, body, key, caller, reply);
  }
}
