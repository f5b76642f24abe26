import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { UnitDirectoryModule } from '@gov/read-model-units';
import { DocumentNumberRepository } from './modules/outgoing/document-number.repository.js';

/** 文秘科、秘书一科、秘书二科: incoming and outgoing documents, instructions, seals, archives. */
@Module({ imports: [CalendarCopyModule, UnitDirectoryModule], providers: [DocumentNumberRepository] })
export class DocumentSecretariatModule {}
