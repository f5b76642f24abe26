import { ref } from 'vue';
import { get } from '@/api/http';
import { useSession } from '@/stores/session';

interface Unit {
  id: string;
  name: string;
  shortName?: string | null;
}

const names = ref<Record<string, string>>({});
let loading: Promise<void> | undefined;

/**
 * Unit names by id from the unit directory (loaded once, 100 at a time); ids the user may not read stay as they are. The
 * security administrator, who reads no business record, gets the names-only directory (`/api/admin/units`).
 */
export function useUnits() {
  const session = useSession();
  const path = !session.can('units:read') && session.can('roles:assign') ? '/api/admin/units' : '/api/units';
  loading ??= (async () => {
    try {
      for (let offset = 0; offset < 1000; offset += 100) {
        const page = await get<{ items: Unit[]; total: number }>(path, { limit: 100, offset });
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
