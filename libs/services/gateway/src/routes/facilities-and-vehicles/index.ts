import type { RouteTable } from '../route-declaration.js';
import { vehiclesRoutes } from './vehicles.routes.js';

/** The gateway's routes to facilities-and-vehicles, one table per area. */
export const facilitiesAndVehiclesRoutes: Record<string, RouteTable> = { ...vehiclesRoutes };
