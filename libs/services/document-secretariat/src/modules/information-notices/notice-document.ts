import type { MonthlyNoticeSigned } from '@gov/contracts-information';

/** The kind of origin a 月度通报 leaves on its 发文 (`outgoing_origin.origin_kind`). */
export const MONTHLY_NOTICE_ORIGIN = 'information-monthly-notice';

/**
 * The 机关代字 a 月度通报 is issued under: it is the office's notice to the units (下行文, 通报), so the office's
 * 博政办字 (《党政机关公文处理工作条例》第九条, the office's 代字表).
 */
export const MONTHLY_NOTICE_AGENCY_CODE = '博政办字';

/** 文种 of the notice (条例第八条: 通报 — 适用于表彰先进、批评错误、传达重要精神和告知重要情况). */
export const MONTHLY_NOTICE_DOC_TYPE = '通报';

/** How the origin reads on the 发文 and its timeline: 信息科 月度通报（2026年11月）. */
export function originLabel(event: Pick<MonthlyNoticeSigned.Event, 'month'>): string {
  return `信息科 月度通报（${event.month.slice(0, 4)}年${Number(event.month.slice(5, 7))}月）`;
}

/** The 主送 of the notice as 发文 recipients: the units below the office (下级机关), by name. */
export function noticeRecipients(event: Pick<MonthlyNoticeSigned.Event, 'mainRecipients'>): { name: string; relation: 'subordinate' }[] {
  return [...new Set(event.mainRecipients.map((n) => n.trim()).filter(Boolean))].map((name) => ({ name, relation: 'subordinate' as const }));
}
