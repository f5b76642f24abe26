import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
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
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { changeVersioned, createOnce, IDEMPOTENCY_KEY, IF_MATCH, SERVICE, withEtag } from './schedule-http.js';

/** 政务活动, 接待 and the leaders' calendars. */
@ApiTags('领导活动与接待')
@Controller('api')
export class ActivitiesController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get('leader-calendar')
  // Leaders hold activities:read; the service narrows a caller without it to their own calendar.
  @Permission(Permissions.activitiesRead, Permissions.activitiesManage, Permissions.meetingsRead)
  @ApiOperation({ summary: '领导日程（会议、政务活动、接待、请假外出），按时间段、领导筛选' })
  @ApiOkResponse({ type: GetLeaderCalendar.Reply })
  @ApiServiceProblems(403)
  async calendar(@Query() query: unknown, @Caller() caller: CallerContext): Promise<GetLeaderCalendar.Reply> {
    return this.rpc.call(SERVICE, LeaderCalendarSubjects.get, await validatePayload(GetLeaderCalendar.Request, query), caller);
  }

  @Get('activities')
  @Permission(Permissions.activitiesRead, Permissions.activitiesManage)
  @ApiOperation({ summary: '领导活动与接待列表（分页、按类型/状态筛选、标题中文模糊搜索）' })
  @ApiOkResponse({ type: ListActivities.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListActivities.Reply> {
    return this.rpc.call(SERVICE, ActivitySubjects.list, await validatePayload(ListActivities.Request, query), caller);
  }

  @Get('activities/:id')
  @Permission(Permissions.activitiesRead, Permissions.activitiesManage)
  @ApiOperation({ summary: '活动或接待方案详情（ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ActivityView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ActivityView> {
    const request = await validatePayload(GetActivity.Request, { id });
    return withEtag(reply, await this.rpc.call<ActivityView>(SERVICE, ActivitySubjects.get, request, caller));
  }

  @Post('activities')
  @Permission(Permissions.activitiesManage)
  @ApiOperation({ summary: '安排政务活动、接待（含接待对象、日程、责任人）或领导请假外出；领导日程冲突时拒绝并指明冲突安排' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateActivity.Request })
  @ApiCreatedResponse({ type: ActivityView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 409, 422)
  async create(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActivityView> {
    const request = await validatePayload(CreateActivity.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/activities', ActivitySubjects.create, request, body, key, caller, reply);
  }

  @Post('activities/:id/cancel')
  @HttpCode(200)
  @Permission(Permissions.activitiesManage)
  @ApiOperation({ summary: '取消活动（不删除），释放领导日程；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: CancelActivity.Body })
  @ApiOkResponse({ type: ActivityView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async cancel(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ActivityView> {
    const fields = await validatePayload(CancelActivity.Body, body);
    return changeVersioned(this.rpc, ActivitySubjects.cancel, CancelActivity.Request, id, fields, ifMatch, caller, reply);
  }
}
