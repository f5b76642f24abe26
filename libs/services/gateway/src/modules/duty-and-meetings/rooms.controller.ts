import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import { BookRoom, CancelRoomBooking, CreateRoom, DeactivateRoom, ListRoomBookings, ListRooms, RoomBookingView, RoomSubjects, RoomView } from '@gov/contracts-duty-and-meetings';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { changeVersioned, createOnce, IDEMPOTENCY_KEY, IF_MATCH, SERVICE } from './schedule-http.js';

/** 会议室 and bookings: an overlapping booking of a room is refused (409) naming who holds it. */
@ApiTags('会议室')
@Controller('api')
export class RoomsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get('rooms')
  @Permission(Permissions.roomsRead, Permissions.roomsBook, Permissions.roomsManage)
  @ApiOperation({ summary: '会议室列表' })
  @ApiOkResponse({ type: ListRooms.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListRooms.Reply> {
    return this.rpc.call(SERVICE, RoomSubjects.list, await validatePayload(ListRooms.Request, query), caller);
  }

  @Post('rooms')
  @Permission(Permissions.roomsManage)
  @ApiOperation({ summary: '登记会议室' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: CreateRoom.Request })
  @ApiCreatedResponse({ type: RoomView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 409)
  async create(
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RoomView> {
    const request = await validatePayload(CreateRoom.Request, body);
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, 'POST /api/rooms', RoomSubjects.create, request, body, key, caller, reply);
  }

  @Post('rooms/:id/deactivate')
  @HttpCode(200)
  @Permission(Permissions.roomsManage)
  @ApiOperation({ summary: '停用会议室（不删除）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: RoomView })
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async deactivate(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<RoomView> {
    return changeVersioned(this.rpc, RoomSubjects.deactivate, DeactivateRoom.Request, id, {}, ifMatch, caller, reply);
  }

  @Get('room-bookings')
  @Permission(Permissions.roomsRead, Permissions.roomsBook, Permissions.roomsManage)
  @ApiOperation({ summary: '会议室预订情况（按时间段、会议室）' })
  @ApiOkResponse({ type: ListRoomBookings.Reply })
  @ApiServiceProblems()
  async listBookings(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListRoomBookings.Reply> {
    return this.rpc.call(SERVICE, RoomSubjects.listBookings, await validatePayload(ListRoomBookings.Request, query), caller);
  }

  @Post('rooms/:id/bookings')
  @Permission(Permissions.roomsBook, Permissions.roomsManage)
  @ApiOperation({ summary: '预订会议室：与已有预订时间重叠时拒绝（409），并指明占用者' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiBody({ type: BookRoom.Body })
  @ApiCreatedResponse({ type: RoomBookingView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 409, 422)
  async book(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('idempotency-key') key: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RoomBookingView> {
    const fields = await validatePayload(BookRoom.Body, body);
    const request = await validatePayload(BookRoom.Request, { ...fields, roomId: await uuidParam(id) });
    return createOnce({ rpc: this.rpc, idempotency: this.idempotency }, `POST /api/rooms/${id}/bookings`, RoomSubjects.book, request, body, key, caller, reply);
  }

  @Post('room-bookings/:id/cancel')
  @HttpCode(200)
  @Permission(Permissions.roomsBook, Permissions.roomsManage)
  @ApiOperation({ summary: '取消预订（不删除）；须带 If-Match' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: CancelRoomBooking.Body })
  @ApiOkResponse({ type: RoomBookingView })
  @ApiBodyProblems()
  @ApiServiceProblems(403, 404, 412, 422, 428)
  async cancelBooking(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Caller() caller: CallerContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RoomBookingView> {
    const fields = await validatePayload(CancelRoomBooking.Body, body);
    return changeVersioned(this.rpc, RoomSubjects.cancelBooking, CancelRoomBooking.Request, id, fields, ifMatch, caller, reply);
  }
}
