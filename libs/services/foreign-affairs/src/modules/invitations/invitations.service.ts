import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  InvitationChanged,
  InvitationErrors,
  InvitationEvents,
  INVITATION_STATUS_LABELS,
  type CreateInvitation,
  type DecideInvitation,
  type InvitationFields,
  type InvitationView,
  type IssueInvitation,
  type ListInvitations,
  type SubmitInvitation,
  type UpdateInvitation,
  type WithdrawInvitation,
} from '@gov/contracts-foreign-affairs';
import { DomainError, FieldCipher, maskPassport, publishTaskChanges, reasonOf, requireReason, Transactions, type WaitingStep } from '@gov/platform';
import { canChangeInvitation, canDecideInvitation, canSeeInvitation, invitationAccess } from './invitations.policy.js';
import { InvitationsRepository, type InvitationRow } from './invitations.repository.js';
import { canTake, statusAfter, type InvitationStep } from './invitations.rules.js';
import { snapshotOf, toInvitationView } from './invitations.views.js';

const STEP_LABELS: Record<InvitationStep, string> = { update: '修改', submit: '报送', decide: '审批', issue: '发函', withdraw: '撤回' };

/** What an invitation waits on: 外事科's decision, then the letter. */
function invitationTasks(row: InvitationRow): WaitingStep[] {
  const common = { assignee: { type: 'role' as const, id: 'section_staff' }, section: 'waishi', link: `/foreign-affairs/invitations/${row.id}`, deadline: { date: row.arrivalDate, explanation: `须在外宾抵达（${row.arrivalDate}）前办结` } };
  if (row.status === 'submitted') return [{ ...common, step: 'decide', kind: 'invitation_review', title: `审批外国人来华邀请：${row.title}` }];
  if (row.status === 'approved') return [{ ...common, step: 'issue', kind: 'invitation_letter', title: `发出来华邀请函：${row.title}` }];
  return [];
}

/** 外国人来华邀请: drafted by a unit (or 外事科), submitted, approved or sent back by 外事科, the letter recorded; withdrawn with a reason. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly transactions: Transactions,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async create(request: CreateInvitation.Request, caller: CallerContext): Promise<InvitationView> {
    const unitId = caller.unitId ?? null;
    if (!canChangeInvitation(caller, unitId)) throw new DomainError(CommonErrors.forbidden, '无权登记外国人来华邀请');
    assertDates(request);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: InvitationRow = {
        id: randomUUID(),
        unitId,
        ...this.factsOf(request),
        status: 'draft',
        opinion: null,
        letterNumber: null,
        letterIssuedOn: null,
        withdrawalReason: null,
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.invitations.insert(created, tx.manager);
      await this.invitations.addHistory({ invitationId: created.id, step: 'create', fromStatus: null, toStatus: 'draft', note: null, at: now, by: caller.username }, tx.manager);
      await tx.emit(InvitationEvents.created, snapshotOf(created), undefined, InvitationChanged.Event);
      return created;
    });
    return this.view(row, caller);
  }

  update(request: UpdateInvitation.Request, caller: CallerContext): Promise<InvitationView> {
    assertDates(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, this.factsOf(request));
      return { event: InvitationEvents.updated, note: null };
    });
  }

  submit(request: SubmitInvitation.Request, caller: CallerContext): Promise<InvitationView> {
    return this.step(request.id, request.expectedVersion, caller, 'submit', () => ({ event: InvitationEvents.submitted, note: null }));
  }

  decide(request: DecideInvitation.Request, caller: CallerContext): Promise<InvitationView> {
    const opinion = reasonOf(request.opinion);
    if (!opinion) throw new DomainError(CommonErrors.validationFailed, '请填写意见', [{ field: 'opinion', code: 'minLength', message: 'opinion：请填写意见（至少 2 个字）' }]);
    return this.step(request.id, request.expectedVersion, caller, 'decide', (row) => {
      row.opinion = opinion;
      return { event: request.decision === 'return' ? InvitationEvents.sentBack : InvitationEvents.approved, note: opinion, decision: request.decision };
    });
  }

  issue(request: IssueInvitation.Request, caller: CallerContext): Promise<InvitationView> {
    return this.step(request.id, request.expectedVersion, caller, 'issue', (row) => {
      row.letterNumber = request.letterNumber.trim();
      row.letterIssuedOn = request.issuedOn;
      return { event: InvitationEvents.issued, note: `邀请函 ${row.letterNumber}` };
    });
  }

  withdraw(request: WithdrawInvitation.Request, caller: CallerContext): Promise<InvitationView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      return { event: InvitationEvents.withdrawn, note: reason };
    });
  }

  async get(id: string, caller: CallerContext): Promise<InvitationView> {
    const row = await this.invitations.findById(id);
    if (!row || !canSeeInvitation(caller, row.unitId)) throw new DomainError(InvitationErrors.notFound, '外国人来华邀请不存在或无权查看');
    return this.view(row, caller);
  }

  async list(request: ListInvitations.Request, caller: CallerContext): Promise<ListInvitations.Reply> {
    const access = invitationAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看外国人来华邀请');
    const page = pageOf(request);
    const { items, total } = await this.invitations.search({ ...request, ...page, onlyUnitId: access.kind === 'unit' ? access.unitId : undefined });
    return { items: items.map((row) => toInvitationView(row)), total, ...page };
  }

  private async step(
    id: string,
    expectedVersion: number,
    caller: CallerContext,
    step: InvitationStep,
    change: (row: InvitationRow) => { event: string; note: string | null; decision?: 'approve' | 'return' },
  ): Promise<InvitationView> {
    const row = await this.transactions.run(async (tx) => {
      const current = await this.invitations.findById(id, tx.manager, true);
      if (!current || !canSeeInvitation(caller, current.unitId)) throw new DomainError(InvitationErrors.notFound, '外国人来华邀请不存在或无权查看');
      const allowed = step === 'decide' || step === 'issue' ? canDecideInvitation(caller) : canChangeInvitation(caller, current.unitId);
      if (!allowed) throw new DomainError(CommonErrors.forbidden, step === 'decide' || step === 'issue' ? '只有外事科可以审批和发函' : '无权办理该外国人来华邀请');
      if (current.version !== expectedVersion) {
        throw new DomainError(InvitationErrors.versionConflict, `外国人来华邀请已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(InvitationErrors.invalidState, `外国人来华邀请当前为「${INVITATION_STATUS_LABELS[current.status]}」，不能${STEP_LABELS[step]}`);
      const now = new Date();
      const next: InvitationRow = { ...current };
      const done = change(next);
      Object.assign(next, { status: statusAfter(step, current.status, done.decision), version: current.version + 1, updatedAt: now, updatedBy: caller.username });
      if (!(await this.invitations.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(InvitationErrors.versionConflict, '外国人来华邀请已被他人修改，请刷新后重试');
      await this.invitations.addHistory({ invitationId: id, step, fromStatus: current.status, toStatus: next.status, note: done.note, at: now, by: caller.username }, tx.manager);
      await tx.emit(done.event, snapshotOf(next), undefined, InvitationChanged.Event);
      await publishTaskChanges(tx, {
        app: 'foreign-affairs',
        record: { type: 'invitation', id },
        before: invitationTasks(current),
        after: invitationTasks(next),
        version: next.version,
        by: caller.userId,
        outcome: next.status === 'withdrawn' ? 'withdrawn' : next.status === 'draft' ? 'returned' : 'done',
      });
      return next;
    });
    return this.view(row, caller);
  }

  /** The record's own view: passports in full for 外事科 and the inviting unit's liaison. */
  private view(row: InvitationRow, caller: CallerContext): InvitationView {
    const reveal = canDecideInvitation(caller) || (!!caller.unitId && caller.unitId === row.unitId);
    return toInvitationView(row, reveal ? this.cipher : undefined);
  }

  private factsOf(request: InvitationFields): Pick<InvitationRow, 'title' | 'unitName' | 'purpose' | 'arrivalDate' | 'departureDate' | 'guests'> {
    return {
      title: request.title.trim(),
      unitName: request.unitName.trim(),
      purpose: request.purpose.trim(),
      arrivalDate: request.arrivalDate,
      departureDate: request.departureDate,
      guests: request.guests.map((g) => {
        const passport = g.passportNumber.trim().toUpperCase();
        return { name: g.name.trim(), nationality: g.nationality.trim(), organization: g.organization?.trim() || null, post: g.post?.trim() || null, passportEncrypted: this.cipher.encrypt(passport), passportMasked: maskPassport(passport) };
      }),
    };
  }
}

function assertDates(fields: InvitationFields): void {
  if (fields.departureDate < fields.arrivalDate) {
    throw new DomainError(InvitationErrors.badDates, `离开日期 ${fields.departureDate} 早于抵达日期 ${fields.arrivalDate}`, [{ field: 'departureDate', code: 'beforeArrival', message: 'departureDate：离开日期不能早于抵达日期' }]);
  }
}
