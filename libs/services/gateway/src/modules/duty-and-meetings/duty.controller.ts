import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import {
  CheckUnitRoster,
  CreateDutyDay,
  CreateDutyLog,
  CreateHandover,
  CreateUrgentMatter,
  CreateUrgentReportRule,
  DecideDutySwap,
  DutyDayView,
  DutyInstructionView,
  DutyLogView,
  DutySubjects,
  DutySwapView,
  FileUnitRoster,
  GetDutyDay,
  GetDutyHistory,
  GetDutyInstruction,
  GetDutyLog,
  GetUnitRoster,
  GetUrgentMatter,
  HandoverView,
  ListDutyDays,
  ListDutyInstructions,
  ListDutyLogs,
  ListDutySwaps,
  ListHandovers,
  ListUnitRosters,
  ListUrgentMatters,
  ListUrgentReportRules,
  RecordDutyInstruction,
  RefileUnitRoster,
  ReceiveDutyInstruction,
  RelayDutyInstruction,
  ReportUrgentMatter,
  RequestDutySwap,
  UnitRosterView,
  UpdateDutyDay,
  UpdateDutyLogHandling,
  UrgentMatterView,
  UrgentReportRuleView,
} from '@gov/contracts-duty-and-meetings';
import { Permissions } from '@gov/contracts-gateway';
import { RpcClient, validatePayload } from '@gov/platform';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { createUnversionedOnce, IF_MATCH_HEADER, type RecordRouteDeps, withEtag } from '../../http/record-routes.js';
import { ApiCreateOnce } from '../../http/record-routes.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ask, changeRecord, createRecord, getRecord, RecordCreate, RecordStep, SERVICE } from './routes.js';

const P = Permissions;
const READ = [P.dutyRead, P.dutyWrite] as const;

/** 区政府值班室: the roster with swaps, handovers and the duty log. */
@ApiTags('区政府值班')
@Controller('api/duty')
export class DutyRosterController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('roster')
  @Permission(...READ)
  @ApiOperation({ summary: '值班表（按日期区间，最多 92 天；标明节假日值班）' })
  @ApiOkResponse({ type: ListDutyDays.Reply })
  @ApiServiceProblems()
  async listDays(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDutyDays.Reply> {
    return ask(this.rpc, DutySubjects.rosterList, ListDutyDays.Request, query, caller);
  }

  @Get('roster/:id')
  @Permission(...READ)
  @ApiOperation({ summary: '值班日详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DutyDayView })
  @ApiServiceProblems(404)
  async getDay(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyDayView> {
    return getRecord(this.rpc, DutySubjects.rosterGet, GetDutyDay.Request, id, caller, reply);
  }

  @RecordCreate('roster', '排班：某日的带班领导和值班员', CreateDutyDay.Request, DutyDayView, [409])
  @Permission(P.dutyWrite)
  async createDay(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyDayView> {
    return createRecord(this, 'POST /api/duty/roster', DutySubjects.rosterCreate, CreateDutyDay.Request, body, key, caller, reply);
  }

  @Put('roster/:id')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '修改排班（须带 If-Match）；人员调换请走换班审批' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiBody({ type: UpdateDutyDay.Body })
  @ApiOkResponse({ type: DutyDayView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 428)
  async updateDay(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyDayView> {
    return changeRecord(this.rpc, DutySubjects.rosterUpdate, UpdateDutyDay, id, body, ifMatch, caller, reply);
  }

  @Get('swaps')
  @Permission(...READ)
  @ApiOperation({ summary: '换班申请列表' })
  @ApiOkResponse({ type: ListDutySwaps.Reply })
  @ApiServiceProblems()
  async listSwaps(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDutySwaps.Reply> {
    return ask(this.rpc, DutySubjects.swapList, ListDutySwaps.Request, query, caller);
  }

  @RecordCreate('swaps', '申请换班（经综合科科长批准后才改动值班表）', RequestDutySwap.Request, DutySwapView, [404, 422])
  @Permission(P.dutyWrite)
  async requestSwap(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutySwapView> {
    return createRecord(this, 'POST /api/duty/swaps', DutySubjects.swapRequest, RequestDutySwap.Request, body, key, caller, reply);
  }

  @RecordStep('swaps/:id/decision', '审批换班（综合科科长；须带 If-Match）', DutySwapView, DecideDutySwap.Body, [404, 422])
  @Permission(P.dutyApprove)
  async decideSwap(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutySwapView> {
    return changeRecord(this.rpc, DutySubjects.swapDecide, DecideDutySwap, id, body, ifMatch, caller, reply);
  }

  @Get('handovers')
  @Permission(...READ)
  @ApiOperation({ summary: '交接班记录' })
  @ApiOkResponse({ type: ListHandovers.Reply })
  @ApiServiceProblems()
  async listHandovers(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListHandovers.Reply> {
    return ask(this.rpc, DutySubjects.handoverList, ListHandovers.Request, query, caller);
  }

  @RecordCreate('handovers', '登记交接班（班次、交接人、待办事项）', CreateHandover.Request, HandoverView, [])
  @Permission(P.dutyWrite)
  async createHandover(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<HandoverView> {
    return createRecord(this, 'POST /api/duty/handovers', DutySubjects.handoverCreate, CreateHandover.Request, body, key, caller, reply);
  }

  @Get('log')
  @Permission(...READ)
  @ApiOperation({ summary: '值班记录（来电、报告；中文模糊搜索）' })
  @ApiOkResponse({ type: ListDutyLogs.Reply })
  @ApiServiceProblems()
  async listLogs(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDutyLogs.Reply> {
    return ask(this.rpc, DutySubjects.logList, ListDutyLogs.Request, query, caller);
  }

  @Get('log/:id')
  @Permission(...READ)
  @ApiOperation({ summary: '值班记录详情' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DutyLogView })
  @ApiServiceProblems(404)
  async getLog(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyLogView> {
    return getRecord(this.rpc, DutySubjects.logGet, GetDutyLog.Request, id, caller, reply);
  }

  @Patch('log/:id/handling')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '更新值班记录的处理情况（须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiBody({ type: UpdateDutyLogHandling.Body })
  @ApiOkResponse({ type: DutyLogView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 428)
  async updateLogHandling(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyLogView> {
    return changeRecord(this.rpc, DutySubjects.logUpdateHandling, UpdateDutyLogHandling, id, body, ifMatch, caller, reply);
  }

  @Get('history/:recordKind/:id')
  @Permission(...READ)
  @ApiOperation({ summary: '值班室记录的留痕（每个版本的动作、操作人、时间）' })
  @ApiParam({ name: 'recordKind', description: '记录类型，如 urgent_matter、duty_day、public_opinion' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: GetDutyHistory.Reply })
  @ApiServiceProblems(404)
  async history(@Param('recordKind') recordKind: string, @Param('id') id: string, @Caller() caller: CallerContext): Promise<GetDutyHistory.Reply> {
    return ask(this.rpc, DutySubjects.history, GetDutyHistory.Request, { recordKind, id }, caller);
  }

  @RecordCreate('log', '登记值班记录（接报时间、来电单位、内容、处理情况）', CreateDutyLog.Request, DutyLogView, [422])
  @Permission(P.dutyWrite)
  async createLog(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyLogView> {
    return createRecord(this, 'POST /api/duty/log', DutySubjects.logCreate, CreateDutyLog.Request, body, key, caller, reply);
  }
}

/** 紧急事项: report-to-leader time limits in minutes per level, the report chain, the countdown and the overdue flag. */
@ApiTags('紧急事项')
@Controller('api/duty')
export class UrgentMattersController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('urgent-rules')
  @Permission(...READ)
  @ApiOperation({ summary: '紧急事项报告时限规则（按事件等级，含生效日期和依据）' })
  @ApiOkResponse({ type: ListUrgentReportRules.Reply })
  @ApiServiceProblems()
  async listRules(@Caller() caller: CallerContext): Promise<ListUrgentReportRules.Reply> {
    return this.rpc.call(SERVICE, DutySubjects.ruleList, {}, caller);
  }

  @Post('urgent-rules')
  @Permission(P.dutyApprove)
  @ApiOperation({ summary: '新增报告时限规则版本（综合科科长；自生效日期起适用，已接报事项保留原规则）' })
  @ApiCreateOnce({ body: CreateUrgentReportRule.Request, answer: UrgentReportRuleView, problems: [409] })
  async createRule(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UrgentReportRuleView> {
    const request = await validatePayload(CreateUrgentReportRule.Request, body);
    return createUnversionedOnce(this, SERVICE, 'POST /api/duty/urgent-rules', DutySubjects.ruleCreate, request, body, key, caller, reply);
  }

  @Get('urgent-matters')
  @Permission(...READ)
  @ApiOperation({ summary: '紧急事项列表（含初报期限、倒计时秒数、是否超时）' })
  @ApiOkResponse({ type: ListUrgentMatters.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListUrgentMatters.Reply> {
    return ask(this.rpc, DutySubjects.urgentList, ListUrgentMatters.Request, query, caller);
  }

  @Get('urgent-matters/:id')
  @Permission(...READ)
  @ApiOperation({ summary: '紧急事项详情（报告链、初报/书面报告期限与倒计时）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UrgentMatterView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UrgentMatterView> {
    return getRecord(this.rpc, DutySubjects.urgentGet, GetUrgentMatter.Request, id, caller, reply);
  }

  @RecordCreate('urgent-matters', '接报紧急事项（按等级计算初报、书面报告期限，精确到分钟）', CreateUrgentMatter.Request, UrgentMatterView, [422])
  @Permission(P.dutyWrite)
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UrgentMatterView> {
    return createRecord(this, 'POST /api/duty/urgent-matters', DutySubjects.urgentCreate, CreateUrgentMatter.Request, body, key, caller, reply);
  }

  @RecordStep('urgent-matters/:id/reports', '登记向领导报告：初报 → 续报 → 终报（须带 If-Match）', UrgentMatterView, ReportUrgentMatter.Body, [404, 422])
  @Permission(P.dutyWrite)
  async report(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UrgentMatterView> {
    return changeRecord(this.rpc, DutySubjects.urgentReport, ReportUrgentMatter, id, body, ifMatch, caller, reply);
  }
}

/** 领导批示 on duty reports, relayed to the units named and published for supervision. */
@ApiTags('值班信息领导批示')
@Controller('api/duty/instructions')
export class DutyInstructionsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @RecordCreate(undefined, '登记领导批示（针对值班记录、紧急事项或舆情），并推送督办', RecordDutyInstruction.Request, DutyInstructionView, [422])
  @Permission(P.dutyInstruct, P.dutyWrite)
  async record(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyInstructionView> {
    return createRecord(this, 'POST /api/duty/instructions', DutySubjects.instructionRecord, RecordDutyInstruction.Request, body, key, caller, reply);
  }

  @Get()
  @Permission(P.dutyRead, P.dutyWrite, P.dutyInstruct, P.dutyReceive)
  @ApiOperation({ summary: '领导批示列表（分页、按传达单位及其状态筛选、内容中文模糊搜索；单位联络员只看传达本单位的）' })
  @ApiOkResponse({ type: ListDutyInstructions.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDutyInstructions.Reply> {
    return ask(this.rpc, DutySubjects.instructionList, ListDutyInstructions.Request, query, caller);
  }

  @Get(':id')
  @Permission(P.dutyRead, P.dutyWrite, P.dutyInstruct, P.dutyReceive)
  @ApiOperation({ summary: '批示详情（含向各单位的传达记录；单位联络员只见本单位的传达与签收）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DutyInstructionView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyInstructionView> {
    return getRecord(this.rpc, DutySubjects.instructionGet, GetDutyInstruction.Request, id, caller, reply);
  }

  @Post(':id/relays')
  @HttpCode(200)
  @Permission(P.dutyInstruct, P.dutyWrite)
  @ApiOperation({ summary: '登记已向某单位传达批示（接收人、方式）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ type: RelayDutyInstruction.Body })
  @ApiOkResponse({ type: DutyInstructionView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 422)
  async relay(@Param('id') id: string, @Body() body: unknown, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyInstructionView> {
    const fields = await validatePayload(RelayDutyInstruction.Body, body);
    return withEtag(reply, await ask<DutyInstructionView>(this.rpc, DutySubjects.instructionRelay, RelayDutyInstruction.Request, { ...fields, id }, caller));
  }

  @Post(':id/receipt')
  @HttpCode(200)
  @Permission(P.dutyReceive)
  @ApiOperation({ summary: '签收批示（传达单位的联络员；记录签收人和时间，每单位一次）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DutyInstructionView })
  @ApiServiceProblems(403, 404, 409)
  async receive(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyInstructionView> {
    return withEtag(reply, await ask<DutyInstructionView>(this.rpc, DutySubjects.instructionReceive, ReceiveDutyInstruction.Request, { id }, caller));
  }
}

/** 指导全区政府系统值班工作: units file their own duty rosters, 综合科 checks them. */
@ApiTags('单位值班表报备')
@Controller('api/duty/unit-rosters')
export class UnitRostersController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(P.dutyRead, P.dutyWrite, P.dutyUnitRoster)
  @ApiOperation({ summary: '单位值班表报备列表（联络员只看本单位）' })
  @ApiOkResponse({ type: ListUnitRosters.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListUnitRosters.Reply> {
    return ask(this.rpc, DutySubjects.unitRosterList, ListUnitRosters.Request, query, caller);
  }

  @Get(':id')
  @Permission(P.dutyRead, P.dutyWrite, P.dutyUnitRoster)
  @ApiOperation({ summary: '单位值班表详情' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UnitRosterView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRosterView> {
    return getRecord(this.rpc, DutySubjects.unitRosterGet, GetUnitRoster.Request, id, caller, reply);
  }

  @RecordCreate(undefined, '报备本单位值班表（联络员只能报备本单位）', FileUnitRoster.Request, UnitRosterView, [422])
  @Permission(P.dutyUnitRoster, P.dutyWrite)
  async file(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRosterView> {
    return createRecord(this, 'POST /api/duty/unit-rosters', DutySubjects.unitRosterFile, FileUnitRoster.Request, body, key, caller, reply);
  }

  @Put(':id')
  @Permission(P.dutyUnitRoster, P.dutyWrite)
  @ApiOperation({ summary: '修改后重新报备被退回的值班表（须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH_HEADER)
  @ApiBody({ type: RefileUnitRoster.Body })
  @ApiOkResponse({ type: UnitRosterView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async refile(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRosterView> {
    return changeRecord(this.rpc, DutySubjects.unitRosterRefile, RefileUnitRoster, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/check', '审核单位值班表：通过，或退回并写明意见（综合科；须带 If-Match）', UnitRosterView, CheckUnitRoster.Body, [404, 422])
  @Permission(P.dutyWrite)
  async check(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRosterView> {
    return changeRecord(this.rpc, DutySubjects.unitRosterCheck, CheckUnitRoster, id, body, ifMatch, caller, reply);
  }
}
