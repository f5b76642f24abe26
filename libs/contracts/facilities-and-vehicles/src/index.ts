export * from './permissions.js';
export * from './vehicles.js';
export * from './bookings.js';
export * from './logistics-requests.js';
export * from './visitors.js';
export * from './office-rooms.js';
