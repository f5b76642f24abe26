import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { FollowUpInstruction, GetInstruction, InstructionSubjects, InstructionView, ListInstructions, RecordInstruction } from '@gov/contracts-document-secretariat';
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

/** 领导批示 on 收文, 请示 or any record; relayed to the units named, followed by 秘书一科/二科, published to supervision. */
@ApiTags('公文：领导批示')
@Controller('api/documents/instructions')
export class InstructionsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '批示列表及跟踪落实情况（秘书二科：followedBy=mishu_er 为副区长批示）' })
  @ApiOkResponse({ type: ListInstructions.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListInstructions.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, InstructionSubjects.list, await validatePayload(ListInstructions.Request, query), caller);
  }

  @Post()
  @Permission(Permissions.documentsInstruct, Permissions.documentsProcess)
  @ApiOperation({
    summary: '领导批示（收文上的批示即为批办）',
    description: '领导本人批示；或文秘、秘书人员代录纸质批示（须写明领导）。只记录、只发布一次：Idempotency-Key 或请求体中的 requestId 相同的重试返回第一次的批示。',
  })
  @ApiCreateOnce({ body: RecordInstruction.Request, answer: InstructionView, problems: [403, 404, 409, 422] })
  async record(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstructionView> {
    const request = await validatePayload(RecordInstruction.Request, body);
    return createOnce<InstructionView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/instructions', InstructionSubjects.record, request, body, key, caller, reply);
  }

  @Get(':id')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '批示详情（含转达各单位的签收、阅读回执）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: InstructionView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstructionView> {
    return withEtag(reply, await this.rpc.call<InstructionView>(DOCUMENT_SECRETARIAT, InstructionSubjects.get, await validatePayload(GetInstruction.Request, { id }), caller));
  }

  @Post(':id/follow-up')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '登记批示跟踪落实情况（秘书一科/二科）' })
  @ApiVersionedChange({ body: FollowUpInstruction.Body, answer: InstructionView, problems: [403, 404, 422] })
  async followUp(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstructionView> {
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, InstructionSubjects.followUp, FollowUpInstruction.Request, id, await validatePayload(FollowUpInstruction.Body, body), ifMatch, caller, reply);
  }
}
