import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';

/** 机关事务管理科: official vehicles, office space, logistics. */
@Module({ imports: [CalendarCopyModule] })
export class FacilitiesAndVehiclesModule {}
