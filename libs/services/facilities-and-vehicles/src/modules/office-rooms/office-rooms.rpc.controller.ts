import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AllocateOfficeRoom,
  CreateOfficeRoom,
  GetOfficeRoom,
  ListOfficeRooms,
  ListOfficeStandards,
  ListOverStandardRooms,
  OfficeRoomSubjects,
  ReleaseOfficeRoom,
  RetireOfficeRoom,
} from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { OfficeRoomsService } from './office-rooms.service.js';

@Controller()
export class OfficeRoomsRpcController {
  constructor(private readonly rooms: OfficeRoomsService) {}

  @RpcPattern(OfficeRoomSubjects.create, CreateOfficeRoom.Request)
  create(@Payload() request: CreateOfficeRoom.Request, @Caller() caller: CallerContext): Promise<CreateOfficeRoom.Reply> {
    return this.rooms.create(request, caller);
  }

  @RpcPattern(OfficeRoomSubjects.allocate, AllocateOfficeRoom.Request)
  allocate(@Payload() request: AllocateOfficeRoom.Request, @Caller() caller: CallerContext): Promise<AllocateOfficeRoom.Reply> {
    return this.rooms.allocate(request, caller);
  }

  @RpcPattern(OfficeRoomSubjects.release, ReleaseOfficeRoom.Request)
  release(@Payload() request: ReleaseOfficeRoom.Request, @Caller() caller: CallerContext): Promise<ReleaseOfficeRoom.Reply> {
    return this.rooms.release(request, caller);
  }

  @RpcPattern(OfficeRoomSubjects.retire, RetireOfficeRoom.Request)
  retire(@Payload() request: RetireOfficeRoom.Request, @Caller() caller: CallerContext): Promise<RetireOfficeRoom.Reply> {
    return this.rooms.retire(request, caller);
  }

  @RpcPattern(OfficeRoomSubjects.get, GetOfficeRoom.Request)
  get(@Payload() request: GetOfficeRoom.Request, @Caller() caller: CallerContext): Promise<GetOfficeRoom.Reply> {
    return this.rooms.get(request.id, caller);
  }

  @RpcPattern(OfficeRoomSubjects.list, ListOfficeRooms.Request)
  list(@Payload() request: ListOfficeRooms.Request, @Caller() caller: CallerContext): Promise<ListOfficeRooms.Reply> {
    return this.rooms.list(request, caller);
  }

  @RpcPattern(OfficeRoomSubjects.overStandard, ListOverStandardRooms.Request)
  overStandard(@Payload() request: ListOverStandardRooms.Request, @Caller() caller: CallerContext): Promise<ListOverStandardRooms.Reply> {
    return this.rooms.overStandard(request, caller);
  }

  @RpcPattern(OfficeRoomSubjects.standards, ListOfficeStandards.Request)
  standards(@Payload() request: ListOfficeStandards.Request, @Caller() caller: CallerContext): Promise<ListOfficeStandards.Reply> {
    return this.rooms.standards(request, caller);
  }
}
