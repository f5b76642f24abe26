import { Module } from '@nestjs/common';
import { RegulationsRepository } from './regulations.repository.js';
import { RegulationsRpcController } from './regulations.rpc.controller.js';
import { RegulationsService } from './regulations.service.js';

/** 外事制度规则. */
@Module({ controllers: [RegulationsRpcController], providers: [RegulationsRepository, RegulationsService] })
export class RegulationsModule {}
