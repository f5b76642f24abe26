import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { SuggestionsRepository } from './suggestions.repository.js';
import { SuggestionsRpcController } from './suggestions.rpc.controller.js';
import { SuggestionSettingsService } from './suggestion-settings.service.js';
import { SuggestionsService } from './suggestions.service.js';

/** 人大代表建议、政协提案办理. */
@Module({
  imports: [CalendarCopyModule],
  controllers: [SuggestionsRpcController],
  providers: [SuggestionsRepository, SuggestionsService, SuggestionSettingsService],
})
export class SuggestionsModule {}
