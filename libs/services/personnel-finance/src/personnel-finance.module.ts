import { Module } from '@nestjs/common';
import { CalendarCopyModule, FieldCipherModule } from '@gov/platform';
import { StaffMembersModule } from './modules/staff-members/staff-members.module.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { ClaimsModule } from './modules/claims/claims.module.js';
import { PayslipsModule } from './modules/payslips/payslips.module.js';
import { LeadingGroupMeetingsModule } from './modules/leading-group-meetings/leading-group-meetings.module.js';
import { EstablishmentPostsModule } from './modules/establishment-posts/establishment-posts.module.js';
import { CadreSelectionsModule } from './modules/cadre-selections/cadre-selections.module.js';
import { GroupSessionsModule } from './modules/group-sessions/group-sessions.module.js';

/** 人事科、财务科: staff, establishment, finance and assets. */
@Module({ imports: [CalendarCopyModule, FieldCipherModule.forService(), StaffMembersModule, AssessmentsModule, ClaimsModule, PayslipsModule, LeadingGroupMeetingsModule, EstablishmentPostsModule, CadreSelectionsModule, GroupSessionsModule] })
export class PersonnelFinanceModule {}
