export * from './permissions.js';
export * from './submissions.js';
export * from './solicitations.js';
export * from './bulletins.js';
export * from './evaluations.js';
export * from './trainings.js';
export * from './upward-reports.js';
export * from './monthly-notices.js';
