import { Module } from '@nestjs/common';
import { CalendarCopyModule, FieldCipherModule } from '@gov/platform';
import { VehiclesModule } from './modules/vehicles/vehicles.module.js';
import { BookingsModule } from './modules/bookings/bookings.module.js';
import { LogisticsRequestsModule } from './modules/logistics-requests/logistics-requests.module.js';
import { VisitorsModule } from './modules/visitors/visitors.module.js';
import { OfficeRoomsModule } from './modules/office-rooms/office-rooms.module.js';
import { SecurityIncidentsModule } from './modules/security-incidents/security-incidents.module.js';
import { GuardShiftsModule } from './modules/guard-shifts/guard-shifts.module.js';
import { PatrolsModule } from './modules/patrols/patrols.module.js';
import { OfficeSuppliesModule } from './modules/office-supplies/office-supplies.module.js';
import { VehicleCostsModule } from './modules/vehicle-costs/vehicle-costs.module.js';
import { RemindersModule } from './modules/reminders/reminders.module.js';
import { HousingModule } from './modules/housing/housing.module.js';
import { TownSpaceReportsModule } from './modules/town-space-reports/town-space-reports.module.js';
import { GuidanceVisitsModule } from './modules/guidance-visits/guidance-visits.module.js';
import { VehicleStatisticsModule } from './modules/vehicle-statistics/vehicle-statistics.module.js';
import { OfficeBuildingsModule } from './modules/office-buildings/office-buildings.module.js';

/** 机关事务管理科: official vehicles, office space, logistics. */
@Module({ imports: [CalendarCopyModule, FieldCipherModule.forService(), VehiclesModule, BookingsModule, LogisticsRequestsModule, VisitorsModule, OfficeRoomsModule, SecurityIncidentsModule, GuardShiftsModule, PatrolsModule, OfficeSuppliesModule, VehicleCostsModule, RemindersModule, HousingModule, TownSpaceReportsModule, GuidanceVisitsModule, VehicleStatisticsModule, OfficeBuildingsModule] })
export class FacilitiesAndVehiclesModule {}
