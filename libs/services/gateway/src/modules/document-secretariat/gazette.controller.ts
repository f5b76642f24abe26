import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddGazetteEntry,
  CancelGazetteIssue,
  CreateGazetteIssue,
  GazetteIssueView,
  GazetteSubjects,
  GetGazetteIssue,
  ListGazetteIssues,
  PublishGazetteIssue,
  RemoveGazetteEntry,
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

const GAZETTE_READERS = [Permissions.legalAffairsManage, Permissions.documentsRead] as const;

/** 政府公报: draft issues assembled from issued documents, published with the next number of the year. */
@ApiTags('公文：政府公报')
@Controller('api/documents/gazette/issues')
export class GazetteController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Post()
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '新建公报期次（草稿；期号在出版时按年连续编定）' })
  @ApiCreateOnce({ body: CreateGazetteIssue.Request, answer: GazetteIssueView, problems: [403] })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<GazetteIssueView> {
    const request = await validatePayload(CreateGazetteIssue.Request, body);
    return createOnce<GazetteIssueView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/gazette/issues', GazetteSubjects.create, request, body, key, caller, reply);
  }

  @Get()
  @Permission(...GAZETTE_READERS)
  @ApiOperation({ summary: '公报期次列表（按年度、状态筛选）' })
  @ApiOkResponse({ type: ListGazetteIssues.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListGazetteIssues.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, GazetteSubjects.list, await validatePayload(ListGazetteIssues.Request, query), caller);
  }

  @Get(':id')
  @Permission(...GAZETTE_READERS)
  @ApiOperation({ summary: '公报期次详情（目录按顺序；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: GazetteIssueView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<GazetteIssueView> {
    return withEtag(reply, await this.rpc.call<GazetteIssueView>(DOCUMENT_SECRETARIAT, GazetteSubjects.get, await validatePayload(GetGazetteIssue.Request, { id }), caller));
  }

  @Post(':id/entries')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '编入文件（须为已核发的非密发文；同一文件只刊登一次）；须带 If-Match' })
  @ApiVersionedChange({ body: AddGazetteEntry.Body, answer: GazetteIssueView, problems: [403, 404, 409, 422] })
  async addEntry(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<GazetteIssueView> {
    const fields = await validatePayload(AddGazetteEntry.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, GazetteSubjects.addEntry, AddGazetteEntry.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/entries/remove')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '从草稿中移出文件（留存原因）；须带 If-Match' })
  @ApiVersionedChange({ body: RemoveGazetteEntry.Body, answer: GazetteIssueView, problems: [403, 404, 422] })
  async removeEntry(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<GazetteIssueView> {
    const fields = await validatePayload(RemoveGazetteEntry.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, GazetteSubjects.removeEntry, RemoveGazetteEntry.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '出版（编定期号，如 2026年第3期；出版后不可更改）；须带 If-Match' })
  @ApiVersionedChange({ body: PublishGazetteIssue.Body, answer: GazetteIssueView, problems: [403, 404, 422] })
  async publish(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<GazetteIssueView> {
    const fields = await validatePayload(PublishGazetteIssue.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, GazetteSubjects.publish, PublishGazetteIssue.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '撤销草稿期次（不删除；其中的文件可编入其他期次）；须带 If-Match' })
  @ApiVersionedChange({ body: CancelGazetteIssue.Body, answer: GazetteIssueView, problems: [403, 404, 422] })
  async cancel(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<GazetteIssueView> {
    const fields = await validatePayload(CancelGazetteIssue.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, GazetteSubjects.cancel, CancelGazetteIssue.Request, id, fields, ifMatch, caller, reply);
  }
}
