import { describe, expect, it } from '@jest/globals';
import type { SupervisionItemChanged } from '@gov/contracts-supervision';
import type { Queryable } from '@gov/platform';
import { keepsChange, SupervisedItemsRepository } from './supervised-items.js';

const ITEM_ID = '11111111-1111-4111-8111-111111111111';
const SOURCE_ID = '22222222-2222-4222-8222-222222222222';

/** A `supervised_item` of one row, answering the three statements `apply` runs (insert if absent, lock and read, update). */
class OneRowTable implements Queryable {
  row: { version: number; at: Date; status: string; light: string } | null = null;

  async query(sql: string, params: unknown[] = []): Promise<unknown> {
    const verb = sql.trim().split(/\s+/)[0];
    if (verb === 'INSERT') {
      if (this.row) return [];
      this.row = { status: params[2] as string, light: params[3] as string, version: params[11] as number, at: params[12] as Date };
      return [{ item_id: params[0] }];
    }
    if (verb === 'SELECT') return this.row ? [{ item_version: this.row.version, changed_at: this.row.at }] : [];
    if (verb === 'UPDATE') {
      this.row = { status: params[2] as string, light: params[3] as string, version: params[11] as number, at: params[12] as Date };
      return [];
    }
    throw new Error(`unexpected statement: ${sql}`);
  }
}

function change(version: number, at: string, status = 'in_progress', light = 'green'): SupervisionItemChanged.Event {
  return {
    id: ITEM_ID,
    sourceKind: 'leader_instruction',
    sourceId: SOURCE_ID,
    title: '关于加快推进老旧小区改造的批示',
    status,
    light,
    lightReason: null,
    dueDate: '2026-12-31',
    leadUnitId: null,
    coUnitIds: [],
    units: [],
    action: 'feedback',
    note: null,
    version,
    at,
    actor: 'dcs01',
  } as unknown as SupervisionItemChanged.Event;
}

describe('supervised item ordering rule (version, then time)', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ['a-higher-version-is-kept-even-if-earlier', { version: 2, at: at('2026-12-01T10:00:00Z') }, { version: 3, at: at('2026-12-01T09:00:00Z') }, true],
    ['a-lower-version-is-dropped-even-if-later', { version: 3, at: at('2026-12-01T10:00:00Z') }, { version: 2, at: at('2026-12-01T11:00:00Z') }, false],
    ['the-same-version-later-in-time-is-kept (a light change)', { version: 3, at: at('2026-12-01T10:00:00Z') }, { version: 3, at: at('2026-12-02T00:00:00Z') }, true],
    ['the-same-version-earlier-in-time-is-dropped', { version: 3, at: at('2026-12-02T00:00:00Z') }, { version: 3, at: at('2026-12-01T10:00:00Z') }, false],
    ['the-same-change-again-is-kept (a redelivery)', { version: 3, at: at('2026-12-01T10:00:00Z') }, { version: 3, at: at('2026-12-01T10:00:00Z') }, true],
  ])('%s', (_name, kept, incoming, expected) => {
    expect(keepsChange(kept, incoming)).toBe(expected);
  });
});

describe('SupervisedItemsRepository.apply', () => {
  const table = () => new OneRowTable();
  const repository = (db: Queryable) => new SupervisedItemsRepository(db, 'gov_test', 'unit');

  it('the-first-change-of-an-item-inserts-it', async () => {
    const db = table();
    await expect(repository(db).apply(db, change(1, '2026-12-01T08:00:00Z', 'pending_ack'))).resolves.toBe(true);
    expect(db.row).toEqual({ version: 1, at: new Date('2026-12-01T08:00:00Z'), status: 'pending_ack', light: 'green' });
  });

  it('an-older-version-arriving-after-a-newer-one-changes-nothing', async () => {
    const db = table();
    const items = repository(db);
    await expect(items.apply(db, change(3, '2026-12-01T10:00:00Z', 'closed'))).resolves.toBe(true);
    await expect(items.apply(db, change(2, '2026-12-01T11:00:00Z', 'in_progress'))).resolves.toBe(false);
    expect(db.row).toEqual({ version: 3, at: new Date('2026-12-01T10:00:00Z'), status: 'closed', light: 'green' });
  });

  it('a-light-change-at-the-same-version-and-a-later-time-replaces-the-row', async () => {
    const db = table();
    const items = repository(db);
    await expect(items.apply(db, change(2, '2026-12-01T10:00:00Z', 'in_progress', 'green'))).resolves.toBe(true);
    await expect(items.apply(db, change(2, '2026-12-03T00:00:00Z', 'in_progress', 'yellow'))).resolves.toBe(true);
    expect(db.row).toEqual({ version: 2, at: new Date('2026-12-03T00:00:00Z'), status: 'in_progress', light: 'yellow' });
  });

  it('a-stale-light-change-at-the-same-version-and-an-earlier-time-changes-nothing', async () => {
    const db = table();
    const items = repository(db);
    await expect(items.apply(db, change(2, '2026-12-03T00:00:00Z', 'in_progress', 'red'))).resolves.toBe(true);
    await expect(items.apply(db, change(2, '2026-12-02T00:00:00Z', 'in_progress', 'yellow'))).resolves.toBe(false);
    expect(db.row).toEqual({ version: 2, at: new Date('2026-12-03T00:00:00Z'), status: 'in_progress', light: 'red' });
  });

  it('a-redelivered-change-reports-the-row-as-current', async () => {
    const db = table();
    const items = repository(db);
    await expect(items.apply(db, change(4, '2026-12-01T10:00:00Z', 'closed'))).resolves.toBe(true);
    await expect(items.apply(db, change(4, '2026-12-01T10:00:00Z', 'closed'))).resolves.toBe(true);
    expect(db.row).toEqual({ version: 4, at: new Date('2026-12-01T10:00:00Z'), status: 'closed', light: 'green' });
  });
});
