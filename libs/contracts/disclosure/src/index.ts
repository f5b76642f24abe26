export * from './permissions.js';
export * from './applications.js';
export * from './annual-reports.js';
export * from './publications.js';
export * from './projects.js';
export * from './inspections.js';
export * from './guides.js';
