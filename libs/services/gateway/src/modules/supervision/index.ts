import type { Type } from '@nestjs/common';

/** The gateway's routes to supervision: one controller per area, added here. */
export const SupervisionControllers: Type<unknown>[] = [];
