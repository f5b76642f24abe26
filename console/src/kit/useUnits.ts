import { ref } from 'vue';
import { get } from '@/api/http';

interface Unit {
  id: string;
  name: string;
  shortName?: string | null;
}

const names = ref<Record<string, string>>({});
let loading: Promise<void> | undefined;

/** Unit names by id from the unit directory (loaded once, 100 at a time); ids the user may not read stay as they are. */
export function useUnits() {
  loading ??= (async () => {
    try {
      for (let offset = 0; offset < 1000; offset += 100) {
        const page = await get<{ items: Unit[]; total: number }>('/api/units', { limit: 100, offset });
        for (const unit of page.items) names.value[unit.id] = unit.name;
        if (offset + 100 >= page.total) break;
      }
    } catch {
      loading = undefined;
    }
  })();
  const unitName = (id: string | null | undefined) => (id ? (names.value[id] ?? '（单位）') : '—');
  return { names, unitName, ready: loading };
}
