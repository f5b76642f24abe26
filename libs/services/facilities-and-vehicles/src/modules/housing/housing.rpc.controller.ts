import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CheckInTenancy,
  CheckOutTenancy,
  CreateHousingUnit,
  CreateTenancy,
  ExtendTenancy,
  GetHousingUnit,
  GetTenancy,
  HousingSubjects,
  ListHousingUnits,
  ListTenancies,
  RetireHousingUnit,
  WithdrawTenancy,
} from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { HousingService } from './housing.service.js';

@Controller()
export class HousingRpcController {
  constructor(private readonly housing: HousingService) {}

  @RpcPattern(HousingSubjects.createUnit, CreateHousingUnit.Request)
  createUnit(@Payload() request: CreateHousingUnit.Request, @Caller() caller: CallerContext): Promise<CreateHousingUnit.Reply> {
    return this.housing.createUnit(request, caller);
  }

  @RpcPattern(HousingSubjects.retireUnit, RetireHousingUnit.Request)
  retireUnit(@Payload() request: RetireHousingUnit.Request, @Caller() caller: CallerContext): Promise<RetireHousingUnit.Reply> {
    return this.housing.retireUnit(request, caller);
  }

  @RpcPattern(HousingSubjects.getUnit, GetHousingUnit.Request)
  getUnit(@Payload() request: GetHousingUnit.Request, @Caller() caller: CallerContext): Promise<GetHousingUnit.Reply> {
    return this.housing.getUnit(request.id, caller);
  }

  @RpcPattern(HousingSubjects.listUnits, ListHousingUnits.Request)
  listUnits(@Payload() request: ListHousingUnits.Request, @Caller() caller: CallerContext): Promise<ListHousingUnits.Reply> {
    return this.housing.listUnits(request, caller);
  }

  @RpcPattern(HousingSubjects.create, CreateTenancy.Request)
  create(@Payload() request: CreateTenancy.Request, @Caller() caller: CallerContext): Promise<CreateTenancy.Reply> {
    return this.housing.create(request, caller);
  }

  @RpcPattern(HousingSubjects.checkIn, CheckInTenancy.Request)
  checkIn(@Payload() request: CheckInTenancy.Request, @Caller() caller: CallerContext): Promise<CheckInTenancy.Reply> {
    return this.housing.checkIn(request, caller);
  }

  @RpcPattern(HousingSubjects.extend, ExtendTenancy.Request)
  extend(@Payload() request: ExtendTenancy.Request, @Caller() caller: CallerContext): Promise<ExtendTenancy.Reply> {
    return this.housing.extend(request, caller);
  }

  @RpcPattern(HousingSubjects.checkOut, CheckOutTenancy.Request)
  checkOut(@Payload() request: CheckOutTenancy.Request, @Caller() caller: CallerContext): Promise<CheckOutTenancy.Reply> {
    return this.housing.checkOut(request, caller);
  }

  @RpcPattern(HousingSubjects.withdraw, WithdrawTenancy.Request)
  withdraw(@Payload() request: WithdrawTenancy.Request, @Caller() caller: CallerContext): Promise<WithdrawTenancy.Reply> {
    return this.housing.withdraw(request, caller);
  }

  @RpcPattern(HousingSubjects.get, GetTenancy.Request)
  get(@Payload() request: GetTenancy.Request, @Caller() caller: CallerContext): Promise<GetTenancy.Reply> {
    return this.housing.get(request.id, caller);
  }

  @RpcPattern(HousingSubjects.list, ListTenancies.Request)
  list(@Payload() request: ListTenancies.Request, @Caller() caller: CallerContext): Promise<ListTenancies.Reply> {
    return this.housing.list(request, caller);
  }
}
