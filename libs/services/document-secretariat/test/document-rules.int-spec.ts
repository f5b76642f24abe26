import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { Clearance, type CalendarYearPublished } from '@gov/contracts-common';
import { computeDeadline, seedYearsFromChineseDays, shanghaiDate, WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, type RunningApp } from '@gov/platform';
import { caller, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { ArchivesService, documentSecretariatDefinition, Files, IncomingService, OutgoingService, Registry, Timeline, UnitRequestsService, ValidityService } from '../src/index.js';

/** The worksheet XML of an .xlsx written by writeXlsx (a ZIP read through its central directory). */
function sheetOf(buffer: Buffer): string {
  const endAt = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buffer.readUInt32LE(endAt + 16);
  for (let i = 0; i < buffer.readUInt16LE(endAt + 10); i++) {
    const nameLength = buffer.readUInt16LE(at + 28);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localAt = buffer.readUInt32LE(at + 42);
    const dataAt = localAt + 30 + buffer.readUInt16LE(localAt + 26) + buffer.readUInt16LE(localAt + 28);
    const data = buffer.subarray(dataAt, dataAt + buffer.readUInt32LE(at + 20));
    if (name === 'xl/worksheets/sheet1.xml') return (buffer.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  throw new Error('no worksheet in the .xlsx');
}

/** Issue 21 §3 on real PostgreSQL: 行文依据 in 核稿, the 请示 批复 clock, 普发 kept out of the archive with the 归档章, 文件效力. */
describe('document-secretariat rules: 行文规则, 请示时限, 归档章, 文件效力 (service)', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  const unit = { town: randomUUID(), bureau: randomUUID() };
  const seeds = seedYearsFromChineseDays();
  const clerk = caller({
    username: 'wenmi-rules',
    displayName: '文秘乙',
    sectionCode: 'wenmi',
    permissions: ['documents:read', 'documents:process', 'outgoing:draft', 'outgoing:process', 'archives:manage', 'files:upload'],
    clearance: Clearance.Secret,
  });
  const liaison = (unitId: string) => caller({ roles: ['unit_liaison'], unitId, permissions: ['documents:read-own', 'documents:handle-own'], clearance: Clearance.None });

  const publish = async (year: CalendarYearPublished.Event) => {
    await app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(year, tx));
  };
  const calendarVersion = async (year: number): Promise<number> => {
    const [row] = await app.parts.dataSource.query(`SELECT version FROM "${app.parts.schema}".calendar_year_copy WHERE year = $1`, [year]);
    return row?.version ?? 0;
  };
  const file = async (text: string) => {
    const stored = await app.nest.get(Files).upload({ filename: 'a.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from(text).toString('base64') }, clerk);
    return { fileId: stored.id, sha256: stored.sha256 };
  };
  /** An issued outgoing document as 核发 leaves it (the validity rules start from an issued document). */
  const issuedDocument = async (title: string, docNumber: string, writtenDate: string, docType = '通知') => {
    const id = randomUUID();
    const [, year, sequence] = /〔(\d{4})〕(\d+)号$/.exec(docNumber) ?? [];
    await app.parts.dataSource.query(
      `INSERT INTO "${app.parts.schema}".outgoing_document (id, status, agency_code, issuing_body, doc_type, title, main_recipients, copy_recipients, secrecy_level, urgency,
          drafted_by_user_id, drafted_by, drafted_by_name, body_version_no, body_sha256, written_date, doc_number, doc_year, doc_sequence, issued_at, issued_by,
          version, created_by, created_at, updated_by, updated_at)
       VALUES ($1, 'issued', '博政发', '博山区人民政府', $2, $3, '[]', '[]', 0, 'normal', $4, $5, '文秘乙', 1, repeat('0', 64), $6, $7, $8, $9, now(), $5, 9, $5, now(), $5, now())`,
      [id, docType, title, clerk.userId, clerk.username, writtenDate, docNumber, Number(year), Number(sequence)],
    );
    return id;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, documentSecretariatDefinition);
    const insertUnit = (id: string, code: string, name: string, type: string) =>
      app.parts.dataSource.query(`INSERT INTO "${app.parts.schema}".unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, $4, 'active', 1)`, [id, code, name, type]);
    await insertUnit(unit.town, 'RUL-TOWN', '域城镇人民政府', 'town');
    await insertUnit(unit.bureau, 'RUL-EDU', '博山区教育和体育局', 'department');
    for (const year of seeds.filter((y) => y.year >= 2026)) await publish({ ...year, version: 1 });
  });

  afterAll(async () => {
    await app?.stop();
    await environment?.dispose();
  });

  describe('行文依据 in 核稿 (条例第十四条至第十七条)', () => {
    const base = {
      agencyCode: '博政发',
      docType: '请示' as const,
      title: '博山区人民政府关于申请省级应急物资储备补助的请示',
      copyRecipients: [],
      secrecyLevel: 0 as const,
      proposedSignerName: '王某某',
      body: '妥否，请批示。',
    };

    it('a 越级 请示 without its reason and without copying the skipped body fails 核稿; the stated basis is kept on the draft', async () => {
      const outgoing = app.nest.get(OutgoingService);
      let doc = await outgoing.create({ ...base, mainRecipients: [{ name: '山东省人民政府', relation: 'superior', skipsLevel: true }] }, clerk);
      expect(doc.mainRecipients[0]).toMatchObject({ skipsLevel: true, relation: 'superior' });
      doc = await outgoing.submit({ id: doc.id, expectedVersion: doc.version }, clerk);
      doc = await outgoing.review({ id: doc.id, expectedVersion: doc.version }, clerk);
      expect(doc.latestReview?.outcome).toBe('failed');
      expect(doc.latestReview?.findings.map((f) => f.code)).toEqual(['ROUTING.SKIP_LEVEL_REASON', 'ROUTING.SKIP_LEVEL_COPY']);
      expect(doc.latestReview?.findings[0].basis).toBe('条例第十四条');
    });

    it('the same 请示 with the reason and the skipped body copied passes', async () => {
      const outgoing = app.nest.get(OutgoingService);
      let doc = await outgoing.create(
        {
          ...base,
          mainRecipients: [{ name: '山东省人民政府', relation: 'superior', skipsLevel: true }],
          copyRecipients: [{ name: '淄博市人民政府', relation: 'superior' }],
          routing: { skipLevelReason: '  汛情紧急，逐级报送将延误抢险  ' },
        },
        clerk,
      );
      expect(doc.routing).toEqual({ skipLevelReason: '汛情紧急，逐级报送将延误抢险' });
      doc = await outgoing.submit({ id: doc.id, expectedVersion: doc.version }, clerk);
      doc = await outgoing.review({ id: doc.id, expectedVersion: doc.version }, clerk);
      expect(doc.latestReview).toMatchObject({ outcome: 'passed', findings: [] });
    });

    it('a town in the directory is a lower-level government on the stored recipient', async () => {
      const doc = await app.nest.get(OutgoingService).create(
        { ...base, docType: '通知', title: '博山区人民政府办公室关于做好冬季安全生产工作的通知', agencyCode: '博政办发', mainRecipients: [{ unitId: unit.town }, { unitId: unit.bureau }] },
        clerk,
      );
      expect(doc.mainRecipients.map((r) => [r.name, r.lowerGovernment ?? false])).toEqual([
        ['域城镇人民政府', true],
        ['博山区教育和体育局', false],
      ]);
    });
  });

  describe('请示办理时限 and the overdue view', () => {
    it('a 请示 gets its deadline from the engine under the configured period, with the explanation and the rule it was decided under', async () => {
      const requests = app.nest.get(UnitRequestsService);
      const view = await requests.submit({ title: '关于调整镇域规划的请示', unitId: unit.town, summary: '请求批准调整镇域规划', urgency: 'normal', secrecyLevel: 0 }, clerk);
      const receivedOn = shanghaiDate(new Date());
      const expected = computeDeadline(new WorkingCalendar(seeds.filter((y) => y.year >= 2026)), { start: receivedOn, amount: 10, unit: 'working_days' });
      expect(view.deadline).toMatchObject({ receivedOn, dueDate: expected.dueDate, overdue: false });
      expect(view.deadline?.explanation.at(-1)).toMatch(/^依据：本地配置（待确认）/);
      expect(view.deadline?.ruleId).toBe('6f1b2a40-0000-4000-8000-000000000005');
    });

    it('the overdue view lists the open 请示 past their limit per unit; a liaison sees only their unit’s; answered ones drop out', async () => {
      const requests = app.nest.get(UnitRequestsService);
      const townRequest = await requests.submit({ title: '关于修缮镇文化站的请示', summary: '请求拨付修缮资金', urgency: 'normal', secrecyLevel: 0 }, liaison(unit.town));
      const bureauRequest = await requests.submit({ title: '关于增设学校的请示', unitId: unit.bureau, summary: '请求增设一所小学', urgency: 'normal', secrecyLevel: 0 }, clerk);
      const dueDate = townRequest.deadline?.dueDate as string;

      const onDueDay = await requests.list({ overdue: 'true', asOf: dueDate, unitId: unit.town, limit: 50, offset: 0 }, clerk);
      expect(onDueDay.items.map((r) => r.id)).not.toContain(townRequest.id);

      const later = '2027-06-30';
      const office = await requests.list({ overdue: 'true', asOf: later, limit: 50, offset: 0 }, clerk);
      expect(office.asOf).toBe(later);
      expect(office.items.every((r) => r.deadline?.overdue && r.deadline.light === 'red')).toBe(true);
      expect(office.overdueByUnit?.find((u) => u.unitId === unit.town)?.count).toBeGreaterThanOrEqual(2);
      expect(office.overdueByUnit?.find((u) => u.unitId === unit.bureau)).toMatchObject({ count: 1, unitName: '博山区教育和体育局' });

      const own = await requests.list({ overdue: 'true', asOf: later, limit: 50, offset: 0 }, liaison(unit.bureau));
      expect(own.items.map((r) => r.id)).toEqual([bureauRequest.id]);
      expect(own.overdueByUnit).toEqual([{ unitId: unit.bureau, unitName: '博山区教育和体育局', count: 1, earliestDueDate: bureauRequest.deadline?.dueDate }]);

      let answered = await requests.propose({ id: bureauRequest.id, expectedVersion: bureauRequest.version, proposal: '拟同意，请领导审定' }, clerk);
      const leader = caller({ roles: ['district_leader'], permissions: ['documents:read', 'documents:instruct'], clearance: Clearance.Secret });
      answered = await requests.decide({ id: answered.id, expectedVersion: answered.version, decision: 'approve', text: '同意', leaderTitle: '副区长' }, leader);
      answered = await requests.reply({ id: answered.id, expectedVersion: answered.version, text: '同意增设' }, clerk);
      expect(answered.deadline).toMatchObject({ light: 'green', overdue: false });
      expect((await requests.list({ overdue: 'true', asOf: later, limit: 50, offset: 0 }, liaison(unit.bureau))).items).toEqual([]);
    });

    it('an open 请示 is re-dated when its calendar year is corrected, with the timeline saying so', async () => {
      const requests = app.nest.get(UnitRequestsService);
      const open = await requests.submit({ title: '关于申请防汛物资的请示', unitId: unit.town, summary: '请求调拨防汛物资', urgency: 'urgent', secrecyLevel: 0 }, clerk);
      const due = open.deadline?.dueDate as string;
      const dueYear = seeds.find((y) => y.year === Number(due.slice(0, 4)));
      if (!dueYear) throw new Error(`${due.slice(0, 4)} 年节假日安排尚未收录：请更新 chinese-days 种子后再运行`);
      const corrected = { ...dueYear, holidays: [...dueYear.holidays, { date: due, name: '测试假日' }], version: (await calendarVersion(dueYear.year)) + 1 };
      await publish(corrected);
      const after = await requests.get(open.id, clerk);
      expect(after.deadline?.dueDate).not.toBe(due);
      expect(after.deadline?.dueDate && after.deadline.dueDate > due).toBe(true);
      expect(after.version).toBe(open.version + 1);
      expect((await app.nest.get(Timeline).entries('request', open.id)).at(-1)).toMatchObject({ action: 'request.redated', actorName: '系统' });
    });
  });

  describe('立卷归档: 普发 kept out, 归档章 on every item', () => {
    const registerIncoming = async (title: string, generalDistribution: boolean) => {
      const view = await app.nest.get(IncomingService).register(
        { title, sourceBody: '淄博市人民政府办公室', sourceLevel: 'city', docType: '通知', urgency: 'normal', pages: 2, receivedAt: new Date().toISOString(), secrecyLevel: 0, generalDistribution },
        clerk,
      );
      // 办结 as the registry records it (the archive checks the registry status; the 普发 flag is on the 收文 itself).
      await app.parts.transactions.run((tx) =>
        app.nest.get(Registry).put(tx, { kind: 'incoming', id: view.id, title, docNumber: view.registrationNumber, status: 'completed', statusLabel: '已办结', secrecyLevel: 0, unitIds: [], userIds: [clerk.userId], year: 2026, createdAt: new Date(), updatedAt: new Date() }),
      );
      return view;
    };
    const input = async (sourceId: string, title: string) => ({
      sourceKind: 'incoming' as const,
      sourceId,
      responsible: '淄博市人民政府办公室',
      documentDate: '2026-03-01',
      pages: 2,
      original: await file(`${title}正本`),
      processingSheet: await file(`${title}处理单`),
    });

    it('a 普发件 only read is refused with ARCHIVE.NOT_TO_BE_FILED, and nothing is filed', async () => {
      const source = await registerIncoming('关于转发全市安全生产月活动方案的通知（普发）', true);
      expect(source.generalDistribution).toBe(true);
      const error = await app.nest
        .get(ArchivesService)
        .file({ year: 2026, retention: 'D10', organizationCode: 'WMK', items: [await input(source.id, '普发')] }, clerk)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).spec.code).toBe('ARCHIVE.NOT_TO_BE_FILED');
      expect((error as DomainError).message).toMatch(/普发.*不归档/);
      const [row] = await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".archive_item WHERE source_id = $1`, [source.id]);
      expect(row.n).toBe(0);
    });

    it('an ordinary 收文 is filed with its 归档章', async () => {
      const source = await registerIncoming('关于做好全市防汛工作的通知', false);
      const reply = await app.nest.get(ArchivesService).file({ year: 2026, retention: 'D30', organizationCode: 'WMK', items: [await input(source.id, '防汛')] }, clerk);
      const item = reply.items[0];
      expect(item.stamp).toEqual({ fondsCode: 'J001', year: 2026, retention: '定期30年', itemNumber: String(item.itemNumber).padStart(4, '0'), organization: 'WMK', pages: 2 });
      expect((await app.nest.get(ArchivesService).get(item.id, clerk)).stamp).toEqual(item.stamp);
    });
  });

  describe('文件效力 and the 汇编', () => {
    it('废止 by a later document: attributable, with reason and history; the repealed document leaves the 汇编', async () => {
      const validity = app.nest.get(ValidityService);
      const old = await issuedDocument('博山区人民政府关于加强城区停车管理的通知', '博政发〔2026〕101号', '2026-01-05');
      const revised = await issuedDocument('博山区人民政府关于规范农村集体资产管理的通知', '博政发〔2026〕102号', '2026-01-06');
      await issuedDocument('博山区人民政府关于做好冬季供暖工作的通知', '博政发〔2026〕103号', '2026-01-07');
      const repealing = await issuedDocument('博山区人民政府关于印发城区停车管理办法的通知', '博政发〔2026〕120号', '2026-03-01');

      expect(await validity.get({ id: old }, clerk)).toMatchObject({ status: 'valid', statusLabel: '有效', effectiveOn: '2026-01-05', version: 1, history: [] });

      const refused = await validity.set({ id: old, expectedVersion: 1, status: 'repealed', effectiveOn: '2026-02-01', byDocumentId: repealing, reason: '已被新办法取代' }, clerk).catch((e: unknown) => e);
      expect((refused as DomainError).spec.code).toBe('VALIDITY.EFFECTIVE_DATE_INVALID');

      const repealed = await validity.set({ id: old, expectedVersion: 1, status: 'repealed', effectiveOn: '2026-03-01', byDocumentId: repealing, reason: '文件清理：已被新办法取代' }, clerk);
      expect(repealed).toMatchObject({ status: 'repealed', statusLabel: '已废止', effectiveOn: '2026-03-01', byDocNumber: '博政发〔2026〕120号', version: 2 });
      expect(repealed.history).toEqual([expect.objectContaining({ fromStatus: 'valid', status: 'repealed', reason: '文件清理：已被新办法取代', changedBy: clerk.username, changedByName: '文秘乙' })]);
      expect((await app.nest.get(Timeline).entries('outgoing', old)).at(-1)).toMatchObject({ action: 'outgoing.validity-changed' });

      const again = await validity.set({ id: old, expectedVersion: 2, status: 'valid', effectiveOn: '2026-04-01', reason: '恢复' }, clerk).catch((e: unknown) => e);
      expect((again as DomainError).spec.code).toBe('VALIDITY.REPEALED_FINAL');
      const stale = await validity.set({ id: revised, expectedVersion: 5, status: 'revised', effectiveOn: '2026-03-01', byDocumentId: repealing, reason: '部分条款修订' }, clerk).catch((e: unknown) => e);
      expect((stale as DomainError).spec.code).toBe('DOCUMENT.VERSION_CONFLICT');
      await validity.set({ id: revised, expectedVersion: 1, status: 'revised', effectiveOn: '2026-03-01', byDocumentId: repealing, reason: '部分条款修订' }, clerk);

      const history = await app.parts.dataSource.query(`SELECT count(*)::int AS n FROM "${app.parts.schema}".document_validity_change WHERE document_id = ANY($1::uuid[])`, [[old, revised]]);
      expect(history[0].n).toBe(2);
      await expect(app.parts.dataSource.query(`DELETE FROM "${app.parts.schema}".document_validity_change WHERE document_id = $1`, [old])).rejects.toThrow();

      const compilation = await validity.exportCompilation({ year: 2026, docType: '通知' }, clerk);
      expect(compilation.filename).toBe('文件汇编-2026-通知.xlsx');
      expect(compilation.rows).toBe(3);
      const sheet = sheetOf(Buffer.from(compilation.contentBase64, 'base64'));
      expect(sheet).not.toContain('加强城区停车管理的通知');
      for (const title of ['规范农村集体资产管理的通知', '做好冬季供暖工作的通知', '印发城区停车管理办法的通知']) expect(sheet).toContain(title);
      expect(sheet).toContain('自 2026-03-01 起按 博政发〔2026〕120号 修订后执行');
    });

    it('only 文秘科 changes a 效力', async () => {
      const doc = await issuedDocument('博山区人民政府关于加强河道管理的通知', '博政发〔2026〕130号', '2026-02-01');
      const drafter = caller({ permissions: ['documents:read', 'outgoing:draft'], clearance: Clearance.Secret });
      const error = await app.nest.get(ValidityService).set({ id: doc, expectedVersion: 1, status: 'valid', effectiveOn: '2026-02-01', reason: '继续有效' }, drafter).catch((e: unknown) => e);
      expect((error as DomainError).spec.kind).toBe('forbidden');
    });
  });
});
