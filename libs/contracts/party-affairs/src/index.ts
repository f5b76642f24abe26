export * from './permissions.js';
export * from './branches.js';
export * from './members.js';
export * from './life-meetings.js';
