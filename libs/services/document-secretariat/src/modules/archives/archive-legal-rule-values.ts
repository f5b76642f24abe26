import type { LocalRuleCode } from '@gov/contracts-document-secretariat';

const PERIOD_UNITS = ['working_days', 'calendar_days', 'months'];

/** Chinese reasons a configuration value cannot be used for its code; empty when it can. */
export function ruleValueProblems(code: LocalRuleCode, value: Record<string, unknown>): string[] {
  switch (code) {
    case 'archives.fonds': {
      const problems: string[] = [];
      if (typeof value.fondsCode !== 'string' || !/^[A-Z0-9]{4}$/.test(value.fondsCode)) problems.push('fondsCode（全宗号）须为 4 位大写字母或数字，如 J001');
      if (typeof value.categoryCode !== 'string' || !/^[A-Z]{2}$/.test(value.categoryCode)) problems.push('categoryCode（档案门类代码）须为 2 位大写字母，如 WS');
      return problems;
    }
    case 'archives.organizations': {
      const list = value.organizations;
      if (!Array.isArray(list) || list.length === 0) return ['organizations 须为非空数组，每项含 code 与 name'];
      const problems: string[] = [];
      const seen = new Set<string>();
      list.forEach((entry: unknown, i) => {
        const item = (entry ?? {}) as { code?: unknown; name?: unknown };
        if (typeof item.code !== 'string' || !/^[A-Z0-9]{1,10}$/.test(item.code)) problems.push(`第 ${i + 1} 项：代码须为 1–10 位大写字母或数字`);
        else if (seen.has(item.code)) problems.push(`第 ${i + 1} 项：代码 ${item.code} 重复`);
        else seen.add(item.code);
        if (typeof item.name !== 'string' || !item.name.trim()) problems.push(`第 ${i + 1} 项：请填写机构名称`);
      });
      return problems;
    }
    case 'filings.period':
    case 'agreements.review_period':
    case 'requests.handling_period': {
      const problems: string[] = [];
      if (!Number.isInteger(value.amount) || (value.amount as number) < 1 || (value.amount as number) > 365) problems.push('amount（期限数）须为 1–365 的整数');
      if (typeof value.unit !== 'string' || !PERIOD_UNITS.includes(value.unit)) problems.push('unit 只能是 working_days（工作日）、calendar_days（日）或 months（月）');
      return problems;
    }
  }
}
