export * from './access.js';
export * from './files.js';
export * from './registry.js';
export * from './timeline.js';
export * from './units.js';
