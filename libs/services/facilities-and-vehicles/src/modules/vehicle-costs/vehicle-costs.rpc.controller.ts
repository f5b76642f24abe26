import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateVehicleCost, ExportVehicleCostReport, GetVehicleCost, ListVehicleCosts, VehicleCostReport, VehicleCostSubjects, VoidVehicleCost } from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { VehicleCostsService } from './vehicle-costs.service.js';

@Controller()
export class VehicleCostsRpcController {
  constructor(private readonly costs: VehicleCostsService) {}

  @RpcPattern(VehicleCostSubjects.create, CreateVehicleCost.Request)
  create(@Payload() request: CreateVehicleCost.Request, @Caller() caller: CallerContext): Promise<CreateVehicleCost.Reply> {
    return this.costs.create(request, caller);
  }

  @RpcPattern(VehicleCostSubjects.void, VoidVehicleCost.Request)
  void(@Payload() request: VoidVehicleCost.Request, @Caller() caller: CallerContext): Promise<VoidVehicleCost.Reply> {
    return this.costs.void(request, caller);
  }

  @RpcPattern(VehicleCostSubjects.get, GetVehicleCost.Request)
  get(@Payload() request: GetVehicleCost.Request, @Caller() caller: CallerContext): Promise<GetVehicleCost.Reply> {
    return this.costs.get(request.id, caller);
  }

  @RpcPattern(VehicleCostSubjects.list, ListVehicleCosts.Request)
  list(@Payload() request: ListVehicleCosts.Request, @Caller() caller: CallerContext): Promise<ListVehicleCosts.Reply> {
    return this.costs.list(request, caller);
  }

  @RpcPattern(VehicleCostSubjects.report, VehicleCostReport.Request)
  report(@Payload() request: VehicleCostReport.Request, @Caller() caller: CallerContext): Promise<VehicleCostReport.Reply> {
    return this.costs.report(request, caller);
  }

  @RpcPattern(VehicleCostSubjects.exportReport, ExportVehicleCostReport.Request)
  exportReport(@Payload() request: ExportVehicleCostReport.Request, @Caller() caller: CallerContext): Promise<ExportVehicleCostReport.Reply> {
    return this.costs.exportReport(request, caller);
  }
}
