import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import { DataResourceSubjects, DisclosurePermissions as P, type DataResourceCatalogue, type DataResourceDetail, type ListDataResources } from '@gov/contracts-disclosure';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { disclosureDefinition } from '../src/index.js';

/** 政务数据资源目录 in disclosure (登记 → 报送 → 审核发布 / 退回; 撤销), against real PostgreSQL and the real bus. */
describe('disclosure: data-resources', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const [U1, U2, GONE] = [randomUUID(), randomUUID(), randomUUID()];
  const office = caller({ roles: ['section_staff'], sectionCode: 'dashuju', permissions: [P.dataResourcesRead, P.dataResourcesManage] });
  const reader = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.dataResourcesRead] });
  const liaison = (unitId: string): CallerContext => caller({ roles: ['unit_liaison'], sectionCode: null, unitId, permissions: [P.dataResourcesOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('disclosure', subject, payload, who);
  const subjectsOf = async (id: string) =>
    ((await app.parts.dataSource.query(`SELECT subject FROM "${app.parts.schema}".outbox WHERE envelope->'data'->>'id' = $1 ORDER BY seq`, [id])) as { subject: string }[]).map((r) => r.subject);
  const fields = (name: string, code: string, more: Record<string, unknown> = {}) => ({
    name,
    code,
    category: 'departmental',
    dataItems: [
      { name: '统一社会信用代码', type: 'string' },
      { name: '登记日期', type: 'date' },
    ],
    format: 'database',
    updateCycle: 'daily',
    sharingType: 'unconditional',
    openType: 'open',
    ...more,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, disclosureDefinition);
    client = await connectTestClient(environment);
    for (const [id, code, name, status] of [
      [U1, 'DR-U1', '数据资源测试甲局', 'active'],
      [U2, 'DR-U2', '数据资源测试乙镇', 'active'],
      [GONE, 'DR-GONE', '数据资源测试已撤并单位', 'inactive'],
    ]) {
      await app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', $4, 1)`, [id, code, name, status]);
    }
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('a unit’s resource: draft, submitted, returned with a reason, changed, published; a change of the published one is a new version reviewed again', async () => {
    const unit = liaison(U1);
    const created = await call<DataResourceDetail>(DataResourceSubjects.create, fields('企业登记基本信息', 'INT-DR-0001', { unitId: U2 }), unit);
    expect(created).toMatchObject({ status: 'draft', statusLabel: '草稿', unitId: U1, unitName: '数据资源测试甲局', edition: 0, version: 1, createdBy: unit.username });
    expect(created.steps.map((s) => [s.step, s.version])).toEqual([['create', 1]]);

    const submitted = await call<DataResourceDetail>(DataResourceSubjects.submit, { id: created.id, expectedVersion: 1, note: '请审核' }, unit);
    expect(submitted).toMatchObject({ status: 'submitted', version: 2 });
    await expect(call(DataResourceSubjects.review, { id: created.id, expectedVersion: 2, decision: 'approved' }, unit)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(DataResourceSubjects.review, { id: created.id, expectedVersion: 2, decision: 'returned' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'opinion' })],
    });
    const returned = await call<DataResourceDetail>(DataResourceSubjects.review, { id: created.id, expectedVersion: 2, decision: 'returned', opinion: '信息项不全，请补充法定代表人' }, office);
    expect(returned).toMatchObject({ status: 'returned', reviewOpinion: '信息项不全，请补充法定代表人', reviewedBy: office.username, version: 3 });

    const items = [...fields('x', 'x').dataItems, { name: '法定代表人', type: 'string' }];
    const changed = await call<DataResourceDetail>(DataResourceSubjects.update, { id: created.id, expectedVersion: 3, ...fields('企业登记基本信息', 'INT-DR-0001'), dataItems: items }, unit);
    expect(changed).toMatchObject({ status: 'returned', version: 4 });
    expect(changed.dataItems.map((i) => i.name)).toEqual(['统一社会信用代码', '登记日期', '法定代表人']);
    await call(DataResourceSubjects.submit, { id: created.id, expectedVersion: 4 }, unit);
    const published = await call<DataResourceDetail>(DataResourceSubjects.review, { id: created.id, expectedVersion: 5, decision: 'approved' }, office);
    expect(published).toMatchObject({ status: 'published', statusLabel: '已发布', edition: 1, version: 6 });
    expect(published.publishedAt).not.toBeNull();
    await expect(call(DataResourceSubjects.withdraw, { id: created.id, expectedVersion: 6, reason: '单位自行撤销' }, unit)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    const revised = await call<DataResourceDetail>(DataResourceSubjects.update, { id: created.id, expectedVersion: 6, ...fields('企业登记基本信息', 'INT-DR-0001', { updateCycle: 'realtime' }), dataItems: items, note: '改为实时更新' }, unit);
    expect(revised).toMatchObject({ status: 'draft', updateCycle: 'realtime', edition: 1, version: 7 });
    expect(revised.steps.map((s) => s.step)).toEqual(['create', 'submit', 'return', 'update', 'submit', 'approve', 'update']);
    expect(revised.steps.at(-1)?.note).toBe('改为实时更新（第 1 版已发布，变更后须重新报送审核）');
    // Every version's fields are kept with the step that made it.
    const versions: { version: number; cycle: string }[] = await app.parts.dataSource.query(
      `SELECT version, fields->>'updateCycle' AS cycle FROM "${app.parts.schema}".data_resource_step WHERE data_resource_id = $1 AND fields IS NOT NULL ORDER BY seq`,
      [created.id],
    );
    expect(versions).toEqual([
      { version: 1, cycle: 'daily' },
      { version: 4, cycle: 'daily' },
      { version: 7, cycle: 'realtime' },
    ]);
    await call(DataResourceSubjects.submit, { id: created.id, expectedVersion: 7 }, unit);
    const second = await call<DataResourceDetail>(DataResourceSubjects.review, { id: created.id, expectedVersion: 8, decision: 'approved', opinion: '同意' }, office);
    expect(second).toMatchObject({ status: 'published', edition: 2 });

    expect(await subjectsOf(created.id)).toEqual([
      'evt.disclosure.data-resource.created',
      'evt.disclosure.data-resource.submitted',
      'evt.disclosure.data-resource.reviewed',
      'evt.disclosure.data-resource.updated',
      'evt.disclosure.data-resource.submitted',
      'evt.disclosure.data-resource.reviewed',
      'evt.disclosure.data-resource.updated',
      'evt.disclosure.data-resource.submitted',
      'evt.disclosure.data-resource.reviewed',
    ]);
    const tasks: { subject: string; data: Record<string, unknown> }[] = await app.parts.dataSource.query(
      `SELECT subject, envelope->'data' AS data FROM "${app.parts.schema}".outbox WHERE envelope->'data'->'recordRef'->>'id' = $1 ORDER BY seq`,
      [created.id],
    );
    expect(tasks.slice(0, 4).map((t) => `${t.subject.replace('evt.disclosure.task.', '')}:${String(t.data.kind)}`)).toEqual([
      'opened:disclosure_data_resource_review',
      'closed:disclosure_data_resource_review',
      'opened:disclosure_data_resource_revision',
      'closed:disclosure_data_resource_revision',
    ]);
    expect(tasks[0].data).toMatchObject({ assignee: { type: 'role', id: 'section_staff' }, section: 'dashuju', link: `/disclosure/data-resources/${created.id}` });
    expect(tasks[2].data).toMatchObject({ assignee: { type: 'unit', id: U1 } });
  });

  it('the rules refuse in Chinese: 有条件/不予共享 without the condition, 不开放 without a basis, a code taken, an unknown or inactive unit, a stale version', async () => {
    await expect(call(DataResourceSubjects.create, fields('有条件共享资源', 'INT-DR-0101', { sharingType: 'conditional' }), liaison(U1))).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: [expect.objectContaining({ field: 'sharingCondition', message: expect.stringContaining('有条件共享须写明共享条件') })],
    });
    await expect(call(DataResourceSubjects.create, fields('不予共享资源', 'INT-DR-0102', { sharingType: 'none', openType: 'closed' }), liaison(U1))).rejects.toMatchObject({
      fieldErrors: [expect.objectContaining({ field: 'sharingCondition' }), expect.objectContaining({ field: 'openBasis', message: expect.stringContaining('不开放须写明依据') })],
    });
    const ok = await call<DataResourceDetail>(DataResourceSubjects.create, fields('不予共享资源', 'INT-DR-0102', { sharingType: 'none', sharingCondition: '涉及个人隐私，《个人信息保护法》', openType: 'closed', openBasis: '涉及个人信息' }), liaison(U1));
    expect(ok).toMatchObject({ sharingType: 'none', sharingCondition: '涉及个人隐私，《个人信息保护法》', openBasis: '涉及个人信息' });
    await expect(call(DataResourceSubjects.create, fields('重复编码', 'INT-DR-0102'), liaison(U2))).rejects.toMatchObject({ spec: { code: 'DATA_RESOURCE.CODE_TAKEN' }, fieldErrors: [expect.objectContaining({ field: 'code' })] });
    await expect(call(DataResourceSubjects.create, fields('科室登记缺单位', 'INT-DR-0103'), office)).rejects.toMatchObject({ fieldErrors: [expect.objectContaining({ field: 'unitId' })] });
    await expect(call(DataResourceSubjects.create, { ...fields('未知单位', 'INT-DR-0103'), unitId: randomUUID() }, office)).rejects.toMatchObject({ spec: { code: 'DATA_RESOURCE.UNKNOWN_UNIT' } });
    await expect(call(DataResourceSubjects.create, { ...fields('停用单位', 'INT-DR-0103'), unitId: GONE }, office)).rejects.toMatchObject({ spec: { code: 'DATA_RESOURCE.UNKNOWN_UNIT' } });
    await expect(call(DataResourceSubjects.create, { ...fields('信息项重复', 'INT-DR-0103'), unitId: U2, dataItems: [{ name: '名称', type: 'string' }, { name: '名称', type: 'number' }] }, office)).rejects.toMatchObject({
      fieldErrors: [expect.objectContaining({ field: 'dataItems' })],
    });
    await expect(call(DataResourceSubjects.create, { ...fields('坏输入', '!'), unitId: U2, dataItems: [], format: 'paper' }, office)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'code' }), expect.objectContaining({ field: 'dataItems' }), expect.objectContaining({ field: 'format' })]),
    });
    await expect(call(DataResourceSubjects.update, { id: ok.id, expectedVersion: 9, ...fields('过期版本', 'INT-DR-0102') }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'DATA_RESOURCE.VERSION_CONFLICT' } });
    await expect(call(DataResourceSubjects.withdraw, { id: ok.id, expectedVersion: 1, reason: ' ' }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    const withdrawn = await call<DataResourceDetail>(DataResourceSubjects.withdraw, { id: ok.id, expectedVersion: 1, reason: '与市级目录重复' }, liaison(U1));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', statusLabel: '已撤销', withdrawalReason: '与市级目录重复', version: 2 });
    await expect(call(DataResourceSubjects.submit, { id: ok.id, expectedVersion: 2 }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'DATA_RESOURCE.INVALID_STATE' } });
    // The code stays taken by the withdrawn resource.
    await expect(call(DataResourceSubjects.create, fields('再用编码', 'INT-DR-0102'), liaison(U1))).rejects.toMatchObject({ spec: { code: 'DATA_RESOURCE.CODE_TAKEN' } });
  });

  it("a liaison sees only their own unit's resources; the published catalogue filters and counts per sharing type for readers", async () => {
    const publish = async (id: string, version: number) => {
      await call(DataResourceSubjects.submit, { id, expectedVersion: version }, office);
      return call<DataResourceDetail>(DataResourceSubjects.review, { id, expectedVersion: version + 1, decision: 'approved' }, office);
    };
    const a = await call<DataResourceDetail>(DataResourceSubjects.create, fields('目录测试甲', 'CAT-0001'), liaison(U1));
    const b = await call<DataResourceDetail>(DataResourceSubjects.create, fields('目录测试乙', 'CAT-0002', { sharingType: 'conditional', sharingCondition: '仅用于行政审批', openType: 'conditional' }), liaison(U2));
    const c = await call<DataResourceDetail>(DataResourceSubjects.create, { ...fields('目录测试丙', 'CAT-0003'), unitId: U2 }, office);
    const draft = await call<DataResourceDetail>(DataResourceSubjects.create, fields('目录测试丁（草稿）', 'CAT-0004'), liaison(U1));
    await publish(a.id, 1);
    await publish(b.id, 1);
    await publish(c.id, 1);

    expect((await call<ListDataResources.Reply>(DataResourceSubjects.list, { q: '目录测试' }, liaison(U1))).items.map((r) => r.id).sort()).toEqual([a.id, draft.id].sort());
    expect((await call<ListDataResources.Reply>(DataResourceSubjects.list, { q: '目录测试', unitId: U2 }, liaison(U1))).items).toEqual([]);
    expect((await call<ListDataResources.Reply>(DataResourceSubjects.list, { q: '目录测试' }, office)).total).toBe(4);
    await expect(call(DataResourceSubjects.get, { id: b.id }, liaison(U1))).rejects.toMatchObject({ spec: { code: 'DATA_RESOURCE.NOT_FOUND' } });
    await expect(call(DataResourceSubjects.submit, { id: draft.id, expectedVersion: 1 }, liaison(U2))).rejects.toMatchObject({ spec: { code: 'DATA_RESOURCE.NOT_FOUND' } });
    await expect(call(DataResourceSubjects.create, fields('只读用户', 'CAT-0009'), reader)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(DataResourceSubjects.catalogue, {}, liaison(U1))).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });

    const all = await call<DataResourceCatalogue.Reply>(DataResourceSubjects.catalogue, { q: 'CAT-' }, reader);
    expect(all.items.map((r) => r.code)).toEqual(['CAT-0001', 'CAT-0002', 'CAT-0003']);
    expect(all.total).toBe(3);
    expect(all.countsBySharingType).toEqual([
      { sharingType: 'unconditional', label: '无条件共享', count: 2 },
      { sharingType: 'conditional', label: '有条件共享', count: 1 },
      { sharingType: 'none', label: '不予共享', count: 0 },
    ]);
    const conditional = await call<DataResourceCatalogue.Reply>(DataResourceSubjects.catalogue, { q: 'CAT-', sharingType: 'conditional' }, reader);
    expect(conditional.items.map((r) => r.id)).toEqual([b.id]);
    expect(conditional.countsBySharingType.map((c) => c.count)).toEqual([2, 1, 0]);
    const ofU2 = await call<DataResourceCatalogue.Reply>(DataResourceSubjects.catalogue, { q: 'CAT-', unitId: U2, openType: 'open' }, office);
    expect(ofU2.items.map((r) => [r.id, r.unitName])).toEqual([[c.id, '数据资源测试乙镇']]);
    expect(ofU2.countsBySharingType.map((c) => c.count)).toEqual([1, 0, 0]);
  });
});
