import { describe, expect, it } from '@jest/globals';
import { computeDeadline, WorkingCalendar } from '@gov/calendar';
import { IsCalendarDate, IsInt32, IsOffsetDateTime } from '@gov/contracts-common';
import { IsOptional, IsString } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { DomainError, toErrorBody } from './errors.js';
import { Tx } from './messaging/transactions.js';
import { validatePayload } from './validation.js';

class Sample {
  @IsCalendarDate({ message: '办理期限应为 YYYY-MM-DD' }) dueDate: string;
  @IsOptional() @IsOffsetDateTime() receivedAt?: string;
  @IsOptional() @IsInt32() pages?: number;
  @IsOptional() @IsString() note?: string;
  @IsOptional() detail?: object;
  @IsOptional() @IsString({ message: 'title：必须为文本' }) title?: string;
}

async function fieldErrorsOf(input: unknown) {
  const error = await validatePayload(Sample, input).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).fieldErrors ?? [];
}

describe('validatePayload: the shared rules, once, on both sides of the wire', () => {
  it('refuses impossible dates, rolled-over date-times and integers beyond PostgreSQL integer, with Chinese field messages', async () => {
    const errors = await fieldErrorsOf({ dueDate: '2026-02-30', receivedAt: '2026-02-30T10:00+08:00', pages: 2_147_483_648 });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['dueDate', 'isCalendarDate'],
      ['receivedAt', 'isOffsetDateTime'],
      ['pages', 'isInt32'],
    ]);
    expect(errors[0].message).toBe('dueDate：2026-02-30 不是日历上存在的日期');
    expect(errors[1].message).toMatch(/带时区的有效时间/);
  });

  it("names the field once when the contract's own message already starts with it", async () => {
    const errors = await fieldErrorsOf({ dueDate: '2026-02-28', title: 7 });
    expect(errors).toEqual([{ field: 'title', code: 'isString', message: 'title：必须为文本' }]);
  });

  it('refuses the NUL character anywhere in the input, free-form objects included (PostgreSQL cannot store it)', async () => {
    const errors = await fieldErrorsOf({ dueDate: '2026-02-28', note: 'a\u0000b' });
    expect(errors).toEqual([expect.objectContaining({ field: 'note', code: 'noNulCharacter' })]);
    const nested = await fieldErrorsOf({ dueDate: '2026-02-28', detail: { lines: ['ok', 'x\u0000'] } });
    expect(nested).toEqual([expect.objectContaining({ field: 'detail.lines.1', code: 'noNulCharacter' })]);
  });

  it('accepts real values', async () => {
    await expect(validatePayload(Sample, { dueDate: '2028-02-29', receivedAt: '2026-11-07T13:20:00Z', pages: 4, note: '正常' })).resolves.toMatchObject({ dueDate: '2028-02-29', pages: 4 });
  });
});

describe('the deadline engine’s own input errors', () => {
  it('are validation problems (400), not internal errors', () => {
    let thrown: unknown;
    try {
      computeDeadline(new WorkingCalendar([]), { start: '2026-02-30', amount: 5, unit: 'working_days' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    const { body, unexpected } = toErrorBody(thrown);
    expect(unexpected).toBe(false);
    expect(body).toMatchObject({ kind: 'validation', code: 'REQUEST.VALIDATION_FAILED', detail: expect.stringContaining('2026-02-30') });
  });

  it('other RangeErrors stay internal errors', () => {
    expect(toErrorBody(new RangeError('invalid array length')).unexpected).toBe(true);
  });
});

describe('Tx.emit with the consumer’s contract', () => {
  class Event {
    @IsCalendarDate() dueDate: string;
  }

  it('refuses an event its consumer would refuse before anything is written to the outbox', async () => {
    const writes: unknown[] = [];
    const manager = { query: async (...args: unknown[]) => writes.push(args) } as unknown as EntityManager;
    const tx = new Tx(manager, 'test', 'document-secretariat');
    await expect(tx.emit('evt.document-secretariat.instruction.recorded', { dueDate: '2026-02-30' }, undefined, Event)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
    });
    await expect(tx.emit('evt.document-secretariat.instruction.recorded', { dueDate: '2026-02-28', extra: 1 }, undefined, Event)).rejects.toBeInstanceOf(DomainError);
    expect(writes).toEqual([]);
    expect(tx.emitted).toBe(0);
  });
});
