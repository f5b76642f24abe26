import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { EstablishmentPostsModule } from '../establishment-posts/establishment-posts.module.js';
import { StaffMembersModule } from '../staff-members/staff-members.module.js';
import { CadreSelectionsRepository } from './cadre-selections.repository.js';
import { CadreSelectionsRpcController } from './cadre-selections.rpc.controller.js';
import { CadreSelectionsService } from './cadre-selections.service.js';

/** 干部选拔任用 (on the posts of the establishment; the 公示 over the calendar copy; 任职 updates the staff record). */
@Module({ imports: [CalendarCopyModule, EstablishmentPostsModule, StaffMembersModule], controllers: [CadreSelectionsRpcController], providers: [CadreSelectionsRepository, CadreSelectionsService] })
export class CadreSelectionsModule {}
