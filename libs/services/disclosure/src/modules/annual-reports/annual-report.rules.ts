import {
  ANSWER_CODE_INFO,
  ANSWER_CODES,
  ANSWER_GROUP_LABELS,
  ANSWER_GROUPS,
  APPLICANT_TYPES,
  CHALLENGE_KINDS,
  CHALLENGE_KIND_LABELS,
  type AnswerCode,
  type AnswerGroup,
  type ApplicantType,
  type ApplicationStatus,
  type ChallengeKind,
  type ChallengeOutcome,
  type ChallengeRow,
  type CrossCheckOffender,
  type ReportRow,
} from '@gov/contracts-disclosure';

/**
 * The 依申请公开 table of the annual report (《政府信息公开条例》第五十条; 国办公开办函〔2021〕30号 表三) and the 复议/诉讼
 * table (表四), computed from the case records; the cross-check 一 + 二 = 三 + 四 per column.
 */

export const REPORT_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

export interface ReportCase {
  id: string;
  title: string;
  applicantType: ApplicantType;
  status: ApplicationStatus;
  receivedOn: string;
  concludedOn: string | null;
  answerCode: AnswerCode | null;
  feeFen: number;
  answeredOn: string | null;
  challenges: readonly { kind: ChallengeKind; filedOn: string; outcome: ChallengeOutcome; decidedOn: string | null }[];
}

/** The 办理结果 sub-row a concluded case counts in: its answer, 视为放弃 as 逾期不补正, 申请人撤回 as 其他. */
export function resultCodeOf(c: Pick<ReportCase, 'status' | 'answerCode'>): AnswerCode | null {
  if (c.status === 'withdrawn') return 'other';
  if (c.status === 'abandoned') return 'other_overdue_correction';
  return c.answerCode;
}

const SUB_ROW_LABELS: Record<AnswerCode, string> = Object.fromEntries(ANSWER_CODES.map((code) => [code, ANSWER_CODE_INFO[code].label.replace(/^[^·]+·/, '')])) as Record<AnswerCode, string>;

export interface AnnualTable {
  rows: ReportRow[];
  crossCheckHolds: boolean;
  offenders: CrossCheckOffender[];
}

/** Rows 一 to 四 with every sub-row, per applicant column and total; the cases that break 一 + 二 = 三 + 四 by name. */
export function applicationTable(year: number, cases: readonly ReportCase[]): AnnualTable {
  const from = `${year}-01-01`;
  const until = `${year}-12-31`;
  const width = APPLICANT_TYPES.length;
  const empty = () => new Array<number>(width).fill(0);
  const fresh = empty();
  const carriedIn = empty();
  const carriedOut = empty();
  const byCode = new Map<AnswerCode, number[]>(ANSWER_CODES.map((c) => [c, empty()]));
  const offenders: CrossCheckOffender[] = [];

  for (const c of cases) {
    const col = APPLICANT_TYPES.indexOf(c.applicantType);
    const concluded = c.concludedOn;
    const isNew = c.receivedOn >= from && c.receivedOn <= until;
    const isCarriedIn = c.receivedOn < from && (!concluded || concluded >= from);
    const code = resultCodeOf(c);
    const handledThisYear = concluded !== null && concluded >= from && concluded <= until;
    const isCarriedOut = c.receivedOn <= until && (!concluded || concluded > until);
    const left = isNew || isCarriedIn;
    let right = isCarriedOut;
    if (isNew) fresh[col] += 1;
    if (isCarriedIn) carriedIn[col] += 1;
    if (isCarriedOut) carriedOut[col] += 1;
    if (handledThisYear) {
      if (code) {
        byCode.get(code)![col] += 1;
        right = true;
      } else {
        offenders.push({ id: c.id, title: c.title, reason: `已于 ${concluded} 办结但没有答复类型，无法计入"本年度办理结果"` });
      }
    }
    if (left && !right && !handledThisYear) {
      offenders.push({ id: c.id, title: c.title, reason: '计入收件但未计入办理结果或结转下年度' });
    }
    if (!left && handledThisYear && code) {
      offenders.push({ id: c.id, title: c.title, reason: `办结之日 ${concluded} 早于收到申请之日 ${c.receivedOn}，计入办理结果但不在收件之中` });
    }
  }

  const total = (counts: number[]) => [...counts, counts.reduce((a, b) => a + b, 0)];
  const sum = (codes: readonly AnswerCode[]) => {
    const acc = empty();
    for (const code of codes) byCode.get(code)!.forEach((n, i) => (acc[i] += n));
    return acc;
  };
  const codesOf = (group: AnswerGroup) => ANSWER_CODES.filter((code) => ANSWER_CODE_INFO[code].group === group);
  const rows: ReportRow[] = [
    { code: 'new', label: '一、本年新收政府信息公开申请数量', counts: total(fresh) },
    { code: 'carried_in', label: '二、上年结转政府信息公开申请数量', counts: total(carriedIn) },
  ];
  for (const group of ANSWER_GROUPS) {
    const codes = codesOf(group);
    rows.push({ code: `group_${group}`, label: `三、本年度办理结果 ${ANSWER_GROUP_LABELS[group]}`, counts: total(sum(codes)) });
    if (group === 'disclosed' || group === 'partial') continue;
    for (const code of codes) rows.push({ code, label: `　　${SUB_ROW_LABELS[code]}`, counts: total(byCode.get(code)!) });
  }
  const handled = sum(ANSWER_CODES);
  rows.push({ code: 'total_handled', label: '三、本年度办理结果 （七）总计', counts: total(handled) });
  rows.push({ code: 'carried_out', label: '四、结转下年度继续办理', counts: total(carriedOut) });

  const holds = [...Array(width).keys()].every((i) => fresh[i] + carriedIn[i] === handled[i] + carriedOut[i]);
  return { rows, crossCheckHolds: holds && offenders.length === 0, offenders };
}

/** 复议/诉讼 filed in the year, with the outcome as it stood at the year's end (维持/纠正/其他/尚未审结/总计). */
export function challengeTable(year: number, cases: readonly ReportCase[]): ChallengeRow[] {
  const from = `${year}-01-01`;
  const until = `${year}-12-31`;
  return CHALLENGE_KINDS.map((kind) => {
    const row: ChallengeRow = { label: CHALLENGE_KIND_LABELS[kind], upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    for (const c of cases) {
      for (const ch of c.challenges) {
        if (ch.kind !== kind || ch.filedOn < from || ch.filedOn > until) continue;
        const outcome = ch.decidedOn && ch.decidedOn <= until ? ch.outcome : 'pending';
        row[outcome] += 1;
        row.total += 1;
      }
    }
    return row;
  });
}

/** 信息处理费 of the answers given in the year (分). */
export function feesOfYear(year: number, cases: readonly ReportCase[]): number {
  return cases.filter((c) => c.answeredOn && c.answeredOn.startsWith(`${year}-`)).reduce((sum, c) => sum + c.feeFen, 0);
}

/** The publication deadlines of the year's report (第四十九条): the department's by 1月31日, the government's by 3月31日 of the next year. */
export function reportDeadlines(year: number): { department: string; government: string } {
  return { department: `${year + 1}-01-31`, government: `${year + 1}-03-31` };
}

// ---- The report as a record: the entered 主动公开 tables, the narrative, 定稿 --------------------------------------------

/** The report's title (国办公开办函〔2021〕30号: 机关名称 + 年度 + 政府信息公开工作年度报告). */
export function reportTitle(year: number, office = '博山区人民政府办公室'): string {
  return `${office}${year}年政府信息公开工作年度报告`;
}

export interface EnteredCounts {
  made: number;
  repealed: number;
  inForce: number;
  source: string;
}
export interface EnteredTables {
  regulations: EnteredCounts;
  normativeDocuments: EnteredCounts;
  licensing: { decisions: number; source: string };
  penalties: { decisions: number; source: string };
  enforcement: { decisions: number; source: string };
  fees: { amountWanYuan: number; source: string };
}
export interface Narrative {
  overview: string;
  problems: string;
  otherMatters: string;
}
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

const isCount = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * The entered tables' own consistency: every count a non-negative integer, the fee ≥ 0 with at most two decimals (万元),
 * and a 规章 or 规范性文件 made in the year is at the year's end either still in force or repealed (制发 ≤ 现行有效 + 废止).
 */
export function tablesProblems(t: EnteredTables): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const kinds = [
    ['regulations', '规章'],
    ['normativeDocuments', '行政规范性文件'],
  ] as const;
  for (const [key, label] of kinds) {
    const c = t[key];
    for (const f of ['made', 'repealed', 'inForce'] as const) {
      if (!isCount(c[f])) problems.push({ field: `tables.${key}.${f}`, code: 'integer', message: `${label}：件数须为非负整数` });
    }
    if (isCount(c.made) && isCount(c.inForce) && isCount(c.repealed) && c.made > c.inForce + c.repealed) {
      problems.push({ field: `tables.${key}.made`, code: 'consistency', message: `${label}：本年制发 ${c.made} 件，多于现行有效 ${c.inForce} 件与本年废止 ${c.repealed} 件之和（本年制发的至年底或仍有效、或已废止）` });
    }
  }
  for (const [key, label] of [['licensing', '行政许可'], ['penalties', '行政处罚'], ['enforcement', '行政强制']] as const) {
    if (!isCount(t[key].decisions)) problems.push({ field: `tables.${key}.decisions`, code: 'integer', message: `${label}：处理决定数量须为非负整数` });
  }
  const fee = t.fees.amountWanYuan;
  if (typeof fee !== 'number' || !Number.isFinite(fee) || fee < 0 || Math.abs(Math.round(fee * 100) - fee * 100) > 1e-6) {
    problems.push({ field: 'tables.fees.amountWanYuan', code: 'amount', message: '行政事业性收费：金额须不小于 0，最多两位小数（万元）' });
  }
  return problems;
}

/** What 定稿 needs besides the cross-check: the entered tables and every narrative section. */
export function finaliseProblems(tables: EnteredTables | null, narrative: Narrative): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!tables) problems.push({ field: 'tables', code: 'required', message: '主动公开情况（规章、规范性文件、许可、处罚、强制、收费）尚未录入' });
  else problems.push(...tablesProblems(tables));
  const sections = [
    ['overview', '一、总体情况'],
    ['problems', '五、存在的主要问题及改进情况'],
    ['otherMatters', '六、其他需要报告的事项（没有的写"无"）'],
  ] as const;
  for (const [key, label] of sections) {
    if (narrative[key].trim().length < 1) problems.push({ field: `narrative.${key}`, code: 'required', message: `${label}尚未填写` });
  }
  return problems;
}

/** 万元 with two decimals: 12.5 → "12.50". */
export function wanYuan(amount: number): string {
  return (Math.round(amount * 100) / 100).toFixed(2);
}

/** 第二部分 主动公开政府信息情况 as printed lines (the PDF, the .xlsx). */
export function activeDisclosureLines(t: EnteredTables): string[] {
  const docs = (label: string, c: EnteredCounts) => `${label}：本年制发 ${c.made} 件，本年废止 ${c.repealed} 件，现行有效 ${c.inForce} 件（来源：${c.source}）`;
  const decisions = (label: string, c: { decisions: number; source: string }) => `${label}：本年处理决定 ${c.decisions} 件（来源：${c.source}）`;
  return [
    `第二十条第（一）项　${docs('规章', t.regulations)}`,
    `第二十条第（一）项　${docs('行政规范性文件', t.normativeDocuments)}`,
    `第二十条第（五）项　${decisions('行政许可', t.licensing)}`,
    `第二十条第（六）项　${decisions('行政处罚', t.penalties)}`,
    `第二十条第（六）项　${decisions('行政强制', t.enforcement)}`,
    `第二十条第（八）项　行政事业性收费：本年收费金额 ${wanYuan(t.fees.amountWanYuan)} 万元（来源：${t.fees.source}）`,
  ];
}
