import { ADOPTION_LEVEL_LABELS, ADOPTION_LEVELS, type MonthlyNoticeStatus, type MonthlyReport } from '@gov/contracts-information';

/** The steps of one 月度通报 after it is drafted, and the states each is allowed from. */
export type MonthlyNoticeStep = 'update' | 'regenerate' | 'submit' | 'review' | 'send-back' | 'sign' | 'withdraw';

const ALLOWED: Record<MonthlyNoticeStep, readonly MonthlyNoticeStatus[]> = {
  update: ['draft'],
  // The figures are a snapshot: computed again only while the notice is a draft, never once it is under review.
  regenerate: ['draft'],
  submit: ['draft'],
  review: ['reviewing'],
  'send-back': ['reviewing', 'approved'],
  sign: ['approved'],
  // Withdrawn with a reason only before 签发: a signed notice has gone to document-secretariat as a 发文.
  withdraw: ['draft', 'reviewing', 'approved'],
};

const AFTER: Record<MonthlyNoticeStep, MonthlyNoticeStatus | null> = {
  update: null,
  regenerate: null,
  submit: 'reviewing',
  review: 'approved',
  'send-back': 'draft',
  sign: 'signed',
  withdraw: 'withdrawn',
};

/** Whether `step` may be taken from `status`: 审核 before 签发, nothing after 签发 or 撤回 (pure: no I/O). */
export function canTake(step: MonthlyNoticeStep, status: MonthlyNoticeStatus): boolean {
  return ALLOWED[step].includes(status);
}

/** The state after `step`. */
export function statusAfter(step: MonthlyNoticeStep, status: MonthlyNoticeStatus): MonthlyNoticeStatus {
  return AFTER[step] ?? status;
}

/** Whether a notice still holds its month (one live notice per month): every state but 已撤回. */
export function isLive(status: MonthlyNoticeStatus): boolean {
  return status !== 'withdrawn';
}

/** A month may be notified once it has ended: strictly before the month of `today` (YYYY-MM-DD, Asia/Shanghai). */
export function isClosedMonth(month: string, today: string): boolean {
  return month < today.slice(0, 7);
}

/** 2026-11 → 2026年11月. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** The usual title: 关于2026年11月份政务信息报送采用情况的通报. */
export function defaultTitle(month: string): string {
  return `关于${monthLabel(month)}份政务信息报送采用情况的通报`;
}

/**
 * The notice's text as the 发文 carries it: the 按语, then the ranking as table lines (名次、单位、报送、each level of
 * 采用、批示、约稿扣分、得分), the units that reported nothing, and the scoring versions used.
 */
export function renderNoticeText(preface: string, report: MonthlyReport.Reply): string {
  const header = ['名次', '单位', '报送', ...ADOPTION_LEVELS.map((l) => (l === 'district_bulletin' ? '区刊' : ADOPTION_LEVEL_LABELS[l])), '批示', '约稿扣分', '得分'];
  const lines = report.rows.map((r) => [r.rank, r.unitName, r.submitted, ...ADOPTION_LEVELS.map((l) => r.adopted[l] ?? 0), r.instructions, r.deduction, r.score].join(' | '));
  const silent = report.silentUnits.length ? report.silentUnits.join('、') : '无';
  return [
    preface.trim(),
    '',
    `一、${monthLabel(report.month)}各单位政务信息报送采用情况（按得分排名，同分同名次）`,
    header.join(' | '),
    ...(lines.length ? lines : ['（本月无统计数据）']),
    '',
    `二、本月未报送信息的单位：${silent}`,
    '',
    `计分标准：${report.weightVersions.length ? report.weightVersions.join('、') : '本月无计分事项'}`,
  ].join('\n');
}
