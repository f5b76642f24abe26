import type { RouteTable } from '../route-declaration.js';
import { applicationsRoutes } from './applications.routes.js';

/** The gateway's routes to disclosure, one table per area. */
export const disclosureRoutes: Record<string, RouteTable> = { ...applicationsRoutes };
