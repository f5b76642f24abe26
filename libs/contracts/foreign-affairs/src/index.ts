export * from './permissions.js';
export * from './trips.js';
