import { RANK_LABELS, RANKS, type Rank, type TownSpaceReportStatus, type TownStaffByRank } from '@gov/contracts-facilities-and-vehicles';
import type { WaitingStep } from '@gov/platform';

/** The steps of one 镇街办公用房报送, and the states each is allowed from. */
export type TownSpaceReportStep = 'update' | 'approve' | 'return' | 'withdraw';

const ALLOWED: Record<TownSpaceReportStep, readonly TownSpaceReportStatus[]> = {
  update: ['submitted', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
  withdraw: ['submitted', 'returned'],
};

const AFTER: Record<TownSpaceReportStep, TownSpaceReportStatus> = { update: 'submitted', approve: 'approved', return: 'returned', withdraw: 'withdrawn' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: TownSpaceReportStep, status: TownSpaceReportStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: TownSpaceReportStep): TownSpaceReportStatus {
  return AFTER[step];
}

/** The per-person standard of each rank (the office-rooms module's `office_standard` in force), with its source. */
export type RankStandards = Record<Rank, { areaM2: number; source: string }>;

export interface SpaceAssessment {
  staffTotal: number;
  standardAreaM2: number;
  excessAreaM2: number;
  overStandard: boolean;
  perPersonAreaM2: number | null;
  standardRule: string;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * 办公用房面积核定 (《党政机关办公用房建设标准》县级机关, RULES.md §2.9): the office area a town or street may use is the sum of
 * its staff's per-person standards (县级正职 30, 副职 24, 正科 18, 副科 12, 科级以下 9 平方米); what it reports beyond that is
 * 超标面积. The same standard configuration as the compound's office rooms.
 */
export function assessSpace(officeAreaM2: number, staff: TownStaffByRank, standards: RankStandards): SpaceAssessment {
  const staffTotal = RANKS.reduce((sum, rank) => sum + staff[rank], 0);
  const standardAreaM2 = round2(RANKS.reduce((sum, rank) => sum + staff[rank] * standards[rank].areaM2, 0));
  const excessAreaM2 = round2(Math.max(0, officeAreaM2 - standardAreaM2));
  const sources = [...new Set(RANKS.map((rank) => standards[rank].source))].join('；');
  const standardRule = `${RANKS.map((rank) => `${RANK_LABELS[rank]} ${standards[rank].areaM2} 平方米/人`).join('，')}（依据${sources}）`;
  return { staffTotal, standardAreaM2, excessAreaM2, overStandard: excessAreaM2 > 0, perPersonAreaM2: staffTotal > 0 ? round2(officeAreaM2 / staffTotal) : null, standardRule };
}

/** Figures that contradict each other: the office area is part of the total; an office area needs staff. Chinese problems, field-keyed. */
export function figureProblems(figures: { totalAreaM2: number; officeAreaM2: number; staff: TownStaffByRank }): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (figures.officeAreaM2 > figures.totalAreaM2) problems.push({ field: 'officeAreaM2', message: 'officeAreaM2：办公室面积不能大于办公用房总使用面积' });
  if (figures.officeAreaM2 > 0 && RANKS.every((rank) => figures.staff[rank] === 0)) problems.push({ field: 'staff', message: 'staff：有办公室面积时须填写在编人员人数' });
  return problems;
}

/** 超编车辆: cars held beyond the quota (null when either is not reported). */
export function carsOverQuota(carsHeld: number | null, carsQuota: number | null): number | null {
  if (carsHeld === null || carsQuota === null) return null;
  return Math.max(0, carsHeld - carsQuota);
}

/** What a report waits on: the section's review while submitted; the town's correction while returned. */
export function townSpaceReportTasks(row: { id: string; unitId: string; unitName: string; year: number; status: TownSpaceReportStatus }): WaitingStep[] {
  const link = `/facilities-and-vehicles/town-space-reports/${row.id}`;
  if (row.status === 'submitted') {
    return [{ step: 'review', kind: 'town_space_report_review', title: `审核镇街办公用房报送：${row.unitName}（${row.year}年度）`, assignee: { type: 'role', id: 'section_staff' }, section: 'jiguan_shiwu', link }];
  }
  if (row.status === 'returned') {
    return [{ step: 'revise', kind: 'town_space_report_revise', title: `办公用房报送被退回，请修改后重报（${row.year}年度）`, assignee: { type: 'unit', id: row.unitId }, link }];
  }
  return [];
}
