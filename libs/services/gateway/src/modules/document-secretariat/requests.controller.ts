import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  DecideUnitRequest,
  GetUnitRequest,
  ListUnitRequests,
  ProposeUnitRequest,
  ReplyUnitRequest,
  SubmitUnitRequest,
  UnitRequestSubjects,
  UnitRequestView,
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

/** 请示 from units: 提交 → 拟办意见 → 领导决定 → 批复. */
@ApiTags('公文：单位请示')
@Controller('api/documents/requests')
export class UnitRequestsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '请示列表（联络员只看到本单位的）' })
  @ApiOkResponse({ type: ListUnitRequests.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListUnitRequests.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, UnitRequestSubjects.list, await validatePayload(ListUnitRequests.Request, query), caller);
  }

  @Post()
  @Permission(Permissions.documentsHandleOwn, Permissions.documentsProcess)
  @ApiOperation({ summary: '提交请示（联络员以本单位名义）或登记纸质请示（文秘科）' })
  @ApiCreateOnce({ body: SubmitUnitRequest.Request, answer: UnitRequestView, problems: [403] })
  async submit(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRequestView> {
    const request = await validatePayload(SubmitUnitRequest.Request, body);
    return createOnce<UnitRequestView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/requests', UnitRequestSubjects.submit, request, body, key, caller, reply);
  }

  @Get(':id')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '请示详情（含领导决定和批复）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UnitRequestView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRequestView> {
    return withEtag(reply, await this.rpc.call<UnitRequestView>(DOCUMENT_SECRETARIAT, UnitRequestSubjects.get, await validatePayload(GetUnitRequest.Request, { id }), caller));
  }

  @Post(':id/propose')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '拟办意见' })
  @ApiVersionedChange({ body: ProposeUnitRequest.Body, answer: UnitRequestView, problems: [403, 404, 422] })
  async propose(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRequestView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, UnitRequestSubjects.propose, ProposeUnitRequest.Request, id, await validatePayload(ProposeUnitRequest.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/decide')
  @HttpCode(200)
  @Permission(Permissions.documentsInstruct)
  @ApiOperation({ summary: '领导决定（同意、不同意、其他意见）' })
  @ApiVersionedChange({ body: DecideUnitRequest.Body, answer: UnitRequestView, problems: [403, 404, 422] })
  async decide(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRequestView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, UnitRequestSubjects.decide, DecideUnitRequest.Request, id, await validatePayload(DecideUnitRequest.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/reply')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '批复（与请示关联，可填批复文号或对应发文）' })
  @ApiVersionedChange({ body: ReplyUnitRequest.Body, answer: UnitRequestView, problems: [403, 404, 422] })
  async reply(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRequestView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, UnitRequestSubjects.reply, ReplyUnitRequest.Request, id, await validatePayload(ReplyUnitRequest.Body, body), ifMatch, caller, reply);
  }
}
