import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RunningApp } from '@gov/platform';
import { UnitSubjects, type UnitView } from '@gov/contracts-duty-and-meetings';
import { documentSecretariatDefinition } from '@gov/service-document-secretariat';
import { supervisionDefinition } from '@gov/service-supervision';
import { caller, connectTestClient, createTestEnvironment, eventually, liaisonOf, zongheStaff, type TestEnvironment, startTestApp } from '@gov/testing';
import { dutyAndMeetingsDefinition } from '@gov/service-duty-and-meetings';

describe('unit directory: duty-and-meetings with its read models in document-secretariat and supervision', () => {
  let environment: TestEnvironment;
  let duty: RunningApp;
  let secretariat: RunningApp;
  let supervision: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const staff = zongheStaff({ username: 'zhangsan' });

  const newUnit = (suffix: string, extra: Record<string, unknown> = {}) => ({
    code: `T-${suffix}`,
    name: `测试单位${suffix}`,
    type: 'department',
    liaisons: [{ name: '李四', mobile: '13900001111', title: '办公室主任' }],
    dutyPhones: ['0533-4180110'],
    ...extra,
  });
  const create = (suffix: string, extra: Record<string, unknown> = {}) =>
    client.rpc.call<UnitView>('duty-and-meetings', UnitSubjects.create, newUnit(suffix, extra), staff);
  const copyIn = async (app: RunningApp, id: string) => {
    const [row] = await app.parts.dataSource.query(`SELECT * FROM "${app.parts.schema}".unit_directory WHERE id = $1`, [id]);
    return row as { name: string; status: string; version: number } | undefined;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    [duty, secretariat, supervision] = await Promise.all([
      startTestApp(environment, dutyAndMeetingsDefinition),
      startTestApp(environment, documentSecretariatDefinition),
      startTestApp(environment, supervisionDefinition),
    ]);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await Promise.all([duty, secretariat, supervision].map((app) => app?.stop()));
    await environment?.dispose();
  });

  it('creates a unit, keeps the liaison mobile encrypted at rest, and lists it by Chinese substring', async () => {
    const unit = await create('a1', { name: '博山区测试大数据中心' });
    expect(unit).toMatchObject({ code: 'T-a1', status: 'active', version: 1, createdBy: 'zhangsan' });
    expect(unit.liaisons[0].mobile).toBe('13900001111');

    const [stored] = await duty.parts.dataSource.query(`SELECT liaisons::text AS l FROM duty_and_meetings.unit WHERE id = $1`, [unit.id]);
    expect(stored.l).not.toContain('13900001111');

    const page = await client.rpc.call<{ items: UnitView[]; total: number }>('duty-and-meetings', UnitSubjects.list, { q: '大数据' }, staff);
    expect(page.items.map((u) => u.id)).toEqual([unit.id]);
  });

  it('lists the seeded towns and streets of Boshan by type', async () => {
    const towns = await client.rpc.call<{ items: UnitView[]; total: number }>('duty-and-meetings', UnitSubjects.list, { type: 'town', limit: 100 }, staff);
    expect(towns.items.map((u) => u.shortName)).toEqual(expect.arrayContaining(['域城镇', '池上镇', '博山镇']));
    const streets = await client.rpc.call<{ total: number }>('duty-and-meetings', UnitSubjects.list, { type: 'street' }, staff);
    expect(streets.total).toBe(3);
  });

  it('every change reaches both read models, and a stale version is refused', async () => {
    const unit = await create('b1');
    const updated = await client.rpc.call<UnitView>('duty-and-meetings', UnitSubjects.update, { id: unit.id, expectedVersion: 1, name: '测试单位b1（更名）' }, staff);
    expect(updated.version).toBe(2);
    await expect(client.rpc.call('duty-and-meetings', UnitSubjects.update, { id: unit.id, expectedVersion: 1, name: 'x名称' }, staff)).rejects.toMatchObject({
      spec: { code: 'UNIT.VERSION_CONFLICT' },
    });
    const deactivated = await client.rpc.call<UnitView>('duty-and-meetings', UnitSubjects.deactivate, { id: unit.id, expectedVersion: 2, reason: '机构改革撤并' }, staff);
    expect(deactivated).toMatchObject({ status: 'inactive', deactivationReason: '机构改革撤并', version: 3 });

    for (const app of [secretariat, supervision]) {
      const copy = await eventually(async () => {
        const row = await copyIn(app, unit.id);
        return row?.version === 3 ? row : undefined;
      }, 10_000, `${app.parts.app} read model`);
      expect(copy).toMatchObject({ name: '测试单位b1（更名）', status: 'inactive' });
    }
    const history = await duty.parts.dataSource.query(`SELECT action, changed_by, reason FROM duty_and_meetings.unit_change WHERE unit_id = $1 ORDER BY version`, [unit.id]);
    expect(history).toEqual([
      { action: 'created', changed_by: 'zhangsan', reason: null },
      { action: 'updated', changed_by: 'zhangsan', reason: null },
      { action: 'deactivated', changed_by: 'zhangsan', reason: '机构改革撤并' },
    ]);
  });

  it('a liaison sees and edits only their own unit, and only its contacts', async () => {
    const mine = await create('c1');
    const other = await create('c2');
    const liaison = liaisonOf(mine.id);

    const page = await client.rpc.call<{ items: UnitView[]; total: number }>('duty-and-meetings', UnitSubjects.list, {}, liaison);
    expect(page.items.map((u) => u.id)).toEqual([mine.id]);
    await expect(client.rpc.call('duty-and-meetings', UnitSubjects.get, { id: other.id }, liaison)).rejects.toMatchObject({ spec: { code: 'UNIT.NOT_FOUND' } });
    await expect(
      client.rpc.call('duty-and-meetings', UnitSubjects.update, { id: other.id, expectedVersion: 1, dutyPhones: ['0533-1234567'] }, liaison),
    ).rejects.toMatchObject({ spec: { code: 'UNIT.NOT_FOUND' } });
    await expect(client.rpc.call('duty-and-meetings', UnitSubjects.update, { id: mine.id, expectedVersion: 1, name: '改名单位' }, liaison)).rejects.toMatchObject({
      spec: { code: 'UNIT.FORBIDDEN' },
    });
    const ok = await client.rpc.call<UnitView>('duty-and-meetings', UnitSubjects.update, { id: mine.id, expectedVersion: 1, dutyPhones: ['0533-7654321'] }, liaison);
    expect(ok.dutyPhones).toEqual(['0533-7654321']);
    await expect(client.rpc.call('duty-and-meetings', UnitSubjects.create, newUnit('c3'), liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it('rejects bad input with every bad field listed in Chinese, and duplicates with a conflict', async () => {
    const error = (await client.rpc
      .call('duty-and-meetings', UnitSubjects.create, { code: '!', name: '', type: 'nation', liaisons: [{ name: '王五', mobile: '123' }], dutyPhones: [] }, staff)
      .then(
        () => undefined,
        (e: unknown) => e,
      )) as { spec: { code: string }; fieldErrors: { field: string; message: string }[] };
    expect(error.spec.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(error.fieldErrors.map((f) => f.field).sort()).toEqual(['code', 'liaisons.0.mobile', 'name', 'type']);
    expect(error.fieldErrors.every((f) => /[\u4e00-\u9fa5]/.test(f.message))).toBe(true);

    await create('d1');
    await expect(create('d1')).rejects.toMatchObject({ spec: { code: 'UNIT.CODE_TAKEN' } });
  });

  it('someone without a role in the directory is refused', async () => {
    await expect(client.rpc.call('duty-and-meetings', UnitSubjects.list, {}, caller({ permissions: [] }))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
  });

  it('fault: with supervision stopped, 200 changes all arrive exactly once when it comes back', async () => {
    await supervision.stop();
    const units: UnitView[] = [];
    for (let i = 0; i < 100; i++) units.push(await create(`f${i}`));
    for (const unit of units) {
      await client.rpc.call('duty-and-meetings', UnitSubjects.update, { id: unit.id, expectedVersion: 1, address: `地址${unit.code}` }, staff);
    }
    supervision = await startTestApp(environment, supervisionDefinition);
    const ids = units.map((u) => u.id);
    await eventually(
      async () => {
        const [row] = await supervision.parts.dataSource.query(`SELECT count(*)::int AS n FROM supervision.unit_directory WHERE id = ANY($1) AND version = 2`, [ids]);
        return row.n === 100 || undefined;
      },
      30_000,
      'all 200 changes in supervision',
    );
    // Created and updated events travel on separate durable consumers: wait for both kinds, then make sure
    // each of the 200 was applied once and only once.
    const inboxCount = async () => {
      // Across two schemas: as the administrator (each app's own role sees only its own schema).
      const [row] = await environment.query<{ n: number; d: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT event_id)::int AS d FROM supervision.inbox WHERE event_id IN (
           SELECT id FROM duty_and_meetings.outbox WHERE (envelope->'data'->>'id')::uuid = ANY($1))`,
        [ids],
      );
      return row;
    };
    await eventually(async () => (await inboxCount()).n === 200 || undefined, 30_000, '200 inbox rows');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await inboxCount()).toEqual({ n: 200, d: 200 });
    const [dead] = await supervision.parts.dataSource.query(`SELECT count(*)::int AS n FROM supervision.dead_letter`);
    expect(dead.n).toBe(0);
  });
});
