import { Module } from '@nestjs/common';
import { VehicleStatisticsRepository } from './vehicle-statistics.repository.js';
import { VehicleStatisticsRpcController } from './vehicle-statistics.rpc.controller.js';
import { VehicleStatisticsService } from './vehicle-statistics.service.js';

/** 公务用车年度统计 (the province's yearly statistics, computed from the register, the trips and the costs). */
@Module({ controllers: [VehicleStatisticsRpcController], providers: [VehicleStatisticsRepository, VehicleStatisticsService] })
export class VehicleStatisticsModule {}
