import type { DemoStep } from './records.js';

/** The demo steps of 外事 (foreign-affairs), made through the gateway's routes, in every interesting state. */
export const foreignAffairsDemoSteps: DemoStep[] = [];
