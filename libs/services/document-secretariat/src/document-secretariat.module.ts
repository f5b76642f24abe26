import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { DocumentCoreModule } from './common/core.module.js';
import { AgreementsModule } from './modules/agreements/agreements.module.js';
import { ArchivesModule } from './modules/archives/archives.module.js';
import { FilingsModule } from './modules/filings/filings.module.js';
import { GazetteModule } from './modules/gazette/gazette.module.js';
import { IncomingDocumentsModule } from './modules/incoming/incoming.module.js';
import { DecisionsModule } from './modules/decisions/decisions.module.js';
import { DraftingModule } from './modules/drafting/drafting.module.js';
import { DocumentNumberRepository } from './modules/outgoing/document-number.repository.js';
import { OutgoingModule } from './modules/outgoing/outgoing.module.js';
import { LettersModule } from './modules/letters/letters.module.js';
import { SealsModule } from './modules/seals/seals.module.js';
import { InformationNoticesModule } from './modules/information-notices/information-notices.module.js';

/** 文秘科、秘书一科、秘书二科: incoming and outgoing documents, instructions, seals, archives. */
@Module({
  imports: [
    CalendarCopyModule,
    DocumentCoreModule,
    IncomingDocumentsModule,
    DecisionsModule,
    DraftingModule,
    OutgoingModule,
    SealsModule,
    ArchivesModule,
    GazetteModule,
    FilingsModule,
    AgreementsModule,
    LettersModule,
    InformationNoticesModule,
  ],
  providers: [DocumentNumberRepository],
})
export class DocumentSecretariatModule {}
