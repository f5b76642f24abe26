import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  AgencyCodeChanges,
  AgencyCodeView,
  CorrectOutgoing,
  Countersign,
  CreateOutgoing,
  DistributionView,
  GetOutgoing,
  IssueOutgoing,
  ListAgencyCodes,
  ListOutgoing,
  NumberOutgoing,
  OutgoingDocumentView,
  OutgoingSubjects,
  PrintOutgoing,
  ReceiveOutgoing,
  RequestCountersign,
  ReturnOutgoing,
  ReviewOutgoing,
  SealOutgoing,
  SetDisclosure,
  SignOutgoing,
  SubmitOutgoing,
  UpdateAgencyCode,
  UpdateOutgoing,
} from '@gov/contracts-document-secretariat';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { expectedVersion } from '../../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { changeVersioned, createOnce, IF_MATCH_HEADER, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_READERS, DOCUMENT_SECRETARIAT } from './common.js';

/** Everyone who takes part in some step of an outgoing document. */
const OUTGOING_PARTIES = [...DOCUMENT_READERS, Permissions.outgoingProcess, Permissions.outgoingSign, Permissions.outgoingCountersign] as const;

/**
 * 发文 through the gateway: 拟稿 → 核稿 → 会签 → 签发 → 编号 → 印制 → 用印 → 公开属性 → 核发, corrections and read receipts.
 * Every step answers the document with its new ETag; each takes the If-Match of the version the client holds.
 */
@ApiTags('发文')
@Controller('api/documents/outgoing')
export class OutgoingController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(...OUTGOING_PARTIES)
  @ApiOperation({ summary: '发文列表（分页、按状态/代字/文种/年度筛选、按标题或文号模糊搜索）', description: '只返回本人涉密等级和职责范围内可见的发文。' })
  @ApiOkResponse({ type: ListOutgoing.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListOutgoing.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, OutgoingSubjects.list, await validatePayload(ListOutgoing.Request, query), caller);
  }

  @Get('agency-codes')
  @Permission(...OUTGOING_PARTIES, Permissions.outgoingDraft)
  @ApiOperation({ summary: '机关代字表（发文机关、签发权、生效日期与依据）' })
  @ApiOkResponse({ type: ListAgencyCodes.Reply })
  @ApiServiceProblems()
  async agencyCodes(@Caller() caller: CallerContext): Promise<ListAgencyCodes.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, OutgoingSubjects.listAgencyCodes, {}, caller);
  }

  @Put('agency-codes/:code')
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({ summary: '修改机关代字（文秘科科长）', description: '每次修改为新版本；已签发的公文保留签发时所依据的版本。须带 If-Match（代字的版本号）。' })
  @ApiParam({ name: 'code', description: '机关代字，如 博政发' })
  @ApiHeader({ ...IF_MATCH_HEADER, description: '代字的 ETag，如 W/"1"' })
  @ApiBody({ type: AgencyCodeChanges })
  @ApiOkResponse({ type: AgencyCodeView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 412, 428)
  async updateAgencyCode(@Param('code') code: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgencyCodeView> {
    const version = expectedVersion(ifMatch);
    const request = await validatePayload(UpdateAgencyCode.Request, { ...(body as object), code, expectedVersion: version });
    return withEtag(reply, await this.rpc.call<AgencyCodeView>(DOCUMENT_SECRETARIAT, OutgoingSubjects.updateAgencyCode, request, caller));
  }

  @Post()
  @Permission(Permissions.outgoingDraft, Permissions.outgoingProcess)
  @ApiOperation({ summary: '拟稿（新建发文）', description: '正文保存为第 1 版（含 SHA-256）；附件先上传文件再以 id + SHA-256 引用。带 Idempotency-Key 时重试得到第一次的结果。' })
  @ApiCreateOnce({ body: CreateOutgoing.Request, answer: OutgoingDocumentView, problems: [403, 404] })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OutgoingDocumentView> {
    const request = await validatePayload(CreateOutgoing.Request, body);
    return createOnce<OutgoingDocumentView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/outgoing', OutgoingSubjects.create, request, body, key, caller, reply);
  }

  @Get(':id')
  @Permission(...OUTGOING_PARTIES)
  @ApiOperation({ summary: '发文详情（含核稿结果、会签、签发、文号、分发与更正关系；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OutgoingDocumentView> {
    const request = await validatePayload(GetOutgoing.Request, { id });
    return withEtag(reply, await this.rpc.call<OutgoingDocumentView>(DOCUMENT_SECRETARIAT, OutgoingSubjects.get, request, caller));
  }

  @Patch(':id')
  @Permission(Permissions.outgoingDraft, Permissions.outgoingProcess)
  @ApiOperation({ summary: '修改草稿（拟稿阶段）', description: '只改所给字段；给出新正文则保存为新版本。已核发的公文不能修改（422 OUTGOING.ISSUED_IMMUTABLE）。' })
  @ApiVersionedChange({ body: UpdateOutgoing.Changes, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async update(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.update, UpdateOutgoing.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Permission(Permissions.outgoingDraft, Permissions.outgoingProcess)
  @ApiOperation({ summary: '送核稿' })
  @ApiVersionedChange({ body: SubmitOutgoing.Body, bodyOptional: true, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async submit(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.submit, SubmitOutgoing.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({
    summary: '核稿（自动检查行文规则）',
    description: '按《党政机关公文处理工作条例》检查文种与行文方向、请示一文一事只主送一个机关、不抄送下级、上行文标注签发人、涉密公文标注份号、标题要素等；结果（错误与提醒）随所核正文版本保存。有错误时不能签发。',
  })
  @ApiVersionedChange({ body: ReviewOutgoing.Body, bodyOptional: true, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async review(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.review, ReviewOutgoing.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess, Permissions.outgoingSign)
  @ApiOperation({ summary: '退回修改（附意见）' })
  @ApiVersionedChange({ body: ReturnOutgoing.Body, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async returnDraft(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.return, ReturnOutgoing.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post(':id/countersigns')
  @HttpCode(200)
  @Permission(Permissions.outgoingDraft, Permissions.outgoingProcess)
  @ApiOperation({ summary: '发起会签（单位、科室）' })
  @ApiVersionedChange({ body: RequestCountersign.Body, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async requestCountersign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.requestCountersign, RequestCountersign.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post(':id/countersigns/:countersignId')
  @HttpCode(200)
  @Permission(Permissions.outgoingCountersign)
  @ApiOperation({ summary: '会签（同意或不同意并签署意见）', description: '由会签单位联络员或会签科室人员签署；不需 If-Match（各单位可同时会签）。不同意的意见将阻止签发。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'countersignId', format: 'uuid' })
  @ApiBody({ type: Countersign.Body })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 422)
  async countersign(@Param('id') id: string, @Param('countersignId') countersignId: string, @Body() body: unknown, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OutgoingDocumentView> {
    const request = await validatePayload(Countersign.Request, { ...(body as object), id, countersignId });
    return withEtag(reply, await this.rpc.call<OutgoingDocumentView>(DOCUMENT_SECRETARIAT, OutgoingSubjects.countersign, request, caller));
  }

  @Post(':id/sign')
  @HttpCode(200)
  @Permission(Permissions.outgoingSign)
  @ApiOperation({ summary: '签发（须有该机关代字的签发权）', description: '核稿有错误、会签未全部同意时不能签发（422，列出原因）；无签发权 403。' })
  @ApiVersionedChange({ body: SignOutgoing.Body, bodyOptional: true, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async sign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.sign, SignOutgoing.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post(':id/number')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({
    summary: '编号（编发文字号）',
    description: '签发后编号：按机关代字和成文年度的顺序号编号（如 博政发〔2026〕3号），并发时不重号、不跳号；补录纸质公文可人工登记文号，格式不规范时 400。',
  })
  @ApiVersionedChange({ body: NumberOutgoing.Body, bodyOptional: true, answer: OutgoingDocumentView, problems: [403, 404, 409, 422] })
  async number(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.number, NumberOutgoing.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post(':id/print')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({ summary: '印制（份数；涉密公文须登记份号范围并在保密场所印制）' })
  @ApiVersionedChange({ body: PrintOutgoing.Body, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async print(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.print, PrintOutgoing.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post(':id/seal')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({ summary: '用印（登记为本文件批准并已用印的用印记录）' })
  @ApiVersionedChange({ body: SealOutgoing.Body, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async seal(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.seal, SealOutgoing.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Put(':id/disclosure')
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({ summary: '确定公开属性（主动公开、依申请公开、不予公开须附理由）', description: '核发前必须确定。' })
  @ApiVersionedChange({ body: SetDisclosure.Body, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async disclosure(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.disclosure, SetDisclosure.Request, id, { ...(body as object) }, ifMatch, caller, reply);
  }

  @Post(':id/issue')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({ summary: '核发（分发至主送、抄送单位；此后公文不可更改）', description: '须已用印（纪要除外）并已确定公开属性；发布“发文已核发”事件。' })
  @ApiVersionedChange({ answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async issue(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<OutgoingDocumentView>(this.rpc, DOCUMENT_SECRETARIAT, OutgoingSubjects.issue, IssueOutgoing.Request, id, {}, ifMatch, caller, reply);
  }

  @Post(':id/corrections')
  @Permission(Permissions.outgoingDraft, Permissions.outgoingProcess)
  @ApiOperation({ summary: '更正已核发的公文（以新文件更正，原文件不变）', description: '新建一份引用原文件的草稿（正文以原文件为底稿），原文件详情显示“已被更正”。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiCreateOnce({ body: CorrectOutgoing.Body, answer: OutgoingDocumentView, problems: [403, 404, 422] })
  async correct(@Param('id') id: string, @Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<OutgoingDocumentView> {
    const request = await validatePayload(CorrectOutgoing.Request, { ...(body as object), id });
    return createOnce<OutgoingDocumentView>(this, DOCUMENT_SECRETARIAT, `POST /api/documents/outgoing/${request.id}/corrections`, OutgoingSubjects.correct, request, body, key, caller, reply);
  }

  @Post(':id/receipt')
  @HttpCode(200)
  @Permission(Permissions.documentsHandleOwn)
  @ApiOperation({ summary: '签收（收文单位联络员的阅读回执）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DistributionView })
  @ApiServiceProblems(403, 404)
  async receive(@Param('id') id: string, @Caller() caller: CallerContext): Promise<DistributionView> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, OutgoingSubjects.receipt, await validatePayload(ReceiveOutgoing.Request, { id }), caller);
  }
}
