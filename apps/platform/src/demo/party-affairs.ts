import type { DemoStep } from './records.js';

/** The demo steps of 党建 (party-affairs), made through the gateway's routes, in every interesting state. */
export const partyAffairsDemoSteps: DemoStep[] = [];
