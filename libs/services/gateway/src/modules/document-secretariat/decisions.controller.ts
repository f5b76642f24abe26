import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  AdjustDecision,
  CatalogueView,
  CreateDecision,
  DECISION_STAGES,
  DecisionSubjects,
  DecisionView,
  FinishDecisionStage,
  GetCatalogue,
  GetDecision,
  ListDecisions,
  PublishCatalogue,
  StartDecisionStage,
  WithdrawDecision,
} from '@gov/contracts-document-secretariat';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { expectedVersion } from '../../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { numberParam } from '../../http/params.js';
import { changeVersioned, createOnce, IF_MATCH_HEADER, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { DOCUMENT_SECRETARIAT } from './common.js';

/** Who reads decisions: the office's readers, 文秘科 (政策法规科), and the 承办单位's liaison for its own. */
const DECISION_READERS = [Permissions.documentsRead, Permissions.documentsReadOwn, Permissions.legalAffairsManage] as const;

/** 重大行政决策 (document-secretariat): the year's catalogue and each decision through its statutory stages. */
@ApiTags('重大行政决策')
@Controller('api/decisions')
export class DecisionsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(...DECISION_READERS)
  @ApiOperation({ summary: '决策事项列表（按年度、状态、承办单位筛选，名称模糊搜索）' })
  @ApiOkResponse({ type: ListDecisions.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDecisions.Reply> {
    return this.rpc.call(DOCUMENT_SECRETARIAT, DecisionSubjects.list, await validatePayload(ListDecisions.Request, query), caller);
  }

  @Get('catalogues/:year')
  @Permission(...DECISION_READERS)
  @ApiOperation({ summary: '年度决策事项目录（ETag 为目录版本号）' })
  @ApiParam({ name: 'year', type: Number })
  @ApiOkResponse({ type: CatalogueView })
  @ApiServiceProblems()
  async catalogue(@Param('year') year: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<CatalogueView> {
    return withEtag(reply, await this.rpc.call<CatalogueView>(DOCUMENT_SECRETARIAT, DecisionSubjects.catalogue, await validatePayload(GetCatalogue.Request, { year: numberParam(year) }), caller));
  }

  @Post('catalogues/:year/publish')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '公布年度决策事项目录（目录调整后可再次公布）；须带 If-Match' })
  @ApiParam({ name: 'year', type: Number })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiBody({ type: PublishCatalogue.Body })
  @ApiOkResponse({ type: CatalogueView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async publish(@Param('year') year: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<CatalogueView> {
    const fields = await validatePayload(PublishCatalogue.Body, body);
    const request = await validatePayload(PublishCatalogue.Request, { ...fields, year: numberParam(year), expectedVersion: expectedVersion(ifMatch) });
    return withEtag(reply, await this.rpc.call<CatalogueView>(DOCUMENT_SECRETARIAT, DecisionSubjects.publishCatalogue, request, caller));
  }

  @Post()
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({
    summary: '将决策事项列入年度目录',
    description: '同时确定本事项的法定程序：公众参与、专家论证、风险评估可说明理由后确定为不适用；合法性审查、集体讨论决定不可免。目录公布后新增事项须填写调整理由。',
  })
  @ApiCreateOnce({ body: CreateDecision.Request, answer: DecisionView, problems: [403, 409, 422] })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DecisionView> {
    const request = await validatePayload(CreateDecision.Request, body);
    return createOnce<DecisionView>(this, DOCUMENT_SECRETARIAT, 'POST /api/decisions', DecisionSubjects.create, request, body, key, caller, reply);
  }

  @Get(':id')
  @Permission(...DECISION_READERS)
  @ApiOperation({ summary: '决策事项详情：各环节的状态、结果、证明材料和目录调整记录（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DecisionView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DecisionView> {
    return withEtag(reply, await this.rpc.call<DecisionView>(DOCUMENT_SECRETARIAT, DecisionSubjects.get, await validatePayload(GetDecision.Request, { id }), caller));
  }

  @Patch(':id')
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '调整目录事项（名称、承办单位、计划时间），须说明理由；须带 If-Match' })
  @ApiVersionedChange({ body: AdjustDecision.Body, answer: DecisionView, problems: [403, 404, 422] })
  async adjust(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DecisionView> {
    const fields = await validatePayload(AdjustDecision.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, DecisionSubjects.adjust, AdjustDecision.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({ summary: '调出目录（不删除，记录理由）；须带 If-Match' })
  @ApiVersionedChange({ body: WithdrawDecision.Body, answer: DecisionView, problems: [403, 404, 422] })
  async withdraw(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DecisionView> {
    const fields = await validatePayload(WithdrawDecision.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, DecisionSubjects.withdraw, WithdrawDecision.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/stages/:stage/start')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({
    summary: '开始一个法定环节',
    description: '前一必经环节未完成时不能开始（422，说明缺少的环节）；集体讨论决定须在合法性审查通过后。公众参与须给出征求意见期限（一般不少于 30 日），截止日由期限计算引擎按日历日计算。',
  })
  @ApiParam({ name: 'stage', enum: DECISION_STAGES })
  @ApiVersionedChange({ body: StartDecisionStage.Body, answer: DecisionView, problems: [403, 404, 422] })
  async startStage(
    @Param('id') id: string,
    @Param('stage') stage: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DecisionView> {
    const fields = await validatePayload(StartDecisionStage.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, DecisionSubjects.startStage, StartDecisionStage.Request, id, { ...fields, stage }, ifMatch, caller, reply);
  }

  @Post(':id/stages/:stage/finish')
  @HttpCode(200)
  @Permission(Permissions.legalAffairsManage)
  @ApiOperation({
    summary: '办结一个法定环节，记录结果和证明材料',
    description: '公众参与须在征求意见期满后办结并填写意见条数；合法性审查填写结论（通过/不通过）和意见；集体讨论决定填写会议、日期和结果（通过/不通过/修改后通过）。',
  })
  @ApiParam({ name: 'stage', enum: DECISION_STAGES })
  @ApiVersionedChange({ body: FinishDecisionStage.Body, answer: DecisionView, problems: [403, 404, 422] })
  async finishStage(
    @Param('id') id: string,
    @Param('stage') stage: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DecisionView> {
    const fields = await validatePayload(FinishDecisionStage.Body, body);
    return changeVersioned(this.rpc, DOCUMENT_SECRETARIAT, DecisionSubjects.finishStage, FinishDecisionStage.Request, id, { ...fields, stage }, ifMatch, caller, reply);
  }
}
