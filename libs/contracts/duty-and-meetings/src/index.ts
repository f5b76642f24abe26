export * from './units.js';
export * from './calendar.js';
export * from './supervision-events.js';
