import { Module } from '@nestjs/common';
import { ReceptionsRepository } from './receptions.repository.js';
import { ReceptionsRpcController } from './receptions.rpc.controller.js';
import { ReceptionsService } from './receptions.service.js';

/** 外宾接待. */
@Module({ controllers: [ReceptionsRpcController], providers: [ReceptionsRepository, ReceptionsService] })
export class ReceptionsModule {}
