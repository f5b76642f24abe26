import dayjs from 'dayjs';

export const LIGHT_LABELS: Record<string, string> = { red: '红灯', yellow: '黄灯', green: '绿灯', none: '不预警' };

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : '—';
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

/** Working-day countdown wording for a due date: 剩 3 天 / 今日到期 / 逾期 2 天 (calendar days; the explanation says why). */
export function dueWords(due: string | null | undefined): string {
  if (!due) return '';
  const days = dayjs(due).startOf('day').diff(dayjs().startOf('day'), 'day');
  if (days > 0) return `剩 ${days} 天`;
  if (days === 0) return '今日到期';
  return `逾期 ${-days} 天`;
}
