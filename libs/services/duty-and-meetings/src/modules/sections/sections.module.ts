import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module.js';
import { DutyModule } from '../duty/duty.module.js';
import { SectionEventsController } from './section-events.controller.js';

/** The consumers of foreign-affairs' receptions and incidents and information's urgent submissions. */
@Module({ imports: [ActivitiesModule, DutyModule], controllers: [SectionEventsController] })
export class SectionsModule {}
