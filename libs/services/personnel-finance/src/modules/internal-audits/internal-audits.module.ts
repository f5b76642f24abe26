import { Module } from '@nestjs/common';
import { InternalAuditsRepository } from './internal-audits.repository.js';
import { InternalAuditsRpcController } from './internal-audits.rpc.controller.js';
import { InternalAuditsService } from './internal-audits.service.js';

/** 内部审计. */
@Module({ controllers: [InternalAuditsRpcController], providers: [InternalAuditsRepository, InternalAuditsService] })
export class InternalAuditsModule {}
