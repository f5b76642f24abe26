import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { CallerContext } from '@gov/contracts-common';
import { RpcClient, validatePayload } from '@gov/platform';
import { Permissions } from '@gov/contracts-gateway';
import { BookRoom, CancelRoomBooking, CreateRoom, DeactivateRoom, ListRoomBookings, ListRooms, RoomBookingView, RoomSubjects, RoomView } from '@gov/contracts-duty-and-meetings';
import type { FastifyReply } from 'fastify';
import { Permission } from '../../http/access.decorators.js';
import { ApiBodyProblems, ApiServiceProblems } from '../../http/openapi.decorators.js';
import { uuidParam } from '../../http/params.js';
import { createOnce, IDEMPOTENCY_KEY_HEADER, type RecordRouteDeps } from '../../http/record-routes.js';
import { Caller } from '../../http/request-meta.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { ask, changeRecord, createRecord, RecordCreate, RecordStep, SERVICE } from './routes.js';

/** 会议室 and bookings: an overlapping booking of a room is refused (409) naming who holds it. */
@ApiTags('会议室')
@Controller('api')
export class RoomsController implements RecordRouteDeps {
  constructor(
    readonly rpc: RpcClient,
    readonly idempotency: IdempotencyService,
  ) {}

  @Get('rooms')
  @Permission(Permissions.roomsRead, Permissions.roomsBook, Permissions.roomsManage)
  @ApiOperation({ summary: '会议室列表' })
  @ApiOkResponse({ type: ListRooms.Reply })
  @ApiServiceProblems()
  async list(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListRooms.Reply> {
    return ask(this.rpc, RoomSubjects.list, ListRooms.Request, query, caller);
  }

  @RecordCreate('rooms', '登记会议室', CreateRoom.Request, RoomView, [403, 409])
  @Permission(Permissions.roomsManage)
  async create(@Body() body: unknown, @Headers('idempotency-key') key: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<RoomView> {
    return createRecord(this, 'POST /api/rooms', RoomSubjects.create, CreateRoom.Request, body, key, caller, reply);
  }

  @RecordStep('rooms/:id/deactivate', '停用会议室（不删除）；须带 If-Match', RoomView, undefined, [403, 404, 422])
  @Permission(Permissions.roomsManage)
  async deactivate(@Param('id') id: string, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<RoomView> {
    return changeRecord(this.rpc, RoomSubjects.deactivate, { Request: DeactivateRoom.Request }, id, undefined, ifMatch, caller, reply);
  }

  @Get('room-bookings')
  @Permission(Permissions.roomsRead, Permissions.roomsBook, Permissions.roomsManage)
  @ApiOperation({ summary: '会议室预订情况（按时间段、会议室）' })
  @ApiOkResponse({ type: ListRoomBookings.Reply })
  @ApiServiceProblems()
  async listBookings(@Query() query: unknown, @Caller() caller: CallerContext): Promise<ListRoomBookings.Reply> {
    return ask(this.rpc, RoomSubjects.listBookings, ListRoomBookings.Request, query, caller);
  }

  @Post('rooms/:id/bookings')
  @Permission(Permissions.roomsBook, Permissions.roomsManage)
  @ApiOperation({ summary: '预订会议室：与已有预订时间重叠时拒绝（409），并指明占用者' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
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
    return createOnce(this, SERVICE, `POST /api/rooms/${id}/bookings`, RoomSubjects.book, request, body, key, caller, reply);
  }

  @RecordStep('room-bookings/:id/cancel', '取消预订（不删除）；须带 If-Match', RoomBookingView, CancelRoomBooking.Body, [403, 404, 422])
  @Permission(Permissions.roomsBook, Permissions.roomsManage)
  async cancelBooking(@Param('id') id: string, @Body() body: unknown, @Headers('if-match') ifMatch: string | undefined, @Caller() caller: CallerContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<RoomBookingView> {
    return changeRecord(this.rpc, RoomSubjects.cancelBooking, CancelRoomBooking, id, body, ifMatch, caller, reply);
  }
}
