import { BaseEnv, PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { UnitDirectoryCopy1764200000000 } from '@gov/read-model-units';
import { BodyVersions1764500000200 } from './database/migrations/1764500000200-body-versions.js';
import { DocumentCore1764500000100 } from './database/migrations/1764500000100-document-core.js';
import { DocumentNumberSequence1764400000000 } from './database/migrations/1764400000000-document-number-sequence.js';
import { DocumentSecretariatModule } from './document-secretariat.module.js';

/** 文秘科、秘书一科、秘书二科: incoming and outgoing documents, instructions, seals, archives. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const documentSecretariatDefinition: AppDefinition = {
  app: 'document-secretariat',
  env: BaseEnv,
  module: DocumentSecretariatModule,
  entities: [],
  migrations: [
    PlatformCalendarCopy1764100000100,
    UnitDirectoryCopy1764200000000,
    DocumentNumberSequence1764400000000,
    DocumentCore1764500000100,
    BodyVersions1764500000200,
  ],
};
