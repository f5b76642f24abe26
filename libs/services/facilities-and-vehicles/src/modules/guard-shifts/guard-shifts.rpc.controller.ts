import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CancelGuardShift, CreateGuardShift, GetGuardShift, GuardShiftSubjects, ListGuardShifts, UpdateGuardShift } from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { GuardShiftsService } from './guard-shifts.service.js';

@Controller()
export class GuardShiftsRpcController {
  constructor(private readonly shifts: GuardShiftsService) {}

  @RpcPattern(GuardShiftSubjects.create, CreateGuardShift.Request)
  create(@Payload() request: CreateGuardShift.Request, @Caller() caller: CallerContext): Promise<CreateGuardShift.Reply> {
    return this.shifts.create(request, caller);
  }

  @RpcPattern(GuardShiftSubjects.update, UpdateGuardShift.Request)
  update(@Payload() request: UpdateGuardShift.Request, @Caller() caller: CallerContext): Promise<UpdateGuardShift.Reply> {
    return this.shifts.update(request, caller);
  }

  @RpcPattern(GuardShiftSubjects.cancel, CancelGuardShift.Request)
  cancel(@Payload() request: CancelGuardShift.Request, @Caller() caller: CallerContext): Promise<CancelGuardShift.Reply> {
    return this.shifts.cancel(request, caller);
  }

  @RpcPattern(GuardShiftSubjects.get, GetGuardShift.Request)
  get(@Payload() request: GetGuardShift.Request, @Caller() caller: CallerContext): Promise<GetGuardShift.Reply> {
    return this.shifts.get(request.id, caller);
  }

  @RpcPattern(GuardShiftSubjects.list, ListGuardShifts.Request)
  list(@Payload() request: ListGuardShifts.Request, @Caller() caller: CallerContext): Promise<ListGuardShifts.Reply> {
    return this.shifts.list(request, caller);
  }
}
