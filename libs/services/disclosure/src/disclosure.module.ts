import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';

/** 大数据科（政务公开科）: proactive and on-request disclosure. */
@Module({ imports: [CalendarCopyModule] })
export class DisclosureModule {}
