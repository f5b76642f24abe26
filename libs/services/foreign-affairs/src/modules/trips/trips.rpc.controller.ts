import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateTrip, GetTrip, ListTrips, TripSubjects, UpdateTrip, WithdrawTrip } from '@gov/contracts-foreign-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { TripsService } from './trips.service.js';

@Controller()
export class TripsRpcController {
  constructor(private readonly trips: TripsService) {}

  @RpcPattern(TripSubjects.create, CreateTrip.Request)
  create(@Payload() request: CreateTrip.Request, @Caller() caller: CallerContext): Promise<CreateTrip.Reply> {
    return this.trips.create(request, caller);
  }

  @RpcPattern(TripSubjects.update, UpdateTrip.Request)
  update(@Payload() request: UpdateTrip.Request, @Caller() caller: CallerContext): Promise<UpdateTrip.Reply> {
    return this.trips.update(request, caller);
  }

  @RpcPattern(TripSubjects.withdraw, WithdrawTrip.Request)
  withdraw(@Payload() request: WithdrawTrip.Request, @Caller() caller: CallerContext): Promise<WithdrawTrip.Reply> {
    return this.trips.withdraw(request, caller);
  }

  @RpcPattern(TripSubjects.get, GetTrip.Request)
  get(@Payload() request: GetTrip.Request, @Caller() caller: CallerContext): Promise<GetTrip.Reply> {
    return this.trips.get(request.id, caller);
  }

  @RpcPattern(TripSubjects.list, ListTrips.Request)
  list(@Payload() request: ListTrips.Request, @Caller() caller: CallerContext): Promise<ListTrips.Reply> {
    return this.trips.list(request, caller);
  }
}
