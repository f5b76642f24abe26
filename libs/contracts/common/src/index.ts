export * from './services.js';
export * from './caller.js';
export * from './errors.js';
export * from './envelope.js';
export * from './pagination.js';
export * from './ops.js';
export * from './calendar.js';
export * from './records.js';
