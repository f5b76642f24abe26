import { describe, expect, it } from '@jest/globals';
import { Columns, Conditions, isoDate, likePattern, rowById, selectPage, Table, tryTransactionLock, updatedCount, updateReturning, type Queryable } from './index.js';

interface Row {
  id: string;
  title: string;
  dueDate: string | null;
  explanation: string[];
  score: number;
  decidedAt: string | null;
  version: number;
}

const ROW = new Columns<Row>({
  id: 'id',
  title: 'title',
  dueDate: ['due_date', 'date'],
  explanation: ['explanation', 'json'],
  score: ['score', 'number'],
  decidedAt: ['decided_at', 'instant'],
  version: 'version',
});
const row: Row = { id: 'r1', title: '标题', dueDate: '2026-09-30', explanation: ['第一步'], score: 92.5, decidedAt: null, version: 3 };

/** Answers like PostgreSQL: the page query with a total per row, the count query with the total; records each call. */
function database(all: { id: number }[]): Queryable & { calls: { sql: string; params?: unknown[] }[] } {
  const calls: { sql: string; params?: unknown[] }[] = [];
  return {
    calls,
    async query(sql: string, params?: unknown[]) {
      calls.push({ sql, params });
      if (sql.startsWith('SELECT count(*)')) return [{ n: all.length }];
      const [limit, offset] = (params ?? []).slice(-2) as number[];
      return all.slice(offset, offset + limit).map((r) => ({ ...r, total_count__: String(all.length) }));
    },
  };
}

describe('conditions', () => {
  it('numbers the conditions given and skips the empty ones; one value may stand in a condition twice', () => {
    const where = new Conditions().add('level <= ?', 2).when(undefined, 'kind = ?').when('', 'status = ?').when(null, 'a = ?').when('u1', '(lead = ? OR ? = ANY(co))');
    expect(where.clause).toBe('WHERE level <= $1 AND (lead = $2 OR $2 = ANY(co))');
    expect(where.params).toEqual([2, 'u1']);
    expect(where.count).toBe(2);
    expect(new Conditions().clause).toBe('');
    expect(new Conditions().expression).toBe('true');
  });

  it('with several values the n-th ? is the n-th value; a condition without a value adds none', () => {
    const where = new Conditions().add('a = ?', 1).add('(g.user_id = ? OR g.unit_id = ?)', 'u', 'x').add('NOT withdrawn');
    expect(where.expression).toBe('a = $1 AND (g.user_id = $2 OR g.unit_id = $3) AND NOT withdrawn');
    expect(where.params).toEqual([1, 'u', 'x']);
  });

  it('starts with a condition numbered from $1 (a visibility rule) and numbers the others after it', () => {
    const where = new Conditions({ sql: 'f.secrecy_level <= $1 AND (f.unit_id = $2)', params: [2, 'u'] }).add('f.status = ?', 'pending');
    expect(where.expression).toBe('f.secrecy_level <= $1 AND (f.unit_id = $2) AND f.status = $3');
    expect(where.params).toEqual([2, 'u', 'pending']);
  });

  it('searches Chinese substrings over several columns, with % _ and \\ taken literally; blank text adds nothing', () => {
    const where = new Conditions().search(' 安全_生产% ', 'title', 'doc_number').search('   ', 'title').search(undefined, 'title');
    expect(where.expression).toBe(`(title ILIKE $1 ESCAPE '\\' OR doc_number ILIKE $1 ESCAPE '\\')`);
    expect(where.params).toEqual(['%安全\\_生产\\%%']);
    expect(likePattern('值班')).toBe('%值班%');
    expect(likePattern('100%_达标\\')).toBe('%100\\%\\_达标\\\\%');
  });
});

describe('a page of rows', () => {
  const rows = Array.from({ length: 5 }, (_, i) => ({ id: i + 1 }));

  it('gives the rows without the total column, and the total, in one query', async () => {
    const db = database(rows);
    const page = await selectPage<{ id: number }>(db, { from: 't', where: new Conditions().add('a = ?', 1), orderBy: 'id', limit: 2, offset: 2 });
    expect(page).toEqual({ items: [{ id: 3 }, { id: 4 }], total: 5 });
    expect(db.calls).toEqual([{ sql: 'SELECT *, count(*) OVER () AS total_count__ FROM t WHERE a = $1 ORDER BY id LIMIT $2 OFFSET $3', params: [1, 2, 2] }]);
  });

  it('a page past the end still reports the total', async () => {
    const db = database(rows);
    expect(await selectPage(db, { columns: 't.id', from: 't', where: new Conditions().add('kind = ?', 'call'), orderBy: 'id', limit: 2, offset: 10 })).toEqual({ items: [], total: 5 });
    expect(db.calls[1]).toEqual({ sql: 'SELECT count(*)::int AS n FROM t WHERE kind = $1', params: ['call'] });
  });

  it('an empty first page is an empty list, with no second query; rows are mapped by the reader given', async () => {
    const empty = database([]);
    expect(await selectPage(empty, { from: 't', where: new Conditions(), orderBy: 'id', limit: 20, offset: 0 })).toEqual({ items: [], total: 0 });
    expect(empty.calls).toHaveLength(1);
    const mapped = await selectPage(database(rows), { from: 't', where: new Conditions(), orderBy: 'id', limit: 1, offset: 0 }, (r) => `#${String(r.id)}`);
    expect(mapped).toEqual({ items: ['#1'], total: 5 });
  });
});

describe('a row type’s columns', () => {
  it('reads a row: dates as YYYY-MM-DD, numerics as numbers, instants as ISO text, missing columns as null', () => {
    expect(ROW.read({ id: 'r1', title: '标题', due_date: '2026-09-30', explanation: ['第一步'], score: '92.50', decided_at: new Date('2026-10-08T01:00:00Z'), version: 3, extra: 1 })).toEqual({
      ...row,
      decidedAt: '2026-10-08T01:00:00.000Z',
    });
    expect(ROW.read({ id: 'r1' })).toMatchObject({ dueDate: null, explanation: null, decidedAt: null });
    expect(ROW.keys).toEqual(['id', 'title', 'dueDate', 'explanation', 'score', 'decidedAt', 'version']);
  });

  it('writes every column on insert, JSON as text, with an optional suffix', () => {
    const [sql, params] = ROW.insert('"s".t', row, 'RETURNING id');
    expect(sql).toBe('INSERT INTO "s".t (id, title, due_date, explanation, score, decided_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id');
    expect(params).toEqual(['r1', '标题', '2026-09-30', '["第一步"]', 92.5, null, 3]);
    expect(ROW.insert('t', { ...row, explanation: null as unknown as string[] })[1][3]).toBe('null');
  });

  it('updates the named fields and the version where the stored version is the expected one; by id without a version', () => {
    const [sql, params] = ROW.updateIfVersion('"s".t', { ...row, version: 4 }, 3, ['title', 'explanation']);
    expect(sql).toBe('UPDATE "s".t SET title = $3, explanation = $4, version = $5 WHERE id = $1 AND version = $2 RETURNING id');
    expect(params).toEqual(['r1', 3, '标题', '["第一步"]', 4]);
    expect(ROW.updateById('"s".t', row, ['score'])).toEqual(['UPDATE "s".t SET score = $2 WHERE id = $1', ['r1', 92.5]]);
  });

  it('names snake_case rows by their columns: the select list, uuid[] casts, and an update of all but the creation', () => {
    interface Rec {
      id: string;
      due_on: string;
      unit_ids: string[];
      version: number;
      created_by: string;
    }
    const rec = Columns.named<Rec>(['id', 'due_on', 'unit_ids', 'version', 'created_by'], { due_on: 'date', unit_ids: 'uuid[]' });
    expect(rec.select('r')).toBe(`r.id, to_char(r.due_on, 'YYYY-MM-DD') AS "due_on", r.unit_ids, r.version, r.created_by`);
    const record = { id: 'a', due_on: '2026-01-02', unit_ids: ['u'], version: 2, created_by: 'x' };
    expect(rec.insert('t', record)[0]).toBe('INSERT INTO t (id, due_on, unit_ids, version, created_by) VALUES ($1, $2, $3::uuid[], $4, $5)');
    expect(rec.updateIfVersion('t', record, 1)).toEqual(['UPDATE t SET due_on = $3, unit_ids = $4::uuid[], version = $5 WHERE id = $1 AND version = $2 RETURNING id', ['a', 1, '2026-01-02', ['u'], 2]]);
  });
});

describe('statements run', () => {
  it('counts what an UPDATE changed and gives the rows of UPDATE … RETURNING', async () => {
    expect(updatedCount([[{ id: 'a' }], 1])).toBe(1);
    expect(updatedCount([])).toBe(0);
    expect(isoDate(new Date(2026, 8, 30))).toBe('2026-09-30');
    const db: Queryable = { query: async (sql: string) => (sql.startsWith('UPDATE') ? [[{ id: 'a' }], 1] : [{ id: 'b' }]) };
    expect(await updateReturning(db, 'UPDATE t SET a = 1 RETURNING id', [])).toEqual([{ id: 'a' }]);
    expect(await updateReturning(db, 'SELECT id FROM t', [])).toEqual([{ id: 'b' }]);
    expect(await rowById(db, 't', 'b')).toEqual({ id: 'b' });
  });

  it('a table saves a record only from the version read', async () => {
    const seen: unknown[][] = [];
    const db: Queryable = {
      query: async (sql: string, params?: unknown[]) => {
        seen.push([sql, params]);
        return params?.[1] === 3 ? [[{ id: 'r1' }], 1] : [[], 0];
      },
    };
    const table = new Table('"s".t', ROW);
    expect(await table.saveIfVersion(db, { ...row, version: 4 }, 3, ['title'])).toBe(true);
    expect(await table.saveIfVersion(db, { ...row, version: 4 }, 2, ['title'])).toBe(false);
    expect(seen[0]).toEqual(['UPDATE "s".t SET title = $3, version = $4 WHERE id = $1 AND version = $2 RETURNING id', ['r1', 3, '标题', 4]]);
  });

  it('takes a transaction’s advisory lock by name, and says when another holds it', async () => {
    const held = new Set(['busy']);
    const db: Queryable = { query: async (_sql: string, params?: unknown[]) => [{ locked: !held.has(params?.[0] as string) }] };
    expect(await tryTransactionLock(db, 'free')).toBe(true);
    expect(await tryTransactionLock(db, 'busy')).toBe(false);
  });
});
