import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { SubmissionsModule } from './modules/submissions/submissions.module.js';
import { SolicitationsModule } from './modules/solicitations/solicitations.module.js';
import { BulletinsModule } from './modules/bulletins/bulletins.module.js';
import { EvaluationsModule } from './modules/evaluations/evaluations.module.js';
import { TrainingsModule } from './modules/trainings/trainings.module.js';
import { UpwardReportsModule } from './modules/upward-reports/upward-reports.module.js';
import { MonthlyNoticesModule } from './modules/monthly-notices/monthly-notices.module.js';

/** 信息科: government information submissions and the bulletin. */
@Module({ imports: [CalendarCopyModule, UnitDirectoryModule, SubmissionsModule, SolicitationsModule, BulletinsModule, EvaluationsModule, TrainingsModule, UpwardReportsModule, MonthlyNoticesModule] })
export class InformationModule {}
