import { BaseEnv, PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { InformationModule } from './information.module.js';
import { Submissions1765410000000 } from './database/migrations/1765410000000-submissions.js';

/** 信息科: government information submissions and the bulletin. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const informationDefinition: AppDefinition = {
  app: 'information',
  env: BaseEnv,
  module: InformationModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, Submissions1765410000000],
};
