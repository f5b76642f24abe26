import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { AnnualReportsModule } from './modules/annual-reports/annual-reports.module.js';
import { ApplicationsModule } from './modules/applications/applications.module.js';
import { PublicationsModule } from './modules/publications/publications.module.js';

/** 大数据科（政务公开科）: 依申请公开 and the annual report. */
@Module({ imports: [CalendarCopyModule, ApplicationsModule, AnnualReportsModule, PublicationsModule] })
export class DisclosureModule {}
