export * from './permissions.js';
export * from './branches.js';
