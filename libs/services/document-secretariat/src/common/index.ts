export * from './access.js';
export * from './files.js';
export * from './registry.js';
export * from './timeline.js';
export * from './units.js';
export * from './body-versions.js';
export * from './diff.js';
