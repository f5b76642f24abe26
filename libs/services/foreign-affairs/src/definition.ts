import { PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { UnitDirectoryCopy1764200000000 } from '@gov/read-model-units';
import { ForeignAffairsEnv } from './env.js';
import { ForeignAffairsModule } from './foreign-affairs.module.js';
import { Trips1765440000000 } from './database/migrations/1765440000000-trips.js';
import { Receptions1765440100000 } from './database/migrations/1765440100000-receptions.js';
import { Incidents1765440200000 } from './database/migrations/1765440200000-incidents.js';
import { Invitations1765440300000 } from './database/migrations/1765440300000-invitations.js';
import { Friendships1765500000000 } from './database/migrations/1765500000000-friendships.js';
import { Regulations1765500100000 } from './database/migrations/1765500100000-regulations.js';
import { Committee1765500200000 } from './database/migrations/1765500200000-committee.js';
import { SupervisedItems1766540100000 } from './database/migrations/1766540100000-supervised-items.js';

/** 外事科: official trips abroad and foreign affairs. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const foreignAffairsDefinition: AppDefinition<ForeignAffairsEnv> = {
  app: 'foreign-affairs',
  env: ForeignAffairsEnv,
  module: ForeignAffairsModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, UnitDirectoryCopy1764200000000, Trips1765440000000, Receptions1765440100000, Incidents1765440200000, Invitations1765440300000, Friendships1765500000000, Regulations1765500100000, Committee1765500200000, SupervisedItems1766540100000],
};
