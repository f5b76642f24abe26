import { Module } from '@nestjs/common';
import { ArchiveLegalRules } from './archive-legal-rules.service.js';
import { ArchivesRpcController } from './archives.rpc.controller.js';
import { ArchivesService } from './archives.service.js';

/** 立卷归档 and the local rules of archives, filings and agreement reviews (exported for those modules). */
@Module({
  providers: [ArchiveLegalRules, ArchivesService, ArchivesRpcController],
  exports: [ArchiveLegalRules],
})
export class ArchivesModule {}
