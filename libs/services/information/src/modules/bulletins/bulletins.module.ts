import { Module } from '@nestjs/common';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { SubmissionsModule } from '../submissions/submissions.module.js';
import { SubmissionsRepository } from '../submissions/submissions.repository.js';
import { BulletinsRepository } from './bulletins.repository.js';
import { BulletinsRpcController } from './bulletins.rpc.controller.js';
import { BulletinsService } from './bulletins.service.js';
import { BulletinPrintService } from './print/bulletin-print.service.js';

/** 《博山政务信息》: issues built from accepted items, 审核 → 签发, numbered gap-free per year and kind, immutable once released. */
@Module({ imports: [SubmissionsModule, UnitDirectoryModule], controllers: [BulletinsRpcController], providers: [BulletinsRepository, SubmissionsRepository, BulletinsService, BulletinPrintService] })
export class BulletinsModule {}
