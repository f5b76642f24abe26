import type { EstablishmentKind, EstablishmentPostStatus, FillSource, StaffCategory } from '@gov/contracts-personnel-finance';

/** The steps of one 机构编制 line, and the states each is allowed from. */
export type EstablishmentPostStep = 'update' | 'withdraw';

const ALLOWED: Record<EstablishmentPostStep, readonly EstablishmentPostStatus[]> = {
  update: ['in_force'],
  withdraw: ['in_force'],
};

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: EstablishmentPostStep, status: EstablishmentPostStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: EstablishmentPostStep, status: EstablishmentPostStatus): EstablishmentPostStatus {
  return step === 'withdraw' ? 'withdrawn' : status;
}

/**
 * Which 编制类别 a staff member fills, by their 人员类别: 公务员 fill 行政编制, 参公 the 参照公务员法管理 posts,
 * 事业编制 and 工勤编制 their own kind (《机构编制工作条例》: 编制 are kept by kind and not used across kinds).
 */
export const KIND_OF_CATEGORY: Record<StaffCategory, EstablishmentKind> = { civil_servant: 'administrative', managed: 'managed', institution: 'institution', worker: 'worker' };

/** What the fill computation needs of a line. */
export interface PostLine {
  id: string;
  unitId: string | null;
  kind: EstablishmentKind;
  postTitles: readonly string[];
  approvedCount: number;
  reportedFilled: number | null;
}

/** What the fill computation needs of an active staff member of the office. */
export interface StaffPlace {
  category: StaffCategory;
  postTitle: string;
}

export interface Fill {
  filled: number;
  vacant: number;
  overstaffed: number;
  source: FillSource;
  explanation: string;
}

/**
 * 实有人数 of one line. For the office itself (no unit id) it is counted from the staff records: the active staff of the
 * line's kind whose 职务 is one of the line's `postTitles`; a line without post titles (the general posts of the kind)
 * counts those of the kind that no other line of the office names. For a subordinate unit the reported figure is used.
 * 空缺 = 核定数 − 实有 (not below 0); what is above the count is 超编 (超职数).
 */
export function fillOf(line: PostLine, officeLines: readonly PostLine[], staff: readonly StaffPlace[]): Fill {
  if (line.unitId !== null) {
    const filled = line.reportedFilled ?? 0;
    return { ...counts(line.approvedCount, filled), source: 'reported', explanation: line.reportedFilled === null ? '下属单位未填报实有人数，按 0 计' : `下属单位填报实有 ${filled} 人` };
  }
  const ofKind = staff.filter((s) => KIND_OF_CATEGORY[s.category] === line.kind);
  let filled: number;
  let explanation: string;
  if (line.postTitles.length) {
    const titles = new Set(line.postTitles.map((t) => t.trim()));
    filled = ofKind.filter((s) => titles.has(s.postTitle.trim())).length;
    explanation = `工作人员名册中在职、类别相符且职务为“${[...titles].join('、')}”的 ${filled} 人`;
  } else {
    const named = new Set(officeLines.filter((l) => l.id !== line.id && l.unitId === null && l.kind === line.kind).flatMap((l) => l.postTitles.map((t) => t.trim())));
    filled = ofKind.filter((s) => !named.has(s.postTitle.trim())).length;
    explanation = `工作人员名册中在职、类别相符且未计入其他岗位的 ${filled} 人`;
  }
  return { ...counts(line.approvedCount, filled), source: 'staff_records', explanation };
}

function counts(approved: number, filled: number): { filled: number; vacant: number; overstaffed: number } {
  return { filled, vacant: Math.max(0, approved - filled), overstaffed: Math.max(0, filled - approved) };
}

/** A subordinate unit reports its filled count; the office's is computed, so a figure given for it is refused. */
export function reportedFilledRefusal(unitId: string | null, reportedFilled: number | null | undefined): string | null {
  return unitId === null && reportedFilled !== null && reportedFilled !== undefined ? 'reportedFilled：本办的实有人数由工作人员名册计算，不能填报' : null;
}
