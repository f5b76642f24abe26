import { Module } from '@nestjs/common';
import { CalendarCopyModule } from '@gov/platform';
import { ArchivesModule } from '../archives/archives.module.js';
import { ConfidentialDeliveriesRpcController } from '../confidential/confidential.rpc.controller.js';
import { ConfidentialDeliveries } from '../confidential/confidential.service.js';
import { ConfidentialRepository } from '../confidential/confidential.repository.js';
import { InstructionsRpcController } from '../instructions/instructions.rpc.controller.js';
import { InstructionsService } from '../instructions/instructions.service.js';
import { InstructionsRepository } from '../instructions/instructions.repository.js';
import { DocumentNumberRepository } from '../outgoing/document-number.repository.js';
import { UnitRequestsRpcController } from '../requests/requests.rpc.controller.js';
import { UnitRequestsService } from '../requests/requests.service.js';
import { RequestsRepository } from '../requests/requests.repository.js';
import { IncomingRepository } from './incoming.repository.js';
import { IncomingRpcController } from './incoming.rpc.controller.js';
import { IncomingService } from './incoming.service.js';
import { IncomingItemLinks } from './item-links.js';
import { Routings } from './routings.js';
import { RoutingsRepository } from './routings.repository.js';
import { RecordSteps } from './steps.js';
import { SupervisedItemsRepository } from '../supervised/supervised-items.repository.js';
import { SupervisionFeedbackEventsController } from '../supervised/supervision-feedback.events.controller.js';

/** 收文, 请示, 领导批示 and 机要递送 (文秘科, 秘书一科, 秘书二科): they share the recipients' copies and the step recorder. */
@Module({
  imports: [CalendarCopyModule, ArchivesModule],
  controllers: [IncomingRpcController, InstructionsRpcController, UnitRequestsRpcController, ConfidentialDeliveriesRpcController, SupervisionFeedbackEventsController],
  providers: [
    DocumentNumberRepository,
    RecordSteps,
    RoutingsRepository,
    Routings,
    IncomingRepository,
    IncomingService,
    IncomingItemLinks,
    InstructionsService,
    InstructionsRepository,
    SupervisedItemsRepository,
    UnitRequestsService,
    RequestsRepository,
    ConfidentialDeliveries,
    ConfidentialRepository,
  ],
  exports: [IncomingService, InstructionsService, Routings],
})
export class IncomingDocumentsModule {}
