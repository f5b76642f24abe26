import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { FollowUpInstruction, GetInstruction, InstructionSubjects, InstructionView, ListInstructions, RecordInstruction } from '@gov/contracts-document-secretariat';
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

/** 领导批示 on 收文, 请示 or any record; relayed to the units named, followed by 秘书一科/二科, published to supervision. */
@ApiTags('公文：领导批示')
@Controller('api/documents/instructions')
export class InstructionsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）' })
  @ApiBody({ type: RecordInstruction.Request })
  @ApiCreatedResponse({ type: InstructionView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 409, 422)
  async record(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InstructionView> {
    const request = await validatePayload(RecordInstruction.Request, body);
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/documents/instructions', body, 201, () =>
      this.rpc.call<InstructionView>(DOCUMENT_SECRETARIAT, InstructionSubjects.record, request, caller),
    );
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    reply.header('etag', etagOf(answer.body.version));
    return answer.body;
  }

  @Get(':id')
  @Permission(...DOCUMENT_READERS)
  @ApiOperation({ summary: '批示详情（含转达各单位的签收、阅读回执）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: InstructionView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstructionView> {
    const answer = await this.rpc.call<InstructionView>(DOCUMENT_SECRETARIAT, InstructionSubjects.get, await validatePayload(GetInstruction.Request, { id }), caller);
    reply.header('etag', etagOf(answer.version));
    return answer;
  }

  @Post(':id/follow-up')
  @HttpCode(200)
  @Permission(Permissions.documentsProcess)
  @ApiOperation({ summary: '登记批示跟踪落实情况（秘书一科/二科）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: FollowUpInstruction.Body })
  @ApiOkResponse({ type: InstructionView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async followUp(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstructionView> {
    return changeVersioned(this.rpc, InstructionSubjects.followUp, id, await validatePayload(FollowUpInstruction.Body, body), ifMatch, caller, reply);
  }
}
