import { PlatformCalendarCopy1764100000100, type AppDefinition } from '@gov/platform';
import { UnitDirectoryCopy1764200000000 } from '@gov/read-model-units';
import { PersonnelFinanceEnv } from './env.js';
import { PersonnelFinanceModule } from './personnel-finance.module.js';
import { StaffMembers1765420000000 } from './database/migrations/1765420000000-staff-members.js';
import { Assessments1765420100000 } from './database/migrations/1765420100000-assessments.js';
import { Claims1765420200000 } from './database/migrations/1765420200000-claims.js';
import { Payslips1765420300000 } from './database/migrations/1765420300000-payslips.js';
import { LeadingGroupMeetings1765420400000 } from './database/migrations/1765420400000-leading-group-meetings.js';
import { EstablishmentPosts1766100000000 } from './database/migrations/1766100000000-establishment-posts.js';
import { CadreSelections1766100010000 } from './database/migrations/1766100010000-cadre-selections.js';
import { GroupSessions1766100020000 } from './database/migrations/1766100020000-group-sessions.js';
import { StaffRecordEntries1766530000200 } from './database/migrations/1766530000200-staff-record-entries.js';
import { SupervisedItems1766540000000 } from './database/migrations/1766540000000-supervised-items.js';
import { Assets1766560000000 } from './database/migrations/1766560000000-assets.js';
import { Budgets1766550000000 } from './database/migrations/1766550000000-budgets.js';
import { InternalAudits1766550100000 } from './database/migrations/1766550100000-internal-audits.js';
import { StaffTrainings1766560100000 } from './database/migrations/1766560100000-staff-trainings.js';
import { InstitutionAssessments1766603000000 } from './database/migrations/1766603000000-institution-assessments.js';
import { SalaryChanges1766603100000 } from './database/migrations/1766603100000-salary-changes.js';
import { ClaimStandards1766604000000 } from './database/migrations/1766604000000-claim-standards.js';
import { AssetPurchaseSources1766606000100 } from './database/migrations/1766606000100-asset-purchase-sources.js';

/** 人事科、财务科: staff, establishment, finance and assets. Boots, migrates its schema and keeps its copies of the platform's reference data. */
export const personnelFinanceDefinition: AppDefinition<PersonnelFinanceEnv> = {
  app: 'personnel-finance',
  env: PersonnelFinanceEnv,
  module: PersonnelFinanceModule,
  entities: [],
  migrations: [PlatformCalendarCopy1764100000100, UnitDirectoryCopy1764200000000, StaffMembers1765420000000, Assessments1765420100000, Claims1765420200000, Payslips1765420300000, LeadingGroupMeetings1765420400000, EstablishmentPosts1766100000000, CadreSelections1766100010000, GroupSessions1766100020000, StaffRecordEntries1766530000200, SupervisedItems1766540000000, Assets1766560000000, Budgets1766550000000, InternalAudits1766550100000, StaffTrainings1766560100000, InstitutionAssessments1766603000000, SalaryChanges1766603100000, ClaimStandards1766604000000, AssetPurchaseSources1766606000100],
};
