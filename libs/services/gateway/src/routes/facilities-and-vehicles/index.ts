import type { RouteTable } from '../route-declaration.js';
import { vehiclesRoutes } from './vehicles.routes.js';
import { bookingsRoutes } from './bookings.routes.js';
import { logisticsRequestsRoutes } from './logistics-requests.routes.js';
import { visitorsRoutes } from './visitors.routes.js';
import { officeRoomsRoutes } from './office-rooms.routes.js';

/** The gateway's routes to facilities-and-vehicles, one table per area. */
export const facilitiesAndVehiclesRoutes: Record<string, RouteTable> = { ...vehiclesRoutes, ...bookingsRoutes, ...logisticsRequestsRoutes, ...visitorsRoutes, ...officeRoomsRoutes };
