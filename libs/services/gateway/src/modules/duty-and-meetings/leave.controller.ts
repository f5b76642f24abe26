import { Body, Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import { DecideLeave, GetLeave, LeaveSubjects, LeaveView, ListLeave, RecordLeaveReturn, RequestLeave, WhoIsAway, WithdrawLeave } from '@gov/contracts-duty-and-meetings';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { type RecordRouteDeps } from '../../http/record-routes.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ask, changeRecord, createRecord, getRecord, RecordCreate, RecordStep } from './routes.js';

const READ = [Permissions.leaveRead, Permissions.leaveRequest, Permissions.leaveApprove] as const;

/** 请销假 of units' principal leaders. A liaison files and sees only their own unit's. */
@ApiTags('请销假')
@Controller('api/leave')
export class LeaveController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Permission(...READ)
  @ApiOperation({ summary: '请假列表（分页、按单位/状态筛选、姓名模糊搜索）' })
  @ApiOkResponse({ type: ListLeave.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListLeave.Reply> {
    return ask(this.rpc, LeaveSubjects.list, ListLeave.Request, query, caller);
  }

  @Get('away')
  @Permission(...READ)
  @ApiOperation({ summary: '某日不在岗的单位主要负责人' })
  @ApiOkResponse({ type: WhoIsAway.Reply })
  @ApiServiceProblems()
  async whoIsAway(@Query() query: unknown, @Caller() caller: CallerContext): Promise<WhoIsAway.Reply> {
    return ask(this.rpc, LeaveSubjects.whoIsAway, WhoIsAway.Request, query, caller);
  }

  @Get(':id')
  @Permission(...READ)
  @ApiOperation({ summary: '请假详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: LeaveView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<LeaveView> {
    return getRecord(this.rpc, LeaveSubjects.get, GetLeave.Request, id, caller, reply);
  }

  @RecordCreate(undefined, '提交请假（与同一人其他请假时间重叠时提示，不阻止）', RequestLeave.Request, LeaveView, [403, 422])
  @Permission(Permissions.leaveRequest)
  async request(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<LeaveView> {
    return createRecord(this, 'POST /api/leave', LeaveSubjects.request, RequestLeave.Request, body, key, caller, reply);
  }

  @RecordStep(':id/decision', '审批请假（办公室领导）；须带 If-Match', LeaveView, DecideLeave.Body, [403, 404, 422])
  @Permission(Permissions.leaveApprove)
  async decide(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<LeaveView> {
    return changeRecord(this.rpc, LeaveSubjects.decide, DecideLeave, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/return', '销假：记录实际返岗日期；须带 If-Match', LeaveView, RecordLeaveReturn.Body, [403, 404, 422])
  @Permission(Permissions.leaveRequest)
  async recordReturn(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<LeaveView> {
    return changeRecord(this.rpc, LeaveSubjects.recordReturn, RecordLeaveReturn, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/withdraw', '撤回请假（不删除）；须带 If-Match', LeaveView, WithdrawLeave.Body, [403, 404, 422])
  @Permission(Permissions.leaveRequest)
  async withdraw(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<LeaveView> {
    return changeRecord(this.rpc, LeaveSubjects.withdraw, WithdrawLeave, id, body, ifMatch, caller, reply);
  }
}
