import {
  DISPOSAL_KIND_LABELS,
  UNIFICATION_LABELS,
  UNIFICATIONS,
  type BuildingEntryKind,
  type BuildingEntryStatus,
  type DisposalKind,
  type OfficeBuildingStatus,
  type Unification,
  type UnificationState,
} from '@gov/contracts-facilities-and-vehicles';
import type { WaitingStep } from '@gov/platform';
import { addDays, SECTION } from '../reminders/reminders.rules.js';

export const BASIS = '鲁办发〔2018〕49号（办公用房统一规划、统一权属、统一配置、统一维修、统一处置、统一物业服务）';

/** The steps of one 办公用房楼宇, and the states each is allowed from: a disposed or withdrawn building is read-only. */
export type OfficeBuildingStep = 'update' | 'withdraw' | 'entry' | 'void';

const ALLOWED: Record<OfficeBuildingStep, readonly OfficeBuildingStatus[]> = { update: ['in_use'], withdraw: ['in_use'], entry: ['in_use'], void: ['in_use'] };

export const BUILDING_STEP_LABELS: Record<string, string> = { create: '登记', update: '修改', withdraw: '撤回', entry: '记录', void: '作废记录', dispose: '统一处置' };

/** Whether `step` may be taken from `status` (pure: no I/O). */
export function canTake(step: OfficeBuildingStep, status: OfficeBuildingStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** One version of the record's local figures (versioned configuration with its source). */
export interface BuildingRule {
  id: string;
  maintenanceApprovalFen: number;
  ownerAuthority: string;
  propertyLeadDays: number;
  effectiveFrom: string;
  source: string;
  createdAt: Date;
}

/** An entry of the 六统一 record, as the rules need it. */
export interface EntryFacts {
  kind: BuildingEntryKind;
  status: BuildingEntryStatus;
  year: number | null;
  content: string | null;
  approvalDocument: string | null;
  ownerUnit: string | null;
  certificateNumber: string | null;
  date: string | null;
  amountFen: number | null;
  disposalKind: DisposalKind | null;
  company: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  createdAt: Date;
}

/** Integer 分 as 元 with two decimals (no floating point). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} 元`;
}

export type EntryProblem = { code: 'ownerNotAuthority' | 'approvalRequired' | 'invalidPeriod'; field: string; message: string };

/**
 * Why an entry may not be recorded under `rule`, or null: 统一权属 — the title is held by the 机关事务管理部门 (the
 * configured name); 统一维修 — from the configured amount on, an approval document; 统一处置 — always an approval document;
 * 统一物业服务 — the period ends on or after its start.
 */
export function entryProblem(entry: Pick<EntryFacts, 'kind' | 'ownerUnit' | 'amountFen' | 'approvalDocument' | 'periodStart' | 'periodEnd'>, rule: BuildingRule): EntryProblem | null {
  const approval = entry.approvalDocument?.trim();
  if (entry.kind === 'ownership' && entry.ownerUnit?.trim() !== rule.ownerAuthority) {
    return {
      code: 'ownerNotAuthority',
      field: 'ownerUnit',
      message: `统一权属：办公用房产权须统一登记在机关事务管理部门（${rule.ownerAuthority}），不能登记在「${entry.ownerUnit?.trim() ?? ''}」（${BASIS}）`,
    };
  }
  if (entry.kind === 'maintenance' && (entry.amountFen ?? 0) >= rule.maintenanceApprovalFen && !approval) {
    return {
      code: 'approvalRequired',
      field: 'approvalDocument',
      message: `统一维修：维修金额 ${yuan(entry.amountFen ?? 0)} 达到 ${yuan(rule.maintenanceApprovalFen)}，须填写批准文件（${rule.source}，${rule.effectiveFrom} 起施行）`,
    };
  }
  if ((entry.kind === 'disposal' || entry.kind === 'planning') && !approval) {
    return { code: 'approvalRequired', field: 'approvalDocument', message: `${UNIFICATION_LABELS[entry.kind]}须有批准文件（${BASIS}）` };
  }
  if (entry.kind === 'property' && entry.periodStart && entry.periodEnd && entry.periodEnd < entry.periodStart) {
    return { code: 'invalidPeriod', field: 'periodEnd', message: 'periodEnd：服务期止不能早于服务期起' };
  }
  return null;
}

/** What rule an entry was recorded under (kept on the entry): the figure that applied and its source. */
export function ruleNoteOf(kind: BuildingEntryKind, rule: BuildingRule): string | null {
  if (kind === 'maintenance') return `维修审批限额 ${yuan(rule.maintenanceApprovalFen)}（${rule.source}，${rule.effectiveFrom} 起施行）`;
  if (kind === 'ownership') return `产权单位须为${rule.ownerAuthority}（${rule.source}，${rule.effectiveFrom} 起施行）`;
  return null;
}

/** A one-line Chinese description of an entry. */
export function entrySummary(e: EntryFacts): string {
  switch (e.kind) {
    case 'planning':
      return `${e.year ?? ''}年度规划：${e.content ?? ''}（${e.approvalDocument ?? ''}）`;
    case 'ownership':
      return `产权单位 ${e.ownerUnit ?? ''}，不动产权证号 ${e.certificateNumber ?? ''}，${e.date ?? ''} 登记`;
    case 'maintenance':
      return `${e.date ?? ''} 维修：${e.content ?? ''}，${yuan(e.amountFen ?? 0)}${e.approvalDocument ? `（${e.approvalDocument}）` : ''}`;
    case 'disposal':
      return `${e.date ?? ''} ${e.disposalKind ? DISPOSAL_KIND_LABELS[e.disposalKind] : ''}处置（${e.approvalDocument ?? ''}）${e.content ? `：${e.content}` : ''}`;
    case 'property':
      return `${e.company ?? ''}，${e.periodStart ?? ''} 至 ${e.periodEnd ?? ''}，${yuan(e.amountFen ?? 0)}`;
  }
}

const current = (entries: readonly EntryFacts[], kind: BuildingEntryKind): EntryFacts[] =>
  entries.filter((e) => e.kind === kind && e.status === 'current').sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

/** The current 统一权属 entry (the latest recorded, not voided), or null: without one the building is 权属未统一登记. */
export function currentOwnership(entries: readonly EntryFacts[]): EntryFacts | null {
  return current(entries, 'ownership')[0] ?? null;
}

/** The property contract in force on `today` (the one ending last among those covering it), or null. */
export function contractInForce(entries: readonly EntryFacts[], today: string): EntryFacts | null {
  return (
    current(entries, 'property')
      .filter((e) => e.periodStart && e.periodEnd && e.periodStart <= today && today <= e.periodEnd)
      .sort((a, b) => (b.periodEnd ?? '').localeCompare(a.periodEnd ?? ''))[0] ?? null
  );
}

/**
 * The 六统一 of a building on `today`: which of the six has a current record. 统一配置 is the allocation of its rooms by
 * 机关事务管理科 (office-rooms): recorded when rooms in use name the building.
 */
export function unificationOf(entries: readonly EntryFacts[], roomsInUse: number, today: string): UnificationState[] {
  const state = (kind: Unification, recorded: boolean, note: string): UnificationState => ({ kind, label: UNIFICATION_LABELS[kind], recorded, note });
  const plan = current(entries, 'planning')[0];
  const owner = currentOwnership(entries);
  const works = current(entries, 'maintenance');
  const disposal = current(entries, 'disposal')[0];
  const contract = contractInForce(entries, today);
  const states: Record<Unification, UnificationState> = {
    planning: state('planning', !!plan, plan ? `${plan.year ?? ''}年度：${plan.content ?? ''}` : '尚无规划记录'),
    ownership: state('ownership', !!owner, owner ? `产权单位 ${owner.ownerUnit ?? ''}，证号 ${owner.certificateNumber ?? ''}` : '权属未统一登记'),
    allocation: state('allocation', roomsInUse > 0, roomsInUse > 0 ? `${roomsInUse} 间在用房间由机关事务管理科统一调配` : '尚无登记的房间'),
    maintenance: state('maintenance', works.length > 0, works.length ? `共 ${works.length} 次，合计 ${yuan(works.reduce((sum, w) => sum + (w.amountFen ?? 0), 0))}` : '尚无维修记录'),
    disposal: state('disposal', !!disposal, disposal ? `${disposal.disposalKind ? DISPOSAL_KIND_LABELS[disposal.disposalKind] : ''}（${disposal.approvalDocument ?? ''}）` : '未处置'),
    property: state('property', !!contract, contract ? `${contract.company ?? ''}，至 ${contract.periodEnd ?? ''}` : '无在期物业服务合同'),
  };
  return UNIFICATIONS.map((kind) => states[kind]);
}

/**
 * What a building waits on in 机关事务管理科's 待办: its latest property contract (统一物业服务) from the lead time before it
 * ends (30 days, configured) until a later one is recorded or it is voided — to renew or retender it; the title turns once
 * it has ended. Nothing for a building not in use.
 */
export function propertyReminderSteps(building: { id: string; name: string; status: OfficeBuildingStatus }, entries: readonly EntryFacts[], rule: BuildingRule | null, today: string): WaitingStep[] {
  if (!rule || building.status !== 'in_use') return [];
  const latest = current(entries, 'property')
    .filter((e) => e.periodEnd)
    .sort((a, b) => (b.periodEnd ?? '').localeCompare(a.periodEnd ?? ''))[0];
  if (!latest?.periodEnd || today < addDays(latest.periodEnd, -rule.propertyLeadDays)) return [];
  const past = today > latest.periodEnd;
  return [
    {
      step: 'property-contract',
      kind: 'building_property_contract_ending',
      title: `楼宇物业服务合同${past ? '已到期' : '即将到期'}：${building.name}（${latest.company ?? ''}），${latest.periodEnd} 到期，请办理续签或重新选聘并登记`,
      assignee: { type: 'role', id: 'section_staff' },
      section: SECTION,
      deadline: { date: latest.periodEnd, explanation: `物业服务合同服务期止 ${latest.periodEnd}，提前 ${rule.propertyLeadDays} 天提醒（${rule.source}，${rule.effectiveFrom} 起施行）` },
      link: `/facilities-and-vehicles/office-buildings/${building.id}`,
    },
  ];
}
