import type { Type } from '@nestjs/common';
import { DecisionsController } from './decisions.controller.js';
import { DocumentsCoreController } from './documents-core.controller.js';
import { DraftingController } from './drafting.controller.js';
import { ConfidentialDeliveriesController } from './confidential.controller.js';
import { IncomingController } from './incoming.controller.js';
import { InstructionsController } from './instructions.controller.js';
import { UnitRequestsController } from './requests.controller.js';
import { OutgoingController } from './outgoing.controller.js';
import { SealsController } from './seals.controller.js';
import { AgreementReviewsController } from './agreements.controller.js';
import { ArchivesController } from './archives.controller.js';
import { FilingsController } from './filings.controller.js';
import { GazetteController } from './gazette.controller.js';

/** The gateway's routes to document-secretariat: one controller per area, added here. */
export const DocumentSecretariatControllers: Type<unknown>[] = [DocumentsCoreController, DecisionsController, DraftingController, IncomingController, InstructionsController, UnitRequestsController, ConfidentialDeliveriesController, OutgoingController, SealsController, ArchivesController, GazetteController, FilingsController, AgreementReviewsController];
