import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';

/** 信息科: government information submissions and the bulletin. */
@Module({ imports: [CalendarCopyModule] })
export class InformationModule {}
