/**
 * 档号 per DA/T 22—2015《归档文件整理规则》: 全宗号-档案门类代码·年度-保管期限代码-机构（问题）代码-件号,
 * e.g. J001-WS·2026-D30-ZHK-0012. "-" joins levels, "·" joins codes of one level; 件号 has 4 digits, zero-padded.
 */
export const RETENTION_PERIODS = {
  Y: '永久',
  D30: '定期30年',
  D10: '定期10年',
} as const;
export type RetentionCode = keyof typeof RETENTION_PERIODS;

export interface ArchiveCode {
  /** 全宗号: 4 characters, e.g. J001 */
  fondsCode: string;
  /** 档案门类代码: 2 letters, WS = 文书 */
  categoryCode: string;
  year: number;
  retention: RetentionCode;
  /** 机构（问题）代码: optional */
  organizationCode?: string | null;
  /** 件号: from 1, within 年度 · 保管期限 · 机构 */
  itemNumber: number;
}

const FONDS = /^[A-Z0-9]{4}$/;
const CATEGORY = /^[A-Z]{2}$/;
const ORGANIZATION = /^[A-Z0-9]{1,10}$/;
const PATTERN = /^([A-Z0-9]{4})-([A-Z]{2})·(\d{4})-(Y|D30|D10)(?:-([A-Z0-9]{1,10}))?-(\d{4})$/;

/** Chinese reasons the parts cannot make a 档号; empty when they can. */
export function archiveCodeProblems(code: ArchiveCode): string[] {
  const problems: string[] = [];
  if (!FONDS.test(code.fondsCode)) problems.push('全宗号须为 4 位字母或数字，如 J001');
  if (!CATEGORY.test(code.categoryCode)) problems.push('档案门类代码须为 2 位大写字母，如 WS（文书）');
  if (!Number.isInteger(code.year) || code.year < 1900 || code.year > 9999) problems.push('年度须为四位年份');
  if (!(code.retention in RETENTION_PERIODS)) problems.push('保管期限代码只能是 Y（永久）、D30（定期30年）或 D10（定期10年）');
  if (code.organizationCode && !ORGANIZATION.test(code.organizationCode)) problems.push('机构（问题）代码须为 1–10 位大写字母或数字');
  if (!Number.isInteger(code.itemNumber) || code.itemNumber < 1 || code.itemNumber > 9999) problems.push('件号须在 1–9999 之间');
  return problems;
}

export function formatArchiveCode(code: ArchiveCode): string {
  const problems = archiveCodeProblems(code);
  if (problems.length) throw new RangeError(problems.join('；'));
  const levels = [code.fondsCode, `${code.categoryCode}·${code.year}`, code.retention, ...(code.organizationCode ? [code.organizationCode] : []), String(code.itemNumber).padStart(4, '0')];
  return levels.join('-');
}

export function parseArchiveCode(text: string): ArchiveCode | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const [, fondsCode, categoryCode, year, retention, organizationCode, item] = match;
  const itemNumber = Number(item);
  if (itemNumber < 1) return null;
  return { fondsCode, categoryCode, year: Number(year), retention: retention as RetentionCode, organizationCode: organizationCode ?? null, itemNumber };
}
