import { PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { UnitDirectoryCopy1764200000000 } from '@gov/read-model-units';
import { DisclosureModule } from './disclosure.module.js';
import { DisclosureEnv } from './env.js';
import { Applications1765400000000 } from './database/migrations/1765400000000-applications.js';
import { Publications1765400100000 } from './database/migrations/1765400100000-publications.js';
import { Projects1766000000000 } from './database/migrations/1766000000000-projects.js';
import { Inspections1766000100000 } from './database/migrations/1766000100000-inspections.js';
import { Guides1766000200000 } from './database/migrations/1766000200000-guides.js';
import { AnnualReports1766520000000 } from './database/migrations/1766520000000-annual-reports.js';
import { ApplicationSupervision1766530000100 } from './database/migrations/1766530000100-application-supervision.js';
import { DataResources1766601000000 } from './database/migrations/1766601000000-data-resources.js';
import { AssistanceRequests1766600000000 } from './database/migrations/1766600000000-assistance-requests.js';
import { Manuscripts1766602000000 } from './database/migrations/1766602000000-manuscripts.js';
import { DepartmentReports1766600100000 } from './database/migrations/1766600100000-department-reports.js';
import { OpennessEvaluations1766601100000 } from './database/migrations/1766601100000-openness-evaluations.js';
import { WorkItems1766602100000 } from './database/migrations/1766602100000-work-items.js';

/** 大数据科（政务公开科）: proactive and on-request disclosure. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const disclosureDefinition: AppDefinition = {
  app: 'disclosure',
  env: DisclosureEnv,
  module: DisclosureModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, UnitDirectoryCopy1764200000000, Applications1765400000000, Publications1765400100000, Projects1766000000000, Inspections1766000100000, Guides1766000200000, AnnualReports1766520000000, ApplicationSupervision1766530000100, DataResources1766601000000, AssistanceRequests1766600000000, Manuscripts1766602000000, DepartmentReports1766600100000, OpennessEvaluations1766601100000, WorkItems1766602100000],
};
