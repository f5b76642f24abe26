import { DATA_ITEM_TYPE_LABELS } from './labels';
import type { DataItem } from './types';

const TYPE_BY_LABEL = Object.fromEntries(Object.entries(DATA_ITEM_TYPE_LABELS).map(([value, label]) => [label, value]));

/** 信息项 as typed in a form: one a line, 「名称：类型」 (类型 in Chinese, 字符型 when left out). */
export function parseDataItems(text: unknown): DataItem[] {
  return String(text ?? '')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, type] = line.split(/[:：]/).map((part) => part.trim());
      return { name, type: TYPE_BY_LABEL[type ?? ''] ?? (type && type in DATA_ITEM_TYPE_LABELS ? type : 'string') };
    });
}

export function formatDataItems(items: readonly DataItem[]): string {
  return items.map((item) => `${item.name}：${DATA_ITEM_TYPE_LABELS[item.type] ?? item.type}`).join('\n');
}
