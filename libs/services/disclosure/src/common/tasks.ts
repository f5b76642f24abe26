import { CONSULTATION_KIND_LABELS } from '@gov/contracts-disclosure';
import type { TaskAssignee } from '@gov/contracts-common';
import type { TaskChange, WaitingStep } from '@gov/platform';
import type { ApplicationRow } from '../modules/applications/applications.repository.js';
import type { PublicationRow } from '../modules/publications/publications.repository.js';

/** The section that handles 依申请公开 (大数据科，挂政务公开科牌子). */
export const DISCLOSURE_SECTION = 'dashuju';

/**
 * What a 依申请公开申请 waits on in its state, for the 待办 list (`publishTaskChanges` turns the lists before and after a
 * step into task opened/closed events): the answer (第三十三条), the 补正 (第三十条), each open consultation
 * (第三十二、三十四条), the head's approval of an extension, and the delivery of the answer.
 */
export function applicationTasks(row: ApplicationRow): WaitingStep[] {
  const link = `/disclosure/applications/${row.id}`;
  const staff: { assignee: TaskAssignee; section?: string } = row.unitId ? { assignee: { type: 'unit', id: row.unitId } } : { assignee: { type: 'role', id: 'section_staff' }, section: DISCLOSURE_SECTION };
  const due = (date: string | null, explanation: readonly string[]) => ({ ...(date ? { date } : {}), ...(explanation.length ? { explanation: explanation.join('；') } : {}) });
  const tasks: WaitingStep[] = [];
  switch (row.status) {
    case 'processing':
      tasks.push({ ...staff, step: 'answer', kind: 'disclosure_answer', title: `答复依申请公开申请：${row.title}`, deadline: due(row.dueDate, row.dueExplanation), link });
      break;
    case 'awaiting_correction':
      tasks.push({ ...staff, step: 'correction', kind: 'disclosure_correction', title: `等待申请人补正：${row.title}`, deadline: due(row.correctionDueOn, []), link });
      break;
    case 'consulting':
      for (const c of row.consultations.filter((x) => !x.repliedOn)) {
        tasks.push({ ...staff, step: `consultation-${c.id}`, kind: 'disclosure_consultation', title: `${CONSULTATION_KIND_LABELS[c.kind]}（${c.party}）：${row.title}`, deadline: due(c.dueOn, c.dueExplanation), link });
      }
      break;
    case 'answered':
      tasks.push({ ...staff, step: 'delivery', kind: 'disclosure_delivery', title: `送达答复并登记送达凭证：${row.title}`, link });
      break;
    default:
      break;
  }
  if ((row.status === 'processing' || row.status === 'consulting') && row.extensionStatus === 'requested') {
    tasks.push({ step: 'extension', kind: 'disclosure_extension_approval', title: `审批延长答复期限：${row.title}`, assignee: { type: 'role', id: 'section_chief' }, section: DISCLOSURE_SECTION, deadline: due(row.dueDate, []), link });
  }
  return tasks;
}

/** The 待办 change of one step (`before` null for a new case). */
export function applicationTaskChange(before: ApplicationRow | null, after: ApplicationRow, by?: string): TaskChange {
  const outcome = after.status === 'withdrawn' ? 'withdrawn' : 'done';
  return { app: 'disclosure', record: { type: 'disclosure-application', id: after.id }, before: before ? applicationTasks(before) : [], after: applicationTasks(after), version: after.version, by, outcome };
}

/** 主动公开信息: the 保密审查 while queued, the publishing once cleared, both due by the 第二十六条 date. */
export function publicationTasks(row: PublicationRow): WaitingStep[] {
  const common = {
    link: `/disclosure/publications/${row.id}`,
    assignee: { type: 'role' as const, id: 'section_staff' },
    section: DISCLOSURE_SECTION,
    deadline: { ...(row.dueDate ? { date: row.dueDate } : {}), ...(row.dueExplanation.length ? { explanation: row.dueExplanation.join('；') } : {}) },
  };
  if (row.status === 'queued') return [{ ...common, step: 'review', kind: 'disclosure_publication_review', title: `主动公开前保密审查：${row.title}` }];
  if (row.status === 'cleared') return [{ ...common, step: 'publish', kind: 'disclosure_publishing', title: `列入公开目录并公开：${row.title}` }];
  return [];
}

export function publicationTaskChange(before: PublicationRow | null, after: PublicationRow, by?: string): TaskChange {
  const outcome = after.status === 'withdrawn' ? 'withdrawn' : 'done';
  return { app: 'disclosure', record: { type: 'disclosure-publication', id: after.id }, before: before ? publicationTasks(before) : [], after: publicationTasks(after), version: after.version, by, outcome };
}
