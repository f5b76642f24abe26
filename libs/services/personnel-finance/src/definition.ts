import { BaseEnv, PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { PersonnelFinanceModule } from './personnel-finance.module.js';
import { StaffMembers1765420000000 } from './database/migrations/1765420000000-staff-members.js';

/** 人事科、财务科: staff, establishment, finance and assets. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const personnelFinanceDefinition: AppDefinition = {
  app: 'personnel-finance',
  env: BaseEnv,
  module: PersonnelFinanceModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, StaffMembers1765420000000],
};
