export * from './permissions.js';
export * from './staff-members.js';
export * from './assessments.js';
export * from './claims.js';
export * from './payslips.js';
export * from './leading-group-meetings.js';
