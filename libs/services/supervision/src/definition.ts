import { BaseEnv, PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { UnitDirectoryCopy1764200000000 } from '@gov/read-model-units';
import { SupervisionModule } from './supervision.module.js';
import { ItemRoutingDeadline1766530000000 } from './database/migrations/1766530000000-item-routing-deadline.js';
import { SupervisionItems1764600100000 } from './database/migrations/1764600100000-supervision-items.js';
import { SupervisionAssessment1764600100100 } from './database/migrations/1764600100100-assessment.js';
import { Suggestions1764600200000 } from './database/migrations/1764600200000-suggestions.js';
import { SupervisionPlans1764600200100 } from './database/migrations/1764600200100-supervision-plans.js';
import { ReformLedger1764600200200 } from './database/migrations/1764600200200-reform-ledger.js';
import { SupervisionItemWithdrawal1764600300000 } from './database/migrations/1764600300000-item-withdrawal.js';
import { SupervisionItemNamedLeadUnit1764600400000 } from './database/migrations/1764600400000-item-named-lead-unit.js';
import { SupervisionAssessmentFinalization1764600400100 } from './database/migrations/1764600400100-assessment-finalization.js';
import { SuggestionSignerAnswers1764600500000 } from './database/migrations/1764600500000-suggestion-signer-answers.js';
import { SupervisionInspections1764600500100 } from './database/migrations/1764600500100-inspections.js';
import { ReformProgress1766400000000 } from './database/migrations/1766400000000-reform-progress.js';

/** 督查室、政府职能转变协调推进科: supervision items, NPC suggestions and CPPCC proposals, assessment. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const supervisionDefinition: AppDefinition = {
  app: 'supervision',
  env: BaseEnv,
  module: SupervisionModule,
  entities: [],
  migrations: [
    PlatformCalendarCopy1764100000100,
    UnitDirectoryCopy1764200000000,
    SupervisionItems1764600100000,
    SupervisionAssessment1764600100100,
    Suggestions1764600200000,
    SupervisionPlans1764600200100,
    ReformLedger1764600200200,
    SupervisionItemWithdrawal1764600300000,
    SupervisionItemNamedLeadUnit1764600400000,
    SupervisionAssessmentFinalization1764600400100,
    SuggestionSignerAnswers1764600500000,
    SupervisionInspections1764600500100,
    ReformProgress1766400000000,
    ItemRoutingDeadline1766530000000,
  ],
};
