import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { ActOnFiling, CreateFiling, FilingSubjects, FilingView, GetFiling, ListFilings } from '@gov/contracts-document-secretariat';
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

const FILING_READERS = [Permissions.legalAffairsManage, Permissions.documentsRead] as const;

/** 报备 (规范性文件备案) with the statutory due date and its explanation; the overdue list. */
@ApiTags('公文：报备')
@Controller('api/documents/filings')
export class FilingsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Post()
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '登记报备（已核发的文件；报备期限自公布日次日起算，按配置的期限由期限引擎计算并说明）' })
  @ApiCreateOnce({ body: CreateFiling.Request, answer: FilingView, problems: [403, 404, 409, 422] })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<FilingView> {
    const request = await validatePayload(CreateFiling.Request, body);
    return createOnce<FilingView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/filings', FilingSubjects.create, request, body, key, caller, reply);
  }

  @Get()
  @Permission(...FILING_READERS)
  @ApiOperation({ summary: '报备列表（按状态筛选；overdue=true 为逾期未报备清单；按标题或文号模糊搜索）' })
  @ApiOkResponse({ type: ListFilings.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListFilings.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, FilingSubjects.list, await validatePayload(ListFilings.Request, query), caller);
  }

  @Get(':id')
  @Permission(...FILING_READERS)
  @ApiOperation({ summary: '报备详情（含期限计算过程；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: FilingView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<FilingView> {
    return withEtag(reply, await this.rpc.call<FilingView>(DOCUMENT_SECRETARIAT, FilingSubjects.get, await validatePayload(GetFiling.Request, { id }), caller));
  }

  @Post(':id/actions')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '报备办理：报送、备案通过、退回、撤回；须带 If-Match' })
  @ApiVersionedChange({ body: ActOnFiling.Body, answer: FilingView, problems: [403, 404, 422] })
  async act(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<FilingView> {
    const fields = await validatePayload(ActOnFiling.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, FilingSubjects.act, ActOnFiling.Request, id, fields, ifMatch, caller, reply);
  }
}
