export * from './permissions.js';
export * from './submissions.js';
