import { describe, expect, it } from '@jest/globals';
import { Clearance, type CallerContext } from '@gov/contracts-common';
import { containing, Filters, selectPage, type Queryable } from './lists.js';

const reader = (over: Partial<CallerContext> = {}): CallerContext => ({
  userId: '33333333-3333-4333-8333-333333333333',
  username: 'u',
  displayName: '用户',
  roles: ['section_staff'],
  permissions: ['documents:read'],
  clearance: Clearance.Secret,
  ...over,
});

describe('the WHERE of a list', () => {
  it('starts with the visibility rule and numbers each filter’s parameter after it', () => {
    const filters = new Filters(reader(), 'f').where('f.status = ?', 'pending').where('f.year = ?', 2026);
    expect(filters.sql).toBe('f.secrecy_level <= $1 AND f.status = $2 AND f.year = $3');
    expect(filters.params).toEqual([Clearance.Secret, 'pending', 2026]);
  });

  it('a liaison’s rule has three parameters; the filters follow them', () => {
    const filters = new Filters(reader({ permissions: ['documents:read-own'], unitId: '11111111-1111-4111-8111-111111111111' })).where('state = ?', 'completed');
    expect(filters.params).toHaveLength(4);
    expect(filters.sql.endsWith('AND state = $4')).toBe(true);
  });

  it('every ? of one condition is the same parameter; a condition without a value adds none', () => {
    const filters = new Filters().where('(due_date < ? OR reminded_on < ?)', '2026-05-01').where('NOT withdrawn');
    expect(filters.sql).toBe('(due_date < $1 OR reminded_on < $1) AND NOT withdrawn');
    expect(filters.params).toEqual(['2026-05-01']);
    expect(new Filters().sql).toBe('true');
  });

  it('with several values the n-th ? is the n-th value', () => {
    const filters = new Filters().where('a = ?', 1).where('(g.user_id = ? OR g.unit_id = ?)', 'u', 'x');
    expect(filters.sql).toBe('a = $1 AND (g.user_id = $2 OR g.unit_id = $3)');
    expect(filters.params).toEqual([1, 'u', 'x']);
  });

  it('searches Chinese substrings over several columns, with % and _ taken literally; blank text adds nothing', () => {
    const filters = new Filters().search(' 安全_生产% ', 'title', 'doc_number').search('   ', 'title');
    expect(filters.sql).toBe(`(title ILIKE $1 ESCAPE '\\' OR doc_number ILIKE $1 ESCAPE '\\')`);
    expect(filters.params).toEqual(['%安全\\_生产\\%%']);
    expect(containing('a\\b')).toBe('%a\\\\b%');
  });
});

describe('a page of rows', () => {
  /** Answers like PostgreSQL: the page query with a total per row, the count query with the total. */
  const database = (all: { id: number }[]): Queryable & { calls: { sql: string; params?: unknown[] }[] } => {
    const calls: { sql: string; params?: unknown[] }[] = [];
    return {
      calls,
      async query(sql: string, params?: unknown[]) {
        calls.push({ sql, params });
        if (sql.startsWith('SELECT count(*)')) return [{ total: String(all.length) }];
        const [limit, offset] = (params ?? []).slice(-2) as number[];
        return all.slice(offset, offset + limit).map((row) => ({ ...row, total: String(all.length) }));
      },
    };
  };
  const rows = Array.from({ length: 5 }, (_, i) => ({ id: i + 1 }));

  it('gives the rows without the total column, and the total', async () => {
    const db = database(rows);
    const page = await selectPage<{ id: number }>(db, { columns: '*', from: 't', filters: new Filters().where('a = ?', 1), orderBy: 'id', limit: 2, offset: 2 });
    expect(page).toEqual({ rows: [{ id: 3 }, { id: 4 }], total: 5 });
    expect(db.calls[0].sql).toContain('WHERE a = $1');
    expect(db.calls[0].sql).toContain('LIMIT $2 OFFSET $3');
    expect(db.calls).toHaveLength(1);
  });

  it('a page past the end still reports the total', async () => {
    const db = database(rows);
    expect(await selectPage(db, { columns: '*', from: 't', filters: new Filters(), orderBy: 'id', limit: 2, offset: 10 })).toEqual({ rows: [], total: 5 });
    expect(db.calls[1]).toEqual({ sql: 'SELECT count(*) AS total FROM t WHERE true', params: [] });
  });

  it('an empty first page is an empty list, with no second query', async () => {
    const db = database([]);
    expect(await selectPage(db, { columns: '*', from: 't', filters: new Filters(), orderBy: 'id', limit: 20, offset: 0 })).toEqual({ rows: [], total: 0 });
    expect(db.calls).toHaveLength(1);
  });
});
