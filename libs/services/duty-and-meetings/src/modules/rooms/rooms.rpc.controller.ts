import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { BookRoom, CancelRoomBooking, CreateRoom, DeactivateRoom, ListRoomBookings, ListRooms, RoomSubjects } from '@gov/contracts-duty-and-meetings';
import { RpcPattern, Caller } from '@gov/platform';
import { RoomsService } from './rooms.service.js';

@Controller()
export class RoomsRpcController {
  constructor(private readonly rooms: RoomsService) {}

  @RpcPattern(RoomSubjects.create, CreateRoom.Request)
  create(@Payload() request: CreateRoom.Request, @Caller() caller: CallerContext): Promise<CreateRoom.Reply> {
    return this.rooms.create(request, caller);
  }

  @RpcPattern(RoomSubjects.deactivate, DeactivateRoom.Request)
  deactivate(@Payload() request: DeactivateRoom.Request, @Caller() caller: CallerContext): Promise<DeactivateRoom.Reply> {
    return this.rooms.deactivate(request, caller);
  }

  @RpcPattern(RoomSubjects.list, ListRooms.Request)
  list(@Payload() request: ListRooms.Request, @Caller() caller: CallerContext): Promise<ListRooms.Reply> {
    return this.rooms.list(request, caller);
  }

  @RpcPattern(RoomSubjects.book, BookRoom.Request)
  book(@Payload() request: BookRoom.Request, @Caller() caller: CallerContext): Promise<BookRoom.Reply> {
    return this.rooms.book(request, caller);
  }

  @RpcPattern(RoomSubjects.cancelBooking, CancelRoomBooking.Request)
  cancelBooking(@Payload() request: CancelRoomBooking.Request, @Caller() caller: CallerContext): Promise<CancelRoomBooking.Reply> {
    return this.rooms.cancelBooking(request, caller);
  }

  @RpcPattern(RoomSubjects.listBookings, ListRoomBookings.Request)
  listBookings(@Payload() request: ListRoomBookings.Request, @Caller() caller: CallerContext): Promise<ListRoomBookings.Reply> {
    return this.rooms.listBookings(request, caller);
  }
}
