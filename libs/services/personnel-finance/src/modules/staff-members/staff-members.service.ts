import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  STAFF_MEMBER_STATUS_LABELS,
  StaffMemberChanged,
  StaffMemberErrors,
  StaffMemberEvents,
  type AddStaffRecordEntry,
  type CreateStaffMember,
  type ListStaffMembers,
  type StaffMemberFields,
  type StaffMemberView,
  type RetireStaffMember,
  type UpdateStaffMember,
  type VoidStaffRecordEntry,
  type WithdrawStaffMember,
} from '@gov/contracts-personnel-finance';
import { DomainError, FieldCipher, maskIdNumber, maskPhone, requireReason, Transactions } from '@gov/platform';
import { shanghaiDate } from '@gov/calendar';
import { timelineEntry } from '../../common/timeline.js';
import { canManageStaffMembers, canSeeStaffMembers, seesPersonalData } from './staff-members.policy.js';
import { StaffMembersRepository, type StaffMemberRow, type StaffRecordEntry } from './staff-members.repository.js';
import { canTake, datesRefusal, entryRefusal, PENALTY_MONTHS, penaltyUntil, retirementRefusal, statusAfter, type StaffMemberStep } from './staff-members.rules.js';
import { snapshotOf, toEntryView, toStaffMemberView } from './staff-members.views.js';

/** 工作人员: registered by 人事科, changed while in post, withdrawn with a reason; personal data encrypted at rest. */
@Injectable()
export class StaffMembersService {
  constructor(
    private readonly staffMembers: StaffMembersRepository,
    private readonly transactions: Transactions,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async create(request: CreateStaffMember.Request, caller: CallerContext): Promise<StaffMemberView> {
    if (!canManageStaffMembers(caller)) throw new DomainError(CommonErrors.forbidden, '无权登记工作人员');
    this.assertDates(request);
    const row = await this.transactions.run(async (tx) => {
      const now = new Date();
      const created: StaffMemberRow = {
        id: randomUUID(),
        ...this.fieldsOf(request),
        status: 'active',
        withdrawalReason: null,
        retiredOn: null,
        retirementDocument: null,
        recordEntries: [],
        timeline: [timelineEntry(caller.username, '登记', null, now)],
        version: 1,
        createdAt: now,
        createdBy: caller.username,
        updatedAt: now,
        updatedBy: caller.username,
      };
      await this.staffMembers.insert(created, tx.manager);
      await tx.emit(StaffMemberEvents.created, snapshotOf(created), undefined, StaffMemberChanged.Event);
      return created;
    });
    return this.view(row, caller);
  }

  update(request: UpdateStaffMember.Request, caller: CallerContext): Promise<StaffMemberView> {
    this.assertDates(request);
    return this.step(request.id, request.expectedVersion, caller, 'update', (row) => {
      Object.assign(row, this.fieldsOf(request));
      row.timeline = [...row.timeline, timelineEntry(caller.username, '修改')];
      return StaffMemberEvents.updated;
    });
  }

  withdraw(request: WithdrawStaffMember.Request, caller: CallerContext): Promise<StaffMemberView> {
    const reason = requireReason(request.reason);
    return this.step(request.id, request.expectedVersion, caller, 'withdraw', (row) => {
      row.withdrawalReason = reason;
      row.timeline = [...row.timeline, timelineEntry(caller.username, '撤回', reason)];
      return StaffMemberEvents.withdrawn;
    });
  }

  /** 干部档案: adds an entry (学历学位, 任职经历, 奖励, 处分 with its period, 调配, 公务员登记), a new version of the record. */
  addRecordEntry(request: AddStaffRecordEntry.Request, caller: CallerContext): Promise<StaffMemberView> {
    const today = shanghaiDate(new Date());
    return this.step(request.id, request.expectedVersion, caller, 'add-entry', (row) => {
      const refusal = entryRefusal(request, today, row.status);
      if (refusal) throw new DomainError(StaffMemberErrors.entryRule, refusal.message.slice(refusal.field.length + 1), [{ field: refusal.field, code: 'rule', message: refusal.message }]);
      const months = request.kind === 'penalty' ? PENALTY_MONTHS[request.subKind as keyof typeof PENALTY_MONTHS] : null;
      const entry: StaffRecordEntry = {
        id: randomUUID(),
        kind: request.kind,
        subKind: request.subKind ?? null,
        startedOn: request.startedOn,
        endedOn: request.endedOn ?? null,
        title: request.title.trim(),
        authority: request.authority?.trim() || null,
        documentNumber: request.documentNumber?.trim() || null,
        note: request.note?.trim() || null,
        effectiveUntil: months ? penaltyUntil(request.startedOn, months) : null,
        status: 'active',
        voidReason: null,
        recordedAt: new Date().toISOString(),
        recordedBy: caller.username,
        voidedAt: null,
        voidedBy: null,
      };
      row.recordEntries = [...row.recordEntries, entry].sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.recordedAt.localeCompare(b.recordedAt));
      const { kindLabel, subKindLabel } = toEntryView(entry);
      row.timeline = [...row.timeline, timelineEntry(caller.username, `登记${kindLabel}`, `${entry.startedOn} ${subKindLabel ? `${subKindLabel}：` : ''}${entry.title}${entry.effectiveUntil ? `（处分期至 ${entry.effectiveUntil}）` : ''}`)];
      return StaffMemberEvents.updated;
    });
  }

  /** 退休: the member retires on a date with its approval; the record stays, one of the 离退休干部 (services recorded on it). */
  retire(request: RetireStaffMember.Request, caller: CallerContext): Promise<StaffMemberView> {
    return this.step(request.id, request.expectedVersion, caller, 'retire', (row) => {
      const refusal = retirementRefusal(row.hiredOn, request.retiredOn);
      if (refusal) throw new DomainError(CommonErrors.validationFailed, refusal.slice('retiredOn：'.length), [{ field: 'retiredOn', code: 'order', message: refusal }]);
      row.retiredOn = request.retiredOn;
      row.retirementDocument = request.documentNumber.trim();
      row.timeline = [...row.timeline, timelineEntry(caller.username, '退休', `${request.retiredOn} 退休（${row.retirementDocument}）`)];
      return StaffMemberEvents.retired;
    });
  }

  /** Voids an entry entered in error, with a reason: it stays in the record, marked 已作废. */
  voidRecordEntry(request: VoidStaffRecordEntry.Request, caller: CallerContext): Promise<StaffMemberView> {
    const reason = requireReason(request.reason, '作废');
    return this.step(request.id, request.expectedVersion, caller, 'void-entry', (row) => {
      const entry = row.recordEntries.find((e) => e.id === request.entryId);
      if (!entry || entry.status !== 'active') throw new DomainError(StaffMemberErrors.entryNotFound, '没有该干部档案记录，或已作废');
      row.recordEntries = row.recordEntries.map((e) => (e.id === entry.id ? { ...e, status: 'voided', voidReason: reason, voidedAt: new Date().toISOString(), voidedBy: caller.username } : e));
      row.timeline = [...row.timeline, timelineEntry(caller.username, `作废${toEntryView(entry).kindLabel}记录`, `${entry.title}：${reason}`)];
      return StaffMemberEvents.updated;
    });
  }

  async get(id: string, caller: CallerContext): Promise<StaffMemberView> {
    if (!canSeeStaffMembers(caller)) throw new DomainError(StaffMemberErrors.notFound, '工作人员不存在或无权查看');
    const row = await this.staffMembers.findById(id);
    if (!row) throw new DomainError(StaffMemberErrors.notFound, '工作人员不存在或无权查看');
    return this.view(row, caller);
  }

  async list(request: ListStaffMembers.Request, caller: CallerContext): Promise<ListStaffMembers.Reply> {
    if (!canSeeStaffMembers(caller)) throw new DomainError(CommonErrors.forbidden, '无权查看工作人员');
    const page = pageOf(request);
    const { items, total } = await this.staffMembers.search({ ...request, ...page });
    // Lists show the stored masked forms, never decrypting.
    return { items: items.map((row) => toStaffMemberView(row, this.cipher, 'masked')), total, ...page };
  }

  /** A record's page: 人事科 (personal data) sees every 干部档案 entry and the penalty in force; other readers all but 处分. */
  private view(row: StaffMemberRow, caller: CallerContext): StaffMemberView {
    const personal = seesPersonalData(caller);
    return toStaffMemberView(row, this.cipher, personal ? 'full' : 'masked', { mode: personal ? 'all' : 'without-penalties', today: shanghaiDate(new Date()) });
  }

  private assertDates(fields: StaffMemberFields): void {
    const refusal = datesRefusal(fields.hiredOn, fields.probationEndsOn);
    if (refusal) throw new DomainError(CommonErrors.validationFailed, '试用期满日期应晚于入职日期', [{ field: 'probationEndsOn', code: 'order', message: refusal }]);
  }

  private fieldsOf(fields: StaffMemberFields): Omit<StaffMemberRow, 'id' | 'status' | 'withdrawalReason' | 'retiredOn' | 'retirementDocument' | 'recordEntries' | 'timeline' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'> {
    return {
      name: fields.name.trim(),
      gender: fields.gender,
      idNumberEncrypted: this.cipher.encrypt(fields.idNumber),
      idNumberMasked: maskIdNumber(fields.idNumber),
      mobileEncrypted: this.cipher.encrypt(fields.mobile),
      mobileMasked: maskPhone(fields.mobile),
      salaryEncrypted: this.cipher.encrypt(String(fields.monthlySalaryFen)),
      sectionCode: fields.sectionCode,
      category: fields.category,
      postTitle: fields.postTitle.trim(),
      rank: fields.rank.trim(),
      hiredOn: fields.hiredOn,
      probationEndsOn: fields.probationEndsOn ?? null,
    };
  }

  /** One step on a versioned record, in one transaction: seen, allowed, at the version held, saved, its event in the outbox. */
  private async step(id: string, expectedVersion: number, caller: CallerContext, step: StaffMemberStep, change: (row: StaffMemberRow) => string): Promise<StaffMemberView> {
    const row = await this.transactions.run(async (tx) => {
      if (!canSeeStaffMembers(caller)) throw new DomainError(StaffMemberErrors.notFound, '工作人员不存在或无权查看');
      const current = await this.staffMembers.findById(id, tx.manager, true);
      if (!current) throw new DomainError(StaffMemberErrors.notFound, '工作人员不存在或无权查看');
      if (!canManageStaffMembers(caller)) throw new DomainError(CommonErrors.forbidden, '无权办理工作人员记录');
      if (current.version !== expectedVersion) {
        throw new DomainError(StaffMemberErrors.versionConflict, `工作人员已被他人修改（当前版本 ${current.version}，您提交的版本 ${expectedVersion}），请刷新后重试`);
      }
      if (!canTake(step, current.status)) throw new DomainError(StaffMemberErrors.invalidState, `工作人员${STAFF_MEMBER_STATUS_LABELS[current.status]}，不能进行此操作`);
      const next: StaffMemberRow = { ...current };
      const event = change(next);
      Object.assign(next, { status: statusAfter(step, current.status), version: current.version + 1, updatedAt: new Date(), updatedBy: caller.username });
      if (!(await this.staffMembers.saveIfVersion(next, expectedVersion, tx.manager))) throw new DomainError(StaffMemberErrors.versionConflict, '工作人员已被他人修改，请刷新后重试');
      await tx.emit(event, snapshotOf(next), undefined, StaffMemberChanged.Event);
      return next;
    });
    return this.view(row, caller);
  }
}
