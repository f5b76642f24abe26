import { describe, expect, it } from '@jest/globals';
import { TaskClosed, TaskOpened } from '@gov/contracts-common';
import { validatePayload } from '../validation.js';
import { publishTaskChanges, type WaitingStep } from './tasks.js';

/** The events a step publishes, validated against the consumers' contract as `tx.emit` does. */
async function published(before: WaitingStep[], after: WaitingStep[]): Promise<{ subject: string; data: Record<string, unknown> }[]> {
  const out: { subject: string; data: Record<string, unknown> }[] = [];
  const tx = {
    emit: async (subject: string, data: unknown, _id?: string, contract?: new () => object) => {
      if (contract) await validatePayload(contract, JSON.parse(JSON.stringify(data)));
      out.push({ subject, data: data as Record<string, unknown> });
      return undefined as never;
    },
  };
  await publishTaskChanges(tx, { app: 'supervision', record: { type: 'supervision-item', id: 'item-1' }, before, after, version: 7, by: 'u-1' });
  return out;
}

const acknowledge: WaitingStep = { step: 'acknowledge', kind: 'supervision_acknowledge', title: '签收督办事项：甲', assignee: { type: 'unit', id: 'unit-a' }, deadline: { date: '2026-12-30', explanation: '交办之日起 10 个工作日' }, link: '/supervision/items/item-1' };
const report: WaitingStep = { ...acknowledge, step: 'report', kind: 'supervision_report', title: '报告督办事项办理情况：甲' };

describe('publishTaskChanges: the 待办 a step changed', () => {
  it('closes what the record no longer waits on and opens what it waits on now, with the record’s version', async () => {
    const events = await published([acknowledge], [report]);
    expect(events.map((e) => e.subject)).toEqual(['evt.supervision.task.closed', 'evt.supervision.task.opened']);
    expect(events[0].data).toMatchObject({ taskId: 'supervision:supervision-item:item-1:acknowledge:unit-unit-a', outcome: 'done', closedBy: 'u-1', version: 7 });
    expect(events[1].data).toMatchObject({ taskId: 'supervision:supervision-item:item-1:report:unit-unit-a', kind: 'supervision_report', deadline: { date: '2026-12-30' }, version: 7 });
    await expect(validatePayload(TaskOpened.Event, events[1].data)).resolves.toBeDefined();
    await expect(validatePayload(TaskClosed.Event, events[0].data)).resolves.toBeDefined();
  });

  it('publishes nothing for a step that leaves the waiting unchanged, and a newer version of a task whose deadline moved', async () => {
    expect(await published([acknowledge], [acknowledge])).toEqual([]);
    const moved = await published([acknowledge], [{ ...acknowledge, deadline: { date: '2027-01-05' } }]);
    expect(moved.map((e) => [e.subject, (e.data.deadline as { date: string }).date])).toEqual([['evt.supervision.task.opened', '2027-01-05']]);
  });

  it('shortens a title or explanation beyond the contract rather than fail the step', async () => {
    const [event] = await published([], [{ ...acknowledge, title: '长'.repeat(600), deadline: { date: '2026-12-30', explanation: '说明'.repeat(1500) } }]);
    expect((event.data.title as string).length).toBe(500);
    expect((event.data.deadline as { explanation: string }).explanation.length).toBe(2000);
  });
});
