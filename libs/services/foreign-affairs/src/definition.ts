import { BaseEnv, PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { ForeignAffairsModule } from './foreign-affairs.module.js';
import { Trips1765440000000 } from './database/migrations/1765440000000-trips.js';

/** 外事科: official trips abroad and foreign affairs. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const foreignAffairsDefinition: AppDefinition = {
  app: 'foreign-affairs',
  env: BaseEnv,
  module: ForeignAffairsModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, Trips1765440000000],
};
