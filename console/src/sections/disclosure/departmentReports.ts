import type { FormField } from '@/kit/types';
import { DEPARTMENT_REPORT_FIGURE_LABELS } from './labels';

/** What a unit's liaison submits: the text or the attachments, and the key figures (the template's totals, optional). */
export const reportFields: FormField[] = [
  { key: 'text', label: '报告正文', type: 'textarea', help: '正文与附件至少填写其一' },
  { key: 'attachments', label: '附件（每行一个文件名）', type: 'textarea', placeholder: '2025年度政府信息公开工作年度报告.pdf' },
  ...Object.entries(DEPARTMENT_REPORT_FIGURE_LABELS).map(([key, label]): FormField => ({ key, label, type: 'number', min: 0, help: key === 'newApplications' ? '主要数据取自报告表格的总计；填写时须满足 一+二=三+四，不填则全部留空' : undefined })),
];

/** The form's values as the request: attachments one a line; the figures only when every one is given. */
export function reportBody(values: Record<string, unknown>): Record<string, unknown> {
  const attachments = String(values.attachments ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const keys = Object.keys(DEPARTMENT_REPORT_FIGURE_LABELS);
  const given = keys.filter((k) => values[k] !== undefined && values[k] !== null && values[k] !== '');
  const figures = given.length ? Object.fromEntries(keys.map((k) => [k, Number(values[k] ?? 0)])) : undefined;
  return { text: String(values.text ?? ''), attachments, ...(figures ? { figures } : {}) };
}
