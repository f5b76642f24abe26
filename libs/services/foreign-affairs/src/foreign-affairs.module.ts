import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';

/** 外事科: official trips abroad and foreign affairs. */
@Module({ imports: [CalendarCopyModule] })
export class ForeignAffairsModule {}
