import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import {
  AnswerCategoryView,
  AssignSuggestion,
  ExtendSuggestion,
  GetSuggestion,
  ListAnswerCategories,
  ListSuggestionRules,
  ListSuggestions,
  MergeSuggestion,
  ReassignSuggestion,
  RecordSuggestionContact,
  RecordSuggestionFeedback,
  RegisterSuggestion,
  ReplySuggestion,
  ReturnSuggestion,
  SetAnswerCategory,
  SetSuggestionRule,
  SubmitSuggestionOpinion,
  SuggestionRuleView,
  SuggestionStatistics,
  SuggestionSubjects,
  SuggestionView,
  WithdrawSuggestion,
} from '@gov/contracts-supervision';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { changeVersioned, createOnce, createUnversionedOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';

const SERVICE = 'supervision';
const P = Permissions;
const READERS = [P.suggestionsRead, P.suggestionsManage, P.suggestionsHandleOwn] as const;

/** 人大代表建议、政协提案办理, owned by supervision: the gateway validates, passes the caller, and adds ETag/If-Match and Idempotency-Key. */
@ApiTags('建议提案办理')
@Controller('api/suggestions')
export class SuggestionsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(...READERS)
  @ApiOperation({ summary: '建议提案列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到交办给本单位（主办、协办、会办、分办）的件。' })
  @ApiOkResponse({ type: ListSuggestions.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListSuggestions.Reply> {
    return this.rpc.call(SERVICE, SuggestionSubjects.list, await validatePayload(ListSuggestions.Request, query), caller);
  }

  @Get('statistics')
  @Permission(...READERS)
  @ApiOperation({
    summary: '办理统计：办复率、满意率、答复类别分布（按单位和合计）',
    description:
      '按承办单位件次统计（主办、分办；已退回、已撤销的不计）。办复率 = 已答复件数 / 交办件数；满意率 = (满意 + 基本满意) / 收到反馈件数（每件每单位以最后一次反馈计）；答复类别以最后一次答复计。联络员只看到本单位。',
  })
  @ApiOkResponse({ type: SuggestionStatistics.Reply })
  @ApiServiceProblems()
  async statistics(@Query() query: unknown, @Caller() caller: CallerContext): Promise<SuggestionStatistics.Reply> {
    return this.rpc.call(SERVICE, SuggestionSubjects.statistics, await validatePayload(SuggestionStatistics.Request, query), caller);
  }

  @Get('rules')
  @Permission(...READERS)
  @ApiOperation({ summary: '办理期限规则（答复、延期、协办意见、退回、重新办理），含历史版本与依据' })
  @ApiOkResponse({ type: ListSuggestionRules.Reply })
  @ApiServiceProblems()
  async rules(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListSuggestionRules.Reply> {
    return this.rpc.call(SERVICE, SuggestionSubjects.listRules, await validatePayload(ListSuggestionRules.Request, query), caller);
  }

  @Post('rules')
  @Permission(P.suggestionsConfigure)
  @ApiOperation({ summary: '新增期限规则版本（自生效日起交办的件适用，已交办的件保留原规则）' })
  @ApiCreateOnce({ body: SetSuggestionRule.Request, answer: SuggestionRuleView, problems: [422] })
  async setRule(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionRuleView> {
    const request = await validatePayload(SetSuggestionRule.Request, body);
    return createUnversionedOnce<SuggestionRuleView>(this, SERVICE, 'POST /api/suggestions/rules', SuggestionSubjects.setRule, request, body, key, caller, reply);
  }

  @Get('answer-categories')
  @Permission(...READERS)
  @ApiOperation({ summary: '答复类别（A/B/C…，可配置）' })
  @ApiOkResponse({ type: ListAnswerCategories.Reply })
  @ApiServiceProblems()
  async categories(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListAnswerCategories.Reply> {
    return this.rpc.call(SERVICE, SuggestionSubjects.listCategories, await validatePayload(ListAnswerCategories.Request, query), caller);
  }

  @Post('answer-categories')
  @Permission(P.suggestionsConfigure)
  @ApiOperation({ summary: '新增或停用答复类别（新版本，自生效日起适用）' })
  @ApiCreateOnce({ body: SetAnswerCategory.Request, answer: AnswerCategoryView, problems: [422] })
  async setCategory(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AnswerCategoryView> {
    const request = await validatePayload(SetAnswerCategory.Request, body);
    return createOnce<AnswerCategoryView>(this, SERVICE, 'POST /api/suggestions/answer-categories', SuggestionSubjects.setCategory, request, body, key, caller, reply);
  }

  @Get(':id')
  @Permission(...READERS)
  @ApiOperation({ summary: '建议提案详情：交办单位与期限（含计算过程）、意见、答复、沟通、反馈、办理记录（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: SuggestionView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    const request = await validatePayload(GetSuggestion.Request, { id });
    return withEtag(reply, await this.rpc.call<SuggestionView>(SERVICE, SuggestionSubjects.get, request, caller));
  }

  @Post()
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '登记建议或提案（届次、会次、编号、领衔及联名代表委员、标题、内容）' })
  @ApiCreateOnce({ body: RegisterSuggestion.Request, answer: SuggestionView, problems: [409] })
  async register(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    const request = await validatePayload(RegisterSuggestion.Request, body);
    return createOnce<SuggestionView>(this, SERVICE, 'POST /api/suggestions', SuggestionSubjects.register, request, body, key, caller, reply);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '交办：一个主办及协办/会办单位，或多个分办单位；按规则计算答复、意见和退回期限；须带 If-Match' })
  @ApiVersionedChange({ body: AssignSuggestion.Body, answer: SuggestionView, problems: [404, 422] })
  async assign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.assign, AssignSuggestion.Request, id, await validatePayload(AssignSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '重新交办（单位退回后由督查室另行交办，期限自重新交办之日起算）；须带 If-Match' })
  @ApiVersionedChange({ body: ReassignSuggestion.Body, answer: SuggestionView, problems: [404, 422] })
  async reassign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.reassign, ReassignSuggestion.Request, id, await validatePayload(ReassignSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Permission(P.suggestionsHandleOwn, P.suggestionsManage)
  @ApiOperation({ summary: '退回（认为不属于本单位职责，须在退回期限内；逾期拒绝）；须带 If-Match' })
  @ApiVersionedChange({ body: ReturnSuggestion.Body, answer: SuggestionView, problems: [404, 422] })
  async returnIt(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.returnAssignment, ReturnSuggestion.Request, id, await validatePayload(ReturnSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '延期（最长至自交办之日起 6 个月，须说明理由）；须带 If-Match' })
  @ApiVersionedChange({ body: ExtendSuggestion.Body, answer: SuggestionView, problems: [404, 422] })
  async extend(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.extend, ExtendSuggestion.Request, id, await validatePayload(ExtendSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/opinions')
  @HttpCode(200)
  @Permission(P.suggestionsHandleOwn, P.suggestionsManage)
  @ApiOperation({ summary: '协办、会办单位向主办单位提交意见；须带 If-Match' })
  @ApiVersionedChange({ body: SubmitSuggestionOpinion.Body, answer: SuggestionView, problems: [404, 422] })
  async opinion(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.submitOpinion, SubmitSuggestionOpinion.Request, id, await validatePayload(SubmitSuggestionOpinion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/replies')
  @HttpCode(200)
  @Permission(P.suggestionsHandleOwn, P.suggestionsManage)
  @ApiOperation({ summary: '答复（主办或分办单位，注明答复类别）；须带 If-Match' })
  @ApiVersionedChange({ body: ReplySuggestion.Body, answer: SuggestionView, problems: [404, 422] })
  async reply(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.reply, ReplySuggestion.Request, id, await validatePayload(ReplySuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/contacts')
  @HttpCode(200)
  @Permission(P.suggestionsHandleOwn, P.suggestionsManage)
  @ApiOperation({ summary: '登记与代表委员的沟通（时间、方式、沟通人、内容）；须带 If-Match' })
  @ApiVersionedChange({ body: RecordSuggestionContact.Body, answer: SuggestionView, problems: [404, 422] })
  async contact(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.recordContact, RecordSuggestionContact.Request, id, await validatePayload(RecordSuggestionContact.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/feedback')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '登记代表委员满意度反馈（满意/基本满意/不满意；不满意则重新办理并重新计算答复期限）；须带 If-Match' })
  @ApiVersionedChange({ body: RecordSuggestionFeedback.Body, answer: SuggestionView, problems: [404, 422] })
  async feedback(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.recordFeedback, RecordSuggestionFeedback.Request, id, await validatePayload(RecordSuggestionFeedback.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '撤销（不删除，记录理由）；须带 If-Match' })
  @ApiVersionedChange({ body: WithdrawSuggestion.Body, answer: SuggestionView, problems: [404, 422] })
  async withdraw(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.withdraw, WithdrawSuggestion.Request, id, await validatePayload(WithdrawSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '并案（内容相同的件合并办理，仍分别答复）；须带 If-Match' })
  @ApiVersionedChange({ body: MergeSuggestion.Body, answer: SuggestionView, problems: [404, 422] })
  async merge(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return changeVersioned(this.rpc, SERVICE, SuggestionSubjects.merge, MergeSuggestion.Request, id, await validatePayload(MergeSuggestion.Body, body), ifMatch, caller, reply);
  }
}
