import type { FormField } from '@/kit/types';
import { options, REQUESTER_KIND_LABELS } from './labels';

/** The fields of a 协助调查件, for registering and changing one. */
export const assistanceFields: FormField[] = [
  { key: 'requesterKind', label: '来文机关类别', type: 'select', required: true, options: options(REQUESTER_KIND_LABELS) },
  { key: 'requester', label: '来文机关', type: 'text', required: true },
  { key: 'documentNumber', label: '来文文号', type: 'text', required: true },
  { key: 'receivedOn', label: '收文日期', type: 'date', required: true },
  { key: 'title', label: '事由', type: 'text', required: true },
  { key: 'matter', label: '协助调查的事项', type: 'textarea', required: true },
  { key: 'applicationId', label: '关联的依申请公开申请 id', type: 'text', help: '可选：涉及某件依申请公开申请时填写其编号（id）' },
  { key: 'handler', label: '承办人', type: 'text', required: true },
  { key: 'statedDueOn', label: '来文载明的答复期限', type: 'date', help: '来文载明期限的填写此项；否则填写下面的工作日数' },
  { key: 'workingDays', label: '答复期限（工作日）', type: 'number', min: 1, max: 60, help: '自收文之日的次日起算，遇法定节假日顺延、调休上班日计入' },
];

/** The form's values as the request: empty optional fields left out, one of the two terms. */
export function assistanceBody(values: Record<string, unknown>): Record<string, unknown> {
  const stated = values.statedDueOn ? String(values.statedDueOn) : undefined;
  const fields = Object.fromEntries(assistanceFields.map((f) => [f.key, values[f.key]]));
  return { ...fields, applicationId: values.applicationId || undefined, statedDueOn: stated, workingDays: !stated && values.workingDays ? Number(values.workingDays) : undefined };
}

