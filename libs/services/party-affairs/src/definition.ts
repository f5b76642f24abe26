import { PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { PartyAffairsEnv } from './env.js';
import { PartyAffairsModule } from './party-affairs.module.js';
import { Branches1765450000000 } from './database/migrations/1765450000000-branches.js';
import { Members1765450100000 } from './database/migrations/1765450100000-members.js';
import { LifeMeetings1765450200000 } from './database/migrations/1765450200000-life-meetings.js';
import { LifeDueTasks1765450300000 } from './database/migrations/1765450300000-life-due-tasks.js';
import { DuesPayments1765450400000 } from './database/migrations/1765450400000-dues-payments.js';
import { Integrity1765510500000 } from './database/migrations/1765510500000-integrity.js';
import { Pairings1765510600000 } from './database/migrations/1765510600000-pairings.js';
import { Campaigns1765510700000 } from './database/migrations/1765510700000-campaigns.js';
import { Dues1765510000000 } from './database/migrations/1765510000000-dues.js';
import { ElectionProcedure1765511000000 } from './database/migrations/1765511000000-election-procedure.js';

/** 机关党总支: party organisation (总支、支部、换届), members (发展党员、组织关系、党费) and organisational life (三会一课). */
export const partyAffairsDefinition: AppDefinition<PartyAffairsEnv> = {
  app: 'party-affairs',
  env: PartyAffairsEnv,
  module: PartyAffairsModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, Branches1765450000000, Members1765450100000, LifeMeetings1765450200000, LifeDueTasks1765450300000, DuesPayments1765450400000, Integrity1765510500000, Pairings1765510600000, Campaigns1765510700000, Dues1765510000000, ElectionProcedure1765511000000],
};
