import type { Type } from '@nestjs/common';
import { AssessmentController } from './assessment.controller.js';
import { SuggestionsController } from './suggestions.controller.js';
import { SupervisionPlansController } from './supervision-plans.controller.js';
import { ReformController } from './reform.controller.js';
import { SupervisionItemsController } from './supervision-items.controller.js';
import { SupervisionWarningsController } from './supervision-warnings.controller.js';

/** The gateway's routes to supervision: one controller per area, added here. */
export const SupervisionControllers: Type<unknown>[] = [SuggestionsController, SupervisionPlansController, ReformController, SupervisionItemsController, SupervisionWarningsController, AssessmentController];
