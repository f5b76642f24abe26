import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ApproveVehicle,
  CreateVehicle,
  DisposeVehicle,
  ExportVehicleRegister,
  GetVehicle,
  ListVehicleCaps,
  ListVehicleQuotas,
  ListVehicles,
  RejectVehicle,
  SetVehicleCap,
  SetVehicleQuota,
  UpdateVehicle,
  VehicleSubjects,
  WithdrawVehicle,
} from '@gov/contracts-facilities-and-vehicles';
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

  @RpcPattern(VehicleSubjects.approve, ApproveVehicle.Request)
  approve(@Payload() request: ApproveVehicle.Request, @Caller() caller: CallerContext): Promise<ApproveVehicle.Reply> {
    return this.vehicles.approve(request, caller);
  }

  @RpcPattern(VehicleSubjects.reject, RejectVehicle.Request)
  reject(@Payload() request: RejectVehicle.Request, @Caller() caller: CallerContext): Promise<RejectVehicle.Reply> {
    return this.vehicles.reject(request, caller);
  }

  @RpcPattern(VehicleSubjects.dispose, DisposeVehicle.Request)
  dispose(@Payload() request: DisposeVehicle.Request, @Caller() caller: CallerContext): Promise<DisposeVehicle.Reply> {
    return this.vehicles.dispose(request, caller);
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

  @RpcPattern(VehicleSubjects.exportRegister, ExportVehicleRegister.Request)
  exportRegister(@Payload() request: ExportVehicleRegister.Request, @Caller() caller: CallerContext): Promise<ExportVehicleRegister.Reply> {
    return this.vehicles.exportRegister(request, caller);
  }

  @RpcPattern(VehicleSubjects.listQuotas, ListVehicleQuotas.Request)
  listQuotas(@Payload() request: ListVehicleQuotas.Request, @Caller() caller: CallerContext): Promise<ListVehicleQuotas.Reply> {
    return this.vehicles.listQuotas(request, caller);
  }

  @RpcPattern(VehicleSubjects.setQuota, SetVehicleQuota.Request)
  setQuota(@Payload() request: SetVehicleQuota.Request, @Caller() caller: CallerContext): Promise<SetVehicleQuota.Reply> {
    return this.vehicles.setQuota(request, caller);
  }

  @RpcPattern(VehicleSubjects.listCaps, ListVehicleCaps.Request)
  listCaps(@Payload() request: ListVehicleCaps.Request, @Caller() caller: CallerContext): Promise<ListVehicleCaps.Reply> {
    return this.vehicles.listCaps(request, caller);
  }

  @RpcPattern(VehicleSubjects.setCap, SetVehicleCap.Request)
  setCap(@Payload() request: SetVehicleCap.Request, @Caller() caller: CallerContext): Promise<SetVehicleCap.Reply> {
    return this.vehicles.setCap(request, caller);
  }
}
