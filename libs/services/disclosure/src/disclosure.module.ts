import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ApplicationsModule } from './modules/applications/applications.module.js';

/** 大数据科（政务公开科）: proactive and on-request disclosure. */
@Module({ imports: [CalendarCopyModule, ApplicationsModule] })
export class DisclosureModule {}
