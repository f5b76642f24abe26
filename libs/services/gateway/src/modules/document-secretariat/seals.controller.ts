import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  ApplySeal,
  CreateSeal,
  DecideSealRequest,
  GetSeal,
  GetSealRequest,
  ListSealRequests,
  ListSeals,
  ListSealUses,
  RequestSealUse,
  RetireSeal,
  SealRequestView,
  SealSubjects,
  SealView,
} from '@gov/contracts-document-secretariat';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { etagOf, expectedVersion } from '../../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_SECRETARIAT } from './documents-core.controller.js';

const IF_MATCH = { name: 'If-Match', required: true, description: '读取时返回的 ETag，如 W/"1"' };
const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）' };
const SEAL_PARTIES = [Permissions.sealsRequest, Permissions.sealsApprove, Permissions.sealsManage] as const;

/** 印鉴: the seal registry, use requests and their approval, and the use log (document-secretariat). */
@ApiTags('印鉴管理')
@Controller('api/documents')
export class SealsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get('seals')
  @Permission(...SEAL_PARTIES)
  @ApiOperation({ summary: '印章登记簿' })
  @ApiOkResponse({ type: ListSeals.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListSeals.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, SealSubjects.list, await validatePayload(ListSeals.Request, query), caller);
  }

  @Post('seals')
  @Permission(Permissions.sealsManage)
  @ApiOperation({ summary: '登记印章（文秘科）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateSeal.Request })
  @ApiCreatedResponse({ type: SealView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 409)
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealView> {
    const request = await validatePayload(CreateSeal.Request, body);
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/documents/seals', body, 201, () => this.rpc.call<SealView>(DOCUMENT_SECRETARIAT, SealSubjects.create, request, caller));
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    reply.header('etag', etagOf(answer.body.version));
    return answer.body;
  }

  @Get('seals/:id')
  @Permission(...SEAL_PARTIES)
  @ApiOperation({ summary: '印章详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: SealView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealView> {
    const seal = await this.rpc.call<SealView>(DOCUMENT_SECRETARIAT, SealSubjects.get, await validatePayload(GetSeal.Request, { id }), caller);
    reply.header('etag', etagOf(seal.version));
    return seal;
  }

  @Post('seals/:id/retire')
  @HttpCode(200)
  @Permission(Permissions.sealsManage)
  @ApiOperation({ summary: '停用印章（不删除，须写明原因）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: RetireSeal.Body })
  @ApiOkResponse({ type: SealView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async retire(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealView> {
    const request = await validatePayload(RetireSeal.Request, { ...((body ?? {}) as object), id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) });
    const seal = await this.rpc.call<SealView>(DOCUMENT_SECRETARIAT, SealSubjects.retire, request, caller);
    reply.header('etag', etagOf(seal.version));
    return seal;
  }

  @Get('seal-requests')
  @Permission(...SEAL_PARTIES)
  @ApiOperation({ summary: '用印申请列表（申请人看本人的，审批人和保管人看全部）' })
  @ApiOkResponse({ type: ListSealRequests.Reply })
  @ApiServiceProblems()
  async requests(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListSealRequests.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, SealSubjects.listRequests, await validatePayload(ListSealRequests.Request, query), caller);
  }

  @Post('seal-requests')
  @Permission(Permissions.sealsRequest)
  @ApiOperation({ summary: '申请用印（可关联发文）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: RequestSealUse.Request })
  @ApiCreatedResponse({ type: SealRequestView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 422)
  async request(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealRequestView> {
    const request = await validatePayload(RequestSealUse.Request, body);
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/documents/seal-requests', body, 201, () =>
      this.rpc.call<SealRequestView>(DOCUMENT_SECRETARIAT, SealSubjects.request, request, caller),
    );
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    reply.header('etag', etagOf(answer.body.version));
    return answer.body;
  }

  @Get('seal-requests/:id')
  @Permission(...SEAL_PARTIES)
  @ApiOperation({ summary: '用印申请详情（含用印记录；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: SealRequestView })
  @ApiServiceProblems(404)
  async getRequest(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealRequestView> {
    const view = await this.rpc.call<SealRequestView>(DOCUMENT_SECRETARIAT, SealSubjects.getRequest, await validatePayload(GetSealRequest.Request, { id }), caller);
    reply.header('etag', etagOf(view.version));
    return view;
  }

  @Post('seal-requests/:id/decision')
  @HttpCode(200)
  @Permission(Permissions.sealsApprove)
  @ApiOperation({ summary: '审批用印申请（批准或驳回，驳回须写明理由）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: DecideSealRequest.Body })
  @ApiOkResponse({ type: SealRequestView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async decide(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealRequestView> {
    return this.change(DecideSealRequest.Request, SealSubjects.decide, id, body, ifMatch, caller, reply);
  }

  @Post('seal-requests/:id/uses')
  @HttpCode(200)
  @Permission(Permissions.sealsManage)
  @ApiOperation({ summary: '用印（登记用印记录；未经批准不能用印）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ApplySeal.Body })
  @ApiOkResponse({ type: SealRequestView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async apply(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealRequestView> {
    return this.change(ApplySeal.Request, SealSubjects.apply, id, body, ifMatch, caller, reply);
  }

  @Get('seal-uses')
  @Permission(Permissions.sealsManage, Permissions.sealsApprove)
  @ApiOperation({ summary: '用印登记簿（谁、何时、用哪枚印章、几次、为何文件）' })
  @ApiOkResponse({ type: ListSealUses.Reply })
  @ApiServiceProblems()
  async uses(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListSealUses.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, SealSubjects.listUses, await validatePayload(ListSealUses.Request, query), caller);
  }

  private async change(type: new () => object, subject: string, id: string, body: unknown, ifMatch: string | undefined, caller: CallerContext, reply: FastifyReply): Promise<SealRequestView> {
    const request = await validatePayload(type, { ...((body ?? {}) as object), id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) });
    const view = await this.rpc.call<SealRequestView>(DOCUMENT_SECRETARIAT, subject, request, caller);
    reply.header('etag', etagOf(view.version));
    return view;
  }
}
