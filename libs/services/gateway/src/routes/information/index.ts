import type { RouteTable } from '../route-declaration.js';
import { submissionsRoutes } from './submissions.routes.js';
import { solicitationsRoutes } from './solicitations.routes.js';
import { bulletinsRoutes } from './bulletins.routes.js';
import { evaluationsRoutes } from './evaluations.routes.js';
import { trainingsRoutes } from './trainings.routes.js';
import { upwardReportsRoutes } from './upward-reports.routes.js';
import { monthlyNoticesRoutes } from './monthly-notices.routes.js';

/** The gateway's routes to information, one table per area. */
export const informationRoutes: Record<string, RouteTable> = { ...submissionsRoutes, ...solicitationsRoutes, ...bulletinsRoutes, ...evaluationsRoutes, ...trainingsRoutes, ...upwardReportsRoutes, ...monthlyNoticesRoutes };
