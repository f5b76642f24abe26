import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module.js';
import { RoomsRepository } from './rooms.repository.js';
import { RoomsRpcController } from './rooms.rpc.controller.js';
import { RoomsService } from './rooms.service.js';

@Module({ imports: [ActivitiesModule], controllers: [RoomsRpcController], providers: [RoomsRepository, RoomsService], exports: [RoomsService] })
export class RoomsModule {}
