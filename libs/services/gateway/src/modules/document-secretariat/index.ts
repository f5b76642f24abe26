import type { Type } from '@nestjs/common';

/** The gateway's routes to document-secretariat: one controller per area, added here. */
export const DocumentSecretariatControllers: Type<unknown>[] = [];
