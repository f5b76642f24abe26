import { Body, Controller, Get, Headers, Param, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import {
  AddMeetingDecision,
  AddMeetingTopic,
  ApproveMeeting,
  CancelMeeting,
  CreateMeeting,
  GetMeeting,
  ListMeetingClasses,
  ListMeetings,
  MEETING_CLASS_CODES,
  MeetingClassRuleView,
  MeetingSubjects,
  MeetingView,
  PublishMeetingMinutes,
  PutMeetingClass,
  RescheduleMeeting,
  SendMeetingNotice,
  SignInMeeting,
  SubmitMeeting,
} from '@gov/contracts-duty-and-meetings';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { type RecordRouteDeps } from '../../http/record-routes.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ask, changeRecord, createRecord, getRecord, RecordCreate, RecordStep } from './routes.js';

/** 会务: meetings from request to decided items; every step takes If-Match and answers the new ETag. */
@ApiTags('会务')
@Controller('api/meetings')
export class MeetingsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('classes')
  @Permission(Permissions.meetingsRead, Permissions.meetingsManage, Permissions.meetingsConfigure)
  @ApiOperation({ summary: '会议类别规则（是否须报批、审批人、生效日期、依据）' })
  @ApiOkResponse({ type: ListMeetingClasses.Reply })
  @ApiServiceProblems()
  async listClasses(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListMeetingClasses.Reply> {
    return ask(this.rpc, MeetingSubjects.listClasses, ListMeetingClasses.Request, query, caller);
  }

  @Put('classes/:code')
  @Permission(Permissions.meetingsConfigure)
  @ApiOperation({ summary: '新增会议类别规则的一个版本（自生效日期起适用；已建会议保留原规则）' })
  @ApiParam({ name: 'code', enum: MEETING_CLASS_CODES })
  @ApiBody({ type: PutMeetingClass.Body })
  @ApiOkResponse({ type: MeetingClassRuleView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 409)
  async putClass(@Param('code') code: string, @Body() body: unknown, @Caller() caller: CallerContext): Promise<MeetingClassRuleView> {
    return ask(this.rpc, MeetingSubjects.putClass, PutMeetingClass.Request, { ...(body as object), code }, caller);
  }

  @Get()
  @Permission(Permissions.meetingsRead, Permissions.meetingsManage)
  @ApiOperation({ summary: '会议列表（分页、按状态/种类/时间筛选、名称中文模糊搜索）' })
  @ApiOkResponse({ type: ListMeetings.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListMeetings.Reply> {
    return ask(this.rpc, MeetingSubjects.list, ListMeetings.Request, query, caller);
  }

  @Get(':id')
  @Permission(Permissions.meetingsRead, Permissions.meetingsManage)
  @ApiOperation({ summary: '会议详情（含议题、签到、议定事项；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: MeetingView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return getRecord(this.rpc, MeetingSubjects.get, GetMeeting.Request, id, caller, reply);
  }

  @RecordCreate(undefined, '新建会议（拟办）：同时预订会议室、占用出席领导日程；冲突时拒绝并指明冲突安排', CreateMeeting.Request, MeetingView, [403, 409, 422])
  @Permission(Permissions.meetingsManage)
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return createRecord(this, 'POST /api/meetings', MeetingSubjects.create, CreateMeeting.Request, body, key, caller, reply);
  }

  @RecordStep(':id/submit', '报批（须报批的会议类别）', MeetingView, undefined, [404, 422])
  @Permission(Permissions.meetingsManage)
  async submit(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeRecord(this.rpc, MeetingSubjects.submit, { Request: SubmitMeeting.Request }, id, undefined, ifMatch, caller, reply);
  }

  @RecordStep(':id/approval', '审批会议（批准或不批准）；审批人角色由会议类别规则决定', MeetingView, ApproveMeeting.Body, [403, 404, 422])
  @Permission(Permissions.meetingsApprove)
  async approve(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeRecord(this.rpc, MeetingSubjects.approve, ApproveMeeting, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/notice', '发会议通知（须报批的会议在批准前不能发）', MeetingView, SendMeetingNotice.Body, [404, 422])
  @Permission(Permissions.meetingsManage)
  async sendNotice(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeRecord(this.rpc, MeetingSubjects.sendNotice, SendMeetingNotice, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/sign-in', '签到（出席、缺席及原因、代会人）', MeetingView, SignInMeeting.Body, [404, 422])
  @Permission(Permissions.meetingsManage)
  async signIn(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeRecord(this.rpc, MeetingSubjects.signIn, SignInMeeting, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/topics', '增加议题及汇报人', MeetingView, AddMeetingTopic.Body, [404, 422])
  @Permission(Permissions.meetingsManage)
  async addTopic(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeRecord(this.rpc, MeetingSubjects.addTopic, AddMeetingTopic, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/decisions', '增加议定事项（牵头单位、配合单位、办理期限或工作日数）', MeetingView, AddMeetingDecision.Body, [404, 422])
  @Permission(Permissions.meetingsManage)
  async addDecision(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeRecord(this.rpc, MeetingSubjects.addDecision, AddMeetingDecision, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/minutes', '印发会议纪要：每个议定事项发布一次（督查据此立项），不可重复印发', MeetingView, PublishMeetingMinutes.Body, [404, 409, 422])
  @Permission(Permissions.meetingsManage)
  async publishMinutes(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeRecord(this.rpc, MeetingSubjects.publishMinutes, PublishMeetingMinutes, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/reschedule', '会议改期/调整（时间、会议室、出席领导、参会单位；重新检查会议室和领导日程冲突；已通知的须附变更通知）', MeetingView, RescheduleMeeting.Body, [404, 409, 422])
  @Permission(Permissions.meetingsManage)
  async reschedule(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeRecord(this.rpc, MeetingSubjects.reschedule, RescheduleMeeting, id, body, ifMatch, caller, reply);
  }

  @RecordStep(':id/cancel', '取消会议（不删除）：释放会议室和领导日程', MeetingView, CancelMeeting.Body, [404, 422])
  @Permission(Permissions.meetingsManage)
  async cancel(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeRecord(this.rpc, MeetingSubjects.cancel, CancelMeeting, id, body, ifMatch, caller, reply);
  }
}
