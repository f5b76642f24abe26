import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import {
  AcknowledgeItem,
  ChangeSupervisionSetting,
  CreateSupervisionItem,
  DecideItemExtension,
  GetSupervisionItem,
  GetSupervisionSettings,
  ListSupervisionItems,
  ReportItemCompletion,
  ReportItemProgress,
  RequestItemExtension,
  ResolveItemUnits,
  SupervisionItemDetail,
  SupervisionItemSubjects,
  SupervisionSettingView,
  VerifyItem,
  WithdrawItem,
} from '@gov/contracts-supervision';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { changeVersioned, createOnce, createUnversionedOnce, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce, ApiVersionedChange } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';

const SERVICE = 'supervision';
const P = Permissions;
const READERS = [P.supervisionRead, P.supervisionManage, P.supervisionReadOwn] as const;

/** 督办事项, owned by supervision: the gateway validates, passes the caller, and adds ETag/If-Match and Idempotency-Key. */
@ApiTags('督办事项')
@Controller('api/supervision')
export class SupervisionItemsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('items')
  @Permission(...READERS)
  @ApiOperation({ summary: '督办事项列表（分页、按来源/状态/灯色/单位/年度筛选、中文模糊搜索）', description: '单位联络员只能看到本单位主责或配合的事项；按来源 id 可从批示或会议追踪到事项。' })
  @ApiOkResponse({ type: ListSupervisionItems.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListSupervisionItems.Reply> {
    return this.rpc.call(SERVICE, SupervisionItemSubjects.list, await validatePayload(ListSupervisionItems.Request, query), caller);
  }

  @Get('items/:id')
  @Permission(...READERS)
  @ApiOperation({ summary: '督办事项详情（节点、反馈、延期、全过程时间记录；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: SupervisionItemDetail })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionItemDetail> {
    const request = await validatePayload(GetSupervisionItem.Request, { id });
    return withEtag(reply, await this.rpc.call<SupervisionItemDetail>(SERVICE, SupervisionItemSubjects.get, request, caller));
  }

  @Post('items')
  @Permission(P.supervisionManage)
  @ApiOperation({ summary: '立项督办事项（政府工作报告任务、上级交办、专项督查）', description: '带 Idempotency-Key 时，同一用户以同一键重试将得到第一次的结果。' })
  @ApiCreateOnce({ body: CreateSupervisionItem.Request, answer: SupervisionItemDetail, problems: [409, 422] })
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionItemDetail> {
    const request = await validatePayload(CreateSupervisionItem.Request, body);
    return createOnce<SupervisionItemDetail>(this, SERVICE, 'POST /api/supervision/items', SupervisionItemSubjects.create, request, body, key, caller, reply);
  }

  @Post('items/:id/resolve-units')
  @HttpCode(200)
  @Permission(P.supervisionManage)
  @ApiOperation({ summary: '确认责任单位并交办（待确认责任单位的事项）；须带 If-Match' })
  @ApiVersionedChange({ body: ResolveItemUnits.Body, answer: SupervisionItemDetail, problems: [404, 422] })
  async resolveUnits(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<SupervisionItemDetail>(this.rpc, SERVICE, SupervisionItemSubjects.resolveUnits, ResolveItemUnits.Request, id, await validatePayload(ResolveItemUnits.Body, body), ifMatch, caller, reply);
  }

  @Post('items/:id/acknowledge')
  @HttpCode(200)
  @Permission(P.supervisionReportOwn)
  @ApiOperation({ summary: '签收（主责单位联络员）；须带 If-Match' })
  @ApiVersionedChange({ answer: SupervisionItemDetail, problems: [403, 404, 422] })
  async acknowledge(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<SupervisionItemDetail>(this.rpc, SERVICE, SupervisionItemSubjects.acknowledge, AcknowledgeItem.Request, id, {}, ifMatch, caller, reply);
  }

  @Post('items/:id/progress')
  @HttpCode(200)
  @Permission(P.supervisionReportOwn)
  @ApiOperation({ summary: '反馈进展（主责单位按节点反馈；配合单位提交意见）；须带 If-Match' })
  @ApiVersionedChange({ body: ReportItemProgress.Body, answer: SupervisionItemDetail, problems: [403, 404, 422] })
  async reportProgress(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<SupervisionItemDetail>(this.rpc, SERVICE, SupervisionItemSubjects.reportProgress, ReportItemProgress.Request, id, await validatePayload(ReportItemProgress.Body, body), ifMatch, caller, reply);
  }

  @Post('items/:id/extension-requests')
  @HttpCode(200)
  @Permission(P.supervisionReportOwn)
  @ApiOperation({ summary: '申请延期（主责单位，写明理由）；须带 If-Match' })
  @ApiVersionedChange({ body: RequestItemExtension.Body, answer: SupervisionItemDetail, problems: [403, 404, 409, 422] })
  async requestExtension(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<SupervisionItemDetail>(this.rpc, SERVICE, SupervisionItemSubjects.requestExtension, RequestItemExtension.Request, id, await validatePayload(RequestItemExtension.Body, body), ifMatch, caller, reply);
  }

  @Post('items/:id/extension-requests/:extensionId/decision')
  @HttpCode(200)
  @Permission(P.supervisionManage)
  @ApiOperation({ summary: '审批延期（同意则按期限引擎重新计算期限）；须带 If-Match' })
  @ApiParam({ name: 'extensionId', format: 'uuid' })
  @ApiVersionedChange({ body: DecideItemExtension.Body, answer: SupervisionItemDetail, problems: [404, 422] })
  async decideExtension(
    @Param('id') id: string,
    @Param('extensionId') extensionId: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const fields = { ...(await validatePayload(DecideItemExtension.Body, body)), extensionId: await uuidParam(extensionId) };
    return changeVersioned<SupervisionItemDetail>(this.rpc, SERVICE, SupervisionItemSubjects.decideExtension, DecideItemExtension.Request, id, fields, ifMatch, caller, reply);
  }

  @Post('items/:id/completion')
  @HttpCode(200)
  @Permission(P.supervisionReportOwn)
  @ApiOperation({ summary: '报办结（主责单位）；须带 If-Match' })
  @ApiVersionedChange({ body: ReportItemCompletion.Body, answer: SupervisionItemDetail, problems: [403, 404, 422] })
  async reportCompletion(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<SupervisionItemDetail>(this.rpc, SERVICE, SupervisionItemSubjects.reportCompletion, ReportItemCompletion.Request, id, await validatePayload(ReportItemCompletion.Body, body), ifMatch, caller, reply);
  }

  @Post('items/:id/verification')
  @HttpCode(200)
  @Permission(P.supervisionManage)
  @ApiOperation({ summary: '审核销号或退回（退回须写明理由）；须带 If-Match' })
  @ApiVersionedChange({ body: VerifyItem.Body, answer: SupervisionItemDetail, problems: [404, 422] })
  async verify(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<SupervisionItemDetail>(this.rpc, SERVICE, SupervisionItemSubjects.verify, VerifyItem.Request, id, await validatePayload(VerifyItem.Body, body), ifMatch, caller, reply);
  }

  @Post('items/:id/withdrawal')
  @HttpCode(200)
  @Permission(P.supervisionManage)
  @ApiOperation({ summary: '撤销督办事项（督查室，须写明理由；事项保留，不再预警和考核）；须带 If-Match' })
  @ApiVersionedChange({ body: WithdrawItem.Body, answer: SupervisionItemDetail, problems: [404, 422] })
  async withdraw(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return changeVersioned<SupervisionItemDetail>(this.rpc, SERVICE, SupervisionItemSubjects.withdraw, WithdrawItem.Request, id, await validatePayload(WithdrawItem.Body, body), ifMatch, caller, reply);
  }

  @Get('settings')
  @Permission(P.supervisionRead, P.supervisionManage)
  @ApiOperation({ summary: '督查设置（默认期限、预警阈值、考核权重）：当日有效值及全部版本' })
  @ApiOkResponse({ type: GetSupervisionSettings.Reply })
  @ApiServiceProblems()
  async settings(@Query() query: unknown, @Caller() caller: CallerContext): Promise<GetSupervisionSettings.Reply> {
    return this.rpc.call(SERVICE, SupervisionItemSubjects.getSettings, await validatePayload(GetSupervisionSettings.Request, query), caller);
  }

  @Post('settings')
  @Permission(P.supervisionConfigure)
  @ApiOperation({ summary: '新增督查设置版本（写明生效日期和依据；不改变已作出的期限）' })
  @ApiCreateOnce({ body: ChangeSupervisionSetting.Request, answer: SupervisionSettingView, problems: [409] })
  async changeSetting(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<SupervisionSettingView> {
    const request = await validatePayload(ChangeSupervisionSetting.Request, body);
    return createUnversionedOnce<SupervisionSettingView>(this, SERVICE, 'POST /api/supervision/settings', SupervisionItemSubjects.changeSetting, request, body, key, caller, reply);
  }
}
