// The one SQL toolkit of the services' repositories: conditions with numbered parameters, LIKE patterns, pages with
// their total, and a row type's columns (read, insert, versioned update).
export * from './conditions.js';
export * from './page.js';
export * from './columns.js';
export * from './locks.js';
