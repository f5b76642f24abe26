import type { DuesStatementLine, DuesStatementMonth } from '@gov/contracts-party-affairs';
import { monthDues, owedMonths, type ReductionSpan } from './dues.rules.js';

export interface StatementMember {
  id: string;
  name: string;
  status: string;
  admittedOn: string | null;
  duesMonthlyFen: number | null;
}

export interface StatementPayment {
  memberId: string;
  month: string;
  amountFen: number;
  voided: boolean;
  /** Paid in another branch (the member was transferred within the office): that month is not owed here. */
  elsewhere?: boolean;
}

/** The last month a statement of `year` covers as of `today`: the current month for this year, December before; null after. */
export function statementThrough(year: number, today: string): string | null {
  const current = Number(today.slice(0, 4));
  if (year > current) return null;
  return year === current ? today.slice(0, 7) : `${year}-12`;
}

/**
 * 党费收缴年度报表, computed from the records only (pure): for each member, each month owed (from the month of admission,
 * 中组发〔2008〕3号; only in the register — a member transferred out shows the months paid here) and each month paid:
 * due = the amount recorded when paid, otherwise the computed monthly dues under the reductions in force (`monthDues`);
 * paid = the payments in effect (作废 ones left out); arrears = what is due and unpaid. A month paid in another branch
 * (before or after a transfer within the office) is left out here.
 */
export function buildStatement(year: number, through: string | null, members: readonly StatementMember[], payments: readonly StatementPayment[], reductions: ReadonlyMap<string, ReductionSpan[]>): DuesStatementLine[] {
  const lines: DuesStatementLine[] = [];
  for (const member of members) {
    const paid = new Map<string, number>();
    const paidElsewhere = new Set<string>();
    for (const p of payments) {
      if (p.memberId !== member.id || p.voided) continue;
      if (p.elsewhere) paidElsewhere.add(p.month);
      else paid.set(p.month, (paid.get(p.month) ?? 0) + p.amountFen);
    }
    const owed = (through && member.status === 'active' && member.duesMonthlyFen !== null ? owedMonths(year, member.admittedOn, through) : []).filter((month) => !paidElsewhere.has(month));
    const months = [...new Set([...owed, ...paid.keys()])].sort();
    if (!months.length) continue;
    const rows: DuesStatementMonth[] = months.map((month) => {
      const computed = member.duesMonthlyFen !== null ? monthDues(member.duesMonthlyFen, month, reductions.get(member.id) ?? []) : { dueFen: 0, reducedFen: 0 };
      const paidFen = paid.get(month) ?? 0;
      return { month, dueFen: paid.has(month) ? paidFen : computed.dueFen, paidFen, reducedFen: computed.reducedFen };
    });
    const sum = (key: 'dueFen' | 'paidFen' | 'reducedFen') => rows.reduce((total, r) => total + r[key], 0);
    lines.push({ memberId: member.id, memberName: member.name, months: rows, dueFen: sum('dueFen'), paidFen: sum('paidFen'), reducedFen: sum('reducedFen'), arrearsFen: rows.reduce((t, r) => t + Math.max(0, r.dueFen - r.paidFen), 0) });
  }
  return lines;
}
