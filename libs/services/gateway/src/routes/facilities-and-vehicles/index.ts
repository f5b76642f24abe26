import type { RouteTable } from '../route-declaration.js';
import { vehiclesRoutes } from './vehicles.routes.js';
import { bookingsRoutes } from './bookings.routes.js';
import { logisticsRequestsRoutes } from './logistics-requests.routes.js';
import { visitorsRoutes } from './visitors.routes.js';
import { officeRoomsRoutes } from './office-rooms.routes.js';
import { securityIncidentsRoutes } from './security-incidents.routes.js';
import { guardShiftsRoutes } from './guard-shifts.routes.js';
import { patrolsRoutes } from './patrols.routes.js';
import { officeSuppliesRoutes } from './office-supplies.routes.js';
import { vehicleCostsRoutes } from './vehicle-costs.routes.js';
import { remindersRoutes } from './reminders.routes.js';
import { housingRoutes } from './housing.routes.js';
import { townSpaceReportsRoutes } from './town-space-reports.routes.js';
import { guidanceVisitsRoutes } from './guidance-visits.routes.js';
import { vehicleStatisticsRoutes } from './vehicle-statistics.routes.js';
import { officeBuildingsRoutes } from './office-buildings.routes.js';

/** The gateway's routes to facilities-and-vehicles, one table per area. */
export const facilitiesAndVehiclesRoutes: Record<string, RouteTable> = { ...vehiclesRoutes, ...bookingsRoutes, ...logisticsRequestsRoutes, ...visitorsRoutes, ...officeRoomsRoutes, ...securityIncidentsRoutes, ...guardShiftsRoutes, ...patrolsRoutes, ...officeSuppliesRoutes, ...vehicleCostsRoutes, ...remindersRoutes, ...housingRoutes, ...townSpaceReportsRoutes, ...guidanceVisitsRoutes, ...vehicleStatisticsRoutes, ...officeBuildingsRoutes };
