import { BaseEnv, PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { UnitDirectoryCopy1764200000000 } from '@gov/read-model-units';
import { SupervisionModule } from './supervision.module.js';

/** 督查室、政府职能转变协调推进科: supervision items, NPC suggestions and CPPCC proposals, assessment. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const supervisionDefinition: AppDefinition = {
  app: 'supervision',
  env: BaseEnv,
  module: SupervisionModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, UnitDirectoryCopy1764200000000],
};
