import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, pageOf, type CallerContext } from '@gov/contracts-common';
import {
  StaffMemberChanged,
  StaffMemberErrors,
  StaffMemberEvents,
  type CreateStaffMember,
  type ListStaffMembers,
  type StaffMemberFields,
  type StaffMemberView,
  type UpdateStaffMember,
  type WithdrawStaffMember,
} from '@gov/contracts-personnel-finance';
import { DomainError, FieldCipher, maskIdNumber, maskPhone, requireReason, Transactions } from '@gov/platform';
import { timelineEntry } from '../../common/timeline.js';
import { canManageStaffMembers, canSeeStaffMembers, seesPersonalData } from './staff-members.policy.js';
import { StaffMembersRepository, type StaffMemberRow } from './staff-members.repository.js';
import { canTake, datesRefusal, statusAfter, type StaffMemberStep } from './staff-members.rules.js';
import { snapshotOf, toStaffMemberView } from './staff-members.views.js';

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

  private view(row: StaffMemberRow, caller: CallerContext): StaffMemberView {
    return toStaffMemberView(row, this.cipher, seesPersonalData(caller) ? 'full' : 'masked');
  }

  private assertDates(fields: StaffMemberFields): void {
    const refusal = datesRefusal(fields.hiredOn, fields.probationEndsOn);
    if (refusal) throw new DomainError(CommonErrors.validationFailed, '试用期满日期应晚于入职日期', [{ field: 'probationEndsOn', code: 'order', message: refusal }]);
  }

  private fieldsOf(fields: StaffMemberFields): Omit<StaffMemberRow, 'id' | 'status' | 'withdrawalReason' | 'timeline' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'> {
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
      if (!canTake(step, current.status)) throw new DomainError(StaffMemberErrors.invalidState, '工作人员记录已撤回，不能再办理');
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
