import { Module } from '@nestjs/common';
import { CalendarCopyModule, FieldCipherModule } from '@gov/platform';
import { BranchesModule } from './modules/branches/branches.module.js';
import { MembersModule } from './modules/members/members.module.js';
import { LifeMeetingsModule } from './modules/life-meetings/life-meetings.module.js';

/** 机关党总支: party organisation, members, dues. */
@Module({ imports: [CalendarCopyModule, FieldCipherModule.forService(), BranchesModule, MembersModule, LifeMeetingsModule] })
export class PartyAffairsModule {}
