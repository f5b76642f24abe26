import type { DemoStep } from './records.js';

/** The demo steps of 机关事务 (facilities-and-vehicles), made through the gateway's routes, in every interesting state. */
export const facilitiesAndVehiclesDemoSteps: DemoStep[] = [];
