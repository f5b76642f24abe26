import { Module } from '@nestjs/common';
import { DuesModule } from '../dues/dues.module.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsRpcController } from './reports.rpc.controller.js';
import { ReportsService } from './reports.service.js';

/** 支部年度工作总结 and the 灯塔-党建在线 export. */
@Module({ imports: [DuesModule], controllers: [ReportsRpcController], providers: [ReportsRepository, ReportsService] })
export class ReportsModule {}
