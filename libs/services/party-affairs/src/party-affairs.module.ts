import { Module } from '@nestjs/common';
import { CalendarCopyModule, FieldCipherModule } from '@gov/platform';
import { BranchesModule } from './modules/branches/branches.module.js';
import { MembersModule } from './modules/members/members.module.js';
import { LifeMeetingsModule } from './modules/life-meetings/life-meetings.module.js';
import { IntegrityModule } from './modules/integrity/integrity.module.js';
import { PairingsModule } from './modules/pairings/pairings.module.js';
import { CampaignsModule } from './modules/campaigns/campaigns.module.js';
import { DuesModule } from './modules/dues/dues.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';

/** 机关党总支: party organisation, members, dues. */
@Module({ imports: [CalendarCopyModule, FieldCipherModule.forService(), BranchesModule, MembersModule, LifeMeetingsModule, IntegrityModule, PairingsModule, CampaignsModule, DuesModule, ReportsModule] })
export class PartyAffairsModule {}
