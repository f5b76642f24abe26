import { ref } from 'vue';
import { send } from '@/api/http';
import { useSession } from '@/stores/session';
import type { StaffMember } from './types';

/** The active staff as select options (name and section), for keepers and attendees; empty for those who may not read the staff records. */
export function useStaffOptions() {
  const session = useSession();
  const staff = ref<{ value: string; label: string }[]>([]);
  async function loadStaff(): Promise<void> {
    if (!session.can('staff-members:read') && !session.can('staff-members:manage')) return;
    const items: StaffMember[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = (await send<{ items: StaffMember[]; total: number }>('GET', '/api/personnel-finance/staff-members', { query: { status: 'active', limit: 100, offset } })).data;
      items.push(...page.items);
      if (items.length >= page.total || !page.items.length) break;
    }
    staff.value = items.map((m) => ({ value: m.id, label: `${m.name}（${m.sectionCode}）` }));
  }
  return { staff, loadStaff };
}
