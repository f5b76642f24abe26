import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
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
  ListDutyLogs,
  ListDutySwaps,
  ListHandovers,
  ListUnitRosters,
  ListUrgentMatters,
  ListUrgentReportRules,
  RecordDutyInstruction,
  RefileUnitRoster,
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
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { changeVersioned, createOnce, IDEMPOTENCY_KEY, IF_MATCH, SERVICE, withEtag } from './schedule-http.js';

const P = Permissions;
const READ = [P.dutyRead, P.dutyWrite] as const;

/** 区政府值班室: the roster with swaps, handovers and the duty log. */
@ApiTags('区政府值班')
@Controller('api/duty')
export class DutyRosterController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get('roster')
  @Permission(...READ)
  @ApiOperation({ summary: '值班表（按日期区间，最多 92 天；标明节假日值班）' })
  @ApiOkResponse({ type: ListDutyDays.Reply })
  @ApiServiceProblems()
  async listDays(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDutyDays.Reply> {
    return this.rpc.call(SERVICE, DutySubjects.rosterList, await validatePayload(ListDutyDays.Request, query), caller);
  }

  @Get('roster/:id')
  @Permission(...READ)
  @ApiOperation({ summary: '值班日详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DutyDayView })
  @ApiServiceProblems(404)
  async getDay(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyDayView> {
    return withEtag(reply, await this.rpc.call<DutyDayView>(SERVICE, DutySubjects.rosterGet, await validatePayload(GetDutyDay.Request, { id }), caller));
  }

  @Post('roster')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '排班：某日的带班领导和值班员' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateDutyDay.Request })
  @ApiCreatedResponse({ type: DutyDayView })
  @ApiBodyProblems()
  @ApiServiceProblems(409)
  async createDay(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyDayView> {
    const request = await validatePayload(CreateDutyDay.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/duty/roster', DutySubjects.rosterCreate, request, body, key, caller, reply);
  }

  @Put('roster/:id')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '修改排班（须带 If-Match）；人员调换请走换班审批' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: UpdateDutyDay.Body })
  @ApiOkResponse({ type: DutyDayView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 428)
  async updateDay(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyDayView> {
    const fields = await validatePayload(UpdateDutyDay.Body, body);
    return changeVersioned(this.rpc, DutySubjects.rosterUpdate, UpdateDutyDay.Request, id, fields, ifMatch, caller, reply);
  }

  @Get('swaps')
  @Permission(...READ)
  @ApiOperation({ summary: '换班申请列表' })
  @ApiOkResponse({ type: ListDutySwaps.Reply })
  @ApiServiceProblems()
  async listSwaps(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDutySwaps.Reply> {
    return this.rpc.call(SERVICE, DutySubjects.swapList, await validatePayload(ListDutySwaps.Request, query), caller);
  }

  @Post('swaps')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '申请换班（经综合科科长批准后才改动值班表）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: RequestDutySwap.Request })
  @ApiCreatedResponse({ type: DutySwapView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 422)
  async requestSwap(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutySwapView> {
    const request = await validatePayload(RequestDutySwap.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/duty/swaps', DutySubjects.swapRequest, request, body, key, caller, reply);
  }

  @Post('swaps/:id/decision')
  @HttpCode(200)
  @Permission(P.dutyApprove)
  @ApiOperation({ summary: '审批换班（综合科科长；须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: DecideDutySwap.Body })
  @ApiOkResponse({ type: DutySwapView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async decideSwap(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutySwapView> {
    const fields = await validatePayload(DecideDutySwap.Body, body);
    return changeVersioned(this.rpc, DutySubjects.swapDecide, DecideDutySwap.Request, id, fields, ifMatch, caller, reply);
  }

  @Get('handovers')
  @Permission(...READ)
  @ApiOperation({ summary: '交接班记录' })
  @ApiOkResponse({ type: ListHandovers.Reply })
  @ApiServiceProblems()
  async listHandovers(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListHandovers.Reply> {
    return this.rpc.call(SERVICE, DutySubjects.handoverList, await validatePayload(ListHandovers.Request, query), caller);
  }

  @Post('handovers')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '登记交接班（班次、交接人、待办事项）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateHandover.Request })
  @ApiCreatedResponse({ type: HandoverView })
  @ApiBodyProblems()
  @ApiServiceProblems()
  async createHandover(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<HandoverView> {
    const request = await validatePayload(CreateHandover.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/duty/handovers', DutySubjects.handoverCreate, request, body, key, caller, reply);
  }

  @Get('log')
  @Permission(...READ)
  @ApiOperation({ summary: '值班记录（来电、报告；中文模糊搜索）' })
  @ApiOkResponse({ type: ListDutyLogs.Reply })
  @ApiServiceProblems()
  async listLogs(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListDutyLogs.Reply> {
    return this.rpc.call(SERVICE, DutySubjects.logList, await validatePayload(ListDutyLogs.Request, query), caller);
  }

  @Get('log/:id')
  @Permission(...READ)
  @ApiOperation({ summary: '值班记录详情' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DutyLogView })
  @ApiServiceProblems(404)
  async getLog(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyLogView> {
    return withEtag(reply, await this.rpc.call<DutyLogView>(SERVICE, DutySubjects.logGet, await validatePayload(GetDutyLog.Request, { id }), caller));
  }

  @Patch('log/:id/handling')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '更新值班记录的处理情况（须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: UpdateDutyLogHandling.Body })
  @ApiOkResponse({ type: DutyLogView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 428)
  async updateLogHandling(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyLogView> {
    const fields = await validatePayload(UpdateDutyLogHandling.Body, body);
    return changeVersioned(this.rpc, DutySubjects.logUpdateHandling, UpdateDutyLogHandling.Request, id, fields, ifMatch, caller, reply);
  }

  @Get('history/:recordKind/:id')
  @Permission(...READ)
  @ApiOperation({ summary: '值班室记录的留痕（每个版本的动作、操作人、时间）' })
  @ApiParam({ name: 'recordKind', description: '记录类型，如 urgent_matter、duty_day、public_opinion' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: GetDutyHistory.Reply })
  @ApiServiceProblems(404)
  async history(@Param('recordKind') recordKind: string, @Param('id') id: string, @Caller() caller: CallerContext): Promise<GetDutyHistory.Reply> {
    return this.rpc.call(SERVICE, DutySubjects.history, await validatePayload(GetDutyHistory.Request, { recordKind, id }), caller);
  }

  @Post('log')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '登记值班记录（接报时间、来电单位、内容、处理情况）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateDutyLog.Request })
  @ApiCreatedResponse({ type: DutyLogView })
  @ApiBodyProblems()
  @ApiServiceProblems(422)
  async createLog(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyLogView> {
    const request = await validatePayload(CreateDutyLog.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/duty/log', DutySubjects.logCreate, request, body, key, caller, reply);
  }
}

/** 紧急事项: report-to-leader time limits in minutes per level, the report chain, the countdown and the overdue flag. */
@ApiTags('紧急事项')
@Controller('api/duty')
export class UrgentMattersController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
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
  @ApiBody({ type: CreateUrgentReportRule.Request })
  @ApiCreatedResponse({ type: UrgentReportRuleView })
  @ApiBodyProblems()
  @ApiServiceProblems(409)
  async createRule(@Body() body: unknown, @Caller() caller: CallerContext): Promise<UrgentReportRuleView> {
    return this.rpc.call(SERVICE, DutySubjects.ruleCreate, await validatePayload(CreateUrgentReportRule.Request, body), caller);
  }

  @Get('urgent-matters')
  @Permission(...READ)
  @ApiOperation({ summary: '紧急事项列表（含初报期限、倒计时秒数、是否超时）' })
  @ApiOkResponse({ type: ListUrgentMatters.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListUrgentMatters.Reply> {
    return this.rpc.call(SERVICE, DutySubjects.urgentList, await validatePayload(ListUrgentMatters.Request, query), caller);
  }

  @Get('urgent-matters/:id')
  @Permission(...READ)
  @ApiOperation({ summary: '紧急事项详情（报告链、初报/书面报告期限与倒计时）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UrgentMatterView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UrgentMatterView> {
    return withEtag(reply, await this.rpc.call<UrgentMatterView>(SERVICE, DutySubjects.urgentGet, await validatePayload(GetUrgentMatter.Request, { id }), caller));
  }

  @Post('urgent-matters')
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '接报紧急事项（按等级计算初报、书面报告期限，精确到分钟）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateUrgentMatter.Request })
  @ApiCreatedResponse({ type: UrgentMatterView })
  @ApiBodyProblems()
  @ApiServiceProblems(422)
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UrgentMatterView> {
    const request = await validatePayload(CreateUrgentMatter.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/duty/urgent-matters', DutySubjects.urgentCreate, request, body, key, caller, reply);
  }

  @Post('urgent-matters/:id/reports')
  @HttpCode(200)
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '登记向领导报告：初报 → 续报 → 终报（须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ReportUrgentMatter.Body })
  @ApiOkResponse({ type: UrgentMatterView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async report(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UrgentMatterView> {
    const fields = await validatePayload(ReportUrgentMatter.Body, body);
    return changeVersioned(this.rpc, DutySubjects.urgentReport, ReportUrgentMatter.Request, id, fields, ifMatch, caller, reply);
  }
}

/** 领导批示 on duty reports, relayed to the units named and published for supervision. */
@ApiTags('值班信息领导批示')
@Controller('api/duty/instructions')
export class DutyInstructionsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Post()
  @Permission(P.dutyInstruct, P.dutyWrite)
  @ApiOperation({ summary: '登记领导批示（针对值班记录、紧急事项或舆情），并推送督办' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: RecordDutyInstruction.Request })
  @ApiCreatedResponse({ type: DutyInstructionView })
  @ApiBodyProblems()
  @ApiServiceProblems(422)
  async record(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyInstructionView> {
    const request = await validatePayload(RecordDutyInstruction.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/duty/instructions', DutySubjects.instructionRecord, request, body, key, caller, reply);
  }

  @Get(':id')
  @Permission(P.dutyRead, P.dutyWrite, P.dutyInstruct)
  @ApiOperation({ summary: '批示详情（含向各单位的传达记录）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: DutyInstructionView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<DutyInstructionView> {
    return withEtag(reply, await this.rpc.call<DutyInstructionView>(SERVICE, DutySubjects.instructionGet, await validatePayload(GetDutyInstruction.Request, { id }), caller));
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
    const request = await validatePayload(RelayDutyInstruction.Request, { ...fields, id });
    return withEtag(reply, await this.rpc.call<DutyInstructionView>(SERVICE, DutySubjects.instructionRelay, request, caller));
  }
}

/** 指导全区政府系统值班工作: units file their own duty rosters, 综合科 checks them. */
@ApiTags('单位值班表报备')
@Controller('api/duty/unit-rosters')
export class UnitRostersController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(P.dutyRead, P.dutyWrite, P.dutyUnitRoster)
  @ApiOperation({ summary: '单位值班表报备列表（联络员只看本单位）' })
  @ApiOkResponse({ type: ListUnitRosters.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListUnitRosters.Reply> {
    return this.rpc.call(SERVICE, DutySubjects.unitRosterList, await validatePayload(ListUnitRosters.Request, query), caller);
  }

  @Get(':id')
  @Permission(P.dutyRead, P.dutyWrite, P.dutyUnitRoster)
  @ApiOperation({ summary: '单位值班表详情' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: UnitRosterView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRosterView> {
    return withEtag(reply, await this.rpc.call<UnitRosterView>(SERVICE, DutySubjects.unitRosterGet, await validatePayload(GetUnitRoster.Request, { id }), caller));
  }

  @Post()
  @Permission(P.dutyUnitRoster, P.dutyWrite)
  @ApiOperation({ summary: '报备本单位值班表（联络员只能报备本单位）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: FileUnitRoster.Request })
  @ApiCreatedResponse({ type: UnitRosterView })
  @ApiBodyProblems()
  @ApiServiceProblems(422)
  async file(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRosterView> {
    const request = await validatePayload(FileUnitRoster.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/duty/unit-rosters', DutySubjects.unitRosterFile, request, body, key, caller, reply);
  }

  @Put(':id')
  @Permission(P.dutyUnitRoster, P.dutyWrite)
  @ApiOperation({ summary: '修改后重新报备被退回的值班表（须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: RefileUnitRoster.Body })
  @ApiOkResponse({ type: UnitRosterView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async refile(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRosterView> {
    const fields = await validatePayload(RefileUnitRoster.Body, body);
    return changeVersioned(this.rpc, DutySubjects.unitRosterRefile, RefileUnitRoster.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/check')
  @HttpCode(200)
  @Permission(P.dutyWrite)
  @ApiOperation({ summary: '审核单位值班表：通过，或退回并写明意见（综合科；须带 If-Match）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: CheckUnitRoster.Body })
  @ApiOkResponse({ type: UnitRosterView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async check(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<UnitRosterView> {
    const fields = await validatePayload(CheckUnitRoster.Body, body);
    return changeVersioned(this.rpc, DutySubjects.unitRosterCheck, CheckUnitRoster.Request, id, fields, ifMatch, caller, reply);
  }
}
