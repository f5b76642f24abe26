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
