export * from './suggestions.js';
export * from './plans.js';
export * from './reform.js';
export * from './items.js';
export * from './warnings.js';
export * from './assessment.js';
export * from './permissions.js';
export * from './inspections.js';
