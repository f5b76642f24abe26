export * from './permissions.js';
export * from './staff-members.js';
