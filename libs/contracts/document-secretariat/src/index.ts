export * from './events.js';
export * from './common.js';
