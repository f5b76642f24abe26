import type { DemoStep } from './records.js';

/** The demo steps of 人事财务 (personnel-finance), made through the gateway's routes, in every interesting state. */
export const personnelFinanceDemoSteps: DemoStep[] = [];
