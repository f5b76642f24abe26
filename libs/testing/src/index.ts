export * from './databases.js';
export * from './environment.js';
export * from './callers.js';
export * from './net.js';
