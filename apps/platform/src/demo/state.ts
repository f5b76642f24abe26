import { randomInt } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type AdminDuty = 'system' | 'security' | 'audit';

/** How a demo account signs in: its current password until the demo password is set, and its TOTP secret if it has one. */
export interface DemoLogin {
  username: string;
  password: string;
  passwordSet?: boolean;
  totpSecret?: string;
}

/** What the seed remembers between runs, in `<dataDir>/demo.json` (mode 600): the password, who exists, which steps are done. */
export interface DemoState {
  /** The one demo password, generated for this data folder. */
  password: string;
  /** The three administrators (三员) by duty, with the usernames the gateway gave them (ADMIN_USERNAMES). */
  admins: Partial<Record<AdminDuty, DemoLogin>>;
  /** The office's people by username. */
  accounts: Record<string, DemoLogin & { id: string; rolesAssigned?: boolean }>;
  /** Business steps completed (with how long each took). */
  steps: Record<string, { ms: number }>;
  /** How many times each step was started: a step cut off halfway is run again, with new natural keys where they must be unique. */
  attempts?: Record<string, number>;
  /** Ids of records made by earlier steps that later steps use. */
  refs?: Record<string, string>;
  /** The records counted when the seed completed. */
  counts?: Record<string, number>;
  completedAt?: string;
}

export function demoStateFile(dataDir: string): string {
  return join(dataDir, 'demo.json');
}

export function loadDemoState(dataDir: string): DemoState {
  const file = demoStateFile(dataDir);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoState;
  const state: DemoState = { password: newDemoPassword(), admins: {}, accounts: {}, steps: {} };
  saveDemoState(dataDir, state);
  return state;
}

/** Written to a temporary file and renamed, so that a crash leaves the old or the new state, never half of one. */
export function saveDemoState(dataDir: string, state: DemoState): void {
  const file = demoStateFile(dataDir);
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2), { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';

/** Random and easy to type: `Boshan-` and eight lower-case letters or digits, then `-` and four digits (passes the policy). */
export function newDemoPassword(): string {
  const pick = (set: string, n: number) => Array.from({ length: n }, () => set[randomInt(set.length)]).join('');
  return `Boshan-${pick(LOWER + DIGITS, 8)}-${pick(DIGITS, 4)}`;
}
