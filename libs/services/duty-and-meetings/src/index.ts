export { dutyAndMeetingsDefinition } from './definition.js';
export { DutyAndMeetingsEnv } from './env.js';
