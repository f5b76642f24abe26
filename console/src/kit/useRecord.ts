import { reactive, ref, type Ref } from 'vue';
import { send } from '@/api/http';
import { ProblemError } from '@/api/problem';

/** One difference between the record the user edited and the record as it is now. */
export interface Change {
  label: string;
  before: string;
  after: string;
}

/** The stale-edit dialog's state, shared by every record on the page (one dialog, in DetailPage). */
export const staleEdit = reactive<{ open: boolean; title: string; changes: Change[]; reload: () => Promise<void> }>({
  open: false,
  title: '',
  changes: [],
  reload: async () => undefined,
});

/** Thrown (after the dialog is shown) when a change was refused because the record changed meanwhile. */
export class StaleEditError extends Error {
  constructor() {
    super('记录已被他人修改');
  }
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (Array.isArray(value)) return `${value.length} 条`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** What changed between two versions of a record, with Chinese labels; unlabelled bookkeeping fields are left out. */
export function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>, labels: Record<string, string>): Change[] {
  const changes: Change[] = [];
  for (const [key, label] of Object.entries(labels)) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (Array.isArray(a) && Array.isArray(b) && b.length > a.length) {
      changes.push({ label, before: `${a.length} 条`, after: `${b.length} 条（新增 ${b.length - a.length} 条）` });
    } else changes.push({ label, before: shown(a), after: shown(b) });
  }
  return changes;
}

function etagOf(data: unknown, header: string | null): string | null {
  if (header) return header;
  const version = (data as { version?: number } | undefined)?.version;
  return typeof version === 'number' ? `W/"${version}"` : null;
}

/**
 * A versioned record: loaded with its ETag, changed with If-Match. A 412 (someone else changed it) opens the stale-edit
 * dialog showing what changed, with a reload; the change then rejects with StaleEditError.
 */
export function useRecord<T extends object>(path: () => string, labels: Record<string, string>, title = '记录') {
  const record = ref<T | undefined>() as Ref<T | undefined>;
  const etag = ref<string | null>(null);
  const loading = ref(false);
  const error = ref<ProblemError | undefined>();

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const sent = await send<T>('GET', path());
      record.value = sent.data;
      etag.value = etagOf(sent.data, sent.etag);
      error.value = undefined;
    } catch (problem) {
      if (problem instanceof ProblemError) error.value = problem;
      else throw problem;
    } finally {
      loading.value = false;
    }
  }

  /** POST/PATCH below the record with If-Match; the reply is the record's new version. */
  async function change(method: 'POST' | 'PATCH' | 'PUT', subpath: string, body?: unknown): Promise<T> {
    try {
      const sent = await send<T>(method, `${path()}${subpath}`, { body, ifMatch: etag.value });
      if (sent.data && typeof sent.data === 'object' && 'id' in sent.data) {
        record.value = sent.data;
        etag.value = etagOf(sent.data, sent.etag);
      } else await load();
      return record.value as T;
    } catch (problem) {
      if (problem instanceof ProblemError && (problem.status === 412 || problem.code === 'RECORD.VERSION_CONFLICT')) {
        await showStale();
        throw new StaleEditError();
      }
      throw problem;
    }
  }

  async function showStale(): Promise<void> {
    const before = record.value ?? ({} as T);
    const now = await send<T>('GET', path());
    staleEdit.title = title;
    staleEdit.changes = changesBetween(before as Record<string, unknown>, now.data as Record<string, unknown>, labels);
    staleEdit.reload = async () => {
      record.value = now.data;
      etag.value = etagOf(now.data, now.etag);
      staleEdit.open = false;
    };
    staleEdit.open = true;
  }

  return { record, etag, loading, error, load, change };
}
