import type { EvaluationIndicator } from './types';

/** 考评指标 as typed in a form: one a line, 「指标名称：分值」; a kept indicator keeps its id (matched by name). */
export function parseIndicators(text: unknown, existing: readonly EvaluationIndicator[] = []): { id?: string; name: string; maxPoints: number }[] {
  const byName = new Map(existing.map((i) => [i.name, i.id]));
  return String(text ?? '')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = Math.max(line.lastIndexOf('：'), line.lastIndexOf(':'));
      const name = (at < 0 ? line : line.slice(0, at)).trim();
      const maxPoints = at < 0 ? Number.NaN : Number(line.slice(at + 1).trim());
      const id = byName.get(name);
      return { ...(id ? { id } : {}), name, maxPoints };
    });
}

export function formatIndicators(indicators: readonly EvaluationIndicator[]): string {
  return indicators.map((i) => `${i.name}：${i.maxPoints}`).join('\n');
}

/** 扣分项 as typed: one a line, 「指标名称｜扣分｜原因｜整改措施」. */
export function parseDeductions(text: unknown, indicators: readonly EvaluationIndicator[]): { indicatorId: string; points: number; reason: string; rectification: string }[] {
  const byName = new Map(indicators.map((i) => [i.name, i.id]));
  return String(text ?? '')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, points, reason, rectification] = line.split(/[|｜]/).map((part) => part.trim());
      return { indicatorId: byName.get(name ?? '') ?? name ?? '', points: Number(points), reason: reason ?? '', rectification: rectification ?? '' };
    });
}
