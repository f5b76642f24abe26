import { Body, Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import {
  ActivitySubjects,
  ActivityView,
  CancelActivity,
  CreateActivity,
  GetActivity,
  GetLeaderCalendar,
  LeaderCalendarSubjects,
  ListActivities,
} from '@gov/contracts-duty-and-meetings';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiServiceProblems } from '../../http/openapi.decorators.js';
import { type RecordRouteDeps } from '../../http/record-routes.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ask, changeRecord, createRecord, getRecord, RecordCreate, RecordStep } from './routes.js';

/** 政务活动, 接待 and the leaders' calendars. */
@ApiTags('领导活动与接待')
@Controller('api')
export class ActivitiesController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('leader-calendar')
  // Leaders hold activities:read; the service narrows a caller without it to their own calendar.
  @Permission(Permissions.activitiesRead, Permissions.activitiesManage, Permissions.meetingsRead)
  @ApiOperation({ summary: '领导日程（会议、政务活动、接待、请假外出），按时间段、领导筛选' })
  @ApiOkResponse({ type: GetLeaderCalendar.Reply })
  @ApiServiceProblems(403)
  async calendar(@Query() query: unknown, @Caller() caller: CallerContext): Promise<GetLeaderCalendar.Reply> {
    return ask(this.rpc, LeaderCalendarSubjects.get, GetLeaderCalendar.Request, query, caller);
  }

  @Get('activities')
  @Permission(Permissions.activitiesRead, Permissions.activitiesManage)
  @ApiOperation({ summary: '领导活动与接待列表（分页、按类型/状态筛选、标题中文模糊搜索）' })
  @ApiOkResponse({ type: ListActivities.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListActivities.Reply> {
    return ask(this.rpc, ActivitySubjects.list, ListActivities.Request, query, caller);
  }

  @Get('activities/:id')
  @Permission(Permissions.activitiesRead, Permissions.activitiesManage)
  @ApiOperation({ summary: '活动或接待方案详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ActivityView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ActivityView> {
    return getRecord(this.rpc, ActivitySubjects.get, GetActivity.Request, id, caller, reply);
  }

  @RecordCreate('activities', '安排政务活动、接待（含接待对象、日程、责任人）或领导请假外出；领导日程冲突时拒绝并指明冲突安排', CreateActivity.Request, ActivityView, [403, 409, 422])
  @Permission(Permissions.activitiesManage)
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ActivityView> {
    return createRecord(this, 'POST /api/activities', ActivitySubjects.create, CreateActivity.Request, body, key, caller, reply);
  }

  @RecordStep('activities/:id/cancel', '取消活动（不删除），释放领导日程；须带 If-Match', ActivityView, CancelActivity.Body, [403, 404, 422])
  @Permission(Permissions.activitiesManage)
  async cancel(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ActivityView> {
    return changeRecord(this.rpc, ActivitySubjects.cancel, CancelActivity, id, body, ifMatch, caller, reply);
  }
}
