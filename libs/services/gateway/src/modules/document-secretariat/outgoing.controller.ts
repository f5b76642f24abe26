import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
import { etagOf, expectedVersion } from '../../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_READERS, DOCUMENT_SECRETARIAT } from './documents-core.controller.js';

const IF_MATCH = { name: 'If-Match', required: true, description: '读取公文时返回的 ETag，如 W/"3"' };
const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）' };
/** Everyone who takes part in some step of an outgoing document. */
const OUTGOING_PARTIES = [...DOCUMENT_READERS, Permissions.outgoingProcess, Permissions.outgoingSign, Permissions.outgoingCountersign] as const;

/**
 * 发文 through the gateway: 拟稿 → 核稿 → 会签 → 签发 → 编号 → 印制 → 用印 → 公开属性 → 核发, corrections and read receipts.
 * Every step answers the document with its new ETag; each takes the If-Match of the version the client holds.
 */
@ApiTags('发文')
@Controller('api/documents/outgoing')
export class OutgoingController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
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
  @ApiHeader({ ...IF_MATCH, description: '代字的 ETag，如 W/"1"' })
  @ApiBody({ type: AgencyCodeChanges })
  @ApiOkResponse({ type: AgencyCodeView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 412, 428)
  async updateAgencyCode(
    @Param('code') code: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgencyCodeView> {
    const version = expectedVersion(ifMatch);
    const request = await validatePayload(UpdateAgencyCode.Request, { ...(body as object), code, expectedVersion: version });
    const view = await this.rpc.call<AgencyCodeView>(DOCUMENT_SECRETARIAT, OutgoingSubjects.updateAgencyCode, request, caller);
    reply.header('etag', etagOf(view.version));
    return view;
  }

  @Post()
  @Permission(Permissions.outgoingDraft, Permissions.outgoingProcess)
  @ApiOperation({ summary: '拟稿（新建发文）', description: '正文保存为第 1 版（含 SHA-256）；附件先上传文件再以 id + SHA-256 引用。带 Idempotency-Key 时重试得到第一次的结果。' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateOutgoing.Request })
  @ApiCreatedResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404)
  async create(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutgoingDocumentView> {
    const request = await validatePayload(CreateOutgoing.Request, body);
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/documents/outgoing', body, 201, () =>
      this.rpc.call<OutgoingDocumentView>(DOCUMENT_SECRETARIAT, OutgoingSubjects.create, request, caller),
    );
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    return withEtag(reply, answer.body);
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
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: UpdateOutgoing.Changes })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async update(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(UpdateOutgoing.Request, OutgoingSubjects.update, id, body, ifMatch, caller, reply);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Permission(Permissions.outgoingDraft, Permissions.outgoingProcess)
  @ApiOperation({ summary: '送核稿' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: SubmitOutgoing.Body, required: false })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async submit(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(SubmitOutgoing.Request, OutgoingSubjects.submit, id, body, ifMatch, caller, reply);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({
    summary: '核稿（自动检查行文规则）',
    description: '按《党政机关公文处理工作条例》检查文种与行文方向、请示一文一事只主送一个机关、不抄送下级、上行文标注签发人、涉密公文标注份号、标题要素等；结果（错误与提醒）随所核正文版本保存。有错误时不能签发。',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReviewOutgoing.Body, required: false })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async review(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(ReviewOutgoing.Request, OutgoingSubjects.review, id, body, ifMatch, caller, reply);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess, Permissions.outgoingSign)
  @ApiOperation({ summary: '退回修改（附意见）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReturnOutgoing.Body })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async returnDraft(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(ReturnOutgoing.Request, OutgoingSubjects.return, id, body, ifMatch, caller, reply);
  }

  @Post(':id/countersigns')
  @HttpCode(200)
  @Permission(Permissions.outgoingDraft, Permissions.outgoingProcess)
  @ApiOperation({ summary: '发起会签（单位、科室）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: RequestCountersign.Body })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async requestCountersign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(RequestCountersign.Request, OutgoingSubjects.requestCountersign, id, body, ifMatch, caller, reply);
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
  async countersign(
    @Param('id') id: string,
    @Param('countersignId') countersignId: string,
    @Body() body: unknown,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutgoingDocumentView> {
    const request = await validatePayload(Countersign.Request, { ...(body as object), id, countersignId });
    return withEtag(reply, await this.rpc.call<OutgoingDocumentView>(DOCUMENT_SECRETARIAT, OutgoingSubjects.countersign, request, caller));
  }

  @Post(':id/sign')
  @HttpCode(200)
  @Permission(Permissions.outgoingSign)
  @ApiOperation({ summary: '签发（须有该机关代字的签发权）', description: '核稿有错误、会签未全部同意时不能签发（422，列出原因）；无签发权 403。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: SignOutgoing.Body, required: false })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async sign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(SignOutgoing.Request, OutgoingSubjects.sign, id, body, ifMatch, caller, reply);
  }

  @Post(':id/number')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({
    summary: '编号（编发文字号）',
    description: '签发后编号：按机关代字和成文年度的顺序号编号（如 博政发〔2026〕3号），并发时不重号、不跳号；补录纸质公文可人工登记文号，格式不规范时 400。',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: NumberOutgoing.Body, required: false })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 409, 412, 422, 428)
  async number(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(NumberOutgoing.Request, OutgoingSubjects.number, id, body, ifMatch, caller, reply);
  }

  @Post(':id/print')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({ summary: '印制（份数；涉密公文须登记份号范围并在保密场所印制）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: PrintOutgoing.Body })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async print(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(PrintOutgoing.Request, OutgoingSubjects.print, id, body, ifMatch, caller, reply);
  }

  @Post(':id/seal')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({ summary: '用印（登记为本文件批准并已用印的用印记录）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: SealOutgoing.Body })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async seal(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(SealOutgoing.Request, OutgoingSubjects.seal, id, body, ifMatch, caller, reply);
  }

  @Put(':id/disclosure')
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({ summary: '确定公开属性（主动公开、依申请公开、不予公开须附理由）', description: '核发前必须确定。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: SetDisclosure.Body })
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async disclosure(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(SetDisclosure.Request, OutgoingSubjects.disclosure, id, body, ifMatch, caller, reply);
  }

  @Post(':id/issue')
  @HttpCode(200)
  @Permission(Permissions.outgoingProcess)
  @ApiOperation({ summary: '核发（分发至主送、抄送单位；此后公文不可更改）', description: '须已用印（纪要除外）并已确定公开属性；发布“发文已核发”事件。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: OutgoingDocumentView })
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async issue(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.step(IssueOutgoing.Request, OutgoingSubjects.issue, id, {}, ifMatch, caller, reply);
  }

  @Post(':id/corrections')
  @Permission(Permissions.outgoingDraft, Permissions.outgoingProcess)
  @ApiOperation({ summary: '更正已核发的公文（以新文件更正，原文件不变）', description: '新建一份引用原文件的草稿（正文以原文件为底稿），原文件详情显示“已被更正”。' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CorrectOutgoing.Body })
  @ApiCreatedResponse({ type: OutgoingDocumentView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 422)
  async correct(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OutgoingDocumentView> {
    const request = await validatePayload(CorrectOutgoing.Request, { ...(body as object), id });
    const answer = await this.idempotency.run(caller.userId, key, `POST /api/documents/outgoing/${request.id}/corrections`, body, 201, () =>
      this.rpc.call<OutgoingDocumentView>(DOCUMENT_SECRETARIAT, OutgoingSubjects.correct, request, caller),
    );
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    return withEtag(reply, answer.body);
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

  /** One step at the version the client holds (If-Match); answers the document with its new ETag. */
  private async step(
    type: new () => object,
    subject: string,
    id: string,
    body: unknown,
    ifMatch: string | undefined,
    caller: CallerContext,
    reply: FastifyReply,
  ): Promise<OutgoingDocumentView> {
    const request = await validatePayload(type, { ...((body ?? {}) as object), id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) });
    return withEtag(reply, await this.rpc.call<OutgoingDocumentView>(DOCUMENT_SECRETARIAT, subject, request, caller));
  }
}

function withEtag(reply: FastifyReply, view: OutgoingDocumentView): OutgoingDocumentView {
  reply.header('etag', etagOf(view.version));
  return view;
}
