export * from './databases.js';
export * from './environment.js';
