import { describe, expect, it } from '@jest/globals';
import { Conditions, likePattern, searchPage } from './sql.js';

describe('search SQL', () => {
  it('a Chinese search text matches as a substring, its own % _ and \\ literally', () => {
    expect(likePattern('值班')).toBe('%值班%');
    expect(likePattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });

  it('numbers the placeholders in order; every ? of one condition is its one value', () => {
    const where = new Conditions().add('status = ?', 'active').add('(title ILIKE ? OR summary ILIKE ?)', '%汛%');
    expect(where.clause()).toBe('WHERE status = $1 AND (title ILIKE $2 OR summary ILIKE $2)');
    expect(where.params).toEqual(['active', '%汛%']);
    expect(new Conditions().clause()).toBe('');
  });

  it('pages with limit and offset after the conditions, and a page past the end still reports the total', async () => {
    const seen: [string, unknown[]][] = [];
    const run = async (sql: string, params: unknown[]) => {
      seen.push([sql, params]);
      return sql.startsWith('SELECT count') ? [{ n: 7 }] : [];
    };
    const page = await searchPage(run, { columns: '*', from: 'FROM t' }, new Conditions().add('kind = ?', 'call'), 'id', { limit: 5, offset: 10 });
    expect(page).toEqual({ items: [], total: 7 });
    expect(seen[0]).toEqual(['SELECT *, count(*) OVER () AS total_count FROM t WHERE kind = $1 ORDER BY id LIMIT $2 OFFSET $3', ['call', 5, 10]]);
    expect(seen[1]).toEqual(['SELECT count(*)::int AS n FROM t WHERE kind = $1', ['call']]);
  });

  it('takes the total from the page itself when it has rows', async () => {
    const run = async () => [{ id: 'a', total_count: '12' }];
    expect((await searchPage<{ id: string }>(run, { columns: '*', from: 'FROM t' }, new Conditions(), 'id', { limit: 1, offset: 0 })).total).toBe(12);
  });
});
