import type { Type } from '@nestjs/common';
import { DocumentsCoreController } from './documents-core.controller.js';

/** The gateway's routes to document-secretariat: one controller per area, added here. */
export const DocumentSecretariatControllers: Type<unknown>[] = [DocumentsCoreController];
