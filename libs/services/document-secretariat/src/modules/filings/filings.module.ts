import { Module } from '@nestjs/common';
import { ArchivesModule } from '../archives/archives.module.js';
import { FilingsRpcController } from './filings.rpc.controller.js';
import { FilingsRepository } from './filings.repository.js';
import { FilingsService } from './filings.service.js';

/** 报备 (规范性文件备案) with statutory due dates from the deadline engine. */
@Module({ imports: [ArchivesModule], controllers: [FilingsRpcController], providers: [FilingsService, FilingsRepository] })
export class FilingsModule {}
