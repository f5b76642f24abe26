import { computeDeadline, isDeadlineOverdue, type DeadlineResult, type WorkingCalendar } from '@gov/calendar';
import type { CatalogueCategory, PublicationStatus } from '@gov/contracts-disclosure';

/** The steps of one 主动公开信息, and the states each is allowed from. */
export type PublicationStep = 'update' | 'review' | 'publish' | 'withdraw';

const ALLOWED: Record<PublicationStep, readonly PublicationStatus[]> = {
  update: ['queued', 'cleared'],
  review: ['queued'],
  publish: ['cleared'],
  withdraw: ['queued', 'cleared', 'published'],
};

export const PUBLICATION_STEP_LABELS: Record<PublicationStep, string> = { update: '修改', review: '保密审查', publish: '公开', withdraw: '撤回' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: PublicationStep, status: PublicationStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step` (a review ends in cleared or held). */
export function statusAfter(step: PublicationStep, status: PublicationStatus, cleared = true): PublicationStatus {
  switch (step) {
    case 'review':
      return cleared ? 'cleared' : 'held';
    case 'publish':
      return 'published';
    case 'withdraw':
      return 'withdrawn';
    default:
      return status;
  }
}

/** 主动公开 within 20 working days of the information being made or changed (《政府信息公开条例》第二十六条). */
export function publicationDeadline(calendar: WorkingCalendar, madeOn: string): DeadlineResult {
  const result = computeDeadline(calendar, { start: madeOn, amount: 20, unit: 'working_days' });
  return { ...result, explanation: ['公开期限：信息形成或者变更之日起 20 个工作日内（《政府信息公开条例》第二十六条）', ...result.explanation] };
}

/** Late: still waiting after its due day, or published after it. */
export function isLate(row: { status: PublicationStatus; dueDate: string | null; publishedOn: string | null }, today: string): boolean {
  if (row.status === 'published') return row.dueDate !== null && row.publishedOn !== null && row.publishedOn > row.dueDate;
  if (row.status === 'queued' || row.status === 'cleared') return isDeadlineOverdue(row.dueDate, today);
  return false;
}

/** The 公开目录 category of an issued document, from its 文种 (规范性文件 where the 文种 says so). */
export function categoryOfDocType(docType: string, title: string): CatalogueCategory {
  if (/规范性文件/.test(title) || /规定|办法|细则/.test(docType)) return 'normative_document';
  if (/规划|计划/.test(title)) return 'plan';
  if (/通知|通告|公告/.test(docType)) return 'announcement';
  return 'policy_document';
}

/** 索引号: `<year>-<seq, 5 digits>` (e.g. 2026-00012). */
export function indexNumberOf(year: number, seq: number): string {
  return `${year}-${String(seq).padStart(5, '0')}`;
}
