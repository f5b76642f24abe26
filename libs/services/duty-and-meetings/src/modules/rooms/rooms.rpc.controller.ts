import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { BookRoom, CancelRoomBooking, CreateRoom, DeactivateRoom, ListRoomBookings, ListRooms, RoomSubjects } from '@gov/contracts-duty-and-meetings';
import { RpcHandler } from '@gov/platform';
import { RoomsService } from './rooms.service.js';

@Injectable()
export class RoomsRpcController {
  constructor(private readonly rooms: RoomsService) {}

  @RpcHandler(RoomSubjects.create, CreateRoom.Request)
  create(request: CreateRoom.Request, caller: CallerContext): Promise<CreateRoom.Reply> {
    return this.rooms.create(request, caller);
  }

  @RpcHandler(RoomSubjects.deactivate, DeactivateRoom.Request)
  deactivate(request: DeactivateRoom.Request, caller: CallerContext): Promise<DeactivateRoom.Reply> {
    return this.rooms.deactivate(request, caller);
  }

  @RpcHandler(RoomSubjects.list, ListRooms.Request)
  list(request: ListRooms.Request, caller: CallerContext): Promise<ListRooms.Reply> {
    return this.rooms.list(request, caller);
  }

  @RpcHandler(RoomSubjects.book, BookRoom.Request)
  book(request: BookRoom.Request, caller: CallerContext): Promise<BookRoom.Reply> {
    return this.rooms.book(request, caller);
  }

  @RpcHandler(RoomSubjects.cancelBooking, CancelRoomBooking.Request)
  cancelBooking(request: CancelRoomBooking.Request, caller: CallerContext): Promise<CancelRoomBooking.Reply> {
    return this.rooms.cancelBooking(request, caller);
  }

  @RpcHandler(RoomSubjects.listBookings, ListRoomBookings.Request)
  listBookings(request: ListRoomBookings.Request, caller: CallerContext): Promise<ListRoomBookings.Reply> {
    return this.rooms.listBookings(request, caller);
  }
}
