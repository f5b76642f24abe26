import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
import { etagOf, expectedVersion } from '../../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { nameContractSchemas } from './schema-names.js';

// The many `Request`/`Reply`/`Body` classes get their namespace's name in the OpenAPI document.
nameContractSchemas({ AssignSuggestion, ExtendSuggestion, GetSuggestion, ListAnswerCategories, ListSuggestionRules, ListSuggestions, MergeSuggestion, ReassignSuggestion, RecordSuggestionContact, RecordSuggestionFeedback, RegisterSuggestion, ReplySuggestion, ReturnSuggestion, SetAnswerCategory, SetSuggestionRule, SubmitSuggestionOpinion, SuggestionStatistics, WithdrawSuggestion });

const SERVICE = 'supervision';
const IF_MATCH = { name: 'If-Match', required: true, description: '读取建议提案时返回的 ETag，如 W/"3"' };
const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）：同一用户以同一键重试将得到第一次的结果' };
const P = Permissions;
const READERS = [P.suggestionsRead, P.suggestionsManage, P.suggestionsHandleOwn] as const;

/** 人大代表建议、政协提案办理, owned by supervision: the gateway validates, passes the caller, and adds ETag/If-Match and Idempotency-Key. */
@ApiTags('建议提案办理')
@Controller('api/suggestions')
export class SuggestionsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
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
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: SetSuggestionRule.Request })
  @ApiCreatedResponse({ type: SuggestionRuleView })
  @ApiBodyProblems()
  @ApiServiceProblems(422)
  async setRule(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionRuleView> {
    const request = await validatePayload(SetSuggestionRule.Request, body);
    return this.created(reply, key, caller, 'POST /api/suggestions/rules', body, () => this.rpc.call<SuggestionRuleView>(SERVICE, SuggestionSubjects.setRule, request, caller));
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
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: SetAnswerCategory.Request })
  @ApiCreatedResponse({ type: AnswerCategoryView })
  @ApiBodyProblems()
  @ApiServiceProblems(422)
  async setCategory(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<AnswerCategoryView> {
    const request = await validatePayload(SetAnswerCategory.Request, body);
    return this.created(reply, key, caller, 'POST /api/suggestions/answer-categories', body, () => this.rpc.call<AnswerCategoryView>(SERVICE, SuggestionSubjects.setCategory, request, caller));
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
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: RegisterSuggestion.Request })
  @ApiCreatedResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(409)
  async register(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    const request = await validatePayload(RegisterSuggestion.Request, body);
    const view = await this.created(reply, key, caller, 'POST /api/suggestions', body, () => this.rpc.call<SuggestionView>(SERVICE, SuggestionSubjects.register, request, caller));
    return withEtag(reply, view);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '交办：一个主办及协办/会办单位，或多个分办单位；按规则计算答复、意见和退回期限；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: AssignSuggestion.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async assign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.assign, id, await validatePayload(AssignSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '重新交办（单位退回后由督查室另行交办，期限自重新交办之日起算）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReassignSuggestion.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async reassign(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.reassign, id, await validatePayload(ReassignSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Permission(P.suggestionsHandleOwn, P.suggestionsManage)
  @ApiOperation({ summary: '退回（认为不属于本单位职责，须在退回期限内；逾期拒绝）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReturnSuggestion.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async returnIt(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.returnAssignment, id, await validatePayload(ReturnSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '延期（最长至自交办之日起 6 个月，须说明理由）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ExtendSuggestion.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async extend(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.extend, id, await validatePayload(ExtendSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/opinions')
  @HttpCode(200)
  @Permission(P.suggestionsHandleOwn, P.suggestionsManage)
  @ApiOperation({ summary: '协办、会办单位向主办单位提交意见；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: SubmitSuggestionOpinion.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async opinion(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.submitOpinion, id, await validatePayload(SubmitSuggestionOpinion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/replies')
  @HttpCode(200)
  @Permission(P.suggestionsHandleOwn, P.suggestionsManage)
  @ApiOperation({ summary: '答复（主办或分办单位，注明答复类别）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReplySuggestion.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async reply(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.reply, id, await validatePayload(ReplySuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/contacts')
  @HttpCode(200)
  @Permission(P.suggestionsHandleOwn, P.suggestionsManage)
  @ApiOperation({ summary: '登记与代表委员的沟通（时间、方式、沟通人、内容）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: RecordSuggestionContact.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async contact(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.recordContact, id, await validatePayload(RecordSuggestionContact.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/feedback')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '登记代表委员满意度反馈（满意/基本满意/不满意；不满意则重新办理并重新计算答复期限）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: RecordSuggestionFeedback.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async feedback(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.recordFeedback, id, await validatePayload(RecordSuggestionFeedback.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '撤销（不删除，记录理由）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: WithdrawSuggestion.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async withdraw(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.withdraw, id, await validatePayload(WithdrawSuggestion.Body, body), ifMatch, caller, reply);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Permission(P.suggestionsManage)
  @ApiOperation({ summary: '并案（内容相同的件合并办理，仍分别答复）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: MergeSuggestion.Body })
  @ApiOkResponse({ type: SuggestionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async merge(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SuggestionView> {
    return this.change(SuggestionSubjects.merge, id, await validatePayload(MergeSuggestion.Body, body), ifMatch, caller, reply);
  }

  /** A change of one suggestion at the version the client holds (If-Match); answers the new version's ETag. */
  private async change(subject: string, id: string, fields: object, ifMatch: string | undefined, caller: CallerContext, reply: FastifyReply): Promise<SuggestionView> {
    const request = { ...fields, id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) };
    return withEtag(reply, await this.rpc.call<SuggestionView>(SERVICE, subject, request, caller));
  }

  private async created<T>(reply: FastifyReply, key: string | undefined, caller: CallerContext, route: string, body: unknown, work: () => Promise<T>): Promise<T> {
    const answer = await this.idempotency.run(caller.userId, key, route, body, 201, work);
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    return answer.body;
  }
}

function withEtag(reply: FastifyReply, view: SuggestionView): SuggestionView {
  reply.header('etag', etagOf(view.version));
  return view;
}
