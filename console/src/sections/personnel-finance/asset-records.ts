/** Types and labels of the 国有资产 and 培训 pages, as personnel-finance's contracts give them. */

export const ASSET_CATEGORY_LABELS: Record<string, string> = {
  land: '土地',
  buildings: '房屋及构筑物',
  general_equipment: '通用设备',
  special_equipment: '专用设备',
  cultural_relics: '文物和陈列品',
  books_archives: '图书档案',
  furniture: '家具用具装具',
  intangible: '无形资产',
};
export const ASSET_STATUS_LABELS: Record<string, string> = { in_use: '在用', idle: '闲置', pending_disposal: '待处置', disposed: '已处置' };
export const DISPOSAL_KIND_LABELS: Record<string, string> = { scrap: '报废', sale: '转让', allocation_out: '调出' };
export const ASSET_TRANSFER_KIND_LABELS: Record<string, string> = { allocation: '调拨', keeper_change: '保管人变更', relocation: '存放地点变更' };
export const ASSET_PURCHASE_STATUS_LABELS: Record<string, string> = { requested: '已申请', approved: '已批准', purchased: '已采购', accepted: '已验收', carded: '已建卡', rejected: '未批准', withdrawn: '已撤回' };
/** The procedure's steps in order, for the step bar. */
export const ASSET_PURCHASE_STEPS = ['requested', 'approved', 'purchased', 'accepted', 'carded'] as const;
export const INVENTORY_STATUS_LABELS: Record<string, string> = { open: '盘点中', closed: '已完成' };
export const INVENTORY_RESULT_LABELS: Record<string, string> = { found: '账实相符', missing: '未找到（盘亏）', differs: '账实不符' };

export const TRAINING_KIND_LABELS: Record<string, string> = { initial: '初任培训', appointment: '任职培训', specialized: '专门业务培训', in_service: '在职培训' };
export const TRAINING_STATUS_LABELS: Record<string, string> = { planned: '已列入计划', recorded: '已登记', withdrawn: '已撤回' };

interface Recorded {
  id: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  timeline: { at: string; by: string; step: string; note: string | null }[];
}

export interface AssetPurchase extends Recorded {
  number: string;
  name: string;
  category: string;
  estimatedFen: number;
  purpose: string;
  status: string;
  approval: { by: string; at: string; opinion: string | null } | null;
  purchase: { supplier: string; amountFen: number; purchasedOn: string; contractNumber: string | null; by: string } | null;
  acceptance: { acceptedOn: string; acceptors: string; note: string | null; by: string } | null;
  assetId: string | null;
  assetNumber: string | null;
  reason: string | null;
}

export interface AssetTransfer {
  kind: string;
  transferredOn: string;
  fromLocation: string;
  toLocation: string;
  fromKeeperName: string;
  toKeeperName: string;
  reason: string;
  by: string;
  at: string;
}

export interface Asset extends Recorded {
  number: string;
  category: string;
  name: string;
  valueFen: number;
  acquiredOn: string;
  location: string;
  keeperStaffMemberId: string | null;
  keeperName: string;
  status: string;
  purchaseId: string | null;
  transfers: AssetTransfer[];
  disposal: { kind: string; reason: string; previousStatus: string; requestedBy: string; requestedAt: string; approvedBy: string | null; documentNumber: string | null; disposedOn: string | null } | null;
}

export interface AssetInventoryLine {
  assetId: string;
  number: string;
  name: string;
  category: string;
  valueFen: number;
  location: string;
  keeperName: string;
  result: string | null;
  note: string | null;
  checkedBy: string | null;
}

export interface AssetInventory extends Recorded {
  title: string;
  asOf: string;
  status: string;
  lines: AssetInventoryLine[];
  unchecked: number;
  losses: AssetInventoryLine[];
  lossFen: number;
}

export interface AssetReportRow {
  category?: string;
  label?: string;
  count: number;
  valueFen: number;
  additions: number;
  additionsFen: number;
  disposals: number;
  disposalsFen: number;
}

export interface AssetReport {
  period: string;
  from: string;
  to: string;
  rows: AssetReportRow[];
  total: AssetReportRow;
}

export interface TrainingPlan extends Recorded {
  year: number;
  title: string;
  kind: string;
  plannedHours: number;
  note: string | null;
  status: string;
  withdrawalReason: string | null;
  sessions: number;
  deliveredHours: number;
}

export interface TrainingAttendee {
  staffMemberId: string;
  name: string;
  sectionCode: string;
  attended: boolean;
  absenceReason: string | null;
}

export interface TrainingSession extends Recorded {
  planId: string;
  planTitle: string;
  kind: string;
  year: number;
  title: string;
  heldOn: string;
  hours: number;
  days: number;
  organiser: string;
  attendees: TrainingAttendee[];
  status: string;
  withdrawalReason: string | null;
}

export interface TrainingHoursRow {
  staffMemberId: string;
  name: string;
  sectionCode: string;
  hoursByKind: Record<string, number>;
  totalHours: number;
  countedHours: number;
  countedDays: number;
  meetsStandard: boolean;
  shortfallHours: number;
  absences: number;
}

export interface TrainingHours {
  year: number;
  standard: { version: string; days: number; hours: number; kinds: string[]; source: string };
  rows: TrainingHoursRow[];
  below: number;
}
