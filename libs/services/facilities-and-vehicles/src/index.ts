export { facilitiesAndVehiclesDefinition } from './definition.js';
