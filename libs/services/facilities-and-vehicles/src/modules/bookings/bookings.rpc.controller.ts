import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ApproveBooking,
  AvailableForBooking,
  BookingBoard,
  BookingSubjects,
  CompleteBooking,
  CreateBooking,
  CreateDriver,
  DispatchBooking,
  GetBooking,
  ListBookings,
  ListDrivers,
  RejectBooking,
  WithdrawBooking,
} from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { BookingsService } from './bookings.service.js';

@Controller()
export class BookingsRpcController {
  constructor(private readonly bookings: BookingsService) {}

  @RpcPattern(BookingSubjects.create, CreateBooking.Request)
  create(@Payload() request: CreateBooking.Request, @Caller() caller: CallerContext): Promise<CreateBooking.Reply> {
    return this.bookings.create(request, caller);
  }

  @RpcPattern(BookingSubjects.approve, ApproveBooking.Request)
  approve(@Payload() request: ApproveBooking.Request, @Caller() caller: CallerContext): Promise<ApproveBooking.Reply> {
    return this.bookings.approve(request, caller);
  }

  @RpcPattern(BookingSubjects.reject, RejectBooking.Request)
  reject(@Payload() request: RejectBooking.Request, @Caller() caller: CallerContext): Promise<RejectBooking.Reply> {
    return this.bookings.reject(request, caller);
  }

  @RpcPattern(BookingSubjects.dispatch, DispatchBooking.Request)
  dispatch(@Payload() request: DispatchBooking.Request, @Caller() caller: CallerContext): Promise<DispatchBooking.Reply> {
    return this.bookings.dispatch(request, caller);
  }

  @RpcPattern(BookingSubjects.complete, CompleteBooking.Request)
  complete(@Payload() request: CompleteBooking.Request, @Caller() caller: CallerContext): Promise<CompleteBooking.Reply> {
    return this.bookings.complete(request, caller);
  }

  @RpcPattern(BookingSubjects.withdraw, WithdrawBooking.Request)
  withdraw(@Payload() request: WithdrawBooking.Request, @Caller() caller: CallerContext): Promise<WithdrawBooking.Reply> {
    return this.bookings.withdraw(request, caller);
  }

  @RpcPattern(BookingSubjects.get, GetBooking.Request)
  get(@Payload() request: GetBooking.Request, @Caller() caller: CallerContext): Promise<GetBooking.Reply> {
    return this.bookings.get(request.id, caller);
  }

  @RpcPattern(BookingSubjects.list, ListBookings.Request)
  list(@Payload() request: ListBookings.Request, @Caller() caller: CallerContext): Promise<ListBookings.Reply> {
    return this.bookings.list(request, caller);
  }

  @RpcPattern(BookingSubjects.available, AvailableForBooking.Request)
  available(@Payload() request: AvailableForBooking.Request, @Caller() caller: CallerContext): Promise<AvailableForBooking.Reply> {
    return this.bookings.available(request.id, caller);
  }

  @RpcPattern(BookingSubjects.board, BookingBoard.Request)
  board(@Payload() request: BookingBoard.Request, @Caller() caller: CallerContext): Promise<BookingBoard.Reply> {
    return this.bookings.board(request, caller);
  }

  @RpcPattern(BookingSubjects.listDrivers, ListDrivers.Request)
  listDrivers(@Payload() request: ListDrivers.Request, @Caller() caller: CallerContext): Promise<ListDrivers.Reply> {
    return this.bookings.listDrivers(request, caller);
  }

  @RpcPattern(BookingSubjects.createDriver, CreateDriver.Request)
  createDriver(@Payload() request: CreateDriver.Request, @Caller() caller: CallerContext): Promise<CreateDriver.Reply> {
    return this.bookings.createDriver(request, caller);
  }
}
