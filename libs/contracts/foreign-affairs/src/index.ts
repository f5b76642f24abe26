export * from './permissions.js';
export * from './trips.js';
export * from './receptions.js';
export * from './incidents.js';
export * from './invitations.js';
