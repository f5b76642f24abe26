import { activitiesRoutes } from './activities.routes.js';
import { dutyRoutes } from './duty.routes.js';
import { leaveRoutes } from './leave.routes.js';
import { meetingsRoutes } from './meetings.routes.js';
import { opinionRoutes } from './opinion.routes.js';
import { roomsRoutes } from './rooms.routes.js';
import { upwardReportsRoutes } from './upward-reports.routes.js';
import { unitsRoutes } from './units.routes.js';
import { calendarRoutes } from './calendar.routes.js';
import type { RouteTable } from '../route-declaration.js';
import { officeAffairsRoutes } from './office-affairs.routes.js';

/** The gateway's routes to duty-and-meetings, one table per area. */
export const dutyAndMeetingsRoutes: Record<string, RouteTable> = { ...activitiesRoutes, ...dutyRoutes, ...leaveRoutes, ...meetingsRoutes, ...opinionRoutes, ...roomsRoutes, ...upwardReportsRoutes, ...unitsRoutes, ...calendarRoutes, ...officeAffairsRoutes };
