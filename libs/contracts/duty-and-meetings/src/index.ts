export * from './units.js';
export * from './calendar.js';
