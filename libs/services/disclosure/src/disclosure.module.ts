import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { AnnualReportsModule } from './modules/annual-reports/annual-reports.module.js';
import { ApplicationsModule } from './modules/applications/applications.module.js';
import { PublicationsModule } from './modules/publications/publications.module.js';
import { ProjectsModule } from './modules/projects/projects.module.js';
import { InspectionsModule } from './modules/inspections/inspections.module.js';
import { GuidesModule } from './modules/guides/guides.module.js';

/** 大数据科（政务公开科）: 依申请公开 and the annual report. */
@Module({ imports: [CalendarCopyModule, ApplicationsModule, AnnualReportsModule, PublicationsModule, ProjectsModule, InspectionsModule, GuidesModule] })
export class DisclosureModule {}
