import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateVehicle, GetVehicle, ListVehicles, VehicleSubjects, UpdateVehicle, WithdrawVehicle } from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { VehiclesService } from './vehicles.service.js';

@Controller()
export class VehiclesRpcController {
  constructor(private readonly vehicles: VehiclesService) {}

  @RpcPattern(VehicleSubjects.create, CreateVehicle.Request)
  create(@Payload() request: CreateVehicle.Request, @Caller() caller: CallerContext): Promise<CreateVehicle.Reply> {
    return this.vehicles.create(request, caller);
  }

  @RpcPattern(VehicleSubjects.update, UpdateVehicle.Request)
  update(@Payload() request: UpdateVehicle.Request, @Caller() caller: CallerContext): Promise<UpdateVehicle.Reply> {
    return this.vehicles.update(request, caller);
  }

  @RpcPattern(VehicleSubjects.withdraw, WithdrawVehicle.Request)
  withdraw(@Payload() request: WithdrawVehicle.Request, @Caller() caller: CallerContext): Promise<WithdrawVehicle.Reply> {
    return this.vehicles.withdraw(request, caller);
  }

  @RpcPattern(VehicleSubjects.get, GetVehicle.Request)
  get(@Payload() request: GetVehicle.Request, @Caller() caller: CallerContext): Promise<GetVehicle.Reply> {
    return this.vehicles.get(request.id, caller);
  }

  @RpcPattern(VehicleSubjects.list, ListVehicles.Request)
  list(@Payload() request: ListVehicles.Request, @Caller() caller: CallerContext): Promise<ListVehicles.Reply> {
    return this.vehicles.list(request, caller);
  }
}
