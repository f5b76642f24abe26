export * from './permissions.js';
export * from './problem.js';
export * from './auth.js';
export * from './accounts.js';
export * from './audit.js';
