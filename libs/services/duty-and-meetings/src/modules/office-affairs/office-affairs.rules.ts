import type { OfficeMeetingStatus, PublicityLevel, WorkPlanStatus } from '@gov/contracts-duty-and-meetings';
import { PUBLICITY_LEVELS } from '@gov/contracts-duty-and-meetings';

// Rules of 综合科's own office affairs (issue 21 §3; 综合科 科室职责 "负责室全体人员会议等室机关有关会议的组织以及议定事项的
// 督办落实"; RULES.md 2.6: 会议决定事项 are a source of 督办事项, each with its 责任单位 and due date).

/** The steps of one 室务会: arranged → held (minutes, decided items) → published; withdrawn only before it is held. */
export type OfficeMeetingStep = 'hold' | 'publish' | 'withdraw';

const MEETING_STEPS: Record<OfficeMeetingStep, { from: readonly OfficeMeetingStatus[]; to: OfficeMeetingStatus }> = {
  hold: { from: ['planned'], to: 'held' },
  publish: { from: ['held'], to: 'published' },
  withdraw: { from: ['planned'], to: 'withdrawn' },
};

/** Whether `step` may be taken from `status`: no step is skipped or repeated, a held meeting is not withdrawn. */
export function canTakeMeetingStep(step: OfficeMeetingStep, status: OfficeMeetingStatus): boolean {
  return MEETING_STEPS[step].from.includes(status);
}

export function meetingStatusAfter(step: OfficeMeetingStep): OfficeMeetingStatus {
  return MEETING_STEPS[step].to;
}

/** The decided items whose due date is before the day the meeting was held (1-based numbers); those are refused. */
export function decisionsDueBeforeMeeting(meetingDate: string, dueDates: readonly (string | undefined)[]): number[] {
  return dueDates.flatMap((due, i) => (due !== undefined && due < meetingDate ? [i + 1] : []));
}

/** The co-units of a decided item: each once, never the lead unit itself. */
export function coUnitsOf(leadUnitId: string, coUnitIds: readonly string[]): string[] {
  return [...new Set(coUnitIds)].filter((id) => id !== leadUnitId);
}

/** 工作计划: 未开始 → 推进中 → 已完成; 未开始 may go straight to 已完成; 已完成 is final; 推进中 may report again. */
const WORK_PLAN_MOVES: Record<WorkPlanStatus, readonly WorkPlanStatus[]> = {
  not_started: ['in_progress', 'done'],
  in_progress: ['in_progress', 'done'],
  done: [],
};

export function canMoveWorkPlan(from: WorkPlanStatus, to: WorkPlanStatus): boolean {
  return WORK_PLAN_MOVES[from].includes(to);
}

/** An item is overdue when it is not done and its due date is before today (both calendar dates, Beijing time). */
export function isWorkPlanOverdue(status: WorkPlanStatus, dueDate: string, today: string): boolean {
  return status !== 'done' && dueDate < today;
}

/** A plan item's due date lies in its plan's year (a monthly item may fall due later in the year, not before its month). */
export function dueDateFitsPeriod(year: number, month: number | null | undefined, dueDate: string): boolean {
  if (!dueDate.startsWith(`${year}-`)) return false;
  return !month || Number(dueDate.slice(5, 7)) >= month;
}

/** Today's calendar date in Beijing time (UTC+8, no daylight saving). */
export function beijingDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** 规章制度: a new version takes effect no earlier than the version it replaces (the old one stays on record). */
export function canReviseRule(currentEffectiveDate: string, nextEffectiveDate: string): boolean {
  return nextEffectiveDate >= currentEffectiveDate;
}

export interface PublicityCount {
  sectionCode: string;
  national: number;
  provincial: number;
  city: number;
  district: number;
  total: number;
}

/** 宣传报道 yearly counts per section and level (voided records are not counted), sections by their total, most first. */
export function countPublicity(records: readonly { sectionCode: string; level: PublicityLevel; voided: boolean }[]): { rows: PublicityCount[]; totals: PublicityCount } {
  const empty = (sectionCode: string): PublicityCount => ({ sectionCode, national: 0, provincial: 0, city: 0, district: 0, total: 0 });
  const bySection = new Map<string, PublicityCount>();
  const totals = empty('all');
  for (const r of records) {
    if (r.voided || !PUBLICITY_LEVELS.includes(r.level)) continue;
    const row = bySection.get(r.sectionCode) ?? empty(r.sectionCode);
    row[r.level] += 1;
    row.total += 1;
    totals[r.level] += 1;
    totals.total += 1;
    bySection.set(r.sectionCode, row);
  }
  const rows = [...bySection.values()].sort((a, b) => b.total - a.total || a.sectionCode.localeCompare(b.sectionCode));
  return { rows, totals };
}
