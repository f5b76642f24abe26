import type { IncidentReportStage, IncidentStatus } from '@gov/contracts-foreign-affairs';

/** The steps of one 涉外案事件, and the states each is allowed from. */
export type IncidentStep = 'update' | 'report' | 'act' | 'close' | 'withdraw';

const ALLOWED: Record<IncidentStep, readonly IncidentStatus[]> = {
  update: ['open'],
  report: ['open'],
  act: ['open'],
  close: ['open'],
  withdraw: ['open'],
};

export function canTake(step: IncidentStep, status: IncidentStatus): boolean {
  return ALLOWED[step].includes(status);
}

export function statusAfter(step: IncidentStep, status: IncidentStatus): IncidentStatus {
  return step === 'withdraw' ? 'withdrawn' : step === 'close' ? 'closed' : status;
}

const NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * The report chain (初报 → 续报一、二… → 终报, as the duty office's emergency reporting, RULES.md §2.7): the first
 * report is the 初报, a 初报 only once, nothing after the 终报; returns the label of the new report or the problem.
 */
export function nextReport(existing: readonly IncidentReportStage[], stage: IncidentReportStage): { label: string } | { problem: string } {
  if (existing.includes('final')) return { problem: '已终报，不能再报告' };
  if (stage === 'initial') return existing.length ? { problem: '初报只能有一次' } : { label: '初报' };
  if (!existing.length) return { problem: '须先初报' };
  if (stage === 'final') return { label: '终报' };
  const n = existing.filter((s) => s === 'follow_up').length;
  return { label: `续报${NUMBERS[n] ?? n + 1}` };
}

/** Closing needs the 终报 in the chain. */
export function canClose(existing: readonly IncidentReportStage[]): boolean {
  return existing.includes('final');
}
