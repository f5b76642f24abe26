/**
 * 综合科's own office affairs as the gateway sends them (libs/contracts/duty-and-meetings/src/office-affairs.ts): 室务会,
 * 工作计划, 规章制度, 宣传报道. Written by hand like meetings.ts; labels in Chinese.
 */
import { ref } from 'vue';
import { get } from '@/api/http';
import type { TimelineEntry } from '@/kit/types';

export const OFFICE_AFFAIRS_READ = ['office-affairs:read', 'office-affairs:manage'];
export const OFFICE_AFFAIRS_MANAGE = 'office-affairs:manage';
export const OFFICE_AFFAIRS_API = '/api/duty-and-meetings/office-affairs';

export const OFFICE_MEETING_STATUS_LABELS: Record<string, string> = { planned: '已安排', held: '已召开', published: '已发布', withdrawn: '已撤回' };
export const OFFICE_MEETING_STEP_LABELS: Record<string, string> = { create: '安排室务会', hold: '召开（登记纪要与议定事项）', publish: '发布议定事项（交督查室督办）', withdraw: '撤回' };
export const OFFICE_MEETING_CHANGE_LABELS: Record<string, string> = { status: '状态', minutes: '会议纪要', decisions: '议定事项', attendees: '出席人员', absentees: '缺席人员' };
export const WORK_PLAN_STATUS_LABELS: Record<string, string> = { not_started: '未开始', in_progress: '推进中', done: '已完成' };
export const OFFICE_RULE_STATUS_LABELS: Record<string, string> = { in_force: '现行有效', repealed: '已废止' };
export const OFFICE_RULE_CHANGE_LABELS: Record<string, string> = { status: '状态', versions: '版本', repealReason: '废止理由' };
export const PUBLICITY_LEVEL_LABELS: Record<string, string> = { national: '国家级', provincial: '省级', city: '市级', district: '区级' };
export const PUBLICITY_KIND_LABELS: Record<string, string> = { article: '稿件', news: '新闻', feature: '专题' };
export const PUBLICITY_STATUS_LABELS: Record<string, string> = { recorded: '已登记', voided: '已作废' };

export interface HistoryEntry {
  step: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  at: string;
  by: string;
}

export interface OfficeMeetingDecision {
  id: string;
  sequence: number;
  content: string;
  leadUnitId: string;
  coUnitIds: string[];
  dueDate?: string;
}

export interface OfficeMeeting {
  id: string;
  title: string;
  meetingDate: string;
  place: string;
  chairName: string;
  attendees: string[];
  absentees: { name: string; reason: string }[];
  topics: string[];
  status: string;
  minutesNumber: string | null;
  minutes: string | null;
  decisions: OfficeMeetingDecision[];
  publishedAt: string | null;
  withdrawalReason: string | null;
  history: HistoryEntry[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface WorkPlanItem {
  id: string;
  year: number;
  month: number | null;
  content: string;
  sectionCode: string;
  dueDate: string;
  status: string;
  overdue: boolean;
  progress: { status: string; note: string; at: string; by: string }[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface OfficeRuleVersion {
  versionNo: number;
  content: string;
  effectiveDate: string;
  documentNumber: string | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
}

export interface OfficeRule {
  id: string;
  title: string;
  status: string;
  current: OfficeRuleVersion;
  versions: OfficeRuleVersion[];
  repealReason: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface PublicityRecord {
  id: string;
  publishedOn: string;
  title: string;
  outlet: string;
  level: string;
  kind: string;
  sectionCode: string;
  link?: string;
  status: string;
  voidReason: string | null;
  version: number;
  createdBy: string;
}

export interface PublicityCountRow {
  sectionCode: string;
  national: number;
  provincial: number;
  city: number;
  district: number;
  total: number;
}

/** The timeline of a record from its steps (newest first). */
export function stepsTimeline(entries: readonly HistoryEntry[], labels: Record<string, string>): TimelineEntry[] {
  return [...entries].reverse().map((e) => ({
    at: e.at,
    title: labels[e.step] ?? e.step,
    actor: e.by,
    note: e.note,
    type: e.step === 'withdraw' || e.step === 'repeal' || e.step === 'void' ? 'warning' : e.step === 'publish' ? 'success' : 'primary',
  }));
}

/** W/"n" for If-Match from a record's version (lists carry no ETag). */
export const ifMatchOf = (record: { version: number }) => `W/"${record.version}"`;

const sectionNames = ref<Record<string, string>>({});
let sectionsLoading: Promise<void> | undefined;

/** The office's sections (科室) by code, loaded once from /api/sections. */
export function useSections() {
  sectionsLoading ??= (async () => {
    try {
      for (const s of await get<{ code: string; name: string }[]>('/api/sections')) sectionNames.value[s.code] = s.name;
    } catch {
      sectionsLoading = undefined;
    }
  })();
  const sectionName = (code: string | null | undefined) => (code ? (sectionNames.value[code] ?? code) : '—');
  return { sectionNames, sectionName, ready: sectionsLoading };
}

/** Lines of a textarea, trimmed, blanks left out. */
export const linesOf = (text: unknown) =>
  String(text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** 「姓名：原因」 lines → absentees. */
export const absenteesOf = (text: unknown) =>
  linesOf(text).map((line) => {
    const [name, ...reason] = line.split(/[:：]/);
    return { name: name.trim(), reason: reason.join('：').trim() };
  });
