import { BaseEnv, PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { PartyAffairsModule } from './party-affairs.module.js';
import { Branches1765450000000 } from './database/migrations/1765450000000-branches.js';

/** 机关党总支: party organisation, members, dues. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const partyAffairsDefinition: AppDefinition = {
  app: 'party-affairs',
  env: BaseEnv,
  module: PartyAffairsModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, Branches1765450000000],
};
