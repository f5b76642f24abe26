import { Module } from '@nestjs/common';
import { CalendarCopyModule, FieldCipherModule } from '@gov/platform';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { StaffMembersModule } from './modules/staff-members/staff-members.module.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { ClaimsModule } from './modules/claims/claims.module.js';
import { PayslipsModule } from './modules/payslips/payslips.module.js';
import { LeadingGroupMeetingsModule } from './modules/leading-group-meetings/leading-group-meetings.module.js';
import { EstablishmentPostsModule } from './modules/establishment-posts/establishment-posts.module.js';
import { CadreSelectionsModule } from './modules/cadre-selections/cadre-selections.module.js';
import { GroupSessionsModule } from './modules/group-sessions/group-sessions.module.js';
import { AssetsModule } from './modules/assets/assets.module.js';
import { BudgetsModule } from './modules/budgets/budgets.module.js';
import { InternalAuditsModule } from './modules/internal-audits/internal-audits.module.js';
import { StaffTrainingsModule } from './modules/staff-trainings/staff-trainings.module.js';
import { InstitutionAssessmentsModule } from './modules/institution-assessments/institution-assessments.module.js';
import { SalaryChangesModule } from './modules/salary-changes/salary-changes.module.js';

/** 人事科、财务科: staff, establishment, finance and assets. */
@Module({ imports: [CalendarCopyModule, FieldCipherModule.forService(), UnitDirectoryModule, StaffMembersModule, AssessmentsModule, ClaimsModule, PayslipsModule, LeadingGroupMeetingsModule, EstablishmentPostsModule, CadreSelectionsModule, GroupSessionsModule, AssetsModule, BudgetsModule, InternalAuditsModule, StaffTrainingsModule, InstitutionAssessmentsModule, SalaryChangesModule] })
export class PersonnelFinanceModule {}
