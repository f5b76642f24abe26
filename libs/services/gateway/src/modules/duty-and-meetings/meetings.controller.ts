import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
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
  SendMeetingNotice,
  SignInMeeting,
  SubmitMeeting,
} from '@gov/contracts-duty-and-meetings';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { changeVersioned, createOnce, IDEMPOTENCY_KEY, IF_MATCH, SERVICE, withEtag } from './schedule-http.js';

/** 会务: meetings from request to decided items; every step takes If-Match and answers the new ETag. */
@ApiTags('会务')
@Controller('api/meetings')
export class MeetingsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get('classes')
  @Permission(Permissions.meetingsRead, Permissions.meetingsManage, Permissions.meetingsConfigure)
  @ApiOperation({ summary: '会议类别规则（是否须报批、审批人、生效日期、依据）' })
  @ApiOkResponse({ type: ListMeetingClasses.Reply })
  @ApiServiceProblems()
  async listClasses(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListMeetingClasses.Reply> {
    return this.rpc.call(SERVICE, MeetingSubjects.listClasses, await validatePayload(ListMeetingClasses.Request, query), caller);
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
    const request = await validatePayload(PutMeetingClass.Request, { ...(body as object), code });
    return this.rpc.call(SERVICE, MeetingSubjects.putClass, request, caller);
  }

  @Get()
  @Permission(Permissions.meetingsRead, Permissions.meetingsManage)
  @ApiOperation({ summary: '会议列表（分页、按状态/种类/时间筛选、名称中文模糊搜索）' })
  @ApiOkResponse({ type: ListMeetings.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListMeetings.Reply> {
    return this.rpc.call(SERVICE, MeetingSubjects.list, await validatePayload(ListMeetings.Request, query), caller);
  }

  @Get(':id')
  @Permission(Permissions.meetingsRead, Permissions.meetingsManage)
  @ApiOperation({ summary: '会议详情（含议题、签到、议定事项；ETag 为版本号）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: MeetingView })
  @ApiServiceProblems(404)
  async get(@Param('id') id: string, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    const request = await validatePayload(GetMeeting.Request, { id });
    return withEtag(reply, await this.rpc.call<MeetingView>(SERVICE, MeetingSubjects.get, request, caller));
  }

  @Post()
  @Permission(Permissions.meetingsManage)
  @ApiOperation({ summary: '新建会议（拟办）：同时预订会议室、占用出席领导日程；冲突时拒绝并指明冲突安排' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateMeeting.Request })
  @ApiCreatedResponse({ type: MeetingView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 409, 422)
  async create(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingView> {
    const request = await validatePayload(CreateMeeting.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/meetings', MeetingSubjects.create, request, body, key, caller, reply);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Permission(Permissions.meetingsManage)
  @ApiOperation({ summary: '报批（须报批的会议类别）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MeetingView })
  @ApiServiceProblems(404, 412, 422, 428)
  async submit(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeVersioned(this.rpc, MeetingSubjects.submit, SubmitMeeting.Request, id, {}, ifMatch, caller, reply);
  }

  @Post(':id/approval')
  @HttpCode(200)
  @Permission(Permissions.meetingsApprove)
  @ApiOperation({ summary: '审批会议（批准或不批准）；审批人角色由会议类别规则决定' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: ApproveMeeting.Body })
  @ApiOkResponse({ type: MeetingView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async approve(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingView> {
    const fields = await validatePayload(ApproveMeeting.Body, body);
    return changeVersioned(this.rpc, MeetingSubjects.approve, ApproveMeeting.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/notice')
  @HttpCode(200)
  @Permission(Permissions.meetingsManage)
  @ApiOperation({ summary: '发会议通知（须报批的会议在批准前不能发）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: SendMeetingNotice.Body })
  @ApiOkResponse({ type: MeetingView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async sendNotice(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingView> {
    const fields = await validatePayload(SendMeetingNotice.Body, body);
    return changeVersioned(this.rpc, MeetingSubjects.sendNotice, SendMeetingNotice.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/sign-in')
  @HttpCode(200)
  @Permission(Permissions.meetingsManage)
  @ApiOperation({ summary: '签到（出席、缺席及原因、代会人）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: SignInMeeting.Body })
  @ApiOkResponse({ type: MeetingView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async signIn(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingView> {
    const fields = await validatePayload(SignInMeeting.Body, body);
    return changeVersioned(this.rpc, MeetingSubjects.signIn, SignInMeeting.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/topics')
  @HttpCode(200)
  @Permission(Permissions.meetingsManage)
  @ApiOperation({ summary: '增加议题及汇报人' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: AddMeetingTopic.Body })
  @ApiOkResponse({ type: MeetingView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async addTopic(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingView> {
    const fields = await validatePayload(AddMeetingTopic.Body, body);
    return changeVersioned(this.rpc, MeetingSubjects.addTopic, AddMeetingTopic.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @Permission(Permissions.meetingsManage)
  @ApiOperation({ summary: '增加议定事项（牵头单位、配合单位、办理期限或工作日数）' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: AddMeetingDecision.Body })
  @ApiOkResponse({ type: MeetingView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async addDecision(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingView> {
    const fields = await validatePayload(AddMeetingDecision.Body, body);
    return changeVersioned(this.rpc, MeetingSubjects.addDecision, AddMeetingDecision.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/minutes')
  @HttpCode(200)
  @Permission(Permissions.meetingsManage)
  @ApiOperation({ summary: '印发会议纪要：每个议定事项发布一次（督查据此立项），不可重复印发' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: PublishMeetingMinutes.Body })
  @ApiOkResponse({ type: MeetingView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 409, 412, 422, 428)
  async publishMinutes(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingView> {
    const fields = await validatePayload(PublishMeetingMinutes.Body, body);
    return changeVersioned(this.rpc, MeetingSubjects.publishMinutes, PublishMeetingMinutes.Request, id, fields, ifMatch, caller, reply);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Permission(Permissions.meetingsManage)
  @ApiOperation({ summary: '取消会议（不删除）：释放会议室和领导日程' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: CancelMeeting.Body })
  @ApiOkResponse({ type: MeetingView })
  @ApiBodyProblems()
  @ApiServiceProblems(404, 412, 422, 428)
  async cancel(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingView> {
    const fields = await validatePayload(CancelMeeting.Body, body);
    return changeVersioned(this.rpc, MeetingSubjects.cancel, CancelMeeting.Request, id, fields, ifMatch, caller, reply);
  }
}
