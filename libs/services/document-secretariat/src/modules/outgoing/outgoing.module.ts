import { Module } from '@nestjs/common';
import { SealsModule } from '../seals/seals.module.js';
import { DocumentNumberRepository } from './document-number.repository.js';
import { OutgoingRepository } from './outgoing.repository.js';
import { OutgoingRpcController } from './outgoing.rpc.controller.js';
import { OutgoingService } from './outgoing.service.js';
import { AgencyCodesService } from './agency-codes.service.js';
import { OutgoingCorrectionsService } from './outgoing-corrections.service.js';
import { OutgoingDraftingService } from './outgoing-drafting.service.js';
import { OutgoingIssuingService } from './outgoing-issuing.service.js';
import { OutgoingReviewService } from './outgoing-review.service.js';
import { OutgoingSigningService } from './outgoing-signing.service.js';
import { OutgoingWorkflow } from './outgoing-workflow.js';
import { OutgoingPrintService } from './print/outgoing-print.service.js';
import { ValidityRepository } from './validity.repository.js';
import { ValidityRpcController } from './validity.rpc.controller.js';
import { ValidityService } from './validity.service.js';

/** 发文: drafts with body versions, 核稿, 会签, 签发, 编号, 印制, 用印, 核发, corrections, and the 效力 of issued documents. */
@Module({
  imports: [SealsModule],
  controllers: [OutgoingRpcController, ValidityRpcController],
  providers: [
    DocumentNumberRepository,
    OutgoingRepository,
    OutgoingWorkflow,
    OutgoingDraftingService,
    OutgoingCorrectionsService,
    OutgoingReviewService,
    OutgoingSigningService,
    OutgoingIssuingService,
    AgencyCodesService,
    OutgoingService,
    OutgoingPrintService,
    ValidityRepository,
    ValidityService,
  ],
  exports: [OutgoingService],
})
export class OutgoingModule {}
