export * from './supervised-items.js';
