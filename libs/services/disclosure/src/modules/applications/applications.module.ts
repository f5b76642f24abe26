import { Module } from '@nestjs/common';
import { ApplicationsRepository } from './applications.repository.js';
import { ApplicationsRpcController } from './applications.rpc.controller.js';
import { ApplicationsService } from './applications.service.js';

/** 依申请公开申请. */
@Module({ controllers: [ApplicationsRpcController], providers: [ApplicationsRepository, ApplicationsService] })
export class ApplicationsModule {}
