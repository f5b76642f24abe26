import type { DuesCategory } from '@gov/contracts-party-affairs';

/**
 * 党费 under 《关于中国共产党党费收缴、使用和管理的规定》(中组发〔2008〕3号): the monthly amount in 分 from the base
 * (the fixed, regular after-tax monthly salary, in 分) and the member's category. The rate applies to the whole base,
 * not marginally (5,400 元 ⇒ 81 元). Amounts are integers of 分: the product is rounded half up to the 分.
 */
export const DUES_SOURCE = '《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）';


/** One bracket: bases up to and including `upToFen` (null: no upper end) pay `permille` ‰ of the whole base. */
export interface DuesBracket {
  upToFen: number | null;
  permille: number;
  label: string;
}

/** The brackets, as the 规定 has them (第一条 for members in service, 第二条 for retirees). */
export const DUES_BRACKETS: Record<'in_service' | 'retired', readonly DuesBracket[]> = {
  in_service: [
    { upToFen: 300_000, permille: 5, label: '每月工资收入（税后）3000 元以下（含 3000 元）的，交纳月工资收入的 0.5%' },
    { upToFen: 500_000, permille: 10, label: '3000 元以上至 5000 元（含 5000 元）的，交纳 1%' },
    { upToFen: 1_000_000, permille: 15, label: '5000 元以上至 10000 元（含 10000 元）的，交纳 1.5%' },
    { upToFen: null, permille: 20, label: '10000 元以上的，交纳 2%' },
  ],
  retired: [
    { upToFen: 500_000, permille: 5, label: '离退休干部、职工每月以基本退休费为计算基数，5000 元以下（含 5000 元）的按 0.5% 交纳' },
    { upToFen: null, permille: 10, label: '5000 元以上的按 1% 交纳' },
  ],
};

/** Students, members on 最低生活保障 and those in hardship pay 0.2 元 a month. */
export const FIXED_MONTHLY_FEN = 20;

export interface DuesResult {
  monthlyFen: number;
  explanation: string;
}

/** The monthly 党费 in 分. `baseFen` must be a non-negative integer (分). */
export function monthlyDues(category: DuesCategory, baseFen: number): DuesResult {
  if (!Number.isInteger(baseFen) || baseFen < 0) throw new RangeError('计算基数须为非负整数（分）');
  if (category === 'student' || category === 'low_income') {
    const who = category === 'student' ? '学生党员' : '生活困难、领取最低生活保障的党员';
    return { monthlyFen: FIXED_MONTHLY_FEN, explanation: `${who}每月交纳党费 0.2 元（${DUES_SOURCE}）` };
  }
  const bracket = DUES_BRACKETS[category].find((b) => b.upToFen === null || baseFen <= b.upToFen)!;
  // Integer arithmetic: base × ‰ / 1000, rounded half up to the 分.
  const monthlyFen = Math.floor((baseFen * bracket.permille + 500) / 1000);
  return { monthlyFen, explanation: `计算基数 ${yuan(baseFen)} 元，${bracket.label}（按全额计算，不分段累进），每月 ${yuan(monthlyFen)} 元（${DUES_SOURCE}）` };
}

/** 分 → "81.00". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
