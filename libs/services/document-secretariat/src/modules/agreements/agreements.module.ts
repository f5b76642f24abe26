import { Module } from '@nestjs/common';
import { ArchivesModule } from '../archives/archives.module.js';
import { AgreementsRpcController } from './agreements.rpc.controller.js';
import { AgreementsRepository } from './agreements.repository.js';
import { AgreementsService } from './agreements.service.js';

/** 合作协议审核 (政策法规科). */
@Module({ imports: [ArchivesModule], controllers: [AgreementsRpcController], providers: [AgreementsService, AgreementsRepository] })
export class AgreementsModule {}
