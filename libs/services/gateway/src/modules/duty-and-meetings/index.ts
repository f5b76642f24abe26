import type { Type } from '@nestjs/common';

/** The gateway's routes to duty-and-meetings: one controller per area, added here. */
export const DutyAndMeetingsControllers: Type<unknown>[] = [];
