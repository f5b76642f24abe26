import { BaseEnv, PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { FacilitiesAndVehiclesModule } from './facilities-and-vehicles.module.js';
import { Vehicles1765430000000 } from './database/migrations/1765430000000-vehicles.js';

/** 机关事务管理科: official vehicles, office space, logistics. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const facilitiesAndVehiclesDefinition: AppDefinition = {
  app: 'facilities-and-vehicles',
  env: BaseEnv,
  module: FacilitiesAndVehiclesModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, Vehicles1765430000000],
};
