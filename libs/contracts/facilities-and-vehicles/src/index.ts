export * from './permissions.js';
export * from './vehicles.js';
