import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RunningApp } from '@gov/platform';
import { createTestEnvironment, type TestEnvironment, startTestApp } from '@gov/testing';
import { documentSecretariatDefinition } from '../src/index.js';
import { DocumentNumberRepository } from '../src/modules/outgoing/document-number.repository.js';

describe('发文字号 allocation: one gap-free sequence per 代字 per year', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let numbers: DocumentNumberRepository;
  const allocate = (agencyCode: string, year: number) =>
    app.parts.transactions.run((tx) => numbers.allocate(tx.manager, agencyCode, year));

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, documentSecretariatDefinition);
    numbers = app.nest.get(DocumentNumberRepository);
  });

  afterAll(async () => {
    await app?.stop();
    await environment?.dispose();
  });

  it('50 concurrent issuers of the same 代字 and year get 1…50, no gap, no duplicate', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => allocate('博政发', 2026)));
    expect(results.map((r) => r.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(results.map((r) => r.text)).toContain('博政发〔2026〕50号');
  });

  it('a new year and another 代字 start at 1', async () => {
    expect((await allocate('博政发', 2027)).text).toBe('博政发〔2027〕1号');
    expect((await allocate('博政办发', 2026)).text).toBe('博政办发〔2026〕1号');
  });

  it('the seeded 代字 that end in 字 (博政字, 博政办字) are numbered like any other (issue 12: 编号 answered 500)', async () => {
    expect((await allocate('博政字', 2026)).text).toBe('博政字〔2026〕1号');
    expect((await allocate('博政办字', 2026)).text).toBe('博政办字〔2026〕1号');
    expect((await allocate('博政字', 2026)).text).toBe('博政字〔2026〕2号');
  });

  it('a number taken by a transaction that rolls back is given back: no gap', async () => {
    await expect(
      app.parts.transactions.run(async (tx) => {
        await numbers.allocate(tx.manager, '博政函', 2026);
        throw new Error('the issuing failed after numbering');
      }),
    ).rejects.toThrow('the issuing failed');
    expect((await allocate('博政函', 2026)).sequence).toBe(1);
    expect((await allocate('博政函', 2026)).sequence).toBe(2);
  });

  it('a hand-entered number is taken only when it is the next one: no gap, no duplicate', async () => {
    const reserve = (sequence: number) => app.parts.transactions.run((tx) => numbers.reserve(tx.manager, '博政办函', 2026, sequence));
    expect(await reserve(7)).toEqual({ accepted: false, last: 0 }); // would skip 1–6
    expect(await reserve(1)).toEqual({ accepted: true, last: 1 });
    expect((await allocate('博政办函', 2026)).text).toBe('博政办函〔2026〕2号');
    expect(await reserve(5)).toEqual({ accepted: false, last: 2 }); // would skip 3–4
    expect(await reserve(2)).toEqual({ accepted: false, last: 2 }); // already given out
    expect(await reserve(3)).toEqual({ accepted: true, last: 3 });
    expect((await allocate('博政办函', 2026)).sequence).toBe(4);
  });

  it('two clerks entering the same next number by hand at once: one gets it, the other is told it is taken', async () => {
    const results = await Promise.all([1, 2].map(() => app.parts.transactions.run((tx) => numbers.reserve(tx.manager, '博政发', 2028, 1))));
    expect(results.map((r) => r.accepted).sort()).toEqual([false, true]);
    expect((await allocate('博政发', 2028)).sequence).toBe(2);
  });
});
