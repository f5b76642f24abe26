import {
  TaskClosed,
  TaskEvents,
  TaskOpened,
  taskIdOf,
  type AppName,
  type TaskAssignee,
  type TaskDeadline,
  type TaskKind,
  type TaskOutcome,
} from '@gov/contracts-common';
import type { Tx } from './transactions.js';

/** One step of a record that waits on someone, as the record's state says (see {@link publishTaskChanges}). */
export interface WaitingStep {
  /** The step's name within the record (`acknowledge`, `review`, …): with the assignee it makes the task id. */
  step: string;
  kind: TaskKind;
  title: string;
  assignee: TaskAssignee;
  section?: string | null;
  deadline?: TaskDeadline;
  /** The console path of the record. */
  link: string;
  clearance?: number;
}

/** What one step of a record changed in what it waits on: the waiting steps before and after, and the record's new version. */
export interface TaskChange {
  app: AppName;
  record: { type: string; id: string };
  before: readonly WaitingStep[];
  after: readonly WaitingStep[];
  /** The record's version after the step (the gateway applies only newer versions of a task). */
  version: number;
  /** Who did the step (account id), for the tasks it closes. */
  by?: string;
  /** How the closed tasks ended (default `done`). */
  outcome?: TaskOutcome;
}

/** Within the contract's limits: a long title or explanation is shortened, never a reason for the step to fail. */
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const same = (a: WaitingStep, b: WaitingStep): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Publishes the 待办 a step changed, through the outbox in the step's transaction: `task.closed` for each waiting step
 * the record no longer has, `task.opened` for each new one and for each whose title, deadline or assignee changed (a
 * newer version of the same task). A service lists what a record waits on in each state (a pure function of the
 * record) and calls this once per step with that list before and after: each step is one line.
 */
export async function publishTaskChanges(tx: Pick<Tx, 'emit'>, change: TaskChange): Promise<void> {
  const recordRef = { app: change.app, type: change.record.type, id: change.record.id };
  const idOf = (s: WaitingStep) => taskIdOf(recordRef, s.step, s.assignee);
  const before = new Map(change.before.map((s) => [idOf(s), s]));
  const after = new Map(change.after.map((s) => [idOf(s), s]));
  const now = new Date().toISOString();
  for (const [taskId, s] of before) {
    if (after.has(taskId)) continue;
    const closed: TaskClosed.Event = { taskId, kind: s.kind, recordRef, outcome: change.outcome ?? 'done', closedAt: now, ...(change.by ? { closedBy: change.by } : {}), version: change.version };
    await tx.emit(TaskEvents.closed(change.app), closed, undefined, TaskClosed.Event);
  }
  for (const [taskId, s] of after) {
    const previous = before.get(taskId);
    if (previous && same(previous, s)) continue;
    const opened: TaskOpened.Event = {
      taskId,
      kind: s.kind,
      title: clip(s.title, 500),
      assignee: s.assignee,
      ...(s.section ? { section: s.section } : {}),
      ...(s.deadline && (s.deadline.date || s.deadline.at) ? { deadline: { ...s.deadline, ...(s.deadline.explanation ? { explanation: clip(s.deadline.explanation, 2000) } : {}) } } : {}),
      link: s.link,
      recordRef,
      ...(s.clearance !== undefined ? { clearance: s.clearance } : {}),
      openedAt: now,
      version: change.version,
    };
    await tx.emit(TaskEvents.opened(change.app), opened, undefined, TaskOpened.Event);
  }
}
