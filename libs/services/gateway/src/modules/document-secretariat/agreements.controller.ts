import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddAgreementOpinion,
  AgreementReviewView,
  AgreementSubjects,
  ConcludeAgreementReview,
  GetAgreementReview,
  ListAgreementReviews,
  SubmitAgreementReview,
  WithdrawAgreementReview,
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

/** Reviewers (政策法规科), the office's readers, and the liaison staff of the submitting units (their own only). */
const AGREEMENT_PARTIES = [Permissions.legalAffairsManage, Permissions.documentsRead, Permissions.documentsReadOwn] as const;

/** 合作协议审核: submission, review opinions, the conclusion; due dates from the deadline engine. */
@ApiTags('公文：合作协议审核')
@Controller('api/documents/agreement-reviews')
export class AgreementReviewsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Post()
  @Permission(Permissions.legalAffairsManage, Permissions.documentsHandleOwn)
  @ApiOperation({ summary: '提交合作协议审核（联络员只能提交本单位的；协议文本须先上传）', description: '审核期限按配置的工作日数自提交日次日起算，由期限引擎计算并说明。' })
  @ApiCreateOnce({ body: SubmitAgreementReview.Request, answer: AgreementReviewView, problems: [403, 404] })
  async submit(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgreementReviewView> {
    const request = await validatePayload(SubmitAgreementReview.Request, body);
    return createOnce<AgreementReviewView>(this, DOCUMENT_SECRETARIAT, 'POST /api/documents/agreement-reviews', AgreementSubjects.submit, request, body, key, caller, reply);
  }

  @Get()
  @Permission(...AGREEMENT_PARTIES)
  @ApiOperation({ summary: '合作协议审核列表（按状态、报送单位筛选，按协议名称或合作方模糊搜索）', description: '联络员只看到本单位的。' })
  @ApiOkResponse({ type: ListAgreementReviews.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListAgreementReviews.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, AgreementSubjects.list, await validatePayload(ListAgreementReviews.Request, query), caller);
  }

  @Get(':id')
  @Permission(...AGREEMENT_PARTIES)
  @ApiOperation({ summary: '合作协议审核详情（审核意见、结论、期限；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: AgreementReviewView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgreementReviewView> {
    return withEtag(reply, await this.rpc.call<AgreementReviewView>(DOCUMENT_SECRETARIAT, AgreementSubjects.get, await validatePayload(GetAgreementReview.Request, { id }), caller));
  }

  @Post(':id/opinions')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '添加审核意见（发现的法律问题、审核建议）；须带 If-Match' })
  @ApiVersionedChange({ body: AddAgreementOpinion.Body, answer: AgreementReviewView, problems: [403, 404, 422] })
  async addOpinion(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgreementReviewView> {
    const fields = await validatePayload(AddAgreementOpinion.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, AgreementSubjects.addOpinion, AddAgreementOpinion.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/conclude')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '出具审核结论（同意、修改后同意、不同意）；须带 If-Match' })
  @ApiVersionedChange({ body: ConcludeAgreementReview.Body, answer: AgreementReviewView, problems: [403, 404, 422] })
  async conclude(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgreementReviewView> {
    const fields = await validatePayload(ConcludeAgreementReview.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, AgreementSubjects.conclude, ConcludeAgreementReview.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage, Permissions.documentsHandleOwn)
  @ApiOperation({ summary: '撤回合作协议审核（出具结论前；联络员只能撤回本单位的）；须带 If-Match' })
  @ApiVersionedChange({ body: WithdrawAgreementReview.Body, answer: AgreementReviewView, problems: [403, 404, 422] })
  async withdraw(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AgreementReviewView> {
    const fields = await validatePayload(WithdrawAgreementReview.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, AgreementSubjects.withdraw, WithdrawAgreementReview.Request, id, fields, ifMatch, caller, reply);
  }
}
