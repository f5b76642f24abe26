import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ExportVehicleStatistics, VehicleStatistics, VehicleStatisticsSubjects } from '@gov/contracts-facilities-and-vehicles';
import { Caller, RpcPattern } from '@gov/platform';
import { VehicleStatisticsService } from './vehicle-statistics.service.js';

@Controller()
export class VehicleStatisticsRpcController {
  constructor(private readonly statistics: VehicleStatisticsService) {}

  @RpcPattern(VehicleStatisticsSubjects.report, VehicleStatistics.Request)
  report(@Payload() request: VehicleStatistics.Request, @Caller() caller: CallerContext): Promise<VehicleStatistics.Reply> {
    return this.statistics.report(request, caller);
  }

  @RpcPattern(VehicleStatisticsSubjects.export, ExportVehicleStatistics.Request)
  export(@Payload() request: ExportVehicleStatistics.Request, @Caller() caller: CallerContext): Promise<ExportVehicleStatistics.Reply> {
    return this.statistics.export(request, caller);
  }
}
