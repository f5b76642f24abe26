import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { SubmissionsRepository } from '../submissions/submissions.repository.js';
import { SolicitationsRepository } from './solicitations.repository.js';
import { SolicitationsRpcController } from './solicitations.rpc.controller.js';
import { SolicitationsService } from './solicitations.service.js';

/** 约稿: assigned to units with an internal deadline from the engine, answered, compiled and sent upward. */
@Module({ imports: [CalendarCopyModule], controllers: [SolicitationsRpcController], providers: [SolicitationsRepository, SubmissionsRepository, SolicitationsService] })
export class SolicitationsModule {}
