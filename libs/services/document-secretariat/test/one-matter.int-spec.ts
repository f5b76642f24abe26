import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Clearance, type CalendarYearPublished } from '@gov/contracts-common';
import type { SupervisionItemChanged } from '@gov/contracts-supervision';
import { seedYearsFromChineseDays } from '@gov/calendar';
import { CalendarCopy, DomainError, type RunningApp } from '@gov/platform';
import { caller, createTestEnvironment, startTestApp, type TestEnvironment } from '@gov/testing';
import { documentSecretariatDefinition, IncomingService } from '../src/index.js';
import { IncomingItemLinks } from '../src/modules/incoming/item-links.js';
import { Routings } from '../src/modules/incoming/routings.js';

/** A calendar date `days` days after (before, when negative) `date`. */
function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Issue 21 §2 on real PostgreSQL: a 收文's 分办 copies follow the 督办事项 of a 批示 on it (link, answer once, one deadline). */
describe('一事一期限: 收文 分办 copies linked to the 督办事项 of a 批示 on the 收文 (service)', () => {
  let environment: TestEnvironment;
  let app: RunningApp;
  const unit = { lead: randomUUID(), co: randomUUID(), other: randomUUID() };
  const clerk = caller({
    username: 'wenmi-om',
    displayName: '文秘丙',
    sectionCode: 'wenmi',
    permissions: ['documents:read', 'documents:process'],
    clearance: Clearance.Secret,
  });
  const liaison = (unitId: string) => caller({ roles: ['unit_liaison'], unitId, permissions: ['documents:read-own', 'documents:handle-own'], clearance: Clearance.None });

  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => app.parts.dataSource.query(sql.replaceAll('$S', `"${app.parts.schema}"`), params) as Promise<T[]>;
  const deliver = (event: SupervisionItemChanged.Event) => app.parts.transactions.run((tx) => app.nest.get(IncomingItemLinks).onItemChanged(event, tx));
  /** The copies of a 收文 in a fixed order: 主办, then 协办 co, then 协办 other. */
  const copies = async (incomingId: string) => {
    const order: string[] = [unit.lead, unit.co, unit.other];
    return (await app.nest.get(IncomingService).get(incomingId, clerk)).routings.sort((a, b) => order.indexOf(a.unitId ?? '') - order.indexOf(b.unitId ?? ''));
  };
  const timeline = (incomingId: string) => q<{ action: string; action_label: string; actor_name: string; note: string | null }>(`SELECT action, action_label, actor_name, note FROM $S.record_event WHERE record_kind = 'incoming' AND record_id = $1 ORDER BY at, action`, [incomingId]);

  /** A distributed 收文 (主办 lead, 协办 co and other) with a 批示 on it; returns its id, its 承办期限 and the 批示's id. */
  const distributedWithInstruction = async (title: string) => {
    const incoming = app.nest.get(IncomingService);
    const registered = await incoming.register(
      { title, sourceBody: '淄博市人民政府办公室', sourceLevel: 'city', docType: '通知', urgency: 'normal', pages: 2, receivedAt: new Date().toISOString(), secrecyLevel: 0 },
      clerk,
    );
    await incoming.review({ id: registered.id, expectedVersion: 1, decision: 'accept' }, clerk);
    const distributed = await incoming.distribute({ id: registered.id, expectedVersion: 2, leadUnitId: unit.lead, coUnitIds: [unit.co, unit.other], workingDays: 10 }, clerk);
    const instructionId = randomUUID();
    await q(
      `INSERT INTO $S.leader_instruction (id, source_kind, source_id, source_title, leader_user_id, leader_name, leader_title, text, instructed_at, lead_unit_id, co_unit_ids,
          followed_by, follow_status, recorded_on_behalf, secrecy_level, unit_ids, user_ids, created_by, created_at, updated_by, updated_at)
       VALUES ($1, 'incoming', $2, $3, $4, '张区长', '区长', '请牵头单位抓好落实，配合单位支持。', now(), $5, $6, 'mishu_yi', 'following', false, 0, $7, '{}', 'mayor', now(), 'mayor', now())`,
      [instructionId, registered.id, title, randomUUID(), unit.lead, [unit.co], [unit.lead, unit.co]],
    );
    return { incomingId: registered.id, routingDue: distributed.dueDate as string, instructionId };
  };

  let seq = 0;
  const changed = (item: { id: string; instructionId: string }, over: Partial<SupervisionItemChanged.Event>): SupervisionItemChanged.Event => ({
    id: item.id,
    kind: 'leader_instruction',
    title: '督办：抓好落实',
    status: 'assigned',
    sourceKind: 'leader_instruction',
    sourceId: item.instructionId,
    leadUnitId: unit.lead,
    coUnitIds: [unit.co],
    dueDate: null,
    light: 'green',
    leaderName: '张区长',
    version: 2,
    action: 'assigned',
    note: null,
    actor: 'ducha-om',
    at: new Date(Date.UTC(2026, 11, 1, 8, 0, seq++)).toISOString(),
    lightReason: null,
    units: [
      { unitId: unit.lead, role: 'lead', lastReportedAt: null, lastReport: null, reports: 0 },
      { unitId: unit.co, role: 'co', lastReportedAt: null, lastReport: null, reports: 0 },
    ],
    ...over,
  });

  beforeAll(async () => {
    environment = await createTestEnvironment();
    app = await startTestApp(environment, documentSecretariatDefinition);
    const insertUnit = (id: string, code: string, name: string) =>
      q(`INSERT INTO $S.unit_directory (id, code, name, type, status, version) VALUES ($1, $2, $3, 'department', 'active', 1)`, [id, code, name]);
    await insertUnit(unit.lead, 'OM-LEAD', '博山区应急管理局');
    await insertUnit(unit.co, 'OM-CO', '博山区自然资源局');
    await insertUnit(unit.other, 'OM-OTHER', '博山区财政局');
    const publish = (year: CalendarYearPublished.Event) => app.parts.transactions.run((tx) => app.nest.get(CalendarCopy).applyWhenCalendarYearPublished(year, tx));
    for (const year of seedYearsFromChineseDays().filter((y) => y.year >= 2026)) await publish({ ...year, version: 1 });
  });

  afterAll(async () => {
    await app?.stop();
    await environment?.dispose();
  });

  it('links the copies of the item’s units on 交办 with the role and the notice, not the others; a redelivered or older change changes nothing', async () => {
    const doc = await distributedWithInstruction('关于开展安全生产大检查的通知');
    const item = { id: randomUUID(), instructionId: doc.instructionId };
    const assigned = changed(item, { dueDate: shift(doc.routingDue, 10) });
    await deliver(assigned);

    const [lead, co, other] = await copies(doc.incomingId);
    expect(lead).toMatchObject({ unitId: unit.lead, linkedItemId: item.id, linkedRole: 'lead', linkedRoleLabel: '主责单位', linkNotice: '本件已列入督办，请在督办事项中反馈' });
    expect(co).toMatchObject({ unitId: unit.co, linkedItemId: item.id, linkedRole: 'co', linkedRoleLabel: '配合单位' });
    expect(other.unitId).toBe(unit.other);
    expect(other.linkedItemId).toBeUndefined();
    expect(other.linkNotice).toBeUndefined();
    const linkedLines = (await timeline(doc.incomingId)).filter((e) => e.action === 'routing.linked');
    expect(linkedLines.map((e) => e.action_label).sort()).toEqual([
      '分办件列入督办（博山区应急管理局主办，督办主责单位）',
      '分办件列入督办（博山区自然资源局协办，督办配合单位）',
    ].sort());

    // The same event again, and an older one (立项 before 交办): nothing changes, no new line.
    await deliver(assigned);
    await deliver(changed(item, { version: 1, action: 'registered', status: 'assigned', dueDate: shift(doc.routingDue, -5), at: new Date(Date.UTC(2026, 10, 1)).toISOString() }));
    const again = await copies(doc.incomingId);
    expect(again.map((r) => [r.version, r.dueDate, r.deadlineSource])).toEqual([lead, co, other].map((r) => [r.version, r.dueDate, r.deadlineSource]));
    expect((await timeline(doc.incomingId)).filter((e) => e.action.startsWith('routing.'))).toHaveLength(2);

    // A 批示 on a record that is not a 收文 of this service links nothing.
    await deliver(changed({ id: randomUUID(), instructionId: randomUUID() }, {}));
  });

  it('links on a later change when the 交办 came before the copies existed', async () => {
    const doc = await distributedWithInstruction('关于做好防汛工作的通知');
    const item = { id: randomUUID(), instructionId: doc.instructionId };
    await deliver(changed(item, { version: 3, action: 'acknowledged', status: 'acknowledged', dueDate: shift(doc.routingDue, 3) }));
    const [lead] = await copies(doc.incomingId);
    expect(lead).toMatchObject({ linkedItemId: item.id, linkedRole: 'lead' });
  });

  it('while linked the unit’s 办结 on the copy is refused with the item id; 报办结 completes the linked copies as 督查室 with the item’s note, 退回重办 reopens them', async () => {
    const doc = await distributedWithInstruction('关于加强森林防火的通知');
    const item = { id: randomUUID(), instructionId: doc.instructionId };
    await deliver(changed(item, { dueDate: shift(doc.routingDue, 10) }));
    const routings = app.nest.get(Routings);
    const [lead, co, other] = await copies(doc.incomingId);
    const signed = await routings.act({ id: lead.id, expectedVersion: lead.version, action: 'sign' }, liaison(unit.lead));
    const refused = await routings.act({ id: lead.id, expectedVersion: signed.version, action: 'done', note: '已办理' }, liaison(unit.lead)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).spec).toMatchObject({ code: 'ROUTING.LINKED_TO_ITEM', kind: 'rule_violation' });
    expect((refused as DomainError).detail).toContain(item.id);
    expect((refused as DomainError).detail).toContain('请在督办事项中反馈');
    // Progress may still be reported; the unlinked unit completes its own copy as before.
    await expect(routings.act({ id: lead.id, expectedVersion: signed.version, action: 'progress', note: '正在排查' }, liaison(unit.lead))).resolves.toMatchObject({ status: 'handling' });
    const otherSigned = await routings.act({ id: other.id, expectedVersion: other.version, action: 'sign' }, liaison(unit.other));
    await expect(routings.act({ id: other.id, expectedVersion: otherSigned.version, action: 'done', note: '已知悉并落实' }, liaison(unit.other))).resolves.toMatchObject({ status: 'done' });

    await deliver(changed(item, { version: 5, action: 'completion_reported', status: 'completion_reported', note: '隐患已全部整改到位', actor: 'liaison-lead', dueDate: shift(doc.routingDue, 10) }));
    const done = await copies(doc.incomingId);
    expect(done[0]).toMatchObject({ status: 'done', result: '隐患已全部整改到位', linkedItemId: item.id });
    expect(done[1]).toMatchObject({ id: co.id, status: 'done', result: '隐患已全部整改到位', signedBy: 'liaison-lead' });
    const [row] = await q<{ updated_by: string }>(`SELECT updated_by FROM $S.doc_routing WHERE id = $1`, [lead.id]);
    expect(row.updated_by).toBe('督查室（督办销号）');
    const doneLines = (await timeline(doc.incomingId)).filter((e) => e.action === 'routing.done' && e.actor_name === '督查室（督办销号）');
    expect(doneLines.map((e) => e.action_label).sort()).toEqual(['办结（博山区应急管理局主办，责任单位报办结）', '办结（博山区自然资源局协办，责任单位报办结）'].sort());

    // 退回重办: the copies the item completed are open again (the unit's own 办结 of an unlinked copy stays).
    await deliver(changed(item, { version: 6, action: 'sent_back', status: 'in_progress', note: '整改台账不全，请补充' }));
    const reopened = await copies(doc.incomingId);
    expect(reopened.map((r) => r.status)).toEqual(['handling', 'handling', 'done']);
    expect(reopened[0].result).toBeUndefined();
    expect(reopened[0].doneAt).toBeUndefined();
    expect((await timeline(doc.incomingId)).filter((e) => e.action === 'routing.reopened').map((e) => e.note)).toEqual(['整改台账不全，请补充', '整改台账不全，请补充']);
    await deliver(changed(item, { version: 7, action: 'completion_reported', status: 'completion_reported', note: '台账已补充完整', actor: 'liaison-lead' }));

    // 销号 afterwards: the copies are already done; nothing is completed twice.
    await deliver(changed(item, { version: 8, action: 'closed', status: 'closed', note: '同意销号' }));
    const closed = await copies(doc.incomingId);
    expect(closed.map((r) => r.status)).toEqual(['done', 'done', 'done']);
    expect(closed[0].result).toBe('台账已补充完整');
    expect((await timeline(doc.incomingId)).filter((e) => e.action === 'routing.done')).toHaveLength(5);
  });

  it('销号 completes copies not yet completed; 撤销 unlinks so the unit completes its own copy again', async () => {
    const doc = await distributedWithInstruction('关于开展燃气安全排查的通知');
    const item = { id: randomUUID(), instructionId: doc.instructionId };
    await deliver(changed(item, { dueDate: shift(doc.routingDue, 10) }));
    await deliver(changed(item, { version: 7, action: 'closed', status: 'closed', note: null }));
    const [lead] = await copies(doc.incomingId);
    expect(lead).toMatchObject({ status: 'done', result: `督办事项已办结（销号）（督办事项 ${item.id}）` });

    const second = await distributedWithInstruction('关于开展消防安全排查的通知');
    const withdrawnItem = { id: randomUUID(), instructionId: second.instructionId };
    await deliver(changed(withdrawnItem, { dueDate: shift(second.routingDue, 10) }));
    await deliver(changed(withdrawnItem, { version: 3, action: 'withdrawn', status: 'withdrawn', note: '与另一督办事项重复' }));
    const [unlinked] = await copies(second.incomingId);
    expect(unlinked.linkedItemId).toBeUndefined();
    expect(unlinked.linkNotice).toBeUndefined();
    expect(unlinked.dueDate).toBeUndefined();
    const [stored] = await q<{ linked_item_id: string; link_status: string }>(`SELECT linked_item_id, link_status FROM $S.doc_routing WHERE id = $1`, [unlinked.id]);
    expect(stored).toEqual({ linked_item_id: withdrawnItem.id, link_status: 'unlinked' }); // kept, never removed
    // A late, older change of the withdrawn item does not link again.
    await deliver(changed(withdrawnItem, { version: 2, action: 'acknowledged', status: 'acknowledged' }));
    expect((await copies(second.incomingId))[0].linkedItemId).toBeUndefined();
    const routings = app.nest.get(Routings);
    const signed = await routings.act({ id: unlinked.id, expectedVersion: unlinked.version, action: 'sign' }, liaison(unit.lead));
    await expect(routings.act({ id: unlinked.id, expectedVersion: signed.version, action: 'done', note: '已自行办结' }, liaison(unit.lead))).resolves.toMatchObject({ status: 'done' });
    expect((await timeline(second.incomingId)).map((e) => e.action)).toContain('routing.unlinked');
  });

  it('shows the stricter deadline with the rule appended and stores its side; an approved extension leaves the 承办期限 the stricter', async () => {
    const doc = await distributedWithInstruction('关于做好冬季供暖保障的通知');
    const item = { id: randomUUID(), instructionId: doc.instructionId };
    const earlier = shift(doc.routingDue, -4);
    await deliver(changed(item, { dueDate: earlier }));
    const [lead] = await copies(doc.incomingId);
    expect(lead).toMatchObject({ dueDate: earlier, deadlineSource: 'item' });
    expect(lead.deadlineExplanation?.at(-1)).toBe(`督办期限 ${earlier} 早于收文承办期限 ${doc.routingDue}，按较严格的期限执行（一事一期限）`);
    expect(lead.deadlineExplanation?.[0]).toContain('分办时指定 10 个工作日');

    const extended = shift(doc.routingDue, 20);
    await deliver(changed(item, { version: 4, action: 'extension_approved', status: 'in_progress', dueDate: extended }));
    const [after] = await copies(doc.incomingId);
    expect(after).toMatchObject({ dueDate: doc.routingDue, deadlineSource: 'routing' });
    expect(after.deadlineExplanation?.at(-1)).toBe(`收文承办期限 ${doc.routingDue} 早于经批准延期后的督办期限 ${extended}，按较严格的期限执行（一事一期限）`);
    const [stored] = await q<{ deadline_source: string; linked_item_due_date: string }>(`SELECT deadline_source, linked_item_due_date FROM $S.doc_routing WHERE id = $1`, [after.id]);
    expect(stored).toEqual({ deadline_source: 'routing', linked_item_due_date: extended });
    expect((await timeline(doc.incomingId)).filter((e) => e.action === 'routing.deadline_linked').map((e) => e.note)).toEqual([
      `收文承办期限 ${doc.routingDue} 早于经批准延期后的督办期限 ${extended}，按较严格的期限执行（一事一期限）`,
      `收文承办期限 ${doc.routingDue} 早于经批准延期后的督办期限 ${extended}，按较严格的期限执行（一事一期限）`,
    ]);
  });
  it('chooses again when the 收文’s 承办期限 moves (a new time limit at a later 分办)', async () => {
    const doc = await distributedWithInstruction('关于做好重点项目建设调度的通知');
    const item = { id: randomUUID(), instructionId: doc.instructionId };
    const itemDue = shift(doc.routingDue, 7);
    await deliver(changed(item, { dueDate: itemDue }));
    expect((await copies(doc.incomingId))[0]).toMatchObject({ dueDate: doc.routingDue, deadlineSource: 'routing' });
    const incoming = app.nest.get(IncomingService);
    const current = await incoming.get(doc.incomingId, clerk);
    const redistributed = await incoming.distribute({ id: doc.incomingId, expectedVersion: current.version, leadUnitId: unit.lead, workingDays: 60 }, clerk);
    expect(redistributed.dueDate! > itemDue).toBe(true);
    const [lead] = await copies(doc.incomingId);
    expect(lead).toMatchObject({ dueDate: itemDue, deadlineSource: 'item' });
    expect(lead.deadlineExplanation?.at(-1)).toBe(`督办期限 ${itemDue} 早于收文承办期限 ${redistributed.dueDate}，按较严格的期限执行（一事一期限）`);
  });
});
