import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ArchiveLegalRules } from './archive-legal-rules.service.js';
import { ArchivesRepository } from './archives.repository.js';
import { ArchivesRpcController } from './archives.rpc.controller.js';
import { ArchivesService } from './archives.service.js';
import { PeriodDeadlines } from './period-deadlines.js';
import { ArchiveLegalRulesRepository } from './archive-legal-rules.repository.js';

/** 立卷归档 and the local rules of archives, filings and agreement reviews, with their periods (exported for those modules). */
@Module({
  imports: [CalendarCopyModule],
  controllers: [ArchivesRpcController],
  providers: [ArchiveLegalRules, ArchiveLegalRulesRepository, PeriodDeadlines, ArchivesRepository, ArchivesService],
  exports: [ArchiveLegalRules, PeriodDeadlines],
})
export class ArchivesModule {}
