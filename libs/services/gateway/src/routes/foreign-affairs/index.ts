import type { RouteTable } from '../route-declaration.js';
import { tripsRoutes } from './trips.routes.js';
import { receptionsRoutes } from './receptions.routes.js';
import { incidentsRoutes } from './incidents.routes.js';
import { invitationsRoutes } from './invitations.routes.js';
import { friendshipsRoutes } from './friendships.routes.js';
import { regulationsRoutes } from './regulations.routes.js';
import { committeeRoutes } from './committee.routes.js';

/** The gateway's routes to foreign-affairs, one table per area. */
export const foreignAffairsRoutes: Record<string, RouteTable> = { ...tripsRoutes, ...receptionsRoutes, ...incidentsRoutes, ...invitationsRoutes, ...friendshipsRoutes, ...regulationsRoutes, ...committeeRoutes };
