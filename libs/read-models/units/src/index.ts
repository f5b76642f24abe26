export * from './unit-directory.js';
