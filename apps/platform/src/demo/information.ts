import type { DemoStep } from './records.js';

/** The demo steps of 政务信息 (information), made through the gateway's routes, in every interesting state. */
export const informationDemoSteps: DemoStep[] = [];
