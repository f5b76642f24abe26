import { BaseEnv, PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { UnitDirectoryCopy1764200000000 } from '@gov/read-model-units';
import { InformationModule } from './information.module.js';
import { Submissions1765410000000 } from './database/migrations/1765410000000-submissions.js';
import { Solicitations1765410100000 } from './database/migrations/1765410100000-solicitations.js';
import { Bulletins1765410200000 } from './database/migrations/1765410200000-bulletins.js';
import { Evaluations1765530000000 } from './database/migrations/1765530000000-evaluations.js';
import { Trainings1765530100000 } from './database/migrations/1765530100000-trainings.js';
import { UpwardReports1765530200000 } from './database/migrations/1765530200000-upward-reports.js';
import { MonthlyNotices1766500000000 } from './database/migrations/1766500000000-monthly-notices.js';

/** 信息科: government information submissions and the bulletin. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const informationDefinition: AppDefinition = {
  app: 'information',
  env: BaseEnv,
  module: InformationModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, UnitDirectoryCopy1764200000000, Submissions1765410000000, Solicitations1765410100000, Bulletins1765410200000, Evaluations1765530000000, Trainings1765530100000, UpwardReports1765530200000, MonthlyNotices1766500000000],
};
