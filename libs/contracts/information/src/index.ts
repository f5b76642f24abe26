export * from './permissions.js';
export * from './submissions.js';
export * from './solicitations.js';
export * from './bulletins.js';
