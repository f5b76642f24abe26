import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  ActOnRouting,
  ChaseIncoming,
  CompleteIncoming,
  DistributeIncoming,
  GetIncoming,
  IncomingSubjects,
  IncomingView,
  ListIncoming,
  ListMyRoutings,
  ProposeIncoming,
  RegisterIncoming,
  ReplyIncoming,
  ReviewIncoming,
  ROUTING_ACTIONS,
  RoutingSubjects,
  RoutingView,
  type RoutingAction,
} from '@gov/contracts-document-secretariat';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { changeVersioned, createOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_READERS, DOCUMENT_SECRETARIAT } from './common.js';

/** 收文: 签收登记 → 初审 → 拟办 → （批办：见领导批示）→ 分办/传阅 → 承办 → 催办 → 办结 → 答复; and the recipients' copies. */
@ApiTags('公文：收文办理')
@Controller('api/documents')
export class IncomingController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('incoming')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '收文一览（当前持有者、持有起始时间、到期日、是否逾期；按状态、持有者、逾期筛选）', description: '只列出本人涉密等级和职责范围内可见的收文。' })
  @ApiOkResponse({ type: ListIncoming.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListIncoming.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, IncomingSubjects.list, await validatePayload(ListIncoming.Request, query), caller);
  }

  @Post('incoming')
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '签收并登记收文', description: '自动编收文编号（如 收〔2026〕15号）；涉密公文须登记份号。带 Idempotency-Key 时重试返回第一次的结果。' })
  @ApiCreateOnce({ body: RegisterIncoming.Request, answer: IncomingView, problems: [403, 404] })
  async register(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<IncomingView> {
    const request = await validatePayload(RegisterIncoming.Request, body);
    return createOnce<IncomingView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/incoming', IncomingSubjects.register, request, body, key, caller, reply);
  }

  @Get('incoming/:id')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '收文详情（含分办、阅读回执、催办记录；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: IncomingView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<IncomingView> {
    return withEtag(reply, await this.rpc.call<IncomingView>(DOCUMENT_SECRETARIAT, IncomingSubjects.get, await validatePayload(GetIncoming.Request, { id }), caller));
  }

  @Post('incoming/:id/review')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '初审：受理，或退回来文单位（写明理由，流程结束）' })
  @ApiVersionedChange({ body: ReviewIncoming.Body, answer: IncomingView, problems: [403, 404, 422] })
  async review(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<IncomingView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, IncomingSubjects.review, ReviewIncoming.Request, id, await validatePayload(ReviewIncoming.Body, body), ifMatch, caller, reply);
  }

  @Post('incoming/:id/propose')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '拟办：提出拟办意见（可指定拟请批办的领导）' })
  @ApiVersionedChange({ body: ProposeIncoming.Body, answer: IncomingView, problems: [403, 404, 422] })
  async propose(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<IncomingView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, IncomingSubjects.propose, ProposeIncoming.Request, id, await validatePayload(ProposeIncoming.Body, body), ifMatch, caller, reply);
  }

  @Post('incoming/:id/distribute')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '分办：一个主办单位、若干协办单位，或传阅领导；承办时限按紧急程度由工作日历计算' })
  @ApiVersionedChange({ body: DistributeIncoming.Body, answer: IncomingView, problems: [403, 404, 422] })
  async distribute(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<IncomingView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, IncomingSubjects.distribute, DistributeIncoming.Request, id, await validatePayload(DistributeIncoming.Body, body), ifMatch, caller, reply);
  }

  @Post('incoming/:id/chase')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '催办（记录催办人、对象、时间和内容）' })
  @ApiVersionedChange({ body: ChaseIncoming.Body, answer: IncomingView, problems: [403, 404, 422] })
  async chase(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<IncomingView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, IncomingSubjects.chase, ChaseIncoming.Request, id, await validatePayload(ChaseIncoming.Body, body), ifMatch, caller, reply);
  }

  @Post('incoming/:id/complete')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '办结（写明办理结果）' })
  @ApiVersionedChange({ body: CompleteIncoming.Body, answer: IncomingView, problems: [403, 404, 422] })
  async complete(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<IncomingView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, IncomingSubjects.complete, CompleteIncoming.Request, id, await validatePayload(CompleteIncoming.Body, body), ifMatch, caller, reply);
  }

  @Post('incoming/:id/reply')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '答复来文单位（方式、内容、时间）' })
  @ApiVersionedChange({ body: ReplyIncoming.Body, answer: IncomingView, problems: [403, 404, 422] })
  async reply(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<IncomingView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, IncomingSubjects.reply, ReplyIncoming.Request, id, await validatePayload(ReplyIncoming.Body, body), ifMatch, caller, reply);
  }

  @Get('routings/mine')
  @Permission(...DOCUMENT_READERS, Permissions.documentsHandleOwn, Permissions.documentsInstruct)
  @ApiOperation({ summary: '我的待办分办件（联络员：本单位；领导：本人传阅件）' })
  @ApiOkResponse({ type: ListMyRoutings.Reply })
  @ApiServiceProblems()
  async mine(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListMyRoutings.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, RoutingSubjects.mine, await validatePayload(ListMyRoutings.Request, query), caller);
  }

  @Post('routings/:id/:action')
  @HttpCode(200)
  @Permission(Permissions.documentsHandleOwn, Permissions.documentsInstruct, Permissions.documentsProcess)
  @ApiOperation({ summary: '分办件签收（sign）、阅读回执（read）、报送进展（progress）、办结（done）', description: '联络员只能办理本单位的分办件；领导只能阅本人的传阅件。' })
  @ApiParam({ name: 'action', enum: ROUTING_ACTIONS })
  @ApiVersionedChange({ body: ActOnRouting.Body, answer: RoutingView, problems: [403, 404, 422] })
  async act(
    @Param('id') id: string,
    @Param('action') action: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RoutingView> {
    const fields = await validatePayload(ActOnRouting.Body, body ?? {});
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, RoutingSubjects.act, ActOnRouting.Request, id, { ...fields, action: action as RoutingAction }, ifMatch, caller, reply);
  }
}
