import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasPermission, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  CommonDocumentErrors,
  DocumentSecretariatPermissions as P,
  LETTER_CHANNEL_LABELS,
  LETTER_MODE_LABELS,
  LETTER_STATE_LABELS,
  LetterErrors,
  type CloseLetter,
  type ExtendLetter,
  type HandLetter,
  type LetterView,
  type ListLetters,
  type RegisterLetter,
  type ReplyLetter,
  type ReviewLetter,
  type WithdrawLetter,
} from '@gov/contracts-document-secretariat';
import { shanghaiDate } from '@gov/calendar';
import { CalendarCopy, DomainError, FieldCipher, maskMiddle, maskName, Transactions, type Tx } from '@gov/platform';
import { KnownUnits } from '../../common/units.js';
import { acceptanceDue, extensionRefusal, handlingDue, letterOverdue, letterStepRefusal, nextLetterState, type LetterAction } from './letter-rules.js';
import { LettersRepository, type LetterChanges, type LetterRow, type LetterRuleCode, type LetterRuleRow, type LetterStepRow } from './letters.repository.js';

const NOT_FOUND = { spec: CommonDocumentErrors.notFound, detail: '来信不存在或无权查看' };

/** 人民来信 (文秘科): 登记 → 转办/交办 → the unit's reply → 审核 → 办结; 退回 and 撤回 with a reason; an approved extension. */
@Injectable()
export class LettersService {
  constructor(
    private readonly letters: LettersRepository,
    private readonly transactions: Transactions,
    private readonly units: KnownUnits,
    private readonly calendar: CalendarCopy,
    private readonly cipher: FieldCipher,
  ) {}

  async register(request: RegisterLetter.Request, caller: CallerContext): Promise<LetterView> {
    this.requireClerk(caller, '只有文秘科人员可以登记来信');
    const today = shanghaiDate(new Date());
    if (request.receivedOn > today) {
      throw new DomainError(LetterErrors.receivedInFuture, `收信日期 ${request.receivedOn} 晚于今天`, [{ field: 'receivedOn', code: 'future', message: '收信日期：不能晚于今天' }]);
    }
    const id = await this.transactions.run(async (tx) => {
      const rule = await this.rule('letters.acceptance_period', request.receivedOn, tx);
      const due = acceptanceDue(await this.calendar.current(tx), request.receivedOn, rule.value, rule.source);
      const now = new Date();
      const id = randomUUID();
      const contact = request.writerContact?.trim();
      await this.letters.insert(tx.manager, {
        id,
        writer_name_enc: this.cipher.encrypt(request.writerName.trim()),
        writer_contact_enc: contact ? this.cipher.encrypt(contact) : null,
        received_on: request.receivedOn,
        channel: request.channel,
        summary: request.summary.trim(),
        content: request.content.trim(),
        acceptance_due: due.dueDate,
        acceptance_provisional: due.provisional,
        acceptance_explanation: due.explanation,
        acceptance_rule_id: rule.id,
        created_by: caller.username,
        created_at: now,
      });
      await this.step(tx, id, caller, 'registered', `登记来信（${LETTER_CHANNEL_LABELS[request.channel]}）`, `告知是否受理期限 ${due.dueDate ?? '待定'}`, now);
      return id;
    });
    return this.get(id, caller);
  }

  async get(id: string, caller: CallerContext): Promise<LetterView> {
    const row = await this.visible(id, caller);
    const view = this.toView(row, shanghaiDate(new Date()), false);
    view.steps = (await this.letters.steps(id)).map(stepView);
    return view;
  }

  /** Letters the caller may see (a liaison: only those handed to their unit), newest first; personal data masked. */
  async list(request: ListLetters.Request, caller: CallerContext): Promise<ListLetters.Reply> {
    const page = pageOf(request);
    const today = request.asOf ?? shanghaiDate(new Date());
    const onlyUnitId = this.scopeUnit(caller);
    const { items, total } = await this.letters.search({ state: request.state, unitId: request.unitId, onlyUnitId, overdueOn: request.overdue === 'true' ? today : undefined, ...page });
    return { items: items.map((row) => this.toView(row, today, true)), total, ...page };
  }

  /** 转办 (the unit handles it) or 交办 (a reply is required): the 办理期限 runs from this day (受理). */
  async hand(request: HandLetter.Request, caller: CallerContext): Promise<LetterView> {
    this.requireClerk(caller, '只有文秘科人员可以转办或交办来信');
    const [unit] = await this.units.require([request.unitId], '承办单位');
    return this.change(request, caller, 'hand', async (_row, tx) => {
      const handedOn = shanghaiDate(new Date());
      const rule = await this.rule('letters.handling_period', handedOn, tx);
      const due = handlingDue(await this.calendar.current(tx), { handedOn, period: rule.value, source: rule.source });
      const label = LETTER_MODE_LABELS[request.mode];
      return {
        changes: {
          mode: request.mode,
          unit_id: unit.id,
          unit_name: unit.name,
          handed_on: handedOn,
          handling_due: due.dueDate,
          handling_provisional: due.provisional,
          handling_explanation: due.explanation,
          handling_rule_id: rule.id,
        },
        label: `${label}至${unit.name}`,
        note: [request.note?.trim(), `办理期限 ${due.dueDate ?? '待定'}`].filter(Boolean).join('；'),
        action: request.mode === 'transfer' ? 'transferred' : 'assigned',
      };
    });
  }

  /** The handling unit's reply (its liaison). */
  async reply(request: ReplyLetter.Request, caller: CallerContext): Promise<LetterView> {
    return this.change(request, caller, 'reply', (row) => {
      if (!(hasPermission(caller, P.documentsHandleOwn) && caller.unitId && caller.unitId === row.unit_id)) {
        throw new DomainError(CommonDocumentErrors.forbidden, '只有承办单位的联络员可以回复本件来信');
      }
      const text = request.text.trim();
      return { changes: { reply_text: text, replied_by: caller.displayName, replied_at: new Date(), return_reason: null }, label: `${row.unit_name ?? ''}回复`, note: text, action: 'replied' };
    });
  }

  /** 文秘科 审核 of the reply: approve (办结) or send it back with a reason. */
  async review(request: ReviewLetter.Request, caller: CallerContext): Promise<LetterView> {
    this.requireClerk(caller, '只有文秘科人员可以审核回复');
    const reason = request.reason?.trim();
    if (request.decision === 'return' && (!reason || reason.length < 2)) {
      throw new DomainError(LetterErrors.reasonRequired, '退回须写明理由', [{ field: 'reason', code: 'required', message: '退回理由：必填，至少 2 个字' }]);
    }
    const action: LetterAction = request.decision === 'approve' ? 'approve' : 'return';
    return this.change(request, caller, action, () =>
      action === 'approve'
        ? { changes: {}, label: '审核通过，办结', note: null, action: 'closed' }
        : { changes: { return_reason: reason as string }, label: '退回承办单位', note: reason as string, action: 'returned' },
    );
  }

  /** 办结 of a 转办 letter (no reply required). */
  async close(request: CloseLetter.Request, caller: CallerContext): Promise<LetterView> {
    this.requireClerk(caller, '只有文秘科人员可以办结来信');
    return this.change(request, caller, 'close', () => ({ changes: {}, label: '办结', note: request.note?.trim() || null, action: 'closed' }));
  }

  /** An extension of the 办理期限 approved by the section chief (once, at most the configured maximum, the writer told). */
  async extend(request: ExtendLetter.Request, caller: CallerContext): Promise<LetterView> {
    if (!(hasPermission(caller, P.documentsProcess) && caller.roles.includes('section_chief'))) {
      throw new DomainError(CommonDocumentErrors.forbidden, '延长办理期限须经科室负责人批准');
    }
    return this.change(request, caller, 'extend', async (row, tx) => {
      const max = await this.rule('letters.extension_max', row.handed_on as string, tx);
      const refusal = extensionRefusal({ alreadyExtended: row.extension_days !== null, days: request.days, max: max.value.amount });
      if (refusal) throw new DomainError(LetterErrors.extensionNotAllowed, refusal, [{ field: 'days', code: 'extension', message: `延长日数：${refusal}` }]);
      const base = row.handling_rule_id ? await this.letters.ruleById(row.handling_rule_id, tx.manager) : null;
      if (!base) throw new DomainError(LetterErrors.ruleNotConfigured, '本件来信没有办理期限，不能延长');
      const reason = request.reason.trim();
      const due = handlingDue(await this.calendar.current(tx), {
        handedOn: row.handed_on as string,
        period: base.value,
        source: base.source,
        extension: { days: request.days, reason, unit: max.value.unit, source: max.source },
      });
      return {
        changes: { extension_days: request.days, extension_reason: reason, extension_approved_by: caller.displayName, handling_due: due.dueDate, handling_provisional: due.provisional, handling_explanation: due.explanation },
        label: `批准延长办理期限 ${request.days} 日`,
        note: `${reason}；新办理期限 ${due.dueDate ?? '待定'}（须告知来信人延期理由）`,
        action: 'extended',
      };
    });
  }

  /** 撤回 with a reason (the record stays). */
  async withdraw(request: WithdrawLetter.Request, caller: CallerContext): Promise<LetterView> {
    this.requireClerk(caller, '只有文秘科人员可以撤回来信');
    const reason = request.reason.trim();
    return this.change(request, caller, 'withdraw', () => ({ changes: { withdraw_reason: reason }, label: '撤回', note: reason, action: 'withdrawn' }));
  }

  private async change(
    request: { id: string; expectedVersion: number },
    caller: CallerContext,
    action: LetterAction,
    plan: (row: LetterRow, tx: Tx) => Promise<StepPlan> | StepPlan,
  ): Promise<LetterView> {
    await this.transactions.run(async (tx) => {
      const row = await this.letters.find(request.id, tx.manager, true);
      if (!row || !this.canSee(row, caller)) throw new DomainError(NOT_FOUND.spec, NOT_FOUND.detail);
      if (row.version !== request.expectedVersion) throw new DomainError(CommonDocumentErrors.versionConflict, `来信已被他人修改（当前版本 ${row.version}）`);
      const next = nextLetterState(row.state, action, row.mode);
      if (!next) throw new DomainError(LetterErrors.invalidState, letterStepRefusal(row.state, action, row.mode));
      const step = await plan(row, tx);
      const saved = await this.letters.saveStep(tx.manager, row.id, { ...step.changes, state: next }, request.expectedVersion, caller.username);
      if (!saved) throw new DomainError(CommonDocumentErrors.versionConflict, '来信已被他人修改');
      await this.step(tx, row.id, caller, step.action, step.label, step.note, new Date());
    });
    return this.get(request.id, caller);
  }

  private async step(tx: Tx, letterId: string, caller: CallerContext, action: string, label: string, note: string | null, at: Date): Promise<void> {
    await this.letters.addStep(tx.manager, { id: randomUUID(), letterId, action: `letter.${action}`, label, note, actorUserId: caller.userId, actor: caller.username, actorName: caller.displayName, at });
  }

  private async rule(code: LetterRuleCode, day: string, tx: Tx): Promise<LetterRuleRow> {
    const rule = await this.letters.ruleInForce(code, day, tx.manager);
    if (!rule) throw new DomainError(LetterErrors.ruleNotConfigured, `“${code}”在 ${day} 尚无生效的配置`);
    return rule;
  }

  private requireClerk(caller: CallerContext, detail: string): void {
    if (!hasPermission(caller, P.documentsProcess)) throw new DomainError(CommonDocumentErrors.forbidden, detail);
  }

  /** 文秘科 sees every letter; a liaison only those handed to their unit; nobody else any. Undefined: no unit restriction. */
  private scopeUnit(caller: CallerContext): string | undefined {
    if (hasPermission(caller, P.documentsProcess)) return undefined;
    if (caller.unitId && (hasPermission(caller, P.documentsHandleOwn) || hasPermission(caller, P.documentsReadOwn))) return caller.unitId;
    throw new DomainError(CommonDocumentErrors.forbidden, '无权查看人民来信');
  }

  private canSee(row: LetterRow, caller: CallerContext): boolean {
    const unit = this.scopeUnit(caller);
    return unit === undefined || row.unit_id === unit;
  }

  private async visible(id: string, caller: CallerContext): Promise<LetterRow> {
    const row = await this.letters.find(id);
    if (!row || !this.canSee(row, caller)) throw new DomainError(NOT_FOUND.spec, NOT_FOUND.detail);
    return row;
  }

  private toView(row: LetterRow, today: string, masked: boolean): LetterView {
    const name = this.cipher.decrypt(row.writer_name_enc);
    const contact = row.writer_contact_enc ? this.cipher.decrypt(row.writer_contact_enc) : undefined;
    const overdue = letterOverdue({ state: row.state, acceptanceDue: row.acceptance_due, handlingDue: row.handling_due, today });
    return {
      id: row.id,
      writerName: masked ? maskName(name) : name,
      writerContact: contact === undefined ? undefined : masked ? maskMiddle(contact, 3, 4) : contact,
      receivedOn: row.received_on,
      channel: row.channel,
      channelLabel: LETTER_CHANNEL_LABELS[row.channel],
      summary: row.summary,
      content: masked ? undefined : row.content,
      state: row.state,
      stateLabel: LETTER_STATE_LABELS[row.state],
      mode: row.mode ?? undefined,
      modeLabel: row.mode ? LETTER_MODE_LABELS[row.mode] : undefined,
      unitId: row.unit_id ?? undefined,
      unitName: row.unit_name ?? undefined,
      handedOn: row.handed_on ?? undefined,
      acceptanceDeadline: { dueDate: row.acceptance_due ?? undefined, provisional: row.acceptance_provisional, explanation: row.acceptance_explanation, overdue: overdue.acceptance },
      handlingDeadline: row.handed_on
        ? { dueDate: row.handling_due ?? undefined, provisional: row.handling_provisional, explanation: row.handling_explanation, overdue: overdue.handling }
        : undefined,
      extensionDays: row.extension_days ?? undefined,
      extensionReason: row.extension_reason ?? undefined,
      extensionApprovedBy: row.extension_approved_by ?? undefined,
      replyText: row.reply_text ?? undefined,
      repliedBy: row.replied_by ?? undefined,
      repliedAt: row.replied_at ? new Date(row.replied_at).toISOString() : undefined,
      returnReason: row.return_reason ?? undefined,
      withdrawReason: row.withdraw_reason ?? undefined,
      createdBy: row.created_by,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      version: row.version,
    };
  }
}

interface StepPlan {
  changes: LetterChanges;
  label: string;
  note: string | null;
  action: string;
}

function stepView(step: LetterStepRow): { action: string; actionLabel: string; note?: string; actorName: string; at: string } {
  return { action: step.action, actionLabel: step.action_label, note: step.note ?? undefined, actorName: step.actor_name, at: new Date(step.at).toISOString() };
}
