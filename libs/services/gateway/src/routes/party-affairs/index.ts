import type { RouteTable } from '../route-declaration.js';
import { branchesRoutes } from './branches.routes.js';
import { membersRoutes } from './members.routes.js';
import { lifeMeetingsRoutes } from './life-meetings.routes.js';
import { integrityRoutes } from './integrity.routes.js';
import { pairingsRoutes } from './pairings.routes.js';
import { campaignsRoutes } from './campaigns.routes.js';
import { duesRoutes } from './dues.routes.js';
import { reportsRoutes } from './reports.routes.js';

/** The gateway's routes to party-affairs, one table per area. */
export const partyAffairsRoutes: Record<string, RouteTable> = { ...branchesRoutes, ...membersRoutes, ...lifeMeetingsRoutes, ...integrityRoutes, ...pairingsRoutes, ...campaignsRoutes, ...duesRoutes, ...reportsRoutes };
