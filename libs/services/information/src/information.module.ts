import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { SubmissionsModule } from './modules/submissions/submissions.module.js';
import { SolicitationsModule } from './modules/solicitations/solicitations.module.js';
import { BulletinsModule } from './modules/bulletins/bulletins.module.js';

/** 信息科: government information submissions and the bulletin. */
@Module({ imports: [CalendarCopyModule, UnitDirectoryModule, SubmissionsModule, SolicitationsModule, BulletinsModule] })
export class InformationModule {}
