import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module.js';
import { LeaveRpcController } from './leave.rpc.controller.js';
import { LeaveRepository } from './leave.repository.js';
import { LeaveService } from './leave.service.js';

@Module({ imports: [ActivitiesModule], controllers: [LeaveRpcController], providers: [LeaveRepository, LeaveService] })
export class LeaveModule {}
