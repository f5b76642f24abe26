import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { AnnualReportsModule } from './modules/annual-reports/annual-reports.module.js';
import { ApplicationsModule } from './modules/applications/applications.module.js';
import { PublicationsModule } from './modules/publications/publications.module.js';
import { ProjectsModule } from './modules/projects/projects.module.js';
import { InspectionsModule } from './modules/inspections/inspections.module.js';
import { GuidesModule } from './modules/guides/guides.module.js';
import { DataResourcesModule } from './modules/data-resources/data-resources.module.js';
import { AssistanceRequestsModule } from './modules/assistance-requests/assistance-requests.module.js';
import { ManuscriptsModule } from './modules/manuscripts/manuscripts.module.js';
import { DepartmentReportsModule } from './modules/department-reports/department-reports.module.js';
import { OpennessEvaluationsModule } from './modules/openness-evaluations/openness-evaluations.module.js';
import { WorkItemsModule } from './modules/work-items/work-items.module.js';

/** 大数据科（政务公开科）: 依申请公开 and the annual report. */
@Module({ imports: [CalendarCopyModule, ApplicationsModule, AnnualReportsModule, PublicationsModule, ProjectsModule, InspectionsModule, GuidesModule, DataResourcesModule, AssistanceRequestsModule, ManuscriptsModule, DepartmentReportsModule, OpennessEvaluationsModule, WorkItemsModule] })
export class DisclosureModule {}
