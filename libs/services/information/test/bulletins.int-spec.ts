import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { CallerContext } from '@gov/contracts-common';
import {
  BulletinSubjects,
  SubmissionSubjects,
  InformationPermissions as P,
  type BulletinView,
  type ExportBulletinList,
  type ListBulletins,
  type RenderBulletinPdf,
  type SubmissionDetailView,
} from '@gov/contracts-information';
import type { RunningApp } from '@gov/platform';
import { caller, connectTestClient, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { informationDefinition } from '../src/index.js';

/** 《博山政务信息》 in information, against real PostgreSQL and the real bus: built, reviewed, signed, numbered, immutable. */
describe('information: bulletins', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  let client: Awaited<ReturnType<typeof connectTestClient>>;
  const U1 = randomUUID();
  const staffPermissions = [P.bulletinsRead, P.bulletinsManage, P.submissionsRead, P.submissionsManage];
  const staff = caller({ roles: ['section_staff'], sectionCode: 'xinxi', permissions: staffPermissions });
  const chief = caller({ roles: ['section_chief'], sectionCode: 'xinxi', permissions: staffPermissions });
  const director = caller({ roles: ['office_leader'], sectionCode: null, permissions: [P.bulletinsRead, P.bulletinsSign] });
  const mayor = caller({ roles: ['district_leader'], sectionCode: null, permissions: [P.bulletinsRead] });
  const liaison = caller({ roles: ['unit_liaison'], sectionCode: null, unitId: U1, permissions: [P.submissionsOwn] });
  const call = <T>(subject: string, payload: unknown, who: CallerContext) => client.rpc.call<T>('information', subject, payload, who);
  const body = (text: string) => `${text}。这是一条编入期刊的政务信息正文。`;

  async function acceptedItem(title: string): Promise<SubmissionDetailView> {
    const created = await call<SubmissionDetailView>(SubmissionSubjects.create, { title, body: body(title), category: 'practice' }, liaison);
    return call<SubmissionDetailView>(SubmissionSubjects.accept, { id: created.id, expectedVersion: 1 }, staff);
  }

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, informationDefinition);
    client = await connectTestClient(environment);
  });

  afterAll(async () => {
    await client?.close();
    await app?.stop();
    await environment?.dispose();
  });

  it('built from accepted items, reviewed by the chief, signed by the leader: numbered gap-free per year and kind, items adopted, immutable', async () => {
    const [a, b, c] = [await acceptedItem('期刊测试甲'), await acceptedItem('期刊测试乙'), await acceptedItem('期刊测试丙')];
    const pending = await call<SubmissionDetailView>(SubmissionSubjects.create, { title: '未采纳的信息', body: body('未采纳'), category: 'trend' }, liaison);
    await expect(call(BulletinSubjects.create, { kind: 'regular', itemIds: [a.id, pending.id] }, staff)).rejects.toMatchObject({ spec: { code: 'SUBMISSION.INVALID_STATE' } });

    const draft = await call<BulletinView>(BulletinSubjects.create, { kind: 'regular', itemIds: [a.id, b.id], editorNote: '本期聚焦基层治理' }, staff);
    expect(draft).toMatchObject({ status: 'draft', number: null, label: null, items: [expect.objectContaining({ position: 1, title: '期刊测试甲' }), expect.objectContaining({ position: 2 })] });
    await expect(call(BulletinSubjects.get, { id: draft.id }, mayor)).rejects.toMatchObject({ spec: { code: 'BULLETIN.NOT_FOUND' } });
    const submitted = await call<BulletinView>(BulletinSubjects.submit, { id: draft.id, expectedVersion: 1 }, staff);
    await expect(call(BulletinSubjects.sign, { id: draft.id, expectedVersion: 2, releasedOn: '2026-12-01', distribution: ['区政府领导'] }, director)).rejects.toMatchObject({
      spec: { code: 'BULLETIN.INVALID_STATE' },
    });
    await expect(call(BulletinSubjects.review, { id: draft.id, expectedVersion: 2 }, staff)).rejects.toMatchObject({ spec: { code: 'BULLETIN.REVIEWER_REQUIRED' } });
    const reviewed = await call<BulletinView>(BulletinSubjects.review, { id: draft.id, expectedVersion: submitted.version, note: '同意' }, chief);
    expect(reviewed).toMatchObject({ status: 'approved', reviewedBy: chief.username });
    await expect(call(BulletinSubjects.sign, { id: draft.id, expectedVersion: 3, releasedOn: '2026-12-01', distribution: ['区政府领导'] }, staff)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    const released = await call<BulletinView>(BulletinSubjects.sign, { id: draft.id, expectedVersion: 3, releasedOn: '2026-12-01', distribution: ['区委、区政府领导', '各镇街、区直各部门'] }, director);
    expect(released).toMatchObject({ status: 'released', year: 2026, number: 1, label: '2026年第1期', signedBy: director.username, distribution: ['区委、区政府领导', '各镇街、区直各部门'] });

    const adopted = await call<SubmissionDetailView>(SubmissionSubjects.get, { id: a.id }, staff);
    expect(adopted.adoptions).toEqual([expect.objectContaining({ level: 'district_bulletin', outlet: '《博山政务信息》2026年第1期', points: 5 })]);
    await expect(call(BulletinSubjects.withdraw, { id: draft.id, expectedVersion: 4, reason: '已签发仍想撤回' }, staff)).rejects.toMatchObject({ spec: { code: 'BULLETIN.INVALID_STATE' } });
    await expect(app.parts.dataSource.query(`UPDATE "${app.parts.schema}".bulletin SET editor_note = 'x' WHERE id = $1`, [draft.id])).rejects.toThrow('已签发的期刊不可更改');
    await expect(app.parts.dataSource.query(`UPDATE "${app.parts.schema}".bulletin_item SET title = 'x' WHERE bulletin_id = $1`, [draft.id])).rejects.toThrow('不可更改');

    // The text is frozen at 签发: a later edit of the item does not change the released issue.
    await call(SubmissionSubjects.update, { id: a.id, expectedVersion: adopted.version, title: '期刊测试甲（改）', body: body('改后'), category: 'practice' }, staff);
    expect((await call<BulletinView>(BulletinSubjects.get, { id: draft.id }, mayor)).items[0].title).toBe('期刊测试甲');

    // An item published once cannot be published again; the next regular issue is No. 2, a 专刊 starts at 1.
    const again = await call<BulletinView>(BulletinSubjects.create, { kind: 'regular', itemIds: [b.id] }, staff);
    await call(BulletinSubjects.submit, { id: again.id, expectedVersion: 1 }, staff);
    await call(BulletinSubjects.review, { id: again.id, expectedVersion: 2 }, chief);
    await expect(call(BulletinSubjects.sign, { id: again.id, expectedVersion: 3, releasedOn: '2026-12-02', distribution: ['区政府领导'] }, director)).rejects.toMatchObject({
      spec: { code: 'BULLETIN.ITEM_ALREADY_PUBLISHED' },
    });
    const sentBack = await call<BulletinView>(BulletinSubjects.sendBack, { id: again.id, expectedVersion: 3, reason: '乙已在第1期刊登，请更换' }, director);
    expect(sentBack).toMatchObject({ status: 'draft', reason: '乙已在第1期刊登，请更换' });
    await call(BulletinSubjects.update, { id: again.id, expectedVersion: 4, kind: 'regular', itemIds: [c.id] }, staff);
    await call(BulletinSubjects.submit, { id: again.id, expectedVersion: 5 }, staff);
    await call(BulletinSubjects.review, { id: again.id, expectedVersion: 6 }, chief);
    const second = await call<BulletinView>(BulletinSubjects.sign, { id: again.id, expectedVersion: 7, releasedOn: '2026-12-02', distribution: ['区政府领导'] }, director);
    expect(second.label).toBe('2026年第2期');

    const special = await call<BulletinView>(BulletinSubjects.create, { kind: 'special', theme: '优化营商环境', itemIds: [(await acceptedItem('专刊稿件')).id] }, staff);
    await call(BulletinSubjects.submit, { id: special.id, expectedVersion: 1 }, staff);
    await call(BulletinSubjects.review, { id: special.id, expectedVersion: 2 }, chief);
    expect((await call<BulletinView>(BulletinSubjects.sign, { id: special.id, expectedVersion: 3, releasedOn: '2026-12-03', distribution: ['区政府领导'] }, director)).label).toBe('2026年专刊第1期');

    const listed = await call<ListBulletins.Reply>(BulletinSubjects.list, { year: 2026 }, mayor);
    expect(listed.items.map((i) => i.label).sort()).toEqual(['2026年专刊第1期', '2026年第1期', '2026年第2期'].sort());
    const xlsx = await call<ExportBulletinList.Reply>(BulletinSubjects.exportList, { year: 2026 }, mayor);
    expect({ rows: xlsx.rows, zip: Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString() }).toEqual({ rows: 3, zip: 'PK' });
  });

  it('prints an issue as a PDF in the bulletin layout for whoever may see it; a draft carries the 未签发 mark', async () => {
    const item = await acceptedItem('打印测试稿件');
    const draft = await call<BulletinView>(BulletinSubjects.create, { kind: 'supplement', theme: '打印测试', itemIds: [item.id] }, staff);
    const proof = await call<RenderBulletinPdf.Reply>(BulletinSubjects.pdf, { id: draft.id }, staff);
    expect(proof).toMatchObject({ mediaType: 'application/pdf', pages: 1, released: false, filename: expect.stringMatching(/^博山政务信息-未签发-.+\.pdf$/) });
    expect(Buffer.from(proof.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // The district leader sees only released issues, a liaison none.
    await expect(call(BulletinSubjects.pdf, { id: draft.id }, mayor)).rejects.toMatchObject({ spec: { code: 'BULLETIN.NOT_FOUND' } });
    await expect(call(BulletinSubjects.pdf, { id: draft.id }, liaison)).rejects.toMatchObject({ spec: { code: 'BULLETIN.NOT_FOUND' } });

    await call(BulletinSubjects.submit, { id: draft.id, expectedVersion: 1 }, staff);
    await call(BulletinSubjects.review, { id: draft.id, expectedVersion: 2 }, chief);
    const released = await call<BulletinView>(BulletinSubjects.sign, { id: draft.id, expectedVersion: 3, releasedOn: '2026-12-04', distribution: ['区委、区政府领导'] }, director);
    const printed = await call<RenderBulletinPdf.Reply>(BulletinSubjects.pdf, { id: draft.id }, mayor);
    expect(printed).toMatchObject({ released: true, pages: 1, filename: `博山政务信息-${released.label}.pdf` });
    expect(printed.fontSubstitutions.length).toBeGreaterThan(0);
    const pdf = Buffer.from(printed.contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await expect(call(BulletinSubjects.pdf, { id: randomUUID() }, staff)).rejects.toMatchObject({ spec: { code: 'BULLETIN.NOT_FOUND' } });
  });

  it('a draft is withdrawn with a reason; a liaison sees no issue; bad input is refused in Chinese', async () => {
    const item = await acceptedItem('撤回测试稿件');
    const draft = await call<BulletinView>(BulletinSubjects.create, { kind: 'supplement', itemIds: [item.id] }, staff);
    await expect(call(BulletinSubjects.withdraw, { id: draft.id, expectedVersion: 1, reason: ' ' }, staff)).rejects.toMatchObject({ spec: { code: 'REQUEST.VALIDATION_FAILED' } });
    expect(await call<BulletinView>(BulletinSubjects.withdraw, { id: draft.id, expectedVersion: 1, reason: '本期取消' }, staff)).toMatchObject({ status: 'withdrawn', reason: '本期取消' });
    await expect(call(BulletinSubjects.list, {}, liaison)).rejects.toMatchObject({ spec: { code: 'AUTH.FORBIDDEN' } });
    await expect(call(BulletinSubjects.create, { kind: '周刊', itemIds: [] }, staff)).rejects.toMatchObject({
      spec: { code: 'REQUEST.VALIDATION_FAILED' },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field: 'kind' }), expect.objectContaining({ field: 'itemIds' })]),
    });
  });
});
