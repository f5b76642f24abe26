import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  ConfidentialDeliverySubjects,
  ConfidentialDeliveryView,
  CreateConfidentialDelivery,
  GetConfidentialDelivery,
  ListConfidentialDeliveries,
  ReceiveConfidentialDelivery,
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

/** 机要递送 log: classified copies (份号) handed to a courier, signed for by the receiver. */
@ApiTags('公文：机要递送')
@Controller('api/documents/confidential-deliveries')
export class ConfidentialDeliveriesController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '机要递送登记簿（按涉密等级可见）' })
  @ApiOkResponse({ type: ListConfidentialDeliveries.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListConfidentialDeliveries.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, ConfidentialDeliverySubjects.list, await validatePayload(ListConfidentialDeliveries.Request, query), caller);
  }

  @Post()
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '登记机要递送（公文、份号、接收方、机要交通员、发出时间）' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）' })
  @ApiBody({ type: CreateConfidentialDelivery.Request })
  @ApiCreatedResponse({ type: ConfidentialDeliveryView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 422)
  async create(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConfidentialDeliveryView> {
    const request = await validatePayload(CreateConfidentialDelivery.Request, body);
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/documents/confidential-deliveries', body, 201, () =>
      this.rpc.call<ConfidentialDeliveryView>(DOCUMENT_SECRETARIAT, ConfidentialDeliverySubjects.create, request, caller),
    );
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    reply.header('etag', etagOf(answer.body.version));
    return answer.body;
  }

  @Get(':id')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '机要递送记录详情' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ConfidentialDeliveryView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConfidentialDeliveryView> {
    const answer = await this.rpc.call<ConfidentialDeliveryView>(DOCUMENT_SECRETARIAT, ConfidentialDeliverySubjects.get, await validatePayload(GetConfidentialDelivery.Request, { id }), caller);
    reply.header('etag', etagOf(answer.version));
    return answer;
  }

  @Post(':id/receive')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess, Permissions.documentsHandleOwn)
  @ApiOperation({ summary: '签收（接收人签名和时间）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReceiveConfidentialDelivery.Body })
  @ApiOkResponse({ type: ConfidentialDeliveryView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async receive(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConfidentialDeliveryView> {
    return changeVersioned(this.rpc, ConfidentialDeliverySubjects.receive, id, await validatePayload(ReceiveConfidentialDelivery.Body, body), ifMatch, caller, reply);
  }
}
