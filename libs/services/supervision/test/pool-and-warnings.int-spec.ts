import { beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '@gov/calendar';
import type { CallerContext } from '@gov/contracts-common';
import { SupervisionItemSubjects, type SupervisionItemDetail } from '@gov/contracts-supervision';
import { caller } from '@gov/testing';
import { WarningsJob } from '../src/modules/warnings/warnings.job.js';
import { supervisionTestbed } from './testbed.js';

/**
 * The failure modes of issue 12 at their root, as regression tests against real PostgreSQL and the bus: the pool no
 * longer deadlocks when every connection is held by a transaction that reads the unit directory and the calendar; the
 * warnings job over 10,000 open items no longer holds them all, so a user's step during it completes in time.
 */
describe('supervision under load: the pool and the warnings job', () => {
  const unitA = { id: randomUUID() };
  const bed = supervisionTestbed({ units: [{ id: unitA.id, code: 'POOL-A', name: '连接池测试应急局' }], calendarYears: (year) => year === 2025 || year === 2026 });
  const ducha = caller({ roles: ['section_staff'], sectionCode: 'ducha', username: 'ducha1', permissions: ['supervision:read', 'supervision:manage'], clearance: 3 });
  const liaison: CallerContext = caller({ roles: ['unit_liaison'], unitId: unitA.id, permissions: ['supervision:read-own', 'supervision:report-own'] });
  const create = (title: string) =>
    bed.call<SupervisionItemDetail>(SupervisionItemSubjects.create, { kind: 'higher_assignment', higherLevel: 'city', title, content: '按期办结', leadUnitId: unitA.id, coUnitIds: [], leaderName: '李副区长' }, ducha);
  let job: WarningsJob;

  beforeAll(() => {
    job = bed.app.nest.get(WarningsJob);
  });

  it('twenty-concurrent-writes-to-one-service-all-complete-with-a-pool-of-ten', async () => {
    // Each write reads the unit directory and the calendar inside its transaction; they used to take a second pool
    // connection there, and twenty writers on ten connections waited for each other for good (504 after 504).
    const started = Date.now();
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => create(`并发立项 ${i + 1}`)));
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(15_000);
    const [{ n }] = await bed.sql(`SELECT count(*)::int AS n FROM supervision.supervision_item WHERE title LIKE '并发立项 %'`);
    expect(n).toBe(20);
  });

  it('a-user-step-during-the-warnings-job-over-10000-open-items-completes-within-its-timeout', async () => {
    const item = await create('预警任务期间的签收');
    // 10,000 open items like it, each with a stale light, so the job has real work on every one of them. The seed is
    // the test's own bulk write, not a user's statement: it is not held to the service's statement_timeout, which a busy
    // machine (CI beside another run) can pass.
    await bed.app.parts.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL statement_timeout = 0');
      await manager.query(
      `INSERT INTO supervision.supervision_item
       SELECT (jsonb_populate_record(NULL::supervision.supervision_item,
                 to_jsonb(i) || jsonb_build_object('id', gen_random_uuid(), 'title', '批量督办事项 ' || g, 'light', 'red', 'light_reason', '旧的判定', 'light_as_of', NULL))).*
         FROM supervision.supervision_item i, generate_series(1, 10000) g
        WHERE i.id = $1`,
      [item.id],
      );
    });
    const running = job.recompute();
    await new Promise((resolve) => setTimeout(resolve, 500)); // the job is well into its batches
    const started = Date.now();
    const acknowledged = await bed.call<SupervisionItemDetail>(SupervisionItemSubjects.acknowledge, { id: item.id, expectedVersion: item.version }, liaison);
    const waited = Date.now() - started;
    expect(acknowledged.status).toBe('acknowledged');
    expect(waited).toBeLessThan(5000); // the RPC timeout of the tests; one batch at most
    const reply = await running;
    expect(reply.checked).toBeGreaterThanOrEqual(10_000);
    expect(reply.changed).toBeGreaterThanOrEqual(10_000);
    // Every open item was judged today: by the job, or (one a user held at that moment) by the user's own step.
    const [{ stale }] = await bed.sql(
      `SELECT count(*)::int AS stale FROM supervision.supervision_item WHERE status NOT IN ('closed', 'withdrawn') AND light_as_of IS DISTINCT FROM $1`,
      [shanghaiDate(new Date())],
    );
    expect(stale).toBe(0);
  }, 240_000);

  it('a-second-run-reads-every-open-item-again-and-changes-nothing', async () => {
    const reply = await job.recompute();
    expect(reply.checked).toBeGreaterThanOrEqual(10_000);
    expect(reply.changed).toBe(0);
  }, 120_000);
});
