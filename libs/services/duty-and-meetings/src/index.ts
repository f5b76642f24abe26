export { dutyAndMeetingsDefinition } from './definition.js';
export { DutyAndMeetingsEnv } from './env.js';
export { RosterService } from './modules/duty/roster.service.js';
export { UrgentMattersService } from './modules/duty/urgent-matters.service.js';
export { OpinionService } from './modules/opinion/opinion.service.js';
