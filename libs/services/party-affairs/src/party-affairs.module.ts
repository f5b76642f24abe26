import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';

/** 机关党总支: party organisation, members, dues. */
@Module({ imports: [CalendarCopyModule] })
export class PartyAffairsModule {}
