import type { DemoStep } from './records.js';

/** The demo steps of 依申请公开 (disclosure), made through the gateway's routes, in every interesting state. */
export const disclosureDemoSteps: DemoStep[] = [];
