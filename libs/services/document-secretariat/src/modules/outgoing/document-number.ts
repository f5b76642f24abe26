/**
 * 发文字号: 机关代字 + 〔four-digit year〕 + 顺序号 + 号, e.g. 博政发〔2026〕3号.
 * 《党政机关公文处理工作条例》第九条（发文字号由发文机关代字、年份、发文顺序号组成）; GB/T 9704—2012 7.2.4:
 * the year in hexagonal brackets 〔〕, the number without leading zeros and without 第 or 字.
 * One running sequence per 代字 per year. "No 字" forbids a 字 added after the 代字 (博政发字〔2026〕3号 for 博政发); a 代字
 * that itself ends in 字 (博政字, 博政办字, as the office's 代字 table has them) is a 代字 like any other.
 */
export const DOCUMENT_NUMBER_PATTERN = /^([\u4e00-\u9fa5]+)〔(\d{4})〕([1-9]\d*)号$/;
const AGENCY_CODE = /^[\u4e00-\u9fa5]+$/;
/** 第 after the 代字, or 字 added after a 发 代字: the forms the rule forbids. */
const FORBIDDEN_ENDING = /(第|发字)$/;

export interface DocumentNumber {
  /** 机关代字, e.g. 博政发 */
  agencyCode: string;
  year: number;
  /** 顺序号, from 1 */
  sequence: number;
}

/** Chinese reasons a 机关代字 cannot be used; empty when it can. */
export function agencyCodeProblems(agencyCode: string): string[] {
  const problems: string[] = [];
  if (!AGENCY_CODE.test(agencyCode)) problems.push('机关代字只能由汉字组成，如“博政发”');
  if (FORBIDDEN_ENDING.test(agencyCode)) problems.push('机关代字末尾不加“第”或“字”（如“博政发”，不是“博政发字”）');
  if (agencyCode.length > 12) problems.push('机关代字不超过 12 个字');
  return problems;
}

export function formatDocumentNumber({ agencyCode, year, sequence }: DocumentNumber): string {
  if (agencyCodeProblems(agencyCode).length) throw new RangeError(`invalid agency code ${agencyCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`invalid year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`invalid sequence ${sequence}`);
  return `${agencyCode}〔${year}〕${sequence}号`;
}

/** Parses a 发文字号; null when it is not in the prescribed form (wrong brackets, leading zeros, 第…号). */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const match = DOCUMENT_NUMBER_PATTERN.exec(text);
  if (!match || FORBIDDEN_ENDING.test(match[1])) return null;
  return { agencyCode: match[1], year: Number(match[2]), sequence: Number(match[3]) };
}

/** Says what is wrong with a 发文字号 as written, in Chinese, for the reviewer (核稿). */
export function documentNumberProblems(text: string): string[] {
  if (parseDocumentNumber(text)) return [];
  const problems: string[] = [];
  if (/[[\]［］()（）【】]/.test(text)) problems.push('年份须用六角括号〔〕，不用方括号或圆括号');
  if (/〔\d{4}〕0\d*号$/.test(text)) problems.push('顺序号不编虚位（写“3号”，不写“003号”）');
  if (/第\d+号$|第〔|发字〔/.test(text)) problems.push('顺序号前不加“第”，机关代字后不加“字”');
  if (!/[〔[［(（]\d{4}[〕\]］)）]/.test(text)) problems.push('年份须为四位数字，如〔2026〕');
  if (!problems.length) problems.push('发文字号应为“机关代字〔年份〕顺序号号”，如“博政发〔2026〕3号”');
  return problems;
}
