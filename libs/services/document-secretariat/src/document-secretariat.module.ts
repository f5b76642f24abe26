import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { DocumentCoreModule } from './common/core.module.js';
import { DocumentNumberRepository } from './modules/outgoing/document-number.repository.js';

/** 文秘科、秘书一科、秘书二科: incoming and outgoing documents, instructions, seals, archives. */
@Module({
  imports: [
    CalendarCopyModule,
    DocumentCoreModule,
  ],
  providers: [DocumentNumberRepository],
})
export class DocumentSecretariatModule {}
