import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
import { etagOf } from '../../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_READERS, DOCUMENT_SECRETARIAT } from './documents-core.controller.js';
import { changeVersioned, IF_MATCH } from './incoming.controller.js';

/** 请示 from units: 提交 → 拟办意见 → 领导决定 → 批复. */
@ApiTags('公文：单位请示')
@Controller('api/documents/requests')
export class UnitRequestsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）' })
  @ApiBody({ type: SubmitUnitRequest.Request })
  @ApiCreatedResponse({ type: UnitRequestView })
  @ApiBodyProblems()
  @ApiServiceProblems(403)
  async submit(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitRequestView> {
    const request = await validatePayload(SubmitUnitRequest.Request, body);
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/documents/requests', body, 201, () =>
      this.rpc.call<UnitRequestView>(DOCUMENT_SECRETARIAT, UnitRequestSubjects.submit, request, caller),
    );
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    reply.header('etag', etagOf(answer.body.version));
    return answer.body;
  }

  @Get(':id')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '请示详情（含领导决定和批复）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UnitRequestView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRequestView> {
    const answer = await this.rpc.call<UnitRequestView>(DOCUMENT_SECRETARIAT, UnitRequestSubjects.get, await validatePayload(GetUnitRequest.Request, { id }), caller);
    reply.header('etag', etagOf(answer.version));
    return answer;
  }

  @Post(':id/propose')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '拟办意见' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ProposeUnitRequest.Body })
  @ApiOkResponse({ type: UnitRequestView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async propose(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRequestView> {
    return changeVersioned(this.rpc, UnitRequestSubjects.propose, id, await validatePayload(ProposeUnitRequest.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/decide')
  @HttpCode(200)
  @Permission(Permissions.documentsInstruct)
  @ApiOperation({ summary: '领导决定（同意、不同意、其他意见）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: DecideUnitRequest.Body })
  @ApiOkResponse({ type: UnitRequestView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async decide(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRequestView> {
    return changeVersioned(this.rpc, UnitRequestSubjects.decide, id, await validatePayload(DecideUnitRequest.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/reply')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '批复（与请示关联，可填批复文号或对应发文）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReplyUnitRequest.Body })
  @ApiOkResponse({ type: UnitRequestView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async reply(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRequestView> {
    return changeVersioned(this.rpc, UnitRequestSubjects.reply, id, await validatePayload(ReplyUnitRequest.Body, body), ifMatch, caller, reply);
  }
}
