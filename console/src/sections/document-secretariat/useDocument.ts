import { ref } from 'vue';
import { get } from '@/api/http';
import type { TimelineEntry } from '@/kit/types';
import type { DocTimelineEntry } from './types';

const DANGER = /returned|rejected|disagree|overdue|chase|void/;
const SUCCESS = /completed|replied|issued|done|decided|finalized|accepted/;

/**
 * The record's history from the service's timeline (`/api/documents/timeline/:kind/:id`), newest first, in the kit's
 * shape. Reload after each step.
 */
export function useDocTimeline(kind: string, id: () => string) {
  const timeline = ref<TimelineEntry[]>([]);
  async function loadTimeline(): Promise<void> {
    try {
      const reply = await get<{ entries: DocTimelineEntry[] }>(`/api/documents/timeline/${kind}/${id()}`);
      timeline.value = [...reply.entries].reverse().map((entry) => ({
        at: entry.at,
        title: entry.actionLabel || entry.action,
        actor: entry.actorName || entry.actorUsername,
        note: entry.note ?? null,
        type: DANGER.test(entry.action) ? 'danger' : SUCCESS.test(entry.action) ? 'success' : 'primary',
      }));
    } catch {
      timeline.value = [];
    }
  }
  return { timeline, loadTimeline };
}

/** Unit options for selects (from the kit's unit directory). */
export function unitOptions(names: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(names)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}
