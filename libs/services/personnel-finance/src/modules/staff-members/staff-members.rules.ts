import {
  PENALTY_KINDS,
  RETIREE_SERVICE_KINDS,
  REWARD_KINDS,
  STAFF_RECORD_ENTRY_KIND_LABELS,
  TRANSFER_KINDS,
  type STAFF_RECORD_ENTRY_KINDS,
  type STAFF_RECORD_SUB_KINDS,
  type StaffMemberStatus,
} from '@gov/contracts-personnel-finance';

/** The steps of one 工作人员 record, and the states each is allowed from. */
export type StaffMemberStep = 'update' | 'withdraw' | 'retire' | 'add-entry' | 'void-entry';

const ALLOWED: Record<StaffMemberStep, readonly StaffMemberStatus[]> = {
  update: ['active'],
  withdraw: ['active'],
  retire: ['active'],
  'add-entry': ['active', 'retired'],
  'void-entry': ['active', 'retired'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: StaffMemberStep, status: StaffMemberStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: StaffMemberStep, status: StaffMemberStatus): StaffMemberStatus {
  return step === 'withdraw' ? 'withdrawn' : step === 'retire' ? 'retired' : status;
}

/** A probationer on a date: the probation ends after it (新录用公务员试用期内). */
export function onProbation(probationEndsOn: string | null, on: string): boolean {
  return probationEndsOn !== null && probationEndsOn >= on;
}

/** The dates given must be in order: probation ends after hiring. */
export function datesRefusal(hiredOn: string, probationEndsOn: string | null | undefined): string | null {
  return probationEndsOn && probationEndsOn <= hiredOn ? 'probationEndsOn：试用期满日期应晚于入职日期' : null;
}

// ---- 干部档案 entries ----------------------------------------------------------------------------------------------

export type EntryKind = (typeof STAFF_RECORD_ENTRY_KINDS)[number];
type SubKind = (typeof STAFF_RECORD_SUB_KINDS)[number];

/** 处分期间 in months (《公务员法》第六十四条; 《行政机关公务员处分条例》第六条): 开除 has none. */
export const PENALTY_MONTHS: Record<(typeof PENALTY_KINDS)[number], number | null> = { warning: 6, demerit: 12, major_demerit: 18, demotion: 24, removal: 24, expulsion: null };

/** The kinds that name a 种类 and rest on a decision with its 文号. */
const SUB_KINDS: Partial<Record<EntryKind, readonly SubKind[]>> = { reward: REWARD_KINDS, penalty: PENALTY_KINDS, transfer: TRANSFER_KINDS, retiree_service: RETIREE_SERVICE_KINDS };
/** The kinds that rest on a decision with its 文号 (a service to a retiree does not). */
const DECIDED: readonly EntryKind[] = ['reward', 'penalty', 'transfer'];

export interface EntryInput {
  kind: EntryKind;
  subKind?: SubKind;
  startedOn: string;
  endedOn?: string;
  documentNumber?: string;
}

/** Why an entry is refused, with its field; null when it may be added. */
export function entryRefusal(input: EntryInput, today: string, status: StaffMemberStatus = 'active'): { field: string; message: string } | null {
  const allowed = SUB_KINDS[input.kind];
  const label = STAFF_RECORD_ENTRY_KIND_LABELS[input.kind];
  if (allowed && (!input.subKind || !allowed.includes(input.subKind))) return { field: 'subKind', message: `subKind：${label}须选择种类` };
  if (!allowed && input.subKind) return { field: 'subKind', message: `subKind：${label}不分种类` };
  if (input.kind === 'retiree_service' && status !== 'retired') return { field: 'kind', message: 'kind：离退休干部服务只能登记在已退休人员的记录上' };
  if (DECIDED.includes(input.kind) && !input.documentNumber?.trim()) return { field: 'documentNumber', message: `documentNumber：${label}须登记决定的文号` };
  if (input.startedOn > today) return { field: 'startedOn', message: `startedOn：${label}日期不能晚于今天` };
  if (input.endedOn && input.endedOn < input.startedOn) return { field: 'endedOn', message: 'endedOn：终止日期不能早于起始日期' };
  return null;
}

/**
 * The last day of a 处分期间 of `months` from the decision's day (《民法典》第二百零一条、第二百零二条: the day itself not
 * counted; the corresponding day of the last month ends it, or that month's last day when it has none).
 */
export function penaltyUntil(startedOn: string, months: number): string {
  const [y, m, d] = startedOn.split('-').map(Number);
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** What a penalty's period bars (《公务员法》第六十四条). */
export function penaltyEffect(subKind: (typeof PENALTY_KINDS)[number]): string {
  const base = '受处分期间不得晋升职务、职级和级别';
  return subKind === 'warning' ? `${base}（《公务员法》第六十四条）` : `${base}，不得晋升工资档次（《公务员法》第六十四条）`;
}

/** The latest-ending penalty still in its period on `today`, among the active entries; null when none. */
export function penaltyInForce<T extends { kind: string; subKind: string | null; effectiveUntil: string | null; status: string }>(entries: readonly T[], today: string): T | null {
  let found: T | null = null;
  for (const e of entries) {
    if (e.kind !== 'penalty' || e.status !== 'active' || !e.effectiveUntil || e.effectiveUntil < today) continue;
    if (!found || (found.effectiveUntil as string) < e.effectiveUntil) found = e;
  }
  return found;
}

/** 退休: on or after the hiring date. */
export function retirementRefusal(hiredOn: string, retiredOn: string): string | null {
  return retiredOn <= hiredOn ? `retiredOn：退休日期应晚于入职日期 ${hiredOn}` : null;
}
