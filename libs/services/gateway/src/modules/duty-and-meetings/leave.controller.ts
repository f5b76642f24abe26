import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import { DecideLeave, GetLeave, LeaveSubjects, LeaveView, ListLeave, RecordLeaveReturn, RequestLeave, WhoIsAway, WithdrawLeave } from '@gov/contracts-duty-and-meetings';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { changeVersioned, createOnce, IDEMPOTENCY_KEY, IF_MATCH, SERVICE, withEtag } from './schedule-http.js';

const READ = [Permissions.leaveRead, Permissions.leaveRequest, Permissions.leaveApprove] as const;

/** 请销假 of units' principal leaders. A liaison files and sees only their own unit's. */
@ApiTags('请销假')
@Controller('api/leave')
export class LeaveController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(...READ)
  @ApiOperation({ summary: '请假列表（分页、按单位/状态筛选、姓名模糊搜索）' })
  @ApiOkResponse({ type: ListLeave.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListLeave.Reply> {
    return this.rpc.call(SERVICE, LeaveSubjects.list, await validatePayload(ListLeave.Request, query), caller);
  }

  @Get('away')
  @Permission(...READ)
  @ApiOperation({ summary: '某日不在岗的单位主要负责人' })
  @ApiOkResponse({ type: WhoIsAway.Reply })
  @ApiServiceProblems()
  async whoIsAway(@Query() query: unknown, @Caller() caller: CallerContext): Promise<WhoIsAway.Reply> {
    return this.rpc.call(SERVICE, LeaveSubjects.whoIsAway, await validatePayload(WhoIsAway.Request, query), caller);
  }

  @Get(':id')
  @Permission(...READ)
  @ApiOperation({ summary: '请假详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: LeaveView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<LeaveView> {
    const request = await validatePayload(GetLeave.Request, { id });
    return withEtag(reply, await this.rpc.call<LeaveView>(SERVICE, LeaveSubjects.get, request, caller));
  }

  @Post()
  @Permission(Permissions.leaveRequest)
  @ApiOperation({ summary: '提交请假（与同一人其他请假时间重叠时提示，不阻止）' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: RequestLeave.Request })
  @ApiCreatedResponse({ type: LeaveView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 422)
  async request(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeaveView> {
    const request = await validatePayload(RequestLeave.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/leave', LeaveSubjects.request, request, body, key, caller, reply);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Permission(Permissions.leaveApprove)
  @ApiOperation({ summary: '审批请假（办公室领导）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: DecideLeave.Body })
  @ApiOkResponse({ type: LeaveView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async decide(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeaveView> {
    const fields = await validatePayload(DecideLeave.Body, body);
    return changeVersioned(this.rpc, LeaveSubjects.decide, DecideLeave.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Permission(Permissions.leaveRequest)
  @ApiOperation({ summary: '销假：记录实际返岗日期；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: RecordLeaveReturn.Body })
  @ApiOkResponse({ type: LeaveView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async recordReturn(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeaveView> {
    const fields = await validatePayload(RecordLeaveReturn.Body, body);
    return changeVersioned(this.rpc, LeaveSubjects.recordReturn, RecordLeaveReturn.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Permission(Permissions.leaveRequest)
  @ApiOperation({ summary: '撤回请假（不删除）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: WithdrawLeave.Body })
  @ApiOkResponse({ type: LeaveView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async withdraw(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeaveView> {
    const fields = await validatePayload(WithdrawLeave.Body, body);
    return changeVersioned(this.rpc, LeaveSubjects.withdraw, WithdrawLeave.Request, id, fields, ifMatch, caller, reply);
  }
}
