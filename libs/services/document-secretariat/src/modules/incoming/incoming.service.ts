import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  IncomingErrors,
  INCOMING_STATE_LABELS,
  SOURCE_LEVEL_LABELS,
  type ChaseIncoming,
  type ChaseView,
  type CompleteIncoming,
  type DistributeIncoming,
  type HolderView,
  type IncomingSummaryView,
  type IncomingView,
  type ListIncoming,
  type ProposeIncoming,
  type RegisterIncoming,
  type ReplyIncoming,
  type ReviewIncoming,
  type UrgencyLevel,
  DocumentSecretariatPermissions,
} from '@gov/contracts-document-secretariat';
import { computeDeadline, shanghaiDate, type WorkingCalendar } from '@gov/calendar';
import { CalendarCopy, DomainError, publishTaskChanges, Transactions, type Tx, type Queryable } from '@gov/platform';
import { documentTaskChange, incomingTasks, newCopyTaskChanges } from '../../common/tasks.js';
import { Files } from '../../common/files.js';
import { Registry } from '../../common/registry.js';
import { auditOf } from '../../common/audit-columns.js';
import { KnownUnits } from '../../common/units.js';
import { DocumentNumberRepository } from '../outgoing/document-number.repository.js';
import { INCOMING_ACTION_LABELS, incomingStepRefusal, nextIncomingState, timeLimitFor, type IncomingAction } from './incoming-rules.js';
import { IncomingItemLinks } from './item-links.js';
import { Routings, type Recipient } from './routings.js';
import { RecordSteps, registeredEntry } from './steps.js';
import { visibleOr404 } from '../../common/rows.js';
import { IncomingRepository, type IncomingRow } from './incoming.repository.js';

export const DOCUMENTS_PROCESS = DocumentSecretariatPermissions.documentsProcess;

/** The office's 收文编号: 收〔year〕n号, one gap-free sequence per year (the 发文字号 allocator with the 代字 收). */
export const INCOMING_NUMBER_CODE = '收';
/** The section that keeps 收文 between steps (文秘科). */
const SECRETARIAT = { kind: 'section' as const, id: 'wenmi', name: '文秘科' };
const NOT_FOUND = { spec: CommonDocumentErrors.notFound, detail: '收文不存在或无权查看' };

/**
 * 收文: 签收/登记 → 初审 → 拟办 → 批办 → 分办/传阅 → 承办 (time limit) → 催办 → 办结 → 答复. Every step moves the
 * record through the transition table, records who holds it since when, is on the timeline and in the registry, and is
 * published once, all in one transaction.
 */
@Injectable()
export class IncomingService implements OnModuleInit {
  constructor(
    private readonly incoming: IncomingRepository,
    private readonly transactions: Transactions,
    private readonly registry: Registry,
    private readonly files: Files,
    private readonly units: KnownUnits,
    private readonly numbers: DocumentNumberRepository,
    private readonly routings: Routings,
    private readonly steps: RecordSteps,
    private readonly calendarCopy: CalendarCopy,
    private readonly links: IncomingItemLinks,
  ) {}

  onModuleInit(): void {
    this.calendarCopy.onChange((year, tx, calendar) => this.redateOpenDeadlines(year, tx, calendar));
  }

  async register(request: RegisterIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    requireProcess(caller, '登记收文');
    if (request.secrecyLevel > 0 && !request.copyNumber) {
      throw new DomainError(IncomingErrors.copyNumberRequired, '涉密公文（秘密及以上）须登记份号', [
        { field: 'copyNumber', code: 'required', message: '份号：涉密公文必须登记份号（6 位数字）' },
      ]);
    }
    if (request.secrecyLevel > caller.clearance) throw new DomainError(CommonDocumentErrors.secrecyAboveClearance, '不能登记高于本人涉密等级的公文');
    const receivedAt = new Date(request.receivedAt);
    if (receivedAt.getTime() > Date.now() + 5 * 60_000) {
      throw new DomainError(CommonDocumentErrors.invalidState, '收到时间不能晚于当前时间', [{ field: 'receivedAt', code: 'future', message: '收到时间：不能晚于当前时间' }]);
    }
    const id = await this.transactions.run(async (tx) => {
      const year = Number(shanghaiDate(receivedAt).slice(0, 4));
      const number = await this.numbers.allocate(tx.manager, INCOMING_NUMBER_CODE, year);
      const now = new Date();
      const id = randomUUID();
      const attachments = await this.files.attach(tx, caller, { kind: 'incoming', id, secrecyLevel: request.secrecyLevel }, request.attachments ?? [], 'attachment');
      await this.incoming.insert(
        {
          id,
          registrationNumber: number.text,
          year,
          title: request.title.trim(),
          sourceBody: request.sourceBody.trim(),
          sourceLevel: request.sourceLevel,
          originalNumber: request.originalNumber?.trim() || null,
          docType: request.docType,
          generalDistribution: request.generalDistribution ?? false,
          secrecyLevel: request.secrecyLevel,
          secrecyPeriod: request.secrecyPeriod?.trim() || null,
          copyNumber: request.copyNumber ?? null,
          urgency: request.urgency,
          pages: request.pages,
          attachments,
          receivedAt,
          holderUserId: caller.userId,
          holderName: caller.displayName,
          at: now,
          by: caller.username,
        },
        tx.manager,
      );
      const row = await this.lockedRow(id, tx);
      await this.index(tx, row);
      const base = { kind: 'incoming' as const, id, state: 'registered', secrecyLevel: row.secrecy_level, unitIds: [] };
      await this.steps.record(tx, caller, { ...base, action: 'incoming.signed', label: '签收', at: receivedAt, detail: { pages: request.pages, copyNumber: request.copyNumber ?? null } });
      await this.steps.record(tx, caller, {
        ...base,
        action: 'incoming.registered',
        label: '登记',
        note: `收文编号 ${number.text}`,
        detail: { registrationNumber: number.text, sourceBody: row.source_body, originalNumber: row.original_number, attachments: attachments.length },
      });
      return id;
    });
    return this.get(id, caller);
  }

  async get(id: string, caller: CallerContext): Promise<IncomingView> {
    return this.toView(await this.visible(id, caller));
  }

  /** 收文 at a glance: who holds each, since when, its due date and whether it is overdue; filterable. */
  async list(request: ListIncoming.Request, caller: CallerContext): Promise<ListIncoming.Reply> {
    const page = pageOf(request);
    const today = shanghaiDate(new Date());
    const { items: rows, total } = await this.incoming.search({ ...request, ...page }, caller, today);
    return { items: rows.map((r) => this.toSummary(r, today)), total, ...page };
  }

  async review(request: ReviewIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    requireProcess(caller, '初审');
    if (request.decision === 'return' && !request.reason?.trim()) {
      throw new DomainError(CommonDocumentErrors.invalidState, '退回须写明理由', [{ field: 'reason', code: 'required', message: '退回理由：退回来文单位时必填' }]);
    }
    const action: IncomingAction = request.decision === 'accept' ? 'accept' : 'return';
    return this.step(request, caller, action, async (row) => ({
      changes:
        action === 'return'
          ? { return_reason: request.reason?.trim(), ...holder({ kind: 'section', id: 'sender', name: row.source_body }) }
          : holder({ kind: 'user', id: caller.userId, name: caller.displayName }),
      note: action === 'return' ? request.reason?.trim() : null,
    }));
  }

  async propose(request: ProposeIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    requireProcess(caller, '拟办');
    if (request.leaderUserId && !request.leaderName?.trim()) {
      throw new DomainError(CommonDocumentErrors.invalidState, '拟请批办的领导须写明姓名', [{ field: 'leaderName', code: 'required', message: '领导姓名：指定领导时必填' }]);
    }
    return this.step(request, caller, 'propose', async () => ({
      changes: {
        proposal: request.proposal.trim(),
        proposed_leader_user_id: request.leaderUserId ?? null,
        proposed_leader_name: request.leaderName?.trim() || null,
        ...(request.leaderUserId
          ? holder({ kind: 'user', id: request.leaderUserId, name: request.leaderName?.trim() ?? '' })
          : holder({ kind: 'user', id: caller.userId, name: caller.displayName })),
      },
      addUsers: request.leaderUserId ? [request.leaderUserId] : [],
      note: request.proposal.trim(),
      detail: { leader: request.leaderName ?? null },
    }));
  }

  async distribute(request: DistributeIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    requireProcess(caller, '分办');
    const coUnitIds = [...new Set(request.coUnitIds ?? [])];
    const leaders = request.leaders ?? [];
    if (!request.leadUnitId && !coUnitIds.length && !leaders.length) {
      throw new DomainError(IncomingErrors.leadUnitRequired, '分办须指定主办单位、协办单位或传阅领导', [{ field: 'leadUnitId', code: 'required', message: '主办单位：分办至少指定一个接收方' }]);
    }
    if (request.leadUnitId && coUnitIds.includes(request.leadUnitId)) {
      throw new DomainError(CommonDocumentErrors.invalidState, '主办单位不能同时是协办单位', [{ field: 'coUnitIds', code: 'duplicate', message: '协办单位：不能包含主办单位' }]);
    }
    const [lead] = request.leadUnitId ? await this.units.require([request.leadUnitId], '主办单位') : [];
    const cos = await this.units.require(coUnitIds, '协办单位');
    const calendar = await this.calendarCopy.current();
    return this.step(request, caller, 'distribute', async (row, tx) => {
      const existing = await this.routings.rowsOf('incoming', row.id, tx);
      const existingLead = existing.find((r) => r.role === 'lead');
      if (lead && existingLead && existingLead.unit_id !== lead.id) {
        throw new DomainError(CommonDocumentErrors.invalidState, `主办单位只能有一个，已分办给“${existingLead.recipient_name}”`, [{ field: 'leadUnitId', code: 'single', message: '主办单位：只能有一个' }]);
      }
      if (!lead && !existingLead && coUnitIds.length > 0) {
        throw new DomainError(IncomingErrors.leadUnitRequired, '有协办单位时须指定一个主办单位', [{ field: 'leadUnitId', code: 'required', message: '主办单位：两个以上单位办理时须明确主办' }]);
      }
      const recipients: Recipient[] = [
        ...(lead ? [{ kind: 'unit' as const, unitId: lead.id, name: lead.name, role: 'lead' as const }] : []),
        ...cos.map((u) => ({ kind: 'unit' as const, unitId: u.id, name: u.name, role: 'co' as const })),
        ...leaders.map((l) => ({ kind: 'user' as const, userId: l.userId, name: l.name.trim(), role: 'read' as const })),
      ];
      const added = await this.routings.add(tx, caller, { kind: 'incoming', id: row.id }, recipients);
      const handled = !!(lead || existingLead);
      const deadline = handled && (!row.deadline_start || request.workingDays) ? this.deadline(calendar, shanghaiDate(new Date()), row.urgency, request.workingDays) : null;
      const newHolder = lead
        ? holder({ kind: 'unit', id: lead.id, name: lead.name })
        : row.state === 'distributed'
          ? {}
          : leaders[0]
            ? holder({ kind: 'user', id: leaders[0].userId, name: leaders[0].name })
            : holder({ kind: 'unit', id: cos[0].id, name: cos[0].name });
      return {
        changes: { ...newHolder, ...(deadline ?? {}) },
        addUnits: [...(lead ? [lead.id] : []), ...coUnitIds],
        addUsers: leaders.map((l) => l.userId),
        note: added.map((r) => `${r.recipient_name}（${r.role === 'lead' ? '主办' : r.role === 'co' ? '协办' : '传阅'}）`).join('、') || '无新增接收方',
        detail: { routings: added.map((r) => ({ id: r.id, recipient: r.recipient_name, role: r.role })), ...(deadline ? { dueDate: deadline.due_date, explanation: deadline.deadline_explanation } : {}) },
      };
    });
  }

  async chase(request: ChaseIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    requireProcess(caller, '催办');
    return this.step(request, caller, 'chase', async (row, tx) => {
      const open = (await this.routings.rowsOf('incoming', row.id, tx)).filter((r) => r.role !== 'read' && r.status !== 'done');
      const targets = request.routingId ? open.filter((r) => r.id === request.routingId) : open;
      if (!targets.length) {
        throw new DomainError(CommonDocumentErrors.invalidState, request.routingId ? '该分办记录不属于此收文或已办结' : '没有未办结的承办单位可催办', [
          { field: 'routingId', code: 'invalid', message: '被催办的分办记录：须为此收文未办结的承办单位' },
        ]);
      }
      const now = new Date();
      for (const target of targets) {
        await this.incoming.insertChase(
          { recordId: row.id, routingId: target.id, targetName: target.recipient_name, note: request.note.trim(), byUserId: caller.userId, byName: caller.displayName, at: now },
          tx.manager,
        );
      }
      return { changes: {}, note: `催办 ${targets.map((t) => t.recipient_name).join('、')}：${request.note.trim()}`, detail: { targets: targets.map((t) => t.recipient_name) } };
    });
  }

  async complete(request: CompleteIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    requireProcess(caller, '办结');
    return this.step(request, caller, 'complete', async () => ({
      changes: { result: request.result.trim(), ...holder({ kind: 'user', id: caller.userId, name: caller.displayName }) },
      note: request.result.trim(),
    }));
  }

  async reply(request: ReplyIncoming.Request, caller: CallerContext): Promise<IncomingView> {
    requireProcess(caller, '答复');
    const repliedAt = request.repliedAt ? new Date(request.repliedAt) : new Date();
    return this.step(request, caller, 'reply', async () => ({
      changes: { reply_method: request.method, reply_content: request.content.trim(), replied_at: repliedAt, holder_kind: null, holder_id: null, holder_name: null, held_since: null },
      note: request.content.trim(),
      detail: { method: request.method, repliedAt: repliedAt.toISOString() },
    }));
  }

  /**
   * A leader's 批示 on this document (called by the instruction service in its transaction). While the document awaits
   * its 批办 this is the 批办: it moves on to 分办 with 文秘科; at any other time it is only recorded on the timeline.
   */
  async onInstruction(tx: Tx, incomingId: string, instruction: { id: string; leaderName: string; text: string; unitIds: string[] }, caller: CallerContext): Promise<void> {
    const row = await this.lockedRow(incomingId, tx);
    const next = nextIncomingState(row.state, 'instruct');
    const changes: Partial<IncomingRow> = next ? { state: next, instruction_id: instruction.id, ...holder(SECRETARIAT) } : {};
    const updated = await this.save(row, { ...changes, unit_ids: union(row.unit_ids, instruction.unitIds) }, caller, tx);
    await this.steps.record(tx, caller, {
      kind: 'incoming',
      id: row.id,
      action: next ? 'incoming.instructed' : 'incoming.leader_instruction',
      label: next ? `批办（${instruction.leaderName}）` : `领导批示（${instruction.leaderName}）`,
      state: updated.state,
      secrecyLevel: updated.secrecy_level,
      unitIds: updated.unit_ids,
      note: instruction.text,
      detail: { instructionId: instruction.id },
    });
  }

  /** The row for a 批示 on it, if the caller may see it. */
  async visibleRow(id: string, caller: CallerContext, tx: Tx): Promise<{ title: string; docNumber: string | null; secrecyLevel: number }> {
    const row = await this.visible(id, caller, tx.manager);
    return { title: row.title, docNumber: row.original_number ?? row.registration_number, secrecyLevel: row.secrecy_level };
  }

  /** Re-dates the open 承办 deadlines that a newly loaded or corrected calendar year can move, in its transaction. */
  async redateOpenDeadlines(year: number, tx: Tx, calendar: WorkingCalendar): Promise<void> {
    const rows = await this.incoming.openDeadlinesAround(year, tx.manager);
    for (const row of rows) {
      const result = computeDeadline(calendar, { start: row.deadline_start as string, amount: row.deadline_working_days as number, unit: 'working_days' });
      if (result.dueDate === row.due_date && result.provisional === row.deadline_provisional) continue;
      const system = { userId: '00000000-0000-0000-0000-000000000000', username: 'system', displayName: '系统' };
      await this.incoming.redate(row.id, result, tx.manager);
      const redated = await this.incoming.find(row.id, tx.manager);
      if (redated) await this.links.rechoose(tx, redated);
      await this.steps.record(tx, system, {
        kind: 'incoming',
        id: row.id,
        action: 'incoming.redated',
        label: '承办期限重新计算',
        state: row.state,
        secrecyLevel: row.secrecy_level,
        unitIds: row.unit_ids,
        note: `${year} 年节假日安排更新，到期日由 ${row.due_date ?? '（无）'} 改为 ${result.dueDate ?? '（无）'}`,
        detail: { from: row.due_date, to: result.dueDate, explanation: result.explanation },
      });
    }
  }

  // ---- internals ----

  private deadline(calendar: WorkingCalendar, start: string, urgency: UrgencyLevel, override?: number): Partial<IncomingRow> {
    const limit = timeLimitFor(urgency, override);
    const result = computeDeadline(calendar, { start, amount: limit.workingDays, unit: 'working_days' });
    return {
      deadline_start: start,
      deadline_working_days: limit.workingDays,
      deadline_basis: limit.basis,
      due_date: result.dueDate,
      deadline_provisional: result.provisional,
      deadline_explanation: [limit.basis, ...result.explanation],
    };
  }

  private async step(
    request: { id: string; expectedVersion: number },
    caller: CallerContext,
    action: IncomingAction,
    work: (row: IncomingRow, tx: Tx) => Promise<{ changes: Partial<IncomingRow>; note?: string | null; detail?: Record<string, unknown>; addUnits?: string[]; addUsers?: string[] }>,
  ): Promise<IncomingView> {
    await this.transactions.run(async (tx) => {
      const row = await this.visible(request.id, caller, tx.manager, true);
      if (row.version !== request.expectedVersion) {
        throw new DomainError(CommonDocumentErrors.versionConflict, `收文已被他人修改（当前版本 ${row.version}，您提交的版本 ${request.expectedVersion}），请刷新后重试`);
      }
      const next = nextIncomingState(row.state, action);
      if (!next) throw new DomainError(CommonDocumentErrors.invalidState, incomingStepRefusal(row.state, action));
      const copies = action === 'distribute' ? await this.routings.rowsOf('incoming', row.id, tx) : [];
      const outcome = await work(row, tx);
      const updated = await this.save(
        row,
        { ...outcome.changes, state: next, unit_ids: union(row.unit_ids, outcome.addUnits ?? []), user_ids: union(row.user_ids, outcome.addUsers ?? []) },
        caller,
        tx,
      );
      if (action === 'distribute') await this.links.rechoose(tx, updated);
      if (action === 'distribute') for (const change of newCopyTaskChanges(updated, copies, await this.routings.rowsOf('incoming', row.id, tx), caller.userId)) await publishTaskChanges(tx, change);
      await this.steps.record(tx, caller, {
        kind: 'incoming',
        id: row.id,
        action: `incoming.${action}`,
        label: INCOMING_ACTION_LABELS[action],
        state: next,
        secrecyLevel: updated.secrecy_level,
        unitIds: updated.unit_ids,
        note: outcome.note,
        detail: { ...(outcome.detail ?? {}), holder: updated.holder_name, version: updated.version },
      });
    });
    return this.get(request.id, caller);
  }

  private async lockedRow(id: string, tx: Tx): Promise<IncomingRow> {
    const row = await this.incoming.find(id, tx.manager, true);
    if (!row) throw new DomainError(NOT_FOUND.spec, NOT_FOUND.detail);
    return row;
  }

  private async visible(id: string, caller: CallerContext, db?: Queryable, lock = false): Promise<IncomingRow> {
    return visibleOr404(await this.incoming.find(id, db, lock), caller, NOT_FOUND);
  }

  private async save(row: IncomingRow, changes: Partial<IncomingRow>, caller: CallerContext, tx: Tx): Promise<IncomingRow> {
    const next: IncomingRow = { ...row, ...changes, version: row.version + 1, updated_by: caller.username, updated_at: new Date() };
    const saved = await this.incoming.saveIfVersion(row, next, tx.manager);
    if (!saved) throw new DomainError(CommonDocumentErrors.versionConflict, '收文已被他人修改，请刷新后重试');
    await this.index(tx, saved);
    await publishTaskChanges(tx, documentTaskChange('incoming', saved.id, incomingTasks(row), incomingTasks(saved), saved.version, caller.userId));
    return saved;
  }

  private async index(tx: Tx, row: IncomingRow): Promise<void> {
    await this.registry.put(tx, registeredEntry('incoming', row, INCOMING_STATE_LABELS[row.state]));
  }

  private toSummary(row: IncomingRow, today: string): IncomingSummaryView {
    return {
      id: row.id,
      registrationNumber: row.registration_number,
      title: row.title,
      sourceBody: row.source_body,
      ...(row.original_number ? { originalNumber: row.original_number } : {}),
      secrecyLevel: row.secrecy_level,
      urgency: row.urgency,
      state: row.state,
      stateLabel: INCOMING_STATE_LABELS[row.state],
      ...(row.holder_kind && row.held_since
        ? { holder: { kind: row.holder_kind, id: row.holder_id ?? '', name: row.holder_name ?? '', since: row.held_since.toISOString() } }
        : {}),
      ...(row.due_date ? { dueDate: row.due_date } : {}),
      overdue: row.state === 'distributed' && !!row.due_date && row.due_date < today,
      receivedAt: row.received_at.toISOString(),
      version: row.version,
    };
  }

  private async toView(row: IncomingRow): Promise<IncomingView> {
    const chases = await this.incoming.chasesOf(row.id);
    return {
      ...this.toSummary(row, shanghaiDate(new Date())),
      sourceLevel: row.source_level,
      sourceLevelLabel: SOURCE_LEVEL_LABELS[row.source_level],
      docType: row.doc_type,
      ...(row.secrecy_period ? { secrecyPeriod: row.secrecy_period } : {}),
      ...(row.copy_number ? { copyNumber: row.copy_number } : {}),
      pages: row.pages,
      generalDistribution: row.general_distribution,
      attachments: row.attachments,
      ...(row.return_reason ? { returnReason: row.return_reason } : {}),
      ...(row.proposal ? { proposal: row.proposal } : {}),
      ...(row.proposed_leader_name ? { proposedLeaderName: row.proposed_leader_name } : {}),
      ...(row.instruction_id ? { instructionId: row.instruction_id } : {}),
      ...(row.deadline_start
        ? {
            deadline: {
              start: row.deadline_start,
              workingDays: row.deadline_working_days ?? 0,
              ...(row.due_date ? { dueDate: row.due_date } : {}),
              provisional: row.deadline_provisional,
              explanation: row.deadline_explanation,
              basis: row.deadline_basis ?? '',
            },
          }
        : {}),
      ...(row.result ? { result: row.result } : {}),
      ...(row.reply_method ? { replyMethod: row.reply_method } : {}),
      ...(row.reply_content ? { replyContent: row.reply_content } : {}),
      ...(row.replied_at ? { repliedAt: row.replied_at.toISOString() } : {}),
      routings: await this.routings.of('incoming', row.id),
      chases: chases.map(
        (c): ChaseView => ({
          id: c.id,
          ...(c.routing_id ? { routingId: c.routing_id } : {}),
          targetName: c.target_name,
          note: c.note,
          chasedBy: c.chased_by,
          chasedAt: c.chased_at.toISOString(),
        }),
      ),
      ...auditOf(row),
    };
  }
}

function holder(h: { kind: HolderView['kind']; id: string; name: string }): Partial<IncomingRow> {
  return { holder_kind: h.kind, holder_id: h.id, holder_name: h.name, held_since: new Date() };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

export function requireProcess(caller: CallerContext, what: string): void {
  if (!hasPermission(caller, DOCUMENTS_PROCESS)) throw new DomainError(CommonDocumentErrors.forbidden, `无权${what}：须为文秘科或秘书科人员`);
}
