import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { Permissions } from '@gov/contracts-gateway';
import {
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
} from '@gov/contracts-supervision';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { etagOf, expectedVersion } from '../../http/etag.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';

const SERVICE = 'supervision';
const IF_MATCH = { name: 'If-Match', required: true, description: '读取督办事项时返回的 ETag，如 W/"3"' };
const P = Permissions;
const READERS = [P.supervisionRead, P.supervisionManage, P.supervisionReadOwn] as const;

/** 督办事项, owned by supervision: the gateway validates, passes the caller, and adds ETag/If-Match and Idempotency-Key. */
@ApiTags('督办事项')
@Controller('api/supervision')
export class SupervisionItemsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '幂等键（建议 UUID）' })
  @ApiBody({ type: CreateSupervisionItem.Request })
  @ApiCreatedResponse({ type: SupervisionItemDetail })
  @ApiBodyProblems()
  @ApiServiceProblems(409, 422)
  async create(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SupervisionItemDetail> {
    const request = await validatePayload(CreateSupervisionItem.Request, body);
    const answer = await this.idempotency.run(caller.userId, key, 'POST /api/supervision/items', body, 201, () =>
      this.rpc.call<SupervisionItemDetail>(SERVICE, SupervisionItemSubjects.create, request, caller),
    );
    if (answer.replayed) reply.header('idempotent-replayed', 'true');
    reply.status(answer.statusCode);
    return withEtag(reply, answer.body);
  }

  @Post('items/:id/resolve-units')
  @HttpCode(200)
  @Permission(P.supervisionManage)
  @ApiOperation({ summary: '确认责任单位并交办（待确认责任单位的事项）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ResolveItemUnits.Body })
  @ApiOkResponse({ type: SupervisionItemDetail })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async resolveUnits(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.changeVersioned(SupervisionItemSubjects.resolveUnits, id, await validatePayload(ResolveItemUnits.Body, body), ifMatch, caller, reply);
  }

  @Post('items/:id/acknowledge')
  @HttpCode(200)
  @Permission(P.supervisionReportOwn)
  @ApiOperation({ summary: '签收（主责单位联络员）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: SupervisionItemDetail })
  @ApiServiceProblems(404, 403, 412, 422, 428)
  async acknowledge(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.changeVersioned(SupervisionItemSubjects.acknowledge, id, {}, ifMatch, caller, reply);
  }

  @Post('items/:id/progress')
  @HttpCode(200)
  @Permission(P.supervisionReportOwn)
  @ApiOperation({ summary: '反馈进展（主责单位按节点反馈；配合单位提交意见）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReportItemProgress.Body })
  @ApiOkResponse({ type: SupervisionItemDetail })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 403, 412, 422, 428)
  async reportProgress(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.changeVersioned(SupervisionItemSubjects.reportProgress, id, await validatePayload(ReportItemProgress.Body, body), ifMatch, caller, reply);
  }

  @Post('items/:id/extension-requests')
  @HttpCode(200)
  @Permission(P.supervisionReportOwn)
  @ApiOperation({ summary: '申请延期（主责单位，写明理由）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: RequestItemExtension.Body })
  @ApiOkResponse({ type: SupervisionItemDetail })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 403, 409, 412, 422, 428)
  async requestExtension(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.changeVersioned(SupervisionItemSubjects.requestExtension, id, await validatePayload(RequestItemExtension.Body, body), ifMatch, caller, reply);
  }

  @Post('items/:id/extension-requests/:extensionId/decision')
  @HttpCode(200)
  @Permission(P.supervisionManage)
  @ApiOperation({ summary: '审批延期（同意则按期限引擎重新计算期限）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'extensionId', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: DecideItemExtension.Body })
  @ApiOkResponse({ type: SupervisionItemDetail })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async decideExtension(
    @Param('id') id: string,
    @Param('extensionId') extensionId: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const fields = { ...(await validatePayload(DecideItemExtension.Body, body)), extensionId: await uuidParam(extensionId) };
    return this.changeVersioned(SupervisionItemSubjects.decideExtension, id, fields, ifMatch, caller, reply);
  }

  @Post('items/:id/completion')
  @HttpCode(200)
  @Permission(P.supervisionReportOwn)
  @ApiOperation({ summary: '报办结（主责单位）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReportItemCompletion.Body })
  @ApiOkResponse({ type: SupervisionItemDetail })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 403, 412, 422, 428)
  async reportCompletion(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.changeVersioned(SupervisionItemSubjects.reportCompletion, id, await validatePayload(ReportItemCompletion.Body, body), ifMatch, caller, reply);
  }

  @Post('items/:id/verification')
  @HttpCode(200)
  @Permission(P.supervisionManage)
  @ApiOperation({ summary: '审核销号或退回（退回须写明理由）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: VerifyItem.Body })
  @ApiOkResponse({ type: SupervisionItemDetail })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async verify(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.changeVersioned(SupervisionItemSubjects.verify, id, await validatePayload(VerifyItem.Body, body), ifMatch, caller, reply);
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
  @ApiBody({ type: ChangeSupervisionSetting.Request })
  @ApiCreatedResponse({ type: SupervisionSettingView })
  @ApiBodyProblems()
  @ApiServiceProblems(409)
  async changeSetting(@Body() body: unknown, @Caller() caller: CallerContext): Promise<SupervisionSettingView> {
    return this.rpc.call(SERVICE, SupervisionItemSubjects.changeSetting, await validatePayload(ChangeSupervisionSetting.Request, body), caller);
  }

  /** A change of one item at the version the client holds (If-Match); answers the new version's ETag. */
  private async changeVersioned(subject: string, id: string, fields: object, ifMatch: string | undefined, caller: CallerContext, reply: FastifyReply): Promise<SupervisionItemDetail> {
    const request = { ...fields, id: await uuidParam(id), expectedVersion: expectedVersion(ifMatch) };
    return withEtag(reply, await this.rpc.call<SupervisionItemDetail>(SERVICE, subject, request, caller));
  }
}

function withEtag(reply: FastifyReply, item: SupervisionItemDetail): SupervisionItemDetail {
  reply.header('etag', etagOf(item.version));
  return item;
}
