import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { changeVersioned, createOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_READERS, DOCUMENT_SECRETARIAT } from './common.js';

/** 机要递送 log: classified copies (份号) handed to a courier, signed for by the receiver. */
@ApiTags('公文：机要递送')
@Controller('api/documents/confidential-deliveries')
export class ConfidentialDeliveriesController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
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
  @ApiCreateOnce({ body: CreateConfidentialDelivery.Request, answer: ConfidentialDeliveryView, problems: [403, 404, 422] })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConfidentialDeliveryView> {
    const request = await validatePayload(CreateConfidentialDelivery.Request, body);
    return createOnce<ConfidentialDeliveryView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/confidential-deliveries', ConfidentialDeliverySubjects.create, request, body, key, caller, reply);
  }

  @Get(':id')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '机要递送记录详情' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ConfidentialDeliveryView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConfidentialDeliveryView> {
    return withEtag(reply, await this.rpc.call<ConfidentialDeliveryView>(DOCUMENT_SECRETARIAT, ConfidentialDeliverySubjects.get, await validatePayload(GetConfidentialDelivery.Request, { id }), caller));
  }

  @Post(':id/receive')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess, Permissions.documentsHandleOwn)
  @ApiOperation({ summary: '签收（接收人签名和时间）' })
  @ApiVersionedChange({ body: ReceiveConfidentialDelivery.Body, answer: ConfidentialDeliveryView, problems: [403, 404, 422] })
  async receive(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConfidentialDeliveryView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, ConfidentialDeliverySubjects.receive, ReceiveConfidentialDelivery.Request, id, await validatePayload(ReceiveConfidentialDelivery.Body, body), ifMatch, caller, reply);
  }
}
