import { describe, expect, it } from '@jest/globals';
import { Columns, Filters, isoDate, likePattern, updatedCount } from './sql.js';

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

describe('the repositories’ SQL helpers', () => {
  it('reads a row: dates as YYYY-MM-DD, numerics as numbers, instants as ISO text, missing columns as null', () => {
    expect(ROW.read({ id: 'r1', title: '标题', due_date: '2026-09-30', explanation: ['第一步'], score: '92.50', decided_at: new Date('2026-10-08T01:00:00Z'), version: 3, extra: 1 })).toEqual({
      ...row,
      score: 92.5,
      decidedAt: '2026-10-08T01:00:00.000Z',
    });
    expect(ROW.read({ id: 'r1' })).toMatchObject({ dueDate: null, explanation: null, decidedAt: null });
  });

  it('writes every column on insert, JSON as text, with an optional suffix', () => {
    const [sql, params] = ROW.insert('"s".t', row, 'RETURNING id');
    expect(sql).toBe('INSERT INTO "s".t (id, title, due_date, explanation, score, decided_at, version) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id');
    expect(params).toEqual(['r1', '标题', '2026-09-30', '["第一步"]', 92.5, null, 3]);
  });

  it('updates only the named fields and the version, where the stored version is the expected one', () => {
    const [sql, params] = ROW.updateIfVersion('"s".t', { ...row, version: 4 }, 3, ['title', 'explanation']);
    expect(sql).toBe('UPDATE "s".t SET title = $3, explanation = $4, version = $5 WHERE id = $1 AND version = $2 RETURNING id');
    expect(params).toEqual(['r1', 3, '标题', '["第一步"]', 4]);
    expect(ROW.updateById('"s".t', row, ['score'])).toEqual(['UPDATE "s".t SET score = $2 WHERE id = $1', ['r1', 92.5]]);
  });

  it('numbers the filters that are given and skips the empty ones; one value may stand in a condition twice', () => {
    const filters = new Filters().add('level <= ?', 2).when(undefined, 'kind = ?').when('', 'status = ?').when('u1', '(lead = ? OR ? = ANY(co))');
    expect(filters.sql).toBe('WHERE level <= $1 AND (lead = $2 OR $2 = ANY(co))');
    expect(filters.params).toEqual([2, 'u1']);
    expect(new Filters().sql).toBe('');
  });

  it('escapes the LIKE wildcards of a search text and counts what an UPDATE changed', () => {
    expect(likePattern('100%_达标\\')).toBe('%100\\%\\_达标\\\\%');
    expect(updatedCount([[{ id: 'a' }], 1])).toBe(1);
    expect(updatedCount([])).toBe(0);
    expect(isoDate(new Date(2026, 8, 30))).toBe('2026-09-30');
  });
});
