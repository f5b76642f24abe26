import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { BranchesModule } from './modules/branches/branches.module.js';

/** 机关党总支: party organisation, members, dues. */
@Module({ imports: [CalendarCopyModule, BranchesModule] })
export class PartyAffairsModule {}
