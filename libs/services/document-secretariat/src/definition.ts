import { PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { UnitDirectoryCopy1764200000000 } from '@gov/read-model-units';
import { BodyVersions1764500000200 } from './database/migrations/1764500000200-body-versions.js';
import { DocumentCore1764500000100 } from './database/migrations/1764500000100-document-core.js';
import { DocumentNumberSequence1764400000000 } from './database/migrations/1764400000000-document-number-sequence.js';
import { DecisionsAndDrafting1764500400000 } from './database/migrations/1764500400000-decisions-and-drafting.js';
import { IncomingInstructions1764500100000 } from './database/migrations/1764500100000-incoming-instructions.js';
import { OutgoingAndSeals1764500200000 } from './database/migrations/1764500200000-outgoing-and-seals.js';
import { ArchivesGazetteFilingsAgreements1764500300000 } from './database/migrations/1764500300000-archives-gazette-filings-agreements.js';
import { RegistrySectionCodes1764500500000 } from './database/migrations/1764500500000-registry-section-codes.js';
import { SupervisedItems1765460000000 } from './database/migrations/1765460000000-supervised-items.js';
import { InstructionAddressedLeader1765460000200 } from './database/migrations/1765460000200-instruction-addressed-leader.js';
import { OutgoingRoutingBasis1765470000000 } from './database/migrations/1765470000000-outgoing-routing-basis.js';
import { RequestHandlingDeadline1765470000100 } from './database/migrations/1765470000100-request-handling-deadline.js';
import { IncomingGeneralDistribution1765470000200 } from './database/migrations/1765470000200-incoming-general-distribution.js';
import { DocumentValidity1765470000300 } from './database/migrations/1765470000300-document-validity.js';
import { RoutingItemLink1765480000000 } from './database/migrations/1765480000000-routing-item-link.js';
import { Letters1765490000000 } from './database/migrations/1765490000000-letters.js';
import { DocumentSecretariatModule } from './document-secretariat.module.js';
import { DocumentSecretariatEnv } from './env.js';
import { OutgoingOrigin1766500100000 } from './database/migrations/1766500100000-outgoing-origin.js';

/** 文秘科、秘书一科、秘书二科: incoming and outgoing documents, instructions, seals, archives. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const documentSecretariatDefinition: AppDefinition = {
  app: 'document-secretariat',
  env: DocumentSecretariatEnv,
  module: DocumentSecretariatModule,
  entities: [],
  migrations: [
    PlatformCalendarCopy1764100000100,
    UnitDirectoryCopy1764200000000,
    DocumentNumberSequence1764400000000,
    DocumentCore1764500000100,
    BodyVersions1764500000200,
    IncomingInstructions1764500100000,
    OutgoingAndSeals1764500200000,
    ArchivesGazetteFilingsAgreements1764500300000,
    DecisionsAndDrafting1764500400000,
    RegistrySectionCodes1764500500000,
    SupervisedItems1765460000000,
    InstructionAddressedLeader1765460000200,
    OutgoingRoutingBasis1765470000000,
    RequestHandlingDeadline1765470000100,
    IncomingGeneralDistribution1765470000200,
    DocumentValidity1765470000300,
    RoutingItemLink1765480000000,
    Letters1765490000000,
    OutgoingOrigin1766500100000,
  ],
};
