/**
 * Labels and hand-written record types of the duty pages (the generated schema turns nullable strings into
 * `Record<string, never>`, see the console README), mirroring `libs/contracts/duty-and-meetings/src/duty.ts`.
 */
import type { TimelineEntry } from '@/kit/types';

export const LEVEL_LABELS: Record<string, string> = { especially_major: '特别重大', major: '重大', large: '较大', general: '一般' };
export const LOG_KIND_LABELS: Record<string, string> = { call: '来电', report: '报告', fax: '传真/来文', other: '其他' };
export const DAY_KIND_LABELS: Record<string, string> = { workday: '工作日', weekend: '休息日', holiday: '法定节假日', makeup_workday: '调休上班日' };
export const URGENT_STATUS_LABELS: Record<string, string> = { open: '处置中', closed: '已终报' };
export const STAGE_LABELS: Record<string, string> = { initial: '初报', follow_up: '续报', final: '终报' };
export const CHANNEL_LABELS: Record<string, string> = { phone: '电话', written: '书面' };
const HISTORY_LABELS: Record<string, string> = { created: '登记', received: '接报登记', recorded: '登记', reported: '向领导报告', updated: '更新', 'handling-updated': '更新处理情况', overdue: '超时提醒' };

export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

interface Meta {
  id: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface UrgentReport {
  id: string;
  stage: string;
  sequence: number;
  label: string;
  channel: string;
  reportedAt: string;
  leaderName: string;
  content: string;
  recordedBy: string;
}

export interface UrgentMatter extends Meta {
  title: string;
  level: string;
  levelLabel: string;
  occurredAt: string;
  receivedAt: string;
  location: string | null;
  unitId: string | null;
  summary: string;
  phoneMinutes: number;
  writtenMinutes: number;
  deadline: string;
  remainingSeconds: number;
  overdue: boolean;
  writtenDeadline: string;
  writtenRemainingSeconds: number;
  writtenOverdue: boolean;
  deadlineExplanation: string[];
  initialReportedAt: string | null;
  writtenReportedAt: string | null;
  status: 'open' | 'closed';
  reports: UrgentReport[];
  /** Reported to the duty office by another section (外事办涉外案事件, 信息科紧急信息报送); null when entered here. */
  source: { kind: string; kindLabel: string; id: string; label: string } | null;
}

export interface DutyLog extends Meta {
  kind: string;
  receivedAt: string;
  callerUnitId: string | null;
  callerName: string | null;
  callerPhone: string | null;
  title: string;
  summary: string;
  handling: string | null;
  recordedBy: string;
}

export interface DutyDay extends Meta {
  dutyDate: string;
  leaderName: string;
  officerNames: string[];
  note: string | null;
  dayKind: string;
  holidayDuty: boolean;
  holidayName: string | null;
}

export interface HistoryEntry {
  version: number;
  action: string;
  reason: string | null;
  changedBy: string;
  changedAt: string;
}

/** The 值班室's history of a record (GET /api/duty/history/:kind/:id), newest first, as DetailPage's timeline. */
export function historyTimeline(entries: readonly HistoryEntry[]): TimelineEntry[] {
  return [...entries].reverse().map((entry) => ({
    at: entry.changedAt,
    title: HISTORY_LABELS[entry.action] ?? entry.action,
    actor: entry.changedBy === 'system' ? '系统' : entry.changedBy,
    note: entry.reason,
    type: entry.action === 'overdue' ? 'danger' : entry.action === 'created' || entry.action === 'received' ? 'primary' : 'success',
  }));
}

/** Now as ISO 8601 with the local offset (the API's `IsOffsetDateTime`), for prefilling time fields. */
export function nowIso(): string {
  const now = new Date();
  const offset = -now.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
}

export const URGENT_CHANGE_LABELS: Record<string, string> = { reports: '报告链', status: '状态', initialReportedAt: '初报时间', writtenReportedAt: '书面报告时间', summary: '基本情况' };
export const LOG_CHANGE_LABELS: Record<string, string> = { handling: '处理情况', summary: '内容摘要', title: '标题' };
