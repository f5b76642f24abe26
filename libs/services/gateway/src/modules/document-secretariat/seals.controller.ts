import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { changeVersioned, createOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_SECRETARIAT } from './common.js';

const SEAL_PARTIES = [Permissions.sealsRequest, Permissions.sealsApprove, Permissions.sealsManage] as const;

/** 印鉴: the seal registry, use requests and their approval, and the use log (document-secretariat). */
@ApiTags('印鉴管理')
@Controller('api/documents')
export class SealsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
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
  @ApiCreateOnce({ body: CreateSeal.Request, answer: SealView, problems: [403, 409] })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealView> {
    const request = await validatePayload(CreateSeal.Request, body);
    return createOnce<SealView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/seals', SealSubjects.create, request, body, key, caller, reply);
  }

  @Get('seals/:id')
  @Permission(...SEAL_PARTIES)
  @ApiOperation({ summary: '印章详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: SealView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealView> {
    return withEtag(reply, await this.rpc.call<SealView>(DOCUMENT_SECRETARIAT, SealSubjects.get, await validatePayload(GetSeal.Request, { id }), caller));
  }

  @Post('seals/:id/retire')
  @HttpCode(200)
  @Permission(Permissions.sealsManage)
  @ApiOperation({ summary: '停用印章（不删除，须写明原因）' })
  @ApiVersionedChange({ body: RetireSeal.Body, answer: SealView, problems: [403, 404, 422] })
  async retire(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, SealSubjects.retire, RetireSeal.Request, id, { ...(body as object) }, ifMatch, caller, reply);
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
  @ApiCreateOnce({ body: RequestSealUse.Request, answer: SealRequestView, problems: [403, 404, 422] })
  async request(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealRequestView> {
    const request = await validatePayload(RequestSealUse.Request, body);
    return createOnce<SealRequestView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/seal-requests', SealSubjects.request, request, body, key, caller, reply);
  }

  @Get('seal-requests/:id')
  @Permission(...SEAL_PARTIES)
  @ApiOperation({ summary: '用印申请详情（含用印记录；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: SealRequestView })
  @ApiServiceProblems(404)
  async getRequest(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealRequestView> {
    return withEtag(reply, await this.rpc.call<SealRequestView>(DOCUMENT_SECRETARIAT, SealSubjects.getRequest, await validatePayload(GetSealRequest.Request, { id }), caller));
  }

  @Post('seal-requests/:id/decision')
  @HttpCode(200)
  @Permission(Permissions.sealsApprove)
  @ApiOperation({ summary: '审批用印申请（批准或驳回，驳回须写明理由）' })
  @ApiVersionedChange({ body: DecideSealRequest.Body, answer: SealRequestView, problems: [403, 404, 422] })
  async decide(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealRequestView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, SealSubjects.decide, DecideSealRequest.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post('seal-requests/:id/uses')
  @HttpCode(200)
  @Permission(Permissions.sealsManage)
  @ApiOperation({ summary: '用印（登记用印记录；未经批准不能用印）' })
  @ApiVersionedChange({ body: ApplySeal.Body, answer: SealRequestView, problems: [403, 404, 422] })
  async apply(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SealRequestView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, SealSubjects.apply, ApplySeal.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Get('seal-uses')
  @Permission(Permissions.sealsManage, Permissions.sealsApprove)
  @ApiOperation({ summary: '用印登记簿（谁、何时、用哪枚印章、几次、为何文件）' })
  @ApiOkResponse({ type: ListSealUses.Reply })
  @ApiServiceProblems()
  async uses(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListSealUses.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, SealSubjects.listUses, await validatePayload(ListSealUses.Request, query), caller);
  }
}
