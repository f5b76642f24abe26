import type { RouteTable } from '../route-declaration.js';
import { tripsRoutes } from './trips.routes.js';

/** The gateway's routes to foreign-affairs, one table per area. */
export const foreignAffairsRoutes: Record<string, RouteTable> = { ...tripsRoutes };
