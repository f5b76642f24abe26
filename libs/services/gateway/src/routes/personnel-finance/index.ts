import type { RouteTable } from '../route-declaration.js';
import { staffMembersRoutes } from './staff-members.routes.js';

/** The gateway's routes to personnel-finance, one table per area. */
export const personnelFinanceRoutes: Record<string, RouteTable> = { ...staffMembersRoutes };
