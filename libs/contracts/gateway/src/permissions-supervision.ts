/** Moved to the service's contracts package (one place for its permission strings). */
export { SupervisionPermissions } from '@gov/contracts-supervision';
