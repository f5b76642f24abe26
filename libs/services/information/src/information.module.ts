import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { SubmissionsModule } from './modules/submissions/submissions.module.js';

/** 信息科: government information submissions and the bulletin. */
@Module({ imports: [CalendarCopyModule, SubmissionsModule] })
export class InformationModule {}
