import { Module } from '@nestjs/common';
import { SecurityIncidentsRepository } from './security-incidents.repository.js';
import { SecurityIncidentsRpcController } from './security-incidents.rpc.controller.js';
import { SecurityIncidentsService } from './security-incidents.service.js';

/** 安全事件. */
@Module({ controllers: [SecurityIncidentsRpcController], providers: [SecurityIncidentsRepository, SecurityIncidentsService] })
export class SecurityIncidentsModule {}
