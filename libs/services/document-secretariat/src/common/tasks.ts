import type { TaskAssignee, TaskKind } from '@gov/contracts-common';
import type { TaskChange, WaitingStep } from '@gov/platform';
import type { IncomingRow } from '../modules/incoming/incoming.repository.js';
import type { RoutingRow } from '../modules/incoming/routings.repository.js';
import type { CountersignRow, OutgoingRow } from '../modules/outgoing/outgoing.repository.js';
import type { RequestRow } from '../modules/requests/requests.repository.js';
import type { RequestRow as SealRequestRow } from '../modules/seals/seals.repository.js';

/**
 * What a record of 文秘科 waits on in its state, for the 待办 list: `publishTaskChanges` of `@gov/platform` turns the
 * lists before and after a step into task opened/closed events, so each step adds one line. Links are the console's
 * paths, the API's paths without `/api`.
 */

/** The leaders who decide (批办, 请示, 签发, 用印 approval): both hold `documents:instruct`, `outgoing:sign`, `seals:approve`. */
const LEADER_ROLES = ['district_leader', 'office_leader'] as const;
/** 文秘科's staff: 拟办, 核稿, 用印. */
const SECRETARIAT: Pick<WaitingStep, 'assignee' | 'section'> = { assignee: { type: 'role', id: 'section_staff' }, section: 'wenmi' };

/** The 待办 change of one step of a record: what it waited on before and after (none for a new or finished one). */
export function documentTaskChange(type: string, id: string, before: readonly WaitingStep[], after: readonly WaitingStep[], version: number, by?: string): TaskChange {
  return { app: 'document-secretariat', record: { type, id }, before, after, version, by };
}

/** Whoever holds a 收文 or 请示 (its holder columns): a person, a unit, a section's staff, or the leaders. */
function holderAssignees(row: { holder_kind: string | null; holder_id: string | null }): Pick<WaitingStep, 'assignee' | 'section'>[] {
  if (!row.holder_kind || !row.holder_id) return [];
  if (row.holder_kind === 'user') return [{ assignee: { type: 'person', id: row.holder_id } }];
  if (row.holder_kind === 'unit') return [{ assignee: { type: 'unit', id: row.holder_id } }];
  if (row.holder_id === 'leaders') return LEADER_ROLES.map((role) => ({ assignee: { type: 'role', id: role } }));
  return [{ assignee: { type: 'role', id: 'section_staff' }, section: row.holder_id }];
}

function leaders(): Pick<WaitingStep, 'assignee' | 'section'>[] {
  return LEADER_ROLES.map((role) => ({ assignee: { type: 'role' as const, id: role } }));
}

function steps(to: Pick<WaitingStep, 'assignee' | 'section'>[], step: Omit<WaitingStep, 'assignee' | 'section'>): WaitingStep[] {
  return to.map((who) => ({ ...step, ...who }));
}

/** 收文: accepted, 文秘科 writes the 拟办意见; proposed, the leader it is proposed to (or the leaders) 批办. 承办 and 传阅 are the copies' own tasks. */
export function incomingTasks(row: IncomingRow): WaitingStep[] {
  const common = {
    link: `/documents/incoming/${row.id}`,
    clearance: row.secrecy_level,
    deadline: { ...(row.due_date ? { date: row.due_date } : {}), ...(row.deadline_explanation.length ? { explanation: row.deadline_explanation.join('；') } : {}) },
  };
  if (row.state === 'accepted') return steps(holderAssignees(row), { ...common, step: 'propose', kind: 'incoming_proposal', title: `拟办：${row.title}` });
  if (row.state === 'proposed') {
    const to = row.proposed_leader_user_id ? [{ assignee: { type: 'person' as const, id: row.proposed_leader_user_id } }] : leaders();
    return steps(to, { ...common, step: 'instruct', kind: 'incoming_instruction', title: `批办：${row.title}` });
  }
  return [];
}

/** The copies of a record (分办、传阅): each waits on its recipient until read (传阅) or done (承办). */
export function routingTasks(row: RoutingRow, record: { title: string; secrecyLevel: number; link: string; dueDate?: string | null; explanation?: string }): WaitingStep[] {
  const reading = row.role === 'read';
  if (reading ? row.status === 'read' || row.status === 'done' : row.status === 'done') return [];
  const assignee: TaskAssignee = row.recipient_kind === 'unit' && row.unit_id ? { type: 'unit', id: row.unit_id } : { type: 'person', id: row.user_id ?? '' };
  if (!assignee.id) return [];
  const kind: TaskKind = reading ? 'circulation' : 'incoming_handling';
  return [
    {
      step: `routing-${row.id}`,
      kind,
      title: `${reading ? '传阅' : '承办'}：${record.title}`,
      assignee,
      deadline: reading ? {} : { ...(record.dueDate ? { date: record.dueDate } : {}), ...(record.explanation ? { explanation: record.explanation } : {}) },
      link: record.link,
      clearance: record.secrecyLevel,
    },
  ];
}

/** 请示: 文秘科 writes the 拟办意见, then the leaders decide. */
export function requestTasks(row: RequestRow): WaitingStep[] {
  const common = { link: `/documents/requests/${row.id}`, clearance: row.secrecy_level };
  if (row.state === 'submitted') return steps([SECRETARIAT], { ...common, step: 'propose', kind: 'request_decision', title: `请示拟办：${row.title}` });
  if (row.state === 'proposed') return steps(leaders(), { ...common, step: 'decide', kind: 'request_decision', title: `请示待决定：${row.title}` });
  return [];
}

/** 发文: 核稿 by 文秘科; 会签 by each party still pending; 签发 by the leaders once reviewed and no 会签 is pending or refused. */
export function outgoingTasks(doc: OutgoingRow, countersigns: readonly CountersignRow[]): WaitingStep[] {
  const common = { link: `/documents/outgoing/${doc.id}`, clearance: doc.secrecy_level };
  if (doc.status === 'reviewing') return steps([SECRETARIAT], { ...common, step: 'review', kind: 'outgoing_review', title: `核稿：${doc.title}` });
  if (doc.status !== 'reviewed' && doc.status !== 'countersigning') return [];
  const round = Math.max(0, ...countersigns.map((c) => c.round));
  const pending = doc.status === 'countersigning' ? countersigns.filter((c) => c.status === 'pending') : [];
  // A party that disagreed in the last round blocks 签发 until the draft is returned and countersigned again.
  const disagreed = doc.status === 'countersigning' && countersigns.some((c) => c.round === round && c.status === 'disagreed');
  const countersigning = pending.map(
    (c): WaitingStep => ({
      ...common,
      step: `countersign-${c.id}`,
      kind: 'outgoing_countersign',
      title: `会签：${doc.title}`,
      ...(c.party_kind === 'unit' && c.unit_id ? { assignee: { type: 'unit', id: c.unit_id } } : { assignee: { type: 'role', id: 'section_staff' }, section: c.section_code }),
    }),
  );
  const signing = pending.length || disagreed ? [] : steps(leaders(), { ...common, step: 'sign', kind: 'outgoing_signing', title: `签发：${doc.title}${doc.proposed_signer_name ? `（拟请 ${doc.proposed_signer_name} 签发）` : ''}` });
  return [...countersigning, ...signing];
}

/** 用印: a pending request waits on the leaders' approval, an approved one on 文秘科 (the seals' keeper) to apply it. */
export function sealTasks(row: SealRequestRow): WaitingStep[] {
  const common = { link: `/documents/seal-requests/${row.id}`, clearance: row.secrecy_level, kind: 'seal_use' as const };
  if (row.status === 'pending') return steps(leaders(), { ...common, step: 'approve', title: `审批用印：${row.seal_name}，${row.copies} 份，${row.purpose}` });
  if (row.status === 'approved') return steps([SECRETARIAT], { ...common, step: 'apply', title: `用印：${row.seal_name}，${row.copies} 份，${row.purpose}` });
  return [];
}

/** The status a seal request had before the step that brought it to its current one (the steps are a line). */
const SEAL_PREVIOUS: Record<SealRequestRow['status'], SealRequestRow['status'] | null> = { pending: null, approved: 'pending', rejected: 'pending', used: 'approved' };

/** The 待办 change of a seal request's step, from its status after the step. */
export function sealTaskChange(row: SealRequestRow, by?: string): TaskChange {
  const previous = SEAL_PREVIOUS[row.status];
  return documentTaskChange('seal-request', row.id, previous ? sealTasks({ ...row, status: previous }) : [], sealTasks(row), row.version, by);
}

/**
 * The 承办 and 传阅 tasks of the copies a step of a 收文 added (分办), with the 收文's deadline as the step set it. A copy's
 * task is versioned by the copy's own version, which its recipient's steps (签收, 阅读, 办结) advance.
 */
export function newCopyTaskChanges(incoming: IncomingRow, before: readonly RoutingRow[], after: readonly RoutingRow[], by?: string): TaskChange[] {
  const known = new Set(before.map((copy) => copy.id));
  const record = incomingCopyRecord(incoming);
  return after
    .filter((copy) => !known.has(copy.id))
    .map((copy) => documentTaskChange('incoming', incoming.id, [], routingTasks(copy, record), copy.version, by));
}

/** A recipient's step on its copy of a 收文: the task closes once the copy is read (传阅) or done (承办). */
export function copyTaskChange(before: RoutingRow, after: RoutingRow, record: { title: string; secrecyLevel: number }, by?: string): TaskChange | null {
  if (before.record_kind !== 'incoming') return null;
  const common = { title: record.title, secrecyLevel: record.secrecyLevel, link: `/documents/incoming/${before.record_id}` };
  // Only whether the copy still waits matters here: the deadline is the 收文's, left as the task has it.
  const waiting = (copy: RoutingRow) => routingTasks(copy, common).map((s) => ({ ...s, deadline: {} }));
  return documentTaskChange('incoming', before.record_id, waiting(before), waiting(after), after.version, by);
}

function incomingCopyRecord(incoming: IncomingRow): { title: string; secrecyLevel: number; link: string; dueDate: string | null; explanation: string } {
  return { title: incoming.title, secrecyLevel: incoming.secrecy_level, link: `/documents/incoming/${incoming.id}`, dueDate: incoming.due_date, explanation: incoming.deadline_explanation.join('；') };
}
