import { shanghaiDate } from '@gov/calendar';
import type { TaskChange, WaitingStep } from '@gov/platform';
import type { LeaveRow } from '../modules/leave/leave.repository.js';
import type { MeetingRow } from '../modules/meetings/meetings.repository.js';
import { dayOrNull, type Row } from '../modules/duty/duty-records.js';

/**
 * What a record of 综合科 waits on in its state, for the 待办 list: `publishTaskChanges` of `@gov/platform` turns the
 * lists before and after a step into task opened/closed events, so each step adds one line.
 */

/** The 待办 change of one step of a record: `before`/`after` are what it waited on (none for a new or finished one). */
export function dutyTaskChange(type: string, id: string, before: readonly WaitingStep[], after: readonly WaitingStep[], version: number, by?: string, withdrawn = false): TaskChange {
  return { app: 'duty-and-meetings', record: { type, id }, before, after, version, by, outcome: withdrawn ? 'withdrawn' : 'done' };
}

/** 值班批示: each unit it was relayed to signs for it (签收). */
export function instructionTasks(instruction: Row, relays: readonly { unit_id: unknown; status: unknown }[]): WaitingStep[] {
  const due = dayOrNull(instruction.due_date);
  return relays
    .filter((relay) => relay.status !== 'received')
    .map((relay) => ({
      step: 'receive',
      kind: 'duty_instruction_receipt' as const,
      title: `签收领导批示：${String(instruction.leader_name)}对「${String(instruction.source_title)}」的批示`,
      assignee: { type: 'unit' as const, id: String(relay.unit_id) },
      deadline: due ? { date: due, explanation: `领导批示要求的办理期限：${due}` } : {},
      link: `/duty/instructions/${String(instruction.id)}`,
    }));
}

/** 会议报批: a meeting submitted for approval waits on the approving leaders (区政府领导 or 办公室领导), before it is held. */
export function meetingTasks(meeting: MeetingRow): WaitingStep[] {
  if (meeting.status !== 'pending_approval') return [];
  return [
    {
      step: 'approve',
      kind: 'meeting_approval',
      title: `审批会议：${meeting.title}`,
      assignee: { type: 'role', id: meeting.approver_role },
      deadline: { at: meeting.starts_at.toISOString(), explanation: `须在会议召开（${shanghaiDate(meeting.starts_at)}）前完成报批` },
      link: `/meetings/${meeting.id}`,
      clearance: meeting.secrecy_level,
    },
  ];
}

/** 政务舆情: the responsible unit answers an assigned (or returned) item by its response deadline. */
export function opinionTasks(item: Row): WaitingStep[] {
  if ((item.status !== 'assigned' && item.status !== 'returned') || !item.unit_id) return [];
  const due = dayOrNull(item.response_due);
  const explanation = Array.isArray(item.deadline_explanation) ? (item.deadline_explanation as string[]).join('；') : '';
  return [
    {
      step: 'respond',
      kind: 'opinion_response',
      title: `${item.status === 'returned' ? '重新回应' : '回应'}政务舆情：${String(item.title)}`,
      assignee: { type: 'unit', id: String(item.unit_id) },
      deadline: { ...(due ? { date: due } : {}), ...(explanation ? { explanation } : {}) },
      link: `/opinion/items/${String(item.id)}`,
    },
  ];
}

/** 请假: a pending request waits on 办公室领导's approval, before the person leaves. */
export function leaveTasks(leave: LeaveRow): WaitingStep[] {
  if (leave.status !== 'pending') return [];
  return [
    {
      step: 'approve',
      kind: 'leave_approval',
      title: `审批请假：${leave.unit_name} ${leave.person_name}（${leave.starts_on} 至 ${leave.ends_on}）`,
      assignee: { type: 'role', id: 'office_leader' },
      deadline: { date: leave.starts_on, explanation: `须在离岗日期 ${leave.starts_on} 前审批` },
      link: `/leave/${leave.id}`,
    },
  ];
}
