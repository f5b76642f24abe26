export * from './permissions.js';
export * from './trips.js';
export * from './receptions.js';
export * from './incidents.js';
export * from './invitations.js';
export * from './friendships.js';
export * from './regulations.js';
export * from './committee.js';
