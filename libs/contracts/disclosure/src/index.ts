export * from './permissions.js';
export * from './applications.js';
