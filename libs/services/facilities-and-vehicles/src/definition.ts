import { PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { FacilitiesAndVehiclesEnv } from './env.js';
import { FacilitiesAndVehiclesModule } from './facilities-and-vehicles.module.js';
import { Vehicles1765430000000 } from './database/migrations/1765430000000-vehicles.js';
import { Bookings1765430100000 } from './database/migrations/1765430100000-bookings.js';
import { LogisticsRequests1765430200000 } from './database/migrations/1765430200000-logistics-requests.js';
import { Visitors1765430400000 } from './database/migrations/1765430400000-visitors.js';
import { OfficeRooms1765430300000 } from './database/migrations/1765430300000-office-rooms.js';
import { SecurityIncidents1766200000000 } from './database/migrations/1766200000000-security-incidents.js';
import { GuardShifts1766200010000 } from './database/migrations/1766200010000-guard-shifts.js';
import { Patrols1766200020000 } from './database/migrations/1766200020000-patrols.js';
import { OfficeSupplies1766200030000 } from './database/migrations/1766200030000-office-supplies.js';
import { VehicleCosts1766200040000 } from './database/migrations/1766200040000-vehicle-costs.js';
import { Reminders1766510000000 } from './database/migrations/1766510000000-reminders.js';
import { Housing1766510010000 } from './database/migrations/1766510010000-housing.js';
import { TownSpaceReports1766605000000 } from './database/migrations/1766605000000-town-space-reports.js';
import { GuidanceVisits1766605100000 } from './database/migrations/1766605100000-guidance-visits.js';
import { EquipmentAcceptances1766606000000 } from './database/migrations/1766606000000-equipment-acceptances.js';
import { OfficeBuildings1766607000000 } from './database/migrations/1766607000000-office-buildings.js';

/** 机关事务管理科: official vehicles, office space, logistics. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const facilitiesAndVehiclesDefinition: AppDefinition<FacilitiesAndVehiclesEnv> = {
  app: 'facilities-and-vehicles',
  env: FacilitiesAndVehiclesEnv,
  module: FacilitiesAndVehiclesModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, Vehicles1765430000000, Bookings1765430100000, LogisticsRequests1765430200000, OfficeRooms1765430300000, Visitors1765430400000, SecurityIncidents1766200000000, GuardShifts1766200010000, Patrols1766200020000, OfficeSupplies1766200030000, VehicleCosts1766200040000, Reminders1766510000000, Housing1766510010000, TownSpaceReports1766605000000, GuidanceVisits1766605100000, EquipmentAcceptances1766606000000, OfficeBuildings1766607000000],
};
