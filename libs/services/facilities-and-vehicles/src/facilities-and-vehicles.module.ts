import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { VehiclesModule } from './modules/vehicles/vehicles.module.js';

/** 机关事务管理科: official vehicles, office space, logistics. */
@Module({ imports: [CalendarCopyModule, VehiclesModule] })
export class FacilitiesAndVehiclesModule {}
